/* runtime/int.c: Python's unbounded int on top of tagged small ints and GMP.
 *
 * Representation (object.h): values in [-2**62, 2**62) are tagged pointers;
 * anything else is a TpyBigInt wrapping an mpz_t.  Invariant: a TpyBigInt
 * never holds a value that fits a small int, so equal ints have one
 * representation and the fast paths can trust the tag.
 *
 * Each operation has a fast path on two small ints (C arithmetic with
 * overflow checks: the sum of two 63-bit values cannot overflow int64, a
 * product is checked with __builtin_mul_overflow) and a slow path that loads
 * both operands into mpz_t and normalises the result.  bool operands are
 * read as 0/1.
 *
 * GMP aborts the process when an allocation fails, so every operation that
 * can create a huge number (*, **, <<, parsing) first estimates the size of
 * its result and raises MemoryError past TPY_INT_MAX_BITS instead.
 *
 * Semantics follow CPython 3.11 (Objects/longobject.c): floor division and
 * modulo round toward minus infinity; true division is correctly rounded;
 * conversion to float is correctly rounded (half-even); hashing is modulo
 * 2**61 - 1 with hash(-1) == -2; str()/int() refuse more than 4300 decimal
 * digits (sys.set_int_max_str_digits, CVE-2020-10735).
 */
#include "int.h"
#include "number_methods.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "float.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "unicode_db.h"

#define TPY_INT_MAX_BITS ((uint64_t)1 << 35)   /* 4 GiB per number: beyond, MemoryError */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t tpy_int_max_str_digits = 4300;

/* ---------------------------------------------------------------- representation */

bool tpy_int_check(const TpyObject *o)
{
    return tpy_is_smallint(o) || tpy_type_is_subtype(o->type, &tpy_int_type);
}

// The value of a small int or a bool; false for a big int.
static inline bool small_value(const TpyObject *o, int64_t *v)
{
    if (tpy_is_smallint(o)) {
        *v = tpy_smallint_value(o);
        return true;
    }
    if (o->type == &tpy_bool_type) {
        *v = o == tpy_True;
        return true;
    }
    return false;
}

void tpy_int_get_mpz(TpyObject *o, mpz_t out)
{
    int64_t v;
    if (small_value(o, &v))
        mpz_set_si(out, (long)v);
    else
        mpz_set(out, TPY_BIGINT(o)->value);
}

// mpz_init + load.
static void load(TpyObject *o, mpz_t out)
{
    int64_t v;
    if (small_value(o, &v))
        mpz_init_set_si(out, (long)v);
    else
        mpz_init_set(out, TPY_BIGINT(o)->value);
}

static TpyObject *new_big(const mpz_t z)
{
    TpyObject *o = tpy_object_new(&tpy_int_type);
    if (o == NULL)
        return NULL;
    mpz_init_set(TPY_BIGINT(o)->value, z);
    return o;
}

TpyObject *tpy_int_from_mpz(const mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (tpy_fits_smallint(v))
            return tpy_smallint(v);
    }
    return new_big(z);
}

// Normalise and clear `z` (the usual end of a slow path).
static TpyObject *finish(mpz_t z)
{
    TpyObject *r = tpy_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

TpyObject *tpy_int_from_i64(int64_t v)
{
    if (tpy_fits_smallint(v))
        return tpy_smallint(v);
    mpz_t z;
    mpz_init_set_si(z, (long)v);
    return finish(z);
}

TpyObject *tpy_int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)TPY_SMALLINT_MAX)
        return tpy_smallint((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)v);
    return finish(z);
}

TpyObject *tpy_int_from_double(double d)
{
    if (isinf(d))
        return tpy_err_format(&tpy_OverflowError_type, "cannot convert float infinity to integer");
    if (isnan(d))
        return tpy_err_format(&tpy_ValueError_type, "cannot convert float NaN to integer");
    double t = trunc(d);
    if (t >= -4611686018427387904.0 && t < 4611686018427387904.0)
        return tpy_smallint((int64_t)t);
    mpz_t z;
    mpz_init_set_d(z, t);
    return finish(z);
}

bool tpy_int_to_i64(TpyObject *o, int64_t *out)
{
    if (small_value(o, out))
        return true;
    if (mpz_fits_slong_p(TPY_BIGINT(o)->value)) {
        *out = mpz_get_si(TPY_BIGINT(o)->value);
        return true;
    }
    return false;
}

int64_t tpy_int_as_i64(TpyObject *o)
{
    int64_t v;
    if (tpy_int_to_i64(o, &v))
        return v;
    tpy_err_format(&tpy_OverflowError_type, "Python int too large to convert to C long");
    return -1;
}

int tpy_int_sign(TpyObject *a)
{
    int64_t v;
    if (small_value(a, &v))
        return (v > 0) - (v < 0);
    return mpz_sgn(TPY_BIGINT(a)->value);
}

static uint64_t bits_of(TpyObject *a)
{
    int64_t v;
    if (small_value(a, &v)) {
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return u == 0 ? 0 : 64 - (uint64_t)__builtin_clzll(u);
    }
    return mpz_sizeinbase(TPY_BIGINT(a)->value, 2);
}

int64_t tpy_int_bit_length(TpyObject *a)
{
    return (int64_t)bits_of(a);
}

/* Round |z| (nonzero) to a double with `prec` significant bits, half-even,
 * treating `sticky` as extra nonzero bits below z.  Result = rounded * 2**exp2.
 * Returns the double (may be inf on overflow) and stores nothing else. */
static double round_mpz_to_double(const mpz_t az, bool sticky, long exp2)
{
    size_t nbits = mpz_sizeinbase(az, 2);
    // Value is in [2**(nbits-1+exp2), 2**(nbits+exp2)).  Subnormals keep fewer bits.
    long top_exp = (long)nbits - 1 + exp2;
    long prec = 53;
    if (top_exp < -1022)
        prec = 53 - (-1022 - top_exp);
    if (prec < 0)
        prec = 0;   // below half the smallest subnormal: rounding decides 0 or min
    long extra = (long)nbits - prec;
    if (extra <= 0)
        return ldexp(mpz_get_d(az), (int)exp2);   // exact
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, az, (mp_bitcnt_t)extra);
    // Rounding: look at the bit below the kept ones and everything under it.
    bool half = mpz_tstbit(az, (mp_bitcnt_t)(extra - 1));
    bool below = sticky || (mpz_scan1(az, 0) < (mp_bitcnt_t)(extra - 1));
    if (half && (below || mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    double d = mpz_get_d(q);   // exact: at most 54 bits, a power of two if 54
    long e = extra + exp2;
    if (e > 2000)
        e = 2000;
    mpz_clear(q);
    return ldexp(d, (int)e);
}

int tpy_int_as_double(TpyObject *o, double *out)
{
    int64_t v;
    if (small_value(o, &v)) {
        *out = (double)v;   // C rounds to nearest even: correct
        return 0;
    }
    const mpz_t *z = &TPY_BIGINT(o)->value;
    mpz_t az;
    mpz_init(az);
    mpz_abs(az, *z);
    double d = round_mpz_to_double(az, false, 0);
    mpz_clear(az);
    if (isinf(d)) {
        tpy_err_format(&tpy_OverflowError_type, "int too large to convert to float");
        return -1;
    }
    *out = mpz_sgn(*z) < 0 ? -d : d;
    return 0;
}

/* ---------------------------------------------------------------- arithmetic */

static TpyObject *too_big(void)
{
    return tpy_err_nomemory();
}

TpyObject *tpy_int_add(TpyObject *a, TpyObject *b)
{
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y))
        return tpy_int_from_i64(x + y);   // |x + y| < 2**63: no overflow
    mpz_t p, q;
    load(a, p);
    load(b, q);
    mpz_add(p, p, q);
    mpz_clear(q);
    return finish(p);
}

TpyObject *tpy_int_sub(TpyObject *a, TpyObject *b)
{
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y))
        return tpy_int_from_i64(x - y);
    mpz_t p, q;
    load(a, p);
    load(b, q);
    mpz_sub(p, p, q);
    mpz_clear(q);
    return finish(p);
}

TpyObject *tpy_int_mul(TpyObject *a, TpyObject *b)
{
    int64_t x, y, r;
    if (small_value(a, &x) && small_value(b, &y) && !__builtin_mul_overflow(x, y, &r))
        return tpy_int_from_i64(r);
    if (bits_of(a) + bits_of(b) > TPY_INT_MAX_BITS)
        return too_big();
    mpz_t p, q;
    load(a, p);
    load(b, q);
    mpz_mul(p, p, q);
    mpz_clear(q);
    return finish(p);
}

static bool is_zero(TpyObject *a)
{
    return tpy_int_sign(a) == 0;
}

TpyObject *tpy_int_floordiv(TpyObject *a, TpyObject *b)
{
    if (is_zero(b))
        return tpy_err_format(&tpy_ZeroDivisionError_type, "integer division or modulo by zero");
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) {
        int64_t q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0)))
            q--;
        return tpy_int_from_i64(q);
    }
    mpz_t p, q;
    load(a, p);
    load(b, q);
    mpz_fdiv_q(p, p, q);
    mpz_clear(q);
    return finish(p);
}

TpyObject *tpy_int_mod(TpyObject *a, TpyObject *b)
{
    if (is_zero(b))
        return tpy_err_format(&tpy_ZeroDivisionError_type, "integer modulo by zero");
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) {
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return tpy_smallint(r);
    }
    mpz_t p, q;
    load(a, p);
    load(b, q);
    mpz_fdiv_r(p, p, q);
    mpz_clear(q);
    return finish(p);
}

TpyObject *tpy_int_divmod(TpyObject *a, TpyObject *b)
{
    if (is_zero(b))
        return tpy_err_format(&tpy_ZeroDivisionError_type, "integer division or modulo by zero");
    TpyObject *q = tpy_int_floordiv(a, b);
    if (q == NULL)
        return NULL;
    TpyObject *r = tpy_int_mod(a, b);
    if (r == NULL) {
        tpy_decref(q);
        return NULL;
    }
    TpyObject *t = tpy_tuple_new(2);
    if (t == NULL) {
        tpy_decref(q);
        tpy_decref(r);
        return NULL;
    }
    TPY_TUPLE_ITEMS(t)[0] = q;
    TPY_TUPLE_ITEMS(t)[1] = r;
    return t;
}

TpyObject *tpy_int_truediv(TpyObject *a, TpyObject *b)
{
    if (is_zero(b))
        return tpy_err_format(&tpy_ZeroDivisionError_type, "division by zero");
    int64_t x, y;
    const int64_t exact = (int64_t)1 << 53;
    if (small_value(a, &x) && small_value(b, &y) && x <= exact && x >= -exact && y <= exact &&
        y >= -exact)
        return tpy_float_from_double((double)x / (double)y);   // both exact: one rounding
    // Correctly rounded: scale the numerator so the quotient has >= 55 bits,
    // divide, and round the quotient with the remainder as a sticky bit.
    mpz_t n, d, q, r;
    load(a, n);
    load(b, d);
    mpz_inits(q, r, NULL);
    bool negative = (mpz_sgn(n) < 0) != (mpz_sgn(d) < 0);
    mpz_abs(n, n);
    mpz_abs(d, d);
    double result = 0.0;
    if (mpz_sgn(n) != 0) {
        long shift = 55 - ((long)mpz_sizeinbase(n, 2) - (long)mpz_sizeinbase(d, 2));
        if (shift > 0)
            mpz_mul_2exp(n, n, (mp_bitcnt_t)shift);
        else if (shift < 0)
            mpz_mul_2exp(d, d, (mp_bitcnt_t)-shift);
        mpz_tdiv_qr(q, r, n, d);
        result = round_mpz_to_double(q, mpz_sgn(r) != 0, -shift);
    }
    mpz_clears(n, d, q, r, NULL);
    if (isinf(result))
        return tpy_err_format(&tpy_OverflowError_type,
                              "integer division result too large for a float");
    return tpy_float_from_double(negative ? -result : result);
}

TpyObject *tpy_int_pow(TpyObject *a, TpyObject *b)
{
    if (tpy_int_sign(b) < 0) {
        double x, y;
        if (tpy_int_as_double(a, &x) < 0 || tpy_int_as_double(b, &y) < 0)
            return NULL;
        return tpy_float_pow(x, y);
    }
    int64_t base, exp;
    bool base_small = small_value(a, &base);
    if (base_small && (base == 0 || base == 1))
        return tpy_smallint(is_zero(b) ? 1 : base);
    if (base_small && base == -1) {
        bool odd = tpy_is_smallint(b) || b->type == &tpy_bool_type
                       ? (tpy_int_as_i64(b) & 1) != 0
                       : mpz_odd_p(TPY_BIGINT(b)->value);
        return tpy_smallint(odd ? -1 : 1);
    }
    if (!tpy_int_to_i64(b, &exp) || (uint64_t)exp > TPY_INT_MAX_BITS)
        return too_big();
    if (bits_of(a) > 1 && (bits_of(a) - 1) * (uint64_t)exp > TPY_INT_MAX_BITS)
        return too_big();
    if (base_small) {   // repeated squaring in int64 while it fits
        int64_t r = 1, x = base, e = exp;
        bool overflow = false;
        while (e > 0 && !overflow) {
            if ((e & 1) && __builtin_mul_overflow(r, x, &r))
                overflow = true;
            e >>= 1;
            if (e > 0 && __builtin_mul_overflow(x, x, &x))
                overflow = true;
        }
        if (!overflow)
            return tpy_int_from_i64(r);
    }
    mpz_t p;
    load(a, p);
    mpz_pow_ui(p, p, (unsigned long)exp);
    return finish(p);
}

TpyObject *tpy_int_pow_mod(TpyObject *a, TpyObject *b, TpyObject *m)
{
    if (is_zero(m))
        return tpy_err_format(&tpy_ValueError_type, "pow() 3rd argument cannot be 0");
    mpz_t x, e, n, r;
    load(a, x);
    load(b, e);
    load(m, n);
    mpz_init(r);
    bool negative_mod = mpz_sgn(n) < 0;
    mpz_abs(n, n);
    TpyObject *result = NULL;
    if (mpz_sgn(e) < 0) {
        if (mpz_invert(x, x, n) == 0) {
            tpy_err_format(&tpy_ValueError_type, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(e, e);
    }
    mpz_powm(r, x, e, n);   // r in [0, |m|)
    if (mpz_cmp_ui(n, 1) == 0)
        mpz_set_ui(r, 0);
    if (negative_mod && mpz_sgn(r) != 0)
        mpz_sub(r, r, n);
    result = tpy_int_from_mpz(r);
done:
    mpz_clears(x, e, n, r, NULL);
    return result;
}

static bool shift_count(TpyObject *b, int64_t *count)
{
    if (tpy_int_sign(b) < 0) {
        tpy_err_format(&tpy_ValueError_type, "negative shift count");
        return false;
    }
    if (!tpy_int_to_i64(b, count))
        *count = INT64_MAX;
    return true;
}

TpyObject *tpy_int_lshift(TpyObject *a, TpyObject *b)
{
    int64_t c, x;
    if (!shift_count(b, &c))
        return NULL;
    if (is_zero(a))
        return tpy_smallint(0);
    if (small_value(a, &x) && c < 63) {
        int64_t r;
        if (!__builtin_mul_overflow(x, (int64_t)1 << c, &r))
            return tpy_int_from_i64(r);
    }
    if ((uint64_t)c > TPY_INT_MAX_BITS || bits_of(a) + (uint64_t)c > TPY_INT_MAX_BITS)
        return too_big();
    mpz_t p;
    load(a, p);
    mpz_mul_2exp(p, p, (mp_bitcnt_t)c);
    return finish(p);
}

TpyObject *tpy_int_rshift(TpyObject *a, TpyObject *b)
{
    int64_t c, x;
    if (!shift_count(b, &c))
        return NULL;
    if (small_value(a, &x))
        return tpy_smallint(c >= 63 ? (x < 0 ? -1 : 0) : x >> c);
    if ((uint64_t)c >= mpz_sizeinbase(TPY_BIGINT(a)->value, 2))
        return tpy_smallint(tpy_int_sign(a) < 0 ? -1 : 0);
    mpz_t p;
    load(a, p);
    mpz_fdiv_q_2exp(p, p, (mp_bitcnt_t)c);
    return finish(p);
}

typedef void (*MpzBinary)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static TpyObject *bitwise(TpyObject *a, TpyObject *b, MpzBinary fn)
{
    mpz_t p, q;
    load(a, p);
    load(b, q);
    fn(p, p, q);
    mpz_clear(q);
    return finish(p);
}

TpyObject *tpy_int_and(TpyObject *a, TpyObject *b)
{
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y))
        return tpy_smallint(x & y);
    return bitwise(a, b, mpz_and);
}

TpyObject *tpy_int_or(TpyObject *a, TpyObject *b)
{
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y))
        return tpy_smallint(x | y);
    return bitwise(a, b, mpz_ior);
}

TpyObject *tpy_int_xor(TpyObject *a, TpyObject *b)
{
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y))
        return tpy_smallint(x ^ y);
    return bitwise(a, b, mpz_xor);
}

TpyObject *tpy_int_neg(TpyObject *a)
{
    int64_t x;
    if (small_value(a, &x))
        return tpy_int_from_i64(-x);
    mpz_t p;
    load(a, p);
    mpz_neg(p, p);
    return finish(p);
}

TpyObject *tpy_int_pos(TpyObject *a)
{
    int64_t x;
    if (small_value(a, &x))
        return tpy_smallint(x);
    return tpy_newref(a);
}

TpyObject *tpy_int_abs(TpyObject *a)
{
    return tpy_int_sign(a) < 0 ? tpy_int_neg(a) : tpy_int_pos(a);
}

TpyObject *tpy_int_invert(TpyObject *a)
{
    int64_t x;
    if (small_value(a, &x))
        return tpy_int_from_i64(~x);
    mpz_t p;
    load(a, p);
    mpz_com(p, p);
    return finish(p);
}

/* ---------------------------------------------------------------- comparison, hash */

int tpy_int_compare(TpyObject *a, TpyObject *b)
{
    int64_t x, y;
    bool sa = small_value(a, &x), sb = small_value(b, &y);
    if (sa && sb)
        return (x > y) - (x < y);
    if (sa)   // b is big, so |b| > |x|
        return -mpz_sgn(TPY_BIGINT(b)->value);
    if (sb)
        return mpz_sgn(TPY_BIGINT(a)->value);
    int c = mpz_cmp(TPY_BIGINT(a)->value, TPY_BIGINT(b)->value);
    return (c > 0) - (c < 0);
}

int tpy_int_compare_double(TpyObject *a, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    int64_t x;
    if (small_value(a, &x) && x <= ((int64_t)1 << 53) && x >= -((int64_t)1 << 53)) {
        double v = (double)x;
        return (v > d) - (v < d);
    }
    // Exact: compare with the integer part, then let the fraction decide.
    double ip;
    double frac = modf(d, &ip);
    mpz_t p, q;
    load(a, p);
    mpz_init_set_d(q, ip);
    int c = mpz_cmp(p, q);
    mpz_clears(p, q, NULL);
    if (c != 0)
        return (c > 0) - (c < 0);
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

bool tpy_int_cmp_double(TpyObject *a, double d, TpyCompareOp op)
{
    int c = tpy_int_compare_double(a, d);
    if (c == 2)
        return op == TPY_CMP_OP_NE;
    switch (op) {
    case TPY_CMP_OP_LT: return c < 0;
    case TPY_CMP_OP_LE: return c <= 0;
    case TPY_CMP_OP_EQ: return c == 0;
    case TPY_CMP_OP_NE: return c != 0;
    case TPY_CMP_OP_GT: return c > 0;
    default: return c >= 0;
    }
}

int64_t tpy_int_hash(TpyObject *a)
{
    int64_t x;
    uint64_t u;
    bool negative;
    if (small_value(a, &x)) {
        negative = x < 0;
        u = (negative ? (uint64_t)0 - (uint64_t)x : (uint64_t)x) % HASH_MODULUS;
    } else {
        negative = mpz_sgn(TPY_BIGINT(a)->value) < 0;
        u = mpz_tdiv_ui(TPY_BIGINT(a)->value, HASH_MODULUS);   // of |a|
    }
    int64_t h = negative ? -(int64_t)u : (int64_t)u;
    return h == -1 ? -2 : h;
}

/* ---------------------------------------------------------------- text */

static TpyObject *digit_limit_error(void)
{
    return tpy_err_format(&tpy_ValueError_type,
                          "Exceeds the limit (%lld digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          (long long)tpy_int_max_str_digits);
}

char *tpy_int_digits(TpyObject *a, int base, bool *negative)
{
    int64_t x;
    char *buf;
    if (small_value(a, &x)) {
        *negative = x < 0;
        uint64_t u = *negative ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char tmp[70];
        int n = 0;
        do {
            tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u != 0);
        buf = malloc((size_t)n + 1);
        if (buf == NULL) {
            tpy_err_nomemory();
            return NULL;
        }
        for (int i = 0; i < n; i++)
            buf[i] = tmp[n - 1 - i];
        buf[n] = '\0';
        return buf;
    }
    const mpz_t *z = &TPY_BIGINT(a)->value;
    *negative = mpz_sgn(*z) < 0;
    size_t estimate = mpz_sizeinbase(*z, base);
    bool limited = (base & (base - 1)) != 0 && tpy_int_max_str_digits > 0;
    if (limited && estimate - 1 > (size_t)tpy_int_max_str_digits) {
        digit_limit_error();
        return NULL;
    }
    buf = malloc(estimate + 2);
    if (buf == NULL) {
        tpy_err_nomemory();
        return NULL;
    }
    mpz_get_str(buf, base, *z);
    if (*negative)
        memmove(buf, buf + 1, strlen(buf));
    if (limited && strlen(buf) > (size_t)tpy_int_max_str_digits) {
        free(buf);
        digit_limit_error();
        return NULL;
    }
    return buf;
}

TpyObject *tpy_int_to_base(TpyObject *a, int base, bool prefix)
{
    bool negative;
    char *digits = tpy_int_digits(a, base, &negative);
    if (digits == NULL)
        return NULL;
    size_t n = strlen(digits);
    char *out = malloc(n + 4);
    if (out == NULL) {
        free(digits);
        return tpy_err_nomemory();
    }
    size_t k = 0;
    if (negative)
        out[k++] = '-';
    if (prefix && base != 10) {
        out[k++] = '0';
        out[k++] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    memcpy(out + k, digits, n + 1);
    free(digits);
    TpyObject *s = tpy_str_from_utf8(out, k + n);
    free(out);
    return s;
}

TpyObject *tpy_int_to_decimal(TpyObject *a)
{
    int64_t x;
    if (small_value(a, &x)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)x);
        return tpy_str_from_utf8(buf, (size_t)n);
    }
    return tpy_int_to_base(a, 10, false);
}

TpyObject *tpy_int_repr(TpyObject *a)
{
    return tpy_int_to_decimal(a);
}

/* ---------------------------------------------------------------- parsing */

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

// Length in bytes of the first `n` code points of UTF-8 text (for %.200R).
static size_t utf8_prefix(const char *s, size_t len, size_t n)
{
    size_t i = 0;
    for (size_t cps = 0; i < len && cps < n; cps++) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

static TpyObject *invalid_literal(const char *s, size_t len, int base, TpyObject *orig)
{
    TpyObject *r;
    if (orig != NULL)
        r = tpy_object_repr(orig);
    else {
        TpyObject *text = tpy_str_from_utf8(s, len);
        if (text == NULL)
            return NULL;
        r = tpy_object_repr(text);
        tpy_decref(text);
    }
    if (r == NULL)
        return NULL;
    size_t rlen;
    const char *rs = tpy_str_as_utf8(r, &rlen);
    if (rs == NULL) {
        tpy_decref(r);
        return NULL;
    }
    size_t cut = utf8_prefix(rs, rlen, 200);
    tpy_err_format(&tpy_ValueError_type, "invalid literal for int() with base %d: %.*s", base,
                   (int)cut, rs);
    tpy_decref(r);
    return NULL;
}

TpyObject *tpy_int_from_utf8(const char *s, size_t len, int base, TpyObject *orig)
{
    int given_base = base;
    if (base != 0 && (base < 2 || base > 36))
        return tpy_err_format(&tpy_ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    size_t i = 0, end = len;
    while (i < end && is_space((unsigned char)s[i]))
        i++;
    while (end > i && is_space((unsigned char)s[end - 1]))
        end--;
    bool negative = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    bool prefixed = false;
    if (end - i >= 2 && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    bool leading_zero_rule = false;
    if (base == 0) {
        base = 10;
        leading_zero_rule = true;   // "010" is invalid in base 0, "0_0" is fine
    }
    char *digits = malloc(end - i + 1);
    if (digits == NULL)
        return tpy_err_nomemory();
    size_t nd = 0;
    bool ok = i < end, last_underscore = prefixed;   // "0x_1" allows one '_' after the prefix
    if (prefixed && i < end && s[i] == '_')
        i++, last_underscore = true;
    else
        last_underscore = false;
    for (; ok && i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '_') {
            if (nd == 0 || last_underscore)
                ok = false;
            last_underscore = true;
            continue;
        }
        if (digit_value(c) >= base) {
            ok = false;
            break;
        }
        digits[nd++] = (char)c;
        last_underscore = false;
    }
    if (last_underscore || nd == 0)
        ok = false;
    if (ok && leading_zero_rule && digits[0] == '0') {
        for (size_t k = 0; k < nd; k++)
            if (digits[k] != '0')
                ok = false;
    }
    if (!ok) {
        free(digits);
        return invalid_literal(s, len, given_base, orig);
    }
    digits[nd] = '\0';
    if ((base & (base - 1)) != 0 && tpy_int_max_str_digits > 0 &&
        nd > (size_t)tpy_int_max_str_digits) {
        free(digits);
        return tpy_err_format(&tpy_ValueError_type,
                              "Exceeds the limit (%lld digits) for integer string conversion: "
                              "value has %zu digits; use sys.set_int_max_str_digits() to "
                              "increase the limit",
                              (long long)tpy_int_max_str_digits, nd);
    }
    if ((double)nd * log2((double)base) > (double)TPY_INT_MAX_BITS) {
        free(digits);
        return too_big();
    }
    TpyObject *result;
    if (nd <= 18 && base <= 10) {
        int64_t v = 0;
        for (size_t k = 0; k < nd; k++)
            v = v * base + digit_value((unsigned char)digits[k]);
        result = tpy_int_from_i64(negative ? -v : v);
    } else {
        mpz_t z;
        mpz_init(z);
        mpz_set_str(z, digits, base);
        if (negative)
            mpz_neg(z, z);
        result = finish(z);
    }
    free(digits);
    return result;
}

static int decimal_value(uint32_t cp)
{
    int lo = 0, hi = tpy_unicode_decimal_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const TpyUnicodeRange *r = &tpy_unicode_decimal_ranges[mid];
        if (cp < r->first)
            hi = mid - 1;
        else if (cp > r->last)
            lo = mid + 1;
        else
            return (int)((cp - r->first) % 10);   // decimal digits come in runs of 10
    }
    return -1;
}

char *tpy_int_transform_decimal(TpyObject *s, size_t *len)
{
    int64_t n = tpy_str_length(s);
    char *out = malloc((size_t)n + 1);
    if (out == NULL) {
        tpy_err_nomemory();
        return NULL;
    }
    for (int64_t i = 0; i < n; i++) {
        uint32_t cp = tpy_str_read(s, i);
        int d;
        if (cp < 128)
            out[i] = (char)cp;
        else if (tpy_unicode_isspace(cp))
            out[i] = ' ';
        else if ((d = decimal_value(cp)) >= 0)
            out[i] = (char)('0' + d);
        else
            out[i] = '?';
    }
    out[n] = '\0';
    *len = (size_t)n;
    return out;
}

TpyObject *tpy_int_from_str(TpyObject *s, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return tpy_err_format(&tpy_ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    if (!tpy_str_check(s))
        return tpy_err_format(&tpy_TypeError_type,
                              "int() can't convert non-string with explicit base");
    size_t len;
    if (!TPY_STR(s)->ascii) {   // Unicode digits and spaces: int('\u0661') == 1
        char *ascii = tpy_int_transform_decimal(s, &len);
        if (ascii == NULL)
            return NULL;
        TpyObject *r = tpy_int_from_utf8(ascii, len, base, s);
        free(ascii);
        return r;
    }
    const char *text = tpy_str_as_utf8(s, &len);
    if (text == NULL)
        return NULL;
    return tpy_int_from_utf8(text, len, base, s);
}

/* ---------------------------------------------------------------- the type */

TpyObject *tpy_int_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (!tpy_int_check(a) || !tpy_int_check(b))
        return tpy_newref(tpy_NotImplemented);
    switch (op) {
    case TPY_BINOP_ADD: return tpy_int_add(a, b);
    case TPY_BINOP_SUB: return tpy_int_sub(a, b);
    case TPY_BINOP_MUL: return tpy_int_mul(a, b);
    case TPY_BINOP_FLOORDIV: return tpy_int_floordiv(a, b);
    case TPY_BINOP_MOD: return tpy_int_mod(a, b);
    case TPY_BINOP_DIVMOD: return tpy_int_divmod(a, b);
    case TPY_BINOP_TRUEDIV: return tpy_int_truediv(a, b);
    case TPY_BINOP_POW: return tpy_int_pow(a, b);
    case TPY_BINOP_LSHIFT: return tpy_int_lshift(a, b);
    case TPY_BINOP_RSHIFT: return tpy_int_rshift(a, b);
    case TPY_BINOP_AND: return tpy_int_and(a, b);
    case TPY_BINOP_OR: return tpy_int_or(a, b);
    case TPY_BINOP_XOR: return tpy_int_xor(a, b);
    default: return tpy_newref(tpy_NotImplemented);
    }
}

TpyObject *tpy_int_unaryop(TpyObject *a, TpyUnaryOp op)
{
    switch (op) {
    case TPY_UNOP_NEG: return tpy_int_neg(a);
    case TPY_UNOP_POS: return tpy_int_pos(a);
    case TPY_UNOP_INVERT: return tpy_int_invert(a);
    case TPY_UNOP_ABS: return tpy_int_abs(a);
    }
    return tpy_newref(tpy_NotImplemented);
}

static bool compare_result(int c, TpyCompareOp op)
{
    switch (op) {
    case TPY_CMP_OP_LT: return c < 0;
    case TPY_CMP_OP_LE: return c <= 0;
    case TPY_CMP_OP_EQ: return c == 0;
    case TPY_CMP_OP_NE: return c != 0;
    case TPY_CMP_OP_GT: return c > 0;
    case TPY_CMP_OP_GE: return c >= 0;
    }
    return false;
}

TpyObject *tpy_int_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_int_check(a) || !tpy_int_check(b))
        return tpy_newref(tpy_NotImplemented);
    return tpy_bool_from(compare_result(tpy_int_compare(a, b), op));
}

static int64_t int_hash_slot(TpyObject *a)
{
    return tpy_int_hash(a);
}

static int int_truth(TpyObject *a)
{
    return tpy_int_sign(a) != 0;
}

static void int_dealloc(TpyObject *o)
{
    mpz_clear(TPY_BIGINT(o)->value);
    tpy_object_free(o);
}

// int(), int(x), int(s, base)
static TpyObject *int_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                TpyObject *kwnames)
{
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    TpyObject *x = NULL, *base_obj = NULL;
    if (nargs > 2 || nargs + nkw > 2)
        return tpy_err_format(&tpy_TypeError_type, "int() takes at most 2 arguments (%lld given)",
                              (long long)(nargs + nkw));
    if (nargs >= 1)
        x = args[0];
    if (nargs == 2)
        base_obj = args[1];
    for (int64_t k = 0; k < nkw; k++) {
        TpyObject *name = TPY_TUPLE_ITEMS(kwnames)[k];
        if (tpy_str_equal_cstr(name, "base"))
            base_obj = args[nargs + k];
        else
            return tpy_err_format(&tpy_TypeError_type,
                                  "'%s' is an invalid keyword argument for int()",
                                  tpy_str_as_utf8(name, NULL));
    }
    if (x == NULL) {
        if (base_obj != NULL)
            return tpy_err_format(&tpy_TypeError_type, "int() missing string argument");
        return tpy_smallint(0);
    }
    if (base_obj != NULL) {
        int64_t base = tpy_number_as_i64(base_obj);
        if (base == -1 && tpy_err_occurred())
            return NULL;
        if (base != 0 && (base < 2 || base > 36))
            return tpy_err_format(&tpy_ValueError_type, "int() base must be >= 2 and <= 36, or 0");
        return tpy_int_from_str(x, (int)base);
    }
    if (tpy_int_check(x))
        return tpy_int_pos(x);
    if (tpy_float_check(x))
        return tpy_int_from_double(TPY_FLOAT_VALUE(x));
    if (tpy_str_check(x))
        return tpy_int_from_str(x, 10);
    return tpy_err_format(&tpy_TypeError_type,
                          "int() argument must be a string, a bytes-like object or a real "
                          "number, not '%s'",
                          tpy_type_of(x)->name);
}

static size_t int_size_of(TpyObject *a)
{
    // A small int lives in the referring pointer itself: 8 bytes.
    if (tpy_is_smallint(a))
        return sizeof(TpyObject *);
    if (a->type == &tpy_bool_type)
        return a->type->basicsize;
    return sizeof(TpyBigInt) + mpz_size(TPY_BIGINT(a)->value) * sizeof(mp_limb_t);
}

static TpyObject *int_getattr(TpyObject *self, TpyObject *name)
{
    if (tpy_str_equal_cstr(name, "real") || tpy_str_equal_cstr(name, "numerator"))
        return tpy_int_pos(self);
    if (tpy_str_equal_cstr(name, "imag"))
        return tpy_smallint(0);
    if (tpy_str_equal_cstr(name, "denominator"))
        return tpy_smallint(1);
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          tpy_type_of(self)->name, tpy_str_as_utf8(name, NULL));
}

TpyType tpy_int_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "int",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyBigInt),
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = int_dealloc,
    .repr = tpy_int_repr,
    .hash = int_hash_slot,
    .richcompare = tpy_int_richcompare,
    .truth = int_truth,
    .getattr = int_getattr,
    .methods = tpy_int_methods,   /* number_methods.c */
    .binop = tpy_int_binop,
    .unaryop = tpy_int_unaryop,
    .construct = int_construct,
    .size_of = int_size_of,
};
