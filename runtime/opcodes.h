/* runtime/opcodes.h: the bytecode's vocabulary, with no other runtime types.
 *
 * This header is shared by the runtime (code.h, interp.c, dis.c) and the
 * compiler (frontend/compile*.c), whose own headers use some of the same
 * names as the runtime's (TpyType is a static type there, a type object
 * here), so it includes nothing but <stdint.h>.  The opcode list itself is
 * runtime/opcodes.def.
 */
#ifndef TPY_RUNTIME_OPCODES_H
#define TPY_RUNTIME_OPCODES_H

#include <stdint.h>

typedef enum TpyOpcode {
#define TPY_OP(name, format, doc) TPY_OP_##name,
#include "opcodes.def"
#undef TPY_OP
    TPY_OP__COUNT
} TpyOpcode;

/* "No register" for optional (x) operands: in A (24 bits) and in whole units. */
#define TPY_NO_REG_A 0xFFFFFFu
#define TPY_NO_REG 0xFFFFFFFFu

/* Operand format of each opcode ("rrr") and its name / description. */
extern const char *const tpy_opcode_formats[TPY_OP__COUNT];
extern const char *const tpy_opcode_names[TPY_OP__COUNT];
extern const char *const tpy_opcode_docs[TPY_OP__COUNT];

/* Number of code units of each opcode's instructions (from the formats). */
extern const uint8_t tpy_opcode_unit_counts[TPY_OP__COUNT];

/* Number of code units of an instruction with this opcode. */
static inline int tpy_opcode_units(int op)
{
    return tpy_opcode_unit_counts[op];
}

/* One entry of a code object's exception table. */
typedef struct TpyExcEntry {
    uint32_t start, end;      /* protected code units [start, end) */
    uint32_t handler;         /* where to continue */
    uint32_t exc_reg;         /* register receiving the exception (OBJ) */
    uint32_t temp_base;       /* OBJ registers >= this are released before the jump */
} TpyExcEntry;

/* Code object flags. */
enum {
    TPY_CODE_GENERATOR = 1 << 0,   /* calling it makes a generator */
    TPY_CODE_VARARGS = 1 << 1,     /* has *args (a tuple, in its register) */
    TPY_CODE_VARKW = 1 << 2,       /* has **kwargs (a dict) */
    TPY_CODE_MODULE = 1 << 3       /* a module body */
};

#endif
