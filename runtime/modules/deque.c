/* runtime/modules/deque.c: collections.deque, a double-ended queue.
 *
 * Layout (the one of CPython's Modules/_collectionsmodule.c): a doubly
 * linked list of blocks of BLOCKLEN item pointers.  The items occupy
 * leftblock->items[leftindex] ... rightblock->items[rightindex], filling the
 * blocks in between completely.  Appending at either end writes the next
 * slot and links a new block only when the end block is full, so append,
 * appendleft, pop and popleft are O(1) and never move items; indexing walks
 * blocks from the nearer end (O(n / BLOCKLEN)).
 *
 * Invariants:
 *  - there is always at least one block; 0 <= leftindex < BLOCKLEN and
 *    -1 <= rightindex < BLOCKLEN - 1 only transiently;
 *  - len == 0 implies leftblock == rightblock and leftindex == rightindex + 1
 *    (an emptied deque is re-centred so that both ends have room);
 *  - `state` changes on every mutation that can invalidate an iterator's
 *    position (append, pop, rotate, clear, ...) but not on d[i] = x, exactly
 *    as CPython: iterators, count(), index(), `in` and remove() compare it
 *    and raise "deque mutated during iteration".
 * A bounded deque (maxlen >= 0) drops items from the opposite end after an
 * append, again as CPython.
 */
#include "collections.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "method.h"
#include "none.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

#define BLOCKLEN 64
#define CENTER ((BLOCKLEN - 1) / 2)

typedef struct DequeBlock {
    struct DequeBlock *left, *right;
    TpyObject *items[BLOCKLEN];
} DequeBlock;

typedef struct TpyDeque {
    TpyObject ob;
    DequeBlock *leftblock, *rightblock;
    int64_t leftindex, rightindex;
    int64_t len;
    int64_t maxlen;      /* -1: unbounded */
    uint64_t state;
} TpyDeque;

#define DEQ(o) ((TpyDeque *)(o))

static DequeBlock *block_new(void)
{
    DequeBlock *b = malloc(sizeof(DequeBlock));
    if (b != NULL)
        b->left = b->right = NULL;
    return b;
}

/* ---------------------------------------------------------------- primitives
 * These do not touch `state`; the public operations do.  push_* steal `item`
 * on success only. */

static int push_right(TpyDeque *d, TpyObject *item)
{
    if (d->rightindex == BLOCKLEN - 1) {
        DequeBlock *b = block_new();
        if (b == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        b->left = d->rightblock;
        d->rightblock->right = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    d->rightblock->items[++d->rightindex] = item;
    d->len++;
    return 0;
}

static int push_left(TpyDeque *d, TpyObject *item)
{
    if (d->leftindex == 0) {
        DequeBlock *b = block_new();
        if (b == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        b->right = d->leftblock;
        d->leftblock->left = b;
        d->leftblock = b;
        d->leftindex = BLOCKLEN;
    }
    d->leftblock->items[--d->leftindex] = item;
    d->len++;
    return 0;
}

static void recenter(TpyDeque *d)
{
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
}

/* len > 0.  Returns the owned item. */
static TpyObject *pop_right(TpyDeque *d)
{
    TpyObject *item = d->rightblock->items[d->rightindex--];
    d->len--;
    if (d->rightindex < 0) {
        if (d->len > 0) {
            DequeBlock *prev = d->rightblock->left;
            free(d->rightblock);
            prev->right = NULL;
            d->rightblock = prev;
            d->rightindex = BLOCKLEN - 1;
        } else {
            recenter(d);
        }
    } else if (d->len == 0) {
        recenter(d);
    }
    return item;
}

static TpyObject *pop_left(TpyDeque *d)
{
    TpyObject *item = d->leftblock->items[d->leftindex++];
    d->len--;
    if (d->leftindex == BLOCKLEN) {
        if (d->len > 0) {
            DequeBlock *next = d->leftblock->right;
            free(d->leftblock);
            next->left = NULL;
            d->leftblock = next;
            d->leftindex = 0;
        } else {
            recenter(d);
        }
    } else if (d->len == 0) {
        recenter(d);
    }
    return item;
}

/* The slot of item i (0 <= i < len), walking from the nearer end. */
static TpyObject **item_slot(TpyDeque *d, int64_t i)
{
    int64_t pos = d->leftindex + i, n = pos / BLOCKLEN, idx = pos % BLOCKLEN;
    int64_t last = (d->leftindex + d->len - 1) / BLOCKLEN;
    DequeBlock *b;
    if (n <= last / 2) {
        b = d->leftblock;
        while (n-- > 0)
            b = b->right;
    } else {
        b = d->rightblock;
        for (int64_t k = last; k > n; k--)
            b = b->left;
    }
    return &b->items[idx];
}

/* Drop items from the left (after an append) or right until len <= maxlen.
 * May run __del__. */
static void trim(TpyDeque *d, bool from_left)
{
    while (d->maxlen >= 0 && d->len > d->maxlen) {
        TpyObject *x = from_left ? pop_left(d) : pop_right(d);
        d->state++;
        tpy_decref(x);
    }
}

/* Rotate without checks: n > 0 moves items from the right end to the left. */
static int rotate_raw(TpyDeque *d, int64_t n)
{
    int64_t len = d->len, half = len >> 1;
    if (len <= 1)
        return 0;
    if (n > half || n < -half) {
        n %= len;
        if (n > half)
            n -= len;
        else if (n < -half)
            n += len;
    }
    d->state++;
    for (; n > 0; n--) {
        TpyObject *x = pop_right(d);
        if (push_left(d, x) < 0) {
            tpy_decref(x);
            return -1;
        }
    }
    for (; n < 0; n++) {
        TpyObject *x = pop_left(d);
        if (push_right(d, x) < 0) {
            tpy_decref(x);
            return -1;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- public API */

TpyObject *tpy_deque_new(int64_t maxlen)
{
    TpyObject *o = tpy_object_new(&tpy_deque_type);
    if (o == NULL)
        return NULL;
    TpyDeque *d = DEQ(o);
    d->leftblock = d->rightblock = block_new();
    if (d->leftblock == NULL) {
        tpy_decref(o);
        return tpy_err_nomemory();
    }
    recenter(d);
    d->len = 0;
    d->maxlen = maxlen < 0 ? -1 : maxlen;
    return o;
}

int64_t tpy_deque_length(TpyObject *d) { return DEQ(d)->len; }
int64_t tpy_deque_maxlen(TpyObject *d) { return DEQ(d)->maxlen; }

int64_t tpy_deque_block_count(TpyObject *o)
{
    int64_t n = 0;
    for (DequeBlock *b = DEQ(o)->leftblock; b != NULL; b = b->right)
        n++;
    return n;
}

int tpy_deque_append(TpyObject *o, TpyObject *item)
{
    TpyDeque *d = DEQ(o);
    if (push_right(d, tpy_newref(item)) < 0) {
        tpy_decref(item);
        return -1;
    }
    d->state++;
    trim(d, true);
    return 0;
}

int tpy_deque_appendleft(TpyObject *o, TpyObject *item)
{
    TpyDeque *d = DEQ(o);
    if (push_left(d, tpy_newref(item)) < 0) {
        tpy_decref(item);
        return -1;
    }
    d->state++;
    trim(d, false);
    return 0;
}

TpyObject *tpy_deque_pop(TpyObject *o)
{
    TpyDeque *d = DEQ(o);
    if (d->len == 0)
        return tpy_err_format(&tpy_IndexError_type, "pop from an empty deque");
    d->state++;
    return pop_right(d);
}

TpyObject *tpy_deque_popleft(TpyObject *o)
{
    TpyDeque *d = DEQ(o);
    if (d->len == 0)
        return tpy_err_format(&tpy_IndexError_type, "pop from an empty deque");
    d->state++;
    return pop_left(d);
}

static int extend_impl(TpyObject *o, TpyObject *iterable, bool left)
{
    if (iterable == o) {   // d.extend(d): iterate over a snapshot
        TpyObject *copy = tpy_list_from_iterable(iterable);
        if (copy == NULL)
            return -1;
        int r = extend_impl(o, copy, left);
        tpy_decref(copy);
        return r;
    }
    TpyObject *it = tpy_object_iter(iterable), *item;
    if (it == NULL)
        return -1;
    while ((item = tpy_object_next(it)) != NULL) {
        int r = left ? tpy_deque_appendleft(o, item) : tpy_deque_append(o, item);
        tpy_decref(item);
        if (r < 0) {
            tpy_decref(it);
            return -1;
        }
    }
    tpy_decref(it);
    return tpy_err_occurred() != NULL ? -1 : 0;
}

int tpy_deque_extend(TpyObject *d, TpyObject *iterable) { return extend_impl(d, iterable, false); }
int tpy_deque_extendleft(TpyObject *d, TpyObject *iterable) { return extend_impl(d, iterable, true); }

int tpy_deque_rotate(TpyObject *d, int64_t n) { return rotate_raw(DEQ(d), n); }

int tpy_deque_clear(TpyObject *o)
{
    TpyDeque *d = DEQ(o);
    d->state++;
    // Pop one at a time: each decref may run code that looks at the deque.
    while (d->len > 0) {
        TpyObject *x = pop_right(d);
        tpy_decref(x);
    }
    return 0;
}

static int check_index(TpyDeque *d, int64_t *i)
{
    if (*i < 0)
        *i += d->len;
    if (*i < 0 || *i >= d->len) {
        tpy_err_format(&tpy_IndexError_type, "deque index out of range");
        return -1;
    }
    return 0;
}

TpyObject *tpy_deque_getitem_index(TpyObject *o, int64_t i)
{
    TpyDeque *d = DEQ(o);
    if (check_index(d, &i) < 0)
        return NULL;
    return tpy_newref(*item_slot(d, i));
}

int tpy_deque_setitem_index(TpyObject *o, int64_t i, TpyObject *value)
{
    TpyDeque *d = DEQ(o);
    if (check_index(d, &i) < 0)
        return -1;
    TpyObject **slot = item_slot(d, i), *old = *slot;
    *slot = tpy_newref(value);
    tpy_decref(old);
    return 0;
}

/* del d[i] (i valid): rotate it to the left end, pop it, rotate back. */
static int del_index(TpyDeque *d, int64_t i)
{
    if (rotate_raw(d, -i) < 0)
        return -1;
    TpyObject *x = pop_left(d);
    d->state++;
    int r = rotate_raw(d, i);
    tpy_decref(x);
    return r;
}

static TpyObject *to_list(TpyObject *o)
{
    TpyDeque *d = DEQ(o);
    TpyObject *list = tpy_list_new(d->len);
    if (list == NULL)
        return NULL;
    DequeBlock *b = d->leftblock;
    int64_t idx = d->leftindex;
    for (int64_t i = 0; i < d->len; i++) {
        TPY_LIST_ITEMS(list)[i] = tpy_newref(b->items[idx]);
        if (++idx == BLOCKLEN) {
            b = b->right;
            idx = 0;
        }
    }
    return list;
}

TpyObject *tpy_deque_repr(TpyObject *o)
{
    int g = tpy_repr_enter(o);
    if (g != 0)
        return g > 0 ? tpy_str_from_cstr("[...]") : NULL;
    TpyObject *list = to_list(o), *lr = NULL, *r = NULL;
    if (list != NULL && (lr = tpy_object_repr(list)) != NULL) {
        const char *s = tpy_str_as_utf8(lr, NULL);
        if (s != NULL) {
            size_t n = strlen(s) + 64;
            char *buf = malloc(n);
            if (buf == NULL) {
                tpy_err_nomemory();
            } else {
                if (DEQ(o)->maxlen >= 0)
                    snprintf(buf, n, "deque(%s, maxlen=%lld)", s, (long long)DEQ(o)->maxlen);
                else
                    snprintf(buf, n, "deque(%s)", s);
                r = tpy_str_from_cstr(buf);
                free(buf);
            }
        }
    }
    tpy_xdecref(list);
    tpy_xdecref(lr);
    tpy_repr_leave(o);
    return r;
}

/* ---------------------------------------------------------------- searching */

/* Scan items [start, stop) comparing with `value`.  mode 0: count, 1: find
 * (returns the index or -2 when absent).  RuntimeError when the deque changes
 * during a comparison.  -1 with an exception on error. */
static int64_t scan(TpyDeque *d, TpyObject *value, int64_t start, int64_t stop, bool count,
                    TpyType *mutated_type)
{
    uint64_t state = d->state;
    int64_t found = 0;
    if (start >= stop)
        return count ? 0 : -2;
    int64_t pos = d->leftindex + start;
    DequeBlock *b = d->leftblock;
    for (int64_t n = pos / BLOCKLEN; n > 0; n--)
        b = b->right;
    int64_t idx = pos % BLOCKLEN;
    for (int64_t i = start; i < stop; i++) {
        TpyObject *item = tpy_newref(b->items[idx]);
        int cmp = tpy_object_equal(item, value);
        tpy_decref(item);
        if (cmp < 0)
            return -1;
        if (state != d->state) {
            tpy_err_format(mutated_type, "deque mutated during iteration");
            return -1;
        }
        if (cmp > 0) {
            if (!count)
                return i;
            found++;
        }
        if (++idx == BLOCKLEN) {
            b = b->right;
            idx = 0;
        }
    }
    return count ? found : -2;
}

static TpyObject *not_in_deque(TpyObject *value)
{
    TpyObject *r = tpy_object_repr(value);
    if (r == NULL)
        return NULL;
    tpy_err_format(&tpy_ValueError_type, "%s is not in deque", tpy_str_as_utf8(r, NULL));
    tpy_decref(r);
    return NULL;
}

/* ---------------------------------------------------------------- methods */

#define SELF(args) DEQ((args)[0])

static TpyObject *none_or_null(int status)
{
    return status < 0 ? NULL : tpy_none_new_ref();
}

static TpyObject *m_append(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("deque.append", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_deque_append(args[0], args[1]));
}

static TpyObject *m_appendleft(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("deque.appendleft", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_deque_appendleft(args[0], args[1]));
}

static TpyObject *m_pop(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("deque.pop", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_deque_pop(args[0]);
}

static TpyObject *m_popleft(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("deque.popleft", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_deque_popleft(args[0]);
}

static TpyObject *m_extend(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("deque.extend", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_deque_extend(args[0], args[1]));
}

static TpyObject *m_extendleft(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("deque.extendleft", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_deque_extendleft(args[0], args[1]));
}

static TpyObject *m_clear(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("deque.clear", nargs - 1, kwnames) < 0)
        return NULL;
    return none_or_null(tpy_deque_clear(args[0]));
}

static TpyObject *deque_copy(TpyObject *o)
{
    TpyObject *c = tpy_deque_new(DEQ(o)->maxlen);
    if (c != NULL && tpy_deque_extend(c, o) < 0)
        tpy_clear(c);
    return c;
}

static TpyObject *m_copy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("deque.copy", nargs - 1, kwnames) < 0)
        return NULL;
    return deque_copy(args[0]);
}

static TpyObject *m_count(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("deque.count", nargs - 1, kwnames) < 0)
        return NULL;
    int64_t n = scan(SELF(args), args[1], 0, SELF(args)->len, true, &tpy_RuntimeError_type);
    return n < 0 ? NULL : tpy_int_from_i64(n);
}

static TpyObject *m_index(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("index", nargs - 1, kwnames, 1, 3) < 0)
        return NULL;
    TpyDeque *d = SELF(args);
    int64_t start = 0, stop = d->len;
    if ((nargs > 2 && tpy_seq_clamped_index(args[2], &start) < 0) ||
        (nargs > 3 && tpy_seq_clamped_index(args[3], &stop) < 0))
        return NULL;
    tpy_seq_clamp_range(d->len, &start, &stop);
    int64_t i = scan(d, args[1], start, stop, false, &tpy_RuntimeError_type);
    if (i == -1)
        return NULL;
    if (i == -2)
        return not_in_deque(args[1]);
    return tpy_int_from_i64(i);
}

static TpyObject *m_insert(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("insert", nargs - 1, kwnames, 2, 2) < 0)
        return NULL;
    TpyDeque *d = SELF(args);
    int64_t index;
    if (tpy_args_i64(args[1], &index) < 0)
        return NULL;
    TpyObject *value = args[2];
    int64_t n = d->len;
    if (d->maxlen == n)
        return tpy_err_format(&tpy_IndexError_type, "deque already at its maximum size");
    if (index >= n)
        return none_or_null(tpy_deque_append(args[0], value));
    if (index <= -n || index == 0)
        return none_or_null(tpy_deque_appendleft(args[0], value));
    if (rotate_raw(d, -index) < 0)
        return NULL;
    int r = index < 0 ? tpy_deque_append(args[0], value) : tpy_deque_appendleft(args[0], value);
    if (r < 0)
        return NULL;
    return none_or_null(rotate_raw(d, index));
}

static TpyObject *m_remove(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("deque.remove", nargs - 1, kwnames) < 0)
        return NULL;
    TpyDeque *d = SELF(args);
    int64_t i = scan(d, args[1], 0, d->len, false, &tpy_IndexError_type);
    if (i == -1)
        return NULL;
    if (i == -2)
        return not_in_deque(args[1]);
    return none_or_null(del_index(d, i));
}

static TpyObject *m_reverse(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("deque.reverse", nargs - 1, kwnames) < 0)
        return NULL;
    TpyDeque *d = SELF(args);
    DequeBlock *lb = d->leftblock, *rb = d->rightblock;
    int64_t li = d->leftindex, ri = d->rightindex;
    for (int64_t n = d->len / 2; n > 0; n--) {
        TpyObject *t = lb->items[li];
        lb->items[li] = rb->items[ri];
        rb->items[ri] = t;
        if (++li == BLOCKLEN) {
            lb = lb->right;
            li = 0;
        }
        if (--ri < 0) {
            rb = rb->left;
            ri = BLOCKLEN - 1;
        }
    }
    d->state++;
    return tpy_none_new_ref();
}

static TpyObject *m_rotate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_seq_check_args("rotate", nargs - 1, kwnames, 0, 1) < 0)
        return NULL;
    int64_t n = 1;
    if (nargs > 1 && tpy_args_i64(args[1], &n) < 0)
        return NULL;
    return none_or_null(rotate_raw(SELF(args), n));
}

static TpyObject *deque_iter(TpyObject *o);
static TpyObject *deque_reversed(TpyObject *o);

static TpyObject *m_reversed(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("deque.__reversed__", nargs - 1, kwnames) < 0)
        return NULL;
    return deque_reversed(args[0]);
}

static TpyObject *m_copy_dunder(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("deque.__copy__", nargs - 1, kwnames) < 0)
        return NULL;
    return deque_copy(args[0]);
}

static const TpyMethodDef deque_methods[] = {
    {"append", m_append, 0},
    {"appendleft", m_appendleft, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"count", m_count, 0},
    {"extend", m_extend, 0},
    {"extendleft", m_extendleft, 0},
    {"index", m_index, 0},
    {"insert", m_insert, 0},
    {"pop", m_pop, 0},
    {"popleft", m_popleft, 0},
    {"remove", m_remove, 0},
    {"reverse", m_reverse, 0},
    {"rotate", m_rotate, 0},
    {"__reversed__", m_reversed, 0},
    {"__copy__", m_copy_dunder, 0},
    {NULL, NULL, 0},
};

/* ---------------------------------------------------------------- slots */

static void deque_clear_slot(TpyObject *o)
{
    tpy_deque_clear(o);
}

static void deque_dealloc(TpyObject *o)
{
    TpyDeque *d = DEQ(o);
    if (d->leftblock != NULL) {
        tpy_deque_clear(o);
        free(d->leftblock);   // the single remaining block
        d->leftblock = d->rightblock = NULL;
    }
    tpy_object_free(o);
}

static int deque_traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    TpyDeque *d = DEQ(o);
    DequeBlock *b = d->leftblock;
    int64_t idx = d->leftindex;
    for (int64_t i = 0; i < d->len; i++) {
        TpyObject *x = b->items[idx];
        if (!tpy_is_smallint(x)) {
            int r = visit(x, arg);
            if (r != 0)
                return r;
        }
        if (++idx == BLOCKLEN) {
            b = b->right;
            idx = 0;
        }
    }
    return 0;
}

static int64_t deque_length_slot(TpyObject *o) { return DEQ(o)->len; }
static int deque_truth(TpyObject *o) { return DEQ(o)->len != 0; }

static int64_t deque_hash(TpyObject *o)
{
    (void)o;
    tpy_err_format(&tpy_TypeError_type, "unhashable type: 'collections.deque'");
    return -1;
}

// An index argument: an int (bool included); huge values are IndexErrors.
static int index_of(TpyObject *key, int64_t *out)
{
    if (!tpy_int_check(key)) {
        tpy_err_format(&tpy_TypeError_type, "sequence index must be integer, not '%s'",
                       tpy_type_of(key)->name);
        return -1;
    }
    if (!tpy_int_to_i64(key, out)) {
        tpy_err_format(&tpy_IndexError_type, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

static TpyObject *deque_getitem(TpyObject *o, TpyObject *key)
{
    int64_t i;
    if (index_of(key, &i) < 0)
        return NULL;
    return tpy_deque_getitem_index(o, i);
}

static int deque_setitem(TpyObject *o, TpyObject *key, TpyObject *value)
{
    int64_t i;
    if (index_of(key, &i) < 0)
        return -1;
    if (value != NULL)
        return tpy_deque_setitem_index(o, i, value);
    TpyDeque *d = DEQ(o);
    if (check_index(d, &i) < 0)
        return -1;
    return del_index(d, i);
}

static int deque_contains(TpyObject *o, TpyObject *item)
{
    int64_t i = scan(DEQ(o), item, 0, DEQ(o)->len, false, &tpy_RuntimeError_type);
    return i == -1 ? -1 : i >= 0;
}

static TpyObject *deque_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_deque_check(a) || !tpy_deque_check(b))
        return tpy_newref(tpy_NotImplemented);
    int64_t na = DEQ(a)->len, nb = DEQ(b)->len;
    if (op == TPY_CMP_OP_EQ && na != nb)
        return tpy_newref(tpy_False);
    if (op == TPY_CMP_OP_NE && na != nb)
        return tpy_newref(tpy_True);
    TpyObject *ia = deque_iter(a), *ib = ia != NULL ? deque_iter(b) : NULL, *x = NULL, *y = NULL,
              *r = NULL;
    if (ib == NULL)
        goto done;
    for (;;) {
        x = tpy_object_next(ia);
        if (x == NULL)
            break;
        y = tpy_object_next(ib);
        if (y == NULL)
            break;
        int eq = tpy_object_equal(x, y);
        if (eq < 0)
            goto done;
        if (eq == 0) {
            r = tpy_object_richcompare(x, y, op);
            goto done;
        }
        tpy_clear(x);
        tpy_clear(y);
    }
    if (tpy_err_occurred() != NULL)
        goto done;
    bool v;
    switch (op) {
    case TPY_CMP_OP_LT: v = na < nb; break;
    case TPY_CMP_OP_LE: v = na <= nb; break;
    case TPY_CMP_OP_EQ: v = na == nb; break;
    case TPY_CMP_OP_NE: v = na != nb; break;
    case TPY_CMP_OP_GT: v = na > nb; break;
    default: v = na >= nb; break;
    }
    r = tpy_bool_from(v);
done:
    tpy_xdecref(x);
    tpy_xdecref(y);
    tpy_xdecref(ia);
    tpy_xdecref(ib);
    return r;
}

/* d *= n in place (CPython's deque_inplace_repeat, same result). */
static int inplace_repeat(TpyObject *o, int64_t n)
{
    TpyDeque *d = DEQ(o);
    int64_t m = d->len;
    if (n <= 0 || m == 0) {
        if (n <= 0)
            return tpy_deque_clear(o);
        return 0;
    }
    if (n == 1)
        return 0;
    if (m > INT64_MAX / n)
        return (tpy_err_nomemory(), -1);
    int64_t total = m * n, skip = 0;
    if (d->maxlen >= 0 && total > d->maxlen)
        skip = total - d->maxlen;   // the items that would be trimmed anyway
    if (d->maxlen < 0 && (uint64_t)total > TPY_SEQ_MAX_ITEMS)
        return (tpy_err_nomemory(), -1);
    TpyObject *items = to_list(o);
    if (items == NULL)
        return -1;
    int rc = 0;
    if (skip > 0) {
        tpy_deque_clear(o);
        for (int64_t k = skip; k < total && rc == 0; k++)
            rc = tpy_deque_append(o, TPY_LIST_ITEMS(items)[k % m]);
    } else {
        for (int64_t k = m; k < total && rc == 0; k++)
            rc = tpy_deque_append(o, TPY_LIST_ITEMS(items)[k % m]);
    }
    tpy_decref(items);
    return rc;
}

static TpyObject *deque_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_ADD && tpy_deque_check(a)) {
        if (!tpy_deque_check(b))
            return tpy_err_format(&tpy_TypeError_type,
                                  "can only concatenate deque (not \"%s\") to deque",
                                  tpy_type_of(b)->name);
        TpyObject *c = deque_copy(a);
        if (c != NULL && tpy_deque_extend(c, b) < 0)
            tpy_clear(c);
        return c;
    }
    if (op == TPY_BINOP_MUL) {
        TpyObject *seq = tpy_deque_check(a) ? a : b, *count = seq == a ? b : a;
        int64_t n;
        int k = tpy_seq_repeat_count(count, &n);
        if (k <= 0)
            return k < 0 ? NULL : tpy_newref(tpy_NotImplemented);
        TpyObject *c = deque_copy(seq);
        if (c != NULL && inplace_repeat(c, n) < 0)
            tpy_clear(c);
        return c;
    }
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *deque_inplace_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_ADD) {
        if (tpy_deque_extend(a, b) < 0)
            return NULL;
        return tpy_newref(a);
    }
    if (op == TPY_BINOP_MUL) {
        int64_t n;
        int k = tpy_seq_repeat_count(b, &n);
        if (k <= 0)
            return k < 0 ? NULL : tpy_newref(tpy_NotImplemented);
        if (inplace_repeat(a, n) < 0)
            return NULL;
        return tpy_newref(a);
    }
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *deque_getattr(TpyObject *o, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (strcmp(n, "maxlen") == 0)
        return DEQ(o)->maxlen < 0 ? tpy_none_new_ref() : tpy_int_from_i64(DEQ(o)->maxlen);
    TpyObject *m = tpy_method_bind_builtin(o, n);
    if (m != NULL || tpy_err_occurred() != NULL)
        return m;
    return tpy_err_format(&tpy_AttributeError_type, "'collections.deque' object has no attribute '%s'",
                          n);
}

static int deque_setattr(TpyObject *o, TpyObject *name, TpyObject *value)
{
    (void)o;
    (void)value;
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return -1;
    if (strcmp(n, "maxlen") == 0)
        tpy_err_format(&tpy_AttributeError_type,
                       "attribute 'maxlen' of 'collections.deque' objects is not writable");
    else
        tpy_err_format(&tpy_AttributeError_type, "'collections.deque' object has no attribute '%s'", n);
    return -1;
}

/* deque(iterable=(), maxlen=None) */
static TpyObject *deque_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                  TpyObject *kwnames)
{
    (void)type;
    static const char *const params[] = {"iterable", "maxlen", NULL};
    static const TpyArgSpec spec = {"deque", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int64_t maxlen = -1;
    if (a[1] != NULL && a[1] != tpy_None) {
        if (!tpy_int_check(a[1]))
            return tpy_err_format(&tpy_TypeError_type, "an integer is required");
        if (!tpy_int_to_i64(a[1], &maxlen))
            return tpy_err_format(&tpy_OverflowError_type,
                                  "Python int too large to convert to C ssize_t");
        if (maxlen < 0)
            return tpy_err_format(&tpy_ValueError_type, "maxlen must be non-negative");
    }
    TpyObject *d = tpy_deque_new(maxlen);
    if (d != NULL && a[0] != NULL && tpy_deque_extend(d, a[0]) < 0)
        tpy_clear(d);
    return d;
}

static size_t deque_size_of(TpyObject *o)
{
    return sizeof(TpyDeque) + (size_t)tpy_deque_block_count(o) * sizeof(DequeBlock);
}

TpyType tpy_deque_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "deque",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyDeque),
    .flags = TPY_TPFLAG_GC,
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .repr = tpy_deque_repr,
    .hash = deque_hash,
    .richcompare = deque_richcompare,
    .truth = deque_truth,
    .length = deque_length_slot,
    .iter = deque_iter,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .getattr = deque_getattr,
    .setattr = deque_setattr,
    .binop = deque_binop,
    .inplace_binop = deque_inplace_binop,
    .construct = deque_construct,
    .size_of = deque_size_of,
    .methods = deque_methods,
};

/* ---------------------------------------------------------------- iterators */

typedef struct DequeIter {
    TpyObject ob;
    TpyObject *deque;    /* owned */
    DequeBlock *block;
    int64_t index;
    int64_t counter;     /* items left */
    uint64_t state;
} DequeIter;

static TpyObject *iter_new(TpyObject *o, bool reverse)
{
    DequeIter *it = (DequeIter *)tpy_object_new(reverse ? &tpy_deque_reverse_iterator_type
                                                        : &tpy_deque_iterator_type);
    if (it == NULL)
        return NULL;
    TpyDeque *d = DEQ(o);
    it->deque = tpy_newref(o);
    it->block = reverse ? d->rightblock : d->leftblock;
    it->index = reverse ? d->rightindex : d->leftindex;
    it->counter = d->len;
    it->state = d->state;
    return &it->ob;
}

static TpyObject *deque_iter(TpyObject *o) { return iter_new(o, false); }
static TpyObject *deque_reversed(TpyObject *o) { return iter_new(o, true); }

static TpyObject *iter_next_impl(TpyObject *self, bool reverse)
{
    DequeIter *it = (DequeIter *)self;
    if (it->deque == NULL)
        return NULL;
    if (DEQ(it->deque)->state != it->state) {
        it->counter = 0;
        return tpy_err_format(&tpy_RuntimeError_type, "deque mutated during iteration");
    }
    if (it->counter == 0)
        return NULL;
    TpyObject *item = it->block->items[it->index];
    it->counter--;
    if (!reverse) {
        if (++it->index == BLOCKLEN && it->counter > 0) {
            it->block = it->block->right;
            it->index = 0;
        }
    } else {
        if (--it->index < 0 && it->counter > 0) {
            it->block = it->block->left;
            it->index = BLOCKLEN - 1;
        }
    }
    return tpy_newref(item);
}

static TpyObject *iter_next(TpyObject *self) { return iter_next_impl(self, false); }
static TpyObject *reverse_iter_next(TpyObject *self) { return iter_next_impl(self, true); }

static int iter_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    DequeIter *it = (DequeIter *)self;
    return it->deque != NULL ? visit(it->deque, arg) : 0;
}

static void iter_clear(TpyObject *self)
{
    tpy_clear(((DequeIter *)self)->deque);
}

static void iter_dealloc(TpyObject *self)
{
    iter_clear(self);
    tpy_object_free(self);
}

static TpyObject *iter_length_hint(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("__length_hint__", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(((DequeIter *)args[0])->counter);
}

static const TpyMethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0},
    {NULL, NULL, 0},
};

TpyType tpy_deque_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "_collections._deque_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(DequeIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = tpy_seq_iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

TpyType tpy_deque_reverse_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "_collections._deque_reverse_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(DequeIter),
    .flags = TPY_TPFLAG_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = tpy_seq_iter_self,
    .iternext = reverse_iter_next,
    .methods = iter_methods,
};
