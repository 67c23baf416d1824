/* runtime/range.h: range objects, slice objects and index arithmetic.
 *
 * slice.indices and every container's slicing use CPython's two steps:
 * tpy_slice_unpack (None -> defaults, huge ints clamped, step 0 rejected)
 * then tpy_slice_adjust_indices (clip to a length; PySlice_AdjustIndices).
 * range stores start/stop/step/length as int64 (tpy limitation: ranges whose
 * bounds do not fit in 63-bit ints raise OverflowError).
 *
 * Conventions: TpyObject * results are new references, NULL with an exception
 * pending; int results are 0 / -1.  Arguments are borrowed.
 */
#ifndef TPY_RUNTIME_RANGE_H
#define TPY_RUNTIME_RANGE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_range_type, tpy_range_iterator_type, tpy_slice_type;

typedef struct TpyRange {
    TpyObject ob;
    int64_t start, stop, step, length;
    /* NULL for the fast kind (everything above fits in 63 bits); else the
     * tuple (start, stop, step, length) of ints and the fields above are
     * unused: range_big.c's slow path. */
    TpyObject *big;
} TpyRange;

typedef struct TpySlice {
    TpyObject ob;
    TpyObject *start, *stop, *step;   /* never NULL: None when omitted */
} TpySlice;

static inline bool tpy_slice_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_slice_type;
}
static inline bool tpy_range_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_range_type;
}

/* ---------------------------------------------------------------- slices */

/* slice(start, stop, step): NULL arguments mean None. */
TpyObject *tpy_slice_new(TpyObject *start, TpyObject *stop, TpyObject *step);
/* PySlice_Unpack: step 0 -> ValueError "slice step cannot be zero"; a
 * non-int bound -> TypeError "slice indices must be integers or None or have
 * an __index__ method".  Defaults: INT64_MAX/INT64_MIN sentinels as CPython. */
int tpy_slice_unpack(TpyObject *slice, int64_t *start, int64_t *stop, int64_t *step);
/* PySlice_AdjustIndices: clips to `length` and returns the slice length. */
int64_t tpy_slice_adjust_indices(int64_t length, int64_t *start, int64_t *stop, int64_t step);
/* Both in one: -1 on error, else the slice length. */
int64_t tpy_slice_get_indices(TpyObject *slice, int64_t length, int64_t *start,
                              int64_t *stop, int64_t *step);
/* slice.indices(length) -> 3-tuple. */
TpyObject *tpy_slice_indices(TpyObject *slice, int64_t length);
TpyObject *tpy_slice_repr(TpyObject *slice);

/* Index normalisation shared by the sequences: o (an int or __index__) as an
 * int64; IndexError-free: returns -1 with TypeError "<what> indices must be
 * integers or slices, not str" when o is not an int (what: "list", ...).
 * Huge ints give IndexError "cannot fit 'int' into an index-sized integer". */
int tpy_index_from_object(TpyObject *o, const char *what, int64_t *out);

/* ---------------------------------------------------------------- range */

/* The slow path for bounds or lengths beyond 63 bits (range_big.c): each
 * takes a range whose `big` is set.  big_new returns a fast range when
 * everything fits.  big_item: the item at an int index (IndexError);
 * big_find: the index of int x, NULL without exception if absent; big_attr:
 * 0 start, 1 stop, 2 step; big_key: (length, start, step) for == and hash. */
extern TpyType tpy_range_big_iterator_type;
TpyObject *tpy_range_big_new(TpyObject *start, TpyObject *stop, TpyObject *step);
int64_t tpy_range_big_length(TpyObject *r);   /* OverflowError beyond int64 */
int tpy_range_big_truth(TpyObject *r);
TpyObject *tpy_range_big_item(TpyObject *r, TpyObject *index);
TpyObject *tpy_range_big_find(TpyObject *r, TpyObject *x);
TpyObject *tpy_range_big_attr(TpyObject *r, int which);
TpyObject *tpy_range_big_repr(TpyObject *r);
TpyObject *tpy_range_big_key(TpyObject *r);
TpyObject *tpy_range_big_iter(TpyObject *r, bool reversed);

/* range(start, stop, step): ValueError "range() arg 3 must not be zero". */
TpyObject *tpy_range_new(int64_t start, int64_t stop, int64_t step);
int64_t tpy_range_length(TpyObject *r);
/* r[i]: IndexError "range object index out of range". */
TpyObject *tpy_range_getitem_index(TpyObject *r, int64_t i);
TpyObject *tpy_range_getitem(TpyObject *r, TpyObject *key);
/* `x in r`: O(1) for ints; other values compare by equality. */
int tpy_range_contains(TpyObject *r, TpyObject *x);
/* ValueError "5 is not in range". */
int64_t tpy_range_index(TpyObject *r, TpyObject *x);
int64_t tpy_range_count(TpyObject *r, TpyObject *x);
TpyObject *tpy_range_iter(TpyObject *r);
TpyObject *tpy_range_reversed(TpyObject *r);
TpyObject *tpy_range_repr(TpyObject *r);
size_t tpy_range_sizeof(TpyObject *r);

#endif
