/* runtime/dict.c: the dict type, its views and iterators.
 *
 * The table is CPython 3.6+'s compact dict (Objects/dictobject.c):
 *   - `indices`: 2**k slots of 1/2/4/8-byte signed ints (the narrowest that
 *     can index the entries), EMPTY (-1), DUMMY (-2, a deleted item) or an
 *     index into `entries`;
 *   - `entries`: (hash, key, value) in insertion order; a deleted item leaves
 *     a hole (key NULL) until the next resize compacts the table.
 * Probing: i = hash & mask, then i = (5*i + perturb + 1) & mask with
 * perturb >>= 5 each step (PERTURB_SHIFT), so every slot is eventually visited.
 * The table holds at most 2/3 of its slots in entries (USABLE_FRACTION); when
 * no entry is left, it is rebuilt with 2**k >= 3 * used slots (GROWTH_RATE),
 * minimum 8.  Deletions never free entries, so the sequence
 * "insert, delete, insert" eventually triggers a compacting resize.
 *
 * User __eq__ may mutate the dict during a lookup: after each comparison we
 * check that the table and the entry are unchanged, else restart the lookup
 * (CPython does the same).  Iterators record `used` and raise RuntimeError
 * "dictionary changed size during iteration" when it changes.
 *
 * str keys take a fast path: the cached str hash and a memcmp for equality.
 */
#include "dict.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "list.h"
#include "none.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define LOG_MINSIZE 3
#define PERTURB_SHIFT 5

struct TpyDictKeys {
    uint8_t log2_size;
    uint8_t index_bytes;
    int64_t usable;      /* entries still available */
    int64_t nentries;    /* entries used (live + deleted) */
    char indices[];      /* then the entries */
};

#define DK_SIZE(k) ((int64_t)1 << (k)->log2_size)
#define USABLE_FRACTION(n) (((n) << 1) / 3)

static TpyDictEntry *dk_entries(TpyDictKeys *k)
{
    return (TpyDictEntry *)(k->indices + ((size_t)DK_SIZE(k) * k->index_bytes));
}

static int64_t dk_get_index(TpyDictKeys *k, int64_t i)
{
    switch (k->index_bytes) {
    case 1: return ((int8_t *)k->indices)[i];
    case 2: return ((int16_t *)k->indices)[i];
    case 4: return ((int32_t *)k->indices)[i];
    default: return ((int64_t *)k->indices)[i];
    }
}

static void dk_set_index(TpyDictKeys *k, int64_t i, int64_t ix)
{
    switch (k->index_bytes) {
    case 1: ((int8_t *)k->indices)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)k->indices)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)k->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)k->indices)[i] = ix; break;
    }
}

static size_t keys_bytes(int log2_size, int *index_bytes)
{
    int64_t size = (int64_t)1 << log2_size;
    int ib = log2_size < 8 ? 1 : log2_size < 16 ? 2 : log2_size < 32 ? 4 : 8;
    if (index_bytes)
        *index_bytes = ib;
    return sizeof(TpyDictKeys) + (size_t)size * ib + (size_t)USABLE_FRACTION(size) * sizeof(TpyDictEntry);
}

static TpyDictKeys *new_keys(int log2_size)
{
    if (log2_size > 40) {
        tpy_err_nomemory();
        return NULL;
    }
    int ib;
    size_t bytes = keys_bytes(log2_size, &ib);
    TpyDictKeys *k = malloc(bytes);
    if (k == NULL) {
        tpy_err_nomemory();
        return NULL;
    }
    k->log2_size = (uint8_t)log2_size;
    k->index_bytes = (uint8_t)ib;
    k->usable = USABLE_FRACTION((int64_t)1 << log2_size);
    k->nentries = 0;
    memset(k->indices, 0xFF, (size_t)DK_SIZE(k) * ib);   /* all EMPTY */
    return k;
}

static int log2_for(int64_t minsize)
{
    int log2 = LOG_MINSIZE;
    while (((int64_t)1 << log2) < minsize)
        log2++;
    return log2;
}

static int64_t key_hash(TpyObject *key)
{
    if (tpy_str_check(key))
        return tpy_str_hash(key);
    return tpy_object_hash(key);
}

/* Slot of an empty or dummy index for `hash` (the key is known absent). */
static int64_t find_empty_slot(TpyDictKeys *k, int64_t hash)
{
    uint64_t mask = (uint64_t)DK_SIZE(k) - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (dk_get_index(k, (int64_t)i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

static int dict_resize(TpyDict *d, int log2_size)
{
    TpyDictKeys *old = d->keys, *k = new_keys(log2_size);
    if (k == NULL)
        return -1;
    if (old != NULL) {
        TpyDictEntry *src = dk_entries(old), *dst = dk_entries(k);
        int64_t n = 0;
        for (int64_t i = 0; i < old->nentries; i++) {
            if (src[i].key == NULL)
                continue;
            dst[n] = src[i];
            dk_set_index(k, find_empty_slot(k, src[i].hash), n);
            n++;
        }
        k->nentries = n;
        k->usable -= n;
        free(old);
    }
    d->keys = k;
    return 0;
}

/* Index into entries of `key`, DKIX_EMPTY if absent, DKIX_ERROR on error.
 * *slot gets the index-table slot when found. */
static int64_t lookup(TpyDict *d, TpyObject *key, int64_t hash, int64_t *slot)
{
restart:;
    TpyDictKeys *k = d->keys;
    if (k == NULL)
        return DKIX_EMPTY;
    uint64_t mask = (uint64_t)DK_SIZE(k) - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    bool key_is_str = tpy_str_check(key);
    for (;;) {
        int64_t ix = dk_get_index(k, (int64_t)i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            TpyDictEntry *e = &dk_entries(k)[ix];
            TpyObject *ek = e->key;
            if (ek == key)
                goto found;
            if (e->hash == hash && ek != NULL) {
                if (key_is_str && tpy_str_check(ek)) {
                    if (tpy_str_equal(ek, key))
                        goto found;
                } else {
                    tpy_incref(ek);
                    int eq = tpy_object_equal(ek, key);
                    tpy_decref(ek);
                    if (eq < 0)
                        return DKIX_ERROR;
                    if (d->keys != k || e->key != ek)
                        goto restart;   /* the comparison mutated the dict */
                    if (eq > 0)
                        goto found;
                }
            }
            goto next;
        found:
            if (slot)
                *slot = (int64_t)i;
            return ix;
        }
    next:
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---------------------------------------------------------------- creation */

TpyObject *tpy_dict_new(void)
{
    return tpy_object_new(&tpy_dict_type);
}

static void dict_clear_slot(TpyObject *o)
{
    TpyDict *d = (TpyDict *)o;
    TpyDictKeys *k = d->keys;
    if (k == NULL)
        return;
    // Detach first: decrefs may run code that uses the dict.
    d->keys = NULL;
    d->used = 0;
    d->version++;
    TpyDictEntry *e = dk_entries(k);
    for (int64_t i = 0; i < k->nentries; i++) {
        tpy_xdecref(e[i].key);
        tpy_xdecref(e[i].value);
    }
    free(k);
}

static void dict_dealloc(TpyObject *o)
{
    dict_clear_slot(o);
    tpy_object_free(o);
}

static int dict_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    TpyDict *d = (TpyDict *)o;
    if (d->keys == NULL)
        return 0;
    TpyDictEntry *e = dk_entries(d->keys);
    for (int64_t i = 0; i < d->keys->nentries; i++) {
        if (e[i].key == NULL)
            continue;
        int r = 0;
        if (!tpy_is_smallint(e[i].key))
            r = visit(e[i].key, arg);
        if (r == 0 && e[i].value != NULL && !tpy_is_smallint(e[i].value))
            r = visit(e[i].value, arg);
        if (r != 0)
            return r;
    }
    return 0;
}

int64_t tpy_dict_length(TpyObject *d)
{
    return ((TpyDict *)d)->used;
}

/* ---------------------------------------------------------------- core operations */

static int insert(TpyDict *d, TpyObject *key, int64_t hash, TpyObject *value)
{
    int64_t ix = lookup(d, key, hash, NULL);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix >= 0) {
        TpyDictEntry *e = &dk_entries(d->keys)[ix];
        TpyObject *old = e->value;
        e->value = tpy_newref(value);
        tpy_decref(old);
        return 0;
    }
    if (d->keys == NULL || d->keys->usable <= 0) {
        int64_t want = d->keys == NULL ? 8 : d->used * 3;
        if (dict_resize(d, log2_for(want)) < 0)
            return -1;
    }
    TpyDictKeys *k = d->keys;
    int64_t n = k->nentries;
    dk_set_index(k, find_empty_slot(k, hash), n);
    TpyDictEntry *e = &dk_entries(k)[n];
    e->hash = hash;
    e->key = tpy_newref(key);
    e->value = tpy_newref(value);
    k->nentries = n + 1;
    k->usable--;
    d->used++;
    d->version++;
    return 0;
}

int tpy_dict_setitem(TpyObject *o, TpyObject *key, TpyObject *value)
{
    int64_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return insert((TpyDict *)o, key, hash, value);
}

int tpy_dict_setitem_cstr(TpyObject *o, const char *key, TpyObject *value)
{
    TpyObject *k = tpy_str_from_cstr(key);
    if (k == NULL)
        return -1;
    int r = tpy_dict_setitem(o, k, value);
    tpy_decref(k);
    return r;
}

TpyObject *tpy_dict_get_borrowed(TpyObject *o, TpyObject *key)
{
    TpyDict *d = (TpyDict *)o;
    if (d->used == 0) {
        // Still an error for unhashable keys, as in CPython.
        if (!tpy_str_check(key) && tpy_object_hash(key) == -1)
            return NULL;
        return NULL;
    }
    int64_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    int64_t ix = lookup(d, key, hash, NULL);
    if (ix < 0)
        return NULL;
    return dk_entries(d->keys)[ix].value;
}

TpyObject *tpy_dict_get_cstr(TpyObject *o, const char *key)
{
    TpyObject *k = tpy_str_from_cstr(key);
    if (k == NULL)
        return NULL;
    TpyObject *v = tpy_dict_get_borrowed(o, k);
    tpy_decref(k);
    return v;
}

TpyObject *tpy_dict_getitem(TpyObject *o, TpyObject *key)
{
    TpyObject *v = tpy_dict_get_borrowed(o, key);
    if (v != NULL)
        return tpy_newref(v);
    if (!tpy_err_occurred())
        tpy_err_set_object(&tpy_KeyError_type, key);
    return NULL;
}

TpyObject *tpy_dict_get(TpyObject *o, TpyObject *key, TpyObject *dflt)
{
    TpyObject *v = tpy_dict_get_borrowed(o, key);
    if (v != NULL)
        return tpy_newref(v);
    if (tpy_err_occurred())
        return NULL;
    return tpy_newref(dflt != NULL ? dflt : tpy_None);
}

int tpy_dict_contains(TpyObject *o, TpyObject *key)
{
    TpyObject *v = tpy_dict_get_borrowed(o, key);
    if (v != NULL)
        return 1;
    return tpy_err_occurred() ? -1 : 0;
}

/* Removes entry ix at index slot `slot`; returns the stolen value and drops
 * the key. */
static TpyObject *delete_entry(TpyDict *d, int64_t ix, int64_t slot)
{
    TpyDictEntry *e = &dk_entries(d->keys)[ix];
    TpyObject *key = e->key, *value = e->value;
    dk_set_index(d->keys, slot, DKIX_DUMMY);
    e->key = NULL;
    e->value = NULL;
    d->used--;
    d->version++;
    tpy_decref(key);
    return value;
}

TpyObject *tpy_dict_pop(TpyObject *o, TpyObject *key, TpyObject *dflt)
{
    TpyDict *d = (TpyDict *)o;
    int64_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    int64_t slot;
    int64_t ix = d->used == 0 ? DKIX_EMPTY : lookup(d, key, hash, &slot);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix < 0) {
        if (dflt != NULL)
            return tpy_newref(dflt);
        return tpy_err_set_object(&tpy_KeyError_type, key);
    }
    return delete_entry(d, ix, slot);
}

int tpy_dict_delitem(TpyObject *o, TpyObject *key)
{
    TpyObject *v = tpy_dict_pop(o, key, NULL);
    if (v == NULL)
        return -1;
    tpy_decref(v);
    return 0;
}

TpyObject *tpy_dict_setdefault(TpyObject *o, TpyObject *key, TpyObject *dflt)
{
    if (dflt == NULL)
        dflt = tpy_None;
    TpyObject *v = tpy_dict_get_borrowed(o, key);
    if (v != NULL)
        return tpy_newref(v);
    if (tpy_err_occurred() || tpy_dict_setitem(o, key, dflt) < 0)
        return NULL;
    return tpy_newref(dflt);
}

TpyObject *tpy_dict_popitem(TpyObject *o)
{
    TpyDict *d = (TpyDict *)o;
    if (d->used == 0)
        return tpy_err_format(&tpy_KeyError_type, "popitem(): dictionary is empty");
    TpyDictKeys *k = d->keys;
    TpyDictEntry *entries = dk_entries(k);
    int64_t ix = k->nentries - 1;
    while (ix >= 0 && entries[ix].key == NULL)
        ix--;
    TpyObject *t = tpy_tuple_new(2);
    if (t == NULL)
        return NULL;
    TpyDictEntry *e = &entries[ix];
    // Find the index slot that points at ix.
    uint64_t mask = (uint64_t)DK_SIZE(k) - 1, perturb = (uint64_t)e->hash;
    uint64_t i = (uint64_t)e->hash & mask;
    while (dk_get_index(k, (int64_t)i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    dk_set_index(k, (int64_t)i, DKIX_DUMMY);
    TPY_TUPLE_ITEMS(t)[0] = e->key;     /* references move into the tuple */
    TPY_TUPLE_ITEMS(t)[1] = e->value;
    e->key = NULL;
    e->value = NULL;
    k->nentries = ix;   /* the last entries are all empty now: reuse them */
    d->used--;
    d->version++;
    return t;
}

bool tpy_dict_next(TpyObject *o, int64_t *pos, TpyObject **key, TpyObject **value)
{
    TpyDict *d = (TpyDict *)o;
    if (d->keys == NULL)
        return false;
    TpyDictEntry *e = dk_entries(d->keys);
    int64_t i = *pos;
    while (i < d->keys->nentries && e[i].key == NULL)
        i++;
    if (i >= d->keys->nentries)
        return false;
    *pos = i + 1;
    if (key)
        *key = e[i].key;
    if (value)
        *value = e[i].value;
    return true;
}

int tpy_dict_clear(TpyObject *o)
{
    dict_clear_slot(o);
    return 0;
}

TpyObject *tpy_dict_copy(TpyObject *o)
{
    TpyObject *r = tpy_dict_new();
    if (r == NULL)
        return NULL;
    if (tpy_dict_update(r, o) < 0) {
        tpy_decref(r);
        return NULL;
    }
    return r;
}

static int merge_dict(TpyObject *d, TpyObject *other)
{
    TpyDict *src = (TpyDict *)other;
    if (src->used == 0)
        return 0;
    // Iterate by position; re-read the table each time (insert may run __eq__).
    for (int64_t i = 0; src->keys != NULL && i < src->keys->nentries; i++) {
        TpyDictEntry *e = &dk_entries(src->keys)[i];
        if (e->key == NULL)
            continue;
        TpyObject *k = tpy_newref(e->key), *v = tpy_newref(e->value);
        int64_t h = e->hash;
        int r = insert((TpyDict *)d, k, h, v);
        tpy_decref(k);
        tpy_decref(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

int tpy_dict_update(TpyObject *d, TpyObject *other)
{
    if (tpy_dict_check_any(other))
        return merge_dict(d, other);
    TpyObject *it = tpy_object_iter(other);
    if (it == NULL)
        return -1;
    for (int64_t n = 0;; n++) {
        TpyObject *item = tpy_object_next(it);
        if (item == NULL)
            break;
        TpyObject *pair = NULL;
        if (tpy_tuple_check(item) || tpy_list_check(item)) {
            pair = tpy_newref(item);
        } else {
            pair = tpy_list_from_iterable(item);
            if (pair == NULL) {
                if (tpy_err_matches(&tpy_TypeError_type)) {
                    tpy_err_clear();
                    tpy_err_format(&tpy_TypeError_type,
                                   "cannot convert dictionary update sequence element #%lld to a sequence",
                                   (long long)n);
                }
                tpy_decref(item);
                tpy_decref(it);
                return -1;
            }
        }
        tpy_decref(item);
        int64_t len = tpy_tuple_check(pair) ? TPY_TUPLE_SIZE(pair) : TPY_LIST_SIZE(pair);
        if (len != 2) {
            tpy_decref(pair);
            tpy_decref(it);
            tpy_err_format(&tpy_ValueError_type,
                           "dictionary update sequence element #%lld has length %lld; 2 is required",
                           (long long)n, (long long)len);
            return -1;
        }
        TpyObject *const *kv = tpy_tuple_check(pair) ? TPY_TUPLE_ITEMS(pair) : TPY_LIST_ITEMS(pair);
        int r = tpy_dict_setitem(d, kv[0], kv[1]);
        tpy_decref(pair);
        if (r < 0) {
            tpy_decref(it);
            return -1;
        }
    }
    tpy_decref(it);
    return tpy_err_occurred() ? -1 : 0;
}

TpyObject *tpy_dict_fromkeys(TpyObject *iterable, TpyObject *value)
{
    if (value == NULL)
        value = tpy_None;
    TpyObject *d = tpy_dict_new();
    if (d == NULL)
        return NULL;
    TpyObject *it = tpy_object_iter(iterable);
    if (it == NULL) {
        tpy_decref(d);
        return NULL;
    }
    TpyObject *k;
    while ((k = tpy_object_next(it)) != NULL) {
        int r = tpy_dict_setitem(d, k, value);
        tpy_decref(k);
        if (r < 0)
            break;
    }
    tpy_decref(it);
    if (tpy_err_occurred()) {
        tpy_decref(d);
        return NULL;
    }
    return d;
}

TpyObject *tpy_dict_or(TpyObject *a, TpyObject *b)
{
    TpyObject *r = tpy_dict_copy(a);
    if (r != NULL && merge_dict(r, b) < 0) {
        tpy_decref(r);
        return NULL;
    }
    return r;
}

static int dict_equal(TpyDict *a, TpyDict *b)
{
    if (a->used != b->used)
        return 0;
    for (int64_t i = 0; a->keys != NULL && i < a->keys->nentries; i++) {
        TpyDictEntry *e = &dk_entries(a->keys)[i];
        if (e->key == NULL)
            continue;
        TpyObject *k = tpy_newref(e->key), *v = tpy_newref(e->value);
        int64_t slot, ix = b->used ? lookup(b, k, e->hash, &slot) : DKIX_EMPTY;
        int r;
        if (ix == DKIX_ERROR) {
            r = -1;
        } else if (ix < 0) {
            r = 0;
        } else {
            TpyObject *bv = tpy_newref(dk_entries(b->keys)[ix].value);
            r = tpy_object_equal(v, bv);
            tpy_decref(bv);
        }
        tpy_decref(k);
        tpy_decref(v);
        if (r <= 0)
            return r;
    }
    return 1;
}

TpyObject *tpy_dict_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_dict_check_any(a) || !tpy_dict_check_any(b) || (op != TPY_CMP_OP_EQ && op != TPY_CMP_OP_NE))
        return tpy_newref(tpy_NotImplemented);
    int r = dict_equal((TpyDict *)a, (TpyDict *)b);
    if (r < 0)
        return NULL;
    return tpy_bool_from(op == TPY_CMP_OP_EQ ? r == 1 : r == 0);
}

static int append_repr(TpyStrBuilder *b, TpyObject *o)
{
    tpy_incref(o);
    TpyObject *r = tpy_object_repr(o);
    tpy_decref(o);
    if (r == NULL)
        return -1;
    int rc = tpy_strbuilder_append_str(b, r);
    tpy_decref(r);
    return rc;
}

TpyObject *tpy_dict_repr(TpyObject *o)
{
    TpyDict *d = (TpyDict *)o;
    if (d->used == 0)
        return tpy_str_from_cstr("{}");
    int g = tpy_repr_enter(o);
    if (g != 0)
        return g > 0 ? tpy_str_from_cstr("{...}") : NULL;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    bool first = true;
    if (tpy_strbuilder_append_char(&b, '{') < 0)
        goto error;
    for (int64_t i = 0; d->keys != NULL && i < d->keys->nentries; i++) {
        TpyDictEntry *e = &dk_entries(d->keys)[i];
        if (e->key == NULL)
            continue;
        TpyObject *k = tpy_newref(e->key), *v = tpy_newref(e->value);
        int r = (!first ? tpy_strbuilder_append_cstr(&b, ", ") : 0) < 0 || append_repr(&b, k) < 0 ||
                tpy_strbuilder_append_cstr(&b, ": ") < 0 || append_repr(&b, v) < 0;
        tpy_decref(k);
        tpy_decref(v);
        if (r)
            goto error;
        first = false;
    }
    if (tpy_strbuilder_append_char(&b, '}') < 0)
        goto error;
    tpy_repr_leave(o);
    return tpy_strbuilder_finish(&b);
error:
    tpy_repr_leave(o);
    tpy_strbuilder_discard(&b);
    return NULL;
}

size_t tpy_dict_sizeof(TpyObject *o)
{
    TpyDict *d = (TpyDict *)o;
    size_t n = sizeof(TpyDict);
    if (d->keys != NULL)
        n += keys_bytes(d->keys->log2_size, NULL);
    return n;
}

int64_t tpy_dict_table_size(TpyObject *o)
{
    TpyDict *d = (TpyDict *)o;
    return d->keys ? DK_SIZE(d->keys) : 0;
}

int64_t tpy_dict_deleted_count(TpyObject *o)
{
    TpyDict *d = (TpyDict *)o;
    return d->keys ? d->keys->nentries - d->used : 0;
}

int tpy_dict_index_width(TpyObject *o)
{
    TpyDict *d = (TpyDict *)o;
    return d->keys ? d->keys->index_bytes : 0;
}

/* ---------------------------------------------------------------- iterators */

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

typedef struct DictIter {
    TpyObject ob;
    TpyObject *dict;     /* NULL once exhausted */
    int64_t pos;         /* next entry to look at (reverse: previous) */
    int64_t used;        /* d->used when created; -1 after a size error */
    int64_t remaining;
    int kind;
    bool reverse;
} DictIter;

static TpyType *iter_type_for(int kind)
{
    return kind == ITER_KEYS ? &tpy_dict_keyiterator_type
         : kind == ITER_VALUES ? &tpy_dict_valueiterator_type : &tpy_dict_itemiterator_type;
}

static TpyObject *new_dict_iter(TpyObject *o, int kind, bool reverse)
{
    TpyDict *d = (TpyDict *)o;
    DictIter *it = (DictIter *)tpy_object_new(iter_type_for(kind));
    if (it == NULL)
        return NULL;
    it->dict = tpy_newref(o);
    it->used = d->used;
    it->remaining = d->used;
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? (d->keys ? d->keys->nentries - 1 : -1) : 0;
    return &it->ob;
}

static TpyObject *dict_iter_next(TpyObject *o)
{
    DictIter *it = (DictIter *)o;
    TpyDict *d = (TpyDict *)it->dict;
    if (d == NULL)
        return NULL;
    if (it->used != d->used) {
        it->used = -1;   /* keep failing, as CPython does */
        return tpy_err_format(&tpy_RuntimeError_type, "dictionary changed size during iteration");
    }
    TpyDictEntry *e = NULL;
    if (d->keys != NULL) {
        TpyDictEntry *entries = dk_entries(d->keys);
        if (it->reverse) {
            while (it->pos >= 0 && it->pos < d->keys->nentries && entries[it->pos].key == NULL)
                it->pos--;
            if (it->pos >= 0 && it->pos < d->keys->nentries)
                e = &entries[it->pos--];
        } else {
            while (it->pos < d->keys->nentries && entries[it->pos].key == NULL)
                it->pos++;
            if (it->pos < d->keys->nentries)
                e = &entries[it->pos++];
        }
    }
    if (e == NULL) {
        tpy_clear(it->dict);
        return NULL;
    }
    if (it->remaining == 0) {
        it->used = -1;
        return tpy_err_format(&tpy_RuntimeError_type, "dictionary keys changed during iteration");
    }
    it->remaining--;
    if (it->kind == ITER_KEYS)
        return tpy_newref(e->key);
    if (it->kind == ITER_VALUES)
        return tpy_newref(e->value);
    return tpy_tuple_pack(2, e->key, e->value);
}

static void dict_iter_dealloc(TpyObject *o)
{
    tpy_clear(((DictIter *)o)->dict);
    tpy_object_free(o);
}

static int dict_iter_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    DictIter *it = (DictIter *)o;
    return it->dict != NULL ? visit(it->dict, arg) : 0;
}

static void dict_iter_clear(TpyObject *o)
{
    tpy_clear(((DictIter *)o)->dict);
}

static int64_t dict_iter_length(TpyObject *o)
{
    DictIter *it = (DictIter *)o;
    return it->dict != NULL && it->used == ((TpyDict *)it->dict)->used ? it->remaining : 0;
}

#define DICT_ITER_TYPE(var, tname)                \
    TpyType var = {                               \
        .ob = TPY_STATIC_TYPE_HEADER,             \
        .name = tname,                            \
        .base = &tpy_object_type,                 \
        .basicsize = sizeof(DictIter),            \
        .flags = TPY_TPFLAG_GC,                   \
        .dealloc = dict_iter_dealloc,             \
        .traverse = dict_iter_traverse,           \
        .clear = dict_iter_clear,                 \
        .iter = tpy_seq_iter_self,                \
        .iternext = dict_iter_next,               \
        .length = dict_iter_length,               \
    }

DICT_ITER_TYPE(tpy_dict_keyiterator_type, "dict_keyiterator");
DICT_ITER_TYPE(tpy_dict_valueiterator_type, "dict_valueiterator");
DICT_ITER_TYPE(tpy_dict_itemiterator_type, "dict_itemiterator");

TpyObject *tpy_dict_iter(TpyObject *d)
{
    return new_dict_iter(d, ITER_KEYS, false);
}

TpyObject *tpy_dict_reversed(TpyObject *d)
{
    return new_dict_iter(d, ITER_KEYS, true);
}

/* ---------------------------------------------------------------- views */

typedef TpyDictView DictView;   /* dict.h; the set operations are in dictview.c */

static int view_kind(TpyObject *v)
{
    return v->type == &tpy_dict_keys_type ? ITER_KEYS
         : v->type == &tpy_dict_values_type ? ITER_VALUES : ITER_ITEMS;
}

static TpyObject *new_view(TpyObject *d, TpyType *type)
{
    DictView *v = (DictView *)tpy_object_new(type);
    if (v == NULL)
        return NULL;
    v->dict = tpy_newref(d);
    return &v->ob;
}

TpyObject *tpy_dict_keys(TpyObject *d) { return new_view(d, &tpy_dict_keys_type); }
TpyObject *tpy_dict_values(TpyObject *d) { return new_view(d, &tpy_dict_values_type); }
TpyObject *tpy_dict_items(TpyObject *d) { return new_view(d, &tpy_dict_items_type); }

static void view_dealloc(TpyObject *o)
{
    tpy_clear(((DictView *)o)->dict);
    tpy_object_free(o);
}

static int view_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    DictView *v = (DictView *)o;
    return v->dict != NULL ? visit(v->dict, arg) : 0;
}

static void view_clear(TpyObject *o)
{
    tpy_clear(((DictView *)o)->dict);
}

static int64_t view_length(TpyObject *o)
{
    return ((TpyDict *)((DictView *)o)->dict)->used;
}

static TpyObject *view_iter(TpyObject *o)
{
    return new_dict_iter(((DictView *)o)->dict, view_kind(o), false);
}

static int view_contains(TpyObject *o, TpyObject *x)
{
    TpyObject *d = ((DictView *)o)->dict;
    int kind = view_kind(o);
    if (kind == ITER_KEYS)
        return tpy_dict_contains(d, x);
    if (kind == ITER_ITEMS) {
        if (!tpy_tuple_check(x) || TPY_TUPLE_SIZE(x) != 2)
            return 0;
        TpyObject *v = tpy_dict_get_borrowed(d, TPY_TUPLE_ITEMS(x)[0]);
        if (v == NULL)
            return tpy_err_occurred() ? -1 : 0;
        tpy_incref(v);
        int r = tpy_object_equal(v, TPY_TUPLE_ITEMS(x)[1]);
        tpy_decref(v);
        return r;
    }
    // values: a linear search, like CPython's fallback to iteration
    int64_t pos = 0;
    TpyObject *val;
    while (tpy_dict_next(d, &pos, NULL, &val)) {
        tpy_incref(val);
        int r = tpy_object_equal(val, x);
        tpy_decref(val);
        if (r != 0)
            return r;
    }
    return 0;
}

static TpyObject *view_repr(TpyObject *o)
{
    int g = tpy_repr_enter(o);
    if (g != 0)
        return g > 0 ? tpy_str_from_cstr("...") : NULL;
    TpyObject *list = tpy_list_from_iterable(o), *r = NULL;
    if (list != NULL) {
        TpyObject *lr = tpy_object_repr(list);
        if (lr != NULL) {
            TpyStrBuilder b;
            tpy_strbuilder_init(&b);
            if (tpy_strbuilder_append_cstr(&b, tpy_type_of(o)->name) < 0 ||
                tpy_strbuilder_append_char(&b, '(') < 0 || tpy_strbuilder_append_str(&b, lr) < 0 ||
                tpy_strbuilder_append_char(&b, ')') < 0)
                tpy_strbuilder_discard(&b);
            else
                r = tpy_strbuilder_finish(&b);
            tpy_decref(lr);
        }
        tpy_decref(list);
    }
    tpy_repr_leave(o);
    return r;
}

#define DICT_VIEW_TYPE(var, tname, has_contains, setlike_binop, setlike_compare, setlike_methods) \
    TpyType var = {                               \
        .ob = TPY_STATIC_TYPE_HEADER,             \
        .name = tname,                            \
        .base = &tpy_object_type,                 \
        .basicsize = sizeof(DictView),            \
        .flags = TPY_TPFLAG_GC,                   \
        .dealloc = view_dealloc,                  \
        .traverse = view_traverse,                \
        .clear = view_clear,                      \
        .repr = view_repr,                        \
        .length = view_length,                    \
        .iter = view_iter,                        \
        .contains = has_contains,                 \
        .binop = setlike_binop,                   \
        .richcompare = setlike_compare,           \
        .methods = setlike_methods,               \
    }

DICT_VIEW_TYPE(tpy_dict_keys_type, "dict_keys", view_contains, tpy_dictview_binop,
               tpy_dictview_richcompare, tpy_dictview_methods);
DICT_VIEW_TYPE(tpy_dict_values_type, "dict_values", NULL, NULL, NULL, NULL);
DICT_VIEW_TYPE(tpy_dict_items_type, "dict_items", view_contains, tpy_dictview_binop,
               tpy_dictview_richcompare, tpy_dictview_methods);

/* ---------------------------------------------------------------- type */

static int64_t dict_length_slot(TpyObject *o) { return ((TpyDict *)o)->used; }
static int dict_truth(TpyObject *o) { return ((TpyDict *)o)->used != 0; }
static size_t dict_size_of(TpyObject *o) { return tpy_dict_sizeof(o); }

static int64_t dict_hash(TpyObject *o)
{
    tpy_err_format(&tpy_TypeError_type, "unhashable type: 'dict'");
    return -1;
}

static int dict_setitem_slot(TpyObject *o, TpyObject *key, TpyObject *value)
{
    return value == NULL ? tpy_dict_delitem(o, key) : tpy_dict_setitem(o, key, value);
}

static TpyObject *dict_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_OR && tpy_dict_check_any(a) && tpy_dict_check_any(b))
        return tpy_dict_or(a, b);
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *dict_inplace_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op != TPY_BINOP_OR)
        return tpy_newref(tpy_NotImplemented);
    if (tpy_dict_update(a, b) < 0)
        return NULL;
    return tpy_newref(a);
}

static TpyObject *dict_construct(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    /* Vectorcall convention: nargs positional values, then one value per kwname. */
    int64_t nkw = kwnames ? TPY_TUPLE_SIZE(kwnames) : 0;
    int64_t npos = nargs;
    if (npos > 1)
        return tpy_err_format(&tpy_TypeError_type, "dict expected at most 1 argument, got %lld",
                              (long long)npos);
    TpyObject *d = tpy_dict_new();
    if (d == NULL)
        return NULL;
    if (npos == 1 && tpy_dict_update(d, args[0]) < 0)
        goto error;
    for (int64_t i = 0; i < nkw; i++)
        if (tpy_dict_setitem(d, TPY_TUPLE_ITEMS(kwnames)[i], args[npos + i]) < 0)
            goto error;
    return d;
error:
    tpy_decref(d);
    return NULL;
}

extern const TpyMethodDef tpy_dict_methods[];

TpyType tpy_dict_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "dict",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyDict),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_BASETYPE,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .repr = tpy_dict_repr,
    .hash = dict_hash,
    .richcompare = tpy_dict_richcompare,
    .truth = dict_truth,
    .length = dict_length_slot,
    .iter = tpy_dict_iter,
    .getitem = tpy_dict_getitem,
    .setitem = dict_setitem_slot,
    .contains = tpy_dict_contains,
    .binop = dict_binop,
    .inplace_binop = dict_inplace_binop,
    .construct = dict_construct,
    .size_of = dict_size_of,
    .methods = tpy_dict_methods,
};

/* tpy_dict_methods: in runtime/dict_methods.c */
