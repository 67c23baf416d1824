/* bench/c/nbody.c: the same algorithm as bench/nbody.py in C, with the
 * floating-point operations in the same order, so that (built with
 * -ffp-contract=off) the printed energies match CPython's digit for digit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define PI 3.14159265358979323
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NB 5

typedef struct {
    double pos[3], vel[3], mass;
} body_t;

static body_t make(double x, double y, double z, double vx, double vy,
                   double vz, double mass)
{
    body_t b = {{x, y, z},
                {vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR},
                mass * SOLAR_MASS};
    return b;
}

static double energy(const body_t *bs)
{
    double e = 0.0;
    for (int i = 0; i < NB; i++) {
        const body_t *b = &bs[i];
        const double *v = b->vel;
        e += 0.5 * b->mass * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for (int j = i + 1; j < NB; j++) {
            const body_t *b2 = &bs[j];
            double dx = b->pos[0] - b2->pos[0];
            double dy = b->pos[1] - b2->pos[1];
            double dz = b->pos[2] - b2->pos[2];
            e -= (b->mass * b2->mass) / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(body_t *bs, double dt, long steps)
{
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < NB; i++) {
            for (int j = i + 1; j < NB; j++) {
                body_t *b1 = &bs[i], *b2 = &bs[j];
                double dx = b1->pos[0] - b2->pos[0];
                double dy = b1->pos[1] - b2->pos[1];
                double dz = b1->pos[2] - b2->pos[2];
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                double m1 = b1->mass * mag;
                double m2 = b2->mass * mag;
                b1->vel[0] -= dx * m2;
                b1->vel[1] -= dy * m2;
                b1->vel[2] -= dz * m2;
                b2->vel[0] += dx * m1;
                b2->vel[1] += dy * m1;
                b2->vel[2] += dz * m1;
            }
        }
        for (int i = 0; i < NB; i++) {
            body_t *b = &bs[i];
            b->pos[0] += dt * b->vel[0];
            b->pos[1] += dt * b->vel[1];
            b->pos[2] += dt * b->vel[2];
        }
    }
}

int main(int argc, char **argv)
{
    long steps = argc > 1 ? atol(argv[1]) : 1000;
    body_t bs[NB] = {
        make(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        make(4.84143144246472090e+00, -1.16032004402742839e+00,
             -1.03622044471123109e-01, 1.66007664274403694e-03,
             7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        make(8.34336671824457987e+00, 4.12479856412430479e+00,
             -4.03523417114321381e-01, -2.76742510726862411e-03,
             4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        make(1.28943695621391310e+01, -1.51111514016986312e+01,
             -2.23307578892655734e-01, 2.96460137564761618e-03,
             2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        make(1.53796971148509165e+01, -2.59193146099879641e+01,
             1.79258772950371181e-01, 2.68067772490389322e-03,
             1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    };
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NB; i++) {
        px += bs[i].vel[0] * bs[i].mass;
        py += bs[i].vel[1] * bs[i].mass;
        pz += bs[i].vel[2] * bs[i].mass;
    }
    bs[0].vel[0] = -px / SOLAR_MASS;
    bs[0].vel[1] = -py / SOLAR_MASS;
    bs[0].vel[2] = -pz / SOLAR_MASS;
    printf("nbody %ld steps\n", steps);
    printf("%.9f\n", energy(bs));
    advance(bs, 0.01, steps);
    printf("%.9f\n", energy(bs));
    return 0;
}
