/* runtime/list.c: the list type.
 *
 * Layout: a fixed-size GC object pointing to a malloc'd array of `allocated`
 * slots, the first `size` of them in use.  Growth copies CPython 3.11's
 * list_resize exactly, so sys.getsizeof(list) moves in the same steps:
 *   - shrinking or growing within [allocated/2, allocated] keeps the array;
 *   - otherwise new_allocated = (newsize + (newsize >> 3) + 6) & ~3, or
 *     (newsize + 3) & ~3 when a big extend would overshoot that, 0 for 0.
 *   list(sized iterable), slices, + and * allocate exactly what they need.
 *
 * Sorting: a stable merge sort over an array of indices (insertion sort on
 * runs of 32, then bottom-up merges that skip already-ordered neighbours, so
 * sorted input costs n comparisons).  Keys are computed once.  While the sort
 * runs the list is emptied (allocated = -1 marks it) so that a key function or
 * __lt__ that mutates it is detected afterwards: ValueError "list modified
 * during sort", exactly as CPython's list.sort does.  reverse=True reverses,
 * sorts, and reverses back, which keeps equal items in their original order.
 *
 * Every path that runs user code (comparisons, __eq__, key functions) re-reads
 * size and items afterwards, since that code may have changed the list.
 */
#include "list.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "none.h"
#include "range.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- storage */

static int list_resize(TpyList *l, int64_t newsize)
{
    int64_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    if ((uint64_t)newsize > TPY_SEQ_MAX_ITEMS) {
        tpy_err_nomemory();
        return -1;
    }
    uint64_t new_allocated = ((uint64_t)newsize + ((uint64_t)newsize >> 3) + 6) & ~(uint64_t)3;
    if ((uint64_t)(newsize - l->size) > new_allocated - (uint64_t)newsize)
        new_allocated = ((uint64_t)newsize + 3) & ~(uint64_t)3;
    if (newsize == 0)
        new_allocated = 0;
    TpyObject **items = NULL;
    if (new_allocated > 0) {
        items = realloc(l->allocated > 0 ? l->items : NULL, new_allocated * sizeof *items);
        if (items == NULL) {
            tpy_err_nomemory();
            return -1;
        }
    } else if (l->allocated > 0) {
        free(l->items);
    }
    l->items = items;
    l->size = newsize;
    l->allocated = (int64_t)new_allocated;
    return 0;
}

/* Makes the array exactly `n` slots (n >= size). */
static int list_preallocate_exact(TpyList *l, int64_t n)
{
    if ((uint64_t)n > TPY_SEQ_MAX_ITEMS) {
        tpy_err_nomemory();
        return -1;
    }
    if (n == 0)
        return 0;
    TpyObject **items = realloc(l->allocated > 0 ? l->items : NULL, (size_t)n * sizeof *items);
    if (items == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    l->items = items;
    l->allocated = n;
    return 0;
}

TpyObject *tpy_list_new(int64_t n)
{
    if (n < 0 || (uint64_t)n > TPY_SEQ_MAX_ITEMS)
        return tpy_err_nomemory();
    TpyObject *o = tpy_object_new(&tpy_list_type);
    if (o == NULL)
        return NULL;
    TpyList *l = TPY_LIST(o);
    if (n > 0) {
        l->items = calloc((size_t)n, sizeof(TpyObject *));
        if (l->items == NULL) {
            tpy_decref(o);
            return tpy_err_nomemory();
        }
    }
    l->size = n;
    l->allocated = n;
    return o;
}

TpyObject *tpy_list_from_array(TpyObject *const *items, int64_t n)
{
    TpyObject *l = tpy_list_new(n);
    if (l == NULL)
        return NULL;
    for (int64_t i = 0; i < n; i++)
        TPY_LIST_ITEMS(l)[i] = tpy_newref(items[i]);
    return l;
}

TpyObject *tpy_list_from_iterable(TpyObject *iterable)
{
    TpyObject *l = tpy_list_new(0);
    if (l == NULL)
        return NULL;
    if (tpy_list_extend(l, iterable) < 0) {
        tpy_decref(l);
        return NULL;
    }
    return l;
}

static void list_clear_slot(TpyObject *o)
{
    TpyList *l = TPY_LIST(o);
    TpyObject **items = l->items;
    int64_t n = l->size;
    if (items == NULL)
        return;
    // Detach first: decrefs may run code that looks at the list.
    l->items = NULL;
    l->size = 0;
    l->allocated = 0;
    for (int64_t i = n - 1; i >= 0; i--)
        tpy_xdecref(items[i]);
    free(items);
}

static void list_dealloc(TpyObject *o)
{
    list_clear_slot(o);
    tpy_object_free(o);
}

static int list_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    TpyList *l = TPY_LIST(o);
    for (int64_t i = 0; i < l->size; i++) {
        TpyObject *x = l->items[i];
        if (x != NULL && !tpy_is_smallint(x)) {
            int r = visit(x, arg);
            if (r != 0)
                return r;
        }
    }
    return 0;
}

size_t tpy_list_sizeof(TpyObject *o)
{
    TpyList *l = TPY_LIST(o);
    return sizeof(TpyList) + sizeof(TpyObject *) * (size_t)(l->allocated > 0 ? l->allocated : 0);
}

/* ---------------------------------------------------------------- mutation */

int64_t tpy_list_length(TpyObject *list)
{
    return TPY_LIST_SIZE(list);
}

int tpy_list_append_steal(TpyObject *o, TpyObject *item)
{
    TpyList *l = TPY_LIST(o);
    int64_t n = l->size;
    if (n < l->allocated) {
        l->items[n] = item;
        l->size = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0) {
        tpy_decref(item);
        return -1;
    }
    l->items[n] = item;
    return 0;
}

int tpy_list_append(TpyObject *o, TpyObject *item)
{
    tpy_incref(item);
    return tpy_list_append_steal(o, item);
}

int tpy_list_extend(TpyObject *o, TpyObject *iterable)
{
    TpyList *l = TPY_LIST(o);
    if (tpy_list_check(iterable) || tpy_tuple_check(iterable)) {
        bool is_list = tpy_list_check(iterable);
        int64_t n = is_list ? TPY_LIST_SIZE(iterable) : TPY_TUPLE_SIZE(iterable);
        if (n == 0)
            return 0;
        int64_t m = l->size;
        if (list_resize(l, m + n) < 0)
            return -1;
        // l may be `iterable` itself (a.extend(a)): read its items after the resize.
        TpyObject **src = is_list ? TPY_LIST_ITEMS(iterable) : TPY_TUPLE_ITEMS(iterable);
        for (int64_t i = 0; i < n; i++)
            l->items[m + i] = tpy_newref(src[i]);
        return 0;
    }
    TpyObject *it = tpy_object_iter(iterable);
    if (it == NULL)
        return -1;
    // Sized iterables (range, str, dict, set): preallocate like CPython's
    // list___init__ / list_extend length hint.
    TpyType *t = tpy_type_of(iterable);
    if (t->length != NULL && l->items == NULL && l->size == 0) {
        int64_t hint = t->length(iterable);
        if (hint < 0) {
            tpy_err_clear();
        } else if (hint > 0 && list_preallocate_exact(l, hint) < 0) {
            tpy_decref(it);
            return -1;
        }
    }
    for (;;) {
        TpyObject *x = tpy_object_next(it);
        if (x == NULL) {
            tpy_decref(it);
            return tpy_err_occurred() ? -1 : 0;
        }
        if (tpy_list_append_steal(o, x) < 0) {
            tpy_decref(it);
            return -1;
        }
    }
}

int tpy_list_insert(TpyObject *o, int64_t where, TpyObject *item)
{
    TpyList *l = TPY_LIST(o);
    int64_t n = l->size;
    if (list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(TpyObject *));
    l->items[where] = tpy_newref(item);
    return 0;
}

TpyObject *tpy_list_pop(TpyObject *o, int64_t index)
{
    TpyList *l = TPY_LIST(o);
    if (l->size == 0)
        return tpy_err_format(&tpy_IndexError_type, "pop from empty list");
    if (index < 0)
        index += l->size;
    if (index < 0 || index >= l->size)
        return tpy_err_format(&tpy_IndexError_type, "pop index out of range");
    TpyObject *v = l->items[index];
    int64_t n = l->size;
    memmove(&l->items[index], &l->items[index + 1], (size_t)(n - index - 1) * sizeof(TpyObject *));
    if (list_resize(l, n - 1) < 0) {   /* shrinking cannot really fail; keep the item count right */
        tpy_err_clear();
        l->size = n - 1;
    }
    return v;
}

int tpy_list_remove(TpyObject *o, TpyObject *item)
{
    TpyList *l = TPY_LIST(o);
    for (int64_t i = 0; i < l->size; i++) {
        TpyObject *x = tpy_newref(l->items[i]);
        int r = tpy_object_equal(x, item);
        tpy_decref(x);
        if (r < 0)
            return -1;
        if (r > 0) {
            if (i < l->size) {
                TpyObject *v = tpy_list_pop(o, i);
                tpy_xdecref(v);
                return v == NULL ? -1 : 0;
            }
            break;
        }
    }
    tpy_err_format(&tpy_ValueError_type, "list.remove(x): x not in list");
    return -1;
}

int64_t tpy_list_index(TpyObject *o, TpyObject *item, int64_t start, int64_t stop)
{
    tpy_seq_clamp_range(TPY_LIST_SIZE(o), &start, &stop);
    int64_t i = tpy_seq_find(o, item, start, stop);
    if (i != -1)
        return i < 0 ? -1 : i;
    TpyObject *rep = tpy_object_repr(item);
    if (rep == NULL)
        return -1;
    const char *u = tpy_str_as_utf8(rep, NULL);
    if (u != NULL)
        tpy_err_format(&tpy_ValueError_type, "%s is not in list", u);
    tpy_decref(rep);
    return -1;
}

int64_t tpy_list_count(TpyObject *o, TpyObject *item)
{
    return tpy_seq_count(o, item);
}

int tpy_list_clear(TpyObject *o)
{
    list_clear_slot(o);
    return 0;
}

TpyObject *tpy_list_copy(TpyObject *o)
{
    return tpy_list_from_array(TPY_LIST_ITEMS(o), TPY_LIST_SIZE(o));
}

static void reverse_items(TpyObject **items, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        TpyObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

int tpy_list_reverse(TpyObject *o)
{
    reverse_items(TPY_LIST_ITEMS(o), TPY_LIST_SIZE(o));
    return 0;
}

/* ---------------------------------------------------------------- sort */

typedef struct SortState {
    TpyObject **keys;
    int64_t *idx, *tmp;
} SortState;

/* keys[a] < keys[b]: 1, 0, -1 on error. */
static int sort_lt(SortState *st, int64_t a, int64_t b)
{
    return tpy_object_compare_bool(st->keys[a], st->keys[b], TPY_CMP_OP_LT);
}

static int insertion_sort(SortState *st, int64_t lo, int64_t hi)
{
    for (int64_t i = lo + 1; i < hi; i++) {
        int64_t pivot = st->idx[i];
        // Binary search for the rightmost place (stability).
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t mid = l + (r - l) / 2;
            int c = sort_lt(st, pivot, st->idx[mid]);
            if (c < 0)
                return -1;
            if (c)
                r = mid;
            else
                l = mid + 1;
        }
        memmove(&st->idx[l + 1], &st->idx[l], (size_t)(i - l) * sizeof(int64_t));
        st->idx[l] = pivot;
    }
    return 0;
}

static int merge(SortState *st, int64_t lo, int64_t mid, int64_t hi)
{
    int c = sort_lt(st, st->idx[mid], st->idx[mid - 1]);
    if (c <= 0)
        return c;   /* already in order (or error) */
    memcpy(&st->tmp[lo], &st->idx[lo], (size_t)(mid - lo) * sizeof(int64_t));
    int64_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        c = sort_lt(st, st->idx[j], st->tmp[i]);
        if (c < 0) {
            // Put the rest back so idx stays a permutation.
            while (i < mid)
                st->idx[k++] = st->tmp[i++];
            return -1;
        }
        st->idx[k++] = c ? st->idx[j++] : st->tmp[i++];
    }
    while (i < mid)
        st->idx[k++] = st->tmp[i++];
    return 0;
}

static int merge_sort(SortState *st, int64_t n)
{
    const int64_t run = 32;
    for (int64_t lo = 0; lo < n; lo += run)
        if (insertion_sort(st, lo, lo + run < n ? lo + run : n) < 0)
            return -1;
    for (int64_t width = run; width < n; width *= 2) {
        for (int64_t lo = 0; lo + width < n; lo += 2 * width) {
            int64_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (merge(st, lo, lo + width, hi) < 0)
                return -1;
        }
    }
    return 0;
}

int tpy_list_sort(TpyObject *o, TpyObject *key, bool reverse)
{
    TpyList *l = TPY_LIST(o);
    if (key == tpy_None)
        key = NULL;
    // Take the items out; the list looks empty (allocated -1) meanwhile.
    TpyObject **items = l->items;
    int64_t n = l->size, allocated = l->allocated;
    l->items = NULL;
    l->size = 0;
    l->allocated = -1;
    int result = 0;
    SortState st = {NULL, NULL, NULL};
    if (reverse)
        reverse_items(items, n);
    if (n > 1) {
        st.idx = malloc((size_t)n * sizeof(int64_t));
        st.tmp = malloc((size_t)n * sizeof(int64_t));
        st.keys = key != NULL ? calloc((size_t)n, sizeof(TpyObject *)) : items;
        if (st.idx == NULL || st.tmp == NULL || st.keys == NULL) {
            tpy_err_nomemory();
            result = -1;
            goto done;
        }
        for (int64_t i = 0; i < n; i++)
            st.idx[i] = i;
        if (key != NULL) {
            for (int64_t i = 0; i < n; i++) {
                st.keys[i] = tpy_object_call(key, &items[i], 1, NULL);
                if (st.keys[i] == NULL) {
                    result = -1;
                    goto done;
                }
            }
        }
        if (merge_sort(&st, n) < 0) {
            result = -1;
            goto done;
        }
        // Apply the permutation (tmp holds the reordered items).
        TpyObject **sorted = (TpyObject **)st.tmp;   /* same size as int64_t on our targets */
        for (int64_t i = 0; i < n; i++)
            sorted[i] = items[st.idx[i]];
        memcpy(items, sorted, (size_t)n * sizeof(TpyObject *));
    }
done:
    if (reverse)
        reverse_items(items, n);
    if (key != NULL && st.keys != NULL) {
        for (int64_t i = 0; i < n; i++)
            tpy_xdecref(st.keys[i]);
        free(st.keys);
    }
    free(st.idx);
    free(st.tmp);
    // Restore, dropping anything the key function or comparisons added.
    TpyObject **final_items = l->items;
    int64_t final_size = l->size;
    bool modified = l->allocated != -1;
    l->items = items;
    l->size = n;
    l->allocated = allocated;
    if (final_items != NULL) {
        for (int64_t i = final_size - 1; i >= 0; i--)
            tpy_xdecref(final_items[i]);
        free(final_items);
    }
    if (modified && result == 0) {
        tpy_err_format(&tpy_ValueError_type, "list modified during sort");
        result = -1;
    }
    return result;
}

_Static_assert(sizeof(int64_t) == sizeof(TpyObject *), "sort reuses an int64 buffer for pointers");

/* ---------------------------------------------------------------- indexing, slices */

TpyObject *tpy_list_getitem_index(TpyObject *o, int64_t i)
{
    TpyList *l = TPY_LIST(o);
    if (i < 0)
        i += l->size;
    if (i < 0 || i >= l->size)
        return tpy_err_format(&tpy_IndexError_type, "list index out of range");
    return tpy_newref(l->items[i]);
}

int tpy_list_setitem_index(TpyObject *o, int64_t i, TpyObject *value)
{
    TpyList *l = TPY_LIST(o);
    if (i < 0)
        i += l->size;
    if (i < 0 || i >= l->size) {
        tpy_err_format(&tpy_IndexError_type, "list assignment index out of range");
        return -1;
    }
    TpyObject *old = l->items[i];
    l->items[i] = tpy_newref(value);
    tpy_decref(old);
    return 0;
}

int tpy_list_delitem_index(TpyObject *o, int64_t i)
{
    TpyList *l = TPY_LIST(o);
    if (i < 0)
        i += l->size;
    if (i < 0 || i >= l->size) {
        tpy_err_format(&tpy_IndexError_type, "list assignment index out of range");
        return -1;
    }
    TpyObject *v = tpy_list_pop(o, i);
    if (v == NULL)
        return -1;
    tpy_decref(v);
    return 0;
}

TpyObject *tpy_list_slice(TpyObject *o, int64_t start, int64_t stop)
{
    int64_t n = TPY_LIST_SIZE(o);
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop < start) stop = start;
    return tpy_list_from_array(TPY_LIST_ITEMS(o) + start, stop - start);
}

TpyObject *tpy_list_getitem(TpyObject *o, TpyObject *key)
{
    return tpy_seq_getitem(o, key);
}

/* a[lo:hi] = v (v NULL: delete), CPython's list_ass_slice.  v is any iterable. */
static int assign_simple_slice(TpyObject *o, int64_t lo, int64_t hi, TpyObject *v)
{
    TpyList *l = TPY_LIST(o);
    TpyObject *seq = NULL;
    int64_t nv = 0;
    if (v != NULL) {
        if (v == o || !(tpy_list_check(v) || tpy_tuple_check(v))) {
            seq = tpy_list_from_iterable(v);   /* a copy: v may be the list itself */
            if (seq == NULL) {
                if (tpy_err_matches(&tpy_TypeError_type)) {
                    tpy_err_clear();
                    tpy_err_format(&tpy_TypeError_type, "can only assign an iterable");
                }
                return -1;
            }
        } else {
            seq = tpy_newref(v);
        }
        nv = tpy_list_check(seq) ? TPY_LIST_SIZE(seq) : TPY_TUPLE_SIZE(seq);
    }
    int64_t n = l->size;
    if (lo < 0) lo = 0; else if (lo > n) lo = n;
    if (hi < lo) hi = lo; else if (hi > n) hi = n;
    int64_t nold = hi - lo;
    TpyObject **recycle = NULL;
    if (nold > 0) {
        recycle = malloc((size_t)nold * sizeof(TpyObject *));
        if (recycle == NULL) {
            tpy_xdecref(seq);
            tpy_err_nomemory();
            return -1;
        }
        memcpy(recycle, &l->items[lo], (size_t)nold * sizeof(TpyObject *));
    }
    int64_t delta = nv - nold;
    if (delta < 0) {
        memmove(&l->items[hi + delta], &l->items[hi], (size_t)(n - hi) * sizeof(TpyObject *));
        if (list_resize(l, n + delta) < 0)
            tpy_err_clear();   /* shrinking keeps the old array on failure */
        l->size = n + delta;
    } else if (delta > 0) {
        if (list_resize(l, n + delta) < 0) {
            free(recycle);
            tpy_xdecref(seq);
            return -1;
        }
        memmove(&l->items[hi + delta], &l->items[hi], (size_t)(n - hi) * sizeof(TpyObject *));
    }
    if (nv > 0) {
        TpyObject **src = tpy_list_check(seq) ? TPY_LIST_ITEMS(seq) : TPY_TUPLE_ITEMS(seq);
        for (int64_t k = 0; k < nv; k++)
            l->items[lo + k] = tpy_newref(src[k]);
    }
    for (int64_t k = nold - 1; k >= 0; k--)
        tpy_decref(recycle[k]);
    free(recycle);
    tpy_xdecref(seq);
    return 0;
}

int tpy_list_setitem(TpyObject *o, TpyObject *key, TpyObject *value)
{
    if (!tpy_slice_check(key)) {
        int64_t i;
        if (tpy_index_from_object(key, "list", &i) < 0)
            return -1;
        return value == NULL ? tpy_list_delitem_index(o, i) : tpy_list_setitem_index(o, i, value);
    }
    int64_t start, stop, step;
    int64_t slicelen = tpy_slice_get_indices(key, TPY_LIST_SIZE(o), &start, &stop, &step);
    if (slicelen < 0)
        return -1;
    if (step == 1)
        return assign_simple_slice(o, start, stop, value);
    TpyList *l = TPY_LIST(o);
    if (value == NULL) {
        if (slicelen <= 0)
            return 0;
        if (step < 0) {   /* walk it forwards */
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        TpyObject **garbage = malloc((size_t)slicelen * sizeof(TpyObject *));
        if (garbage == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        int64_t n = l->size, w = start, g = 0;
        for (int64_t r = start; r < n; r++) {
            if (g < slicelen && r == start + g * step)
                garbage[g++] = l->items[r];
            else
                l->items[w++] = l->items[r];
        }
        l->size = n - slicelen;
        if (list_resize(l, l->size) < 0)
            tpy_err_clear();
        for (int64_t k = 0; k < slicelen; k++)
            tpy_decref(garbage[k]);
        free(garbage);
        return 0;
    }
    TpyObject *seq = (tpy_list_check(value) && value != o) || tpy_tuple_check(value)
                         ? tpy_newref(value) : tpy_list_from_iterable(value);
    if (seq == NULL) {
        if (tpy_err_matches(&tpy_TypeError_type)) {
            tpy_err_clear();
            tpy_err_format(&tpy_TypeError_type, "must assign iterable to extended slice");
        }
        return -1;
    }
    int64_t nv = tpy_list_check(seq) ? TPY_LIST_SIZE(seq) : TPY_TUPLE_SIZE(seq);
    if (nv != slicelen) {
        tpy_decref(seq);
        tpy_err_format(&tpy_ValueError_type,
                       "attempt to assign sequence of size %lld to extended slice of size %lld",
                       (long long)nv, (long long)slicelen);
        return -1;
    }
    if (slicelen == 0) {
        tpy_decref(seq);
        return 0;
    }
    TpyObject **garbage = malloc((size_t)slicelen * sizeof(TpyObject *));
    if (garbage == NULL) {
        tpy_decref(seq);
        tpy_err_nomemory();
        return -1;
    }
    TpyObject **src = tpy_list_check(seq) ? TPY_LIST_ITEMS(seq) : TPY_TUPLE_ITEMS(seq);
    for (int64_t i = 0, j = start; i < slicelen; i++, j += step) {
        garbage[i] = l->items[j];
        l->items[j] = tpy_newref(src[i]);
    }
    for (int64_t i = 0; i < slicelen; i++)
        tpy_decref(garbage[i]);
    free(garbage);
    tpy_decref(seq);
    return 0;
}

/* ---------------------------------------------------------------- operators */

TpyObject *tpy_list_concat(TpyObject *a, TpyObject *b)
{
    int64_t na = TPY_LIST_SIZE(a), nb = TPY_LIST_SIZE(b);
    if ((uint64_t)na + (uint64_t)nb > TPY_SEQ_MAX_ITEMS)
        return tpy_err_nomemory();
    TpyObject *r = tpy_list_new(na + nb);
    if (r == NULL)
        return NULL;
    for (int64_t i = 0; i < na; i++)
        TPY_LIST_ITEMS(r)[i] = tpy_newref(TPY_LIST_ITEMS(a)[i]);
    for (int64_t i = 0; i < nb; i++)
        TPY_LIST_ITEMS(r)[na + i] = tpy_newref(TPY_LIST_ITEMS(b)[i]);
    return r;
}

TpyObject *tpy_list_repeat(TpyObject *o, int64_t n)
{
    int64_t size = TPY_LIST_SIZE(o);
    if (n <= 0 || size == 0)
        return tpy_list_new(0);
    if ((uint64_t)size > TPY_SEQ_MAX_ITEMS / (uint64_t)n)
        return tpy_err_nomemory();
    TpyObject *r = tpy_list_new(size * n);
    if (r == NULL)
        return NULL;
    TpyObject **dst = TPY_LIST_ITEMS(r);
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < size; i++)
            *dst++ = tpy_newref(TPY_LIST_ITEMS(o)[i]);
    return r;
}

int tpy_list_inplace_repeat(TpyObject *o, int64_t n)
{
    TpyList *l = TPY_LIST(o);
    int64_t size = l->size;
    if (size == 0 || n == 1)
        return 0;
    if (n <= 0)
        return tpy_list_clear(o);
    if ((uint64_t)size > TPY_SEQ_MAX_ITEMS / (uint64_t)n) {
        tpy_err_nomemory();
        return -1;
    }
    if (list_resize(l, size * n) < 0)
        return -1;
    for (int64_t k = 1; k < n; k++)
        for (int64_t i = 0; i < size; i++)
            l->items[k * size + i] = tpy_newref(l->items[i]);
    return 0;
}

int tpy_list_contains(TpyObject *o, TpyObject *item)
{
    return tpy_seq_contains(o, item);
}

TpyObject *tpy_list_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_list_check(a) || !tpy_list_check(b))
        return tpy_newref(tpy_NotImplemented);
    return tpy_seq_richcompare(a, b, op);
}

TpyObject *tpy_list_repr(TpyObject *o)
{
    return tpy_seq_repr(o);
}

TpyObject *tpy_list_as_tuple(TpyObject *o)
{
    return tpy_tuple_from_array(TPY_LIST_ITEMS(o), TPY_LIST_SIZE(o));
}

/* ---------------------------------------------------------------- iterators */

TpyObject *tpy_list_iter(TpyObject *o)
{
    return tpy_seq_iter_new(&tpy_list_iterator_type, o, 0);
}

TpyObject *tpy_list_reversed(TpyObject *o)
{
    return tpy_seq_iter_new(&tpy_list_reverseiterator_type, o, TPY_LIST_SIZE(o) - 1);
}

static TpyObject *list_iter_next(TpyObject *o)
{
    TpySeqIter *it = (TpySeqIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < TPY_LIST_SIZE(it->seq))
        return tpy_newref(TPY_LIST_ITEMS(it->seq)[it->index++]);
    tpy_clear(it->seq);
    return NULL;
}

static TpyObject *list_reviter_next(TpyObject *o)
{
    TpySeqIter *it = (TpySeqIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index >= 0 && it->index < TPY_LIST_SIZE(it->seq))
        return tpy_newref(TPY_LIST_ITEMS(it->seq)[it->index--]);
    it->index = -1;
    tpy_clear(it->seq);
    return NULL;
}

TpyType tpy_list_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "list_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpySeqIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = tpy_seq_iter_dealloc,
    .traverse = tpy_seq_iter_traverse,
    .clear = tpy_seq_iter_clear,
    .iter = tpy_seq_iter_self,
    .iternext = list_iter_next,
};

TpyType tpy_list_reverseiterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "list_reverseiterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpySeqIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = tpy_seq_iter_dealloc,
    .traverse = tpy_seq_iter_traverse,
    .clear = tpy_seq_iter_clear,
    .iter = tpy_seq_iter_self,
    .iternext = list_reviter_next,
};

/* ---------------------------------------------------------------- type */

static int64_t list_length_slot(TpyObject *o) { return TPY_LIST_SIZE(o); }
static int list_truth(TpyObject *o) { return TPY_LIST_SIZE(o) != 0; }
static size_t list_size_of(TpyObject *o) { return tpy_list_sizeof(o); }

static int64_t list_hash(TpyObject *o)
{
    tpy_err_format(&tpy_TypeError_type, "unhashable type: 'list'");
    return -1;
}

static TpyObject *list_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_ADD && tpy_list_check(a)) {
        if (tpy_list_check(b))
            return tpy_list_concat(a, b);
        if (tpy_seq_is_builtin_value(b))
            return tpy_err_format(&tpy_TypeError_type, "can only concatenate list (not \"%s\") to list",
                                  tpy_type_of(b)->name);
    }
    if (op == TPY_BINOP_MUL) {
        TpyObject *seq = tpy_list_check(a) ? a : b;
        if (!tpy_list_check(seq))
            return tpy_newref(tpy_NotImplemented);
        int64_t n;
        int r = tpy_seq_repeat_count(seq == a ? b : a, &n);
        if (r <= 0)
            return r == 0 ? tpy_newref(tpy_NotImplemented) : NULL;
        return tpy_list_repeat(seq, n);
    }
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *list_inplace_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_ADD) {
        if (tpy_list_extend(a, b) < 0)
            return NULL;
        return tpy_newref(a);
    }
    if (op == TPY_BINOP_MUL) {
        int64_t n;
        int r = tpy_seq_repeat_count(b, &n);
        if (r <= 0)
            return r == 0 ? tpy_newref(tpy_NotImplemented) : NULL;
        if (tpy_list_inplace_repeat(a, n) < 0)
            return NULL;
        return tpy_newref(a);
    }
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *list_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0)
        return tpy_err_format(&tpy_TypeError_type, "list() takes no keyword arguments");
    if (nargs > 1)
        return tpy_err_format(&tpy_TypeError_type, "list expected at most 1 argument, got %lld",
                              (long long)nargs);
    return nargs == 0 ? tpy_list_new(0) : tpy_list_from_iterable(args[0]);
}

extern const TpyMethodDef tpy_list_methods[];

TpyType tpy_list_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "list",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyList),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_BASETYPE,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .repr = tpy_list_repr,
    .hash = list_hash,
    .richcompare = tpy_list_richcompare,
    .truth = list_truth,
    .length = list_length_slot,
    .iter = tpy_list_iter,
    .getitem = tpy_list_getitem,
    .setitem = tpy_list_setitem,
    .contains = tpy_list_contains,
    .binop = list_binop,
    .inplace_binop = list_inplace_binop,
    .construct = list_construct,
    .size_of = list_size_of,
    .methods = tpy_list_methods,
};

/* tpy_list_methods: in runtime/list_methods.c */
