/* runtime/number_methods.c: the method tables of int (and so bool), float and complex.
 *
 * TpyNativeFn wrappers (args[0] is self; for classmethods, the class) with
 * CPython 3.11's argument handling and messages.  The operators themselves
 * (+, <, abs(), ...) are type slots (int.c, float.c, complex.c); what lives
 * here is what scripts call by name: bit_length, to_bytes, from_bytes,
 * as_integer_ratio, hex, fromhex, conjugate, is_integer and the dunders that
 * round(), math.floor/ceil/trunc and int() dispatch to.
 *
 * Algorithms: int.to_bytes/from_bytes go through GMP's mpz_export/import
 * (two's complement done by adding 2**(8*length)); float.hex is CPython's
 * float_hex digit loop; float.fromhex validates CPython's grammar and lets
 * the C library's strtod round the hexadecimal value (glibc rounds hex input
 * correctly, subnormals included); round(int, -n) is round-half-even on
 * exact integers.
 */
#include "number_methods.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "bytes.h"
#include "complex.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- int */

#define INT_NOARGS(name, ...)                                                             \
    static TpyObject *int_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        if (tpy_args_none("int." #name, nargs - 1, kwnames) < 0)                          \
            return NULL;                                                                   \
        TpyObject *self = args[0];                                                         \
        __VA_ARGS__                                                                        \
    }

INT_NOARGS(bit_length, { return tpy_int_from_i64(tpy_int_bit_length(self)); })
INT_NOARGS(conjugate, { return tpy_int_pos(self); })
INT_NOARGS(__index__, { return tpy_int_pos(self); })
INT_NOARGS(__int__, { return tpy_int_pos(self); })
INT_NOARGS(__trunc__, { return tpy_int_pos(self); })
INT_NOARGS(__floor__, { return tpy_int_pos(self); })
INT_NOARGS(__ceil__, { return tpy_int_pos(self); })
INT_NOARGS(__float__, {
    double d;
    return tpy_int_as_double(self, &d) < 0 ? NULL : tpy_float_from_double(d);
})
INT_NOARGS(bit_count, {
    mpz_t z;
    mpz_init(z);
    tpy_int_get_mpz(self, z);
    mpz_abs(z, z);
    uint64_t n = mpz_popcount(z);
    mpz_clear(z);
    return tpy_int_from_u64(n);
})
INT_NOARGS(as_integer_ratio, {
    TpyObject *num = tpy_int_pos(self);
    if (num == NULL)
        return NULL;
    TpyObject *r = tpy_tuple_pack(2, num, tpy_smallint(1));
    tpy_decref(num);
    return r;
})

/* "big" -> 1, "little" -> 0, else ValueError; -1 on error. */
static int parse_byteorder(TpyObject *o, const char *fname)
{
    if (o == NULL)
        return 1;
    if (!tpy_str_check(o)) {
        tpy_err_format(&tpy_TypeError_type, "%s() argument 'byteorder' must be str, not %s", fname,
                       tpy_type_of(o)->name);
        return -1;
    }
    if (tpy_str_equal_cstr(o, "big"))
        return 1;
    if (tpy_str_equal_cstr(o, "little"))
        return 0;
    tpy_err_format(&tpy_ValueError_type, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* to_bytes(length=1, byteorder='big', *, signed=False) */
static TpyObject *int_to_bytes(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"length", "byteorder", "signed", NULL};
    TpyArgSpec spec = {"to_bytes", params, 0, 2, 0, TPY_ARGS_CLINIC, false};
    TpyObject *v[3];
    int64_t length = 1;
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0 ||
        (v[0] != NULL && tpy_args_i64(v[0], &length) < 0))
        return NULL;
    int big = parse_byteorder(v[1], "to_bytes");
    int is_signed = v[2] == NULL ? 0 : tpy_object_is_true(v[2]);
    if (big < 0 || is_signed < 0)
        return NULL;
    if (length < 0)
        return tpy_err_format(&tpy_ValueError_type, "length argument must be non-negative");
    mpz_t z, limit;
    mpz_init(z);
    mpz_init(limit);
    tpy_int_get_mpz(args[0], z);
    TpyObject *result = NULL;
    if (!is_signed && mpz_sgn(z) < 0) {
        tpy_err_format(&tpy_OverflowError_type, "can't convert negative int to unsigned");
        goto done;
    }
    // Fits if bit_length (plus a sign bit when signed) <= 8 * length.
    size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    if (is_signed && mpz_sgn(z) < 0) {
        mpz_add_ui(limit, z, 1);   // -x-1 has the bit length that must fit
        mpz_neg(limit, limit);
        bits = mpz_sgn(limit) == 0 ? 0 : mpz_sizeinbase(limit, 2);
    }
    if ((uint64_t)bits + (is_signed ? 1 : 0) > (uint64_t)length * 8) {
        tpy_err_format(&tpy_OverflowError_type, "int too big to convert");
        goto done;
    }
    if (mpz_sgn(z) < 0) {
        mpz_set_ui(limit, 1);
        mpz_mul_2exp(limit, limit, (mp_bitcnt_t)length * 8);
        mpz_add(z, z, limit);
    }
    result = tpy_bytes_from(NULL, length);
    if (result != NULL) {
        unsigned char *d = (unsigned char *)TPY_BYTES_DATA(result);
        memset(d, 0, (size_t)length);
        size_t count = 0;
        size_t used = mpz_sgn(z) == 0 ? 0 : (mpz_sizeinbase(z, 2) + 7) / 8;
        // Export most significant first into the tail of the buffer.
        if (used > 0)
            mpz_export(d + length - used, &count, 1, 1, 1, 0, z);
        if (!big)
            for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
                unsigned char t = d[i];
                d[i] = d[j];
                d[j] = t;
            }
        d[length] = 0;
    }
done:
    mpz_clear(z);
    mpz_clear(limit);
    return result;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod.
 * `bytes` may be any iterable of ints 0..255. */
static TpyObject *int_from_bytes(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"bytes", "byteorder", "signed", NULL};
    TpyArgSpec spec = {"from_bytes", params, 0, 2, 1, TPY_ARGS_CLINIC, false};
    TpyObject *v[3];
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0)
        return NULL;
    int big = parse_byteorder(v[1], "from_bytes");
    int is_signed = v[2] == NULL ? 0 : tpy_object_is_true(v[2]);
    if (big < 0 || is_signed < 0)
        return NULL;
    TpyObject *data;
    if (tpy_bytes_check(v[0])) {
        data = tpy_newref(v[0]);
    } else if (tpy_str_check(v[0]) || tpy_type_of(v[0])->iter == NULL) {
        return tpy_err_format(&tpy_TypeError_type, "cannot convert '%s' object to bytes",
                              tpy_type_of(v[0])->name);
    } else {
        TpyObject *list = tpy_list_from_iterable(v[0]);
        if (list == NULL)
            return NULL;
        data = tpy_bytes_from(NULL, TPY_LIST_SIZE(list));
        for (int64_t i = 0; data != NULL && i < TPY_LIST_SIZE(list); i++) {
            int64_t b;
            TpyObject *item = TPY_LIST_ITEMS(list)[i];
            if (tpy_args_i64(item, &b) < 0 || b < 0 || b > 255) {
                if (tpy_err_occurred() == NULL || tpy_err_matches(&tpy_OverflowError_type)) {
                    tpy_err_clear();
                    tpy_err_format(&tpy_ValueError_type, "bytes must be in range(0, 256)");
                }
                tpy_clear(data);
                break;
            }
            TPY_BYTES_DATA(data)[i] = (char)b;
        }
        tpy_decref(list);
        if (data == NULL)
            return NULL;
    }
    mpz_t z;
    mpz_init(z);
    int64_t n = TPY_BYTES_SIZE(data);
    if (n > 0)
        mpz_import(z, (size_t)n, big ? 1 : -1, 1, 1, 0, TPY_BYTES_DATA(data));
    if (is_signed && n > 0) {
        unsigned char top = (unsigned char)TPY_BYTES_DATA(data)[big ? 0 : n - 1];
        if (top & 0x80) {
            mpz_t limit;
            mpz_init_set_ui(limit, 1);
            mpz_mul_2exp(limit, limit, (mp_bitcnt_t)n * 8);
            mpz_sub(z, z, limit);
            mpz_clear(limit);
        }
    }
    tpy_decref(data);
    TpyObject *r = tpy_int_from_mpz(z);
    mpz_clear(z);
    TpyObject *cls = args[0];
    if (r != NULL && cls == &tpy_bool_type.ob) {
        TpyObject *b = tpy_bool_from(tpy_int_sign(r) != 0);
        tpy_decref(r);
        return b;
    }
    return r;
}

/* __round__(ndigits=None, /): negative ndigits round half to even. */
static TpyObject *int___round__(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("int.__round__", kwnames) < 0 ||
        tpy_args_positional("__round__", nargs - 1, kwnames, 0, 1) < 0)
        return NULL;
    TpyObject *self = args[0];
    if (nargs < 2 || args[1] == tpy_None)
        return tpy_int_pos(self);
    TpyObject *nd = tpy_number_index(args[1]);
    if (nd == NULL)
        return NULL;
    int sign = tpy_int_sign(nd);
    int64_t digits;
    bool small = tpy_int_to_i64(nd, &digits);
    tpy_decref(nd);
    if (sign >= 0)
        return tpy_int_pos(self);
    mpz_t x, m, q, r;
    mpz_inits(x, m, q, r, NULL);
    tpy_int_get_mpz(self, x);
    TpyObject *result;
    if (!small || digits < -(int64_t)mpz_sizeinbase(x, 10) - 1) {
        result = tpy_smallint(0);   // 10**-ndigits exceeds 2*|x|: rounds to 0
    } else {
        mpz_ui_pow_ui(m, 10, (unsigned long)-digits);
        mpz_fdiv_qr(q, r, x, m);
        mpz_mul_2exp(r, r, 1);
        int c = mpz_cmp(r, m);
        if (c > 0 || (c == 0 && mpz_odd_p(q)))
            mpz_add_ui(q, q, 1);
        mpz_mul(q, q, m);
        result = tpy_int_from_mpz(q);
    }
    mpz_clears(x, m, q, r, NULL);
    return result;
}

const TpyMethodDef tpy_int_methods[] = {
    {"as_integer_ratio", int_as_integer_ratio, 0},
    {"bit_count", int_bit_count, 0},
    {"bit_length", int_bit_length, 0},
    {"conjugate", int_conjugate, 0},
    {"from_bytes", int_from_bytes, TPY_METH_CLASS},
    {"to_bytes", int_to_bytes, 0},
    {"__ceil__", int___ceil__, 0},
    {"__float__", int___float__, 0},
    {"__floor__", int___floor__, 0},
    {"__index__", int___index__, 0},
    {"__int__", int___int__, 0},
    {"__round__", int___round__, 0},
    {"__trunc__", int___trunc__, 0},
    {NULL, NULL, 0},
};

/* ---------------------------------------------------------------- float */

// <float.h>'s DBL_MIN_EXP and DBL_MANT_DIG: runtime/float.h shadows the
// system header on the include path, so spell the IEEE double values out.
#define TPY_DBL_MIN_EXP (-1021)
#define TPY_DBL_MANT_DIG 53

#define FLOAT_NOARGS(name, ...)                                                             \
    static TpyObject *float_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                        \
        if (tpy_args_none("float." #name, nargs - 1, kwnames) < 0)                          \
            return NULL;                                                                     \
        double x = TPY_FLOAT_VALUE(args[0]);                                                 \
        __VA_ARGS__                                                                          \
    }

FLOAT_NOARGS(is_integer, { return tpy_bool_from(isfinite(x) && floor(x) == x); })
FLOAT_NOARGS(conjugate, { return tpy_float_from_double(x); })
FLOAT_NOARGS(__float__, { return tpy_float_from_double(x); })
FLOAT_NOARGS(__trunc__, { return tpy_int_from_double(x); })
FLOAT_NOARGS(__int__, { return tpy_int_from_double(x); })
FLOAT_NOARGS(__floor__, { return tpy_int_from_double(floor(x)); })
FLOAT_NOARGS(__ceil__, { return tpy_int_from_double(ceil(x)); })

FLOAT_NOARGS(as_integer_ratio, {
    if (isinf(x))
        return tpy_err_format(&tpy_OverflowError_type, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return tpy_err_format(&tpy_ValueError_type, "cannot convert NaN to integer ratio");
    int exponent;
    double mant = frexp(x, &exponent);
    for (int i = 0; i < 300 && mant != floor(mant); i++) {
        mant *= 2.0;
        exponent--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, mant);
    mpz_init_set_ui(den, 1);
    if (exponent > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)exponent);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exponent);
    TpyObject *n = tpy_int_from_mpz(num), *d = tpy_int_from_mpz(den);
    mpz_clears(num, den, NULL);
    TpyObject *r = n != NULL && d != NULL ? tpy_tuple_pack(2, n, d) : NULL;
    tpy_xdecref(n);
    tpy_xdecref(d);
    return r;
})

/* CPython's float_hex: one hex digit before the point, 13 after, exponent p+N. */
FLOAT_NOARGS(hex, {
    char buf[64];
    if (isnan(x) || isinf(x)) {
        tpy_float_repr_buf(x, buf, sizeof buf);
        return tpy_str_from_cstr(buf);
    }
    if (x == 0.0)
        return tpy_str_from_cstr(copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (TPY_DBL_MIN_EXP - e > 0 ? TPY_DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[32];
    int k = 0;
    digits[k++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    digits[k++] = '.';
    for (int i = 0; i < (TPY_DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[k++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    digits[k] = 0;
    snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+',
             e < 0 ? -e : e);
    return tpy_str_from_cstr(buf);
})

static bool is_hex_digit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

/* float.fromhex(string): [ws] [sign] ( inf | infinity | nan |
 * [0x] hexdigits [. hexdigits] [p [sign] decdigits] ) [ws] */
TpyObject *tpy_float_fromhex(TpyObject *s)
{
    if (!tpy_str_check(s))
        return tpy_err_format(&tpy_TypeError_type, "bad argument type for built-in operation");
    size_t len;
    const char *text = tpy_str_as_utf8(s, &len);
    if (text == NULL)
        return NULL;
    const char *p = text, *end = text + len;
    while (p < end && is_ascii_space(*p))
        p++;
    while (end > p && is_ascii_space(end[-1]))
        end--;
    size_t n = (size_t)(end - p);
    bool negative = n > 0 && *p == '-';
    const char *body = p + (n > 0 && (*p == '-' || *p == '+'));
    size_t bn = (size_t)(end - body);
    if ((bn == 3 && strncasecmp(body, "inf", 3) == 0) ||
        (bn == 8 && strncasecmp(body, "infinity", 8) == 0))
        return tpy_float_from_double(negative ? -INFINITY : INFINITY);
    if (bn == 3 && strncasecmp(body, "nan", 3) == 0)
        return tpy_float_from_double(negative ? -NAN : NAN);
    // Validate the grammar, then rebuild "0x<mantissa>p<exp>" for strtod.
    const char *q = body;
    if (bn >= 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'X'))
        q += 2;
    size_t ndigits = 0;
    const char *mant = q;
    while (q < end && is_hex_digit(*q))
        q++, ndigits++;
    if (q < end && *q == '.') {
        q++;
        while (q < end && is_hex_digit(*q))
            q++, ndigits++;
    }
    const char *mant_end = q;
    bool ok = ndigits > 0;
    if (ok && q < end && (*q == 'p' || *q == 'P')) {
        q++;
        if (q < end && (*q == '+' || *q == '-'))
            q++;
        const char *e0 = q;
        while (q < end && *q >= '0' && *q <= '9')
            q++;
        ok = q > e0;
    }
    if (!ok || q != end)
        return tpy_err_format(&tpy_ValueError_type, "invalid hexadecimal floating-point string");
    size_t mlen = (size_t)(mant_end - mant), elen = (size_t)(end - mant_end);
    char *buf = malloc(mlen + elen + 8);
    if (buf == NULL)
        return tpy_err_nomemory();
    int k = sprintf(buf, "%s0x", negative ? "-" : "");
    memcpy(buf + k, mant, mlen);
    k += (int)mlen;
    if (elen > 0)
        memcpy(buf + k, mant_end, elen);
    else
        memcpy(buf + k, "p0", 2), elen = 2;
    buf[k + (int)elen] = 0;
    errno = 0;
    double d = strtod(buf, NULL);
    int err = errno;
    free(buf);
    if (err == ERANGE && isinf(d))
        return tpy_err_format(&tpy_OverflowError_type,
                              "hexadecimal value too large to represent as a float");
    return tpy_float_from_double(d);
}

static TpyObject *float_fromhex(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("float.fromhex", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_float_fromhex(args[1]);
}

/* __round__(ndigits=None, /) */
static TpyObject *float___round__(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("float.__round__", kwnames) < 0 ||
        tpy_args_positional("__round__", nargs - 1, kwnames, 0, 1) < 0)
        return NULL;
    double x = TPY_FLOAT_VALUE(args[0]);
    if (nargs < 2 || args[1] == tpy_None)
        return tpy_float_round_to_int(x);
    int64_t ndigits;
    if (tpy_args_i64(args[1], &ndigits) < 0) {
        if (!tpy_err_matches(&tpy_OverflowError_type))
            return NULL;
        // Huge ndigits: CPython clamps to +-PY_SSIZE_T_MAX: x or 0.0.
        tpy_err_clear();
        ndigits = tpy_int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN + 1;
    }
    double out;
    if (tpy_float_round_d(x, ndigits, &out) < 0)
        return NULL;
    return tpy_float_from_double(out);
}

const TpyMethodDef tpy_float_methods[] = {
    {"as_integer_ratio", float_as_integer_ratio, 0},
    {"conjugate", float_conjugate, 0},
    {"fromhex", float_fromhex, TPY_METH_CLASS},
    {"hex", float_hex, 0},
    {"is_integer", float_is_integer, 0},
    {"__ceil__", float___ceil__, 0},
    {"__float__", float___float__, 0},
    {"__floor__", float___floor__, 0},
    {"__int__", float___int__, 0},
    {"__round__", float___round__, 0},
    {"__trunc__", float___trunc__, 0},
    {NULL, NULL, 0},
};

/* ---------------------------------------------------------------- complex */

static TpyObject *complex_conjugate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("complex.conjugate", nargs - 1, kwnames) < 0)
        return NULL;
    TpyComplexValue v = TPY_COMPLEX_VALUE(args[0]);
    return tpy_complex_from_doubles(v.real, -v.imag);
}

static TpyObject *complex___complex__(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("complex.__complex__", nargs - 1, kwnames) < 0)
        return NULL;
    TpyComplexValue v = TPY_COMPLEX_VALUE(args[0]);
    return tpy_complex_from_doubles(v.real, v.imag);
}

const TpyMethodDef tpy_complex_methods[] = {
    {"conjugate", complex_conjugate, 0},
    {"__complex__", complex___complex__, 0},
    {NULL, NULL, 0},
};
