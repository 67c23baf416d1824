/* bench/c/mandelbrot.c: the same algorithm as bench/mandelbrot.py in C.
 *
 * Complex arithmetic is written out by hand in the order CPython uses
 * ((a+bi)(c+di) = (ac - bd) + (ad + bc)i; abs = hypot), so that, built with
 * -ffp-contract=off, every iteration count matches CPython's exactly.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    long width = argc > 1 ? atol(argv[1]) : 600;
    long maxiter = argc > 2 ? atol(argv[2]) : 300;
    if (width <= 0 || maxiter < 0)
        return 2;
    double x1 = -2.13, x2 = 0.77, y1 = -1.3, y2 = 1.3;
    double x_step = (x2 - x1) / (double)width;
    double y_step = (y1 - y2) / (double)width;
    double *xs = malloc(sizeof(double) * (size_t)width);
    double *ys = malloc(sizeof(double) * (size_t)width);
    if (!xs || !ys)
        return 1;
    double c = y2;
    for (long i = 0; i < width; i++) {
        ys[i] = c;
        c += y_step;
    }
    c = x1;
    for (long i = 0; i < width; i++) {
        xs[i] = c;
        c += x_step;
    }
    long long sum = 0, inside = 0;
    for (long j = 0; j < width; j++) {
        for (long i = 0; i < width; i++) {
            double zr = 0.0, zi = 0.0, qr = xs[i], qi = ys[j];
            long n = 0;
            while (n < maxiter) {
                double nr = zr * zr - zi * zi;
                double ni = zr * zi + zi * zr;
                zr = nr + qr;
                zi = ni + qi;
                if (hypot(zr, zi) > 2.0)
                    break;
                n++;
            }
            sum += n;
            if (n == maxiter)
                inside++;
        }
    }
    printf("mandelbrot %ldx%ld maxiter %ld: sum %lld inside %lld\n", width,
           width, maxiter, sum, inside);
    free(xs);
    free(ys);
    return 0;
}
