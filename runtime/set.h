/* runtime/set.h: set and frozenset (CPython 3.11's open-addressing table).
 *
 * The table algorithm is CPython's (Objects/setobject.c): linear probes of 9
 * slots then perturbed jumps (PERTURB_SHIFT 5), resize when fill*5 >= mask*3
 * to the smallest power of two > used*4 (used*2 past 50 000), a dummy entry
 * for deleted keys, same merge shortcuts — so sets of ints, floats and tuples
 * iterate in exactly CPython's order.
 *
 * Conventions: TpyObject * results are new references, NULL with an exception
 * pending; int results 0 / -1 (contains: 1 / 0 / -1).  Arguments borrowed.
 */
#ifndef TPY_RUNTIME_SET_H
#define TPY_RUNTIME_SET_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_set_type, tpy_frozenset_type, tpy_set_iterator_type;

typedef struct TpySetEntry {
    TpyObject *key;    /* NULL: never used; the dummy: deleted */
    int64_t hash;
} TpySetEntry;

#define TPY_SET_MINSIZE 8

typedef struct TpySet {
    TpyObject ob;
    int64_t fill;      /* active + dummy */
    int64_t used;      /* active */
    int64_t mask;
    TpySetEntry *table;   /* smalltable or malloc'd */
    int64_t hash;      /* frozenset only; -1 until computed */
    int64_t finger;    /* pop() search start */
    TpySetEntry smalltable[TPY_SET_MINSIZE];
    TpyObject *weaklist;  /* weak references (weakref.h); not owned */
} TpySet;

static inline bool tpy_anyset_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && (o->type == &tpy_set_type || o->type == &tpy_frozenset_type);
}

/* set(iterable) / frozenset(iterable); iterable may be NULL. */
TpyObject *tpy_set_new(TpyObject *iterable);
TpyObject *tpy_frozenset_new(TpyObject *iterable);
int64_t tpy_set_length(TpyObject *s);
int tpy_set_add(TpyObject *s, TpyObject *key);
int tpy_set_contains(TpyObject *s, TpyObject *key);
/* 1 found and removed, 0 absent, -1 error. */
int tpy_set_discard(TpyObject *s, TpyObject *key);
/* KeyError(key) if absent. */
int tpy_set_remove(TpyObject *s, TpyObject *key);
/* KeyError "pop from an empty set". */
TpyObject *tpy_set_pop(TpyObject *s);
int tpy_set_clear(TpyObject *s);
int tpy_set_update(TpyObject *s, TpyObject *iterable);
TpyObject *tpy_set_copy(TpyObject *s);
TpyObject *tpy_set_union(TpyObject *s, TpyObject *other);
TpyObject *tpy_set_intersection(TpyObject *s, TpyObject *other);
TpyObject *tpy_set_difference(TpyObject *s, TpyObject *other);
TpyObject *tpy_set_symmetric_difference(TpyObject *s, TpyObject *other);
int tpy_set_intersection_update(TpyObject *s, TpyObject *other);
int tpy_set_difference_update(TpyObject *s, TpyObject *other);
int tpy_set_symmetric_difference_update(TpyObject *s, TpyObject *other);
/* 1 / 0 / -1 */
int tpy_set_issubset(TpyObject *s, TpyObject *other);
int tpy_set_issuperset(TpyObject *s, TpyObject *other);
int tpy_set_isdisjoint(TpyObject *s, TpyObject *other);
TpyObject *tpy_set_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);
TpyObject *tpy_set_repr(TpyObject *s);
TpyObject *tpy_set_iter(TpyObject *s);
int64_t tpy_frozenset_hash(TpyObject *s);
/* Iteration without an iterator: *pos starts at 0; borrowed key. */
bool tpy_set_next(TpyObject *s, int64_t *pos, TpyObject **key);
size_t tpy_set_sizeof(TpyObject *s);

#endif
