/* runtime/modules/collections.h: the collections module's types.
 *
 * deque (deque.c): a double-ended queue of linked 64-item blocks, as in
 * CPython's Modules/_collectionsmodule.c, so both ends are O(1).
 * defaultdict, OrderedDict, Counter (collections_dicts.c): subclasses of dict
 * that share dict's layout (TpyDict first), so every dict function works on
 * them; they override item lookup, repr, equality and add their methods.
 * OrderedDict keeps its order in the dict itself (dicts are ordered), and
 * move_to_end re-inserts.
 *
 * Conventions as everywhere in the runtime: TpyObject * results are new
 * references or NULL with an exception; int results 0 / -1; arguments are
 * borrowed.  Methods reachable by name are in the types' method tables.
 */
#ifndef TPY_RUNTIME_MODULES_COLLECTIONS_H
#define TPY_RUNTIME_MODULES_COLLECTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "dict.h"
#include "object.h"
#include "type.h"

extern TpyType tpy_deque_type, tpy_deque_iterator_type, tpy_deque_reverse_iterator_type;
extern TpyType tpy_defaultdict_type, tpy_ordereddict_type, tpy_counter_type;

/* ---------------------------------------------------------------- deque */

static inline bool tpy_deque_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_deque_type;
}

/* An empty deque; maxlen < 0 means unbounded. */
TpyObject *tpy_deque_new(int64_t maxlen);
int64_t tpy_deque_length(TpyObject *d);
/* maxlen, or -1 when unbounded. */
int64_t tpy_deque_maxlen(TpyObject *d);
/* append/appendleft borrow `item`; a bounded deque drops from the other end. */
int tpy_deque_append(TpyObject *d, TpyObject *item);
int tpy_deque_appendleft(TpyObject *d, TpyObject *item);
/* IndexError "pop from an empty deque". */
TpyObject *tpy_deque_pop(TpyObject *d);
TpyObject *tpy_deque_popleft(TpyObject *d);
int tpy_deque_extend(TpyObject *d, TpyObject *iterable);
int tpy_deque_extendleft(TpyObject *d, TpyObject *iterable);
int tpy_deque_rotate(TpyObject *d, int64_t n);
int tpy_deque_clear(TpyObject *d);
/* d[i] with i already normalised or negative (IndexError "deque index out of range"). */
TpyObject *tpy_deque_getitem_index(TpyObject *d, int64_t i);
int tpy_deque_setitem_index(TpyObject *d, int64_t i, TpyObject *value);
TpyObject *tpy_deque_repr(TpyObject *d);
/* Internals for the unit tests: blocks currently linked. */
int64_t tpy_deque_block_count(TpyObject *d);

/* ---------------------------------------------------------------- dict subclasses */

/* True for dict and every subclass (defaultdict, OrderedDict, Counter). */
static inline bool tpy_collections_is_dict(const TpyObject *o)
{
    return tpy_type_is_subtype(tpy_type_of(o), &tpy_dict_type);
}

typedef struct TpyDefaultDict {
    TpyDict dict;
    TpyObject *default_factory;   /* owned; NULL means None */
} TpyDefaultDict;

/* Copies the slots the dict subclasses inherit from dict (idempotent; the
 * constructors and the module's init call it). */
void tpy_collections_ready(void);

/* defaultdict(factory): factory borrowed, NULL or None for none. */
TpyObject *tpy_defaultdict_new(TpyObject *factory);
TpyObject *tpy_ordereddict_new(void);
TpyObject *tpy_counter_new(void);
/* Counter.update / subtract with a mapping or an iterable (sign +1 / -1). */
int tpy_counter_update(TpyObject *c, TpyObject *other, int sign);
/* most_common(n): n < 0 means all (the method maps an explicit negative n to 0).  A list of (key, count) tuples. */
TpyObject *tpy_counter_most_common(TpyObject *c, int64_t n);
/* OrderedDict.move_to_end(key, last): KeyError if absent. */
int tpy_ordereddict_move_to_end(TpyObject *od, TpyObject *key, bool last);

#endif
