/* runtime/list_methods.c: the method table of list.
 *
 * TpyNativeFn wrappers (args[0] is self) around list.c's typed functions,
 * parsing arguments the way CPython 3.11's listobject.c does: append, extend,
 * remove, count are METH_O ("list.append() takes exactly one argument (0
 * given)"), insert/pop/index are positional-only Clinic functions ("insert
 * expected 2 arguments, got 1"), sort takes keyword-only key= and reverse=.
 */
#include "list.h"

#include "abstract.h"
#include "argparse.h"
#include "exc.h"
#include "int.h"
#include "methods_internal.h"
#include "none.h"
#include "seqcommon.h"

static TpyObject *none_or_null(int status)
{
    return status < 0 ? NULL : tpy_none_new_ref();
}

/* append(object, /) */
static TpyObject *m_append(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("list.append", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_list_append(args[0], args[1]));
}

/* extend(iterable, /) */
static TpyObject *m_extend(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("list.extend", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_list_extend(args[0], args[1]));
}

/* insert(index, object, /) */
static TpyObject *m_insert(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t index;
    if (tpy_args_no_kw("list.insert", kwnames) < 0 ||
        tpy_args_positional("insert", nargs - 1, kwnames, 2, 2) < 0 ||
        tpy_args_i64(args[1], &index) < 0)
        return NULL;
    return none_or_null(tpy_list_insert(args[0], index, args[2]));
}

/* pop(index=-1, /) */
static TpyObject *m_pop(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t index = -1;
    if (tpy_args_no_kw("list.pop", kwnames) < 0 ||
        tpy_args_positional("pop", nargs - 1, kwnames, 0, 1) < 0 ||
        (nargs > 1 && tpy_args_i64(args[1], &index) < 0))
        return NULL;
    return tpy_list_pop(args[0], index);
}

/* remove(value, /) */
static TpyObject *m_remove(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("list.remove", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_list_remove(args[0], args[1]));
}

/* index(value, start=0, stop=sys.maxsize, /) */
static TpyObject *m_index(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t start = 0, stop = INT64_MAX;
    if (tpy_args_no_kw("list.index", kwnames) < 0 ||
        tpy_args_positional("index", nargs - 1, kwnames, 1, 3) < 0 ||
        (nargs > 2 && tpy_seq_clamped_index(args[2], &start) < 0) ||
        (nargs > 3 && tpy_seq_clamped_index(args[3], &stop) < 0))
        return NULL;
    int64_t i = tpy_list_index(args[0], args[1], start, stop);
    return i < 0 ? NULL : tpy_int_from_i64(i);
}

/* count(value, /) */
static TpyObject *m_count(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("list.count", nargs - 1, kwnames) < 0)
        return NULL;
    int64_t n = tpy_list_count(args[0], args[1]);
    return n < 0 ? NULL : tpy_int_from_i64(n);
}

static TpyObject *m_clear(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("list.clear", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_list_clear(args[0]));
}

static TpyObject *m_copy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("list.copy", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_list_copy(args[0]);
}

static TpyObject *m_reverse(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("list.reverse", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_list_reverse(args[0]));
}

/* sort(*, key=None, reverse=False): reverse must be an int (Clinic's
 * `bool(accept={int})`), so reverse=None is a TypeError. */
static TpyObject *m_sort(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"key", "reverse", NULL};
    TpyArgSpec spec = {"sort", params, 0, 0, 0, TPY_ARGS_CLINIC, false};
    TpyObject *v[2];
    bool reverse;
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0 ||
        tpy_methods_int_flag(v[1], &reverse) < 0)
        return NULL;
    TpyObject *key = v[0] == tpy_None ? NULL : v[0];
    return none_or_null(tpy_list_sort(args[0], key, reverse));
}

const TpyMethodDef tpy_list_methods[] = {
    {"append", m_append, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"count", m_count, 0},
    {"extend", m_extend, 0},
    {"index", m_index, 0},
    {"insert", m_insert, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"reverse", m_reverse, 0},
    {"sort", m_sort, 0},
    {NULL, NULL, 0},
};
