/* runtime/methods_common.c: argument helpers shared by the method tables
 * (see methods_internal.h for why they exist). */
#include "methods_internal.h"

#include "abstract.h"
#include "exc.h"
#include "none.h"
#include "str.h"

int tpy_methods_parse_tuple(const char *fname, int64_t nargs, TpyObject *kwnames, int64_t min,
                            int64_t max)
{
    if (tpy_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs >= min && nargs <= max)
        return 0;
    // Python/getargs.c vgetargs1_impl: "%.150s%s takes %s %d argument%s (%zd given)".
    int64_t bound = nargs < min ? min : max;
    tpy_err_format(&tpy_TypeError_type, "%s() takes %s %lld argument%s (%lld given)", fname,
                   min == max ? "exactly" : nargs < min ? "at least" : "at most", (long long)bound,
                   bound == 1 ? "" : "s", (long long)nargs);
    return -1;
}

int tpy_methods_slice_index(TpyObject *o, int64_t *out)
{
    if (o == NULL || o == tpy_None) {
        *out = TPY_STR_NOARG;
        return 0;
    }
    if (tpy_is_smallint(o)) {
        *out = tpy_smallint_value(o);
        return 0;
    }
    if (!tpy_object_is_instance(o, &tpy_int_type)) {
        tpy_err_format(&tpy_TypeError_type,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    int64_t v = tpy_number_as_i64(o);
    if (v == -1 && tpy_err_occurred() != NULL) {
        if (!tpy_err_matches(&tpy_OverflowError_type))
            return -1;
        tpy_err_clear();
        int neg = tpy_object_compare_bool(o, tpy_smallint(0), TPY_CMP_OP_LT);
        if (neg < 0)
            return -1;
        v = neg ? INT64_MIN + 1 : INT64_MAX;   // INT64_MIN is TPY_STR_NOARG
    }
    *out = v;
    return 0;
}

int tpy_methods_int_flag(TpyObject *o, bool *out)
{
    if (o == NULL) {
        *out = false;
        return 0;
    }
    if (!tpy_object_is_instance(o, &tpy_int_type)) {
        tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                       tpy_type_of(o)->name);
        return -1;
    }
    int t = tpy_object_is_true(o);
    if (t < 0)
        return -1;
    *out = t != 0;
    return 0;
}

/* ---------------------------------------------------------------- text methods */

int tpy_methods_split_args(const char *name, TpyObject *const *args, int64_t nargs,
                           TpyObject *kwnames, TpyObject **sep, int64_t *maxsplit)
{
    static const char *const params[] = {"sep", "maxsplit", NULL};
    TpyArgSpec spec = {name, params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *v[2];
    *maxsplit = -1;
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0 ||
        (v[1] != NULL && tpy_args_i64(v[1], maxsplit) < 0))
        return -1;
    *sep = v[0];
    return 0;
}

int tpy_methods_splitlines_args(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                                bool *keepends)
{
    static const char *const params[] = {"keepends", NULL};
    TpyArgSpec spec = {"splitlines", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *v[1];
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0)
        return -1;
    return tpy_methods_int_flag(v[0], keepends);
}

int tpy_methods_strip_args(const char *name, const char *qualname, TpyObject *const *args,
                           int64_t nargs, TpyObject *kwnames, TpyObject **chars)
{
    if (tpy_args_no_kw(qualname, kwnames) < 0 ||
        tpy_args_positional(name, nargs - 1, kwnames, 0, 1) < 0)
        return -1;
    *chars = nargs > 1 ? args[1] : NULL;
    return 0;
}

int tpy_methods_search_args(const char *name, const char *kwname, TpyObject *const *args,
                            int64_t nargs, TpyObject *kwnames, int64_t *start, int64_t *end)
{
    if (tpy_args_no_kw(kwname, kwnames) < 0 ||
        tpy_methods_parse_tuple(name, nargs - 1, kwnames, 1, 3) < 0 ||
        tpy_methods_slice_index(nargs > 2 ? args[2] : NULL, start) < 0 ||
        tpy_methods_slice_index(nargs > 3 ? args[3] : NULL, end) < 0)
        return -1;
    return 0;
}

int tpy_methods_replace_args(const char *qualname, TpyObject *const *args, int64_t nargs,
                             TpyObject *kwnames, int64_t *count)
{
    *count = -1;
    if (tpy_args_no_kw(qualname, kwnames) < 0 ||
        tpy_args_positional("replace", nargs - 1, kwnames, 2, 3) < 0 ||
        (nargs > 3 && tpy_args_i64(args[3], count) < 0))
        return -1;
    return 0;
}

int tpy_methods_pad_args(const char *name, const char *qualname, TpyObject *const *args,
                         int64_t nargs, TpyObject *kwnames, int64_t *width)
{
    if (tpy_args_no_kw(qualname, kwnames) < 0 ||
        tpy_args_positional(name, nargs - 1, kwnames, 1, 2) < 0 ||
        tpy_args_i64(args[1], width) < 0)
        return -1;
    return 0;
}

int tpy_methods_tabsize_args(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                             int64_t *tabsize)
{
    static const char *const params[] = {"tabsize", NULL};
    TpyArgSpec spec = {"expandtabs", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *v[1];
    *tabsize = 8;
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0 ||
        (v[0] != NULL && tpy_args_i64(v[0], tabsize) < 0))
        return -1;
    return 0;
}

int tpy_methods_codec_args(const char *name, TpyObject *const *args, int64_t nargs,
                           TpyObject *kwnames, const char *text[2])
{
    static const char *const params[] = {"encoding", "errors", NULL};
    TpyArgSpec spec = {name, params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *v[2];
    text[0] = text[1] = NULL;
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0)
        return -1;
    for (int i = 0; i < 2; i++) {
        if (v[i] == NULL)
            continue;
        if (!tpy_str_check(v[i])) {
            tpy_err_format(&tpy_TypeError_type, "%s() argument '%s' must be str, not %s", name,
                           params[i], tpy_type_of(v[i])->name);
            return -1;
        }
        if ((text[i] = tpy_str_as_utf8(v[i], NULL)) == NULL)
            return -1;
    }
    return 0;
}
