/* runtime/complex.c: Python's complex: two doubles, CPython's algorithms.
 *
 * Division is Smith's algorithm as in CPython's _Py_c_quot (scale by the
 * larger component of the divisor); ** uses repeated squaring for integral
 * real exponents up to 100 (c_powi) and the polar formula otherwise
 * (_Py_c_pow), so results match CPython bit for bit.  abs() is hypot().
 * repr prints each part with the float repr digits but without '.0':
 * "(1+2j)", "1j" (a +0.0 real part is left out), "(-0-1j)", "(nan+infj)".
 * The hash combines the parts' float hashes: real + 1000003 * imag.
 */
#include "complex.h"
#include "number_methods.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- values */

TpyObject *tpy_complex_from_doubles(double real, double imag)
{
    TpyObject *o = tpy_object_new(&tpy_complex_type);
    if (o == NULL)
        return NULL;
    TPY_COMPLEX_VALUE(o) = (TpyComplexValue){real, imag};
    return o;
}

int tpy_complex_as_value(TpyObject *o, TpyComplexValue *out)
{
    if (tpy_complex_check(o)) {
        *out = TPY_COMPLEX_VALUE(o);
        return 0;
    }
    double d;
    if (tpy_float_check(o) || tpy_int_check(o)) {
        if (tpy_float_as_double(o, &d) < 0)
            return -1;
        *out = (TpyComplexValue){d, 0.0};
        return 0;
    }
    tpy_err_format(&tpy_TypeError_type, "must be real number, not %s", tpy_type_of(o)->name);
    return -1;
}

TpyComplexValue tpy_complex_add(TpyComplexValue a, TpyComplexValue b)
{
    return tpy_complex_add_inline(a, b);
}

TpyComplexValue tpy_complex_sub(TpyComplexValue a, TpyComplexValue b)
{
    return tpy_complex_sub_inline(a, b);
}

TpyComplexValue tpy_complex_mul(TpyComplexValue a, TpyComplexValue b)
{
    return tpy_complex_mul_inline(a, b);
}

// _Py_c_quot: returns false for division by zero.
static bool quotient(TpyComplexValue a, TpyComplexValue b, TpyComplexValue *r)
{
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *r = (TpyComplexValue){0.0, 0.0};
            return false;
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        r->real = (a.real + a.imag * ratio) / denom;
        r->imag = (a.imag - a.real * ratio) / denom;
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r->real = (a.real * ratio + a.imag) / denom;
        r->imag = (a.imag * ratio - a.real) / denom;
    } else {
        r->real = r->imag = NAN;   // a nan component in b
    }
    return true;
}

int tpy_complex_div(TpyComplexValue a, TpyComplexValue b, TpyComplexValue *out)
{
    if (!quotient(a, b, out)) {
        tpy_err_format(&tpy_ZeroDivisionError_type, "complex division by zero");
        return -1;
    }
    return 0;
}

static TpyComplexValue power_unsigned(TpyComplexValue x, long n)
{
    TpyComplexValue r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = tpy_complex_mul(r, p);
        p = tpy_complex_mul(p, p);
    }
    return r;
}

int tpy_complex_pow(TpyComplexValue a, TpyComplexValue b, TpyComplexValue *out)
{
    TpyComplexValue r;
    int err = 0;   // EDOM / ERANGE as in CPython
    errno = 0;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        if (n > 0)
            r = power_unsigned(a, n);
        else if (!quotient((TpyComplexValue){1.0, 0.0}, power_unsigned(a, -n), &r))
            err = EDOM;
    } else if (b.real == 0.0 && b.imag == 0.0) {
        r = (TpyComplexValue){1.0, 0.0};
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            err = EDOM;
        r = (TpyComplexValue){0.0, 0.0};
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    // _Py_ADJUST_ERANGE2: only an infinite part counts as overflow.
    if (err == 0 && (isinf(r.real) || isinf(r.imag)))
        err = ERANGE;
    if (err == EDOM) {
        tpy_err_format(&tpy_ZeroDivisionError_type, "0.0 to a negative or complex power");
        return -1;
    }
    if (err == ERANGE) {
        tpy_err_format(&tpy_OverflowError_type, "complex exponentiation");
        return -1;
    }
    *out = r;
    return 0;
}

int tpy_complex_abs(TpyComplexValue a, double *out)
{
    if (isinf(a.real) || isinf(a.imag)) {
        *out = INFINITY;
        return 0;
    }
    if (isnan(a.real) || isnan(a.imag)) {
        *out = NAN;
        return 0;
    }
    double r = hypot(a.real, a.imag);
    if (isinf(r)) {
        tpy_err_format(&tpy_OverflowError_type, "absolute value too large");
        return -1;
    }
    *out = r;
    return 0;
}

int64_t tpy_complex_hash_value(TpyComplexValue v, TpyObject *obj)
{
    uint64_t hr = (uint64_t)tpy_float_hash_d(obj, v.real);
    uint64_t hi = (uint64_t)tpy_float_hash_d(obj, v.imag);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

int tpy_complex_repr_buf(TpyComplexValue v, char *buf, size_t size)
{
    char re[40], im[40];
    tpy_float_format_r(v.imag, im, sizeof im, false, false);
    if (v.real == 0.0 && !signbit(v.real))
        return snprintf(buf, size, "%sj", im);
    tpy_float_format_r(v.real, re, sizeof re, false, false);
    tpy_float_format_r(v.imag, im, sizeof im, false, true);
    return snprintf(buf, size, "(%s%sj)", re, im);
}

/* ---------------------------------------------------------------- the type */

static TpyObject *complex_repr(TpyObject *o)
{
    char buf[96];
    int n = tpy_complex_repr_buf(TPY_COMPLEX_VALUE(o), buf, sizeof buf);
    return tpy_str_from_utf8(buf, (size_t)n);
}

static bool is_number(TpyObject *o)
{
    return tpy_complex_check(o) || tpy_float_check(o) || tpy_int_check(o);
}

TpyObject *tpy_complex_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (!(tpy_complex_check(a) || tpy_complex_check(b)) || !is_number(a) || !is_number(b))
        return tpy_newref(tpy_NotImplemented);
    TpyComplexValue x, y, r;
    switch (op) {
    case TPY_BINOP_ADD: case TPY_BINOP_SUB: case TPY_BINOP_MUL:
    case TPY_BINOP_TRUEDIV: case TPY_BINOP_POW:
        break;
    default:
        return tpy_newref(tpy_NotImplemented);
    }
    if (tpy_complex_as_value(a, &x) < 0 || tpy_complex_as_value(b, &y) < 0)
        return NULL;
    switch (op) {
    case TPY_BINOP_ADD: r = tpy_complex_add(x, y); break;
    case TPY_BINOP_SUB: r = tpy_complex_sub(x, y); break;
    case TPY_BINOP_MUL: r = tpy_complex_mul(x, y); break;
    case TPY_BINOP_TRUEDIV:
        if (tpy_complex_div(x, y, &r) < 0)
            return NULL;
        break;
    default:
        if (tpy_complex_pow(x, y, &r) < 0)
            return NULL;
        break;
    }
    return tpy_complex_from_doubles(r.real, r.imag);
}

static TpyObject *complex_unaryop(TpyObject *a, TpyUnaryOp op)
{
    TpyComplexValue v = TPY_COMPLEX_VALUE(a);
    double d;
    switch (op) {
    case TPY_UNOP_NEG: return tpy_complex_from_doubles(-v.real, -v.imag);
    case TPY_UNOP_POS: return tpy_complex_from_doubles(v.real, v.imag);
    case TPY_UNOP_ABS:
        if (tpy_complex_abs(v, &d) < 0)
            return NULL;
        return tpy_float_from_double(d);
    default: return tpy_newref(tpy_NotImplemented);
    }
}

static TpyObject *complex_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if ((op != TPY_CMP_OP_EQ && op != TPY_CMP_OP_NE) || !tpy_complex_check(a) || !is_number(b))
        return tpy_newref(tpy_NotImplemented);
    TpyComplexValue x = TPY_COMPLEX_VALUE(a);
    bool equal;
    if (tpy_complex_check(b)) {
        TpyComplexValue y = TPY_COMPLEX_VALUE(b);
        equal = x.real == y.real && x.imag == y.imag;
    } else {
        equal = x.imag == 0.0 && tpy_float_compare(x.real, b) == 0;
    }
    return tpy_bool_from(op == TPY_CMP_OP_EQ ? equal : !equal);
}

static int64_t complex_hash(TpyObject *o)
{
    return tpy_complex_hash_value(TPY_COMPLEX_VALUE(o), o);
}

static int complex_truth(TpyObject *o)
{
    TpyComplexValue v = TPY_COMPLEX_VALUE(o);
    return v.real != 0.0 || v.imag != 0.0;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// complex("1+2j"): CPython's complex_subtype_from_string grammar, parsed with
// float parsing for each part.
static TpyObject *complex_from_text(TpyObject *s)
{
    size_t len;
    const char *t = tpy_str_as_utf8(s, &len);
    if (t == NULL)
        return NULL;
    size_t i = 0, end = len;
    while (i < end && is_space(t[i]))
        i++;
    while (end > i && is_space(t[end - 1]))
        end--;
    if (i < end && t[i] == '(' && end - i >= 2 && t[end - 1] == ')') {
        i++, end--;
        while (i < end && is_space(t[i]))
            i++;
        while (end > i && is_space(t[end - 1]))
            end--;
    }
    double re = 0.0, im = 0.0;
    bool ok = i < end;
    if (ok) {
        // Split at the sign that starts the imaginary part (not an exponent's).
        size_t split = end;
        bool imaginary = t[end - 1] == 'j' || t[end - 1] == 'J';
        if (imaginary) {
            for (size_t k = end - 1; k > i; k--) {
                if ((t[k] == '+' || t[k] == '-') && t[k - 1] != 'e' && t[k - 1] != 'E') {
                    split = k;
                    break;
                }
            }
            if (split == end)
                split = i;
        }
        TpyObject *part;
        if (split > i) {
            part = tpy_float_from_utf8(t + i, split - i, NULL);
            if (part == NULL)
                ok = false;
            else {
                re = TPY_FLOAT_VALUE(part);
                tpy_decref(part);
            }
        }
        if (ok && imaginary) {
            size_t n = end - 1 - split;
            const char *p = t + split;
            if (n == 0 || (n == 1 && (p[0] == '+' || p[0] == '-')))
                im = (n == 1 && p[0] == '-') ? -1.0 : 1.0;
            else if ((part = tpy_float_from_utf8(p, n, NULL)) == NULL)
                ok = false;
            else {
                im = TPY_FLOAT_VALUE(part);
                tpy_decref(part);
            }
            if (ok && n > 0 && (p[n - 1] == '+' || p[n - 1] == '-') && n > 1)
                ok = false;
        }
    }
    if (!ok) {
        tpy_err_clear();
        return tpy_err_format(&tpy_ValueError_type, "complex() arg is a malformed string");
    }
    return tpy_complex_from_doubles(re, im);
}

static TpyObject *complex_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                    TpyObject *kwnames)
{
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    TpyObject *real = NULL, *imag = NULL;
    if (nargs > 2)
        return tpy_err_format(&tpy_TypeError_type,
                              "complex() takes at most 2 arguments (%lld given)", (long long)nargs);
    if (nargs >= 1)
        real = args[0];
    if (nargs == 2)
        imag = args[1];
    for (int64_t k = 0; k < nkw; k++) {
        TpyObject *name = TPY_TUPLE_ITEMS(kwnames)[k];
        if (tpy_str_equal_cstr(name, "real") && real == NULL)
            real = args[nargs + k];
        else if (tpy_str_equal_cstr(name, "imag") && imag == NULL)
            imag = args[nargs + k];
        else
            return tpy_err_format(&tpy_TypeError_type,
                                  "'%s' is an invalid keyword argument for complex()",
                                  tpy_str_as_utf8(name, NULL));
    }
    if (real != NULL && tpy_str_check(real)) {
        if (imag != NULL)
            return tpy_err_format(&tpy_TypeError_type,
                                  "complex() can't take second arg if first is a string");
        return complex_from_text(real);
    }
    if (imag != NULL && tpy_str_check(imag))
        return tpy_err_format(&tpy_TypeError_type, "complex() second arg can't be a string");
    TpyComplexValue r = {0.0, 0.0}, i = {0.0, 0.0};
    if (real != NULL && !is_number(real))
        return tpy_err_format(&tpy_TypeError_type,
                              "complex() first argument must be a string or a number, not '%s'",
                              tpy_type_of(real)->name);
    if (imag != NULL && !is_number(imag))
        return tpy_err_format(&tpy_TypeError_type,
                              "complex() second argument must be a number, not '%s'",
                              tpy_type_of(imag)->name);
    if (real != NULL && tpy_complex_as_value(real, &r) < 0)
        return NULL;
    if (imag != NULL && tpy_complex_as_value(imag, &i) < 0)
        return NULL;
    // (a + bj) + (c + dj) * 1j, as CPython computes it: only the parts that
    // are complex contribute a correction, so complex(-0.0, -0.0) keeps both
    // signs (0.0 + -0.0 would be 0.0).
    bool r_complex = real != NULL && tpy_complex_check(real);
    bool i_complex = imag != NULL && tpy_complex_check(imag);
    double re = r.real, im = imag == NULL ? r.imag : i.real;
    if (i_complex)
        re -= i.imag;
    if (r_complex && imag != NULL)
        im += r.imag;
    return tpy_complex_from_doubles(re, im);
}

static TpyObject *complex_getattr(TpyObject *self, TpyObject *name)
{
    if (tpy_str_equal_cstr(name, "real"))
        return tpy_float_from_double(TPY_COMPLEX_VALUE(self).real);
    if (tpy_str_equal_cstr(name, "imag"))
        return tpy_float_from_double(TPY_COMPLEX_VALUE(self).imag);
    return tpy_err_format(&tpy_AttributeError_type, "'complex' object has no attribute '%s'",
                          tpy_str_as_utf8(name, NULL));
}

static size_t complex_size_of(TpyObject *o)
{
    return sizeof(TpyComplex);
}

TpyType tpy_complex_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "complex",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyComplex),
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = tpy_object_free,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .truth = complex_truth,
    .getattr = complex_getattr,
    .methods = tpy_complex_methods,   /* number_methods.c */
    .binop = tpy_complex_binop,
    .unaryop = complex_unaryop,
    .construct = complex_construct,
    .size_of = complex_size_of,
};
