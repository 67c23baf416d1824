/* runtime/dict.h: the dict type (insertion-ordered hash table) and its views.
 *
 * Layout as CPython 3.6+: a sparse `indices` array (1, 2, 4 or 8 bytes per
 * slot, by table size) pointing into a dense `entries` array kept in
 * insertion order; deleting leaves a dummy index and an empty entry, and a
 * resize compacts both.  See dict.c for the probing and resize rules.
 *
 * Conventions: TpyObject * results are new references, NULL with an exception
 * pending; int results 0 / -1 (contains: 1 / 0 / -1).  Keys and values are
 * borrowed (the dict increfs what it stores).
 */
#ifndef TPY_RUNTIME_DICT_H
#define TPY_RUNTIME_DICT_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_dict_type, tpy_dict_keys_type, tpy_dict_values_type, tpy_dict_items_type,
    tpy_dict_keyiterator_type, tpy_dict_valueiterator_type, tpy_dict_itemiterator_type;

typedef struct TpyDictEntry {
    int64_t hash;
    TpyObject *key;      /* NULL: deleted */
    TpyObject *value;
} TpyDictEntry;

typedef struct TpyDictKeys TpyDictKeys;   /* private to dict.c */

typedef struct TpyDict {
    TpyObject ob;
    int64_t used;          /* live items */
    uint64_t version;      /* bumped on every change of the key set */
    TpyDictKeys *keys;     /* NULL: empty dict that never held anything */
} TpyDict;

static inline bool tpy_dict_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_dict_type;
}

/* A dict or an instance of a dict subclass sharing its layout
 * (collections.defaultdict, Counter, OrderedDict). */
static inline bool tpy_dict_check_any(const TpyObject *o)
{
    return !tpy_is_smallint(o) && tpy_type_is_subtype(o->type, &tpy_dict_type);
}

TpyObject *tpy_dict_new(void);
int64_t tpy_dict_length(TpyObject *d);
/* d[key] = value. */
int tpy_dict_setitem(TpyObject *d, TpyObject *key, TpyObject *value);
int tpy_dict_setitem_cstr(TpyObject *d, const char *key, TpyObject *value);
/* d[key]: new ref; KeyError(key) if absent. */
TpyObject *tpy_dict_getitem(TpyObject *d, TpyObject *key);
/* Borrowed value or NULL: absent (no exception) or error (exception set). */
TpyObject *tpy_dict_get_borrowed(TpyObject *d, TpyObject *key);
/* Borrowed lookup by a C string key (fast path for str keys, no allocation
 * when the key is ASCII). */
TpyObject *tpy_dict_get_cstr(TpyObject *d, const char *key);
/* d.get(key, default): default NULL means None. */
TpyObject *tpy_dict_get(TpyObject *d, TpyObject *key, TpyObject *dflt);
/* del d[key]: KeyError(key) if absent. */
int tpy_dict_delitem(TpyObject *d, TpyObject *key);
int tpy_dict_contains(TpyObject *d, TpyObject *key);
TpyObject *tpy_dict_setdefault(TpyObject *d, TpyObject *key, TpyObject *dflt);
/* d.pop(key[, default]): dflt NULL = no default (KeyError). */
TpyObject *tpy_dict_pop(TpyObject *d, TpyObject *key, TpyObject *dflt);
/* (key, value) of the last item; KeyError "popitem(): dictionary is empty". */
TpyObject *tpy_dict_popitem(TpyObject *d);
/* d.update(other): a dict, or an iterable of pairs. */
int tpy_dict_update(TpyObject *d, TpyObject *other);
int tpy_dict_clear(TpyObject *d);
TpyObject *tpy_dict_copy(TpyObject *d);
/* dict.fromkeys(iterable, value): value NULL means None. */
TpyObject *tpy_dict_fromkeys(TpyObject *iterable, TpyObject *value);
/* a | b (both dicts). */
TpyObject *tpy_dict_or(TpyObject *a, TpyObject *b);
TpyObject *tpy_dict_keys(TpyObject *d);
TpyObject *tpy_dict_values(TpyObject *d);
TpyObject *tpy_dict_items(TpyObject *d);

/* A view (dict_keys, dict_values, dict_items): owns a reference to its dict. */
typedef struct TpyDictView {
    TpyObject ob;
    TpyObject *dict;
} TpyDictView;

/* dictview.c: the set-like operations of dict_keys and dict_items (the slots
 * dict.c installs).  `a op b` for & | - ^ with any iterable: a new set, or
 * NotImplemented; comparison as sets with sets and set-like views. */
TpyObject *tpy_dictview_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op);
TpyObject *tpy_dictview_richcompare(TpyObject *self, TpyObject *other, TpyCompareOp op);
extern const TpyMethodDef tpy_dictview_methods[];   /* isdisjoint */
TpyObject *tpy_dict_iter(TpyObject *d);
TpyObject *tpy_dict_reversed(TpyObject *d);
TpyObject *tpy_dict_repr(TpyObject *d);
TpyObject *tpy_dict_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);
/* Iteration without an iterator object: *pos starts at 0; borrowed key and
 * value; returns false at the end. */
bool tpy_dict_next(TpyObject *d, int64_t *pos, TpyObject **key, TpyObject **value);
size_t tpy_dict_sizeof(TpyObject *d);

/* Internals for the unit tests. */
int64_t tpy_dict_table_size(TpyObject *d);      /* slots in the index table (0 if none) */
int64_t tpy_dict_deleted_count(TpyObject *d);   /* entries used by deleted items */
int tpy_dict_index_width(TpyObject *d);         /* bytes per index slot */

#endif
