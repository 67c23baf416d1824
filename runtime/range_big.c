/* runtime/range_big.c: the slow path of range, for bounds or lengths that do
 * not fit in 63 bits (range(10 ** 20), range(-5, 10 ** 20, 7)).
 *
 * range.c keeps start/stop/step/length as int64 and answers everything with
 * machine arithmetic; that is the only kind FOR_RANGE and typed code ever
 * see.  A range built from bigger ints keeps them as int objects instead
 * (TpyRange.big, a tuple (start, stop, step, length)) and each operation
 * dispatches here, doing the same arithmetic with int objects -- CPython's
 * Objects/rangeobject.c has the same two paths (compute_range_length,
 * compute_item, range_contains_long, longrangeiter).  len() of a range
 * longer than 2**63 - 1 raises OverflowError, as in CPython.
 */
#include "range.h"

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "int.h"
#include "none.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

#define BIG(o) (((TpyRange *)(o))->big)
#define START(o) TPY_TUPLE_ITEMS(BIG(o))[0]
#define STOP(o) TPY_TUPLE_ITEMS(BIG(o))[1]
#define STEP(o) TPY_TUPLE_ITEMS(BIG(o))[2]
#define LENGTH(o) TPY_TUPLE_ITEMS(BIG(o))[3]

static TpyObject *op(TpyObject *a, TpyObject *b, TpyBinaryOp which)
{
    return a == NULL || b == NULL ? NULL : tpy_number_binop(a, b, which);
}

static int sign(TpyObject *v)
{
    TpyObject *zero = tpy_smallint(0);
    int gt = tpy_object_compare_bool(v, zero, TPY_CMP_OP_GT);
    if (gt != 0)
        return gt;   // 1, or -1 on error (ints compare without errors)
    return tpy_object_compare_bool(v, zero, TPY_CMP_OP_LT) ? -1 : 0;
}

/* CPython's compute_range_length: (hi - lo - 1) // step + 1 when not empty. */
static TpyObject *length_of(TpyObject *start, TpyObject *stop, TpyObject *step)
{
    TpyObject *lo = start, *hi = stop, *st = tpy_newref(step);
    if (sign(step) < 0) {
        lo = stop;
        hi = start;
        tpy_decref(st);
        st = tpy_number_unaryop(step, TPY_UNOP_NEG);
        if (st == NULL)
            return NULL;
    }
    if (tpy_object_compare_bool(lo, hi, TPY_CMP_OP_GE)) {
        tpy_decref(st);
        return tpy_smallint(0);
    }
    TpyObject *diff = op(hi, lo, TPY_BINOP_SUB);
    TpyObject *diff1 = op(diff, tpy_smallint(1), TPY_BINOP_SUB);
    TpyObject *q = op(diff1, st, TPY_BINOP_FLOORDIV);
    TpyObject *n = op(q, tpy_smallint(1), TPY_BINOP_ADD);
    tpy_xdecref(diff);
    tpy_xdecref(diff1);
    tpy_xdecref(q);
    tpy_decref(st);
    return n;
}

TpyObject *tpy_range_big_new(TpyObject *start, TpyObject *stop, TpyObject *step)
{
    if (sign(step) == 0)
        return tpy_err_format(&tpy_ValueError_type, "range() arg 3 must not be zero");
    TpyObject *n = length_of(start, stop, step);
    if (n == NULL)
        return NULL;
    if (tpy_is_smallint(start) && tpy_is_smallint(stop) && tpy_is_smallint(step) &&
        tpy_is_smallint(n)) {
        tpy_decref(n);
        return tpy_range_new(tpy_smallint_value(start), tpy_smallint_value(stop),
                             tpy_smallint_value(step));
    }
    TpyObject *t = tpy_tuple_new(4);
    TpyRange *r = t != NULL ? (TpyRange *)tpy_object_new(&tpy_range_type) : NULL;
    if (r == NULL) {
        tpy_xdecref(t);
        tpy_decref(n);
        return NULL;
    }
    TPY_TUPLE_ITEMS(t)[0] = tpy_newref(start);
    TPY_TUPLE_ITEMS(t)[1] = tpy_newref(stop);
    TPY_TUPLE_ITEMS(t)[2] = tpy_newref(step);
    TPY_TUPLE_ITEMS(t)[3] = n;
    r->start = r->stop = r->length = 0;
    r->step = 1;
    r->big = t;
    return &r->ob;
}

int64_t tpy_range_big_length(TpyObject *o)
{
    int64_t n;
    if (!tpy_int_to_i64(LENGTH(o), &n)) {
        tpy_err_format(&tpy_OverflowError_type, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

int tpy_range_big_truth(TpyObject *o)
{
    return sign(LENGTH(o)) != 0;
}

/* start + i * step for an index object (negative counts from the end). */
TpyObject *tpy_range_big_item(TpyObject *o, TpyObject *index)
{
    TpyObject *i = tpy_newref(index);
    if (sign(i) < 0) {
        TpyObject *j = op(i, LENGTH(o), TPY_BINOP_ADD);
        tpy_decref(i);
        if ((i = j) == NULL)
            return NULL;
    }
    if (sign(i) < 0 || tpy_object_compare_bool(i, LENGTH(o), TPY_CMP_OP_GE)) {
        tpy_decref(i);
        return tpy_err_format(&tpy_IndexError_type, "range object index out of range");
    }
    TpyObject *off = op(i, STEP(o), TPY_BINOP_MUL);
    TpyObject *v = op(START(o), off, TPY_BINOP_ADD);
    tpy_decref(i);
    tpy_xdecref(off);
    return v;
}

/* The index of int x in the range, or NULL without an exception if absent. */
TpyObject *tpy_range_big_find(TpyObject *o, TpyObject *x)
{
    bool up = sign(STEP(o)) > 0;
    bool in = up ? tpy_object_compare_bool(START(o), x, TPY_CMP_OP_LE) &&
                       tpy_object_compare_bool(x, STOP(o), TPY_CMP_OP_LT)
                 : tpy_object_compare_bool(STOP(o), x, TPY_CMP_OP_LT) &&
                       tpy_object_compare_bool(x, START(o), TPY_CMP_OP_LE);
    if (!in)
        return NULL;
    TpyObject *diff = op(x, START(o), TPY_BINOP_SUB);
    TpyObject *rem = op(diff, STEP(o), TPY_BINOP_MOD);
    TpyObject *pos = NULL;
    if (rem != NULL && sign(rem) == 0)
        pos = op(diff, STEP(o), TPY_BINOP_FLOORDIV);
    tpy_xdecref(diff);
    tpy_xdecref(rem);
    return pos;
}

TpyObject *tpy_range_big_attr(TpyObject *o, int which)
{
    return tpy_newref(TPY_TUPLE_ITEMS(BIG(o))[which]);
}

TpyObject *tpy_range_big_repr(TpyObject *o)
{
    TpyObject *parts[3] = {tpy_object_repr(START(o)), tpy_object_repr(STOP(o)), NULL};
    bool step1 = tpy_is_smallint(STEP(o)) && tpy_smallint_value(STEP(o)) == 1;
    if (!step1)
        parts[2] = tpy_object_repr(STEP(o));
    TpyObject *r = NULL;
    if (parts[0] != NULL && parts[1] != NULL && (step1 || parts[2] != NULL)) {
        TpyStrBuilder b;
        tpy_strbuilder_init(&b);
        int ok = tpy_strbuilder_append_cstr(&b, "range(") == 0 &&
                 tpy_strbuilder_append_str(&b, parts[0]) == 0 &&
                 tpy_strbuilder_append_cstr(&b, ", ") == 0 &&
                 tpy_strbuilder_append_str(&b, parts[1]) == 0 &&
                 (step1 || (tpy_strbuilder_append_cstr(&b, ", ") == 0 &&
                            tpy_strbuilder_append_str(&b, parts[2]) == 0)) &&
                 tpy_strbuilder_append_char(&b, ')') == 0;
        if (ok)
            r = tpy_strbuilder_finish(&b);
        else
            tpy_strbuilder_discard(&b);
    }
    for (int i = 0; i < 3; i++)
        tpy_xdecref(parts[i]);
    return r;
}

/* (length, start, step) with None where it does not matter (CPython's
 * range_hash and range_equals look at the same parts).  New tuple. */
TpyObject *tpy_range_big_key(TpyObject *o)
{
    int64_t n = tpy_is_smallint(LENGTH(o)) ? tpy_smallint_value(LENGTH(o)) : 2;
    TpyObject *start = n == 0 ? tpy_None : START(o), *step = n <= 1 ? tpy_None : STEP(o);
    return tpy_tuple_pack(3, LENGTH(o), start, step);
}

/* ---------------------------------------------------------------- iterator */

typedef struct BigRangeIter {
    TpyObject ob;
    TpyObject *next, *step, *remaining;   /* ints */
} BigRangeIter;

TpyObject *tpy_range_big_iter(TpyObject *o, bool reversed)
{
    TpyObject *first, *step;
    if (reversed) {
        TpyObject *last = op(LENGTH(o), tpy_smallint(1), TPY_BINOP_SUB);
        TpyObject *off = op(last, STEP(o), TPY_BINOP_MUL);
        first = op(START(o), off, TPY_BINOP_ADD);
        step = tpy_number_unaryop(STEP(o), TPY_UNOP_NEG);
        tpy_xdecref(last);
        tpy_xdecref(off);
    } else {
        first = tpy_newref(START(o));
        step = tpy_newref(STEP(o));
    }
    BigRangeIter *it = first != NULL && step != NULL
                           ? (BigRangeIter *)tpy_object_new(&tpy_range_big_iterator_type)
                           : NULL;
    if (it == NULL) {
        tpy_xdecref(first);
        tpy_xdecref(step);
        return NULL;
    }
    it->next = first;
    it->step = step;
    it->remaining = tpy_newref(LENGTH(o));
    return &it->ob;
}

static TpyObject *big_iter_next(TpyObject *o)
{
    BigRangeIter *it = (BigRangeIter *)o;
    if (sign(it->remaining) <= 0)
        return NULL;
    TpyObject *rem = op(it->remaining, tpy_smallint(1), TPY_BINOP_SUB);
    TpyObject *next = op(it->next, it->step, TPY_BINOP_ADD);
    if (rem == NULL || next == NULL) {
        tpy_xdecref(rem);
        tpy_xdecref(next);
        return NULL;
    }
    TpyObject *v = it->next;
    tpy_decref(it->remaining);
    it->remaining = rem;
    it->next = next;
    return v;
}

static void big_iter_dealloc(TpyObject *o)
{
    BigRangeIter *it = (BigRangeIter *)o;
    tpy_decref(it->next);
    tpy_decref(it->step);
    tpy_decref(it->remaining);
    tpy_object_free(o);
}

TpyType tpy_range_big_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "longrange_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(BigRangeIter),
    .dealloc = big_iter_dealloc,
    .iter = tpy_seq_iter_self,
    .iternext = big_iter_next,
};
