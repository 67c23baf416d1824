/* runtime/range.c: range objects (with their iterators), slice objects, and
 * the index arithmetic every sequence shares.
 *
 * Slices follow CPython's Objects/sliceobject.c: PySlice_Unpack turns
 * None into the defaults and clamps huge bounds to the int64 range, then
 * PySlice_AdjustIndices clips to the sequence length and counts the items.
 *
 * range keeps start/stop/step/length as int64: the length is computed once
 * (CPython's get_len_of_range), `x in r` for an int is arithmetic, and the
 * iterator just counts.  Bounds or lengths beyond 63 bits make a "big"
 * range (TpyRange.big) whose operations are range_big.c's, with int objects,
 * as CPython's slow path; each entry point below dispatches on `big`.
 */
#include "range.h"

#include <stdio.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "int.h"
#include "none.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- index helpers */

int tpy_index_from_object(TpyObject *o, const char *what, int64_t *out)
{
    if (tpy_is_smallint(o)) {
        *out = tpy_smallint_value(o);
        return 0;
    }
    if (!tpy_object_is_instance(o, &tpy_int_type)) {
        tpy_err_format(&tpy_TypeError_type, "%s indices must be integers or slices, not %s", what,
                       tpy_type_of(o)->name);
        return -1;
    }
    int64_t v = tpy_number_as_i64(o);
    if (v == -1 && tpy_err_occurred()) {
        if (tpy_err_matches(&tpy_OverflowError_type)) {
            tpy_err_clear();
            tpy_err_format(&tpy_IndexError_type, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    *out = v;
    return 0;
}

/* ---------------------------------------------------------------- slices */

TpyObject *tpy_slice_new(TpyObject *start, TpyObject *stop, TpyObject *step)
{
    TpySlice *s = (TpySlice *)tpy_object_new(&tpy_slice_type);
    if (s == NULL)
        return NULL;
    s->start = tpy_newref(start ? start : tpy_None);
    s->stop = tpy_newref(stop ? stop : tpy_None);
    s->step = tpy_newref(step ? step : tpy_None);
    return &s->ob;
}

static int slice_bound(TpyObject *o, int64_t *out)
{
    if (!tpy_is_smallint(o) && !tpy_object_is_instance(o, &tpy_int_type)) {
        tpy_err_format(&tpy_TypeError_type,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return tpy_seq_clamped_index(o, out);
}

int tpy_slice_unpack(TpyObject *slice, int64_t *start, int64_t *stop, int64_t *step)
{
    TpySlice *s = (TpySlice *)slice;
    if (s->step == tpy_None) {
        *step = 1;
    } else {
        if (slice_bound(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            tpy_err_format(&tpy_ValueError_type, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;   /* so that -step cannot overflow */
    }
    if (s->start == tpy_None)
        *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_bound(s->start, start) < 0)
        return -1;
    if (s->stop == tpy_None)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_bound(s->stop, stop) < 0)
        return -1;
    return 0;
}

int64_t tpy_slice_adjust_indices(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int64_t tpy_slice_get_indices(TpyObject *slice, int64_t length, int64_t *start, int64_t *stop,
                              int64_t *step)
{
    if (tpy_slice_unpack(slice, start, stop, step) < 0)
        return -1;
    return tpy_slice_adjust_indices(length, start, stop, *step);
}

TpyObject *tpy_slice_indices(TpyObject *slice, int64_t length)
{
    if (length < 0)
        return tpy_err_format(&tpy_ValueError_type, "length should not be negative");
    int64_t start, stop, step;
    if (tpy_slice_get_indices(slice, length, &start, &stop, &step) < 0)
        return NULL;
    return tpy_tuple_pack(3, tpy_smallint(start), tpy_smallint(stop), tpy_smallint(step));
}

static int append_repr(TpyStrBuilder *b, TpyObject *o)
{
    TpyObject *r = tpy_object_repr(o);
    if (r == NULL)
        return -1;
    int rc = tpy_strbuilder_append_str(b, r);
    tpy_decref(r);
    return rc;
}

TpyObject *tpy_slice_repr(TpyObject *slice)
{
    TpySlice *s = (TpySlice *)slice;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_cstr(&b, "slice(") < 0 || append_repr(&b, s->start) < 0 ||
        tpy_strbuilder_append_cstr(&b, ", ") < 0 || append_repr(&b, s->stop) < 0 ||
        tpy_strbuilder_append_cstr(&b, ", ") < 0 || append_repr(&b, s->step) < 0 ||
        tpy_strbuilder_append_char(&b, ')') < 0) {
        tpy_strbuilder_discard(&b);
        return NULL;
    }
    return tpy_strbuilder_finish(&b);
}

static void slice_dealloc(TpyObject *o)
{
    TpySlice *s = (TpySlice *)o;
    tpy_clear(s->start);
    tpy_clear(s->stop);
    tpy_clear(s->step);
    tpy_object_free(o);
}

static int64_t slice_hash(TpyObject *o)
{
    tpy_err_format(&tpy_TypeError_type, "unhashable type: 'slice'");
    return -1;
}

static TpyObject *slice_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_slice_check(a) || !tpy_slice_check(b))
        return tpy_newref(tpy_NotImplemented);
    TpySlice *x = (TpySlice *)a, *y = (TpySlice *)b;
    TpyObject *ta = tpy_tuple_pack(3, x->start, x->stop, x->step);
    TpyObject *tb = ta ? tpy_tuple_pack(3, y->start, y->stop, y->step) : NULL;
    TpyObject *r = tb ? tpy_object_richcompare(ta, tb, op) : NULL;
    tpy_xdecref(ta);
    tpy_xdecref(tb);
    return r;
}

static TpyObject *slice_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0)
        return tpy_err_format(&tpy_TypeError_type, "slice() takes no keyword arguments");
    if (nargs == 1)
        return tpy_slice_new(NULL, args[0], NULL);
    if (nargs == 2 || nargs == 3)
        return tpy_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
    if (nargs == 0)
        return tpy_err_format(&tpy_TypeError_type, "slice expected at least 1 argument, got 0");
    return tpy_err_format(&tpy_TypeError_type, "slice expected at most 3 arguments, got %lld",
                          (long long)nargs);
}

static TpyObject *slice_getattr(TpyObject *o, TpyObject *name)
{
    TpySlice *s = (TpySlice *)o;
    if (tpy_str_equal_cstr(name, "start"))
        return tpy_newref(s->start);
    if (tpy_str_equal_cstr(name, "stop"))
        return tpy_newref(s->stop);
    if (tpy_str_equal_cstr(name, "step"))
        return tpy_newref(s->step);
    return tpy_err_format(&tpy_AttributeError_type, "'slice' object has no attribute '%s'",
                          tpy_str_as_utf8(name, NULL));
}

static TpyObject *m_slice_indices(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("indices", nargs - 1, kwnames, 1, 1) < 0)
        return NULL;
    int64_t n;
    if (tpy_index_from_object(args[1], "slice", &n) < 0)
        return NULL;
    return tpy_slice_indices(args[0], n);
}

static const TpyMethodDef slice_methods[] = {
    {"indices", m_slice_indices, 0},
    {NULL, NULL, 0},
};

TpyType tpy_slice_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "slice",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpySlice),
    .dealloc = slice_dealloc,
    .repr = tpy_slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .construct = slice_construct,
    .getattr = slice_getattr,
    .methods = slice_methods,
};

/* ---------------------------------------------------------------- range */

/* CPython's get_len_of_range, in unsigned arithmetic so nothing overflows. */
static int64_t range_len(int64_t lo, int64_t hi, int64_t step)
{
    if (step > 0 && lo < hi)
        return (int64_t)(((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1);
    if (step < 0 && lo > hi)
        return (int64_t)(((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1);
    return 0;
}

TpyObject *tpy_range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return tpy_err_format(&tpy_ValueError_type, "range() arg 3 must not be zero");
    TpyRange *r = (TpyRange *)tpy_object_new(&tpy_range_type);
    if (r == NULL)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = range_len(start, stop, step);
    r->big = NULL;
    return &r->ob;
}

int64_t tpy_range_length(TpyObject *o)
{
    return ((TpyRange *)o)->length;
}

static TpyObject *int_object(int64_t v)
{
    if (tpy_fits_smallint(v))
        return tpy_smallint(v);
    return tpy_err_format(&tpy_OverflowError_type, "range value does not fit in a small int");
}

TpyObject *tpy_range_getitem_index(TpyObject *o, int64_t i)
{
    TpyRange *r = (TpyRange *)o;
    if (i < 0)
        i += r->length;
    if (i < 0 || i >= r->length)
        return tpy_err_format(&tpy_IndexError_type, "range object index out of range");
    return int_object((int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step));
}

TpyObject *tpy_range_getitem(TpyObject *o, TpyObject *key)
{
    TpyRange *r = (TpyRange *)o;
    if (r->big != NULL) {
        if (tpy_slice_check(key))
            return tpy_err_format(&tpy_OverflowError_type,
                                  "slicing a range beyond 63 bits is not supported by tpy");
        if (!tpy_object_is_instance(key, &tpy_int_type))
            return tpy_err_format(&tpy_TypeError_type,
                                  "range indices must be integers or slices, not %s",
                                  tpy_type_of(key)->name);
        return tpy_range_big_item(o, key);
    }
    if (tpy_slice_check(key)) {
        int64_t start, stop, step;
        int64_t n = tpy_slice_get_indices(key, r->length, &start, &stop, &step);
        if (n < 0)
            return NULL;
        // CPython computes the new bounds from the adjusted indices.
        int64_t nstart = r->start + start * r->step;
        int64_t nstep = r->step * step;
        int64_t nstop = r->start + stop * r->step;
        TpyObject *res = tpy_range_new(nstart, nstop, nstep);
        if (res != NULL)
            ((TpyRange *)res)->length = n;
        return res;
    }
    int64_t i;
    if (tpy_index_from_object(key, "range", &i) < 0)
        return NULL;
    return tpy_range_getitem_index(o, i);
}

/* For an int x: is it an element?  Sets *pos to its index. */
static bool range_has_int(TpyRange *r, int64_t x, int64_t *pos)
{
    if (r->length == 0)
        return false;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return false;
    uint64_t diff = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
    uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    if (diff % st != 0)
        return false;
    *pos = (int64_t)(diff / st);
    return true;
}

/* -1 error, 0 not an exact int (use equality), 1 int with value in *v. */
static int exact_int(TpyObject *x, int64_t *v)
{
    if (tpy_is_smallint(x)) {
        *v = tpy_smallint_value(x);
        return 1;
    }
    if (tpy_type_of(x) != &tpy_int_type && !tpy_bool_check(x))
        return 0;
    int64_t val = tpy_number_as_i64(x);
    if (val == -1 && tpy_err_occurred()) {
        tpy_err_clear();
        return 2;   /* a big int: never in an int64 range */
    }
    *v = val;
    return 1;
}

/* Items equal to x by iteration (stop at the first when `first`); -1 error. */
static int64_t iter_count(TpyObject *o, TpyObject *x, bool first)
{
    TpyObject *it = tpy_object_iter(o), *item;
    if (it == NULL)
        return -1;
    int64_t n = 0;
    while ((item = tpy_type_of(it)->iternext(it)) != NULL) {
        int eq = tpy_object_equal(item, x);
        tpy_decref(item);
        if (eq < 0) {
            n = -1;
            break;
        }
        n += eq;
        if (eq && first)
            break;
    }
    tpy_decref(it);
    return tpy_err_occurred() ? -1 : n;
}

/* x in a big range: 1 / 0, or -1 when x is not an exact int (use equality). */
static int big_has(TpyObject *o, TpyObject *x, TpyObject **pos)
{
    if (tpy_type_of(x) != &tpy_int_type && !tpy_bool_check(x))
        return -1;
    *pos = tpy_range_big_find(o, x);
    return *pos != NULL;
}

int tpy_range_contains(TpyObject *o, TpyObject *x)
{
    TpyRange *r = (TpyRange *)o;
    int64_t v, pos;
    if (r->big != NULL) {
        TpyObject *p = NULL;
        int k = big_has(o, x, &p);
        tpy_xdecref(p);
        if (k >= 0 || tpy_err_occurred())
            return tpy_err_occurred() ? -1 : k;
        return iter_count(o, x, true) > 0 ? 1 : (tpy_err_occurred() ? -1 : 0);
    }
    int k = exact_int(x, &v);
    if (k == 1)
        return range_has_int(r, v, &pos);
    if (k == 2)
        return 0;
    for (int64_t i = 0; i < r->length; i++) {
        TpyObject *item = tpy_range_getitem_index(o, i);
        if (item == NULL)
            return -1;
        int eq = tpy_object_equal(item, x);
        tpy_decref(item);
        if (eq != 0)
            return eq;
    }
    return 0;
}

int64_t tpy_range_count(TpyObject *o, TpyObject *x)
{
    int64_t v, pos;
    if (((TpyRange *)o)->big != NULL) {
        TpyObject *p = NULL;
        int k = big_has(o, x, &p);
        tpy_xdecref(p);
        if (k >= 0 || tpy_err_occurred())
            return tpy_err_occurred() ? -1 : k;
        return iter_count(o, x, false);
    }
    int k = exact_int(x, &v);
    if (k == 1)
        return range_has_int((TpyRange *)o, v, &pos) ? 1 : 0;
    if (k == 2)
        return 0;
    int64_t n = 0;
    for (int64_t i = 0; i < ((TpyRange *)o)->length; i++) {
        TpyObject *item = tpy_range_getitem_index(o, i);
        if (item == NULL)
            return -1;
        int eq = tpy_object_equal(item, x);
        tpy_decref(item);
        if (eq < 0)
            return -1;
        n += eq;
    }
    return n;
}

int64_t tpy_range_index(TpyObject *o, TpyObject *x)
{
    int64_t v, pos;
    int k = exact_int(x, &v);
    if (k == 1 && range_has_int((TpyRange *)o, v, &pos))
        return pos;
    if (k == 0) {
        for (int64_t i = 0; i < ((TpyRange *)o)->length; i++) {
            TpyObject *item = tpy_range_getitem_index(o, i);
            if (item == NULL)
                return -1;
            int eq = tpy_object_equal(item, x);
            tpy_decref(item);
            if (eq < 0)
                return -1;
            if (eq)
                return i;
        }
    }
    TpyObject *rep = tpy_object_repr(x);
    if (rep == NULL)
        return -1;
    tpy_err_format(&tpy_ValueError_type, "%s is not in range", tpy_str_as_utf8(rep, NULL));
    tpy_decref(rep);
    return -1;
}

TpyObject *tpy_range_repr(TpyObject *o)
{
    TpyRange *r = (TpyRange *)o;
    if (r->big != NULL)
        return tpy_range_big_repr(o);
    char buf[96];
    if (r->step == 1)
        snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else
        snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                 (long long)r->step);
    return tpy_str_from_cstr(buf);
}

size_t tpy_range_sizeof(TpyObject *o)
{
    return sizeof(TpyRange);
}

/* CPython: equal if the same sequence of values (start and step matter only
 * when there are more than 0 / 1 items). */
static bool range_same(TpyRange *a, TpyRange *b)
{
    if (a->length != b->length)
        return false;
    if (a->length == 0)
        return true;
    if (a->start != b->start)
        return false;
    if (a->length == 1)
        return true;
    return a->step == b->step;
}

/* (length, start, step) with None for the parts that do not matter: what
 * == and hash look at (CPython's range_equals, range_hash).  New tuple. */
static TpyObject *range_key(TpyObject *o)
{
    TpyRange *r = (TpyRange *)o;
    if (r->big != NULL)
        return tpy_range_big_key(o);
    TpyObject *start = r->length == 0 ? tpy_None : tpy_smallint(r->start);
    TpyObject *step = r->length <= 1 ? tpy_None : tpy_smallint(r->step);
    return tpy_tuple_pack(3, tpy_smallint(r->length), start, step);
}

static TpyObject *range_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_range_check(a) || !tpy_range_check(b) || (op != TPY_CMP_OP_EQ && op != TPY_CMP_OP_NE))
        return tpy_newref(tpy_NotImplemented);
    if (((TpyRange *)a)->big != NULL || ((TpyRange *)b)->big != NULL) {
        TpyObject *ka = range_key(a), *kb = ka != NULL ? range_key(b) : NULL;
        TpyObject *r = kb != NULL ? tpy_object_richcompare(ka, kb, op) : NULL;
        tpy_xdecref(ka);
        tpy_xdecref(kb);
        return r;
    }
    bool same = range_same((TpyRange *)a, (TpyRange *)b);
    return tpy_bool_from(op == TPY_CMP_OP_EQ ? same : !same);
}

/* CPython's range_hash: hash((len, start, step)) with None for the parts
 * that do not matter. */
static int64_t range_hash(TpyObject *o)
{
    TpyRange *r = (TpyRange *)o;
    if (r->big != NULL) {
        TpyObject *k = tpy_range_big_key(o);
        int64_t h = k != NULL ? tpy_tuple_hash(k) : -1;
        tpy_xdecref(k);
        return h;
    }
    TpyObject *t = tpy_tuple_new(3);
    if (t == NULL)
        return -1;
    TPY_TUPLE_ITEMS(t)[0] = tpy_smallint(r->length);
    if (r->length == 0) {
        TPY_TUPLE_ITEMS(t)[1] = tpy_newref(tpy_None);
        TPY_TUPLE_ITEMS(t)[2] = tpy_newref(tpy_None);
    } else {
        TPY_TUPLE_ITEMS(t)[1] = int_object(r->start);
        TPY_TUPLE_ITEMS(t)[2] = r->length == 1 ? tpy_newref(tpy_None) : int_object(r->step);
    }
    int64_t h = tpy_tuple_hash(t);
    tpy_decref(t);
    return h;
}

typedef struct RangeIter {
    TpyObject ob;
    int64_t next, step, remaining;
} RangeIter;

static TpyObject *make_range_iter(int64_t start, int64_t step, int64_t len)
{
    RangeIter *it = (RangeIter *)tpy_object_new(&tpy_range_iterator_type);
    if (it == NULL)
        return NULL;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return &it->ob;
}

TpyObject *tpy_range_iter(TpyObject *o)
{
    TpyRange *r = (TpyRange *)o;
    if (r->big != NULL)
        return tpy_range_big_iter(o, false);
    return make_range_iter(r->start, r->step, r->length);
}

TpyObject *tpy_range_reversed(TpyObject *o)
{
    TpyRange *r = (TpyRange *)o;
    if (r->big != NULL)
        return tpy_range_big_iter(o, true);
    int64_t last = (int64_t)((uint64_t)r->start + (uint64_t)(r->length - 1) * (uint64_t)r->step);
    return make_range_iter(r->length ? last : 0, -r->step, r->length);
}

static TpyObject *range_iter_next(TpyObject *o)
{
    RangeIter *it = (RangeIter *)o;
    if (it->remaining <= 0)
        return NULL;
    int64_t v = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    return int_object(v);
}

static int64_t range_iter_length(TpyObject *o)
{
    return ((RangeIter *)o)->remaining;
}

TpyType tpy_range_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "range_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(RangeIter),
    .dealloc = tpy_object_free,
    .iter = tpy_seq_iter_self,
    .iternext = range_iter_next,
    .length = range_iter_length,
};

static int64_t range_length_slot(TpyObject *o)
{
    return ((TpyRange *)o)->big != NULL ? tpy_range_big_length(o) : ((TpyRange *)o)->length;
}

static int range_truth(TpyObject *o)
{
    return ((TpyRange *)o)->big != NULL ? tpy_range_big_truth(o) : ((TpyRange *)o)->length != 0;
}

static void range_dealloc(TpyObject *o)
{
    tpy_xdecref(((TpyRange *)o)->big);
    tpy_object_free(o);
}
static size_t range_size_of(TpyObject *o) { return tpy_range_sizeof(o); }

static TpyObject *range_getattr(TpyObject *o, TpyObject *name)
{
    TpyRange *r = (TpyRange *)o;
    static const char *const names[] = {"start", "stop", "step"};
    for (int i = 0; r->big != NULL && i < 3; i++)
        if (tpy_str_equal_cstr(name, names[i]))
            return tpy_range_big_attr(o, i);
    if (tpy_str_equal_cstr(name, "start"))
        return int_object(r->start);
    if (tpy_str_equal_cstr(name, "stop"))
        return int_object(r->stop);
    if (tpy_str_equal_cstr(name, "step"))
        return int_object(r->step);
    return tpy_err_format(&tpy_AttributeError_type, "'range' object has no attribute '%s'",
                          tpy_str_as_utf8(name, NULL));
}

static int range_arg(TpyObject *o, int64_t *out)
{
    if (!tpy_object_is_instance(o, &tpy_int_type)) {
        tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                       tpy_type_of(o)->name);
        return -1;
    }
    int64_t v;
    if (!tpy_int_to_i64(o, &v) || !tpy_fits_smallint(v))
        return 1;   // beyond 63 bits: a big range
    *out = v;
    return 0;
}

static TpyObject *range_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0)
        return tpy_err_format(&tpy_TypeError_type, "range() takes no keyword arguments");
    int64_t v[3] = {0, 0, 1};
    if (nargs == 0)
        return tpy_err_format(&tpy_TypeError_type, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return tpy_err_format(&tpy_TypeError_type, "range expected at most 3 arguments, got %lld",
                              (long long)nargs);
    TpyObject *obj[3] = {tpy_smallint(0), NULL, tpy_smallint(1)};
    bool big = false;
    for (int64_t i = 0; i < nargs; i++) {
        int k = nargs == 1 ? range_arg(args[0], &v[1]) : range_arg(args[i], &v[i]);
        if (k < 0)
            return NULL;
        big |= k == 1;
        obj[nargs == 1 ? 1 : i] = args[i];
    }
    if (big)
        return tpy_range_big_new(obj[0], obj[1], obj[2]);
    return tpy_range_new(v[0], v[1], v[2]);
}

static TpyObject *m_range_count(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("count", nargs - 1, kwnames, 1, 1) < 0)
        return NULL;
    int64_t n = tpy_range_count(args[0], args[1]);
    return n < 0 ? NULL : tpy_smallint(n);
}

static TpyObject *m_range_index(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("index", nargs - 1, kwnames, 1, 1) < 0)
        return NULL;
    if (((TpyRange *)args[0])->big != NULL) {
        TpyObject *pos = NULL;
        if (big_has(args[0], args[1], &pos) > 0)
            return pos;
        if (tpy_err_occurred())
            return NULL;
    }
    int64_t n = tpy_range_index(args[0], args[1]);
    return n < 0 ? NULL : tpy_smallint(n);
}

static TpyObject *m_range_reversed(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("__reversed__", nargs - 1, kwnames, 0, 0) < 0)
        return NULL;
    return tpy_range_reversed(args[0]);
}

static const TpyMethodDef range_methods[] = {
    {"count", m_range_count, 0},
    {"index", m_range_index, 0},
    {"__reversed__", m_range_reversed, 0},
    {NULL, NULL, 0},
};

TpyType tpy_range_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "range",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyRange),
    .dealloc = range_dealloc,
    .repr = tpy_range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .truth = range_truth,
    .length = range_length_slot,
    .iter = tpy_range_iter,
    .getitem = tpy_range_getitem,
    .contains = tpy_range_contains,
    .construct = range_construct,
    .getattr = range_getattr,
    .size_of = range_size_of,
    .methods = range_methods,
};
