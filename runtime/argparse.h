/* runtime/argparse.h: parsing the arguments of native functions.
 *
 * Every builtin function and method is a TpyNativeFn (type.h): `args` holds
 * nargs positional values followed by one value per name in `kwnames` (the
 * vectorcall convention).  These helpers bind them to parameters and raise
 * CPython 3.11's TypeError messages, which come in three families because
 * CPython's functions are written three ways:
 *
 *   TPY_ARGS_CLINIC      Argument Clinic functions with named parameters:
 *                        "round() takes at most 2 arguments (3 given)",
 *                        "round() missing required argument 'number' (pos 1)",
 *                        "'x' is an invalid keyword argument for print()"
 *   TPY_ARGS_POSITIONAL  positional-only functions (_PyArg_CheckPositional):
 *                        "divmod expected 2 arguments, got 1",
 *                        "getattr expected at least 2 arguments, got 1"
 *   tpy_args_one         METH_O functions: "len() takes exactly one argument (2 given)",
 *                        "len() takes no keyword arguments"
 *
 * Conventions: the parsed values are *borrowed* from `args`; parameters that
 * were not given are NULL.  Functions return 0, or -1 with TypeError set.
 */
#ifndef TPY_RUNTIME_ARGPARSE_H
#define TPY_RUNTIME_ARGPARSE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

enum { TPY_ARGS_CLINIC = 0, TPY_ARGS_POSITIONAL = 1 };

typedef struct TpyArgSpec {
    const char *fname;            /* "round", "math.isclose": used in messages */
    const char *const *params;    /* parameter names, NULL-terminated; NULL = none */
    int posonly;                  /* params[0..posonly) are positional-only */
    int kwonly;                   /* params[kwonly..) are keyword-only; -1: none */
    int required;                 /* params[0..required) must be given */
    int style;                    /* TPY_ARGS_CLINIC or TPY_ARGS_POSITIONAL */
    bool varargs;                 /* extra positional values are allowed: they are
                                     args[npositional .. nargs) where npositional
                                     is the number of non-keyword-only params */
} TpyArgSpec;

/* Binds args/kwnames to spec's parameters: out[i] is the value of params[i]
 * (borrowed) or NULL when not given.  `out` has one entry per parameter. */
int tpy_args_parse(const TpyArgSpec *spec, TpyObject *const *args, int64_t nargs,
                   TpyObject *kwnames, TpyObject **out);

/* Number of keyword arguments (0 when kwnames is NULL). */
int64_t tpy_args_nkw(TpyObject *kwnames);

/* METH_O: exactly one positional argument, no keywords. */
int tpy_args_one(const char *fname, int64_t nargs, TpyObject *kwnames);
/* No keyword arguments: "len() takes no keyword arguments". */
int tpy_args_no_kw(const char *fname, TpyObject *kwnames);
/* _PyArg_CheckPositional: min <= nargs <= max (max < 0: no maximum), with
 * "divmod expected 2 arguments, got 1"; keywords are rejected first. */
int tpy_args_positional(const char *fname, int64_t nargs, TpyObject *kwnames, int64_t min,
                        int64_t max);
/* METH_NOARGS: "time() takes no arguments (1 given)". */
int tpy_args_none(const char *fname, int64_t nargs, TpyObject *kwnames);

/* Conversions for parameters, with CPython's TypeErrors: */
/* A float from int/bool/float: "must be real number, not str". */
int tpy_args_double(TpyObject *o, double *out);
/* An index-sized int: "'float' object cannot be interpreted as an integer";
 * OverflowError "Python int too large to convert to C ssize_t". */
int tpy_args_i64(TpyObject *o, int64_t *out);
/* A str or None (NULL or None give *out = NULL); "<what> must be None or a
 * string, not int" (print's sep/end message). */
int tpy_args_str_or_none(TpyObject *o, const char *what, TpyObject **out);
/* UTF-8 of a str argument: "<fname>() argument <pos> must be str, not int". */
const char *tpy_args_utf8(TpyObject *o, const char *fname, int pos, size_t *len);

#endif
