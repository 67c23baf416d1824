/* runtime/code.h: code objects -- the compiled form of one function or module body.
 *
 * A code object is what the compiler (frontend/compile*.c) produces and what
 * the interpreter (interp.c) and, later, the JIT execute.  It holds:
 *  - the instructions: uint32_t units, `opcode | A << 8` then one unit per
 *    further operand (formats in opcodes.def);
 *  - the register table: how many 8-byte TpyValue registers a frame needs and
 *    the kind of each (OBJ registers are released on exit and unwinding);
 *  - constants (owned objects), native functions bound at compile time;
 *  - the line table (one line per code unit, so the line of any pc is an
 *    index) and the exception table: ranges [start, end) of code units whose
 *    exceptions jump to `handler` with the exception in register `exc_reg`,
 *    innermost ranges first (CPython 3.11's zero-cost tables).
 * Code objects are immutable once built and are themselves objects, so a
 * function's code can be a constant of the enclosing code.
 */
#ifndef TPY_RUNTIME_CODE_H
#define TPY_RUNTIME_CODE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "opcodes.h"
#include "type.h"
#include "value.h"

typedef struct TpyCode {
    TpyObject ob;
    char *name;                    /* "f", "<module>", "<lambda>", "<listcomp>" */
    char *qualname;                /* "C.f" */
    char *filename;                /* as given on the command line ("x.py") */
    int firstline;
    uint32_t flags;
    uint32_t *code;
    uint32_t ncode;
    uint32_t *lines;               /* line of each code unit */
    TpyObject **consts;            /* owned */
    uint32_t nconsts;
    const TpyMethodDef **natives;  /* static tables, not owned */
    uint32_t nnatives;
    uint8_t *reg_kinds;            /* TpyValueKind of each register (C128: both halves say C128) */
    char **reg_names;              /* for dis and messages: local names, NULL for temporaries */
    uint32_t nregs;
    /* Parameters: Python-level parameters in order (positional, then *args,
     * then keyword-only, then **kwargs); param_regs[i] is where parameter i
     * lives, param_kinds[i] its kind. */
    uint32_t nparams;              /* all parameters */
    uint32_t npositional;          /* positional (incl. positional-only) */
    uint32_t nposonly;
    uint32_t nkwonly;
    char **param_names;
    uint32_t *param_regs;
    uint8_t *param_kinds;
    uint8_t ret_kind;              /* TpyValueKind of the result */
    TpyExcEntry *exc;
    uint32_t nexc;
    void *jit;                     /* reserved for the JIT (part 4) */
    /* Inline caches of the attribute and method-call sites (icache.h), one
     * per 'i' operand, numbered by tpy_icache_setup; owned, zero-filled. */
    struct TpyInlineCache *caches;
    uint32_t ncaches;
    TpyObject *doc;                /* owned docstring (str) of the body, or NULL */
} TpyCode;

extern TpyType tpy_code_type;

static inline bool tpy_code_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_code_type;
}

/* An empty code object; the compiler fills the fields (all malloc'd; the
 * code object frees them).  New reference, NULL with MemoryError. */
TpyCode *tpy_code_new(const char *name, const char *qualname, const char *filename, int firstline);

/* The source line of code unit `pc`. */
int tpy_code_line(const TpyCode *code, uint32_t pc);

/* The innermost exception-table entry covering `pc`, or NULL. */
const TpyExcEntry *tpy_code_find_handler(const TpyCode *code, uint32_t pc);

#endif
