/* runtime/float.h: the float type (a boxed IEEE double) and double helpers.
 *
 * Compiled code keeps floats unboxed; a TpyFloat exists only when a float is
 * stored in an object slot.  Freed floats go to a free list (the most common
 * allocation of numeric code).  The tpy_float_*_d helpers implement Python's
 * semantics on raw doubles, so the interpreter, the JIT and complex.c share
 * them: they return 0, or -1 with the exception CPython raises.
 */
#ifndef TPY_RUNTIME_FLOAT_H
#define TPY_RUNTIME_FLOAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_float_type;

typedef struct TpyFloat {
    TpyObject ob;
    double value;
} TpyFloat;

#define TPY_FLOAT_VALUE(o) (((TpyFloat *)(o))->value)

static inline bool tpy_float_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_float_type;
}

/* A new float object (new reference; NULL with MemoryError). */
TpyObject *tpy_float_from_double(double v);
/* float(x) for an int/bool/float: 0, or -1 with TypeError
 * "must be real number, not str" / OverflowError for huge ints. */
int tpy_float_as_double(TpyObject *o, double *out);
/* float(s) from UTF-8 text: whitespace, sign, underscores, inf/nan/infinity;
 * ValueError "could not convert string to float: 'x'" (orig's repr). */
TpyObject *tpy_float_from_utf8(const char *s, size_t len, TpyObject *orig);
/* float(str or bytes). */
TpyObject *tpy_float_from_str(TpyObject *s);

/* repr(v) into buf (at least 32 bytes): the shortest string that round-trips,
 * in CPython's format ("0.1", "1e+16", "inf", "-0.0").  Returns the length. */
int tpy_float_repr_buf(double v, char *buf, size_t size);
TpyObject *tpy_float_repr(TpyObject *o);
/* The same digits with CPython's flags: add_dot_zero ("1.0" vs "1", repr uses
 * it, complex parts do not), sign (always print '+' or '-'). */
int tpy_float_format_r(double v, char *buf, size_t size, bool add_dot_zero, bool sign);

/* The shortest round-tripping significant digits of v (finite, > 0) into
 * `digits` (>= 18 bytes, no trailing zeros); returns the decimal exponent of
 * the first digit (v = d.ddd * 10**exp). */
int tpy_float_shortest_digits(double v, char *digits);

/* Python operators on doubles (out may alias nothing). */
int tpy_float_div_d(double a, double b, double *out);        /* "float division by zero" */
int tpy_float_floordiv_d(double a, double b, double *out);   /* "float floor division by zero" */
int tpy_float_mod_d(double a, double b, double *out);        /* "float modulo" */
int tpy_float_divmod_d(double a, double b, double *q, double *r);   /* "float divmod()" */
/* a ** b.  Returns 0 with *out set, -1 with an exception, or 1 when the
 * result is complex (negative base, non-integer exponent): the caller then
 * computes it with complex.c (tpy_float_pow does). */
int tpy_float_pow_d(double a, double b, double *out);
/* a ** b as an object: float, or complex for a negative base with a
 * non-integer exponent. */
TpyObject *tpy_float_pow(double a, double b);
/* round(x, ndigits) correctly rounded (half-even on the exact decimal value). */
int tpy_float_round_d(double x, int64_t ndigits, double *out);
/* round(x) -> int (half-even); errors as int(float). */
TpyObject *tpy_float_round_to_int(double x);
/* CPython's _Py_HashDouble (obj is used for nan's identity hash). */
int64_t tpy_float_hash_d(TpyObject *obj, double v);
/* Exact comparison of a float with any float/int object (-2 if unordered
 * because of nan, else -1/0/1); -3 with TypeError for other types. */
int tpy_float_compare(double a, TpyObject *b);

TpyObject *tpy_float_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op);

#endif
