/* runtime/modules/weakref_dicts.c: WeakValueDictionary and WeakKeyDictionary.
 *
 * Both wrap an ordinary dict, `data`, as CPython's weakref.py does:
 *  - WeakValueDictionary: key -> weakref(value).  Each value's weak reference
 *    has its own callback, a native closure over (weakref(self), key), that
 *    deletes the entry when the value dies -- if the entry still holds that
 *    same weak reference (the key may have been re-bound meanwhile).
 *  - WeakKeyDictionary: weakref(key) -> value.  A weak reference hashes like
 *    its referent and compares equal to another live reference to an equal
 *    object, so `data[weakref.ref(key)]` finds the entry.  One shared
 *    callback, a closure over weakref(self), deletes the dead reference's
 *    entry (the dead ref still hashes -- its hash was computed on insertion --
 *    and equals itself).
 * The callbacks hold only a weak reference to the dictionary, so no cycle
 * keeps a dictionary alive.  Entries vanish as soon as their referent dies,
 * so len() is the dict's.  Iteration walks a snapshot of (key, ref) pairs
 * and skips entries whose referent died meanwhile, so a loop that drops
 * values does not raise "dictionary changed size" (CPython's
 * _IterationGuard has the same purpose).
 */
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "method.h"
#include "none.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"
#include "weakref_internal.h"
#include "weakref_module.h"

typedef struct WeakDict {
    TpyObject ob;
    TpyObject *data;       /* owned dict */
    TpyObject *remover;    /* WeakKeyDictionary: owned shared callback; else NULL */
    TpyObject *weaklist;   /* weak references to the dictionary (not owned) */
} WeakDict;

#define WD(o) ((WeakDict *)(o))

static bool by_key(TpyObject *self)
{
    return self->type == &tpy_weakkeydict_type;
}

/* ---------------------------------------------------------------- callbacks */

/* WeakValueDictionary: data = (weakref(dict), key); args[0] = the dead ref. */
static TpyObject *value_died(TpyObject *data, TpyObject *const *args, int64_t nargs,
                             TpyObject *kwnames)
{
    (void)kwnames;
    if (nargs != 1)
        return tpy_none_new_ref();
    TpyObject *self = tpy_weakref_get(TPY_TUPLE_ITEMS(data)[0]);
    if (self == tpy_None)
        return tpy_none_new_ref();
    TpyObject *key = TPY_TUPLE_ITEMS(data)[1];
    TpyObject *cur = tpy_dict_get_borrowed(WD(self)->data, key);
    if (cur == args[0] && tpy_dict_delitem(WD(self)->data, key) < 0)
        return NULL;
    if (cur == NULL && tpy_err_occurred())
        return NULL;
    return tpy_none_new_ref();
}

/* WeakKeyDictionary: data = weakref(dict); args[0] = the dead key ref. */
static TpyObject *key_died(TpyObject *data, TpyObject *const *args, int64_t nargs,
                           TpyObject *kwnames)
{
    (void)kwnames;
    if (nargs != 1)
        return tpy_none_new_ref();
    TpyObject *self = tpy_weakref_get(data);
    if (self == tpy_None)
        return tpy_none_new_ref();
    int r = tpy_dict_contains(WD(self)->data, args[0]);
    if (r < 0 || (r > 0 && tpy_dict_delitem(WD(self)->data, args[0]) < 0))
        return NULL;
    return tpy_none_new_ref();
}

/* A new weak reference to `value` whose death removes data[key]. */
static TpyObject *value_ref(TpyObject *self, TpyObject *key, TpyObject *value)
{
    TpyObject *selfref = tpy_weakref_new(self, NULL);
    if (selfref == NULL)
        return NULL;
    TpyObject *pair = tpy_tuple_pack(2, selfref, key);
    tpy_decref(selfref);
    if (pair == NULL)
        return NULL;
    TpyObject *cb = tpy_native_closure_new("remove", "WeakValueDictionary.remove", value_died, pair);
    tpy_decref(pair);
    if (cb == NULL)
        return NULL;
    TpyObject *ref = tpy_weakref_new(value, cb);
    tpy_decref(cb);
    return ref;
}

/* ---------------------------------------------------------------- construction */

static int update_from(TpyObject *self, TpyObject *other);

static TpyObject *weakdict_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                     TpyObject *kwnames)
{
    if (tpy_args_positional(type->name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    TpyObject *self = tpy_object_new(type);
    if (self == NULL)
        return NULL;
    WD(self)->data = tpy_dict_new();
    if (WD(self)->data == NULL)
        goto error;
    if (type == &tpy_weakkeydict_type) {
        TpyObject *selfref = tpy_weakref_new(self, NULL);
        if (selfref == NULL)
            goto error;
        WD(self)->remover = tpy_native_closure_new("remove", "WeakKeyDictionary.remove",
                                                   key_died, selfref);
        tpy_decref(selfref);
        if (WD(self)->remover == NULL)
            goto error;
    }
    if (nargs == 1 && update_from(self, args[0]) < 0)
        goto error;
    return self;
error:
    tpy_decref(self);
    return NULL;
}

static void weakdict_dealloc(TpyObject *self)
{
    tpy_clear(WD(self)->data);
    tpy_clear(WD(self)->remover);
    tpy_object_free(self);
}

static int weakdict_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    if (WD(self)->data != NULL) {
        int r = visit(WD(self)->data, arg);
        if (r != 0)
            return r;
    }
    return WD(self)->remover != NULL ? visit(WD(self)->remover, arg) : 0;
}

static void weakdict_clear_slot(TpyObject *self)
{
    if (WD(self)->data != NULL)
        tpy_dict_clear(WD(self)->data);
}

/* ---------------------------------------------------------------- mapping slots */

/* WeakKeyDictionary: the lookup key for `key` (a new weak reference), or
 * NULL with TypeError for a key that cannot be weakly referenced. */
static TpyObject *key_ref(TpyObject *key)
{
    return tpy_weakref_new(key, NULL);
}

static TpyObject *weakdict_getitem(TpyObject *self, TpyObject *key)
{
    if (by_key(self)) {
        TpyObject *kr = key_ref(key);
        if (kr == NULL)
            return NULL;
        TpyObject *v = tpy_dict_get_borrowed(WD(self)->data, kr);
        tpy_decref(kr);
        if (v == NULL)
            return tpy_err_occurred() ? NULL : tpy_err_set_object(&tpy_KeyError_type, key);
        return tpy_newref(v);
    }
    TpyObject *r = tpy_dict_get_borrowed(WD(self)->data, key);
    TpyObject *o = r != NULL ? tpy_weakref_get(r) : NULL;
    if (o == NULL || o == tpy_None)
        return tpy_err_occurred() ? NULL : tpy_err_set_object(&tpy_KeyError_type, key);
    return tpy_newref(o);
}

static int weakdict_setitem(TpyObject *self, TpyObject *key, TpyObject *value)
{
    if (value == NULL) {
        if (!by_key(self))
            return tpy_dict_delitem(WD(self)->data, key);
        TpyObject *kr = key_ref(key);
        if (kr == NULL)
            return -1;
        int r = tpy_dict_delitem(WD(self)->data, kr);
        tpy_decref(kr);
        if (r < 0 && tpy_err_matches(&tpy_KeyError_type)) {
            tpy_err_clear();
            tpy_err_set_object(&tpy_KeyError_type, key);
        }
        return r;
    }
    if (by_key(self)) {
        TpyObject *kr = tpy_weakref_new(key, WD(self)->remover);
        if (kr == NULL)
            return -1;
        int r = tpy_dict_setitem(WD(self)->data, kr, value);
        tpy_decref(kr);
        return r;
    }
    TpyObject *vr = value_ref(self, key, value);
    if (vr == NULL)
        return -1;
    int r = tpy_dict_setitem(WD(self)->data, key, vr);
    tpy_decref(vr);
    return r;
}

static int weakdict_contains(TpyObject *self, TpyObject *key)
{
    if (by_key(self)) {
        if (!tpy_weakref_supported(key))
            return 0;
        TpyObject *kr = key_ref(key);
        if (kr == NULL)
            return -1;
        int r = tpy_dict_contains(WD(self)->data, kr);
        tpy_decref(kr);
        return r;
    }
    TpyObject *r = tpy_dict_get_borrowed(WD(self)->data, key);
    if (r == NULL)
        return tpy_err_occurred() ? -1 : 0;
    return tpy_weakref_get(r) != tpy_None;
}

static int64_t weakdict_length(TpyObject *self)
{
    return tpy_dict_length(WD(self)->data);
}

static TpyObject *weakdict_repr(TpyObject *self)
{
    char buf[100];
    snprintf(buf, sizeof buf, "<%s at %p>", self->type->name, (void *)self);
    return tpy_str_from_cstr(buf);
}

/* ---------------------------------------------------------------- iteration */

enum { IT_KEYS, IT_VALUES, IT_ITEMS, IT_REFS };

typedef struct WeakDictIter {
    TpyObject ob;
    TpyObject *pairs;    /* owned list: data key, data value, data key, ... */
    int64_t pos;
    int mode;
    bool by_key;
} WeakDictIter;

static TpyObject *weakdict_iter_mode(TpyObject *self, int mode)
{
    TpyObject *pairs = tpy_list_new(0);
    if (pairs == NULL)
        return NULL;
    int64_t pos = 0;
    TpyObject *k, *v;
    while (tpy_dict_next(WD(self)->data, &pos, &k, &v))
        if (tpy_list_append(pairs, k) < 0 || tpy_list_append(pairs, v) < 0) {
            tpy_decref(pairs);
            return NULL;
        }
    WeakDictIter *it = (WeakDictIter *)tpy_object_new(&tpy_weakdict_iterator_type);
    if (it == NULL) {
        tpy_decref(pairs);
        return NULL;
    }
    it->pairs = pairs;
    it->mode = mode;
    it->by_key = by_key(self);
    return &it->ob;
}

static TpyObject *weakdict_iter(TpyObject *self)
{
    return weakdict_iter_mode(self, IT_KEYS);
}

static TpyObject *iter_next(TpyObject *self)
{
    WeakDictIter *it = (WeakDictIter *)self;
    while (it->pairs != NULL && it->pos + 1 < TPY_LIST_SIZE(it->pairs)) {
        TpyObject *k = TPY_LIST_ITEMS(it->pairs)[it->pos];
        TpyObject *v = TPY_LIST_ITEMS(it->pairs)[it->pos + 1];
        it->pos += 2;
        TpyObject *ref = it->by_key ? k : v;
        TpyObject *obj = tpy_weakref_get(ref);
        if (obj == tpy_None)
            continue;   // died since the snapshot
        TpyObject *key = it->by_key ? obj : k, *value = it->by_key ? v : obj;
        switch (it->mode) {
        case IT_KEYS: return tpy_newref(key);
        case IT_VALUES: return tpy_newref(value);
        case IT_REFS: return tpy_newref(ref);
        default: return tpy_tuple_pack(2, key, value);
        }
    }
    return NULL;
}

static void iter_dealloc(TpyObject *self)
{
    tpy_clear(((WeakDictIter *)self)->pairs);
    tpy_object_free(self);
}

static int iter_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyObject *p = ((WeakDictIter *)self)->pairs;
    return p != NULL ? visit(p, arg) : 0;
}

static void iter_clear(TpyObject *self)
{
    tpy_clear(((WeakDictIter *)self)->pairs);
}

TpyType tpy_weakdict_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "weakref._iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(WeakDictIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = tpy_seq_iter_self,
    .iternext = iter_next,
};

/* ---------------------------------------------------------------- methods */

static int update_from(TpyObject *self, TpyObject *other)
{
    TpyObject *items;
    if (tpy_type_of(other) == &tpy_dict_type)
        items = tpy_dict_items(other);
    else if (tpy_type_of(other) == &tpy_weakvaluedict_type ||
             tpy_type_of(other) == &tpy_weakkeydict_type)
        items = weakdict_iter_mode(other, IT_ITEMS);
    else
        items = tpy_newref(other);
    if (items == NULL)
        return -1;
    TpyObject *it = tpy_object_iter(items);
    tpy_decref(items);
    if (it == NULL)
        return -1;
    TpyObject *pair;
    int status = 0;
    while ((pair = tpy_type_of(it)->iternext(it)) != NULL) {
        if (tpy_type_of(pair) != &tpy_tuple_type || TPY_TUPLE_SIZE(pair) != 2) {
            tpy_err_format(&tpy_TypeError_type, "cannot convert dictionary update sequence element to a pair");
            tpy_decref(pair);
            status = -1;
            break;
        }
        status = weakdict_setitem(self, TPY_TUPLE_ITEMS(pair)[0], TPY_TUPLE_ITEMS(pair)[1]);
        tpy_decref(pair);
        if (status < 0)
            break;
    }
    tpy_decref(it);
    if (status == 0 && tpy_err_occurred())
        status = -1;
    return status;
}

#define SELF args[0]

static TpyObject *m_keys(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("keys", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return weakdict_iter_mode(SELF, IT_KEYS);
}

static TpyObject *m_values(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("values", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return weakdict_iter_mode(SELF, IT_VALUES);
}

static TpyObject *m_items(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("items", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return weakdict_iter_mode(SELF, IT_ITEMS);
}

static TpyObject *m_itervaluerefs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("itervaluerefs", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return weakdict_iter_mode(SELF, IT_REFS);
}

/* valuerefs() / keyrefs(): a list of the live weak references. */
static TpyObject *m_refs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("valuerefs", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TpyObject *it = weakdict_iter_mode(SELF, IT_REFS);
    if (it == NULL)
        return NULL;
    TpyObject *list = tpy_list_new(0), *r;
    while (list != NULL && (r = iter_next(it)) != NULL)
        if (tpy_list_append_steal(list, r) < 0) {
            tpy_decref(list);
            list = NULL;
        }
    tpy_decref(it);
    return list;
}

static TpyObject *m_get(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("get", nargs, kwnames, 2, 3) < 0)
        return NULL;
    TpyObject *v = weakdict_getitem(SELF, args[1]);
    if (v != NULL || !tpy_err_matches(&tpy_KeyError_type))
        return v;
    tpy_err_clear();
    return tpy_newref(nargs > 2 ? args[2] : tpy_None);
}

static TpyObject *m_pop(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("pop", nargs, kwnames, 2, 3) < 0)
        return NULL;
    TpyObject *v = weakdict_getitem(SELF, args[1]);
    if (v == NULL) {
        if (nargs < 3 || !tpy_err_matches(&tpy_KeyError_type))
            return NULL;
        tpy_err_clear();
        return tpy_newref(args[2]);
    }
    if (weakdict_setitem(SELF, args[1], NULL) < 0) {
        tpy_decref(v);
        return NULL;
    }
    return v;
}

static TpyObject *m_setdefault(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("setdefault", nargs, kwnames, 2, 3) < 0)
        return NULL;
    TpyObject *v = weakdict_getitem(SELF, args[1]);
    if (v != NULL || !tpy_err_matches(&tpy_KeyError_type))
        return v;
    tpy_err_clear();
    TpyObject *dflt = nargs > 2 ? args[2] : tpy_None;
    if (weakdict_setitem(SELF, args[1], dflt) < 0)
        return NULL;
    return tpy_newref(dflt);
}

static TpyObject *m_copy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("copy", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TpyType *t = SELF->type;
    return weakdict_construct(t, args, 1, NULL);
}

static TpyObject *m_update(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("update", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && update_from(SELF, args[1]) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *m_clear(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("clear", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (tpy_dict_clear(WD(SELF)->data) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *m_popitem(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("popitem", nargs, kwnames, 1, 1) < 0)
        return NULL;
    for (;;) {
        TpyObject *pair = tpy_dict_popitem(WD(SELF)->data);
        if (pair == NULL)
            return NULL;
        TpyObject *k = TPY_TUPLE_ITEMS(pair)[0], *v = TPY_TUPLE_ITEMS(pair)[1];
        TpyObject *obj = tpy_weakref_get(by_key(SELF) ? k : v);
        TpyObject *r = obj == tpy_None ? NULL
                       : by_key(SELF) ? tpy_tuple_pack(2, obj, v) : tpy_tuple_pack(2, k, obj);
        bool dead = obj == tpy_None;
        tpy_decref(pair);
        if (!dead)
            return r;
    }
}

static const TpyMethodDef weakvaluedict_methods[] = {
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"valuerefs", m_refs, 0},
    {"itervaluerefs", m_itervaluerefs, 0},
    {"get", m_get, 0},
    {"pop", m_pop, 0},
    {"setdefault", m_setdefault, 0},
    {"copy", m_copy, 0},
    {"update", m_update, 0},
    {"clear", m_clear, 0},
    {"popitem", m_popitem, 0},
    {NULL, NULL, 0},
};

static const TpyMethodDef weakkeydict_methods[] = {
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"keyrefs", m_refs, 0},
    {"get", m_get, 0},
    {"pop", m_pop, 0},
    {"setdefault", m_setdefault, 0},
    {"copy", m_copy, 0},
    {"update", m_update, 0},
    {"clear", m_clear, 0},
    {"popitem", m_popitem, 0},
    {NULL, NULL, 0},
};

#define WEAKDICT_TYPE(cname, pyname, methodtable)          \
    TpyType cname = {                                      \
        .ob = TPY_STATIC_TYPE_HEADER,                      \
        .name = pyname,                                    \
        .base = &tpy_object_type,                          \
        .basicsize = sizeof(WeakDict),                     \
        .flags = TPY_TPFLAG_GC | TPY_TPFLAG_HAS_WEAKLIST,  \
        .weaklist_offset = offsetof(WeakDict, weaklist),   \
        .dealloc = weakdict_dealloc,                       \
        .traverse = weakdict_traverse,                     \
        .clear = weakdict_clear_slot,                      \
        .repr = weakdict_repr,                             \
        .length = weakdict_length,                         \
        .iter = weakdict_iter,                             \
        .getitem = weakdict_getitem,                       \
        .setitem = weakdict_setitem,                       \
        .contains = weakdict_contains,                     \
        .construct = weakdict_construct,                   \
        .methods = methodtable,                            \
    }

WEAKDICT_TYPE(tpy_weakvaluedict_type, "WeakValueDictionary", weakvaluedict_methods);
WEAKDICT_TYPE(tpy_weakkeydict_type, "WeakKeyDictionary", weakkeydict_methods);
