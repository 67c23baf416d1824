/* runtime/float.c: Python's float: a boxed IEEE-754 double.
 *
 * repr: CPython prints the shortest decimal string that reads back as the
 * same double (David Gay's dtoa, mode 0).  We find it with the C library,
 * which is correctly rounded on glibc: for p = 1..17 significant digits,
 * format with "%.{p-1}e" and keep the first string that strtod maps back to
 * the same value.  Near a power of two the rounding interval is lopsided, so
 * the correctly rounded p-digit string can miss while its decimal neighbour
 * hits; we try both neighbours before moving to p + 1.  The digits are then
 * laid out by CPython's 'r' rules: scientific when the decimal exponent is
 * < -4 or >= 16, otherwise positional, always with a '.0' or an exponent.
 *
 * Arithmetic follows Objects/floatobject.c: % and // are built on fmod with
 * the result taking the sign of the divisor; ** has float_pow's special cases
 * (0.0 ** negative raises, a negative base with a non-integer exponent gives
 * a complex, overflow raises OverflowError(34, 'Numerical result out of
 * range')).  hash() is _Py_HashDouble, so dicts of floats match CPython's
 * iteration order and hash(1.0) == hash(1).
 *
 * Free list: up to FREE_LIST_MAX dead floats are kept for reuse; alloc.c is
 * told about every release and reuse so the object counters stay exact.
 */
#include "float.h"
#include "number_methods.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "alloc.h"
#include "bool.h"
#include "complex.h"
#include "exc.h"
#include "int.h"
#include "memstats.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

#define FREE_LIST_MAX 100
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

static TpyFloat *free_list;   /* linked through ob.type */
static int free_count;

/* ---------------------------------------------------------------- objects */

TpyObject *tpy_float_from_double(double v)
{
    TpyFloat *f;
    if (free_list != NULL) {
        f = free_list;
        free_list = (TpyFloat *)f->ob.type;
        free_count--;
        tpy_alloc_note_reuse(sizeof(TpyFloat));
        if (tpy_memstats_hook)
            tpy_memstats_note_alloc(&tpy_float_type, sizeof(TpyFloat));
        f->ob.refcount = 1;
        f->ob.type = &tpy_float_type;
    } else {
        f = (TpyFloat *)tpy_object_new(&tpy_float_type);
        if (f == NULL)
            return NULL;
    }
    f->value = v;
    return &f->ob;
}

static void float_dealloc(TpyObject *o)
{
    if (free_count < FREE_LIST_MAX) {
        o->type = (TpyType *)free_list;
        free_list = (TpyFloat *)o;
        free_count++;
        tpy_alloc_note_release(sizeof(TpyFloat));
        if (tpy_memstats_hook)
            tpy_memstats_note_free(&tpy_float_type);
        return;
    }
    tpy_object_free(o);
}

int tpy_float_as_double(TpyObject *o, double *out)
{
    if (tpy_float_check(o)) {
        *out = TPY_FLOAT_VALUE(o);
        return 0;
    }
    if (tpy_int_check(o))
        return tpy_int_as_double(o, out);
    tpy_err_format(&tpy_TypeError_type, "must be real number, not %s", tpy_type_of(o)->name);
    return -1;
}

/* ---------------------------------------------------------------- repr */

static bool round_trips(const char *s, double v)
{
    return strtod(s, NULL) == v;
}

// Add `delta` (+1/-1) to the last mantissa digit of "d.ddde+XX" in place;
// false if that would change the number of digits (we then skip it).
static bool bump_decimal(char *s, int delta)
{
    char *e = strchr(s, 'e');
    if (e == NULL)
        return false;
    char *p = e - 1;
    while (p >= s) {
        if (*p == '.') {
            p--;
            continue;
        }
        if (delta > 0 && *p == '9') {
            *p = '0';
            p--;
            continue;
        }
        if (delta < 0 && *p == '0') {
            *p = '9';
            p--;
            continue;
        }
        if (p == s && delta < 0 && *p == '1')
            return false;   // would lose a digit
        *p = (char)(*p + delta);
        return true;
    }
    return false;
}

// Shortest round-tripping digits of |v| (finite, nonzero): digits without a
// point into `digits`, returns the decimal exponent of the first digit.
int tpy_float_shortest_digits(double v, char *digits)
{
    char buf[40], best[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        bool found = round_trips(buf, v);
        if (!found) {
            // Neighbours: the nearest one that round-trips, as dtoa picks.
            char up[40], down[40];
            strcpy(up, buf);
            strcpy(down, buf);
            bool up_ok = bump_decimal(up, +1) && round_trips(up, v);
            bool down_ok = bump_decimal(down, -1) && round_trips(down, v);
            if (up_ok && down_ok) {
                double du = fabs(strtod(up, NULL) - v), dd = fabs(strtod(down, NULL) - v);
                (void)du, (void)dd;   // both map to v exactly; compare decimal distance
                long double lu = fabsl(strtold(up, NULL) - (long double)v);
                long double ld = fabsl(strtold(down, NULL) - (long double)v);
                strcpy(buf, lu <= ld ? up : down);
                found = true;
            } else if (up_ok || down_ok) {
                strcpy(buf, up_ok ? up : down);
                found = true;
            }
        }
        if (found) {
            strcpy(best, buf);
            break;
        }
        if (p == 17)
            strcpy(best, buf);
    }
    // best: "d.ddde[+-]XX"
    int n = 0;
    const char *s = best;
    for (; *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return atoi(s + 1);
}

int tpy_float_repr_buf(double v, char *buf, size_t size)
{
    return tpy_float_format_r(v, buf, size, true, false);
}

int tpy_float_format_r(double v, char *buf, size_t size, bool add_dot_zero, bool sign)
{
    const char *plus = sign ? "+" : "";
    if (isnan(v))
        return snprintf(buf, size, "%snan", plus);
    if (isinf(v))
        return snprintf(buf, size, "%sinf", v > 0 ? plus : "-");
    if (v == 0.0)
        return snprintf(buf, size, "%s%s", signbit(v) ? "-0" : sign ? "+0" : "0",
                        add_dot_zero ? ".0" : "");
    char digits[24], out[64];
    int exp10 = tpy_float_shortest_digits(fabs(v), digits);
    int n = (int)strlen(digits);
    int k = 0;
    if (v < 0)
        out[k++] = '-';
    else if (sign)
        out[k++] = '+';
    int decpt = exp10 + 1;   // value = 0.DIGITS * 10**decpt
    if (decpt <= -4 || decpt > 16) {
        out[k++] = digits[0];
        if (n > 1) {
            out[k++] = '.';
            memcpy(out + k, digits + 1, (size_t)n - 1);
            k += n - 1;
        }
        k += snprintf(out + k, sizeof out - (size_t)k, "e%c%02d", exp10 < 0 ? '-' : '+',
                      abs(exp10));
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++)
            out[k++] = '0';
        memcpy(out + k, digits, (size_t)n);
        k += n;
    } else if (decpt >= n) {
        memcpy(out + k, digits, (size_t)n);
        k += n;
        for (int i = n; i < decpt; i++)
            out[k++] = '0';
        if (add_dot_zero) {
            out[k++] = '.';
            out[k++] = '0';
        }
    } else {
        memcpy(out + k, digits, (size_t)decpt);
        k += decpt;
        out[k++] = '.';
        memcpy(out + k, digits + decpt, (size_t)(n - decpt));
        k += n - decpt;
    }
    out[k] = '\0';
    return snprintf(buf, size, "%s", out);
}

TpyObject *tpy_float_repr(TpyObject *o)
{
    char buf[64];
    int n = tpy_float_repr_buf(TPY_FLOAT_VALUE(o), buf, sizeof buf);
    return tpy_str_from_utf8(buf, (size_t)n);
}

/* ---------------------------------------------------------------- parsing */

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// Copy the digits of a run (underscores allowed between digits) into out.
static bool scan_digits(const char *s, size_t *i, size_t end, char *out, size_t *k)
{
    size_t start = *i;
    if (*i >= end || !is_digit(s[*i]))
        return false;
    while (*i < end) {
        if (is_digit(s[*i]))
            out[(*k)++] = s[(*i)++];
        else if (s[*i] == '_' && *i + 1 < end && is_digit(s[*i + 1]) && *i > start)
            (*i)++;
        else
            break;
    }
    return true;
}

static bool ascii_ieq(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i])
            return false;
    return true;
}

TpyObject *tpy_float_from_utf8(const char *s, size_t len, TpyObject *orig)
{
    size_t i = 0, end = len;
    while (i < end && is_space((unsigned char)s[i]))
        i++;
    while (end > i && is_space((unsigned char)s[end - 1]))
        end--;
    char *clean = malloc(end - i + 2);
    if (clean == NULL)
        return tpy_err_nomemory();
    size_t k = 0;
    bool ok = true;
    double value = 0.0;
    bool negative = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    if (ascii_ieq(s + i, end - i, "inf") || ascii_ieq(s + i, end - i, "infinity"))
        value = INFINITY;
    else if (ascii_ieq(s + i, end - i, "nan"))
        value = NAN;
    else {
        bool int_part = scan_digits(s, &i, end, clean, &k);
        bool frac_part = false;
        if (i < end && s[i] == '.') {
            clean[k++] = s[i++];
            frac_part = scan_digits(s, &i, end, clean, &k);
        }
        ok = int_part || frac_part;
        if (ok && i < end && (s[i] == 'e' || s[i] == 'E')) {
            clean[k++] = s[i++];
            if (i < end && (s[i] == '+' || s[i] == '-'))
                clean[k++] = s[i++];
            ok = scan_digits(s, &i, end, clean, &k);
        }
        ok = ok && i == end;
        clean[k] = '\0';
        if (ok)
            value = strtod(clean, NULL);   // ERANGE gives inf or 0, as CPython
    }
    free(clean);
    if (!ok) {
        TpyObject *r;
        if (orig != NULL)
            r = tpy_object_repr(orig);
        else {
            TpyObject *text = tpy_str_from_utf8(s, len);
            r = text == NULL ? NULL : tpy_object_repr(text);
            tpy_xdecref(text);
        }
        if (r == NULL)
            return NULL;
        tpy_err_format(&tpy_ValueError_type, "could not convert string to float: %s",
                       tpy_str_as_utf8(r, NULL));
        tpy_decref(r);
        return NULL;
    }
    return tpy_float_from_double(negative ? -value : value);
}

TpyObject *tpy_float_from_str(TpyObject *s)
{
    size_t len;
    if (!TPY_STR(s)->ascii) {
        char *ascii = tpy_int_transform_decimal(s, &len);
        if (ascii == NULL)
            return NULL;
        TpyObject *r = tpy_float_from_utf8(ascii, len, s);
        free(ascii);
        return r;
    }
    const char *text = tpy_str_as_utf8(s, &len);
    if (text == NULL)
        return NULL;
    return tpy_float_from_utf8(text, len, s);
}

/* ---------------------------------------------------------------- arithmetic */

int tpy_float_div_d(double a, double b, double *out)
{
    if (b == 0.0) {
        tpy_err_format(&tpy_ZeroDivisionError_type, "float division by zero");
        return -1;
    }
    *out = a / b;
    return 0;
}

// CPython's _float_div_mod (b != 0).
static void div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

int tpy_float_floordiv_d(double a, double b, double *out)
{
    if (b == 0.0) {
        tpy_err_format(&tpy_ZeroDivisionError_type, "float floor division by zero");
        return -1;
    }
    double m;
    div_mod(a, b, out, &m);
    return 0;
}

int tpy_float_mod_d(double a, double b, double *out)
{
    if (b == 0.0) {
        tpy_err_format(&tpy_ZeroDivisionError_type, "float modulo");
        return -1;
    }
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0))
            m += b;
    } else {
        m = copysign(0.0, b);
    }
    *out = m;
    return 0;
}

int tpy_float_divmod_d(double a, double b, double *q, double *r)
{
    if (b == 0.0) {
        tpy_err_format(&tpy_ZeroDivisionError_type, "float divmod()");
        return -1;
    }
    div_mod(a, b, q, r);
    return 0;
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

int tpy_float_pow_d(double iv, double iw, double *out)
{
    if (iw == 0.0) {
        *out = 1.0;
        return 0;
    }
    if (isnan(iv)) {
        *out = iv;
        return 0;
    }
    if (isnan(iw)) {
        *out = iv == 1.0 ? 1.0 : iw;
        return 0;
    }
    if (isinf(iw)) {
        double a = fabs(iv);
        if (a == 1.0)
            *out = 1.0;
        else if ((iw > 0) == (a > 1.0))
            *out = fabs(iw);
        else
            *out = 0.0;
        return 0;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0)
            *out = odd ? iv : fabs(iv);
        else
            *out = odd ? copysign(0.0, iv) : 0.0;
        return 0;
    }
    if (iv == 0.0) {
        if (iw < 0) {
            tpy_err_format(&tpy_ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
            return -1;
        }
        *out = is_odd_integer(iw) ? iv : 0.0;
        return 0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return 1;   // complex result
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return 0;
    }
    errno = 0;
    double ix = pow(iv, iw);
    if (errno == 0 && isinf(ix))
        errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0)
        errno = 0;
    if (negate)
        ix = -ix;
    if (errno != 0) {
        int e = errno;
        TpyObject *args[2] = {tpy_smallint(e), NULL};
        args[1] = tpy_str_from_cstr(e == ERANGE ? "Numerical result out of range"
                                                : "Numerical argument out of domain");
        if (args[1] == NULL)
            return -1;
        TpyObject *exc = tpy_exc_new(e == ERANGE ? &tpy_OverflowError_type : &tpy_ValueError_type,
                                     args, 2);
        tpy_decref(args[1]);
        if (exc != NULL)
            tpy_err_raise(exc);
        return -1;
    }
    *out = ix;
    return 0;
}

TpyObject *tpy_float_pow(double a, double b)
{
    double r;
    int status = tpy_float_pow_d(a, b, &r);
    if (status < 0)
        return NULL;
    if (status == 0)
        return tpy_float_from_double(r);
    TpyComplexValue z;
    if (tpy_complex_pow((TpyComplexValue){a, 0.0}, (TpyComplexValue){b, 0.0}, &z) < 0)
        return NULL;
    return tpy_complex_from_doubles(z.real, z.imag);
}

/* ---------------------------------------------------------------- rounding */

int tpy_float_round_d(double x, int64_t ndigits, double *out)
{
    // CPython's limits: beyond them the result is x itself or a signed zero.
    if (ndigits > 323 || !isfinite(x) || x == 0.0) {
        *out = x;
        return 0;
    }
    if (ndigits < -308) {
        *out = 0.0 * x;
        return 0;
    }
    double r;
    if (ndigits >= 0) {
        // glibc's printf rounds the exact binary value correctly (half-even on
        // exact ties), which is what CPython's dtoa-based round() does.
        char buf[400];
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
        r = strtod(buf, NULL);
    } else {
        // Exact: x = m * 2**e; divide by 10**k, round half-even, multiply back.
        mpz_t num, den, q, rem, twice;
        mpz_inits(num, den, q, rem, twice, NULL);
        int e;
        double m = frexp(fabs(x), &e);
        mpz_set_d(num, ldexp(m, 53));
        e -= 53;
        mpz_ui_pow_ui(den, 10, (unsigned long)-ndigits);
        if (e >= 0)
            mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
        else
            mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
        mpz_tdiv_qr(q, rem, num, den);
        mpz_mul_2exp(twice, rem, 1);
        int c = mpz_cmp(twice, den);
        if (c > 0 || (c == 0 && mpz_odd_p(q)))
            mpz_add_ui(q, q, 1);
        mpz_ui_pow_ui(den, 10, (unsigned long)-ndigits);
        mpz_mul(q, q, den);
        TpyObject *big = tpy_int_from_mpz(q);
        mpz_clears(num, den, q, rem, twice, NULL);
        if (big == NULL)
            return -1;
        int status = tpy_int_as_double(big, &r);
        tpy_decref(big);
        if (status < 0) {
            tpy_err_clear();
            tpy_err_format(&tpy_OverflowError_type, "rounded value too large to represent");
            return -1;
        }
        r = copysign(r, x);
    }
    if (isinf(r)) {
        tpy_err_format(&tpy_OverflowError_type, "rounded value too large to represent");
        return -1;
    }
    *out = r;
    return 0;
}

TpyObject *tpy_float_round_to_int(double x)
{
    double rounded = round(x);
    if (fabs(x - rounded) == 0.5)
        rounded = 2.0 * round(x / 2.0);
    return tpy_int_from_double(rounded);
}

/* ---------------------------------------------------------------- hash, compare */

int64_t tpy_float_hash_d(TpyObject *obj, double v)
{
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    if (isnan(v))
        return tpy_object_hash_pointer(obj);
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Process 28 bits at a time, reducing modulo 2**61 - 1 as we go.
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

int tpy_float_compare(double a, TpyObject *b)
{
    if (tpy_float_check(b)) {
        double d = TPY_FLOAT_VALUE(b);
        if (isnan(a) || isnan(d))
            return -2;
        return (a > d) - (a < d);
    }
    if (tpy_int_check(b)) {
        if (isnan(a))
            return -2;
        int c = tpy_int_compare_double(b, a);
        return -c;
    }
    tpy_err_format(&tpy_TypeError_type, "must be real number, not %s", tpy_type_of(b)->name);
    return -3;
}

static TpyObject *float_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_float_check(a) || !(tpy_float_check(b) || tpy_int_check(b)))
        return tpy_newref(tpy_NotImplemented);
    int c = tpy_float_compare(TPY_FLOAT_VALUE(a), b);
    if (c == -2)
        return tpy_bool_from(op == TPY_CMP_OP_NE);
    bool r = false;
    switch (op) {
    case TPY_CMP_OP_LT: r = c < 0; break;
    case TPY_CMP_OP_LE: r = c <= 0; break;
    case TPY_CMP_OP_EQ: r = c == 0; break;
    case TPY_CMP_OP_NE: r = c != 0; break;
    case TPY_CMP_OP_GT: r = c > 0; break;
    case TPY_CMP_OP_GE: r = c >= 0; break;
    }
    return tpy_bool_from(r);
}

/* ---------------------------------------------------------------- the type */

// Both operands as doubles if this is a float operation; 1 = not ours.
static int operands(TpyObject *a, TpyObject *b, double *x, double *y)
{
    bool fa = tpy_float_check(a), fb = tpy_float_check(b);
    if (!(fa || fb))
        return 1;
    if (!(fa || tpy_int_check(a)) || !(fb || tpy_int_check(b)))
        return 1;
    if (tpy_float_as_double(a, x) < 0 || tpy_float_as_double(b, y) < 0)
        return -1;
    return 0;
}

TpyObject *tpy_float_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    double x, y, r, r2;
    int status = operands(a, b, &x, &y);
    if (status != 0)
        return status < 0 ? NULL : tpy_newref(tpy_NotImplemented);
    switch (op) {
    case TPY_BINOP_ADD: return tpy_float_from_double(x + y);
    case TPY_BINOP_SUB: return tpy_float_from_double(x - y);
    case TPY_BINOP_MUL: return tpy_float_from_double(x * y);
    case TPY_BINOP_TRUEDIV:
        return tpy_float_div_d(x, y, &r) < 0 ? NULL : tpy_float_from_double(r);
    case TPY_BINOP_FLOORDIV:
        return tpy_float_floordiv_d(x, y, &r) < 0 ? NULL : tpy_float_from_double(r);
    case TPY_BINOP_MOD:
        return tpy_float_mod_d(x, y, &r) < 0 ? NULL : tpy_float_from_double(r);
    case TPY_BINOP_POW: return tpy_float_pow(x, y);
    case TPY_BINOP_DIVMOD: {
        if (tpy_float_divmod_d(x, y, &r, &r2) < 0)
            return NULL;
        TpyObject *q = tpy_float_from_double(r), *m = tpy_float_from_double(r2);
        TpyObject *t = (q != NULL && m != NULL) ? tpy_tuple_new(2) : NULL;
        if (t == NULL) {
            tpy_xdecref(q);
            tpy_xdecref(m);
            return NULL;
        }
        TPY_TUPLE_ITEMS(t)[0] = q;
        TPY_TUPLE_ITEMS(t)[1] = m;
        return t;
    }
    default: return tpy_newref(tpy_NotImplemented);
    }
}

static TpyObject *float_unaryop(TpyObject *a, TpyUnaryOp op)
{
    double v = TPY_FLOAT_VALUE(a);
    switch (op) {
    case TPY_UNOP_NEG: return tpy_float_from_double(-v);
    case TPY_UNOP_POS: return tpy_float_from_double(v);
    case TPY_UNOP_ABS: return tpy_float_from_double(fabs(v));
    default: return tpy_newref(tpy_NotImplemented);
    }
}

static int64_t float_hash(TpyObject *o)
{
    return tpy_float_hash_d(o, TPY_FLOAT_VALUE(o));
}

static int float_truth(TpyObject *o)
{
    return TPY_FLOAT_VALUE(o) != 0.0;
}

static TpyObject *float_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                  TpyObject *kwnames)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) != 0)
        return tpy_err_format(&tpy_TypeError_type, "float() takes no keyword arguments");
    if (nargs > 1)
        return tpy_err_format(&tpy_TypeError_type, "float expected at most 1 argument, got %lld",
                              (long long)nargs);
    if (nargs == 0)
        return tpy_float_from_double(0.0);
    TpyObject *x = args[0];
    if (tpy_float_check(x))
        return tpy_newref(x);
    if (tpy_str_check(x))
        return tpy_float_from_str(x);
    double v;
    if (tpy_int_check(x)) {
        if (tpy_int_as_double(x, &v) < 0)
            return NULL;
        return tpy_float_from_double(v);
    }
    return tpy_err_format(&tpy_TypeError_type,
                          "float() argument must be a string or a real number, not '%s'",
                          tpy_type_of(x)->name);
}

static TpyObject *float_getattr(TpyObject *self, TpyObject *name)
{
    if (tpy_str_equal_cstr(name, "real"))
        return tpy_newref(self);
    if (tpy_str_equal_cstr(name, "imag"))
        return tpy_float_from_double(0.0);
    return tpy_err_format(&tpy_AttributeError_type, "'float' object has no attribute '%s'",
                          tpy_str_as_utf8(name, NULL));
}

static size_t float_size_of(TpyObject *o)
{
    return sizeof(TpyFloat);
}

TpyType tpy_float_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "float",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyFloat),
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = float_dealloc,
    .repr = tpy_float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .truth = float_truth,
    .getattr = float_getattr,
    .methods = tpy_float_methods,   /* number_methods.c */
    .binop = tpy_float_binop,
    .unaryop = float_unaryop,
    .construct = float_construct,
    .size_of = float_size_of,
};
