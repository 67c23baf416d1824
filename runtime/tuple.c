/* runtime/tuple.c: the tuple type.
 *
 * A tuple is a variable-size GC object: the items follow the header
 * (tpy_object_new_var with itemsize = sizeof(TpyObject *)).  The empty tuple
 * is a static immortal singleton (with a GC head in front, like any tuple).
 * Tuples have traverse but, as in CPython, no clear: they are immutable, and
 * the collector breaks cycles through the mutable objects inside them.
 *
 * Hash: CPython 3.11's tuplehash, an xxHash-64 round per item
 * (Objects/tupleobject.c), so hash((1, 2)) and the iteration order of sets
 * and dicts of tuples match CPython exactly.
 *
 * Comparison (CPython's tuplerichcompare): find the first index where the
 * items differ (== with the identity shortcut), then compare those items, or
 * the lengths if there is none.  Unlike list's, == does not look at the
 * lengths first.
 *
 * Subclasses (NamedTuple instances) share the layout: comparison,
 * concatenation, repetition and slicing accept them (tpy_tuple_check_any)
 * and return plain tuples; only an exact tuple is ever returned as itself.
 */
#include "tuple.h"

#include <stdarg.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "list.h"
#include "none.h"
#include "range.h"
#include "seqcommon.h"
#include "str.h"

static struct {
    TpyGCHead head;
    TpyTuple tuple;
} empty_tuple = {
    .tuple = {.ob = {.refcount = (intptr_t)1 << 40, .type = &tpy_tuple_type}, .size = 0},
};

TpyObject *tpy_tuple_new(int64_t n)
{
    if (n == 0)
        return tpy_newref(&empty_tuple.tuple.ob);
    if (n < 0 || (uint64_t)n > TPY_SEQ_MAX_ITEMS)
        return tpy_err_nomemory();
    TpyObject *t = tpy_object_new_var(&tpy_tuple_type, (size_t)n);
    if (t == NULL)
        return NULL;
    TPY_TUPLE(t)->size = n;
    return t;
}

TpyObject *tpy_tuple_from_array(TpyObject *const *items, int64_t n)
{
    TpyObject *t = tpy_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (int64_t i = 0; i < n; i++)
        TPY_TUPLE_ITEMS(t)[i] = tpy_newref(items[i]);
    return t;
}

TpyObject *tpy_tuple_pack(int64_t n, ...)
{
    TpyObject *t = tpy_tuple_new(n);
    if (t == NULL)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++)
        TPY_TUPLE_ITEMS(t)[i] = tpy_newref(va_arg(ap, TpyObject *));
    va_end(ap);
    return t;
}

TpyObject *tpy_tuple_from_iterable(TpyObject *iterable)
{
    if (tpy_tuple_check(iterable))
        return tpy_newref(iterable);
    if (tpy_list_check(iterable))
        return tpy_list_as_tuple(iterable);
    TpyObject *list = tpy_list_from_iterable(iterable);
    if (list == NULL)
        return NULL;
    TpyObject *t = tpy_list_as_tuple(list);
    tpy_decref(list);
    return t;
}

static void tuple_dealloc(TpyObject *o)
{
    TpyTuple *t = TPY_TUPLE(o);
    int64_t n = t->size;
    for (int64_t i = n - 1; i >= 0; i--)   // last item first, as CPython's tupledealloc
        tpy_clear(t->items[i]);
    tpy_object_free_var(o, (size_t)n);
}

static int tuple_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    TpyTuple *t = TPY_TUPLE(o);
    for (int64_t i = 0; i < t->size; i++) {
        if (t->items[i] != NULL && !tpy_is_smallint(t->items[i])) {
            int r = visit(t->items[i], arg);
            if (r != 0)
                return r;
        }
    }
    return 0;
}

int64_t tpy_tuple_length(TpyObject *t)
{
    return TPY_TUPLE_SIZE(t);
}

TpyObject *tpy_tuple_getitem_index(TpyObject *t, int64_t i)
{
    int64_t n = TPY_TUPLE_SIZE(t);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return tpy_err_format(&tpy_IndexError_type, "tuple index out of range");
    return tpy_newref(TPY_TUPLE_ITEMS(t)[i]);
}

TpyObject *tpy_tuple_slice(TpyObject *t, int64_t start, int64_t stop)
{
    int64_t n = TPY_TUPLE_SIZE(t);
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (start == 0 && stop == n && tpy_tuple_check(t))
        return tpy_newref(t);
    if (stop <= start)
        return tpy_tuple_new(0);
    return tpy_tuple_from_array(TPY_TUPLE_ITEMS(t) + start, stop - start);
}

TpyObject *tpy_tuple_getitem(TpyObject *t, TpyObject *key)
{
    return tpy_seq_getitem(t, key);
}

TpyObject *tpy_tuple_concat(TpyObject *a, TpyObject *b)
{
    int64_t na = TPY_TUPLE_SIZE(a), nb = TPY_TUPLE_SIZE(b);
    if (nb == 0 && tpy_tuple_check(a))
        return tpy_newref(a);
    if (na == 0 && tpy_tuple_check(b))
        return tpy_newref(b);
    if ((uint64_t)na + (uint64_t)nb > TPY_SEQ_MAX_ITEMS)
        return tpy_err_nomemory();
    TpyObject *r = tpy_tuple_new(na + nb);
    if (r == NULL)
        return NULL;
    for (int64_t i = 0; i < na; i++)
        TPY_TUPLE_ITEMS(r)[i] = tpy_newref(TPY_TUPLE_ITEMS(a)[i]);
    for (int64_t i = 0; i < nb; i++)
        TPY_TUPLE_ITEMS(r)[na + i] = tpy_newref(TPY_TUPLE_ITEMS(b)[i]);
    return r;
}

TpyObject *tpy_tuple_repeat(TpyObject *t, int64_t n)
{
    int64_t size = TPY_TUPLE_SIZE(t);
    if (n <= 0 || size == 0)
        return tpy_tuple_new(0);
    if (n == 1 && tpy_tuple_check(t))
        return tpy_newref(t);
    if ((uint64_t)size > TPY_SEQ_MAX_ITEMS / (uint64_t)n)
        return tpy_err_nomemory();
    TpyObject *r = tpy_tuple_new(size * n);
    if (r == NULL)
        return NULL;
    TpyObject **dst = TPY_TUPLE_ITEMS(r);
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < size; i++)
            *dst++ = tpy_newref(TPY_TUPLE_ITEMS(t)[i]);
    return r;
}

int tpy_tuple_contains(TpyObject *t, TpyObject *item)
{
    return tpy_seq_contains(t, item);
}

int64_t tpy_tuple_count(TpyObject *t, TpyObject *item)
{
    return tpy_seq_count(t, item);
}

int64_t tpy_tuple_index(TpyObject *t, TpyObject *item, int64_t start, int64_t stop)
{
    tpy_seq_clamp_range(TPY_TUPLE_SIZE(t), &start, &stop);
    int64_t i = tpy_seq_find(t, item, start, stop);
    if (i == -1)
        tpy_err_format(&tpy_ValueError_type, "tuple.index(x): x not in tuple");
    return i < 0 ? -1 : i;
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t tpy_tuple_hash(TpyObject *t)
{
    int64_t n = TPY_TUPLE_SIZE(t);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        int64_t lane = tpy_object_hash(TPY_TUPLE_ITEMS(t)[i]);
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

TpyObject *tpy_tuple_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_tuple_check_any(a) || !tpy_tuple_check_any(b))
        return tpy_newref(tpy_NotImplemented);
    return tpy_seq_richcompare(a, b, op);
}

TpyObject *tpy_tuple_repr(TpyObject *t)
{
    return tpy_seq_repr(t);
}

size_t tpy_tuple_sizeof(TpyObject *t)
{
    return sizeof(TpyTuple) + sizeof(TpyObject *) * (size_t)TPY_TUPLE_SIZE(t);
}

/* ---------------------------------------------------------------- iterator */

static TpyObject *tuple_iter(TpyObject *t)
{
    return tpy_seq_iter_new(&tpy_tuple_iterator_type, t, 0);
}

static TpyObject *tuple_iter_next(TpyObject *o)
{
    TpySeqIter *it = (TpySeqIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < TPY_TUPLE_SIZE(it->seq))
        return tpy_newref(TPY_TUPLE_ITEMS(it->seq)[it->index++]);
    tpy_clear(it->seq);
    return NULL;
}

TpyType tpy_tuple_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "tuple_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpySeqIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = tpy_seq_iter_dealloc,
    .traverse = tpy_seq_iter_traverse,
    .clear = tpy_seq_iter_clear,
    .iter = tpy_seq_iter_self,
    .iternext = tuple_iter_next,
};

/* ---------------------------------------------------------------- type */

static int64_t tuple_length_slot(TpyObject *t) { return TPY_TUPLE_SIZE(t); }
static int tuple_truth(TpyObject *t) { return TPY_TUPLE_SIZE(t) != 0; }
static size_t tuple_size_of(TpyObject *t) { return tpy_tuple_sizeof(t); }

static TpyObject *tuple_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_ADD && tpy_tuple_check_any(a)) {
        if (tpy_tuple_check_any(b))
            return tpy_tuple_concat(a, b);
        if (tpy_seq_is_builtin_value(b))
            return tpy_err_format(&tpy_TypeError_type, "can only concatenate tuple (not \"%s\") to tuple",
                                  tpy_type_of(b)->name);
    }
    if (op == TPY_BINOP_MUL) {
        TpyObject *seq = tpy_tuple_check_any(a) ? a : b;
        if (!tpy_tuple_check_any(seq))
            return tpy_newref(tpy_NotImplemented);
        int64_t n;
        int r = tpy_seq_repeat_count(seq == a ? b : a, &n);
        if (r <= 0)
            return r == 0 ? tpy_newref(tpy_NotImplemented) : NULL;
        return tpy_tuple_repeat(seq, n);
    }
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *tuple_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0)
        return tpy_err_format(&tpy_TypeError_type, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return tpy_err_format(&tpy_TypeError_type, "tuple expected at most 1 argument, got %lld",
                              (long long)nargs);
    if (nargs == 0)
        return tpy_tuple_new(0);
    return tpy_tuple_from_iterable(args[0]);
}

extern const TpyMethodDef tpy_tuple_methods[];

TpyType tpy_tuple_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "tuple",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyTuple),
    .itemsize = sizeof(TpyObject *),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_BASETYPE,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tpy_tuple_repr,
    .hash = tpy_tuple_hash,
    .richcompare = tpy_tuple_richcompare,
    .truth = tuple_truth,
    .length = tuple_length_slot,
    .iter = tuple_iter,
    .getitem = tpy_tuple_getitem,
    .contains = tpy_tuple_contains,
    .binop = tuple_binop,
    .construct = tuple_construct,
    .size_of = tuple_size_of,
    .methods = tpy_tuple_methods,
};

/* ---------------------------------------------------------------- methods */

static TpyObject *m_count(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("tuple.count", nargs - 1, kwnames, 1, 1) < 0)
        return NULL;
    int64_t n = tpy_tuple_count(args[0], args[1]);
    return n < 0 ? NULL : tpy_smallint(n);
}

static TpyObject *m_index(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("index", nargs - 1, kwnames, 1, 3) < 0)
        return NULL;
    int64_t start = 0, stop = INT64_MAX;
    if ((nargs > 2 && tpy_seq_clamped_index(args[2], &start) < 0) ||
        (nargs > 3 && tpy_seq_clamped_index(args[3], &stop) < 0))
        return NULL;
    int64_t i = tpy_tuple_index(args[0], args[1], start, stop);
    return i < 0 ? NULL : tpy_smallint(i);
}

const TpyMethodDef tpy_tuple_methods[] = {
    {"count", m_count, 0},
    {"index", m_index, 0},
    {NULL, NULL, 0},
};
