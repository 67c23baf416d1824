/* runtime/modules/collections_dicts.c: defaultdict, OrderedDict and Counter.
 *
 * All three are dict subclasses with dict's layout (TpyDefaultDict appends
 * the factory), so dict.c's functions and dict's method table (found through
 * `base`) work on them unchanged.  What each one changes:
 *  - defaultdict: d[k] on a missing key calls default_factory through
 *    tpy_object_call, stores and returns the result (CPython's __missing__);
 *    repr `defaultdict(<class 'list'>, {...})`; copy keeps the factory.
 *  - OrderedDict: the order is the dict's own insertion order, so only
 *    move_to_end/popitem(last=False) need work: moving to the end re-inserts
 *    the key (O(1) amortised), moving to the front rebuilds the table (O(n),
 *    rare).  Equality between two OrderedDicts is order-sensitive; repr is
 *    3.11's `OrderedDict([('a', 1)])`.
 *  - Counter: a missing key reads as 0 without being inserted, `del` of a
 *    missing key is ignored, most_common() is a stable sort by count
 *    (descending, ties in insertion order: what heapq.nlargest and sorted give
 *    in CPython), repr lists items in most_common() order, and equality
 *    treats missing keys as zero counts (3.10+).
 * Slots the types do not set are copied from dict's at first use
 * (collections_ready), as CPython's PyType_Ready inherits them.
 */
#include "collections.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "method.h"
#include "none.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

#define DD(o) ((TpyDefaultDict *)(o))

static void inherit_dict_slots(TpyType *t)
{
    const TpyType *b = &tpy_dict_type;
#define INHERIT(slot) \
    if (t->slot == NULL) \
        t->slot = b->slot
    INHERIT(dealloc);
    INHERIT(traverse);
    INHERIT(clear);
    INHERIT(hash);
    INHERIT(truth);
    INHERIT(length);
    INHERIT(iter);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(binop);
    INHERIT(inplace_binop);
    INHERIT(size_of);
#undef INHERIT
}

/* Fill the inherited slots once (idempotent). */
void tpy_collections_ready(void)
{
    static bool ready;
    if (ready)
        return;
    ready = true;
    inherit_dict_slots(&tpy_defaultdict_type);
    inherit_dict_slots(&tpy_ordereddict_type);
    inherit_dict_slots(&tpy_counter_type);
}

static TpyObject *none_or_null(int status)
{
    return status < 0 ? NULL : tpy_none_new_ref();
}

/* dst.update(src) for any dict-like or iterable of pairs (dict.c's update
 * treats only exact dicts as mappings). */
static int update_from(TpyObject *dst, TpyObject *src)
{
    if (!tpy_collections_is_dict(src))
        return tpy_dict_update(dst, src);
    if (src == dst)
        return 0;
    int64_t pos = 0;
    TpyObject *k, *v;
    while (tpy_dict_next(src, &pos, &k, &v)) {
        tpy_incref(k);
        tpy_incref(v);
        int r = tpy_dict_setitem(dst, k, v);
        tpy_decref(k);
        tpy_decref(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* update_from, then the keyword arguments args[npos..). */
static int update_args(TpyObject *d, TpyObject *src, TpyObject *const *kwvalues, TpyObject *kwnames)
{
    if (src != NULL && update_from(d, src) < 0)
        return -1;
    int64_t nkw = tpy_args_nkw(kwnames);
    for (int64_t i = 0; i < nkw; i++)
        if (tpy_dict_setitem(d, TPY_TUPLE_ITEMS(kwnames)[i], kwvalues[i]) < 0)
            return -1;
    return 0;
}

/* Order-insensitive equality of two dict-likes: 1, 0, -1. */
static int dict_equal(TpyObject *a, TpyObject *b)
{
    if (tpy_dict_length(a) != tpy_dict_length(b))
        return 0;
    int64_t pos = 0;
    TpyObject *k, *v;
    while (tpy_dict_next(a, &pos, &k, &v)) {
        tpy_incref(k);
        tpy_incref(v);
        TpyObject *bv = tpy_dict_get_borrowed(b, k);
        int r;
        if (bv == NULL) {
            r = tpy_err_occurred() != NULL ? -1 : 0;
        } else {
            tpy_incref(bv);
            r = tpy_object_equal(v, bv);
            tpy_decref(bv);
        }
        tpy_decref(k);
        tpy_decref(v);
        if (r <= 0)
            return r;
    }
    return 1;
}

static TpyObject *eq_result(int r, TpyCompareOp op)
{
    if (r < 0)
        return NULL;
    return tpy_bool_from(op == TPY_CMP_OP_EQ ? r == 1 : r == 0);
}

/* dict-like == dict-like, order-insensitive (defaultdict, and OrderedDict
 * against a non-OrderedDict). */
static TpyObject *dictlike_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_collections_is_dict(a) || !tpy_collections_is_dict(b) ||
        (op != TPY_CMP_OP_EQ && op != TPY_CMP_OP_NE))
        return tpy_newref(tpy_NotImplemented);
    return eq_result(dict_equal(a, b), op);
}

/* getattr for the three types: their builtin methods (and defaultdict's
 * default_factory, handled by the caller). */
static TpyObject *bind_method(TpyObject *o, const char *n)
{
    TpyObject *m = tpy_method_bind_builtin(o, n);
    if (m != NULL || tpy_err_occurred() != NULL)
        return m;
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          tpy_type_of(o)->name, n);
}

static TpyObject *dictlike_getattr(TpyObject *o, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    return n == NULL ? NULL : bind_method(o, n);
}

/* "Name(" + inner + ")" where inner is a str object (borrowed). */
static TpyObject *wrap_repr(const char *name, TpyObject *inner, const char *suffix)
{
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_cstr(&b, name) < 0 || tpy_strbuilder_append_char(&b, '(') < 0 ||
        (inner != NULL && tpy_strbuilder_append_str(&b, inner) < 0) ||
        tpy_strbuilder_append_cstr(&b, suffix) < 0) {
        tpy_strbuilder_discard(&b);
        return NULL;
    }
    return tpy_strbuilder_finish(&b);
}

/* ================================================================ defaultdict */

TpyObject *tpy_defaultdict_new(TpyObject *factory)
{
    tpy_collections_ready();
    TpyObject *d = tpy_object_new(&tpy_defaultdict_type);
    if (d != NULL && factory != NULL && factory != tpy_None)
        DD(d)->default_factory = tpy_newref(factory);
    return d;
}

/* __missing__: factory() stored under key; KeyError(key) without a factory. */
static TpyObject *dd_missing(TpyObject *d, TpyObject *key)
{
    TpyObject *f = DD(d)->default_factory;
    if (f == NULL)
        return tpy_err_set_object(&tpy_KeyError_type, key);
    tpy_incref(f);
    TpyObject *v = tpy_object_call(f, NULL, 0, NULL);
    tpy_decref(f);
    if (v == NULL)
        return NULL;
    if (tpy_dict_setitem(d, key, v) < 0) {
        tpy_decref(v);
        return NULL;
    }
    return v;
}

static TpyObject *dd_getitem(TpyObject *d, TpyObject *key)
{
    TpyObject *v = tpy_dict_get_borrowed(d, key);
    if (v != NULL)
        return tpy_newref(v);
    if (tpy_err_occurred() != NULL)
        return NULL;
    return dd_missing(d, key);
}

static TpyObject *dd_repr(TpyObject *d)
{
    TpyObject *f = DD(d)->default_factory, *fr, *dr;
    if (f == NULL) {
        fr = tpy_str_from_cstr("None");
    } else {
        int g = tpy_repr_enter(f);
        if (g < 0)
            return NULL;
        fr = g > 0 ? tpy_str_from_cstr("...") : tpy_object_repr(f);
        if (g == 0)
            tpy_repr_leave(f);
    }
    if (fr == NULL)
        return NULL;
    dr = tpy_dict_repr(d);
    TpyObject *r = NULL;
    if (dr != NULL) {
        TpyStrBuilder b;
        tpy_strbuilder_init(&b);
        if (tpy_strbuilder_append_cstr(&b, "defaultdict(") < 0 || tpy_strbuilder_append_str(&b, fr) < 0 ||
            tpy_strbuilder_append_cstr(&b, ", ") < 0 || tpy_strbuilder_append_str(&b, dr) < 0 ||
            tpy_strbuilder_append_char(&b, ')') < 0)
            tpy_strbuilder_discard(&b);
        else
            r = tpy_strbuilder_finish(&b);
    }
    tpy_decref(fr);
    tpy_xdecref(dr);
    return r;
}

static TpyObject *dd_copy(TpyObject *d)
{
    TpyObject *c = tpy_defaultdict_new(DD(d)->default_factory);
    if (c != NULL && update_from(c, d) < 0)
        tpy_clear(c);
    return c;
}

static void dd_clear(TpyObject *d)
{
    tpy_clear(DD(d)->default_factory);
    tpy_dict_type.clear(d);
}

static void dd_dealloc(TpyObject *d)
{
    tpy_clear(DD(d)->default_factory);
    tpy_dict_type.dealloc(d);
}

static int dd_traverse(TpyObject *d, TpyVisitFn visit, void *arg)
{
    TpyObject *f = DD(d)->default_factory;
    if (f != NULL && !tpy_is_smallint(f)) {
        int r = visit(f, arg);
        if (r != 0)
            return r;
    }
    return tpy_dict_type.traverse(d, visit, arg);
}

static TpyObject *dd_getattr(TpyObject *d, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (strcmp(n, "default_factory") == 0) {
        TpyObject *f = DD(d)->default_factory;
        return f == NULL ? tpy_none_new_ref() : tpy_newref(f);
    }
    return bind_method(d, n);
}

static int dd_setattr(TpyObject *d, TpyObject *name, TpyObject *value)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return -1;
    if (strcmp(n, "default_factory") != 0) {
        tpy_err_format(&tpy_AttributeError_type, "'collections.defaultdict' object has no attribute '%s'", n);
        return -1;
    }
    TpyObject *old = DD(d)->default_factory;
    DD(d)->default_factory = value == NULL || value == tpy_None ? NULL : tpy_newref(value);
    tpy_xdecref(old);
    return 0;
}

static bool is_callable(TpyObject *o)
{
    TpyType *t = tpy_type_of(o);
    if (t->call != NULL || t == &tpy_type_type || tpy_type_is_subtype(t, &tpy_type_type))
        return true;
    if (t->flags & TPY_TPFLAG_HEAPTYPE) {   // a user class with __call__
        TpyObject *m = tpy_object_getattr_str(o, "__call__");
        if (m != NULL) {
            tpy_decref(m);
            return true;
        }
        tpy_err_clear();
    }
    return false;
}

/* defaultdict(default_factory=None, /, *args, **kwargs) */
static TpyObject *dd_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    (void)type;
    int64_t npos = nargs;   // keyword values follow the positional ones
    TpyObject *factory = npos > 0 ? args[0] : NULL;
    if (factory != NULL && factory != tpy_None && !is_callable(factory))
        return tpy_err_format(&tpy_TypeError_type, "first argument must be callable or None");
    if (npos > 2)
        return tpy_err_format(&tpy_TypeError_type, "dict expected at most 1 argument, got %lld",
                              (long long)(npos - 1));
    TpyObject *d = tpy_defaultdict_new(factory);
    if (d != NULL && update_args(d, npos > 1 ? args[1] : NULL, args + npos, kwnames) < 0)
        tpy_clear(d);
    return d;
}

static TpyObject *dd_m_missing(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("__missing__", nargs - 1, kwnames) < 0)
        return NULL;
    return dd_missing(args[0], args[1]);
}

static TpyObject *dd_m_copy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("copy", nargs - 1, kwnames) < 0)
        return NULL;
    return dd_copy(args[0]);
}

static const TpyMethodDef dd_methods[] = {
    {"__missing__", dd_m_missing, 0},
    {"copy", dd_m_copy, 0},
    {"__copy__", dd_m_copy, 0},
    {NULL, NULL, 0},
};

TpyType tpy_defaultdict_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "defaultdict",
    .base = &tpy_dict_type,
    .basicsize = sizeof(TpyDefaultDict),
    .flags = TPY_TPFLAG_GC,
    .dealloc = dd_dealloc,
    .traverse = dd_traverse,
    .clear = dd_clear,
    .repr = dd_repr,
    .richcompare = dictlike_richcompare,
    .getitem = dd_getitem,
    .getattr = dd_getattr,
    .setattr = dd_setattr,
    .construct = dd_construct,
    .methods = dd_methods,
};

/* ================================================================ OrderedDict */

TpyObject *tpy_ordereddict_new(void)
{
    tpy_collections_ready();
    return tpy_object_new(&tpy_ordereddict_type);
}

static bool is_ordereddict(TpyObject *o)
{
    return tpy_object_is_instance(o, &tpy_ordereddict_type);
}

/* list(d.items()) as a new list of tuples. */
static TpyObject *items_list(TpyObject *d)
{
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    int64_t pos = 0;
    TpyObject *k, *v;
    while (tpy_dict_next(d, &pos, &k, &v)) {
        TpyObject *t = tpy_tuple_pack(2, k, v);
        if (t == NULL || tpy_list_append_steal(list, t) < 0) {
            tpy_decref(list);
            return NULL;
        }
    }
    return list;
}

int tpy_ordereddict_move_to_end(TpyObject *od, TpyObject *key, bool last)
{
    TpyObject *v = tpy_dict_get_borrowed(od, key);
    if (v == NULL) {
        if (tpy_err_occurred() == NULL)
            tpy_err_set_object(&tpy_KeyError_type, key);
        return -1;
    }
    if (last) {
        TpyObject *value = tpy_dict_pop(od, key, NULL);
        if (value == NULL)
            return -1;
        int r = tpy_dict_setitem(od, key, value);
        tpy_decref(value);
        return r;
    }
    // To the front: rebuild the table with `key` first.
    TpyObject *items = items_list(od);
    if (items == NULL)
        return -1;
    int r = -1;
    tpy_incref(v);
    tpy_dict_clear(od);
    if (tpy_dict_setitem(od, key, v) < 0)
        goto done;
    for (int64_t i = 0; i < TPY_LIST_SIZE(items); i++) {
        TpyObject *t = TPY_LIST_ITEMS(items)[i];
        int eq = tpy_object_equal(TPY_TUPLE_ITEMS(t)[0], key);
        if (eq < 0)
            goto done;
        if (eq == 0 && tpy_dict_setitem(od, TPY_TUPLE_ITEMS(t)[0], TPY_TUPLE_ITEMS(t)[1]) < 0)
            goto done;
    }
    r = 0;
done:
    tpy_decref(v);
    tpy_decref(items);
    return r;
}

static TpyObject *od_repr(TpyObject *od)
{
    if (tpy_dict_length(od) == 0)
        return wrap_repr(tpy_type_of(od)->name, NULL, ")");
    int g = tpy_repr_enter(od);
    if (g != 0)
        return g > 0 ? tpy_str_from_cstr("...") : NULL;
    TpyObject *items = items_list(od), *lr = NULL, *r = NULL;
    if (items != NULL && (lr = tpy_object_repr(items)) != NULL)
        r = wrap_repr(tpy_type_of(od)->name, lr, ")");
    tpy_xdecref(items);
    tpy_xdecref(lr);
    tpy_repr_leave(od);
    return r;
}

/* Order-sensitive equality of two OrderedDicts. */
static int od_equal(TpyObject *a, TpyObject *b)
{
    if (tpy_dict_length(a) != tpy_dict_length(b))
        return 0;
    TpyObject *ia = items_list(a), *ib = ia != NULL ? items_list(b) : NULL;
    int r = -1;
    if (ib == NULL)
        goto done;
    r = TPY_LIST_SIZE(ia) == TPY_LIST_SIZE(ib);
    for (int64_t i = 0; r == 1 && i < TPY_LIST_SIZE(ia); i++) {
        TpyObject *ta = TPY_LIST_ITEMS(ia)[i], *tb = TPY_LIST_ITEMS(ib)[i];
        r = tpy_object_equal(TPY_TUPLE_ITEMS(ta)[0], TPY_TUPLE_ITEMS(tb)[0]);
        if (r == 1)
            r = tpy_object_equal(TPY_TUPLE_ITEMS(ta)[1], TPY_TUPLE_ITEMS(tb)[1]);
    }
done:
    tpy_xdecref(ia);
    tpy_xdecref(ib);
    return r;
}

static TpyObject *od_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (is_ordereddict(a) && is_ordereddict(b) && (op == TPY_CMP_OP_EQ || op == TPY_CMP_OP_NE)) {
        int r = od_equal(a, b);
        if (r <= 0)
            return eq_result(r, op);
    }
    return dictlike_richcompare(a, b, op);
}

/* OrderedDict(iterable_or_mapping=(), /, **kwargs) */
static TpyObject *od_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    (void)type;
    int64_t npos = nargs;
    if (npos > 1)
        return tpy_err_format(&tpy_TypeError_type, "expected at most 1 arguments, got %lld",
                              (long long)npos);
    TpyObject *d = tpy_ordereddict_new();
    if (d != NULL && update_args(d, npos > 0 ? args[0] : NULL, args + npos, kwnames) < 0)
        tpy_clear(d);
    return d;
}

static int last_arg(const char *fname, TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                    int first, TpyObject **outs, bool *last)
{
    static const char *const params_mte[] = {"key", "last", NULL};
    static const char *const params_pop[] = {"last", NULL};
    TpyArgSpec spec = {fname, first ? params_mte : params_pop, 0, -1, first, TPY_ARGS_CLINIC, false};
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, outs) < 0)
        return -1;
    TpyObject *l = outs[first];
    *last = true;
    if (l != NULL) {
        int t = tpy_object_is_true(l);
        if (t < 0)
            return -1;
        *last = t == 1;
    }
    return 0;
}

static TpyObject *od_m_move_to_end(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    TpyObject *a[2];
    bool last;
    if (last_arg("move_to_end", args, nargs, kwnames, 1, a, &last) < 0)
        return NULL;
    return none_or_null(tpy_ordereddict_move_to_end(args[0], a[0], last));
}

static TpyObject *od_m_popitem(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    TpyObject *a[1];
    bool last;
    if (last_arg("popitem", args, nargs, kwnames, 0, a, &last) < 0)
        return NULL;
    TpyObject *od = args[0];
    if (tpy_dict_length(od) == 0)
        return tpy_err_format(&tpy_KeyError_type, "dictionary is empty");
    if (last)
        return tpy_dict_popitem(od);
    int64_t pos = 0;
    TpyObject *k, *v;
    if (!tpy_dict_next(od, &pos, &k, &v))
        return tpy_err_format(&tpy_KeyError_type, "dictionary is empty");
    tpy_incref(k);
    TpyObject *value = tpy_dict_pop(od, k, NULL), *r = NULL;
    if (value != NULL) {
        r = tpy_tuple_pack(2, k, value);
        tpy_decref(value);
    }
    tpy_decref(k);
    return r;
}

static TpyObject *od_copy(TpyObject *od)
{
    TpyObject *c = tpy_ordereddict_new();
    if (c != NULL && update_from(c, od) < 0)
        tpy_clear(c);
    return c;
}

static TpyObject *od_m_copy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("copy", nargs - 1, kwnames) < 0)
        return NULL;
    return od_copy(args[0]);
}

static TpyObject *od_m_reversed(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("__reversed__", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_dict_reversed(args[0]);
}

static const TpyMethodDef od_methods[] = {
    {"move_to_end", od_m_move_to_end, 0},
    {"popitem", od_m_popitem, 0},
    {"copy", od_m_copy, 0},
    {"__copy__", od_m_copy, 0},
    {"__reversed__", od_m_reversed, 0},
    {NULL, NULL, 0},
};

TpyType tpy_ordereddict_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "OrderedDict",
    .base = &tpy_dict_type,
    .basicsize = sizeof(TpyDict),
    .flags = TPY_TPFLAG_GC,
    .repr = od_repr,
    .richcompare = od_richcompare,
    .getattr = dictlike_getattr,
    .construct = od_construct,
    .methods = od_methods,
};

/* ================================================================ Counter */

TpyObject *tpy_counter_new(void)
{
    tpy_collections_ready();
    return tpy_object_new(&tpy_counter_type);
}

static bool is_counter(TpyObject *o)
{
    return tpy_object_is_instance(o, &tpy_counter_type);
}

/* self.get(key, 0) as a new reference. */
static TpyObject *count_of(TpyObject *c, TpyObject *key)
{
    TpyObject *v = tpy_dict_get_borrowed(c, key);
    if (v != NULL)
        return tpy_newref(v);
    return tpy_err_occurred() != NULL ? NULL : tpy_smallint(0);
}

/* self[key] = self.get(key, 0) + delta (sign > 0), or - delta. For
 * update(mapping) CPython computes `count + self_get(elem, 0)`: the order of
 * the operands is kept for non-int counts. */
static int add_count(TpyObject *c, TpyObject *key, TpyObject *delta, int sign)
{
    TpyObject *old = count_of(c, key);
    if (old == NULL)
        return -1;
    TpyObject *nv = sign > 0 ? tpy_number_binop(delta, old, TPY_BINOP_ADD)
                             : tpy_number_binop(old, delta, TPY_BINOP_SUB);
    tpy_decref(old);
    if (nv == NULL)
        return -1;
    int r = tpy_dict_setitem(c, key, nv);
    tpy_decref(nv);
    return r;
}

int tpy_counter_update(TpyObject *c, TpyObject *other, int sign)
{
    if (other == NULL || other == tpy_None)
        return 0;
    if (tpy_collections_is_dict(other)) {
        if (sign > 0 && tpy_dict_length(c) == 0)
            return update_from(c, other);
        int64_t pos = 0;
        TpyObject *k, *v;
        while (tpy_dict_next(other, &pos, &k, &v)) {
            tpy_incref(k);
            tpy_incref(v);
            int r = add_count(c, k, v, sign);
            tpy_decref(k);
            tpy_decref(v);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    TpyObject *it = tpy_object_iter(other), *item;
    if (it == NULL)
        return -1;
    while ((item = tpy_object_next(it)) != NULL) {
        TpyObject *old = count_of(c, item), *nv = NULL;
        if (old != NULL) {
            // _count_elements: mapping[elem] = mapping_get(elem, 0) + 1
            nv = tpy_number_binop(old, tpy_smallint(1), sign > 0 ? TPY_BINOP_ADD : TPY_BINOP_SUB);
            tpy_decref(old);
        }
        int r = nv == NULL ? -1 : tpy_dict_setitem(c, item, nv);
        tpy_xdecref(nv);
        tpy_decref(item);
        if (r < 0) {
            tpy_decref(it);
            return -1;
        }
    }
    tpy_decref(it);
    return tpy_err_occurred() != NULL ? -1 : 0;
}

static TpyObject *second_item(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    (void)nargs;
    (void)kwnames;
    return tpy_newref(TPY_TUPLE_ITEMS(args[0])[1]);
}

static const TpyMethodDef second_item_def = {"<count>", second_item, 0};

TpyObject *tpy_counter_most_common(TpyObject *c, int64_t n)
{
    TpyObject *items = items_list(c);
    if (items == NULL)
        return NULL;
    if (n == 0) {
        tpy_decref(items);
        return tpy_list_new(0);
    }
    TpyObject *key = tpy_native_new(&second_item_def, NULL);
    if (key == NULL || tpy_list_sort(items, key, true) < 0) {
        tpy_xdecref(key);
        tpy_decref(items);
        return NULL;
    }
    tpy_decref(key);
    if (n > 0 && n < TPY_LIST_SIZE(items)) {
        TpyObject *head = tpy_list_from_array(TPY_LIST_ITEMS(items), n);
        tpy_decref(items);
        return head;
    }
    return items;
}

static TpyObject *counter_getitem(TpyObject *c, TpyObject *key)
{
    return count_of(c, key);
}

static int counter_setitem(TpyObject *c, TpyObject *key, TpyObject *value)
{
    if (value != NULL)
        return tpy_dict_setitem(c, key, value);
    int has = tpy_dict_contains(c, key);   // del c[missing] is not an error
    if (has <= 0)
        return has;
    return tpy_dict_delitem(c, key);
}

static TpyObject *counter_repr(TpyObject *c)
{
    const char *name = tpy_type_of(c)->name;
    if (tpy_dict_length(c) == 0)
        return wrap_repr(name, NULL, ")");
    int g = tpy_repr_enter(c);
    if (g != 0)
        return g > 0 ? tpy_str_from_cstr("...") : NULL;
    TpyObject *d = tpy_dict_new(), *mc = NULL, *dr = NULL, *r = NULL;
    if (d == NULL)
        goto done;
    mc = tpy_counter_most_common(c, -1);
    if (mc == NULL) {   // unorderable counts: the dict's own order
        if (!tpy_err_matches(&tpy_TypeError_type))
            goto done;
        tpy_err_clear();
        if (update_from(d, c) < 0)
            goto done;
    } else if (tpy_dict_update(d, mc) < 0) {
        goto done;
    }
    if ((dr = tpy_dict_repr(d)) != NULL)
        r = wrap_repr(name, dr, ")");
done:
    tpy_xdecref(d);
    tpy_xdecref(mc);
    tpy_xdecref(dr);
    tpy_repr_leave(c);
    return r;
}

/* Counter == Counter: every key of either has equal counts, missing = 0. */
static int counter_equal(TpyObject *a, TpyObject *b)
{
    TpyObject *pair[2] = {a, b};
    for (int side = 0; side < 2; side++) {
        TpyObject *keys = items_list(pair[side]);
        if (keys == NULL)
            return -1;
        for (int64_t i = 0; i < TPY_LIST_SIZE(keys); i++) {
            TpyObject *k = TPY_TUPLE_ITEMS(TPY_LIST_ITEMS(keys)[i])[0];
            TpyObject *x = count_of(a, k), *y = x != NULL ? count_of(b, k) : NULL;
            int r = y == NULL ? -1 : tpy_object_equal(x, y);
            tpy_xdecref(x);
            tpy_xdecref(y);
            if (r <= 0) {
                tpy_decref(keys);
                return r;
            }
        }
        tpy_decref(keys);
    }
    return 1;
}

static TpyObject *counter_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (is_counter(a) && is_counter(b) && (op == TPY_CMP_OP_EQ || op == TPY_CMP_OP_NE))
        return eq_result(counter_equal(a, b), op);
    return dictlike_richcompare(a, b, op);
}

/* Counter(iterable=None, /, **kwds) */
static TpyObject *counter_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                    TpyObject *kwnames)
{
    (void)type;
    int64_t nkw = tpy_args_nkw(kwnames), npos = nargs;
    if (npos > 1)
        return tpy_err_format(&tpy_TypeError_type, "expected at most 1 argument, got %lld",
                              (long long)npos);
    TpyObject *c = tpy_counter_new();
    if (c == NULL)
        return NULL;
    if (npos == 1 && tpy_counter_update(c, args[0], 1) < 0)
        goto error;
    for (int64_t i = 0; i < nkw; i++)
        if (add_count(c, TPY_TUPLE_ITEMS(kwnames)[i], args[npos + i], 1) < 0)
            goto error;
    return c;
error:
    tpy_decref(c);
    return NULL;
}

static TpyObject *counter_update_method(const char *fname, int sign, TpyObject *const *args,
                                        int64_t nargs, TpyObject *kwnames)
{
    int64_t nkw = tpy_args_nkw(kwnames), npos = nargs - 1;
    if (npos > 1)
        return tpy_err_format(&tpy_TypeError_type, "%s() takes from 1 to 2 positional arguments but %lld were given",
                              fname, (long long)(npos + 1));
    TpyObject *c = args[0];
    if (npos == 1 && tpy_counter_update(c, args[1], sign) < 0)
        return NULL;
    for (int64_t i = 0; i < nkw; i++)
        if (add_count(c, TPY_TUPLE_ITEMS(kwnames)[i], args[1 + npos + i], sign) < 0)
            return NULL;
    return tpy_none_new_ref();
}

static TpyObject *counter_m_update(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return counter_update_method("update", 1, args, nargs, kwnames);
}

static TpyObject *counter_m_subtract(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return counter_update_method("subtract", -1, args, nargs, kwnames);
}

static TpyObject *counter_m_most_common(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"n", NULL};
    static const TpyArgSpec spec = {"most_common", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, a) < 0)
        return NULL;
    int64_t n = -1;
    if (a[0] != NULL && a[0] != tpy_None) {
        if (tpy_args_i64(a[0], &n) < 0)
            return NULL;
        if (n < 0)
            n = 0;   // heapq.nlargest(n <= 0, ...) is []
    }
    return tpy_counter_most_common(args[0], n);
}

static TpyObject *counter_m_total(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("total", nargs - 1, kwnames) < 0)
        return NULL;
    TpyObject *sum = tpy_smallint(0);
    int64_t pos = 0;
    TpyObject *k, *v;
    while (tpy_dict_next(args[0], &pos, &k, &v)) {
        tpy_incref(v);
        TpyObject *s = tpy_number_binop(sum, v, TPY_BINOP_ADD);
        tpy_decref(v);
        tpy_decref(sum);
        if ((sum = s) == NULL)
            return NULL;
    }
    return sum;
}

static TpyObject *counter_m_elements(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("elements", nargs - 1, kwnames) < 0)
        return NULL;
    TpyObject *items = items_list(args[0]), *out = NULL;
    if (items == NULL || (out = tpy_list_new(0)) == NULL)
        goto error;
    for (int64_t i = 0; i < TPY_LIST_SIZE(items); i++) {
        TpyObject *t = TPY_LIST_ITEMS(items)[i];
        int64_t n = tpy_number_as_i64(TPY_TUPLE_ITEMS(t)[1]);
        if (n == -1 && tpy_err_occurred() != NULL)
            goto error;
        for (int64_t j = 0; j < n; j++)
            if (tpy_list_append(out, TPY_TUPLE_ITEMS(t)[0]) < 0)
                goto error;
    }
    tpy_decref(items);
    TpyObject *it = tpy_object_iter(out);
    tpy_decref(out);
    return it;
error:
    tpy_xdecref(items);
    tpy_xdecref(out);
    return NULL;
}

static TpyObject *counter_copy(TpyObject *c)
{
    TpyObject *r = tpy_counter_new();
    if (r != NULL && update_from(r, c) < 0)
        tpy_clear(r);
    return r;
}

static TpyObject *counter_m_copy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("copy", nargs - 1, kwnames) < 0)
        return NULL;
    return counter_copy(args[0]);
}

static TpyObject *counter_m_missing(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("__missing__", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_smallint(0);
}

static const TpyMethodDef counter_methods[] = {
    {"update", counter_m_update, 0},
    {"subtract", counter_m_subtract, 0},
    {"most_common", counter_m_most_common, 0},
    {"total", counter_m_total, 0},
    {"elements", counter_m_elements, 0},
    {"copy", counter_m_copy, 0},
    {"__copy__", counter_m_copy, 0},
    {"__missing__", counter_m_missing, 0},
    {NULL, NULL, 0},
};

TpyType tpy_counter_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "Counter",
    .base = &tpy_dict_type,
    .basicsize = sizeof(TpyDict),
    .flags = TPY_TPFLAG_GC,
    .repr = counter_repr,
    .richcompare = counter_richcompare,
    .getitem = counter_getitem,
    .setitem = counter_setitem,
    .getattr = dictlike_getattr,
    .construct = counter_construct,
    .methods = counter_methods,
};
