/* runtime/list.h: the list type (mutable sequence with an over-allocated items array).
 *
 * Growth follows CPython 3.11's list_resize: when the array must grow to
 * `newsize`, allocated = (newsize + (newsize >> 3) + 6) & ~3 (and exactly
 * newsize when that would not be larger than newsize... see list.c), so
 * sys.getsizeof(list) follows the same steps as CPython's: 56 + 8 * allocated
 * bytes with the 16-byte GC head (CPython: 40 + 16 + 8 * allocated).
 *
 * Conventions: TpyObject * results are new references, NULL with an exception
 * pending; int results are 0 / -1.  Arguments are borrowed unless "steals".
 */
#ifndef TPY_RUNTIME_LIST_H
#define TPY_RUNTIME_LIST_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_list_type;
extern TpyType tpy_list_iterator_type;
extern TpyType tpy_list_reverseiterator_type;

typedef struct TpyList {
    TpyObject ob;
    int64_t size;
    int64_t allocated;
    TpyObject **items;
} TpyList;

#define TPY_LIST(o) ((TpyList *)(o))
#define TPY_LIST_ITEMS(o) (((TpyList *)(o))->items)
#define TPY_LIST_SIZE(o) (((TpyList *)(o))->size)

static inline bool tpy_list_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_list_type;
}

/* A list of n items set to NULL: the caller fills every slot (stealing
 * references) before the list escapes.  n == 0: an empty list. */
TpyObject *tpy_list_new(int64_t n);
/* list(iterable). */
TpyObject *tpy_list_from_iterable(TpyObject *iterable);
TpyObject *tpy_list_from_array(TpyObject *const *items, int64_t n);   /* borrows items */

int64_t tpy_list_length(TpyObject *list);
/* Borrows item (increfs it).  0 / -1. */
int tpy_list_append(TpyObject *list, TpyObject *item);
/* Steals item (also on failure). */
int tpy_list_append_steal(TpyObject *list, TpyObject *item);
int tpy_list_extend(TpyObject *list, TpyObject *iterable);
int tpy_list_insert(TpyObject *list, int64_t index, TpyObject *item);
/* pop(index): new reference; IndexError "pop from empty list" / "pop index out
 * of range".  Use -1 for the last item. */
TpyObject *tpy_list_pop(TpyObject *list, int64_t index);
/* ValueError "list.remove(x): x not in list". */
int tpy_list_remove(TpyObject *list, TpyObject *item);
/* ValueError "<repr> is not in list"; start/stop clamped like CPython's.
 * Returns the index or -1 with an exception. */
int64_t tpy_list_index(TpyObject *list, TpyObject *item, int64_t start, int64_t stop);
int64_t tpy_list_count(TpyObject *list, TpyObject *item);   /* -1 on error */
int tpy_list_clear(TpyObject *list);
TpyObject *tpy_list_copy(TpyObject *list);
int tpy_list_reverse(TpyObject *list);
/* Stable sort.  key: NULL/None or a callable; ValueError "list modified
 * during sort" if the list changes meanwhile. */
int tpy_list_sort(TpyObject *list, TpyObject *key, bool reverse);

/* list[i] (negative allowed): new ref; IndexError "list index out of range". */
TpyObject *tpy_list_getitem_index(TpyObject *list, int64_t i);
/* list[i] = v (borrows v); IndexError "list assignment index out of range". */
int tpy_list_setitem_index(TpyObject *list, int64_t i, TpyObject *value);
int tpy_list_delitem_index(TpyObject *list, int64_t i);
/* Generic list[key] / list[key] = value / del list[key]; key is an int or a
 * slice (value NULL deletes). */
TpyObject *tpy_list_getitem(TpyObject *list, TpyObject *key);
int tpy_list_setitem(TpyObject *list, TpyObject *key, TpyObject *value);
TpyObject *tpy_list_slice(TpyObject *list, int64_t start, int64_t stop);

TpyObject *tpy_list_concat(TpyObject *a, TpyObject *b);
TpyObject *tpy_list_repeat(TpyObject *list, int64_t n);
int tpy_list_inplace_repeat(TpyObject *list, int64_t n);
int tpy_list_contains(TpyObject *list, TpyObject *item);
TpyObject *tpy_list_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);
TpyObject *tpy_list_repr(TpyObject *list);
TpyObject *tpy_list_iter(TpyObject *list);
TpyObject *tpy_list_reversed(TpyObject *list);
/* Steals nothing; converts to a tuple. */
TpyObject *tpy_list_as_tuple(TpyObject *list);
size_t tpy_list_sizeof(TpyObject *list);

#endif
