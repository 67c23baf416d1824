/* runtime/complex.h: the complex type (two boxed doubles) and its arithmetic.
 *
 * The arithmetic works on TpyComplexValue pairs so compiled code can keep
 * complex numbers unboxed and call the same functions.
 */
#ifndef TPY_RUNTIME_COMPLEX_H
#define TPY_RUNTIME_COMPLEX_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_complex_type;

typedef struct TpyComplexValue {
    double real, imag;
} TpyComplexValue;

typedef struct TpyComplex {
    TpyObject ob;
    TpyComplexValue value;
} TpyComplex;

#define TPY_COMPLEX_VALUE(o) (((TpyComplex *)(o))->value)

static inline bool tpy_complex_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_complex_type;
}

TpyObject *tpy_complex_from_doubles(double real, double imag);
/* complex(x) of int/float/complex: 0 or -1 with an exception. */
int tpy_complex_as_value(TpyObject *o, TpyComplexValue *out);

/* Arithmetic with CPython's algorithms (Objects/complexobject.c). */
TpyComplexValue tpy_complex_add(TpyComplexValue a, TpyComplexValue b);
TpyComplexValue tpy_complex_sub(TpyComplexValue a, TpyComplexValue b);
TpyComplexValue tpy_complex_mul(TpyComplexValue a, TpyComplexValue b);

/* The same three, inline for the interpreter's C128 instructions (the
 * functions above stay plain C entry points for the JIT).  CPython's formulas
 * exactly: the build uses -ffp-contract=off, so no FMA changes a bit. */
static inline TpyComplexValue tpy_complex_add_inline(TpyComplexValue a, TpyComplexValue b)
{
    return (TpyComplexValue){a.real + b.real, a.imag + b.imag};
}

static inline TpyComplexValue tpy_complex_sub_inline(TpyComplexValue a, TpyComplexValue b)
{
    return (TpyComplexValue){a.real - b.real, a.imag - b.imag};
}

static inline TpyComplexValue tpy_complex_mul_inline(TpyComplexValue a, TpyComplexValue b)
{
    return (TpyComplexValue){a.real * b.real - a.imag * b.imag,
                             a.real * b.imag + a.imag * b.real};
}
/* ZeroDivisionError "complex division by zero" -> -1. */
int tpy_complex_div(TpyComplexValue a, TpyComplexValue b, TpyComplexValue *out);
/* a ** b: ZeroDivisionError "0.0 to a negative or complex power",
 * OverflowError "complex exponentiation". */
int tpy_complex_pow(TpyComplexValue a, TpyComplexValue b, TpyComplexValue *out);
/* abs(z) = hypot; OverflowError "absolute value too large". */
int tpy_complex_abs(TpyComplexValue a, double *out);
int64_t tpy_complex_hash_value(TpyComplexValue v, TpyObject *obj);
/* repr into buf (>= 64 bytes): "(1+2j)", "1j", "(-0-1j)", "(nan+infj)". */
int tpy_complex_repr_buf(TpyComplexValue v, char *buf, size_t size);

TpyObject *tpy_complex_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op);

#endif
