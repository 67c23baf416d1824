/* runtime/iterobject.c: the lazy iterators of the builtins: enumerate, zip,
 * map, filter, reversed (for sequences without a reverse iterator of their
 * own) and iter(callable, sentinel).
 *
 * Each holds references to the iterators it consumes, so each is a GC type
 * with traverse/clear.  iternext returns NULL without an exception when
 * exhausted (type.h); an exhausted iterator drops what it holds, so later
 * calls stay exhausted and nothing is kept alive needlessly.
 */
#include "builtins.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "bytes.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "none.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static TpyObject *iter_self(TpyObject *self)
{
    return tpy_newref(self);
}

static TpyObject *m_iter(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("__iter__", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_newref(args[0]);
}

static TpyObject *m_next(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("__next__", nargs - 1, kwnames) < 0)
        return NULL;
    TpyObject *r = tpy_type_of(args[0])->iternext(args[0]);
    if (r == NULL && tpy_err_occurred() == NULL)
        tpy_err_set_object(&tpy_StopIteration_type, NULL);
    return r;
}

static const TpyMethodDef iterator_methods[] = {
    {"__iter__", m_iter, 0},
    {"__next__", m_next, 0},
    {NULL, NULL, 0},
};

static int visit_x(TpyObject *o, TpyVisitFn visit, void *arg)
{
    return o != NULL && !tpy_is_smallint(o) ? visit(o, arg) : 0;
}

/* ---------------------------------------------------------------- enumerate */

typedef struct Enumerate {
    TpyObject ob;
    TpyObject *it;       /* NULL once exhausted */
    TpyObject *index;    /* an int */
} Enumerate;

static TpyObject *enumerate_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                      TpyObject *kwnames)
{
    static const char *const params[] = {"iterable", "start", NULL};
    static const TpyArgSpec spec = {"enumerate", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *start = a[1] != NULL ? a[1] : tpy_smallint(0);
    if (!tpy_int_check(start))
        return tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(start)->name);
    TpyObject *it = tpy_object_iter(a[0]);
    if (it == NULL)
        return NULL;
    Enumerate *e = (Enumerate *)tpy_object_new(&tpy_enumerate_type);
    if (e == NULL) {
        tpy_decref(it);
        return NULL;
    }
    e->it = it;
    e->index = tpy_int_pos(start);
    if (e->index == NULL) {
        tpy_decref(&e->ob);
        return NULL;
    }
    return &e->ob;
}

static TpyObject *enumerate_next(TpyObject *self)
{
    Enumerate *e = (Enumerate *)self;
    if (e->it == NULL)
        return NULL;
    TpyObject *item = tpy_object_next(e->it);
    if (item == NULL) {
        if (tpy_err_occurred() == NULL)
            tpy_clear(e->it);
        return NULL;
    }
    TpyObject *next = tpy_int_add(e->index, tpy_smallint(1));
    if (next == NULL) {
        tpy_decref(item);
        return NULL;
    }
    TpyObject *t = tpy_tuple_new(2);
    if (t == NULL) {
        tpy_decref(item);
        tpy_decref(next);
        return NULL;
    }
    TPY_TUPLE_ITEMS(t)[0] = e->index;   // the tuple takes the old index
    TPY_TUPLE_ITEMS(t)[1] = item;
    e->index = next;
    return t;
}

static int enumerate_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    Enumerate *e = (Enumerate *)self;
    int r = visit_x(e->it, visit, arg);
    return r != 0 ? r : visit_x(e->index, visit, arg);
}

static void enumerate_clear(TpyObject *self)
{
    Enumerate *e = (Enumerate *)self;
    tpy_clear(e->it);
}

static void enumerate_dealloc(TpyObject *self)
{
    Enumerate *e = (Enumerate *)self;
    tpy_clear(e->it);
    tpy_clear(e->index);
    tpy_object_free(self);
}

TpyType tpy_enumerate_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "enumerate",
    .base = &tpy_object_type,
    .basicsize = sizeof(Enumerate),
    .flags = TPY_TPFLAG_GC,
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .iter = iter_self,
    .iternext = enumerate_next,
    .methods = iterator_methods,
    .construct = enumerate_construct,
};

/* ---------------------------------------------------------------- zip */

typedef struct Zip {
    TpyObject ob;
    int64_t n;
    bool strict, done;
    TpyObject **its;     /* n iterators (malloc'd) */
} Zip;

TpyObject *tpy_zip_new(TpyObject *const *iterables, int64_t n, bool strict)
{
    Zip *z = (Zip *)tpy_object_new(&tpy_zip_type);
    if (z == NULL)
        return NULL;
    z->strict = strict;
    z->its = calloc(n > 0 ? (size_t)n : 1, sizeof(TpyObject *));
    if (z->its == NULL) {
        tpy_decref(&z->ob);
        return tpy_err_nomemory();
    }
    for (int64_t i = 0; i < n; i++) {
        z->its[i] = tpy_object_iter(iterables[i]);
        if (z->its[i] == NULL) {
            tpy_decref(&z->ob);
            return NULL;
        }
        z->n = i + 1;
    }
    z->done = n == 0;
    return &z->ob;
}

static void zip_release(Zip *z)
{
    for (int64_t i = 0; i < z->n; i++)
        tpy_clear(z->its[i]);
    z->done = true;
}

static TpyObject *zip_strict_error(Zip *z, int64_t i, bool longer)
{
    zip_release(z);
    if (i == 1)
        return tpy_err_format(&tpy_ValueError_type, "zip() argument 2 is %s than argument 1",
                              longer ? "longer" : "shorter");
    return tpy_err_format(&tpy_ValueError_type, "zip() argument %lld is %s than arguments 1-%lld",
                          (long long)(i + 1), longer ? "longer" : "shorter", (long long)i);
}

static TpyObject *zip_next(TpyObject *self)
{
    Zip *z = (Zip *)self;
    if (z->done)
        return NULL;
    TpyObject *t = tpy_tuple_new(z->n);
    if (t == NULL)
        return NULL;
    for (int64_t i = 0; i < z->n; i++) {
        TpyObject *item = tpy_object_next(z->its[i]);
        if (item != NULL) {
            TPY_TUPLE_ITEMS(t)[i] = item;
            continue;
        }
        // Fill the rest so the partial tuple can be freed.
        for (int64_t j = i; j < z->n; j++)
            TPY_TUPLE_ITEMS(t)[j] = tpy_none_new_ref();
        tpy_decref(t);
        if (tpy_err_occurred() != NULL)
            return NULL;
        if (z->strict) {
            if (i > 0)
                return zip_strict_error(z, i, false);
            for (int64_t j = 1; j < z->n; j++) {
                TpyObject *extra = tpy_object_next(z->its[j]);
                if (extra != NULL) {
                    tpy_decref(extra);
                    return zip_strict_error(z, j, true);
                }
                if (tpy_err_occurred() != NULL)
                    return NULL;
            }
        }
        zip_release(z);
        return NULL;
    }
    return t;
}

static int zip_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    Zip *z = (Zip *)self;
    for (int64_t i = 0; i < z->n; i++) {
        int r = visit_x(z->its[i], visit, arg);
        if (r != 0)
            return r;
    }
    return 0;
}

static void zip_clear(TpyObject *self)
{
    zip_release((Zip *)self);
}

static void zip_dealloc(TpyObject *self)
{
    Zip *z = (Zip *)self;
    if (z->its != NULL)
        zip_release(z);
    free(z->its);
    tpy_object_free(self);
}

TpyType tpy_zip_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "zip",
    .base = &tpy_object_type,
    .basicsize = sizeof(Zip),
    .flags = TPY_TPFLAG_GC,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .iter = iter_self,
    .iternext = zip_next,
    .methods = iterator_methods,
};

/* ---------------------------------------------------------------- map */

typedef struct Map {
    TpyObject ob;
    TpyObject *func;
    TpyObject *zip;      /* a Zip over the iterables (NULL once exhausted) */
} Map;

static TpyObject *map_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                TpyObject *kwnames)
{
    if (tpy_args_no_kw("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return tpy_err_format(&tpy_TypeError_type, "map() must have at least two arguments.");
    TpyObject *z = tpy_zip_new(args + 1, nargs - 1, false);
    if (z == NULL)
        return NULL;
    Map *m = (Map *)tpy_object_new(&tpy_map_type);
    if (m == NULL) {
        tpy_decref(z);
        return NULL;
    }
    m->func = tpy_newref(args[0]);
    m->zip = z;
    return &m->ob;
}

static TpyObject *map_next(TpyObject *self)
{
    Map *m = (Map *)self;
    if (m->zip == NULL)
        return NULL;
    TpyObject *t = zip_next(m->zip);
    if (t == NULL) {
        if (tpy_err_occurred() == NULL)
            tpy_clear(m->zip);
        return NULL;
    }
    TpyObject *r = tpy_object_call(m->func, TPY_TUPLE_ITEMS(t), TPY_TUPLE_SIZE(t), NULL);
    tpy_decref(t);
    return r;
}

static int map_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    Map *m = (Map *)self;
    int r = visit_x(m->func, visit, arg);
    return r != 0 ? r : visit_x(m->zip, visit, arg);
}

static void map_clear(TpyObject *self)
{
    Map *m = (Map *)self;
    tpy_clear(m->func);
    tpy_clear(m->zip);
}

static void map_dealloc(TpyObject *self)
{
    map_clear(self);
    tpy_object_free(self);
}

TpyType tpy_map_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "map",
    .base = &tpy_object_type,
    .basicsize = sizeof(Map),
    .flags = TPY_TPFLAG_GC,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .clear = map_clear,
    .iter = iter_self,
    .iternext = map_next,
    .methods = iterator_methods,
    .construct = map_construct,
};

/* ---------------------------------------------------------------- filter */

typedef struct Filter {
    TpyObject ob;
    TpyObject *func;     /* NULL: None (truth of the item) */
    TpyObject *it;
} Filter;

static TpyObject *filter_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                   TpyObject *kwnames)
{
    if (tpy_args_no_kw("filter", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return tpy_err_format(&tpy_TypeError_type, "filter expected 2 arguments, got %lld",
                              (long long)nargs);
    TpyObject *it = tpy_object_iter(args[1]);
    if (it == NULL)
        return NULL;
    Filter *f = (Filter *)tpy_object_new(&tpy_filter_type);
    if (f == NULL) {
        tpy_decref(it);
        return NULL;
    }
    f->func = args[0] == tpy_None ? NULL : tpy_newref(args[0]);
    f->it = it;
    return &f->ob;
}

static TpyObject *filter_next(TpyObject *self)
{
    Filter *f = (Filter *)self;
    if (f->it == NULL)
        return NULL;
    for (;;) {
        TpyObject *item = tpy_object_next(f->it);
        if (item == NULL) {
            if (tpy_err_occurred() == NULL)
                tpy_clear(f->it);
            return NULL;
        }
        int ok;
        if (f->func == NULL) {
            ok = tpy_object_is_true(item);
        } else {
            TpyObject *r = tpy_object_call(f->func, &item, 1, NULL);
            ok = r == NULL ? -1 : tpy_object_is_true(r);
            tpy_xdecref(r);
        }
        if (ok > 0)
            return item;
        tpy_decref(item);
        if (ok < 0)
            return NULL;
    }
}

static int filter_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    Filter *f = (Filter *)self;
    int r = visit_x(f->func, visit, arg);
    return r != 0 ? r : visit_x(f->it, visit, arg);
}

static void filter_clear(TpyObject *self)
{
    Filter *f = (Filter *)self;
    tpy_clear(f->func);
    tpy_clear(f->it);
}

static void filter_dealloc(TpyObject *self)
{
    filter_clear(self);
    tpy_object_free(self);
}

TpyType tpy_filter_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "filter",
    .base = &tpy_object_type,
    .basicsize = sizeof(Filter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .iter = iter_self,
    .iternext = filter_next,
    .methods = iterator_methods,
    .construct = filter_construct,
};

/* ---------------------------------------------------------------- reversed */

// reversed() over any object with __len__ and __getitem__ (str, tuple, bytes,
// user sequences): indexes from the end.
typedef struct Reversed {
    TpyObject ob;
    TpyObject *seq;      /* NULL once exhausted */
    int64_t index;       /* next index to read */
} Reversed;

static TpyObject *reversed_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                     TpyObject *kwnames)
{
    if (tpy_args_no_kw("reversed", kwnames) < 0 ||
        tpy_args_positional("reversed", nargs, NULL, 1, 1) < 0)
        return NULL;
    TpyObject *seq = args[0];
    if (tpy_list_check(seq))
        return tpy_list_reversed(seq);
    if (tpy_range_check(seq))
        return tpy_range_reversed(seq);
    if (tpy_dict_check(seq))
        return tpy_dict_reversed(seq);
    TpyType *t = tpy_type_of(seq);
    if (t->flags & TPY_TPFLAG_HEAPTYPE) {   // a user __reversed__
        TpyObject *m = tpy_object_getattr_str(seq, "__reversed__");
        if (m != NULL) {
            TpyObject *r = tpy_object_call(m, NULL, 0, NULL);
            tpy_decref(m);
            return r;
        }
        if (!tpy_err_matches(&tpy_AttributeError_type))
            return NULL;
        tpy_err_clear();
    }
    if (t->length == NULL || t->getitem == NULL || t == &tpy_set_type || t == &tpy_frozenset_type)
        return tpy_err_format(&tpy_TypeError_type, "'%s' object is not reversible", t->name);
    int64_t n = tpy_object_length(seq);
    if (n < 0)
        return NULL;
    Reversed *r = (Reversed *)tpy_object_new(&tpy_reversed_type);
    if (r == NULL)
        return NULL;
    r->seq = n > 0 ? tpy_newref(seq) : NULL;
    r->index = n - 1;
    return &r->ob;
}

static TpyObject *reversed_next(TpyObject *self)
{
    Reversed *r = (Reversed *)self;
    if (r->seq == NULL)
        return NULL;
    TpyObject *item;
    if (tpy_str_check(r->seq))
        item = tpy_str_getitem_index(r->seq, r->index);
    else if (tpy_tuple_check(r->seq))
        item = tpy_newref(TPY_TUPLE_ITEMS(r->seq)[r->index]);
    else
        item = tpy_object_getitem(r->seq, tpy_smallint(r->index));
    if (item == NULL) {
        if (tpy_err_matches(&tpy_IndexError_type) || tpy_err_matches(&tpy_StopIteration_type)) {
            tpy_err_clear();
            tpy_clear(r->seq);
        }
        return NULL;
    }
    if (--r->index < 0)
        tpy_clear(r->seq);
    return item;
}

static int reversed_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    return visit_x(((Reversed *)self)->seq, visit, arg);
}

static void reversed_clear(TpyObject *self)
{
    tpy_clear(((Reversed *)self)->seq);
}

static void reversed_dealloc(TpyObject *self)
{
    reversed_clear(self);
    tpy_object_free(self);
}

static TpyObject *reversed_length_hint(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    Reversed *r = (Reversed *)args[0];
    return tpy_int_from_i64(r->seq == NULL ? 0 : r->index + 1);
}

static const TpyMethodDef reversed_methods[] = {
    {"__iter__", m_iter, 0},
    {"__next__", m_next, 0},
    {"__length_hint__", reversed_length_hint, 0},
    {NULL, NULL, 0},
};

TpyType tpy_reversed_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "reversed",
    .base = &tpy_object_type,
    .basicsize = sizeof(Reversed),
    .flags = TPY_TPFLAG_GC,
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .iter = iter_self,
    .iternext = reversed_next,
    .methods = reversed_methods,
    .construct = reversed_construct,
};

/* ---------------------------------------------------------------- iter(callable, sentinel) */

typedef struct CallIter {
    TpyObject ob;
    TpyObject *callable;   /* NULL once exhausted */
    TpyObject *sentinel;
} CallIter;

TpyObject *tpy_callable_iterator_new(TpyObject *callable, TpyObject *sentinel)
{
    CallIter *c = (CallIter *)tpy_object_new(&tpy_callable_iterator_type);
    if (c == NULL)
        return NULL;
    c->callable = tpy_newref(callable);
    c->sentinel = tpy_newref(sentinel);
    return &c->ob;
}

static TpyObject *calliter_next(TpyObject *self)
{
    CallIter *c = (CallIter *)self;
    if (c->callable == NULL)
        return NULL;
    TpyObject *r = tpy_object_call(c->callable, NULL, 0, NULL);
    if (r == NULL) {
        if (tpy_err_matches(&tpy_StopIteration_type)) {
            tpy_err_clear();
            tpy_clear(c->callable);
        }
        return NULL;
    }
    int eq = tpy_object_equal(r, c->sentinel);
    if (eq != 0) {
        tpy_decref(r);
        if (eq > 0)
            tpy_clear(c->callable);
        return NULL;
    }
    return r;
}

static int calliter_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    CallIter *c = (CallIter *)self;
    int r = visit_x(c->callable, visit, arg);
    return r != 0 ? r : visit_x(c->sentinel, visit, arg);
}

static void calliter_clear(TpyObject *self)
{
    CallIter *c = (CallIter *)self;
    tpy_clear(c->callable);
    tpy_clear(c->sentinel);
}

static void calliter_dealloc(TpyObject *self)
{
    calliter_clear(self);
    tpy_object_free(self);
}

TpyType tpy_callable_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "callable_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(CallIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .iter = iter_self,
    .iternext = calliter_next,
    .methods = iterator_methods,
};
