/* runtime/builtins_seq.c: the builtins that consume iterables: min, max,
 * sum, sorted, any, all, zip, iter, next.
 *
 * They use the generic protocols of abstract.h (iteration, comparison,
 * addition), so they work on every type; sum() has a fast path for small
 * ints that gives the same result as repeated `+`.  key= functions are
 * called through tpy_object_call.
 */
#include "builtins.h"

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

static TpyObject *min_max(const char *fname, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames, TpyCompareOp op)
{
    static const char *const params[] = {"key", "default", NULL};
    TpyArgSpec spec = {fname, params, 0, 0, 0, TPY_ARGS_CLINIC, true};
    TpyObject *kw[2];
    if (nargs == 0) {
        tpy_err_format(&tpy_TypeError_type, "%s expected at least 1 argument, got 0", fname);
        return NULL;
    }
    if (tpy_args_parse(&spec, args, nargs, kwnames, kw) < 0)
        return NULL;
    TpyObject *key = kw[0] == tpy_None ? NULL : kw[0], *dflt = kw[1];
    if (dflt != NULL && nargs > 1)
        return tpy_err_format(&tpy_TypeError_type,
                              "Cannot specify a default for %s() with multiple positional arguments",
                              fname);
    TpyObject *it = NULL;
    int64_t index = 0;
    if (nargs == 1 && (it = tpy_object_iter(args[0])) == NULL)
        return NULL;
    TpyObject *best = NULL, *bestval = NULL;
    for (;;) {
        TpyObject *item;
        if (it != NULL) {
            item = tpy_object_next(it);
            if (item == NULL) {
                if (tpy_err_occurred() != NULL)
                    goto error;
                break;
            }
        } else {
            if (index >= nargs)
                break;
            item = tpy_newref(args[index++]);
        }
        TpyObject *val = key != NULL ? tpy_object_call(key, &item, 1, NULL) : tpy_newref(item);
        if (val == NULL) {
            tpy_decref(item);
            goto error;
        }
        if (best == NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int c = tpy_object_compare_bool(val, bestval, op);
        if (c < 0) {
            tpy_decref(item);
            tpy_decref(val);
            goto error;
        }
        if (c) {
            tpy_decref(best);
            tpy_decref(bestval);
            best = item;
            bestval = val;
        } else {
            tpy_decref(item);
            tpy_decref(val);
        }
    }
    tpy_xdecref(it);
    tpy_xdecref(bestval);
    if (best == NULL) {
        if (dflt != NULL)
            return tpy_newref(dflt);
        return tpy_err_format(&tpy_ValueError_type, "%s() arg is an empty sequence", fname);
    }
    return best;
error:
    tpy_xdecref(it);
    tpy_xdecref(best);
    tpy_xdecref(bestval);
    return NULL;
}

TpyObject *tpy_builtin_min(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return min_max("min", args, nargs, kwnames, TPY_CMP_OP_LT);
}

TpyObject *tpy_builtin_max(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return min_max("max", args, nargs, kwnames, TPY_CMP_OP_GT);
}

TpyObject *tpy_builtin_sum(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"iterable", "start", NULL};
    static const TpyArgSpec spec = {"sum", params, 1, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *start = a[1] != NULL ? a[1] : tpy_smallint(0);
    if (tpy_str_check(start))
        return tpy_err_format(&tpy_TypeError_type,
                              "sum() can't sum strings [use ''.join(seq) instead]");
    if (tpy_bytes_check(start))
        return tpy_err_format(&tpy_TypeError_type,
                              "sum() can't sum bytes [use b''.join(seq) instead]");
    TpyObject *it = tpy_object_iter(a[0]);
    if (it == NULL)
        return NULL;
    TpyObject *acc = tpy_newref(start), *item;
    while ((item = tpy_object_next(it)) != NULL) {
        TpyObject *r;
        int64_t x, y, s;
        if (tpy_is_smallint(acc) && tpy_is_smallint(item) &&
            !__builtin_add_overflow((x = tpy_smallint_value(acc)), (y = tpy_smallint_value(item)), &s) &&
            tpy_fits_smallint(s))
            r = tpy_smallint(s);
        else if (tpy_float_check(acc) && tpy_float_check(item))
            r = tpy_float_from_double(TPY_FLOAT_VALUE(acc) + TPY_FLOAT_VALUE(item));
        else
            r = tpy_number_binop(acc, item, TPY_BINOP_ADD);
        tpy_decref(item);
        tpy_decref(acc);
        acc = r;
        if (acc == NULL)
            break;
    }
    tpy_decref(it);
    if (tpy_err_occurred() != NULL) {
        tpy_xdecref(acc);
        return NULL;
    }
    return acc;
}

TpyObject *tpy_builtin_sorted(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"key", "reverse", NULL};
    static const TpyArgSpec spec = {"sort", params, 0, 0, 0, TPY_ARGS_CLINIC, true};
    if (nargs != 1) {
        tpy_err_format(&tpy_TypeError_type, "sorted expected 1 argument, got %lld", (long long)nargs);
        return NULL;
    }
    TpyObject *kw[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, kw) < 0)
        return NULL;
    int reverse = 0;
    if (kw[1] != NULL) {
        if (tpy_float_check(kw[1]))
            return tpy_err_format(&tpy_TypeError_type,
                                  "'float' object cannot be interpreted as an integer");
        if ((reverse = tpy_object_is_true(kw[1])) < 0)
            return NULL;
    }
    TpyObject *list = tpy_list_from_iterable(args[0]);
    if (list == NULL)
        return NULL;
    TpyObject *key = kw[0] == tpy_None ? NULL : kw[0];
    if (tpy_list_sort(list, key, reverse) < 0) {
        tpy_decref(list);
        return NULL;
    }
    return list;
}

static TpyObject *any_all(const char *fname, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames, bool want)
{
    if (tpy_args_one(fname, nargs, kwnames) < 0)
        return NULL;
    TpyObject *it = tpy_object_iter(args[0]), *item;
    if (it == NULL)
        return NULL;
    while ((item = tpy_object_next(it)) != NULL) {
        int t = tpy_object_is_true(item);
        tpy_decref(item);
        if (t < 0)
            break;
        if (t == want) {
            tpy_decref(it);
            return tpy_bool_from(want);
        }
    }
    tpy_decref(it);
    if (tpy_err_occurred() != NULL)
        return NULL;
    return tpy_bool_from(!want);
}

TpyObject *tpy_builtin_any(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return any_all("any", args, nargs, kwnames, true);
}

TpyObject *tpy_builtin_all(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return any_all("all", args, nargs, kwnames, false);
}

TpyObject *tpy_builtin_zip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"strict", NULL};
    static const TpyArgSpec spec = {"zip", params, 0, 0, 0, TPY_ARGS_CLINIC, true};
    TpyObject *kw[1];
    if (tpy_args_parse(&spec, args, nargs, kwnames, kw) < 0)
        return NULL;
    int strict = 0;
    if (kw[0] != NULL && (strict = tpy_object_is_true(kw[0])) < 0)
        return NULL;
    return tpy_zip_new(args, nargs, strict);
}

TpyObject *tpy_builtin_iter(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("iter", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return tpy_object_iter(args[0]);
    if (tpy_type_of(args[0])->call == NULL)
        return tpy_err_format(&tpy_TypeError_type, "iter(v, w): v must be callable");
    return tpy_callable_iterator_new(args[0], args[1]);
}

TpyObject *tpy_builtin_next(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("next", nargs, kwnames, 1, 2) < 0)
        return NULL;
    TpyType *t = tpy_type_of(args[0]);
    if (t->iternext == NULL)
        return tpy_err_format(&tpy_TypeError_type, "'%s' object is not an iterator", t->name);
    // Not tpy_object_next: a generator's StopIteration carries its return value.
    TpyObject *r = t->iternext(args[0]);
    if (r != NULL)
        return r;
    if (tpy_err_occurred() != NULL) {
        if (nargs < 2 || !tpy_err_matches(&tpy_StopIteration_type))
            return NULL;
        tpy_err_clear();
    }
    if (nargs == 2)
        return tpy_newref(args[1]);
    tpy_err_set_object(&tpy_StopIteration_type, NULL);
    return NULL;
}
