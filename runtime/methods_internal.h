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

/* Argument parsers of the text methods that str, bytes (and bytearray)
 * share: each takes the wrapper's own args/nargs/kwnames (args[0] is self),
 * stores the parsed values (borrowed) and returns 0, or -1 with CPython's
 * TypeError.  `name` is the bare method name ("split"), `qualname` the
 * qualified one ("bytes.strip") where CPython's message uses it.  The
 * operation itself, and any type-specific check of the values (the fill
 * character of center), stay in the type's method table. */

/* split/rsplit(sep=None, maxsplit=-1), Argument Clinic; *sep is NULL when
 * not given. */
int tpy_methods_split_args(const char *name, TpyObject *const *args, int64_t nargs,
                           TpyObject *kwnames, TpyObject **sep, int64_t *maxsplit);
/* splitlines(keepends=False), Argument Clinic. */
int tpy_methods_splitlines_args(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                                bool *keepends);
/* strip/lstrip/rstrip(chars=None, /); *chars is NULL when not given. */
int tpy_methods_strip_args(const char *name, const char *qualname, TpyObject *const *args,
                           int64_t nargs, TpyObject *kwnames, TpyObject **chars);
/* find/rfind/index/rindex/count/startswith/endswith(sub[, start[, end]]),
 * PyArg_ParseTuple ("find() takes at least 1 argument (0 given)"); kwname
 * names the method in "... takes no keyword arguments" (a bound str method:
 * "find", bytes: "bytes.find").  start/end as tpy_methods_slice_index. */
int tpy_methods_search_args(const char *name, const char *kwname, TpyObject *const *args,
                            int64_t nargs, TpyObject *kwnames, int64_t *start, int64_t *end);
/* replace(old, new, count=-1, /). */
int tpy_methods_replace_args(const char *qualname, TpyObject *const *args, int64_t nargs,
                             TpyObject *kwnames, int64_t *count);
/* center/ljust/rjust(width, fillchar=..., /): the width; the fill character,
 * if any, is args[2]. */
int tpy_methods_pad_args(const char *name, const char *qualname, TpyObject *const *args,
                         int64_t nargs, TpyObject *kwnames, int64_t *width);
/* expandtabs(tabsize=8), Argument Clinic. */
int tpy_methods_tabsize_args(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                             int64_t *tabsize);
/* encode/decode(encoding='utf-8', errors='strict'), Argument Clinic, both
 * str: text[0], text[1] get their UTF-8 or NULL when not given. */
int tpy_methods_codec_args(const char *name, TpyObject *const *args, int64_t nargs,
                           TpyObject *kwnames, const char *text[2]);

/* Count of keyword arguments. */
static inline int64_t tpy_methods_nkw(TpyObject *kwnames)
{
    return tpy_args_nkw(kwnames);
}

#endif
