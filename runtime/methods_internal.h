/* runtime/methods_internal.h: helpers shared by the method tables (*_methods.c).
 *
 * The builtin methods are TpyNativeFn wrappers (type.h) around the typed C
 * functions (tpy_str_split, tpy_list_append, ...).  CPython writes its methods
 * four ways, and each way has its own TypeError wording, which scripts print;
 * argparse.h covers three (Argument Clinic, _PyArg_CheckPositional, METH_O /
 * METH_NOARGS); the fourth, PyArg_ParseTuple ("find() takes at least 1
 * argument (0 given)"), is here, with the argument conversions the str and
 * bytes methods share.
 *
 * Internal to the runtime.  Conventions: 0 / -1 with an exception pending.
 */
#ifndef TPY_RUNTIME_METHODS_INTERNAL_H
#define TPY_RUNTIME_METHODS_INTERNAL_H

#ifndef TPY_RUNTIME_BUILD
#error "methods_internal.h is internal to the runtime"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "argparse.h"
#include "object.h"
#include "type.h"

/* PyArg_ParseTuple's count check for a positional-only method `fname`:
 * "find() takes at least 1 argument (0 given)", "find() takes at most 3
 * arguments (4 given)", "... exactly ...", "find() takes no keyword arguments". */
int tpy_methods_parse_tuple(const char *fname, int64_t nargs, TpyObject *kwnames, int64_t min,
                            int64_t max);

/* A start/end argument of find/count/startswith...: NULL or None gives
 * TPY_STR_NOARG; huge ints clamp; other types raise "slice indices must be
 * integers or None or have an __index__ method". */
int tpy_methods_slice_index(TpyObject *o, int64_t *out);

/* An int-like flag (list.sort's reverse, splitlines' keepends): ints only,
 * "'float' object cannot be interpreted as an integer"; NULL gives false. */
int tpy_methods_int_flag(TpyObject *o, bool *out);

/* Count of keyword arguments. */
static inline int64_t tpy_methods_nkw(TpyObject *kwnames)
{
    return tpy_args_nkw(kwnames);
}

#endif
