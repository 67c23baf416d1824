/* runtime/argparse.c: binding vectorcall arguments to parameters.
 *
 * The messages follow CPython 3.11's Python/getargs.c word for word
 * (_PyArg_UnpackKeywords for Argument Clinic functions,
 * _PyArg_CheckPositional for positional-only ones), because scripts print
 * them.  Nothing here allocates except the error messages.
 */
#include "argparse.h"

#include <string.h>

#include "abstract.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

int64_t tpy_args_nkw(TpyObject *kwnames)
{
    return kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
}

static int count_params(const TpyArgSpec *spec)
{
    int n = 0;
    if (spec->params != NULL)
        while (spec->params[n] != NULL)
            n++;
    return n;
}

static const char *kw_utf8(TpyObject *kwnames, int64_t i)
{
    const char *s = tpy_str_as_utf8(TPY_TUPLE_ITEMS(kwnames)[i], NULL);
    return s != NULL ? s : "?";
}

static int parse_positional(const TpyArgSpec *spec, int nparams, TpyObject *const *args,
                            int64_t nargs, TpyObject *kwnames, TpyObject **out)
{
    if (tpy_args_positional(spec->fname, nargs, kwnames, spec->required,
                            spec->varargs ? -1 : nparams) < 0)
        return -1;
    for (int i = 0; i < nparams; i++)
        out[i] = i < nargs ? args[i] : NULL;
    return 0;
}

int tpy_args_parse(const TpyArgSpec *spec, TpyObject *const *args, int64_t nargs,
                   TpyObject *kwnames, TpyObject **out)
{
    int nparams = count_params(spec);
    if (spec->style == TPY_ARGS_POSITIONAL)
        return parse_positional(spec, nparams, args, nargs, kwnames, out);
    int64_t nkw = tpy_args_nkw(kwnames);
    int maxpos = spec->kwonly < 0 ? nparams : spec->kwonly;
    int minpos = spec->required < maxpos ? spec->required : maxpos;
    int minposonly = spec->posonly < minpos ? spec->posonly : minpos;
    const char *f = spec->fname;

    if (!spec->varargs && nargs + nkw > nparams) {
        tpy_err_format(&tpy_TypeError_type, "%s() takes at most %d %sargument%s (%lld given)", f,
                       nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                       (long long)(nargs + nkw));
        return -1;
    }
    if (!spec->varargs && nargs > maxpos) {
        if (maxpos == 0)
            tpy_err_format(&tpy_TypeError_type, "%s() takes no positional arguments", f);
        else
            tpy_err_format(&tpy_TypeError_type, "%s() takes %s %d positional argument%s (%lld given)",
                           f, minpos < maxpos ? "at most" : "exactly", maxpos,
                           maxpos == 1 ? "" : "s", (long long)nargs);
        return -1;
    }
    if (nargs < minposonly) {
        tpy_err_format(&tpy_TypeError_type, "%s() takes %s %d positional argument%s (%lld given)", f,
                       (spec->varargs || minposonly < maxpos) ? "at least" : "exactly", minposonly,
                       minposonly == 1 ? "" : "s", (long long)nargs);
        return -1;
    }
    int64_t npos = nargs < maxpos ? nargs : maxpos;
    for (int i = 0; i < nparams; i++)
        out[i] = i < npos ? args[i] : NULL;
    // Keywords: each must name a parameter that is not positional-only and
    // was not given by position.
    for (int64_t k = 0; k < nkw; k++) {
        TpyObject *name = TPY_TUPLE_ITEMS(kwnames)[k];
        int found = -1;
        for (int i = 0; i < nparams; i++)
            if (tpy_str_equal_cstr(name, spec->params[i])) {
                found = i;
                break;
            }
        if (found < 0) {
            tpy_err_format(&tpy_TypeError_type, "'%s' is an invalid keyword argument for %s()",
                           kw_utf8(kwnames, k), f);
            return -1;
        }
        if (found < spec->posonly) {
            tpy_err_format(&tpy_TypeError_type,
                           "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                           f, spec->params[found]);
            return -1;
        }
        if (out[found] != NULL) {
            tpy_err_format(&tpy_TypeError_type,
                           "argument for %s() given by name ('%s') and position (%d)", f,
                           spec->params[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < spec->required && i < nparams; i++)
        if (out[i] == NULL) {
            tpy_err_format(&tpy_TypeError_type, "%s() missing required argument '%s' (pos %d)", f,
                           spec->params[i], i + 1);
            return -1;
        }
    return 0;
}

int tpy_args_no_kw(const char *fname, TpyObject *kwnames)
{
    if (tpy_args_nkw(kwnames) != 0) {
        tpy_err_format(&tpy_TypeError_type, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int tpy_args_one(const char *fname, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        tpy_err_format(&tpy_TypeError_type, "%s() takes exactly one argument (%lld given)", fname,
                       (long long)nargs);
        return -1;
    }
    return 0;
}

int tpy_args_none(const char *fname, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        tpy_err_format(&tpy_TypeError_type, "%s() takes no arguments (%lld given)", fname,
                       (long long)nargs);
        return -1;
    }
    return 0;
}

int tpy_args_positional(const char *fname, int64_t nargs, TpyObject *kwnames, int64_t min,
                        int64_t max)
{
    if (tpy_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs < min) {
        tpy_err_format(&tpy_TypeError_type, "%s expected %s%lld argument%s, got %lld", fname,
                       min == max ? "" : "at least ", (long long)min, min == 1 ? "" : "s",
                       (long long)nargs);
        return -1;
    }
    if (max >= 0 && nargs > max) {
        tpy_err_format(&tpy_TypeError_type, "%s expected %s%lld argument%s, got %lld", fname,
                       min == max ? "" : "at most ", (long long)max, max == 1 ? "" : "s",
                       (long long)nargs);
        return -1;
    }
    return 0;
}

int tpy_args_double(TpyObject *o, double *out)
{
    return tpy_float_as_double(o, out);
}

int tpy_args_i64(TpyObject *o, int64_t *out)
{
    if (tpy_is_smallint(o)) {
        *out = tpy_smallint_value(o);
        return 0;
    }
    int64_t v = tpy_number_as_i64(o);
    if (v == -1 && tpy_err_occurred() != NULL)
        return -1;
    *out = v;
    return 0;
}

int tpy_args_str_or_none(TpyObject *o, const char *what, TpyObject **out)
{
    if (o == NULL || o == tpy_None) {
        *out = NULL;
        return 0;
    }
    if (!tpy_str_check(o)) {
        tpy_err_format(&tpy_TypeError_type, "%s must be None or a string, not %s", what,
                       tpy_type_of(o)->name);
        return -1;
    }
    *out = o;
    return 0;
}

const char *tpy_args_utf8(TpyObject *o, const char *fname, int pos, size_t *len)
{
    if (!tpy_str_check(o)) {
        tpy_err_format(&tpy_TypeError_type, "%s() argument %d must be str, not %s", fname, pos,
                       tpy_type_of(o)->name);
        return NULL;
    }
    return tpy_str_as_utf8(o, len);
}
