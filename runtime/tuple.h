/* runtime/tuple.h: the tuple type (immutable sequence, variable-size object).
 *
 * Items live inline after the header.  The empty tuple is a singleton.  The
 * hash is CPython 3.11's xxHash-based tuple hash, so sets and dicts of tuples
 * iterate in CPython's order.
 *
 * Conventions: TpyObject * results are new references, NULL with an exception
 * pending on error; arguments are borrowed unless "steals" is written.
 */
#ifndef TPY_RUNTIME_TUPLE_H
#define TPY_RUNTIME_TUPLE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_tuple_type;
extern TpyType tpy_tuple_iterator_type;

typedef struct TpyTuple {
    TpyObject ob;
    int64_t size;
    TpyObject *items[];
} TpyTuple;

#define TPY_TUPLE(o) ((TpyTuple *)(o))
#define TPY_TUPLE_ITEMS(o) (((TpyTuple *)(o))->items)
#define TPY_TUPLE_SIZE(o) (((TpyTuple *)(o))->size)

static inline bool tpy_tuple_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_tuple_type;
}

/* A tuple or an instance of a tuple subclass (NamedTuple): same layout, so
 * TPY_TUPLE_ITEMS/SIZE work on it (CPython's PyTuple_Check; tpy_tuple_check
 * is PyTuple_CheckExact). */
static inline bool tpy_tuple_check_any(const TpyObject *o)
{
    return !tpy_is_smallint(o) && tpy_type_is_subtype(o->type, &tpy_tuple_type);
}

/* A tuple of n items, all NULL: the caller must fill every slot (stealing
 * references into TPY_TUPLE_ITEMS) before the tuple escapes.  n == 0 returns
 * the empty singleton.  NULL with MemoryError. */
TpyObject *tpy_tuple_new(int64_t n);
/* Builds a tuple of n borrowed items (increfs them). */
TpyObject *tpy_tuple_pack(int64_t n, ...);
/* From an array of borrowed items. */
TpyObject *tpy_tuple_from_array(TpyObject *const *items, int64_t n);
/* tuple(iterable). */
TpyObject *tpy_tuple_from_iterable(TpyObject *iterable);

int64_t tpy_tuple_length(TpyObject *t);
/* t[i] with negative indices: new reference; IndexError "tuple index out of range". */
TpyObject *tpy_tuple_getitem_index(TpyObject *t, int64_t i);
/* Generic t[key]: int or slice. */
TpyObject *tpy_tuple_getitem(TpyObject *t, TpyObject *key);
/* Slicing, concatenation and repetition accept tuple subclasses and always
 * return a plain tuple (`nt + (1,)`, `nt * 1`, `nt[:]` are tuples). */
TpyObject *tpy_tuple_slice(TpyObject *t, int64_t start, int64_t stop);
TpyObject *tpy_tuple_concat(TpyObject *a, TpyObject *b);
TpyObject *tpy_tuple_repeat(TpyObject *t, int64_t n);
/* 1 / 0 / -1. */
int tpy_tuple_contains(TpyObject *t, TpyObject *item);
int64_t tpy_tuple_count(TpyObject *t, TpyObject *item);
/* ValueError "tuple.index(x): x not in tuple". stop: INT64_MAX for none. */
int64_t tpy_tuple_index(TpyObject *t, TpyObject *item, int64_t start, int64_t stop);
/* -1 with exception (an unhashable item). */
int64_t tpy_tuple_hash(TpyObject *t);
/* a op b for tuples and tuple subclasses (NotImplemented otherwise). */
TpyObject *tpy_tuple_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);
TpyObject *tpy_tuple_repr(TpyObject *t);
size_t tpy_tuple_sizeof(TpyObject *t);

#endif
