/* bench/c/spectral_norm.c: the same algorithm as bench/spectral_norm.py in
 * C (same operation order; the integer part is exact in 64 bits for the
 * sizes used), printing the same two lines. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_a(long i, long j)
{
    return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av(const double *v, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++)
            s += eval_a(i, j) * v[j];
        out[i] = s;
    }
}

static void mul_atv(const double *v, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++)
            s += eval_a(j, i) * v[j];
        out[i] = s;
    }
}

static void mul_atav(const double *v, double *out, double *tmp, long n)
{
    mul_av(v, tmp, n);
    mul_atv(tmp, out, n);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 100;
    if (n <= 0)
        return 2;
    double *u = malloc(sizeof(double) * (size_t)n);
    double *v = malloc(sizeof(double) * (size_t)n);
    double *tmp = malloc(sizeof(double) * (size_t)n);
    if (!u || !v || !tmp)
        return 1;
    for (long i = 0; i < n; i++) {
        u[i] = 1.0;
        v[i] = 0.0;
        tmp[i] = 0.0;
    }
    for (int k = 0; k < 10; k++) {
        mul_atav(u, v, tmp, n);
        mul_atav(v, u, tmp, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("spectral_norm %ld\n", n);
    printf("%.9f\n", sqrt(vbv / vv));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
