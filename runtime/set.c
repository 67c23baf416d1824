/* runtime/set.c: set and frozenset.
 *
 * A faithful port of the table logic of CPython 3.11's Objects/setobject.c,
 * because the iteration order of a set is visible (print({5, 1, 100, 33}))
 * and must match CPython's for ints, floats and tuples (whose hashes tpy
 * computes exactly as CPython does):
 *   - probing: start at hash & mask, look at that slot and the next
 *     LINEAR_PROBES (9) slots when they fit before the end of the table, then
 *     jump: perturb >>= 5; i = (i*5 + 1 + perturb) & mask;
 *   - an insertion reuses the last dummy seen on the probe path, otherwise
 *     takes the first never-used slot and bumps `fill`; when
 *     fill*5 >= mask*3 the table is rebuilt with the smallest power of two
 *     > used*4 (used*2 above 50 000 items), dummies dropped;
 *   - merging a set into an empty one of the same size copies slot by slot;
 *     into an empty one of another size uses insert_clean;
 *   - a deleted key becomes the dummy (hash -1); the 8-slot smalltable lives
 *     inside the object.
 * Set operations (intersection iterates the smaller set, difference_update
 * resizes away dummies past 1/4, ...) follow the same file, so their results
 * iterate in CPython's order too.
 */
#include "set.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "none.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The dummy marks deleted slots: a static object never handed out. */
static TpyObject dummy_object = {.refcount = (intptr_t)1 << 40, .type = &tpy_object_type};
#define DUMMY (&dummy_object)

static bool is_active(const TpySetEntry *e)
{
    return e->key != NULL && e->key != DUMMY;
}

static int64_t set_key_hash(TpyObject *key)
{
    if (tpy_str_check(key))
        return tpy_str_hash(key);
    return tpy_object_hash(key);
}

static TpyObject *make_set(TpyType *type)
{
    TpySet *s = (TpySet *)tpy_object_new(type);
    if (s == NULL)
        return NULL;
    s->mask = TPY_SET_MINSIZE - 1;
    s->table = s->smalltable;
    s->hash = -1;
    return &s->ob;
}

/* Entry holding key, or the never-used entry ending the search; NULL on error. */
static TpySetEntry *set_lookkey(TpySet *so, TpyObject *key, int64_t hash)
{
restart:;
    uint64_t perturb = (uint64_t)hash, mask = (uint64_t)so->mask;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        TpySetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                TpyObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (tpy_str_check(startkey) && tpy_str_check(key) && tpy_str_equal(startkey, key))
                    return entry;
                TpySetEntry *table = so->table;
                tpy_incref(startkey);
                int cmp = tpy_object_equal(startkey, key);
                tpy_decref(startkey);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = (uint64_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void set_insert_clean(TpySetEntry *table, uint64_t mask, TpyObject *key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    TpySetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

static int set_table_resize(TpySet *so, int64_t minused)
{
    uint64_t newsize = TPY_SET_MINSIZE;
    while (newsize <= (uint64_t)minused) {
        newsize <<= 1;
        if (newsize > ((uint64_t)1 << 40) / sizeof(TpySetEntry)) {
            tpy_err_nomemory();
            return -1;
        }
    }
    TpySetEntry *oldtable = so->table, *newtable;
    int64_t oldmask = so->mask;
    bool old_malloced = oldtable != so->smalltable;
    TpySetEntry small_copy[TPY_SET_MINSIZE];
    if (newsize == TPY_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = malloc(newsize * sizeof(TpySetEntry));
        if (newtable == NULL) {
            tpy_err_nomemory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(TpySetEntry));
    so->mask = (int64_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (TpySetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (is_active(e))
            set_insert_clean(newtable, newsize - 1, e->key, e->hash);
    if (old_malloced)
        free(oldtable);
    return 0;
}

/* Steals nothing: increfs key when it is stored. */
static int set_add_entry(TpySet *so, TpyObject *key, int64_t hash)
{
    tpy_incref(key);
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    TpySetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                TpyObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (tpy_str_check(startkey) && tpy_str_check(key) && tpy_str_equal(startkey, key))
                    goto found_active;
                TpySetEntry *table = so->table;
                tpy_incref(startkey);
                int cmp = tpy_object_equal(startkey, key);
                tpy_decref(startkey);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0) {
                    tpy_decref(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey)
                    goto restart;
                mask = (uint64_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    tpy_decref(key);
    return 0;
}

static int set_contains_entry(TpySet *so, TpyObject *key, int64_t hash)
{
    TpySetEntry *e = set_lookkey(so, key, hash);
    return e == NULL ? -1 : e->key != NULL;
}

static int set_discard_entry(TpySet *so, TpyObject *key, int64_t hash)
{
    TpySetEntry *e = set_lookkey(so, key, hash);
    if (e == NULL)
        return -1;
    if (e->key == NULL)
        return 0;
    TpyObject *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    tpy_decref(old);
    return 1;
}

bool tpy_set_next(TpyObject *o, int64_t *pos, TpyObject **key)
{
    TpySet *so = (TpySet *)o;
    int64_t i = *pos;
    while (i <= so->mask && !is_active(&so->table[i]))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return false;
    *key = so->table[i].key;
    return true;
}

static bool set_next_entry(TpySet *so, int64_t *pos, TpySetEntry **entry)
{
    int64_t i = *pos;
    while (i <= so->mask && !is_active(&so->table[i]))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return false;
    *entry = &so->table[i];
    return true;
}

static int set_merge(TpySet *so, TpySet *other)
{
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(so, (so->used + other->used) * 2) != 0)
            return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++) {
            TpyObject *key = other->table[i].key;
            if (key != NULL) {
                so->table[i].key = tpy_newref(key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            TpySetEntry *e = &other->table[i];
            if (is_active(e))
                set_insert_clean(so->table, (uint64_t)so->mask, tpy_newref(e->key), e->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        TpySetEntry *e = &other->table[i];
        if (is_active(e) && set_add_entry(so, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

static int set_update_internal(TpySet *so, TpyObject *other)
{
    if (tpy_anyset_check(other))
        return set_merge(so, (TpySet *)other);
    if (tpy_dict_check(other)) {
        int64_t dictsize = tpy_dict_length(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3)
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0)
                return -1;
        int64_t pos = 0;
        TpyObject *key;
        while (tpy_dict_next(other, &pos, &key, NULL)) {
            int64_t h = set_key_hash(key);   /* cached for str; cheap for ints */
            if (h == -1 || set_add_entry(so, key, h) < 0)
                return -1;
        }
        return 0;
    }
    TpyObject *it = tpy_object_iter(other);
    if (it == NULL)
        return -1;
    TpyObject *key;
    while ((key = tpy_object_next(it)) != NULL) {
        int64_t h = set_key_hash(key);
        if (h == -1 || set_add_entry(so, key, h) < 0) {
            tpy_decref(key);
            tpy_decref(it);
            return -1;
        }
        tpy_decref(key);
    }
    tpy_decref(it);
    return tpy_err_occurred() ? -1 : 0;
}

static TpyObject *make_new_set(TpyType *type, TpyObject *iterable)
{
    TpyObject *s = make_set(type);
    if (s != NULL && iterable != NULL && set_update_internal((TpySet *)s, iterable) < 0) {
        tpy_decref(s);
        return NULL;
    }
    return s;
}

TpyObject *tpy_set_new(TpyObject *iterable)
{
    return make_new_set(&tpy_set_type, iterable);
}

TpyObject *tpy_frozenset_new(TpyObject *iterable)
{
    if (iterable != NULL && !tpy_is_smallint(iterable) && iterable->type == &tpy_frozenset_type)
        return tpy_newref(iterable);
    return make_new_set(&tpy_frozenset_type, iterable);
}

static void set_clear_internal(TpySet *so)
{
    TpySetEntry *table = so->table;
    int64_t used = so->used;
    bool malloced = table != so->smalltable;
    TpySetEntry small_copy[TPY_SET_MINSIZE];
    if (!malloced) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    // Empty the set before dropping references (decrefs may use it).
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = TPY_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    for (TpySetEntry *e = table; used > 0; e++) {
        if (is_active(e)) {
            used--;
            tpy_decref(e->key);
        }
    }
    if (malloced)
        free(table);
}

static void set_dealloc(TpyObject *o)
{
    set_clear_internal((TpySet *)o);
    tpy_object_free(o);
}

static void set_clear_slot(TpyObject *o)
{
    set_clear_internal((TpySet *)o);
}

static int set_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    int64_t pos = 0;
    TpyObject *key;
    // The collector may look at a set between tpy_object_new and make_set's
    // first assignments (gc.h: tracked from birth, zeroed).
    if (((TpySet *)o)->table == NULL)
        return 0;
    while (tpy_set_next(o, &pos, &key)) {
        if (!tpy_is_smallint(key)) {
            int r = visit(key, arg);
            if (r != 0)
                return r;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- element operations */

int64_t tpy_set_length(TpyObject *s)
{
    return ((TpySet *)s)->used;
}

int tpy_set_add(TpyObject *s, TpyObject *key)
{
    int64_t h = set_key_hash(key);
    if (h == -1)
        return -1;
    return set_add_entry((TpySet *)s, key, h);
}

int tpy_set_contains(TpyObject *s, TpyObject *key)
{
    int64_t h = set_key_hash(key);
    if (h == -1) {
        // CPython retries an unhashable set as a frozenset.
        if (tpy_err_matches(&tpy_TypeError_type) && !tpy_is_smallint(key) && key->type == &tpy_set_type) {
            tpy_err_clear();
            TpyObject *f = make_new_set(&tpy_frozenset_type, key);
            if (f == NULL)
                return -1;
            int r = tpy_set_contains(s, f);
            tpy_decref(f);
            return r;
        }
        return -1;
    }
    return set_contains_entry((TpySet *)s, key, h);
}

int tpy_set_discard(TpyObject *s, TpyObject *key)
{
    int64_t h = set_key_hash(key);
    if (h == -1)
        return -1;
    return set_discard_entry((TpySet *)s, key, h);
}

int tpy_set_remove(TpyObject *s, TpyObject *key)
{
    int r = tpy_set_discard(s, key);
    if (r == 0) {
        tpy_err_set_object(&tpy_KeyError_type, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

TpyObject *tpy_set_pop(TpyObject *s)
{
    TpySet *so = (TpySet *)s;
    if (so->used == 0)
        return tpy_err_format(&tpy_KeyError_type, "pop from an empty set");
    TpySetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!is_active(entry)) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    TpyObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

int tpy_set_clear(TpyObject *s)
{
    set_clear_internal((TpySet *)s);
    return 0;
}

int tpy_set_update(TpyObject *s, TpyObject *iterable)
{
    return set_update_internal((TpySet *)s, iterable);
}

/* ---------------------------------------------------------------- set algebra */

static TpyType *base_type(TpyObject *s)
{
    return tpy_type_of(s) == &tpy_frozenset_type ? &tpy_frozenset_type : &tpy_set_type;
}

TpyObject *tpy_set_copy(TpyObject *s)
{
    return make_new_set(base_type(s), s);
}

TpyObject *tpy_set_union(TpyObject *s, TpyObject *other)
{
    TpyObject *r = tpy_set_copy(s);
    if (r != NULL && other != s && set_update_internal((TpySet *)r, other) < 0) {
        tpy_decref(r);
        return NULL;
    }
    return r;
}

TpyObject *tpy_set_intersection(TpyObject *s, TpyObject *other)
{
    if (s == other)
        return tpy_set_copy(s);
    TpyObject *result = make_set(base_type(s));
    if (result == NULL)
        return NULL;
    TpySet *so = (TpySet *)s;
    if (tpy_anyset_check(other)) {
        TpySet *ot = (TpySet *)other;
        if (ot->used > so->used) {
            TpySet *t = so;
            so = ot;
            ot = t;
        }
        int64_t pos = 0;
        TpySetEntry *e;
        while (set_next_entry(ot, &pos, &e)) {
            TpyObject *key = tpy_newref(e->key);
            int64_t hash = e->hash;
            int rv = set_contains_entry(so, key, hash);
            if (rv > 0)
                rv = set_add_entry((TpySet *)result, key, hash) < 0 ? -1 : 1;
            tpy_decref(key);
            if (rv < 0) {
                tpy_decref(result);
                return NULL;
            }
        }
        return result;
    }
    TpyObject *it = tpy_object_iter(other);
    if (it == NULL) {
        tpy_decref(result);
        return NULL;
    }
    TpyObject *key;
    while ((key = tpy_object_next(it)) != NULL) {
        int64_t hash = set_key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0 && set_add_entry((TpySet *)result, key, hash) < 0)
            rv = -1;
        tpy_decref(key);
        if (rv < 0) {
            tpy_decref(it);
            tpy_decref(result);
            return NULL;
        }
        if (rv > 0 && ((TpySet *)result)->used >= so->used)
            break;
    }
    tpy_decref(it);
    if (tpy_err_occurred()) {
        tpy_decref(result);
        return NULL;
    }
    return result;
}

static void swap_bodies(TpySet *a, TpySet *b)
{
    TpySet tmp = *a;
    int64_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    TpySetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    memcpy(a->smalltable, b->smalltable, sizeof a->smalltable);
    memcpy(b->smalltable, tmp.smalltable, sizeof b->smalltable);
    a->hash = b->hash = -1;
}

int tpy_set_intersection_update(TpyObject *s, TpyObject *other)
{
    TpyObject *tmp = tpy_set_intersection(s, other);
    if (tmp == NULL)
        return -1;
    swap_bodies((TpySet *)s, (TpySet *)tmp);
    tpy_decref(tmp);
    return 0;
}

int tpy_set_difference_update(TpyObject *s, TpyObject *other)
{
    TpySet *so = (TpySet *)s;
    if (s == other) {
        set_clear_internal(so);
        return 0;
    }
    if (tpy_anyset_check(other)) {
        TpyObject *o2;
        if ((((TpySet *)other)->used >> 3) > so->used) {
            o2 = tpy_set_intersection(s, other);
            if (o2 == NULL)
                return -1;
        } else {
            o2 = tpy_newref(other);
        }
        int64_t pos = 0;
        TpySetEntry *e;
        while (set_next_entry((TpySet *)o2, &pos, &e)) {
            TpyObject *key = tpy_newref(e->key);
            int r = set_discard_entry(so, key, e->hash);
            tpy_decref(key);
            if (r < 0) {
                tpy_decref(o2);
                return -1;
            }
        }
        tpy_decref(o2);
    } else {
        TpyObject *it = tpy_object_iter(other);
        if (it == NULL)
            return -1;
        TpyObject *key;
        while ((key = tpy_object_next(it)) != NULL) {
            int r = tpy_set_discard(s, key);
            tpy_decref(key);
            if (r < 0) {
                tpy_decref(it);
                return -1;
            }
        }
        tpy_decref(it);
        if (tpy_err_occurred())
            return -1;
    }
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

TpyObject *tpy_set_difference(TpyObject *s, TpyObject *other)
{
    TpySet *so = (TpySet *)s;
    bool other_is_set = tpy_anyset_check(other) || tpy_dict_check(other);
    int64_t other_size = tpy_anyset_check(other) ? ((TpySet *)other)->used
                       : tpy_dict_check(other) ? tpy_dict_length(other) : 0;
    // CPython: copy + difference_update unless `other` is a set/dict much
    // smaller than ... (so->used >> 2) > other_size.
    if (!other_is_set || (so->used >> 2) > other_size) {
        TpyObject *r = tpy_set_copy(s);
        if (r != NULL && tpy_set_difference_update(r, other) < 0) {
            tpy_decref(r);
            return NULL;
        }
        return r;
    }
    TpyObject *result = make_set(base_type(s));
    if (result == NULL)
        return NULL;
    int64_t pos = 0;
    TpySetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        TpyObject *key = tpy_newref(e->key);
        int64_t hash = e->hash;
        int rv;
        if (tpy_dict_check(other)) {
            rv = tpy_dict_contains(other, key);
        } else {
            rv = set_contains_entry((TpySet *)other, key, hash);
        }
        if (rv == 0)
            rv = set_add_entry((TpySet *)result, key, hash) < 0 ? -1 : 0;
        tpy_decref(key);
        if (rv < 0) {
            tpy_decref(result);
            return NULL;
        }
    }
    return result;
}

int tpy_set_symmetric_difference_update(TpyObject *s, TpyObject *other)
{
    TpySet *so = (TpySet *)s;
    if (s == other) {
        set_clear_internal(so);
        return 0;
    }
    TpyObject *otherset;
    if (tpy_anyset_check(other) && !tpy_dict_check(other))
        otherset = tpy_newref(other);
    else if ((otherset = make_new_set(&tpy_set_type, other)) == NULL)
        return -1;
    int64_t pos = 0;
    TpySetEntry *e;
    while (set_next_entry((TpySet *)otherset, &pos, &e)) {
        TpyObject *key = tpy_newref(e->key);
        int64_t hash = e->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0)
            rv = set_add_entry(so, key, hash);
        tpy_decref(key);
        if (rv < 0) {
            tpy_decref(otherset);
            return -1;
        }
    }
    tpy_decref(otherset);
    return 0;
}

TpyObject *tpy_set_symmetric_difference(TpyObject *s, TpyObject *other)
{
    // CPython's set_symmetric_difference starts from a copy of *other* and
    // updates it with s: the result's iteration order depends on that.
    TpyObject *r = make_new_set(base_type(s), other);
    if (r != NULL && tpy_set_symmetric_difference_update(r, s) < 0) {
        tpy_decref(r);
        return NULL;
    }
    return r;
}

int tpy_set_issubset(TpyObject *s, TpyObject *other)
{
    if (!tpy_anyset_check(other)) {
        TpyObject *tmp = tpy_set_new(other);
        if (tmp == NULL)
            return -1;
        int r = tpy_set_issubset(s, tmp);
        tpy_decref(tmp);
        return r;
    }
    if (tpy_set_length(s) > tpy_set_length(other))
        return 0;
    int64_t pos = 0;
    TpySetEntry *e;
    while (set_next_entry((TpySet *)s, &pos, &e)) {
        TpyObject *key = tpy_newref(e->key);
        int rv = set_contains_entry((TpySet *)other, key, e->hash);
        tpy_decref(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

int tpy_set_issuperset(TpyObject *s, TpyObject *other)
{
    if (tpy_anyset_check(other))
        return tpy_set_issubset(other, s);
    TpyObject *it = tpy_object_iter(other);
    if (it == NULL)
        return -1;
    TpyObject *key;
    while ((key = tpy_object_next(it)) != NULL) {
        int r = tpy_set_contains(s, key);
        tpy_decref(key);
        if (r <= 0) {
            tpy_decref(it);
            return r;
        }
    }
    tpy_decref(it);
    return tpy_err_occurred() ? -1 : 1;
}

int tpy_set_isdisjoint(TpyObject *s, TpyObject *other)
{
    TpyObject *inter = tpy_set_intersection(s, other);
    if (inter == NULL)
        return -1;
    int r = tpy_set_length(inter) == 0;
    tpy_decref(inter);
    return r;
}

TpyObject *tpy_set_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_anyset_check(a) || !tpy_anyset_check(b))
        return tpy_newref(tpy_NotImplemented);
    int64_t na = tpy_set_length(a), nb = tpy_set_length(b);
    int r;
    switch (op) {
    case TPY_CMP_OP_EQ:
    case TPY_CMP_OP_NE:
        if (na != nb)
            r = 0;
        else if (tpy_type_of(a) == &tpy_frozenset_type && tpy_type_of(b) == &tpy_frozenset_type &&
                 ((TpySet *)a)->hash != -1 && ((TpySet *)b)->hash != -1 &&
                 ((TpySet *)a)->hash != ((TpySet *)b)->hash)
            r = 0;
        else
            r = tpy_set_issubset(a, b);
        if (r < 0)
            return NULL;
        return tpy_bool_from(op == TPY_CMP_OP_EQ ? r : !r);
    case TPY_CMP_OP_LE: r = tpy_set_issubset(a, b); break;
    case TPY_CMP_OP_GE: r = tpy_set_issubset(b, a); break;
    case TPY_CMP_OP_LT: r = na < nb ? tpy_set_issubset(a, b) : 0; break;
    default: r = na > nb ? tpy_set_issubset(b, a) : 0; break;
    }
    if (r < 0)
        return NULL;
    return tpy_bool_from(r);
}

TpyObject *tpy_set_repr(TpyObject *s)
{
    const char *name = tpy_type_of(s)->name;
    bool frozen = tpy_type_of(s) == &tpy_frozenset_type;
    int g = tpy_repr_enter(s);
    if (g != 0) {
        if (g < 0)
            return NULL;
        TpyStrBuilder b;
        tpy_strbuilder_init(&b);
        if (tpy_strbuilder_append_cstr(&b, name) < 0 || tpy_strbuilder_append_cstr(&b, "(...)") < 0) {
            tpy_strbuilder_discard(&b);
            return NULL;
        }
        return tpy_strbuilder_finish(&b);
    }
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    TpyObject *keys = NULL, *lr = NULL;
    if (tpy_set_length(s) == 0) {
        if (tpy_strbuilder_append_cstr(&b, name) < 0 || tpy_strbuilder_append_cstr(&b, "()") < 0)
            goto error;
    } else {
        keys = tpy_list_from_iterable(s);
        if (keys == NULL || (lr = tpy_object_repr(keys)) == NULL)
            goto error;
        TpyObject *inner = tpy_str_substring(lr, 1, tpy_str_length(lr) - 1);
        if (inner == NULL)
            goto error;
        int rc = (frozen && (tpy_strbuilder_append_cstr(&b, name) < 0 ||
                             tpy_strbuilder_append_char(&b, '(') < 0)) ||
                 tpy_strbuilder_append_char(&b, '{') < 0 || tpy_strbuilder_append_str(&b, inner) < 0 ||
                 tpy_strbuilder_append_char(&b, '}') < 0 ||
                 (frozen && tpy_strbuilder_append_char(&b, ')') < 0);
        tpy_decref(inner);
        if (rc)
            goto error;
    }
    tpy_xdecref(keys);
    tpy_xdecref(lr);
    tpy_repr_leave(s);
    return tpy_strbuilder_finish(&b);
error:
    tpy_xdecref(keys);
    tpy_xdecref(lr);
    tpy_repr_leave(s);
    tpy_strbuilder_discard(&b);
    return NULL;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

int64_t tpy_frozenset_hash(TpyObject *s)
{
    TpySet *so = (TpySet *)s;
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (TpySetEntry *e = so->table; e <= &so->table[so->mask]; e++)
        hash ^= shuffle_bits((uint64_t)e->hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1)
        hash = 590923713ULL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static int64_t set_hash_unhashable(TpyObject *s)
{
    tpy_err_format(&tpy_TypeError_type, "unhashable type: 'set'");
    return -1;
}

size_t tpy_set_sizeof(TpyObject *s)
{
    TpySet *so = (TpySet *)s;
    size_t n = sizeof(TpySet);
    if (so->table != so->smalltable)
        n += (size_t)(so->mask + 1) * sizeof(TpySetEntry);
    return n;
}

/* ---------------------------------------------------------------- iterator */

typedef struct SetIter {
    TpyObject ob;
    TpyObject *set;   /* NULL once exhausted */
    int64_t used, pos, len;
} SetIter;

TpyObject *tpy_set_iter(TpyObject *s)
{
    SetIter *it = (SetIter *)tpy_object_new(&tpy_set_iterator_type);
    if (it == NULL)
        return NULL;
    it->set = tpy_newref(s);
    it->used = ((TpySet *)s)->used;
    it->len = it->used;
    return &it->ob;
}

static TpyObject *set_iter_next(TpyObject *o)
{
    SetIter *it = (SetIter *)o;
    if (it->set == NULL)
        return NULL;
    TpySet *so = (TpySet *)it->set;
    if (it->used != so->used) {
        it->used = -1;
        return tpy_err_format(&tpy_RuntimeError_type, "Set changed size during iteration");
    }
    TpyObject *key;
    if (!tpy_set_next(it->set, &it->pos, &key)) {
        tpy_clear(it->set);
        return NULL;
    }
    it->len--;
    return tpy_newref(key);
}

static void set_iter_dealloc(TpyObject *o)
{
    tpy_clear(((SetIter *)o)->set);
    tpy_object_free(o);
}

static int set_iter_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    SetIter *it = (SetIter *)o;
    return it->set ? visit(it->set, arg) : 0;
}

static void set_iter_clear(TpyObject *o)
{
    tpy_clear(((SetIter *)o)->set);
}

TpyType tpy_set_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "set_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(SetIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = set_iter_dealloc,
    .traverse = set_iter_traverse,
    .clear = set_iter_clear,
    .iter = tpy_seq_iter_self,
    .iternext = set_iter_next,
};

/* ---------------------------------------------------------------- type slots */

static int64_t set_length_slot(TpyObject *o) { return ((TpySet *)o)->used; }
static int set_truth(TpyObject *o) { return ((TpySet *)o)->used != 0; }
static size_t set_size_of(TpyObject *o) { return tpy_set_sizeof(o); }

static TpyObject *set_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (!tpy_anyset_check(a) || !tpy_anyset_check(b))
        return tpy_newref(tpy_NotImplemented);
    switch (op) {
    case TPY_BINOP_OR: return tpy_set_union(a, b);
    case TPY_BINOP_AND: return tpy_set_intersection(a, b);
    case TPY_BINOP_SUB: return tpy_set_difference(a, b);
    case TPY_BINOP_XOR: return tpy_set_symmetric_difference(a, b);
    default: return tpy_newref(tpy_NotImplemented);
    }
}

static TpyObject *set_inplace_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (!tpy_anyset_check(b) || tpy_type_of(a) != &tpy_set_type)
        return tpy_newref(tpy_NotImplemented);
    int r;
    switch (op) {
    case TPY_BINOP_OR: r = tpy_set_update(a, b); break;
    case TPY_BINOP_AND: r = tpy_set_intersection_update(a, b); break;
    case TPY_BINOP_SUB: r = tpy_set_difference_update(a, b); break;
    case TPY_BINOP_XOR: r = tpy_set_symmetric_difference_update(a, b); break;
    default: return tpy_newref(tpy_NotImplemented);
    }
    return r < 0 ? NULL : tpy_newref(a);
}

static TpyObject *set_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args(type->name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (type == &tpy_frozenset_type)
        return tpy_frozenset_new(nargs ? args[0] : NULL);
    return make_new_set(type, nargs ? args[0] : NULL);
}

extern const TpyMethodDef tpy_set_methods[], tpy_frozenset_methods[];   /* set_methods.c */

TpyType tpy_set_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "set",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpySet),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_BASETYPE | TPY_TPFLAG_HAS_WEAKLIST,
    .weaklist_offset = offsetof(TpySet, weaklist),
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = tpy_set_repr,
    .hash = set_hash_unhashable,
    .richcompare = tpy_set_richcompare,
    .truth = set_truth,
    .length = set_length_slot,
    .iter = tpy_set_iter,
    .contains = tpy_set_contains,
    .binop = set_binop,
    .inplace_binop = set_inplace_binop,
    .construct = set_construct,
    .size_of = set_size_of,
    .methods = tpy_set_methods,
};

TpyType tpy_frozenset_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "frozenset",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpySet),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_BASETYPE | TPY_TPFLAG_HAS_WEAKLIST,
    .weaklist_offset = offsetof(TpySet, weaklist),
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = tpy_set_repr,
    .hash = tpy_frozenset_hash,
    .richcompare = tpy_set_richcompare,
    .truth = set_truth,
    .length = set_length_slot,
    .iter = tpy_set_iter,
    .contains = tpy_set_contains,
    .binop = set_binop,
    .construct = set_construct,
    .size_of = set_size_of,
    .methods = tpy_frozenset_methods,
};

/* tpy_set_methods: in runtime/set_methods.c */
