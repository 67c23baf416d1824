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
