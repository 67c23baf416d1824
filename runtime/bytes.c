/* runtime/bytes.c: the bytes type.
 *
 * Immutable byte strings stored inline (variable-size object, itemsize 1,
 * size + 1 bytes with a trailing NUL).  repr follows CPython's bytes_repr:
 * single quotes unless the data holds ' and no ", escapes \t \n \r \\ and
 * \xNN for bytes outside 0x20..0x7e.  decode is UTF-8 (str.c's decoder, with
 * the strict/replace/ignore handlers), ASCII or Latin-1.
 * The text-like methods (split, join, find, replace, ...) and the method
 * table live in bytes_methods.c.
 */
#define _GNU_SOURCE   /* memmem */
#include "bytes.h"
#include "bytearray.h"

#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "none.h"
#include "range.h"
#include "seqcommon.h"
#include "str.h"
#include "tuple.h"

TpyObject *tpy_bytes_from(const void *s, int64_t n)
{
    if (n < 0 || n > ((int64_t)1 << 40))
        return tpy_err_nomemory();
    TpyObject *o = tpy_object_new_var(&tpy_bytes_type, (size_t)n + 1);
    if (o == NULL)
        return NULL;
    TPY_BYTES(o)->size = n;
    TPY_BYTES(o)->hash = -1;
    if (s != NULL && n > 0)
        memcpy(TPY_BYTES_DATA(o), s, (size_t)n);
    return o;
}

TpyObject *tpy_bytes_from_cstr(const char *s)
{
    return tpy_bytes_from(s, (int64_t)strlen(s));
}

static void bytes_dealloc(TpyObject *o)
{
    tpy_object_free_var(o, (size_t)TPY_BYTES_SIZE(o) + 1);
}

int64_t tpy_bytes_length(TpyObject *b)
{
    return TPY_BYTES_SIZE(b);
}

int64_t tpy_bytes_hash(TpyObject *o)
{
    TpyBytes *b = TPY_BYTES(o);
    if (b->hash != -1)
        return b->hash;
    uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)b->size;
    for (int64_t i = 0; i < b->size; i++) {
        h ^= (uint8_t)b->data[i];
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    b->hash = (int64_t)h == -1 ? -2 : (int64_t)h;
    return b->hash;
}

TpyObject *tpy_bytes_getitem_index(TpyObject *b, int64_t i)
{
    if (i < 0)
        i += TPY_BYTES_SIZE(b);
    if (i < 0 || i >= TPY_BYTES_SIZE(b))
        return tpy_err_format(&tpy_IndexError_type, "index out of range");
    return tpy_smallint((uint8_t)TPY_BYTES_DATA(b)[i]);
}

TpyObject *tpy_bytes_getitem(TpyObject *b, TpyObject *key)
{
    if (tpy_slice_check(key)) {
        int64_t start, stop, step;
        int64_t n = tpy_slice_get_indices(key, TPY_BYTES_SIZE(b), &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (step == 1)
            return n == TPY_BYTES_SIZE(b) ? tpy_newref(b) : tpy_bytes_from(TPY_BYTES_DATA(b) + start, n);
        TpyObject *r = tpy_bytes_from(NULL, n);
        if (r == NULL)
            return NULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            TPY_BYTES_DATA(r)[i] = TPY_BYTES_DATA(b)[j];
        return r;
    }
    int64_t i;
    if (tpy_index_from_object(key, "byte", &i) < 0)
        return NULL;
    return tpy_bytes_getitem_index(b, i);
}

TpyObject *tpy_bytes_concat(TpyObject *a, TpyObject *b)
{
    int64_t na = TPY_BYTES_SIZE(a), nb = tpy_byteslike_size(b);   // b: bytes or bytearray
    if (nb == 0)
        return tpy_newref(a);
    if (na == 0 && tpy_bytes_check(b))
        return tpy_newref(b);
    TpyObject *r = tpy_bytes_from(NULL, na + nb);
    if (r == NULL)
        return NULL;
    memcpy(TPY_BYTES_DATA(r), TPY_BYTES_DATA(a), (size_t)na);
    memcpy(TPY_BYTES_DATA(r) + na, tpy_byteslike_data(b), (size_t)nb);
    return r;
}

TpyObject *tpy_bytes_repeat(TpyObject *b, int64_t n)
{
    int64_t size = TPY_BYTES_SIZE(b);
    if (n <= 0 || size == 0)
        return tpy_bytes_from(NULL, 0);
    if (n == 1)
        return tpy_newref(b);
    if (size > (((int64_t)1 << 40) / n))
        return tpy_err_nomemory();
    TpyObject *r = tpy_bytes_from(NULL, size * n);
    if (r == NULL)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        memcpy(TPY_BYTES_DATA(r) + k * size, TPY_BYTES_DATA(b), (size_t)size);
    return r;
}

int64_t tpy_bytes_find(TpyObject *b, TpyObject *sub)
{
    const char *d = TPY_BYTES_DATA(b);
    int64_t n = TPY_BYTES_SIZE(b);
    if (tpy_byteslike_check(sub)) {
        if (tpy_byteslike_size(sub) == 0)
            return 0;
        const char *p = memmem(d, (size_t)n, tpy_byteslike_data(sub), (size_t)tpy_byteslike_size(sub));
        return p == NULL ? -1 : p - d;
    }
    if (tpy_is_smallint(sub)) {
        int64_t v = tpy_smallint_value(sub);
        if (v < 0 || v > 255) {
            tpy_err_format(&tpy_ValueError_type, "byte must be in range(0, 256)");
            return -2;
        }
        const char *p = memchr(d, (int)v, (size_t)n);
        return p == NULL ? -1 : p - d;
    }
    tpy_err_format(&tpy_TypeError_type, "a bytes-like object is required, not '%s'", tpy_type_of(sub)->name);
    return -2;
}

int tpy_bytes_contains(TpyObject *b, TpyObject *x)
{
    int64_t r = tpy_bytes_find(b, x);
    return r == -2 ? -1 : r >= 0;
}

TpyObject *tpy_bytes_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    // Also bytearray's: bytes and bytearray compare by content.
    if (!tpy_byteslike_check(a) || !tpy_byteslike_check(b))
        return tpy_newref(tpy_NotImplemented);
    int64_t na = tpy_byteslike_size(a), nb = tpy_byteslike_size(b);
    const char *da = tpy_byteslike_data(a), *db = tpy_byteslike_data(b);
    if (op == TPY_CMP_OP_EQ || op == TPY_CMP_OP_NE) {
        bool eq = na == nb && memcmp(da, db, (size_t)na) == 0;
        return tpy_bool_from(op == TPY_CMP_OP_EQ ? eq : !eq);
    }
    int c = memcmp(da, db, (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r = op == TPY_CMP_OP_LT ? c < 0 : op == TPY_CMP_OP_LE ? c <= 0 : op == TPY_CMP_OP_GT ? c > 0 : c >= 0;
    return tpy_bool_from(r);
}

TpyObject *tpy_bytes_repr(TpyObject *b)
{
    const unsigned char *d = (const unsigned char *)TPY_BYTES_DATA(b);
    int64_t n = TPY_BYTES_SIZE(b);
    bool sq = memchr(d, '\'', (size_t)n) != NULL, dq = memchr(d, '"', (size_t)n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    TpyStrBuilder sb;
    tpy_strbuilder_init(&sb);
    if (tpy_strbuilder_append_char(&sb, 'b') < 0 || tpy_strbuilder_append_char(&sb, (uint32_t)quote) < 0)
        goto error;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        char esc[8];
        if (c == (unsigned char)quote || c == '\\')
            snprintf(esc, sizeof esc, "\\%c", c);
        else if (c == '\t')
            strcpy(esc, "\\t");
        else if (c == '\n')
            strcpy(esc, "\\n");
        else if (c == '\r')
            strcpy(esc, "\\r");
        else if (c < 0x20 || c >= 0x7f)
            snprintf(esc, sizeof esc, "\\x%02x", c);
        else {
            esc[0] = (char)c;
            esc[1] = 0;
        }
        if (tpy_strbuilder_append_cstr(&sb, esc) < 0)
            goto error;
    }
    if (tpy_strbuilder_append_char(&sb, (uint32_t)quote) < 0)
        goto error;
    return tpy_strbuilder_finish(&sb);
error:
    tpy_strbuilder_discard(&sb);
    return NULL;
}

TpyObject *tpy_bytes_decode(TpyObject *b, const char *encoding, const char *errors)
{
    char norm[32];
    size_t k = 0;
    for (const char *p = encoding ? encoding : "utf-8"; *p && k + 1 < sizeof norm; p++)
        norm[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p == '_' ? '-' : *p);
    norm[k] = 0;
    const unsigned char *d = (const unsigned char *)tpy_byteslike_data(b);   // bytearray too
    int64_t n = tpy_byteslike_size(b);
    if (strcmp(norm, "utf-8") == 0 || strcmp(norm, "utf8") == 0)
        return tpy_str_decode_utf8((const char *)d, (size_t)n, errors);
    if (strcmp(norm, "latin-1") == 0 || strcmp(norm, "latin1") == 0 || strcmp(norm, "iso-8859-1") == 0)
        return tpy_str_from_latin1(d, n);
    if (strcmp(norm, "ascii") == 0) {
        for (int64_t i = 0; i < n; i++)
            if (d[i] >= 0x80)
                return tpy_err_format(&tpy_UnicodeDecodeError_type,
                                      "'ascii' codec can't decode byte 0x%02x in position %lld: ordinal not in range(128)",
                                      d[i], (long long)i);
        return tpy_str_from_latin1(d, n);
    }
    return tpy_err_format(&tpy_LookupError_type, "unknown encoding: %s", encoding);
}

TpyObject *tpy_bytes_hex(TpyObject *b)
{
    static const char digits[] = "0123456789abcdef";
    int64_t n = TPY_BYTES_SIZE(b);
    TpyObject *s = tpy_str_new_raw(2 * n, 1, 0);
    if (s == NULL || n == 0)
        return s == NULL ? NULL : (tpy_decref(s), tpy_str_empty());
    uint8_t *out = TPY_STR_DATA(s);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)TPY_BYTES_DATA(b)[i];
        out[2 * i] = (uint8_t)digits[c >> 4];
        out[2 * i + 1] = (uint8_t)digits[c & 15];
    }
    return s;
}

size_t tpy_bytes_sizeof(TpyObject *b)
{
    return sizeof(TpyBytes) + (size_t)TPY_BYTES_SIZE(b) + 1;
}

typedef struct BytesIter {
    TpyObject ob;
    TpyObject *bytes;
    int64_t index;
} BytesIter;

TpyObject *tpy_bytes_iter(TpyObject *b)
{
    BytesIter *it = (BytesIter *)tpy_object_new(&tpy_bytes_iterator_type);
    if (it == NULL)
        return NULL;
    it->bytes = tpy_newref(b);
    return &it->ob;
}

static TpyObject *bytes_iter_next(TpyObject *o)
{
    BytesIter *it = (BytesIter *)o;
    if (it->bytes == NULL)
        return NULL;
    if (it->index < TPY_BYTES_SIZE(it->bytes))
        return tpy_smallint((uint8_t)TPY_BYTES_DATA(it->bytes)[it->index++]);
    tpy_clear(it->bytes);
    return NULL;
}

static void bytes_iter_dealloc(TpyObject *o)
{
    tpy_clear(((BytesIter *)o)->bytes);
    tpy_object_free(o);
}

TpyType tpy_bytes_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "bytes_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(BytesIter),
    .dealloc = bytes_iter_dealloc,
    .iter = tpy_seq_iter_self,
    .iternext = bytes_iter_next,
};

static int64_t bytes_length_slot(TpyObject *o) { return TPY_BYTES_SIZE(o); }
static int bytes_truth(TpyObject *o) { return TPY_BYTES_SIZE(o) != 0; }
static size_t bytes_size_of(TpyObject *o) { return tpy_bytes_sizeof(o); }

static TpyObject *bytes_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_ADD && tpy_bytes_check(a)) {
        if (tpy_byteslike_check(b))
            return tpy_bytes_concat(a, b);
        if (tpy_seq_is_builtin_value(b))
            return tpy_err_format(&tpy_TypeError_type, "can't concat %s to bytes", tpy_type_of(b)->name);
    }
    if (op == TPY_BINOP_MUL) {
        TpyObject *seq = tpy_bytes_check(a) ? a : b;
        if (!tpy_bytes_check(seq))
            return tpy_newref(tpy_NotImplemented);
        int64_t n;
        int r = tpy_seq_repeat_count(seq == a ? b : a, &n);
        if (r <= 0)
            return r == 0 ? tpy_newref(tpy_NotImplemented) : NULL;
        return tpy_bytes_repeat(seq, n);
    }
    return tpy_newref(tpy_NotImplemented);
}

extern const TpyMethodDef tpy_bytes_methods[];   /* bytes_methods.c */

TpyType tpy_bytes_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "bytes",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyBytes),
    .itemsize = 1,
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = bytes_dealloc,
    .repr = tpy_bytes_repr,
    .hash = tpy_bytes_hash,
    .richcompare = tpy_bytes_richcompare,
    .truth = bytes_truth,
    .length = bytes_length_slot,
    .iter = tpy_bytes_iter,
    .getitem = tpy_bytes_getitem,
    .contains = tpy_bytes_contains,
    .binop = bytes_binop,
    .size_of = bytes_size_of,
    .methods = tpy_bytes_methods,
};
