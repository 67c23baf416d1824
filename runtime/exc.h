/* runtime/exc.h: raising and inspecting exceptions from C.
 *
 * One exception is "pending" at a time (tpy is single-threaded): a runtime
 * function that fails sets it and returns NULL / -1; callers propagate.  This
 * is CPython's convention and the JIT's too, so compiled and interpreted
 * frames unwind the same way.  No setjmp/longjmp anywhere: a jump across
 * frames would leak references (STYLE.md, "Errors").
 */
#ifndef TPY_RUNTIME_EXC_H
#define TPY_RUNTIME_EXC_H

#include "object.h"
#include "type.h"

/* The builtin exception types (the whole CPython 3.11 hierarchy lives in exc.c). */
extern TpyType tpy_BaseException_type, tpy_Exception_type, tpy_TypeError_type,
    tpy_ValueError_type, tpy_IndexError_type, tpy_KeyError_type, tpy_ZeroDivisionError_type,
    tpy_OverflowError_type, tpy_MemoryError_type, tpy_AttributeError_type,
    tpy_RuntimeError_type, tpy_RecursionError_type, tpy_StopIteration_type,
    tpy_NotImplementedError_type, tpy_AssertionError_type, tpy_NameError_type,
    tpy_UnboundLocalError_type, tpy_OSError_type, tpy_FileNotFoundError_type,
    tpy_KeyboardInterrupt_type, tpy_SystemExit_type, tpy_UnicodeDecodeError_type,
    tpy_UnicodeEncodeError_type, tpy_LookupError_type, tpy_ArithmeticError_type,
    tpy_GeneratorExit_type, tpy_EOFError_type;

/* Every type of exc.def is declared (tpy_ZeroDivisionError_type, ...). */
#define TPY_EXC(name, base, kind) extern TpyType tpy_##name##_type;
#include "exc.def"
#undef TPY_EXC

/* dataclasses.FrozenInstanceError (an AttributeError; module "dataclasses"). */
extern TpyType tpy_FrozenInstanceError_type;

/* All builtin exception types, in exc.def order, NULL-terminated (for the
 * builtins module). */
extern TpyType *const tpy_exc_builtin_types[];

/* An exception instance.  One layout for every builtin exception (the extra
 * fields are NULL when unused), so user subclasses can extend any of them.
 * GC type: it refers to arbitrary objects. */
typedef struct TpyBaseException {
    TpyObject ob;
    TpyObject *args;        /* tuple; NULL reads as () */
    TpyObject *notes;       /* list of str from add_note(), or NULL */
    TpyObject *traceback;   /* NULL until tracebacks exist */
    TpyObject *context;     /* __context__ or NULL */
    TpyObject *cause;       /* __cause__ or NULL */
    TpyObject *extra[3];    /* StopIteration.value, SystemExit.code, OSError errno/strerror/
                               filename, NameError/AttributeError/ImportError name */
    bool suppress_context;  /* set by `raise ... from ...` */
} TpyBaseException;

#define TPY_EXC_OBJ(o) ((TpyBaseException *)(o))

static inline bool tpy_exc_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && (o->type->flags & TPY_TPFLAG_EXCEPTION) != 0;
}

/* type(*args) for an exception type: steals nothing, borrows the items;
 * new reference or NULL. */
TpyObject *tpy_exc_new(TpyType *type, TpyObject *const *args, int64_t nargs);
/* exc.args as a tuple (new reference). */
TpyObject *tpy_exc_get_args(TpyObject *exc);
/* Setters steal `value` (may be NULL); set_cause also sets suppress_context. */
void tpy_exc_set_cause(TpyObject *exc, TpyObject *value);
void tpy_exc_set_context(TpyObject *exc, TpyObject *value);
/* exc.add_note(note): borrows a str; 0 / -1. */
int tpy_exc_add_note(TpyObject *exc, TpyObject *note);
/* StopIteration.value (borrowed; None if absent). */
TpyObject *tpy_exc_stopiteration_value(TpyObject *exc);

/* Raise `type` with a printf-formatted message (UTF-8).  Always returns NULL,
 * so `return tpy_err_format(...)` reads naturally. */
TpyObject *tpy_err_format(TpyType *type, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Raise `type(value)`: value is the single argument (args == (value,)),
 * also when it is a tuple; NULL means no argument.  Borrows value. */
TpyObject *tpy_err_set_object(TpyType *type, TpyObject *value);
/* Raise an existing exception instance; steals `exc`. */
void tpy_err_raise(TpyObject *exc);
/* MemoryError without allocating. */
TpyObject *tpy_err_nomemory(void);
/* Is `o` the preallocated MemoryError tpy_err_nomemory raises?  (It is
 * never freed: its dealloc only drops its traceback and context.) */
bool tpy_exc_is_static_memory_error(const TpyObject *o);

/* The pending exception instance (borrowed), or NULL. */
TpyObject *tpy_err_occurred(void);
/* Is the pending exception an instance of `type` (or a subclass)? */
bool tpy_err_matches(TpyType *type);
/* Take the pending exception (new reference; NULL if none) and clear it. */
TpyObject *tpy_err_fetch(void);
void tpy_err_clear(void);
/* Put back an exception taken with tpy_err_fetch (steals; NULL clears). */
void tpy_err_restore(TpyObject *exc);
/* Is `exc` an instance of `type`? */
bool tpy_exc_matches(TpyObject *exc, TpyType *type);

#endif
