/* runtime/modules/math.c: the math module, with CPython 3.11's results and
 * errors (Modules/mathmodule.c).
 *
 * One-argument functions follow CPython's math_1: a NaN result from a
 * non-NaN argument is ValueError("math domain error"); an infinite result
 * from a finite argument is OverflowError("math range error") for functions
 * that can overflow (exp, cosh, ...) and a domain error otherwise.  Integer
 * functions (factorial, gcd, lcm, isqrt, comb, perm) work on any int through
 * GMP.  fsum is Shewchuk's exact summation (CPython's msum), hypot and dist
 * the 3.11 vector_norm with its compensated arithmetic, so the last bit
 * agrees with CPython.  log() of a big int uses frexp on the integer, so
 * math.log(10**1000) works.
 */
#include <errno.h>
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "modules_internal.h"
#include "none.h"
#include "tuple.h"

static TpyObject *domain_error(void)
{
    return tpy_err_format(&tpy_ValueError_type, "math domain error");
}

static TpyObject *range_error(void)
{
    return tpy_err_format(&tpy_OverflowError_type, "math range error");
}

static int arg_double(TpyObject *o, double *out)
{
    return tpy_float_as_double(o, out);
}

// The result check of CPython's math_1 / math_2.
static TpyObject *checked(double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return tpy_float_from_double(r);
}

#define MATH_1(pyname, cfunc, can_overflow)                                                       \
    static TpyObject *math_##pyname(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)   \
    {                                                                                             \
        double x;                                                                                 \
        if (tpy_args_one("math." #pyname, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)    \
            return NULL;                                                                          \
        errno = 0;                                                                                \
        return checked(x, cfunc(x), can_overflow);                                                \
    }

static double m_degrees(double x) { return x * (180.0 / M_PI); }
static double m_radians(double x) { return x * (M_PI / 180.0); }

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, fabs, false)
MATH_1(log1p, log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)
MATH_1(degrees, m_degrees, true)
MATH_1(radians, m_radians, false)

static TpyObject *math_gamma(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x;
    if (tpy_args_one("math.gamma", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return tpy_float_from_double(x);
    if (isinf(x))
        return x > 0 ? tpy_float_from_double(x) : domain_error();
    if (x == 0.0 || (x < 0 && x == floor(x)))
        return domain_error();
    double r = tgamma(x);
    if (isinf(r))
        return range_error();
    return tpy_float_from_double(r);
}

static TpyObject *math_lgamma(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x;
    if (tpy_args_one("math.lgamma", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x) || isinf(x))
        return tpy_float_from_double(fabs(x));
    if (x <= 0 && x == floor(x))
        return domain_error();
    double r = lgamma(x);
    if (isinf(r))
        return range_error();
    return tpy_float_from_double(r);
}

/* ---------------------------------------------------------------- two arguments */

static int two_doubles(const char *fname, TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                       double *x, double *y)
{
    if (tpy_args_positional(fname, nargs, kwnames, 2, 2) < 0 || arg_double(args[0], x) < 0 ||
        arg_double(args[1], y) < 0)
        return -1;
    return 0;
}

static TpyObject *math_atan2(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double y, x;
    if (two_doubles("atan2", args, nargs, kwnames, &y, &x) < 0)
        return NULL;
    return tpy_float_from_double(atan2(y, x));
}

static TpyObject *math_copysign(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x, y;
    if (two_doubles("copysign", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    return tpy_float_from_double(copysign(x, y));
}

static TpyObject *math_fmod(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return tpy_float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return tpy_float_from_double(r);
}

static TpyObject *math_remainder(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x, y;
    if (two_doubles("remainder", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if (isnan(x) || isnan(y))
        return tpy_float_from_double(NAN);
    if (isinf(x) || y == 0.0)
        return domain_error();
    return tpy_float_from_double(remainder(x, y));
}

static TpyObject *math_nextafter(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x, y;
    if (two_doubles("nextafter", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    return tpy_float_from_double(nextafter(x, y));
}

// CPython's math_pow: C99 pow plus its own special cases and errors.
static TpyObject *math_pow(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x, y, r;
    if (two_doubles("pow", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    bool odd_y;
    if (!isfinite(x) || !isfinite(y)) {
        errno = 0;
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else {   // y is +/-inf
            if (fabs(x) == 1.0)
                r = 1.;
            else if (y > 0. && fabs(x) > 1.0)
                r = y;
            else if (y < 0. && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.;
        }
        return tpy_float_from_double(r);
    }
    if (x == 0.0 && y < 0)
        return domain_error();
    if (x < 0 && y != floor(y))
        return domain_error();
    r = pow(x, y);
    if (isinf(r))
        return range_error();
    return tpy_float_from_double(r);
}

static TpyObject *math_ldexp(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x;
    if (tpy_args_positional("ldexp", nargs, kwnames, 2, 2) < 0 || arg_double(args[0], &x) < 0)
        return NULL;
    if (!tpy_int_check(args[1]))
        return tpy_err_format(&tpy_TypeError_type, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!tpy_int_to_i64(args[1], &e))
        e = tpy_int_sign(args[1]) > 0 ? INT32_MAX : INT32_MIN;
    if (x == 0.0 || !isfinite(x))
        return tpy_float_from_double(x);
    if (e > INT32_MAX)
        e = INT32_MAX;
    if (e < INT32_MIN)
        e = INT32_MIN;
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return tpy_float_from_double(r);
}

static TpyObject *math_frexp(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x;
    if (tpy_args_one("math.frexp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
        return NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    TpyObject *mf = tpy_float_from_double(m);
    if (mf == NULL)
        return NULL;
    TpyObject *r = tpy_tuple_pack(2, mf, tpy_smallint(e));
    tpy_decref(mf);
    return r;
}

static TpyObject *math_modf(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x, ip;
    if (tpy_args_one("math.modf", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
        return NULL;
    double fp;
    if (isinf(x)) {
        fp = copysign(0.0, x);
        ip = x;
    } else {
        fp = modf(x, &ip);
    }
    TpyObject *a = tpy_float_from_double(fp), *b = tpy_float_from_double(ip), *r = NULL;
    if (a != NULL && b != NULL)
        r = tpy_tuple_pack(2, a, b);
    tpy_xdecref(a);
    tpy_xdecref(b);
    return r;
}

static TpyObject *math_ulp(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double x;
    if (tpy_args_one("math.ulp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return tpy_float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return tpy_float_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return tpy_float_from_double(x - x2);
    }
    return tpy_float_from_double(x2 - x);
}

/* ---------------------------------------------------------------- predicates */

#define MATH_PRED(pyname, expr)                                                                   \
    static TpyObject *math_##pyname(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)   \
    {                                                                                             \
        double x;                                                                                 \
        if (tpy_args_one("math." #pyname, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0)    \
            return NULL;                                                                          \
        return tpy_bool_from(expr);                                                               \
    }
MATH_PRED(isfinite, isfinite(x))
MATH_PRED(isinf, isinf(x))
MATH_PRED(isnan, isnan(x))

static TpyObject *math_isclose(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const TpyArgSpec spec = {"isclose", params, 0, 2, 2, TPY_ARGS_CLINIC, false};
    TpyObject *p[4];
    double a, b, rel_tol = 1e-9, abs_tol = 0.0;
    if (tpy_args_parse(&spec, args, nargs, kwnames, p) < 0 || arg_double(p[0], &a) < 0 ||
        arg_double(p[1], &b) < 0 || (p[2] != NULL && arg_double(p[2], &rel_tol) < 0) ||
        (p[3] != NULL && arg_double(p[3], &abs_tol) < 0))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return tpy_err_format(&tpy_ValueError_type, "tolerances must be non-negative");
    if (a == b)
        return tpy_newref(tpy_True);
    if (isinf(a) || isinf(b))
        return tpy_newref(tpy_False);
    double diff = fabs(b - a);
    return tpy_bool_from((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) ||
                         (diff <= abs_tol));
}

/* ---------------------------------------------------------------- to int */

static TpyObject *round_to_int(const char *fname, TpyObject *const *args, int64_t nargs,
                               TpyObject *kwnames, double (*f)(double))
{
    if (tpy_args_one(fname, nargs, kwnames) < 0)
        return NULL;
    if (tpy_int_check(args[0]))
        return tpy_int_pos(args[0]);
    double x;
    if (arg_double(args[0], &x) < 0)
        return NULL;
    return tpy_int_from_double(f(x));
}

static TpyObject *math_ceil(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return round_to_int("math.ceil", args, nargs, kwnames, ceil);
}

static TpyObject *math_floor(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return round_to_int("math.floor", args, nargs, kwnames, floor);
}

static TpyObject *math_trunc(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return round_to_int("math.trunc", args, nargs, kwnames, trunc);
}

/* ---------------------------------------------------------------- logarithms */

// log of any positive int or float (the big-int path of CPython's loghelper).
static int log_value(TpyObject *o, double (*f)(double), double *out)
{
    if (tpy_int_check(o)) {
        if (tpy_int_sign(o) <= 0) {
            domain_error();
            return -1;
        }
        double d;
        if (tpy_int_as_double(o, &d) == 0) {
            *out = f(d);
            return 0;
        }
        tpy_err_clear();   // too big for a double: x = m * 2**e
        mpz_t z;
        mpz_init(z);
        tpy_int_get_mpz(o, z);
        long e;
        double m = mpz_get_d_2exp(&e, z);
        mpz_clear(z);
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double x;
    if (arg_double(o, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = f(x);
    return 0;
}

static TpyObject *math_log(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("log", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return tpy_err_format(&tpy_TypeError_type, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_value(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return tpy_float_from_double(num);
    if (log_value(args[1], log, &den) < 0)
        return NULL;
    if (den == 0.0)
        return tpy_err_format(&tpy_ZeroDivisionError_type, "float division by zero");
    return tpy_float_from_double(num / den);
}

static TpyObject *math_log2(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double r;
    if (tpy_args_one("math.log2", nargs, kwnames) < 0 || log_value(args[0], log2, &r) < 0)
        return NULL;
    return tpy_float_from_double(r);
}

static TpyObject *math_log10(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double r;
    if (tpy_args_one("math.log10", nargs, kwnames) < 0 || log_value(args[0], log10, &r) < 0)
        return NULL;
    return tpy_float_from_double(r);
}

/* ---------------------------------------------------------------- integers (GMP) */

static int int_arg(TpyObject *o, mpz_t out)
{
    TpyObject *i = tpy_number_index(o);
    if (i == NULL)
        return -1;
    tpy_int_get_mpz(i, out);
    tpy_decref(i);
    return 0;
}

static TpyObject *math_factorial(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("math.factorial", nargs, kwnames) < 0)
        return NULL;
    if (tpy_float_check(args[0]))
        return tpy_err_format(&tpy_TypeError_type, "'float' object cannot be interpreted as an integer");
    TpyObject *i = tpy_number_index(args[0]);
    if (i == NULL)
        return NULL;
    int64_t n;
    bool fits = tpy_int_to_i64(i, &n);
    int sign = tpy_int_sign(i);
    tpy_decref(i);
    if (sign < 0)
        return tpy_err_format(&tpy_ValueError_type, "factorial() not defined for negative values");
    if (!fits)
        return tpy_err_format(&tpy_OverflowError_type,
                              "factorial() argument should not exceed 9223372036854775807");
    if (n > 100000000)   // the result would not fit in memory in any useful time
        return tpy_err_nomemory();
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)n);
    TpyObject *r = tpy_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static TpyObject *gcd_lcm(const char *fname, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames, bool lcm)
{
    if (tpy_args_no_kw(fname, kwnames) < 0)
        return NULL;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    for (int64_t i = 0; i < nargs; i++) {
        if (int_arg(args[i], x) < 0) {
            mpz_clears(acc, x, NULL);
            return NULL;
        }
        if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
    }
    if (nargs == 1)
        mpz_abs(acc, x);
    TpyObject *r = tpy_int_from_mpz(acc);
    mpz_clears(acc, x, NULL);
    return r;
}

static TpyObject *math_gcd(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return gcd_lcm("gcd", args, nargs, kwnames, false);
}

static TpyObject *math_lcm(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return gcd_lcm("lcm", args, nargs, kwnames, true);
}

static TpyObject *math_isqrt(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("math.isqrt", nargs, kwnames) < 0)
        return NULL;
    mpz_t z;
    mpz_init(z);
    if (int_arg(args[0], z) < 0) {
        mpz_clear(z);
        return NULL;
    }
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return tpy_err_format(&tpy_ValueError_type, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(z, z);
    TpyObject *r = tpy_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static TpyObject *comb_perm(const char *fname, TpyObject *const *args, int64_t nargs,
                            TpyObject *kwnames, bool comb)
{
    if (tpy_args_positional(fname, nargs, kwnames, comb ? 2 : 1, 2) < 0)
        return NULL;
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    TpyObject *res = NULL;
    if (int_arg(args[0], n) < 0)
        goto done;
    if (nargs == 1 || args[1] == tpy_None)
        mpz_set(k, n);
    else if (int_arg(args[1], k) < 0)
        goto done;
    if (mpz_sgn(n) < 0) {
        tpy_err_format(&tpy_ValueError_type, "n must be a non-negative integer");
        goto done;
    }
    if (mpz_sgn(k) < 0) {
        tpy_err_format(&tpy_ValueError_type, "k must be a non-negative integer");
        goto done;
    }
    if (mpz_cmp(k, n) > 0) {
        res = tpy_smallint(0);
        goto done;
    }
    if (comb) {
        mpz_sub(r, n, k);
        if (mpz_cmp(r, k) < 0)
            mpz_set(k, r);   // comb(n, k) == comb(n, n - k)
    }
    if (!mpz_fits_ulong_p(k)) {
        tpy_err_format(&tpy_OverflowError_type, "min(n - k, k) must not exceed 9223372036854775807");
        goto done;
    }
    if (comb && mpz_fits_ulong_p(n)) {
        mpz_bin_uiui(r, mpz_get_ui(n), mpz_get_ui(k));
    } else if (comb) {
        mpz_bin_ui(r, n, mpz_get_ui(k));
    } else {
        unsigned long kk = mpz_get_ui(k);
        mpz_set_ui(r, 1);
        mpz_t f;
        mpz_init_set(f, n);
        for (unsigned long i = 0; i < kk; i++) {
            mpz_mul(r, r, f);
            mpz_sub_ui(f, f, 1);
        }
        mpz_clear(f);
    }
    res = tpy_int_from_mpz(r);
done:
    mpz_clears(n, k, r, NULL);
    return res;
}

static TpyObject *math_comb(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return comb_perm("comb", args, nargs, kwnames, true);
}

static TpyObject *math_perm(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return comb_perm("perm", args, nargs, kwnames, false);
}

/* ---------------------------------------------------------------- fsum, prod */

// CPython's math_fsum (Shewchuk's msum with its overflow and inf/nan rules).
static TpyObject *math_fsum(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("math.fsum", nargs, kwnames) < 0)
        return NULL;
    TpyObject *it = tpy_object_iter(args[0]), *item;
    if (it == NULL)
        return NULL;
    size_t n = 0, m = 32;
    double *p = malloc(m * sizeof(double));
    double special_sum = 0.0, inf_sum = 0.0;
    if (p == NULL) {
        tpy_decref(it);
        return tpy_err_nomemory();
    }
    while ((item = tpy_object_next(it)) != NULL) {
        double x, y, t, hi, lo = 0.0, xsave;
        int r = arg_double(item, &x);
        tpy_decref(item);
        if (r < 0)
            goto error;
        xsave = x;
        size_t i, j;
        for (i = j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    tpy_err_format(&tpy_OverflowError_type, "intermediate overflow in fsum");
                    goto error;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    double *np = realloc(p, 2 * m * sizeof(double));
                    if (np == NULL) {
                        tpy_err_nomemory();
                        goto error;
                    }
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (tpy_err_occurred() != NULL)
        goto error;
    tpy_decref(it);
    double hi = 0.0;
    if (special_sum != 0.0) {
        free(p);
        if (isnan(inf_sum))
            return tpy_err_format(&tpy_ValueError_type, "-inf + inf in fsum");
        return tpy_float_from_double(special_sum);
    }
    if (n > 0) {
        double x, y, lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    free(p);
    return tpy_float_from_double(hi);
error:
    tpy_decref(it);
    free(p);
    return NULL;
}

static TpyObject *math_prod(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"iterable", "start", NULL};
    static const TpyArgSpec spec = {"prod", params, 1, 1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *it = tpy_object_iter(a[0]), *item;
    if (it == NULL)
        return NULL;
    TpyObject *acc = tpy_newref(a[1] != NULL ? a[1] : tpy_smallint(1));
    while ((item = tpy_object_next(it)) != NULL) {
        TpyObject *r = tpy_number_binop(acc, item, TPY_BINOP_MUL);
        tpy_decref(item);
        tpy_decref(acc);
        acc = r;
        if (acc == NULL)
            break;
    }
    tpy_decref(it);
    if (tpy_err_occurred() != NULL) {
        tpy_xdecref(acc);
        return NULL;
    }
    return acc;
}

/* ---------------------------------------------------------------- hypot, dist */

typedef struct { double hi, lo; } DoubleLength;

static DoubleLength dl_split(double x)
{
    double t = x * 134217729.0;   // Veltkamp constant 2**27 + 1
    double hi = t - (t - x);
    return (DoubleLength){hi, x - hi};
}

static DoubleLength dl_mul(double x, double y)
{
    DoubleLength xx = dl_split(x), yy = dl_split(y);
    double p = xx.hi * yy.hi;
    double q = xx.hi * yy.lo + xx.lo * yy.hi;
    double z = p + q;
    double zz = p - z + q + xx.lo * yy.lo;
    return (DoubleLength){z, zz};
}

static DoubleLength dl_fast_sum(double a, double b)
{
    double x = a + b;
    return (DoubleLength){x, (a - x) + b};
}

// CPython 3.11's vector_norm (Modules/mathmodule.c).
static double vector_norm(int64_t n, double *vec, double max, bool found_nan)
{
    double x, h, scale, csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (int64_t i = 0; i < n; i++)
            vec[i] /= __DBL_MIN__;
        return __DBL_MIN__ * vector_norm(n, vec, max / __DBL_MIN__, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (int64_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static TpyObject *math_hypot(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("hypot", kwnames) < 0)
        return NULL;
    double small[16], *vec = nargs <= 16 ? small : malloc((size_t)nargs * sizeof(double));
    if (vec == NULL)
        return tpy_err_nomemory();
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < nargs; i++) {
        double x;
        if (arg_double(args[i], &x) < 0) {
            if (vec != small)
                free(vec);
            return NULL;
        }
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(nargs, vec, max, found_nan);
    if (vec != small)
        free(vec);
    return tpy_float_from_double(r);
}

static TpyObject *math_dist(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("dist", nargs, kwnames, 2, 2) < 0)
        return NULL;
    TpyObject *p = tpy_tuple_from_iterable(args[0]), *q = NULL, *res = NULL;
    double *vec = NULL;
    if (p == NULL || (q = tpy_tuple_from_iterable(args[1])) == NULL)
        goto done;
    int64_t n = TPY_TUPLE_SIZE(p);
    if (n != TPY_TUPLE_SIZE(q)) {
        tpy_err_format(&tpy_ValueError_type, "both points must have the same number of dimensions");
        goto done;
    }
    vec = malloc((size_t)(n > 0 ? n : 1) * sizeof(double));
    if (vec == NULL) {
        tpy_err_nomemory();
        goto done;
    }
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (arg_double(TPY_TUPLE_ITEMS(p)[i], &a) < 0 || arg_double(TPY_TUPLE_ITEMS(q)[i], &b) < 0)
            goto done;
        double x = fabs(a - b);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    res = tpy_float_from_double(vector_norm(n, vec, max, found_nan));
done:
    free(vec);
    tpy_xdecref(p);
    tpy_xdecref(q);
    return res;
}

/* ---------------------------------------------------------------- module */

static TpyObject *make_e(void) { return tpy_float_from_double(M_E); }
static TpyObject *make_pi(void) { return tpy_float_from_double(M_PI); }
static TpyObject *make_tau(void) { return tpy_float_from_double(2 * M_PI); }
static TpyObject *make_inf(void) { return tpy_float_from_double(INFINITY); }
static TpyObject *make_nan(void) { return tpy_float_from_double(NAN); }

static const TpyModuleConstant math_constants[] = {
    {"e", make_e}, {"pi", make_pi}, {"tau", make_tau}, {"inf", make_inf}, {"nan", make_nan},
    {NULL, NULL},
};

static const TpyMethodDef math_functions[] = {
    {"acos", math_acos, 0},       {"acosh", math_acosh, 0},     {"asin", math_asin, 0},
    {"asinh", math_asinh, 0},     {"atan", math_atan, 0},       {"atan2", math_atan2, 0},
    {"atanh", math_atanh, 0},     {"cbrt", math_cbrt, 0},       {"ceil", math_ceil, 0},
    {"comb", math_comb, 0},       {"copysign", math_copysign, 0}, {"cos", math_cos, 0},
    {"cosh", math_cosh, 0},       {"degrees", math_degrees, 0}, {"dist", math_dist, 0},
    {"erf", math_erf, 0},         {"erfc", math_erfc, 0},       {"exp", math_exp, 0},
    {"exp2", math_exp2, 0},       {"expm1", math_expm1, 0},     {"fabs", math_fabs, 0},
    {"factorial", math_factorial, 0}, {"floor", math_floor, 0}, {"fmod", math_fmod, 0},
    {"frexp", math_frexp, 0},     {"fsum", math_fsum, 0},       {"gamma", math_gamma, 0},
    {"gcd", math_gcd, 0},         {"hypot", math_hypot, 0},     {"isclose", math_isclose, 0},
    {"isfinite", math_isfinite, 0}, {"isinf", math_isinf, 0},   {"isnan", math_isnan, 0},
    {"isqrt", math_isqrt, 0},     {"lcm", math_lcm, 0},         {"ldexp", math_ldexp, 0},
    {"lgamma", math_lgamma, 0},   {"log", math_log, 0},         {"log10", math_log10, 0},
    {"log1p", math_log1p, 0},     {"log2", math_log2, 0},       {"modf", math_modf, 0},
    {"nextafter", math_nextafter, 0}, {"perm", math_perm, 0},   {"pow", math_pow, 0},
    {"prod", math_prod, 0},       {"radians", math_radians, 0}, {"remainder", math_remainder, 0},
    {"sin", math_sin, 0},         {"sinh", math_sinh, 0},       {"sqrt", math_sqrt, 0},
    {"tan", math_tan, 0},         {"tanh", math_tanh, 0},       {"trunc", math_trunc, 0},
    {"ulp", math_ulp, 0},
    {NULL, NULL, 0},
};

const TpyModuleDef tpy_math_module_def = {"math", math_functions, math_constants, NULL};
