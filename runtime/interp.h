/* runtime/interp.h: the bytecode interpreter.
 *
 * tpy_interp_run executes a frame (and every Python frame it calls, in the
 * same C loop) until that frame returns, yields or raises.  See interp.c's
 * header for the dispatch design.
 */
#ifndef TPY_RUNTIME_INTERP_H
#define TPY_RUNTIME_INTERP_H

#include <stdbool.h>
#include <stdint.h>

#include "frame.h"
#include "value.h"

typedef enum TpyInterpStatus {
    TPY_INTERP_ERROR = -1,    /* an exception is pending */
    TPY_INTERP_RETURN = 0,    /* *result holds the return value (code->ret_kind) */
    TPY_INTERP_YIELD = 1      /* generator frames: *result holds the yielded object */
} TpyInterpStatus;

/* Run `frame` (an entry frame) from frame->pc.  On RETURN/YIELD the value is
 * in result[0..1] (an owned reference for OBJ). */
TpyInterpStatus tpy_interp_run(TpyFrame *frame, TpyValue *result);

/* MAKE_CLASS: build a user class from the TpyClassSpec capsule `spec`
 * (a constant made by the compiler), the method functions in
 * methods[0..nmethods-1] and field defaults in defaults[0..ndefaults-1]
 * (registers, moved).  New reference or NULL.  (classdef.c) */
TpyObject *tpy_interp_make_class(TpyFrame *frame, TpyObject *spec, TpyValue *methods,
                                 uint32_t nmethods, TpyValue *defaults, uint32_t ndefaults);

/* callee(*args, **kw) for CALL_EX: args a tuple, kw a dict or NULL.  New reference. */
TpyObject *tpy_interp_call_ex(TpyObject *callee, TpyObject *args, TpyObject *kw);

/* Recursion limit (sys.setrecursionlimit / getrecursionlimit). */
int64_t tpy_interp_get_recursion_limit(void);
int tpy_interp_set_recursion_limit(int64_t limit);   /* -1 + ValueError if < 1 */
/* Current Python call depth. */
extern int64_t tpy_interp_depth;

/* Guard for natives that recurse through Python values (repr of nested
 * lists, a builtin calling back into Python code): counts one level of
 * tpy_interp_depth, as CPython 3.11 counts its C-level checks; -1 with
 * RecursionError "maximum recursion depth exceeded" + `where` when past the
 * limit or when the C stack is nearly exhausted. */
int tpy_interp_enter_recursive_call(const char *where);
void tpy_interp_leave_recursive_call(void);

/* The exception being handled (sys.exc_info()[1]), borrowed, or NULL. */
TpyObject *tpy_interp_handled_exception(void);

/* Ctrl-C: install the SIGINT handler; the flag is checked at loop back-edges
 * and calls, raising KeyboardInterrupt. */
void tpy_interp_install_signal_handlers(void);
/* Raise KeyboardInterrupt if SIGINT arrived: 0 / -1. */
int tpy_interp_check_signals(void);

#endif
