/* runtime/int.h: Python's int: tagged small ints plus GMP big ints.
 *
 * An int is either a tagged small int (object.h: 63-bit value in the pointer,
 * no allocation) or a heap TpyBigInt holding an mpz_t, used only when the
 * value does not fit: every result is normalised back to the tagged form when
 * it fits, so two equal ints always have the same representation.  bool is a
 * subclass (bool.h): True/False are accepted wherever an int is.
 *
 * Conventions: TpyObject * results are new references, NULL with an exception
 * pending.  Arguments of tpy_int_* must be ints (tpy_int_check), unless the
 * function says otherwise.
 */
#ifndef TPY_RUNTIME_INT_H
#define TPY_RUNTIME_INT_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

typedef struct TpyBigInt {
    TpyObject ob;
    mpz_t value;      /* never fits a small int (normalisation invariant) */
} TpyBigInt;

#define TPY_BIGINT(o) ((TpyBigInt *)(o))

/* int or a subclass (bool), tagged or boxed. */
bool tpy_int_check(const TpyObject *o);
/* Exactly int (not bool). */
static inline bool tpy_int_check_exact(const TpyObject *o)
{
    return tpy_is_smallint(o) || o->type == &tpy_int_type;
}

/* CPython's limit on decimal digits for str <-> int (sys.set_int_max_str_digits);
 * 0 means no limit.  Default 4300. */
extern int64_t tpy_int_max_str_digits;

/* ---------------------------------------------------------------- creation, conversion */

TpyObject *tpy_int_from_i64(int64_t v);
TpyObject *tpy_int_from_u64(uint64_t v);
/* Copies z; normalises to a small int when it fits. */
TpyObject *tpy_int_from_mpz(const mpz_t z);
/* int(x) of a float: truncates.  OverflowError "cannot convert float infinity
 * to integer", ValueError "cannot convert float NaN to integer". */
TpyObject *tpy_int_from_double(double d);
/* int(s, base) from UTF-8 text (surrounding whitespace, sign, prefixes,
 * underscores).  `orig` (may be NULL) is the object whose repr goes into the
 * ValueError "invalid literal for int() with base 10: 'x'". */
TpyObject *tpy_int_from_utf8(const char *s, size_t len, int base, TpyObject *orig);
/* int(str_or_bytes, base): base check ("int() base must be >= 2 and <= 36, or 0"). */
TpyObject *tpy_int_from_str(TpyObject *s, int base);

/* A str's text with Unicode decimal digits mapped to ASCII digits, Unicode
 * spaces to ' ' and other non-ASCII characters to '?' (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII, used by int() and float()).
 * malloc'd, NUL-terminated; NULL with MemoryError. */
char *tpy_int_transform_decimal(TpyObject *s, size_t *len);

/* Exact value as int64: true if it fits (no exception either way). */
bool tpy_int_to_i64(TpyObject *o, int64_t *out);
/* Like tpy_int_to_i64 but raises OverflowError "Python int too large to
 * convert to C long" and returns -1 (check tpy_err_occurred). */
int64_t tpy_int_as_i64(TpyObject *o);
/* Correctly rounded (half-even) conversion; -1 with OverflowError "int too
 * large to convert to float". */
int tpy_int_as_double(TpyObject *o, double *out);
/* Copy any int's value into an initialised mpz. */
void tpy_int_get_mpz(TpyObject *o, mpz_t out);

/* ---------------------------------------------------------------- arithmetic */

TpyObject *tpy_int_add(TpyObject *a, TpyObject *b);
TpyObject *tpy_int_sub(TpyObject *a, TpyObject *b);
TpyObject *tpy_int_mul(TpyObject *a, TpyObject *b);
/* ZeroDivisionError "integer division or modulo by zero" */
TpyObject *tpy_int_floordiv(TpyObject *a, TpyObject *b);
/* ZeroDivisionError "integer modulo by zero" */
TpyObject *tpy_int_mod(TpyObject *a, TpyObject *b);
/* A 2-tuple (q, r). */
TpyObject *tpy_int_divmod(TpyObject *a, TpyObject *b);
/* a / b as a float, correctly rounded; ZeroDivisionError "division by zero",
 * OverflowError "integer division result too large for a float". */
TpyObject *tpy_int_truediv(TpyObject *a, TpyObject *b);
/* a ** b: an int for b >= 0, a float for b < 0 (ZeroDivisionError
 * "0.0 cannot be raised to a negative power"). MemoryError for absurd sizes. */
TpyObject *tpy_int_pow(TpyObject *a, TpyObject *b);
/* pow(a, b, m) for ints (negative b: modular inverse). */
TpyObject *tpy_int_pow_mod(TpyObject *a, TpyObject *b, TpyObject *m);
/* ValueError "negative shift count". */
TpyObject *tpy_int_lshift(TpyObject *a, TpyObject *b);
TpyObject *tpy_int_rshift(TpyObject *a, TpyObject *b);
TpyObject *tpy_int_and(TpyObject *a, TpyObject *b);
TpyObject *tpy_int_or(TpyObject *a, TpyObject *b);
TpyObject *tpy_int_xor(TpyObject *a, TpyObject *b);
TpyObject *tpy_int_neg(TpyObject *a);
TpyObject *tpy_int_pos(TpyObject *a);     /* plain int copy of a (bool -> int) */
TpyObject *tpy_int_abs(TpyObject *a);
TpyObject *tpy_int_invert(TpyObject *a);

/* <0, 0, >0. */
int tpy_int_compare(TpyObject *a, TpyObject *b);
/* Compare an int with a double exactly (nan compares unordered: returns 2). */
int tpy_int_compare_double(TpyObject *a, double d);
/* bool(a op d) for an int `a` and a float, exactly as CPython compares them
 * (CMP_INT_F64; nan: only != holds).  Cannot fail. */
bool tpy_int_cmp_double(TpyObject *a, double d, TpyCompareOp op);
/* CPython's hash: value mod 2**61-1 with the sign; never -1. */
int64_t tpy_int_hash(TpyObject *a);
int64_t tpy_int_bit_length(TpyObject *a);
/* Sign: -1, 0, 1. */
int tpy_int_sign(TpyObject *a);

/* ---------------------------------------------------------------- text */

/* str(a): decimal (ValueError past tpy_int_max_str_digits). */
TpyObject *tpy_int_to_decimal(TpyObject *a);
/* hex/oct/bin-style text in base 2, 8, 16 (with "0x"/"0o"/"0b" when prefix). */
TpyObject *tpy_int_to_base(TpyObject *a, int base, bool prefix);
/* Digits of |a| in `base` (2..36, lowercase) as a malloc'd NUL-terminated
 * string, for format.c; *negative gets the sign.  NULL with an exception
 * (MemoryError, or ValueError for the decimal digit limit). */
char *tpy_int_digits(TpyObject *a, int base, bool *negative);

/* The binop / unaryop slots of int (for bool.c and subclasses). */
TpyObject *tpy_int_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op);
TpyObject *tpy_int_unaryop(TpyObject *a, TpyUnaryOp op);
TpyObject *tpy_int_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);
TpyObject *tpy_int_repr(TpyObject *a);

#endif
