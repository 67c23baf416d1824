/* runtime/bytearray.c: the bytearray type (mutable byte strings).
 *
 * Storage: a malloc'd buffer, NUL after the last byte, grown geometrically
 * (append/extend/+= are amortised O(1) per byte, as list.append).  The
 * sequence slots follow CPython 3.11's Objects/bytearrayobject.c: items are
 * ints 0..255 ("byte must be in range(0, 256)"), slices are new bytearrays,
 * slice assignment takes a bytes-like object or an iterable of ints and may
 * change the length (extended slices may not), `del` takes items and slices.
 * The text-like methods are bytes' (bytes_methods.c works on any bytes-like
 * self and returns bytearrays for a bytearray); tpy_bytearray_ready builds
 * this type's method table from the mutating methods below plus those.
 * Values to store are made into a temporary bytes first (bytes(iterable)'s
 * conversion), so an error leaves the bytearray unchanged, and assigning a
 * bytearray to a slice of itself reads a stable copy.
 */
#include "bytearray.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "builtins.h"
#include "exc.h"
#include "int.h"
#include "none.h"
#include "range.h"
#include "seqcommon.h"
#include "str.h"

#define BA(o) TPY_BYTEARRAY(o)

/* ---------------------------------------------------------------- storage */

/* Set the size to n (contents up to min(old, n) kept; new bytes are not
 * initialised), keeping the trailing NUL.  0 / -1 (MemoryError). */
static int ba_resize(TpyObject *o, int64_t n)
{
    TpyByteArray *a = BA(o);
    if ((uint64_t)n > ((uint64_t)1 << 40))
        return tpy_err_nomemory(), -1;
    if (n + 1 > a->alloc || n + 1 < a->alloc / 4) {
        int64_t want = n + 1 > a->alloc ? n + (n >> 3) + 16 : n + 1;
        char *d = realloc(a->data, (size_t)want);
        if (d == NULL)
            return tpy_err_nomemory(), -1;
        a->data = d;
        a->alloc = want;
    }
    a->size = n;
    a->data[n] = 0;
    return 0;
}

static TpyObject *ba_alloc(TpyType *type, const void *s, int64_t n)
{
    TpyObject *o = tpy_object_new(type);
    if (o == NULL)
        return NULL;
    BA(o)->data = NULL;
    BA(o)->size = BA(o)->alloc = 0;
    if (ba_resize(o, n) < 0) {
        tpy_decref(o);
        return NULL;
    }
    if (n > 0) {
        if (s != NULL)
            memcpy(BA(o)->data, s, (size_t)n);
        else
            memset(BA(o)->data, 0, (size_t)n);
    }
    return o;
}

TpyObject *tpy_bytearray_from(const void *s, int64_t n)
{
    return ba_alloc(&tpy_bytearray_type, s, n);
}

TpyObject *tpy_byteslike_new(TpyObject *like, const void *s, int64_t n)
{
    if (tpy_bytes_check(like))
        return tpy_bytes_from(s, n);
    return tpy_bytearray_from(s, n);
}

TpyObject *tpy_byteslike_same(TpyObject *like)
{
    if (tpy_bytes_check(like))
        return tpy_newref(like);
    return tpy_bytearray_from(BA(like)->data, BA(like)->size);
}

static void ba_dealloc(TpyObject *o)
{
    free(BA(o)->data);
    tpy_object_free(o);
}

/* The bytes a value to store stands for: a bytes-like object (copied) or an
 * iterable of ints (bytes(iterable)).  New bytes reference. */
static TpyObject *as_bytes(TpyObject *v, const char *what)
{
    if (tpy_byteslike_check(v))
        return tpy_bytes_from(tpy_byteslike_data(v), tpy_byteslike_size(v));
    if (tpy_str_check(v) || tpy_int_check(v) || tpy_type_of(v)->iter == NULL)
        return tpy_err_format(&tpy_TypeError_type, what, tpy_type_of(v)->name);
    return tpy_builtins_bytes_construct(&tpy_bytes_type, &v, 1, NULL);
}

/* An int 0..255 to store.  0 / -1. */
static int byte_value(TpyObject *v, unsigned char *out)
{
    int64_t x;
    if (tpy_args_i64(v, &x) < 0) {
        if (tpy_err_matches(&tpy_OverflowError_type)) {
            tpy_err_clear();
            x = -1;
        } else {
            return -1;
        }
    }
    if (x < 0 || x > 255) {
        tpy_err_format(&tpy_ValueError_type, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

/* Replace a[lo:hi] by n bytes from s (s may point into a copy only). */
static int replace_range(TpyObject *o, int64_t lo, int64_t hi, const char *s, int64_t n)
{
    int64_t size = BA(o)->size, tail = size - hi, newsize = size - (hi - lo) + n;
    if (n > hi - lo && ba_resize(o, newsize) < 0)
        return -1;
    char *d = BA(o)->data;
    memmove(d + lo + n, d + hi, (size_t)tail);
    if (n > 0)
        memcpy(d + lo, s, (size_t)n);
    if (n < hi - lo)
        return ba_resize(o, newsize);
    return 0;
}

/* ---------------------------------------------------------------- slots */

static TpyObject *ba_repr(TpyObject *o)
{
    TpyObject *b = tpy_bytes_from(BA(o)->data, BA(o)->size);
    TpyObject *r = b != NULL ? tpy_bytes_repr(b) : NULL;
    tpy_xdecref(b);
    if (r == NULL)
        return NULL;
    // CPython's quirk: in b"..." a bytearray still escapes the single quote.
    const char *text = tpy_str_as_utf8(r, NULL);
    bool dq = text != NULL && text[1] == '"';
    TpyStrBuilder sb;
    tpy_strbuilder_init(&sb);
    int ok = text != NULL && tpy_strbuilder_append_cstr(&sb, tpy_type_of(o)->name) == 0 &&
             tpy_strbuilder_append_char(&sb, '(') == 0;
    for (const char *p = text; ok && *p != 0; p++)
        ok = (dq && *p == '\'' ? tpy_strbuilder_append_cstr(&sb, "\\'")
                               : tpy_strbuilder_append_char(&sb, (uint32_t)(unsigned char)*p)) == 0;
    tpy_decref(r);
    if (!ok || tpy_strbuilder_append_char(&sb, ')') < 0) {
        tpy_strbuilder_discard(&sb);
        return NULL;
    }
    return tpy_strbuilder_finish(&sb);
}

static int64_t ba_length(TpyObject *o) { return BA(o)->size; }
static int ba_truth(TpyObject *o) { return BA(o)->size != 0; }
static size_t ba_size_of(TpyObject *o) { return sizeof(TpyByteArray) + (size_t)BA(o)->alloc; }

static TpyObject *ba_getitem(TpyObject *o, TpyObject *key)
{
    if (tpy_slice_check(key)) {
        int64_t start, stop, step;
        int64_t n = tpy_slice_get_indices(key, BA(o)->size, &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (step == 1)
            return tpy_bytearray_from(BA(o)->data + start, n);
        TpyObject *r = tpy_bytearray_from(NULL, n);
        if (r == NULL)
            return NULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            BA(r)->data[i] = BA(o)->data[j];
        return r;
    }
    int64_t i;
    if (tpy_index_from_object(key, "bytearray", &i) < 0)
        return NULL;
    if (i < 0)
        i += BA(o)->size;
    if (i < 0 || i >= BA(o)->size)
        return tpy_err_format(&tpy_IndexError_type, "bytearray index out of range");
    return tpy_smallint((uint8_t)BA(o)->data[i]);
}

static int set_slice(TpyObject *o, TpyObject *key, TpyObject *value)
{
    int64_t start, stop, step;
    int64_t n = tpy_slice_get_indices(key, BA(o)->size, &start, &stop, &step);
    if (n < 0)
        return -1;
    TpyObject *src = NULL;
    if (value != NULL) {
        src = as_bytes(value, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (src == NULL)
            return -1;
    }
    int r = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        r = src != NULL ? replace_range(o, start, stop, TPY_BYTES_DATA(src), TPY_BYTES_SIZE(src))
                        : replace_range(o, start, stop, NULL, 0);
    } else if (src != NULL) {
        if (TPY_BYTES_SIZE(src) != n) {
            tpy_err_format(&tpy_ValueError_type,
                           "attempt to assign bytes of size %lld to extended slice of size %lld",
                           (long long)TPY_BYTES_SIZE(src), (long long)n);
            r = -1;
        } else {
            for (int64_t i = 0, j = start; i < n; i++, j += step)
                BA(o)->data[j] = TPY_BYTES_DATA(src)[i];
        }
    } else if (n > 0) {
        // Delete every step-th byte: compact the survivors in one pass.
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        char *d = BA(o)->data;
        int64_t w = start, size = BA(o)->size, last = start + step * (n - 1);
        for (int64_t rd = start; rd < size; rd++)
            if (rd > last || (rd - start) % step != 0)
                d[w++] = d[rd];
        r = ba_resize(o, w);
    }
    tpy_xdecref(src);
    return r;
}

static int ba_setitem(TpyObject *o, TpyObject *key, TpyObject *value)
{
    if (tpy_slice_check(key))
        return set_slice(o, key, value);
    int64_t i;
    if (tpy_index_from_object(key, "bytearray", &i) < 0)
        return -1;
    unsigned char c = 0;
    if (value != NULL && byte_value(value, &c) < 0)
        return -1;
    if (i < 0)
        i += BA(o)->size;
    if (i < 0 || i >= BA(o)->size) {
        tpy_err_format(&tpy_IndexError_type, "bytearray index out of range");
        return -1;
    }
    if (value == NULL)
        return replace_range(o, i, i + 1, NULL, 0);
    BA(o)->data[i] = (char)c;
    return 0;
}

static int ba_contains(TpyObject *o, TpyObject *x)
{
    if (tpy_int_check(x)) {
        unsigned char c;
        if (byte_value(x, &c) < 0)
            return -1;
        return memchr(BA(o)->data, c, (size_t)BA(o)->size) != NULL;
    }
    if (!tpy_byteslike_check(x)) {
        tpy_err_format(&tpy_TypeError_type, "a bytes-like object is required, not '%s'",
                       tpy_type_of(x)->name);
        return -1;
    }
    int64_t r = tpy_bytes_find_in(o, x, TPY_STR_NOARG, TPY_STR_NOARG, false);
    return r == -2 ? -1 : r >= 0;
}

static TpyObject *ba_iter_next(TpyObject *o)
{
    TpySeqIter *it = (TpySeqIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < BA(it->seq)->size)
        return tpy_smallint((uint8_t)BA(it->seq)->data[it->index++]);
    tpy_clear(it->seq);
    return NULL;
}

static TpyObject *ba_iter(TpyObject *o)
{
    return tpy_seq_iter_new(&tpy_bytearray_iterator_type, o, 0);
}

/* a + b, a * n (new bytearrays) and their in-place forms (a changes). */
static TpyObject *concat_or_repeat(TpyObject *a, TpyObject *b, TpyBinaryOp op, bool inplace)
{
    if (op == TPY_BINOP_ADD && tpy_bytearray_check(a)) {
        if (!tpy_byteslike_check(b)) {
            if (!tpy_seq_is_builtin_value(b))
                return tpy_newref(tpy_NotImplemented);
            return tpy_err_format(&tpy_TypeError_type, "can't concat %s to %s",
                                  tpy_type_of(b)->name, tpy_type_of(a)->name);
        }
        int64_t na = BA(a)->size, nb = tpy_byteslike_size(b);
        TpyObject *r = inplace ? tpy_newref(a) : tpy_bytearray_from(BA(a)->data, na);
        if (r == NULL || ba_resize(r, na + nb) < 0) {
            tpy_xdecref(r);
            return NULL;
        }
        memcpy(BA(r)->data + na, tpy_byteslike_data(b), (size_t)nb);   // b may be a (a += a)
        return r;
    }
    if (op == TPY_BINOP_MUL) {
        TpyObject *seq = tpy_bytearray_check(a) ? a : b;
        if (!tpy_bytearray_check(seq) || (inplace && seq != a))
            return tpy_newref(tpy_NotImplemented);
        int64_t n;
        int c = tpy_seq_repeat_count(seq == a ? b : a, &n);
        if (c <= 0)
            return c == 0 ? tpy_newref(tpy_NotImplemented) : NULL;
        int64_t size = BA(seq)->size;
        if (n < 0)
            n = 0;
        if (size > 0 && n > (((int64_t)1 << 40) / size))
            return tpy_err_nomemory();
        TpyObject *r = inplace ? tpy_newref(seq) : tpy_bytearray_from(BA(seq)->data, size);
        if (r == NULL || ba_resize(r, size * n) < 0) {
            tpy_xdecref(r);
            return NULL;
        }
        for (int64_t k = 1; k < n; k++)
            memcpy(BA(r)->data + k * size, BA(r)->data, (size_t)size);
        return r;
    }
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *ba_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    return concat_or_repeat(a, b, op, false);
}

static TpyObject *ba_inplace_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    return concat_or_repeat(a, b, op, true);
}

/* ---------------------------------------------------------------- methods */

static TpyObject *m_append(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    unsigned char c;
    if (tpy_args_one("bytearray.append", nargs - 1, kwnames) < 0 || byte_value(args[1], &c) < 0)
        return NULL;
    TpyObject *o = args[0];
    int64_t n = BA(o)->size;
    if (ba_resize(o, n + 1) < 0)
        return NULL;
    BA(o)->data[n] = (char)c;
    return tpy_none_new_ref();
}

static TpyObject *m_extend(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("bytearray.extend", nargs - 1, kwnames) < 0)
        return NULL;
    TpyObject *o = args[0];
    TpyObject *src = tpy_int_check(args[1])
                         ? tpy_err_format(&tpy_TypeError_type, "can't extend bytearray with %s",
                                          tpy_type_of(args[1])->name)
                         : as_bytes(args[1], "can't extend bytearray with %s");
    if (src == NULL)
        return NULL;
    int r = replace_range(o, BA(o)->size, BA(o)->size, TPY_BYTES_DATA(src), TPY_BYTES_SIZE(src));
    tpy_decref(src);
    return r < 0 ? NULL : tpy_none_new_ref();
}

static TpyObject *m_insert(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t i;
    unsigned char c;
    if (tpy_args_positional("insert", nargs - 1, kwnames, 2, 2) < 0 ||
        tpy_args_i64(args[1], &i) < 0 || byte_value(args[2], &c) < 0)
        return NULL;
    TpyObject *o = args[0];
    int64_t n = BA(o)->size;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    char s = (char)c;
    return replace_range(o, i, i, &s, 1) < 0 ? NULL : tpy_none_new_ref();
}

static TpyObject *m_pop(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t i = -1;
    if (tpy_args_positional("pop", nargs - 1, kwnames, 0, 1) < 0 ||
        (nargs > 1 && tpy_args_i64(args[1], &i) < 0))
        return NULL;
    TpyObject *o = args[0];
    int64_t n = BA(o)->size;
    if (n == 0)
        return tpy_err_format(&tpy_IndexError_type, "pop from empty bytearray");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return tpy_err_format(&tpy_IndexError_type, "pop index out of range");
    unsigned char c = (unsigned char)BA(o)->data[i];
    if (replace_range(o, i, i + 1, NULL, 0) < 0)
        return NULL;
    return tpy_smallint(c);
}

static TpyObject *m_remove(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    unsigned char c;
    if (tpy_args_one("bytearray.remove", nargs - 1, kwnames) < 0 || byte_value(args[1], &c) < 0)
        return NULL;
    TpyObject *o = args[0];
    const char *d = BA(o)->data, *p = memchr(d, c, (size_t)BA(o)->size);
    if (p == NULL)
        return tpy_err_format(&tpy_ValueError_type, "value not found in bytearray");
    return replace_range(o, p - d, p - d + 1, NULL, 0) < 0 ? NULL : tpy_none_new_ref();
}

static TpyObject *m_reverse(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("bytearray.reverse", nargs - 1, kwnames) < 0)
        return NULL;
    char *d = BA(args[0])->data;
    for (int64_t i = 0, j = BA(args[0])->size - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return tpy_none_new_ref();
}

static TpyObject *m_clear(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("bytearray.clear", nargs - 1, kwnames) < 0 || ba_resize(args[0], 0) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *m_copy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("bytearray.copy", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_bytearray_from(BA(args[0])->data, BA(args[0])->size);
}

/* The mutating methods, then (tpy_bytearray_ready) bytes' shared ones. */
static const TpyMethodDef own_methods[] = {
    {"append", m_append, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"extend", m_extend, 0},
    {"insert", m_insert, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"reverse", m_reverse, 0},
    {NULL, NULL, 0},
};
#define NOWN ((int)(sizeof own_methods / sizeof own_methods[0]) - 1)

extern const TpyMethodDef tpy_bytes_methods[];   /* bytes_methods.c */

void tpy_bytearray_ready(void)
{
    static TpyMethodDef table[128];
    if (tpy_bytearray_type.methods == table)
        return;
    int n = 0;
    for (int i = 0; i < NOWN; i++)
        table[n++] = own_methods[i];
    for (const TpyMethodDef *m = tpy_bytes_methods; m->name != NULL && n < 127; m++)
        table[n++] = *m;
    table[n] = (TpyMethodDef){NULL, NULL, 0};
    tpy_bytearray_type.methods = table;
}

TpyObject *tpy_bytearray_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                   TpyObject *kwnames)
{
    TpyObject *b;
    if (nargs == 1 && kwnames == NULL && tpy_bytearray_check(args[0]))
        b = tpy_bytes_from(BA(args[0])->data, BA(args[0])->size);
    else
        b = tpy_builtins_bytes_construct(&tpy_bytes_type, args, nargs, kwnames);
    if (b == NULL)
        return NULL;
    TpyObject *r = ba_alloc(type, TPY_BYTES_DATA(b), TPY_BYTES_SIZE(b));
    tpy_decref(b);
    return r;
}

TpyType tpy_bytearray_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "bytearray_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpySeqIter),
    .dealloc = tpy_seq_iter_dealloc,
    .iter = tpy_seq_iter_self,
    .iternext = ba_iter_next,
};

TpyType tpy_bytearray_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "bytearray",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyByteArray),
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .richcompare = tpy_bytes_richcompare,
    .truth = ba_truth,
    .length = ba_length,
    .iter = ba_iter,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .binop = ba_binop,
    .inplace_binop = ba_inplace_binop,
    .construct = tpy_bytearray_construct,
    .size_of = ba_size_of,
    .methods = own_methods,
};
