/* runtime/func.h: function objects, closures and cells.
 *
 * A function is a code object plus what `def` evaluated at run time: the
 * module whose globals it reads, the default values of its parameters
 * (boxed objects, unboxed at the call) and the cells of the variables it
 * captures from enclosing functions.  Its `call` slot takes boxed arguments
 * (vectorcall convention), binds them to typed registers and runs the
 * interpreter, so natives (sorted(key=f), map) call Python functions with
 * tpy_object_call.  The interpreter calls functions directly without boxing
 * (CALL_FUNC) when the compiler knows the callee.
 *
 * A cell holds one variable shared between a function and the functions
 * nested in it: one TpyValue (two for complex) and its kind.
 */
#ifndef TPY_RUNTIME_FUNC_H
#define TPY_RUNTIME_FUNC_H

#include <stdbool.h>
#include <stdint.h>

#include "code.h"
#include "object.h"
#include "type.h"
#include "value.h"

extern TpyType tpy_function_type, tpy_cell_type;

typedef struct TpyFunction {
    TpyObject ob;
    TpyCode *code;            /* owned */
    TpyObject *module;        /* owned: the TpyModule whose globals the code uses */
    TpyObject **defaults;     /* owned array of code->nparams entries (NULL: no default), or NULL */
    TpyObject **cells;        /* owned array of ncells cells, or NULL */
    uint32_t ncells;
    TpyObject *name;          /* owned str */
    TpyObject *qualname;      /* owned str */
    TpyObject *cls;           /* owned: the class of a method (for super()), or NULL */
    TpyObject *weaklist;      /* weak references (weakref.h); not owned */
} TpyFunction;

typedef struct TpyCell {
    TpyObject ob;
    TpyValue value[2];        /* OBJ: owned reference or NULL (empty) */
    uint8_t kind;             /* TpyValueKind */
    bool set;                 /* false: empty (unboxed kinds) */
} TpyCell;

static inline bool tpy_function_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_function_type;
}

/* A new function over `code` (borrowed, increfed) reading globals of `module`
 * (borrowed).  Defaults and cells are attached by the caller (MAKE_FUNCTION).
 * New reference, NULL with an exception. */
TpyObject *tpy_function_new(TpyCode *code, TpyObject *module);

/* The call slot: boxed arguments, keyword names, defaults, *args and **kwargs
 * bound like CPython; returns the result boxed.  New reference or NULL. */
TpyObject *tpy_function_call(TpyObject *func, TpyObject *const *args, int64_t nargs,
                             TpyObject *kwnames);

/* Bind boxed arguments (borrowed) to the parameter registers of a fresh
 * frame of `f` (defaults, *args, **kwargs, CPython's TypeErrors).  0 / -1. */
int tpy_function_bind(TpyFunction *f, TpyValue *regs, TpyObject *const *args, int64_t nargs,
                      TpyObject *kwnames);

/* A new empty cell of `kind`.  New reference. */
TpyObject *tpy_cell_new(TpyValueKind kind);

/* Box a register value of `kind` (new reference; NULL for an unbound OBJ). */
TpyObject *tpy_value_box(const TpyValue *v, TpyValueKind kind);
/* Unbox `o` (borrowed) into slot(s) of `kind`: OBJ stores a new reference,
 * F64 accepts float and int, I64 a bool, C128 complex/float/int.  0 / -1. */
int tpy_value_unbox(TpyObject *o, TpyValueKind kind, TpyValue *out);

#endif
