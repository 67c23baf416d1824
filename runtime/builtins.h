/* runtime/builtins.h: the builtins module (print, len, ..., and the type
 * constructors) and the iterator types of iterobject.c.
 *
 * Every builtin function is a TpyNativeFn reachable through
 * tpy_module_find_function("builtins", name) (module.h); the names and
 * parameter names are those of frontend/stubs/builtins.pyi.  Builtin classes
 * (int, str, enumerate, ValueError, ...) are constants of the module whose
 * value is the type object: calling one goes through the type's construct
 * slot (tpy_object_call(&tpy_str_type, ...) works).
 */
#ifndef TPY_RUNTIME_BUILTINS_H
#define TPY_RUNTIME_BUILTINS_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

/* Fill the construct slots of the builtin types that lack one (str, bytes,
 * and the iterator types).  Idempotent; the registry calls it on first use
 * and the vm may call it at start-up. */
void tpy_builtins_init(void);

/* The builtin class called `name` ("int", "ValueError", "enumerate"), or NULL. */
TpyType *tpy_builtins_find_type(const char *name);

/* print(*values, sep=' ', end='\n', file=sys.stdout): sep/end may be NULL.
 * The vm's fast path for print(); 0 / -1. */
int tpy_builtins_print(TpyObject *const *values, int64_t n, TpyObject *sep, TpyObject *end,
                       TpyObject *file, bool flush);

/* The functions, for direct calls (all TpyNativeFn). */
TpyObject *tpy_builtin_print(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_len(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);

/* iterobject.c: enumerate, zip, map, filter, reversed and iter(callable,
 * sentinel) iterators. */
extern TpyType tpy_enumerate_type, tpy_zip_type, tpy_map_type, tpy_filter_type,
    tpy_reversed_type, tpy_callable_iterator_type;
/* zip(*iterables, strict=False) (new reference). */
TpyObject *tpy_zip_new(TpyObject *const *iterables, int64_t n, bool strict);
/* iter(callable, sentinel). */
TpyObject *tpy_callable_iterator_new(TpyObject *callable, TpyObject *sentinel);

/* builtins_seq.c */
TpyObject *tpy_builtin_min(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_max(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_sum(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_sorted(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_any(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_all(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_zip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_iter(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
TpyObject *tpy_builtin_next(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);

/* builtins_types.c: constructors missing from the type files. */
TpyObject *tpy_builtins_str_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                      TpyObject *kwnames);
TpyObject *tpy_builtins_bytes_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                        TpyObject *kwnames);

#endif
