/* runtime/seqcommon.c: helpers shared by the container types (see seqcommon.h).
 *
 * list and tuple share one implementation of comparison, search (in, count,
 * index), subscripting, repr and their iterators' bookkeeping: each reads the
 * items through seq_view, again after every call that may run Python code,
 * because a user __eq__ or __repr__ may resize a list while we look at it.
 *
 * The repr guard is a small stack of the containers whose repr is in
 * progress; a container found on it prints as "[...]" / "{...}" instead of
 * recursing forever.  It is freed whenever it becomes empty, so nothing stays
 * allocated between top-level reprs.
 */
#include "seqcommon.h"

#include <stdlib.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "list.h"
#include "none.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

static void seq_view(TpyObject *o, TpyObject *const **items, int64_t *n)
{
    if (tpy_tuple_check_any(o)) {
        *items = TPY_TUPLE_ITEMS(o);
        *n = TPY_TUPLE_SIZE(o);
    } else {
        *items = TPY_LIST_ITEMS(o);
        *n = TPY_LIST_SIZE(o);
    }
}

TpyObject *tpy_seq_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    TpyObject *const *ia, *const *ib;
    int64_t na, nb;
    seq_view(a, &ia, &na);
    seq_view(b, &ib, &nb);
    if ((op == TPY_CMP_OP_EQ || op == TPY_CMP_OP_NE) && na != nb)
        return tpy_bool_from(op == TPY_CMP_OP_NE);
    int64_t i;
    for (i = 0;; i++) {
        seq_view(a, &ia, &na);
        seq_view(b, &ib, &nb);
        if (i >= na || i >= nb)
            break;
        TpyObject *x = ia[i], *y = ib[i];
        tpy_incref(x);
        tpy_incref(y);
        int r = tpy_object_equal(x, y);
        tpy_decref(x);
        tpy_decref(y);
        if (r < 0)
            return NULL;
        if (r == 0)
            break;
    }
    seq_view(a, &ia, &na);
    seq_view(b, &ib, &nb);
    if (i >= na || i >= nb) {
        bool res;
        switch (op) {
        case TPY_CMP_OP_LT: res = na < nb; break;
        case TPY_CMP_OP_LE: res = na <= nb; break;
        case TPY_CMP_OP_EQ: res = na == nb; break;
        case TPY_CMP_OP_NE: res = na != nb; break;
        case TPY_CMP_OP_GT: res = na > nb; break;
        default: res = na >= nb; break;
        }
        return tpy_bool_from(res);
    }
    if (op == TPY_CMP_OP_EQ)
        return tpy_bool_from(false);
    if (op == TPY_CMP_OP_NE)
        return tpy_bool_from(true);
    TpyObject *x = ia[i], *y = ib[i];
    tpy_incref(x);
    tpy_incref(y);
    TpyObject *r = tpy_object_richcompare(x, y, op);
    tpy_decref(x);
    tpy_decref(y);
    return r;
}

/* Every search re-reads the items: an __eq__ may shrink a list under us.
 * The item is held while it is compared, for the same reason. */
int64_t tpy_seq_find(TpyObject *o, TpyObject *item, int64_t start, int64_t stop)
{
    TpyObject *const *items;
    int64_t n;
    for (int64_t i = start < 0 ? 0 : start; i < stop; i++) {
        seq_view(o, &items, &n);
        if (i >= n)
            break;
        TpyObject *x = tpy_newref(items[i]);
        int r = tpy_object_equal(x, item);
        tpy_decref(x);
        if (r != 0)
            return r < 0 ? -2 : i;
    }
    return -1;
}

int64_t tpy_seq_count(TpyObject *o, TpyObject *item)
{
    TpyObject *const *items;
    int64_t n, count = 0;
    for (int64_t i = 0;; i++) {
        seq_view(o, &items, &n);
        if (i >= n)
            return count;
        TpyObject *x = tpy_newref(items[i]);
        int r = tpy_object_equal(x, item);
        tpy_decref(x);
        if (r < 0)
            return -1;
        count += r;
    }
}

int tpy_seq_contains(TpyObject *o, TpyObject *item)
{
    int64_t i = tpy_seq_find(o, item, 0, INT64_MAX);
    return i >= 0 ? 1 : i == -1 ? 0 : -1;
}

TpyObject *tpy_seq_getitem(TpyObject *o, TpyObject *key)
{
    bool is_tuple = tpy_tuple_check_any(o);
    TpyObject *const *items;
    int64_t size;
    seq_view(o, &items, &size);
    if (!tpy_slice_check(key)) {
        int64_t i;
        if (tpy_index_from_object(key, is_tuple ? "tuple" : "list", &i) < 0)
            return NULL;
        return is_tuple ? tpy_tuple_getitem_index(o, i) : tpy_list_getitem_index(o, i);
    }
    int64_t start, stop, step;
    int64_t n = tpy_slice_get_indices(key, size, &start, &stop, &step);
    if (n < 0)
        return NULL;
    if (step == 1)
        return is_tuple ? tpy_tuple_slice(o, start, start + n) : tpy_list_slice(o, start, start + n);
    TpyObject *r = is_tuple ? tpy_tuple_new(n) : tpy_list_new(n);
    if (r == NULL)
        return NULL;
    TpyObject **dst = is_tuple ? TPY_TUPLE_ITEMS(r) : TPY_LIST_ITEMS(r);
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        dst[i] = tpy_newref(items[j]);
    return r;
}

/* repr of a list ("[a, b]") or tuple ("(a,)", "(a, b)"); the items are
 * re-read after each repr call, which may run code that mutates a list. */
TpyObject *tpy_seq_repr(TpyObject *o)
{
    bool is_tuple = tpy_tuple_check_any(o);
    TpyObject *const *items;
    int64_t n;
    seq_view(o, &items, &n);
    if (n == 0)
        return tpy_str_from_cstr(is_tuple ? "()" : "[]");
    int g = tpy_repr_enter(o);
    if (g != 0)
        return g > 0 ? tpy_str_from_cstr(is_tuple ? "(...)" : "[...]") : NULL;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_char(&b, is_tuple ? '(' : '[') < 0)
        goto error;
    for (int64_t i = 0;; i++) {
        seq_view(o, &items, &n);
        if (i >= n)
            break;
        if (i > 0 && tpy_strbuilder_append_cstr(&b, ", ") < 0)
            goto error;
        TpyObject *x = tpy_newref(items[i]);
        TpyObject *r = tpy_object_repr(x);
        tpy_decref(x);
        if (r == NULL)
            goto error;
        int rc = tpy_strbuilder_append_str(&b, r);
        tpy_decref(r);
        if (rc < 0)
            goto error;
    }
    if (tpy_strbuilder_append_cstr(&b, !is_tuple ? "]" : n == 1 ? ",)" : ")") < 0)
        goto error;
    tpy_repr_leave(o);
    return tpy_strbuilder_finish(&b);
error:
    tpy_repr_leave(o);
    tpy_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------- iterators */

TpyObject *tpy_seq_iter_new(TpyType *type, TpyObject *seq, int64_t index)
{
    TpySeqIter *it = (TpySeqIter *)tpy_object_new(type);
    if (it == NULL)
        return NULL;
    it->seq = tpy_newref(seq);
    it->index = index;
    return &it->ob;
}

void tpy_seq_iter_dealloc(TpyObject *o)
{
    tpy_clear(((TpySeqIter *)o)->seq);
    tpy_object_free(o);
}

int tpy_seq_iter_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    TpySeqIter *it = (TpySeqIter *)o;
    return it->seq != NULL ? visit(it->seq, arg) : 0;
}

void tpy_seq_iter_clear(TpyObject *o)
{
    tpy_clear(((TpySeqIter *)o)->seq);
}

void tpy_seq_clamp_range(int64_t n, int64_t *start, int64_t *stop)
{
    if (*start < 0) {
        *start += n;
        if (*start < 0)
            *start = 0;
    }
    if (*stop < 0) {
        *stop += n;
        if (*stop < 0)
            *stop = 0;
    }
    if (*stop > n)
        *stop = n;
}

int tpy_seq_clamped_index(TpyObject *o, int64_t *out)
{
    if (tpy_is_smallint(o)) {
        *out = tpy_smallint_value(o);
        return 0;
    }
    if (!tpy_object_is_instance(o, &tpy_int_type)) {
        tpy_err_format(&tpy_TypeError_type,
                       "slice indices must be integers or have an __index__ method");
        return -1;
    }
    int64_t v = tpy_number_as_i64(o);
    if (v == -1 && tpy_err_occurred()) {
        if (!tpy_err_matches(&tpy_OverflowError_type))
            return -1;
        tpy_err_clear();
        TpyObject *zero = tpy_smallint(0);
        int neg = tpy_object_compare_bool(o, zero, TPY_CMP_OP_LT);
        if (neg < 0)
            return -1;
        v = neg ? INT64_MIN : INT64_MAX;
    }
    *out = v;
    return 0;
}

bool tpy_seq_is_builtin_value(TpyObject *o)
{
    return !(tpy_type_of(o)->flags & TPY_TPFLAG_HEAPTYPE);
}

int tpy_seq_repeat_count(TpyObject *n, int64_t *out)
{
    if (!tpy_object_is_instance(n, &tpy_int_type)) {
        if (!tpy_seq_is_builtin_value(n))
            return 0;
        tpy_err_format(&tpy_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                       tpy_type_of(n)->name);
        return -1;
    }
    int64_t v = tpy_number_as_i64(n);
    if (v == -1 && tpy_err_occurred()) {
        if (tpy_err_matches(&tpy_OverflowError_type)) {
            tpy_err_clear();
            tpy_err_format(&tpy_OverflowError_type, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    *out = v;
    return 1;
}

int tpy_seq_check_args(const char *name, int64_t nargs, TpyObject *kwnames, int64_t min, int64_t max)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0) {
        tpy_err_format(&tpy_TypeError_type, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        tpy_err_format(&tpy_TypeError_type, "%s() takes exactly one argument (%lld given)", name,
                       (long long)nargs);
    else if (nargs < min)
        tpy_err_format(&tpy_TypeError_type, "%s expected at least %lld argument%s, got %lld", name,
                       (long long)min, min == 1 ? "" : "s", (long long)nargs);
    else
        tpy_err_format(&tpy_TypeError_type, "%s expected at most %lld argument%s, got %lld", name,
                       (long long)max, max == 1 ? "" : "s", (long long)nargs);
    return -1;
}

TpyObject *tpy_seq_iter_self(TpyObject *o)
{
    return tpy_newref(o);
}

/* ---------------------------------------------------------------- repr guard */

static TpyObject **repr_stack;
static int64_t repr_count, repr_cap;

int tpy_repr_enter(TpyObject *o)
{
    for (int64_t i = 0; i < repr_count; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_count == repr_cap) {
        int64_t ncap = repr_cap ? repr_cap * 2 : 16;
        TpyObject **ns = realloc(repr_stack, (size_t)ncap * sizeof *ns);
        if (ns == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        repr_stack = ns;
        repr_cap = ncap;
    }
    repr_stack[repr_count++] = o;
    return 0;
}

void tpy_repr_leave(TpyObject *o)
{
    for (int64_t i = repr_count - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            repr_stack[i] = repr_stack[--repr_count];
            break;
        }
    }
    if (repr_count == 0) {
        free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}
