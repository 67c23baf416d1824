/* runtime/number_methods.h: the method tables of int, float and complex.
 *
 * Defined in number_methods.c; int.c, float.c and complex.c point their
 * type's `methods` slot at them (bool inherits int's through its base).
 * Classmethods (int.from_bytes, float.fromhex) are TPY_METH_CLASS entries
 * that receive the class as args[0].
 */
#ifndef TPY_RUNTIME_NUMBER_METHODS_H
#define TPY_RUNTIME_NUMBER_METHODS_H

#include "object.h"
#include "type.h"

extern const TpyMethodDef tpy_int_methods[];
extern const TpyMethodDef tpy_float_methods[];
extern const TpyMethodDef tpy_complex_methods[];

/* float.fromhex(s): ValueError "invalid hexadecimal floating-point string",
 * OverflowError "hexadecimal value too large to represent as a float". */
TpyObject *tpy_float_fromhex(TpyObject *s);

#endif
