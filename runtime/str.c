/* runtime/str.c: the str type: storage, UTF-8 in and out, hashing, comparison,
 * indexing and slicing, repr, iteration, interning and the string builder.
 * The text methods (split, strip, find, ...) live in str_methods.c.
 *
 * Storage (PEP 393): code points sit inline after the TpyStr header, 1, 2 or
 * 4 bytes each.  Invariant: `kind` is the narrowest width that holds the
 * widest code point (1: < 0x100, 2: < 0x10000, 4: otherwise), so two equal
 * strings always have the same kind and equality is a length check plus a
 * memcmp.  The data is NUL-terminated (one extra unit).
 *
 * UTF-8: computed on first request and cached.  An ASCII string's data *is*
 * its UTF-8, so the cache points into the object; otherwise it is a malloc'd
 * buffer freed with the string.  Lone surrogates (from '\ud800' literals)
 * cannot be encoded: tpy_str_as_utf8 raises UnicodeEncodeError, as
 * CPython's print does.
 *
 * Singletons: the empty string and the 256 Latin-1 one-character strings are
 * static, immortal objects (no allocation, so they never count as leaks).
 * Interned strings are kept alive by the intern table for the whole run.
 *
 * Hash: FNV-1a over the code points with a final avalanche; never -1.
 * CPython randomises str hashes, so nothing may depend on the values.
 */
#include "str.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "alloc.h"
#include "bool.h"
#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "none.h"
#include "range.h"
#include "tuple.h"
#include "unicode_db.h"

/* Keep out-of-line buffers within what malloc (and ASan) accept. */
#define STR_MAX_BYTES ((int64_t)1 << 40)

/* ---------------------------------------------------------------- static singletons */

/* Bytes after the header: the data, and the UTF-8 trailer of a non-ASCII
 * string (see str.h). */
static size_t str_nitems(int64_t length, int kind, bool ascii)
{
    size_t data = (size_t)(length + 1) * (size_t)kind;
    return ascii ? data : ((data + 7) & ~(size_t)7) + sizeof(TpyStrUtf8);
}

static TpyStrUtf8 *str_utf8_trailer(TpyObject *o)
{
    size_t data = (size_t)(TPY_STR(o)->length + 1) * (size_t)TPY_STR(o)->kind;
    return (TpyStrUtf8 *)((char *)TPY_STR_DATA(o) + ((data + 7) & ~(size_t)7));
}

typedef struct StaticChar {
    TpyStr s;
    uint8_t data[8];       /* 2 used; the trailer is 8-aligned */
    TpyStrUtf8 trailer;    /* only for U+0080..U+00FF */
    char utf8[3];
} StaticChar;

static StaticChar latin1_chars[256];
static StaticChar empty_str;
static bool singletons_ready;

#define IMMORTAL_REFCOUNT ((intptr_t)1 << 40)

static void init_static_char(StaticChar *c, uint32_t cp, int64_t length)
{
    c->s.ob.refcount = IMMORTAL_REFCOUNT;
    c->s.ob.type = &tpy_str_type;
    c->s.length = length;
    c->s.hash = -1;
    c->s.kind = 1;
    c->s.ascii = cp < 128;
    c->s.interned = 0;
    c->data[0] = (uint8_t)cp;
    c->data[1] = 0;
    if (cp >= 128) {
        c->utf8[0] = (char)(0xC0 | (cp >> 6));
        c->utf8[1] = (char)(0x80 | (cp & 0x3F));
        c->utf8[2] = 0;
        c->trailer.utf8 = c->utf8;
        c->trailer.utf8_len = 2;
    }
}

static void init_singletons(void)
{
    if (singletons_ready)
        return;
    for (uint32_t i = 0; i < 256; i++)
        init_static_char(&latin1_chars[i], i, 1);
    init_static_char(&empty_str, 0, 0);
    singletons_ready = true;
}

TpyObject *tpy_str_empty(void)
{
    init_singletons();
    return tpy_newref(&empty_str.s.ob);
}

/* ---------------------------------------------------------------- allocation */

static int kind_for(uint32_t maxchar)
{
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

static TpyObject *str_alloc(int64_t length, int kind, uint32_t maxchar, bool zero)
{
    if (length < 0 || length >= STR_MAX_BYTES / kind)
        return tpy_err_nomemory();
    bool ascii = maxchar < 128;
    size_t nitems = str_nitems(length, kind, ascii);
    TpyObject *o = zero ? tpy_object_new_var(&tpy_str_type, nitems)
                        : tpy_object_new_var_uninit(&tpy_str_type, nitems);
    if (o == NULL)
        return NULL;
    TpyStr *s = TPY_STR(o);
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    if (!ascii)
        *str_utf8_trailer(o) = (TpyStrUtf8){ NULL, 0 };
    if (!zero)
        memset((char *)TPY_STR_DATA(o) + (size_t)length * (size_t)kind, 0, (size_t)kind);
    return o;
}

TpyObject *tpy_str_new_raw(int64_t length, int kind, uint32_t maxchar)
{
    return str_alloc(length, kind, maxchar, true);
}

/* Like tpy_str_new_raw, but only the terminating NUL is written: for callers
 * that fill every code unit themselves (concat, repeat, slices). */
static TpyObject *str_new_uninit(int64_t length, int kind, uint32_t maxchar)
{
    return str_alloc(length, kind, maxchar, false);
}

static void str_dealloc(TpyObject *o)
{
    TpyStr *s = TPY_STR(o);
    if (!s->ascii)
        free(str_utf8_trailer(o)->utf8);
    tpy_object_free_var(o, str_nitems(s->length, s->kind, s->ascii));
}

size_t tpy_str_sizeof(TpyObject *o)
{
    TpyStr *s = TPY_STR(o);
    size_t n = sizeof(TpyStr) + str_nitems(s->length, s->kind, s->ascii);
    if (!s->ascii && str_utf8_trailer(o)->utf8 != NULL)
        n += (size_t)str_utf8_trailer(o)->utf8_len + 1;
    return n;
}

static void write_cp(void *data, int kind, int64_t i, uint32_t cp)
{
    switch (kind) {
    case 1: ((uint8_t *)data)[i] = (uint8_t)cp; break;
    case 2: ((uint16_t *)data)[i] = (uint16_t)cp; break;
    default: ((uint32_t *)data)[i] = cp; break;
    }
}

static uint32_t read_cp(const void *data, int kind, int64_t i)
{
    switch (kind) {
    case 1: return ((const uint8_t *)data)[i];
    case 2: return ((const uint16_t *)data)[i];
    default: return ((const uint32_t *)data)[i];
    }
}

TpyObject *tpy_str_ord(TpyObject *s)
{
    if (TPY_STR_LEN(s) == 1)
        return tpy_smallint(tpy_str_read(s, 0));
    return tpy_err_format(&tpy_TypeError_type,
                          "ord() expected a character, but string of length %lld found",
                          (long long)TPY_STR_LEN(s));
}

TpyObject *tpy_str_chr(TpyObject *i)
{
    int64_t v;
    if (!tpy_int_to_i64(i, &v) || v > INT32_MAX || v < INT32_MIN)
        return tpy_err_format(&tpy_OverflowError_type, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10FFFF)
        return tpy_err_format(&tpy_ValueError_type, "chr() arg not in range(0x110000)");
    return tpy_str_from_char((uint32_t)v);
}

TpyObject *tpy_str_char_at(TpyObject *s, int64_t i)
{
    uint32_t cp = tpy_str_read(s, i);
    if (cp < 256 && singletons_ready)
        return tpy_newref(&latin1_chars[cp].s.ob);
    return tpy_str_from_char(cp);
}

TpyObject *tpy_str_from_char(uint32_t cp)
{
    if (cp > 0x10FFFF)
        return tpy_err_format(&tpy_ValueError_type, "chr() arg not in range(0x110000)");
    if (cp < 256) {
        init_singletons();
        return tpy_newref(&latin1_chars[cp].s.ob);
    }
    TpyObject *s = tpy_str_new_raw(1, kind_for(cp), cp);
    if (s != NULL)
        write_cp(TPY_STR_DATA(s), TPY_STR_KIND(s), 0, cp);
    return s;
}

TpyObject *tpy_str_from_ucs4(const uint32_t *cps, int64_t n)
{
    uint32_t maxchar = 0;
    for (int64_t i = 0; i < n; i++) {
        if (cps[i] > 0x10FFFF)
            return tpy_err_format(&tpy_ValueError_type, "character U+%x is not in range [U+0000; U+10ffff]",
                                  (unsigned)cps[i]);
        if (cps[i] > maxchar)
            maxchar = cps[i];
    }
    if (n == 0)
        return tpy_str_empty();
    if (n == 1)
        return tpy_str_from_char(cps[0]);
    TpyObject *s = tpy_str_new_raw(n, kind_for(maxchar), maxchar);
    if (s == NULL)
        return NULL;
    void *d = TPY_STR_DATA(s);
    int kind = TPY_STR_KIND(s);
    for (int64_t i = 0; i < n; i++)
        write_cp(d, kind, i, cps[i]);
    return s;
}

TpyObject *tpy_str_from_latin1(const uint8_t *p, int64_t n)
{
    if (n == 0)
        return tpy_str_empty();
    if (n == 1)
        return tpy_str_from_char(p[0]);
    uint32_t maxchar = 0;
    for (int64_t i = 0; i < n; i++)
        if (p[i] > maxchar)
            maxchar = p[i];
    TpyObject *s = tpy_str_new_raw(n, 1, maxchar);
    if (s != NULL)
        memcpy(TPY_STR_DATA(s), p, (size_t)n);
    return s;
}

/* A new string from a slice of data of the given kind; narrows the kind if
 * the slice's code points allow (keeps the kind invariant). */
static TpyObject *str_from_kind_data(const void *data, int kind, int64_t n)
{
    if (n == 0)
        return tpy_str_empty();
    uint32_t maxchar = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = read_cp(data, kind, i);
        if (c > maxchar)
            maxchar = c;
    }
    if (n == 1)
        return tpy_str_from_char(maxchar);
    int nk = kind_for(maxchar);
    TpyObject *s = str_new_uninit(n, nk, maxchar);
    if (s == NULL)
        return NULL;
    if (nk == kind) {
        memcpy(TPY_STR_DATA(s), data, (size_t)n * (size_t)kind);
    } else {
        void *d = TPY_STR_DATA(s);
        for (int64_t i = 0; i < n; i++)
            write_cp(d, nk, i, read_cp(data, kind, i));
    }
    return s;
}

/* ---------------------------------------------------------------- UTF-8 decoding */

/* Length of the valid UTF-8 sequence at p[0..avail), or <= 0 on error:
 * 0 = invalid start byte, -k = invalid continuation after k valid bytes,
 * -100 - k = unexpected end of data after k valid bytes. */
static int utf8_sequence(const uint8_t *p, size_t avail, uint32_t *cp)
{
    uint8_t b = p[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    int n;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t c;
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2; c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3; c = b & 0x0F;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;   /* no surrogates */
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4; c = b & 0x07;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    for (int k = 1; k < n; k++) {
        if ((size_t)k >= avail)
            return -100 - k;
        uint8_t x = p[k];
        uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (x < l || x > h)
            return -k;
        c = (c << 6) | (x & 0x3F);
    }
    *cp = c;
    return n;
}

static TpyObject *decode_error(const uint8_t *s, size_t start, size_t end, const char *reason)
{
    if (end - start == 1)
        return tpy_err_format(&tpy_UnicodeDecodeError_type,
                              "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                              s[start], start, reason);
    return tpy_err_format(&tpy_UnicodeDecodeError_type,
                          "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                          start, end - 1, reason);
}

TpyObject *tpy_str_decode_utf8(const char *str, size_t len, const char *errors)
{
    const uint8_t *s = (const uint8_t *)str;
    int mode = 0;   /* 0 strict, 1 replace, 2 ignore */
    if (errors != NULL && strcmp(errors, "strict") != 0) {
        if (strcmp(errors, "replace") == 0)
            mode = 1;
        else if (strcmp(errors, "ignore") == 0)
            mode = 2;
        else
            mode = 3;   /* unknown: only an error if one is needed */
    }
    /* Fast path: ASCII. */
    size_t i = 0;
    while (i < len && s[i] < 0x80)
        i++;
    if (i == len) {
        if (len <= 1)
            return len == 0 ? tpy_str_empty() : tpy_str_from_char(s[0]);
        TpyObject *r = tpy_str_new_raw((int64_t)len, 1, 0);
        if (r != NULL)
            memcpy(TPY_STR_DATA(r), s, len);
        return r;
    }
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    i = 0;
    while (i < len) {
        uint32_t cp;
        int n = utf8_sequence(s + i, len - i, &cp);
        if (n > 0) {
            if (tpy_strbuilder_append_char(&b, cp) < 0)
                goto error;
            i += (size_t)n;
            continue;
        }
        size_t bad = n == 0 ? 1 : n > -100 ? (size_t)(-n) : (size_t)(-n - 100);
        const char *reason = n == 0 ? "invalid start byte"
                           : n > -100 ? "invalid continuation byte" : "unexpected end of data";
        if (mode == 0 || mode == 3) {
            if (mode == 3) {
                tpy_err_format(&tpy_LookupError_type, "unknown error handler name '%s'", errors);
                goto error;
            }
            decode_error(s, i, i + bad, reason);
            goto error;
        }
        if (mode == 1 && tpy_strbuilder_append_char(&b, 0xFFFD) < 0)
            goto error;
        i += bad;
    }
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

TpyObject *tpy_str_from_utf8(const char *s, size_t len)
{
    return tpy_str_decode_utf8(s, len, NULL);
}

TpyObject *tpy_str_from_cstr(const char *s)
{
    return tpy_str_decode_utf8(s, strlen(s), NULL);
}

/* ---------------------------------------------------------------- UTF-8 encoding */

static size_t utf8_put(char *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static TpyObject *surrogate_error(const char *codec, TpyObject *s, int64_t pos)
{
    return tpy_err_format(&tpy_UnicodeEncodeError_type,
                          "'%s' codec can't encode character '\\u%04x' in position %lld: surrogates not allowed",
                          codec, (unsigned)tpy_str_read(s, pos), (long long)pos);
}

/* Encodes into a malloc'd buffer (NUL-terminated).  errors: 0 strict,
 * 1 replace ('?'), 2 ignore, 3 surrogatepass. */
static char *encode_utf8(TpyObject *o, int mode, size_t *outlen)
{
    TpyStr *s = TPY_STR(o);
    int64_t n = s->length;
    if ((uint64_t)n > (uint64_t)(STR_MAX_BYTES / 4)) {
        tpy_err_nomemory();
        return NULL;
    }
    char *buf = malloc((size_t)n * (s->kind == 1 ? 2 : s->kind == 2 ? 3 : 4) + 1);
    if (buf == NULL) {
        tpy_err_nomemory();
        return NULL;
    }
    size_t j = 0;
    const void *d = TPY_STR_DATA(o);
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = read_cp(d, s->kind, i);
        if (c >= 0xD800 && c <= 0xDFFF && mode != 3) {
            if (mode == 0) {
                free(buf);
                surrogate_error("utf-8", o, i);
                return NULL;
            }
            if (mode == 1)
                buf[j++] = '?';
            continue;
        }
        j += utf8_put(buf + j, c);
    }
    buf[j] = 0;
    *outlen = j;
    return buf;
}

const char *tpy_str_as_utf8(TpyObject *o, size_t *len)
{
    TpyStr *s = TPY_STR(o);
    if (s->ascii) {
        if (len != NULL)
            *len = (size_t)s->length;
        return (const char *)TPY_STR_DATA(o);
    }
    TpyStrUtf8 *t = str_utf8_trailer(o);
    if (t->utf8 == NULL) {
        size_t n;
        char *buf = encode_utf8(o, 0, &n);
        if (buf == NULL)
            return NULL;
        t->utf8 = buf;
        t->utf8_len = (int64_t)n;
    }
    if (len != NULL)
        *len = (size_t)t->utf8_len;
    return t->utf8;
}

TpyObject *tpy_str_encode(TpyObject *o, const char *encoding, const char *errors)
{
    int mode = 0;
    if (errors != NULL && strcmp(errors, "strict") != 0) {
        if (strcmp(errors, "replace") == 0) mode = 1;
        else if (strcmp(errors, "ignore") == 0) mode = 2;
        else if (strcmp(errors, "surrogatepass") == 0) mode = 3;
        else mode = 4;
    }
    char norm[32];
    size_t k = 0;
    for (const char *p = encoding ? encoding : "utf-8"; *p && k + 1 < sizeof norm; p++)
        norm[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p == '_' ? '-' : *p);
    norm[k] = 0;
    TpyStr *s = TPY_STR(o);
    if (strcmp(norm, "utf-8") == 0 || strcmp(norm, "utf8") == 0) {
        if (s->ascii || mode == 0) {
            size_t n;
            const char *u = tpy_str_as_utf8(o, &n);
            if (u != NULL)
                return tpy_bytes_from(u, (int64_t)n);
            if (mode == 0)
                return NULL;
            tpy_err_clear();
        }
        if (mode == 4) {
            /* unknown handler: CPython only complains when it is needed */
            for (int64_t i = 0; i < s->length; i++) {
                uint32_t c = tpy_str_read(o, i);
                if (c >= 0xD800 && c <= 0xDFFF)
                    return tpy_err_format(&tpy_LookupError_type, "unknown error handler name '%s'", errors);
            }
            mode = 0;
        }
        size_t n;
        char *buf = encode_utf8(o, mode, &n);
        if (buf == NULL)
            return NULL;
        TpyObject *r = tpy_bytes_from(buf, (int64_t)n);
        free(buf);
        return r;
    }
    uint32_t limit;
    const char *codec;
    if (strcmp(norm, "ascii") == 0 || strcmp(norm, "us-ascii") == 0) {
        limit = 128; codec = "ascii";
    } else if (strcmp(norm, "latin-1") == 0 || strcmp(norm, "latin1") == 0 ||
               strcmp(norm, "iso-8859-1") == 0 || strcmp(norm, "iso8859-1") == 0) {
        limit = 256; codec = "latin-1";
    } else {
        return tpy_err_format(&tpy_LookupError_type, "unknown encoding: %s", encoding);
    }
    TpyObject *r = tpy_bytes_from(NULL, s->length);
    if (r == NULL)
        return NULL;
    int64_t j = 0;
    for (int64_t i = 0; i < s->length; i++) {
        uint32_t c = tpy_str_read(o, i);
        if (c >= limit) {
            if (mode == 1) {
                c = '?';
            } else if (mode == 2) {
                continue;
            } else {
                tpy_decref(r);
                if (mode == 4)
                    return tpy_err_format(&tpy_LookupError_type, "unknown error handler name '%s'", errors);
                int64_t e = i + 1;
                while (e < s->length && tpy_str_read(o, e) >= limit)
                    e++;
                const char *why = limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
                if (e - i == 1) {
                    char esc[16];
                    if (c < 0x100) snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
                    else if (c < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
                    else snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c);
                    return tpy_err_format(&tpy_UnicodeEncodeError_type,
                                          "'%s' codec can't encode character '%s' in position %lld: %s",
                                          codec, esc, (long long)i, why);
                }
                return tpy_err_format(&tpy_UnicodeEncodeError_type,
                                      "'%s' codec can't encode characters in position %lld-%lld: %s",
                                      codec, (long long)i, (long long)(e - 1), why);
            }
        }
        TPY_BYTES_DATA(r)[j++] = (char)c;
    }
    if (j != s->length) {
        TpyObject *t = tpy_bytes_from(TPY_BYTES_DATA(r), j);
        tpy_decref(r);
        return t;
    }
    return r;
}

/* ---------------------------------------------------------------- basics */

int64_t tpy_str_length(TpyObject *s)
{
    return TPY_STR(s)->length;
}

int64_t tpy_str_hash(TpyObject *o)
{
    TpyStr *s = TPY_STR(o);
    if (s->hash != -1)
        return s->hash;
    uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)s->length;
    const void *d = TPY_STR_DATA(o);
    for (int64_t i = 0; i < s->length; i++) {
        h ^= read_cp(d, s->kind, i);
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    if (r == -1)
        r = -2;
    s->hash = r;
    return r;
}

bool tpy_str_equal(TpyObject *a, TpyObject *b)
{
    if (a == b)
        return true;
    TpyStr *x = TPY_STR(a), *y = TPY_STR(b);
    if (x->length != y->length || x->kind != y->kind)
        return false;
    if (x->length == 1 && x->kind == 1)   // ch == "x": no memcmp call
        return *(const uint8_t *)TPY_STR_DATA(a) == *(const uint8_t *)TPY_STR_DATA(b);
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(TPY_STR_DATA(a), TPY_STR_DATA(b), (size_t)x->length * x->kind) == 0;
}

bool tpy_str_equal_cstr(TpyObject *a, const char *s)
{
    size_t n;
    const char *u = tpy_str_as_utf8(a, &n);
    if (u == NULL) {
        tpy_err_clear();
        return false;
    }
    return strlen(s) == n && memcmp(u, s, n) == 0;
}

int tpy_str_compare(TpyObject *a, TpyObject *b)
{
    TpyStr *x = TPY_STR(a), *y = TPY_STR(b);
    int64_t n = x->length < y->length ? x->length : y->length;
    if (x->kind == 1 && y->kind == 1 && n == 1) {   // "a" <= ch: no memcmp call
        uint8_t ca = *(const uint8_t *)TPY_STR_DATA(a), cb = *(const uint8_t *)TPY_STR_DATA(b);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    } else if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(TPY_STR_DATA(a), TPY_STR_DATA(b), (size_t)n);
        if (c != 0)
            return c < 0 ? -1 : 1;
    } else {
        const void *da = TPY_STR_DATA(a), *db = TPY_STR_DATA(b);
        for (int64_t i = 0; i < n; i++) {
            uint32_t ca = read_cp(da, x->kind, i), cb = read_cp(db, y->kind, i);
            if (ca != cb)
                return ca < cb ? -1 : 1;
        }
    }
    return x->length < y->length ? -1 : x->length > y->length ? 1 : 0;
}

static TpyObject *str_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (!tpy_str_check(b) || !tpy_str_check(a))
        return tpy_newref(tpy_NotImplemented);
    bool r;
    if (op == TPY_CMP_OP_EQ || op == TPY_CMP_OP_NE) {
        r = tpy_str_equal(a, b) == (op == TPY_CMP_OP_EQ);
    } else {
        int c = tpy_str_compare(a, b);
        switch (op) {
        case TPY_CMP_OP_LT: r = c < 0; break;
        case TPY_CMP_OP_LE: r = c <= 0; break;
        case TPY_CMP_OP_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return tpy_bool_from(r);
}

/* ---------------------------------------------------------------- concat, repeat */

TpyObject *tpy_str_concat(TpyObject *a, TpyObject *b)
{
    TpyStr *x = TPY_STR(a), *y = TPY_STR(b);
    if (y->length == 0)
        return tpy_newref(a);
    if (x->length == 0)
        return tpy_newref(b);
    if (x->length > STR_MAX_BYTES - y->length)
        return tpy_err_nomemory();
    int kind = x->kind > y->kind ? x->kind : y->kind;
    uint32_t maxchar = (x->ascii && y->ascii) ? 0 : 0xFF;
    TpyObject *r = str_new_uninit(x->length + y->length, kind, maxchar);
    if (r == NULL)
        return NULL;
    void *d = TPY_STR_DATA(r);
    if (x->kind == kind) {
        memcpy(d, TPY_STR_DATA(a), (size_t)x->length * kind);
    } else {
        for (int64_t i = 0; i < x->length; i++)
            write_cp(d, kind, i, tpy_str_read(a, i));
    }
    if (y->kind == kind) {
        memcpy((char *)d + (size_t)x->length * kind, TPY_STR_DATA(b), (size_t)y->length * kind);
    } else {
        for (int64_t i = 0; i < y->length; i++)
            write_cp(d, kind, x->length + i, tpy_str_read(b, i));
    }
    return r;
}

TpyObject *tpy_str_repeat(TpyObject *o, int64_t n)
{
    TpyStr *s = TPY_STR(o);
    if (n <= 0 || s->length == 0)
        return tpy_str_empty();
    if (n == 1)
        return tpy_newref(o);
    if (s->length > (STR_MAX_BYTES / s->kind) / n)
        return tpy_err_nomemory();
    int64_t total = s->length * n;
    TpyObject *r = str_new_uninit(total, s->kind, s->ascii ? 0 : 0xFF);
    if (r == NULL)
        return NULL;
    size_t unit = (size_t)s->length * s->kind;
    char *d = TPY_STR_DATA(r);
    if (unit == 1) {
        memset(d, *(const char *)TPY_STR_DATA(o), (size_t)n);
    } else {
        /* doubling copies: log2(n) memcpy calls */
        memcpy(d, TPY_STR_DATA(o), unit);
        size_t done = unit, want = unit * (size_t)n;
        while (done < want) {
            size_t c = done < want - done ? done : want - done;
            memcpy(d + done, d, c);
            done += c;
        }
    }
    return r;
}

/* ---------------------------------------------------------------- indexing, slicing */

TpyObject *tpy_str_getitem_index(TpyObject *o, int64_t i)
{
    TpyStr *s = TPY_STR(o);
    if (i < 0)
        i += s->length;
    if (i < 0 || i >= s->length)
        return tpy_err_format(&tpy_IndexError_type, "string index out of range");
    return tpy_str_from_char(tpy_str_read(o, i));
}

TpyObject *tpy_str_substring(TpyObject *o, int64_t start, int64_t stop)
{
    TpyStr *s = TPY_STR(o);
    if (start <= 0 && stop >= s->length)
        return tpy_newref(o);
    if (stop <= start)
        return tpy_str_empty();
    return str_from_kind_data((const char *)TPY_STR_DATA(o) + (size_t)start * s->kind, s->kind,
                              stop - start);
}

TpyObject *tpy_str_substring_step(TpyObject *o, int64_t start, int64_t step, int64_t slicelength)
{
    if (step == 1)
        return tpy_str_substring(o, start, start + slicelength);
    if (slicelength <= 0)
        return tpy_str_empty();
    TpyStr *s = TPY_STR(o);
    uint32_t maxchar = 0;
    for (int64_t i = 0, j = start; i < slicelength; i++, j += step) {
        uint32_t c = tpy_str_read(o, j);
        if (c > maxchar)
            maxchar = c;
    }
    if (slicelength == 1)
        return tpy_str_from_char(maxchar);
    int kind = kind_for(maxchar);
    TpyObject *r = tpy_str_new_raw(slicelength, kind, maxchar);
    if (r == NULL)
        return NULL;
    void *d = TPY_STR_DATA(r);
    const void *src = TPY_STR_DATA(o);
    for (int64_t i = 0, j = start; i < slicelength; i++, j += step)
        write_cp(d, kind, i, read_cp(src, s->kind, j));
    return r;
}

TpyObject *tpy_str_getitem(TpyObject *o, TpyObject *key)
{
    if (tpy_slice_check(key)) {
        int64_t start, stop, step;
        int64_t n = tpy_slice_get_indices(key, TPY_STR(o)->length, &start, &stop, &step);
        if (n < 0)
            return NULL;
        return tpy_str_substring_step(o, start, step, n);
    }
    int64_t i;
    if (tpy_index_from_object(key, "string", &i) < 0)
        return NULL;
    return tpy_str_getitem_index(o, i);
}

/* ---------------------------------------------------------------- repr */

/* Appends repr(c) escapes for one code point inside quotes `quote`. */
static int repr_char(TpyStrBuilder *b, uint32_t c, uint32_t quote)
{
    char esc[12];
    if (c == quote || c == '\\') {
        esc[0] = '\\';
        esc[1] = (char)c;
        esc[2] = 0;
    } else if (c == '\t') {
        strcpy(esc, "\\t");
    } else if (c == '\n') {
        strcpy(esc, "\\n");
    } else if (c == '\r') {
        strcpy(esc, "\\r");
    } else if (c < 0x20 || c == 0x7F) {
        snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
    } else if (c < 0x7F || tpy_unicode_isprintable(c)) {
        return tpy_strbuilder_append_char(b, c);
    } else if (c < 0x100) {
        snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
    } else if (c < 0x10000) {
        snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
    } else {
        snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c);
    }
    return tpy_strbuilder_append_cstr(b, esc);
}

TpyObject *tpy_str_repr(TpyObject *o)
{
    TpyStr *s = TPY_STR(o);
    bool has_single = false, has_double = false;
    for (int64_t i = 0; i < s->length; i++) {
        uint32_t c = tpy_str_read(o, i);
        if (c == '\'')
            has_single = true;
        else if (c == '"')
            has_double = true;
    }
    uint32_t quote = (has_single && !has_double) ? '"' : '\'';
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_char(&b, quote) < 0)
        goto error;
    for (int64_t i = 0; i < s->length; i++)
        if (repr_char(&b, tpy_str_read(o, i), quote) < 0)
            goto error;
    if (tpy_strbuilder_append_char(&b, quote) < 0)
        goto error;
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

static TpyObject *str_str(TpyObject *o)
{
    return tpy_newref(o);
}

/* ---------------------------------------------------------------- Unicode classes */

bool tpy_unicode_isspace(uint32_t cp)
{
    if (cp < 128)
        return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return tpy_unicode_db_is(TPY_UC_SPACE, cp);
}

bool tpy_unicode_isprintable(uint32_t cp)
{
    if (cp < 128)
        return cp >= 0x20 && cp < 0x7F;
    return tpy_unicode_db_is(TPY_UC_PRINTABLE, cp);
}

bool tpy_unicode_isdecimal(uint32_t cp)
{
    if (cp < 128)
        return cp >= '0' && cp <= '9';
    return tpy_unicode_db_is(TPY_UC_DECIMAL, cp);
}

bool tpy_unicode_isalpha(uint32_t cp)
{
    if (cp < 128)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return tpy_unicode_db_is(TPY_UC_ALPHA, cp);
}

uint32_t tpy_unicode_upper(uint32_t cp)
{
    uint32_t out[3];
    int n = tpy_unicode_db_map(TPY_CASE_UPPER, cp, out);
    return n == 1 ? out[0] : cp;
}

uint32_t tpy_unicode_lower(uint32_t cp)
{
    uint32_t out[3];
    int n = tpy_unicode_db_map(TPY_CASE_LOWER, cp, out);
    return n == 1 ? out[0] : cp;
}

/* ---------------------------------------------------------------- builder */

void tpy_strbuilder_init(TpyStrBuilder *b)
{
    b->data = NULL;
    b->length = 0;
    b->capacity = 0;
    b->kind = 1;
    b->maxchar = 0;
}

/* Makes room for `extra` more code points of width >= `kind`. */
static int builder_reserve(TpyStrBuilder *b, int64_t extra, int kind)
{
    if (extra < 0 || b->length > STR_MAX_BYTES / 4 - extra) {
        tpy_err_nomemory();
        return -1;
    }
    int64_t need = b->length + extra;
    if (kind > b->kind) {
        int64_t cap = need > b->capacity ? need + need / 2 + 8 : b->capacity;
        void *nd = malloc((size_t)cap * kind);
        if (nd == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        for (int64_t i = 0; i < b->length; i++)
            write_cp(nd, kind, i, read_cp(b->data, b->kind, i));
        free(b->data);
        b->data = nd;
        b->capacity = cap;
        b->kind = kind;
        return 0;
    }
    if (need <= b->capacity)
        return 0;
    int64_t cap = need + need / 2 + 16;
    void *nd = realloc(b->data, (size_t)cap * b->kind);
    if (nd == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    b->data = nd;
    b->capacity = cap;
    return 0;
}

int tpy_strbuilder_append_char(TpyStrBuilder *b, uint32_t cp)
{
    if (b->length >= b->capacity || kind_for(cp) > b->kind) {
        if (builder_reserve(b, 1, kind_for(cp)) < 0)
            return -1;
    }
    write_cp(b->data, b->kind, b->length++, cp);
    if (cp > b->maxchar)
        b->maxchar = cp;
    return 0;
}

int tpy_strbuilder_append_fill(TpyStrBuilder *b, uint32_t cp, int64_t n)
{
    if (n <= 0)
        return 0;
    if (builder_reserve(b, n, kind_for(cp)) < 0)
        return -1;
    for (int64_t i = 0; i < n; i++)
        write_cp(b->data, b->kind, b->length++, cp);
    if (cp > b->maxchar)
        b->maxchar = cp;
    return 0;
}

int tpy_strbuilder_append_str(TpyStrBuilder *b, TpyObject *s)
{
    return tpy_strbuilder_append_substring(b, s, 0, TPY_STR(s)->length);
}

int tpy_strbuilder_append_substring(TpyStrBuilder *b, TpyObject *s, int64_t start, int64_t stop)
{
    TpyStr *x = TPY_STR(s);
    int64_t n = stop - start;
    if (n <= 0)
        return 0;
    uint32_t maxchar = x->ascii ? 0x7F : x->kind == 1 ? 0xFF : x->kind == 2 ? 0xFFFF : 0x10FFFF;
    if (builder_reserve(b, n, x->kind) < 0)
        return -1;
    const char *d = (const char *)TPY_STR_DATA(s) + (size_t)start * x->kind;
    if (x->kind == b->kind) {
        memcpy((char *)b->data + (size_t)b->length * b->kind, d, (size_t)n * x->kind);
    } else {
        for (int64_t i = 0; i < n; i++)
            write_cp(b->data, b->kind, b->length + i, read_cp(d, x->kind, i));
    }
    b->length += n;
    if (maxchar > b->maxchar)
        b->maxchar = maxchar;
    return 0;
}

int tpy_strbuilder_append_utf8(TpyStrBuilder *b, const char *s, size_t len)
{
    TpyObject *tmp = tpy_str_from_utf8(s, len);
    if (tmp == NULL)
        return -1;
    int r = tpy_strbuilder_append_str(b, tmp);
    tpy_decref(tmp);
    return r;
}

int tpy_strbuilder_append_cstr(TpyStrBuilder *b, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return tpy_strbuilder_append_utf8(b, s, n);
    if (builder_reserve(b, (int64_t)n, 1) < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        write_cp(b->data, b->kind, b->length++, (unsigned char)s[i]);
    if (n > 0 && b->maxchar < 0x7F)
        b->maxchar = b->maxchar > 0 ? b->maxchar : 1;
    return 0;
}

TpyObject *tpy_strbuilder_finish(TpyStrBuilder *b)
{
    TpyObject *r = str_from_kind_data(b->data, b->kind, b->length);
    tpy_strbuilder_discard(b);
    return r;
}

void tpy_strbuilder_discard(TpyStrBuilder *b)
{
    free(b->data);
    tpy_strbuilder_init(b);
}

/* ---------------------------------------------------------------- interning */

/* Open-addressing set of interned strs (power-of-two capacity, linear probing).
 * The table owns one reference to each entry for the whole run. */
static TpyObject **intern_table;
static size_t intern_cap, intern_used;

static int intern_grow(void)
{
    size_t ncap = intern_cap ? intern_cap * 2 : 256;
    TpyObject **nt = calloc(ncap, sizeof *nt);
    if (nt == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    for (size_t i = 0; i < intern_cap; i++) {
        TpyObject *s = intern_table[i];
        if (s == NULL)
            continue;
        size_t j = (size_t)tpy_str_hash(s) & (ncap - 1);
        while (nt[j] != NULL)
            j = (j + 1) & (ncap - 1);
        nt[j] = s;
    }
    free(intern_table);
    intern_table = nt;
    intern_cap = ncap;
    return 0;
}

void tpy_str_intern(TpyObject **ps)
{
    TpyObject *s = *ps;
    if (TPY_STR(s)->interned)
        return;
    if ((intern_used + 1) * 2 > intern_cap && intern_grow() < 0) {
        tpy_err_clear();   /* not interned: still a correct string */
        return;
    }
    size_t j = (size_t)tpy_str_hash(s) & (intern_cap - 1);
    while (intern_table[j] != NULL) {
        if (tpy_str_equal(intern_table[j], s)) {
            TpyObject *t = tpy_newref(intern_table[j]);
            tpy_decref(s);
            *ps = t;
            return;
        }
        j = (j + 1) & (intern_cap - 1);
    }
    intern_table[j] = tpy_newref(s);
    TPY_STR(s)->interned = 1;
    intern_used++;
}

TpyObject *tpy_str_intern_cstr(const char *cs)
{
    TpyObject *s = tpy_str_from_cstr(cs);
    if (s != NULL)
        tpy_str_intern(&s);
    return s;
}

int64_t tpy_str_intern_count(void)
{
    return (int64_t)intern_used;
}

/* ---------------------------------------------------------------- iterator */

typedef struct StrIter {
    TpyObject ob;
    TpyObject *str;   /* NULL once exhausted */
    int64_t index;
} StrIter;

static TpyObject *str_iter(TpyObject *o)
{
    init_singletons();   // str_iter_next reads latin1_chars directly
    StrIter *it = (StrIter *)tpy_object_new(&tpy_str_iterator_type);
    if (it == NULL)
        return NULL;
    it->str = tpy_newref(o);
    it->index = 0;
    return &it->ob;
}

static TpyObject *str_iter_next(TpyObject *o)
{
    StrIter *it = (StrIter *)o;
    if (it->str == NULL)
        return NULL;
    if (it->index < TPY_STR(it->str)->length) {
        // `for ch in s` over Latin-1 text: hand out the cached one-character
        // strings without a call (str_iter made sure they exist).
        if (TPY_STR_KIND(it->str) == 1)
            return tpy_newref(&latin1_chars[((const uint8_t *)TPY_STR_DATA(it->str))[it->index++]].s.ob);
        return tpy_str_from_char(tpy_str_read(it->str, it->index++));
    }
    tpy_clear(it->str);
    return NULL;
}

static void str_iter_dealloc(TpyObject *o)
{
    StrIter *it = (StrIter *)o;
    tpy_clear(it->str);
    tpy_object_free(o);
}

static TpyObject *iter_self(TpyObject *o)
{
    return tpy_newref(o);
}

TpyType tpy_str_iterator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "str_ascii_iterator",
    .base = &tpy_object_type,
    .basicsize = sizeof(StrIter),
    .dealloc = str_iter_dealloc,
    .iter = iter_self,
    .iternext = str_iter_next,
};

/* ---------------------------------------------------------------- type slots */

static int64_t str_length_slot(TpyObject *o)
{
    return TPY_STR(o)->length;
}

static int str_truth(TpyObject *o)
{
    return TPY_STR(o)->length != 0;
}

static int str_contains_slot(TpyObject *o, TpyObject *item)
{
    return tpy_str_contains(o, item);
}

/* Operands of a user class (a heap type) may still have __radd__/__rmul__, so
 * they get NotImplemented; for builtin operands str raises CPython's own
 * sequence messages (sq_concat/sq_repeat come last in CPython's dispatch). */
static bool is_builtin_value(TpyObject *o)
{
    return !(tpy_type_of(o)->flags & TPY_TPFLAG_HEAPTYPE);
}

static TpyObject *str_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_ADD) {
        if (tpy_str_check(a) && tpy_str_check(b))
            return tpy_str_concat(a, b);
        if (tpy_str_check(a) && is_builtin_value(b))
            return tpy_err_format(&tpy_TypeError_type, "can only concatenate str (not \"%s\") to str",
                                  tpy_type_of(b)->name);
        return tpy_newref(tpy_NotImplemented);
    }
    if (op == TPY_BINOP_MUL) {
        TpyObject *s = tpy_str_check(a) ? a : b, *n = s == a ? b : a;
        if (!tpy_str_check(s))
            return tpy_newref(tpy_NotImplemented);
        if (!tpy_object_is_instance(n, &tpy_int_type)) {
            if (!is_builtin_value(n))
                return tpy_newref(tpy_NotImplemented);
            return tpy_err_format(&tpy_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                                  tpy_type_of(n)->name);
        }
        int64_t count = tpy_number_as_i64(n);
        if (count == -1 && tpy_err_occurred()) {
            if (tpy_err_matches(&tpy_OverflowError_type)) {
                tpy_err_clear();
                return tpy_err_format(&tpy_OverflowError_type,
                                      "cannot fit 'int' into an index-sized integer");
            }
            return NULL;
        }
        return tpy_str_repeat(s, count);
    }
    if (op == TPY_BINOP_MOD && tpy_str_check(a))
        return tpy_str_mod(a, b);
    return tpy_newref(tpy_NotImplemented);
}

static int64_t str_hash_slot(TpyObject *o)
{
    return tpy_str_hash(o);
}

static size_t str_size_of(TpyObject *o)
{
    return tpy_str_sizeof(o);
}

extern const TpyMethodDef tpy_str_methods[];

TpyType tpy_str_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "str",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyStr),
    .itemsize = 1,
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = str_dealloc,
    .repr = tpy_str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .truth = str_truth,
    .length = str_length_slot,
    .iter = str_iter,
    .getitem = tpy_str_getitem,
    .contains = str_contains_slot,
    .binop = str_binop,
    .size_of = str_size_of,
    .methods = tpy_str_methods,
};
