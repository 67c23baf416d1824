/* runtime/dict_methods.c: the method table of dict.
 *
 * TpyNativeFn wrappers (args[0] is self) around dict.c's typed functions,
 * with CPython 3.11's argument handling: get/pop/setdefault/fromkeys are
 * positional-only ("get expected at least 1 argument, got 0"), keys/values/
 * items/popitem/copy/clear take nothing ("dict.keys() takes no arguments (1
 * given)"), update takes one optional positional argument plus **kwargs.
 * fromkeys is a classmethod: args[0] is the class (dict or a subclass).
 */
#include "dict.h"

#include "abstract.h"
#include "argparse.h"
#include "exc.h"
#include "none.h"
#include "tuple.h"

static TpyObject *none_or_null(int status)
{
    return status < 0 ? NULL : tpy_none_new_ref();
}

/* get(key, default=None, /) */
static TpyObject *m_get(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("dict.get", kwnames) < 0 ||
        tpy_args_positional("get", nargs - 1, kwnames, 1, 2) < 0)
        return NULL;
    return tpy_dict_get(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

/* pop(key, default=<unrepresentable>, /) */
static TpyObject *m_pop(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("dict.pop", kwnames) < 0 ||
        tpy_args_positional("pop", nargs - 1, kwnames, 1, 2) < 0)
        return NULL;
    return tpy_dict_pop(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

/* setdefault(key, default=None, /) */
static TpyObject *m_setdefault(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("dict.setdefault", kwnames) < 0 ||
        tpy_args_positional("setdefault", nargs - 1, kwnames, 1, 2) < 0)
        return NULL;
    return tpy_dict_setdefault(args[0], args[1], nargs > 2 ? args[2] : tpy_None);
}

/* update([other], /, **kwargs): the positional argument first, then the
 * keywords in call order (later ones win). */
static TpyObject *m_update(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("update", nargs - 1, NULL, 0, 1) < 0)
        return NULL;
    if (nargs > 1 && tpy_dict_update(args[0], args[1]) < 0)
        return NULL;
    int64_t nkw = tpy_args_nkw(kwnames);
    for (int64_t i = 0; i < nkw; i++)
        if (tpy_dict_setitem(args[0], TPY_TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
            return NULL;
    return tpy_none_new_ref();
}

#define NOARGS(name, call)                                                                 \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        if (tpy_args_none("dict." #name, nargs - 1, kwnames) < 0)                         \
            return NULL;                                                                   \
        return call;                                                                       \
    }
NOARGS(keys, tpy_dict_keys(args[0]))
NOARGS(values, tpy_dict_values(args[0]))
NOARGS(items, tpy_dict_items(args[0]))
NOARGS(popitem, tpy_dict_popitem(args[0]))
NOARGS(copy, tpy_dict_copy(args[0]))
NOARGS(clear, none_or_null(tpy_dict_clear(args[0])))

/* fromkeys(iterable, value=None, /), a classmethod.  A subclass (args[0]
 * other than dict) gets an instance built by calling the class, then
 * filled with d[key] = value, as CPython's _PyDict_FromKeys does. */
static TpyObject *m_fromkeys(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("dict.fromkeys", kwnames) < 0 ||
        tpy_args_positional("fromkeys", nargs - 1, kwnames, 1, 2) < 0)
        return NULL;
    TpyObject *cls = args[0], *value = nargs > 2 ? args[2] : tpy_None;
    if (cls == &tpy_dict_type.ob)
        return tpy_dict_fromkeys(args[1], value);
    TpyObject *d = tpy_object_call(cls, NULL, 0, NULL);
    if (d == NULL)
        return NULL;
    TpyObject *it = tpy_object_iter(args[1]);
    if (it == NULL)
        goto error;
    TpyObject *key;
    while ((key = tpy_object_next(it)) != NULL) {
        int r = tpy_object_setitem(d, key, value);
        tpy_decref(key);
        if (r < 0)
            break;
    }
    tpy_decref(it);
    if (tpy_err_occurred() != NULL)
        goto error;
    return d;
error:
    tpy_decref(d);
    return NULL;
}

const TpyMethodDef tpy_dict_methods[] = {
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"fromkeys", m_fromkeys, TPY_METH_CLASS},
    {"get", m_get, 0},
    {"items", m_items, 0},
    {"keys", m_keys, 0},
    {"pop", m_pop, 0},
    {"popitem", m_popitem, 0},
    {"setdefault", m_setdefault, 0},
    {"update", m_update, 0},
    {"values", m_values, 0},
    {NULL, NULL, 0},
};
