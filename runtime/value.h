/* runtime/value.h: unboxed values in registers, fields and globals.
 *
 * The bytecode is typed (see docs/design.md, "Bytecode"): where the checker
 * proved a value is a float, bool or complex, it lives unboxed in an 8-byte
 * slot; everything else (int included: a tagged small int or a big int
 * pointer, see object.h) is a TpyObject * that the slot owns.  The same slot
 * representation is used by interpreter registers, instance fields, module
 * globals and closure cells, and by JIT-generated code, so values move between
 * them without conversion.  A complex value takes two consecutive slots
 * (real, imaginary).
 *
 * Slots of kind OBJ hold a strong reference or NULL ("unbound"); the owner
 * (frame, instance, module) releases them with tpy_value_clear.
 */
#ifndef TPY_RUNTIME_VALUE_H
#define TPY_RUNTIME_VALUE_H

#include <stdint.h>

#include "object.h"

typedef union TpyValue {
    TpyObject *o;      /* OBJ: owned reference or NULL; ints are tagged here */
    double f;          /* F64 (also each half of a complex) */
    int64_t i;         /* I64: bool (0/1) and internal counters */
} TpyValue;

typedef enum TpyValueKind {
    TPY_KIND_OBJ = 0,  /* refcounted (int, str, list, instances, None, Optional[float], ...) */
    TPY_KIND_F64 = 1,  /* float */
    TPY_KIND_I64 = 2,  /* bool, and machine integers the compiler introduces */
    TPY_KIND_C128 = 3  /* complex: this slot is the real part, the next slot the imaginary part */
} TpyValueKind;

/* Number of 8-byte slots a value of `kind` occupies. */
static inline int tpy_value_kind_slots(TpyValueKind kind)
{
    return kind == TPY_KIND_C128 ? 2 : 1;
}

#endif
