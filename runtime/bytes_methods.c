/* runtime/bytes_methods.c: the methods of bytes and their method table.
 *
 * The byte-string algorithms follow CPython 3.11's Objects/bytes_methods.c and
 * stringlib: the same ADJUST_INDICES rules for start/end, the same results
 * for empty separators and counts, ASCII-only case mapping and character
 * classes (Py_ISSPACE, Py_ISALPHA, ...), splitlines on \n, \r and \r\n
 * only.  Searching is textcore.c's, shared with str.
 * A "bytes-like object" is a bytes or a bytearray (bytearray.h); a method
 * called on a bytearray returns bytearrays (tpy_byteslike_new/_same), so
 * the bytearray type shares this file's method table.
 *
 * Conventions: see bytes.h.  The TpyNativeFn wrappers at the end parse
 * arguments with CPython's messages.
 */
#include "bytes.h"
#include "bytearray.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "methods_internal.h"
#include "none.h"
#include "str.h"
#include "textcore.h"
#include "tuple.h"

#define DATA(b) ((const unsigned char *)tpy_byteslike_data(b))
#define SIZE(b) tpy_byteslike_size(b)
#define WDATA(r) tpy_byteslike_data(r)   /* a result being filled */

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? (unsigned char)(c - 32) : c; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? (unsigned char)(c + 32) : c; }

/* Raises "a bytes-like object is required, not 'str'" unless o is bytes. */
static int require_bytes(TpyObject *o)
{
    if (tpy_byteslike_check(o))
        return 0;
    tpy_err_format(&tpy_TypeError_type, "a bytes-like object is required, not '%s'",
                   tpy_type_of(o)->name);
    return -1;
}

static void adjust_indices(int64_t len, int64_t *start, int64_t *end)
{
    tpy_text_adjust_indices(len, start, end);
}

/* ---------------------------------------------------------------- searching */

/* The needle of find/count/index: a bytes, or an int 0..255 (one byte
 * stored in *byte).  0 / -1. */
static int needle(TpyObject *sub, unsigned char *byte, const unsigned char **data, int64_t *len)
{
    if (tpy_byteslike_check(sub)) {
        *data = DATA(sub);
        *len = SIZE(sub);
        return 0;
    }
    if (!tpy_object_is_instance(sub, &tpy_int_type)) {
        tpy_err_format(&tpy_TypeError_type,
                       "argument should be integer or bytes-like object, not '%s'",
                       tpy_type_of(sub)->name);
        return -1;
    }
    int64_t v;
    if (!tpy_int_to_i64(sub, &v) || v < 0 || v > 255) {
        tpy_err_format(&tpy_ValueError_type, "byte must be in range(0, 256)");
        return -1;
    }
    *byte = (unsigned char)v;
    *data = byte;
    *len = 1;
    return 0;
}

static int64_t scan(const unsigned char *h, int64_t start, int64_t end, const unsigned char *n,
                    int64_t m, bool back)
{
    return tpy_text_find((TpyText){h, end, 1}, (TpyText){n, m, 1}, start, end, back);
}

static int64_t scan_forward(const unsigned char *h, int64_t start, int64_t end,
                            const unsigned char *n, int64_t m)
{
    return scan(h, start, end, n, m, false);
}

static int64_t scan_backward(const unsigned char *h, int64_t start, int64_t end,
                             const unsigned char *n, int64_t m)
{
    return scan(h, start, end, n, m, true);
}

int64_t tpy_bytes_find_in(TpyObject *b, TpyObject *sub, int64_t start, int64_t end, bool back)
{
    unsigned char byte;
    const unsigned char *n;
    int64_t m, len = SIZE(b);
    if (needle(sub, &byte, &n, &m) < 0)
        return -2;
    adjust_indices(len, &start, &end);
    if (start > len)
        return -1;
    return back ? scan_backward(DATA(b), start, end, n, m) : scan_forward(DATA(b), start, end, n, m);
}

int64_t tpy_bytes_count(TpyObject *b, TpyObject *sub, int64_t start, int64_t end)
{
    unsigned char byte;
    const unsigned char *n;
    int64_t m, len = SIZE(b);
    if (needle(sub, &byte, &n, &m) < 0)
        return -1;
    adjust_indices(len, &start, &end);
    if (start > len)
        return 0;
    return tpy_text_count((TpyText){DATA(b), len, 1}, (TpyText){n, m, 1}, start, end);
}

static int tailmatch(TpyObject *b, TpyObject *sub, int64_t start, int64_t end, bool at_end)
{
    adjust_indices(SIZE(b), &start, &end);
    end -= SIZE(sub);
    if (end < start)
        return 0;
    int64_t at = at_end ? end : start;
    return memcmp(DATA(b) + at, DATA(sub), (size_t)SIZE(sub)) == 0;
}

static int starts_ends(TpyObject *b, TpyObject *x, int64_t start, int64_t end, bool at_end)
{
    if (tpy_tuple_check(x)) {
        for (int64_t i = 0; i < TPY_TUPLE_SIZE(x); i++) {
            TpyObject *item = TPY_TUPLE_ITEMS(x)[i];
            if (require_bytes(item) < 0)
                return -1;
            if (tailmatch(b, item, start, end, at_end))
                return 1;
        }
        return 0;
    }
    if (!tpy_byteslike_check(x)) {
        tpy_err_format(&tpy_TypeError_type, "%s first arg must be bytes or a tuple of bytes, not %s",
                       at_end ? "endswith" : "startswith", tpy_type_of(x)->name);
        return -1;
    }
    return tailmatch(b, x, start, end, at_end);
}

int tpy_bytes_startswith(TpyObject *b, TpyObject *prefix, int64_t start, int64_t end)
{
    return starts_ends(b, prefix, start, end, false);
}

int tpy_bytes_endswith(TpyObject *b, TpyObject *suffix, int64_t start, int64_t end)
{
    return starts_ends(b, suffix, start, end, true);
}

/* ---------------------------------------------------------------- split, join */

static int append_slice(TpyObject *list, TpyObject *b, int64_t i, int64_t j)
{
    TpyObject *piece = tpy_byteslike_new(b, DATA(b) + i, j - i);
    return piece == NULL ? -1 : tpy_list_append_steal(list, piece);
}

static TpyObject *split_whitespace(TpyObject *b, int64_t maxsplit, bool right)
{
    TpyObject *list = tpy_list_new(0);
    const unsigned char *d = DATA(b);
    int64_t n = SIZE(b);
    if (list == NULL)
        return NULL;
    if (!right) {
        int64_t i = 0;
        while (maxsplit-- != 0) {
            while (i < n && is_space(d[i]))
                i++;
            if (i == n)
                return list;
            int64_t j = i;
            while (j < n && !is_space(d[j]))
                j++;
            if (append_slice(list, b, i, j) < 0)
                goto error;
            i = j;
        }
        while (i < n && is_space(d[i]))
            i++;
        if (i < n && append_slice(list, b, i, n) < 0)
            goto error;
        return list;
    }
    int64_t j = n;
    while (maxsplit-- != 0) {
        while (j > 0 && is_space(d[j - 1]))
            j--;
        if (j == 0)
            break;
        int64_t i = j;
        while (i > 0 && !is_space(d[i - 1]))
            i--;
        if (append_slice(list, b, i, j) < 0)
            goto error;
        j = i;
    }
    if (maxsplit < -1 || j > 0) {
        while (j > 0 && is_space(d[j - 1]))
            j--;
        if (j > 0 && append_slice(list, b, 0, j) < 0)
            goto error;
    }
    if (tpy_list_reverse(list) < 0)
        goto error;
    return list;
error:
    tpy_decref(list);
    return NULL;
}

static TpyObject *split_common(TpyObject *b, TpyObject *sep, int64_t maxsplit, bool right)
{
    if (maxsplit < 0)
        maxsplit = -1;
    if (sep == NULL || sep == tpy_None)
        return split_whitespace(b, maxsplit, right);
    if (require_bytes(sep) < 0)
        return NULL;
    int64_t m = SIZE(sep), n = SIZE(b);
    if (m == 0)
        return tpy_err_format(&tpy_ValueError_type, "empty separator");
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    if (!right) {
        int64_t i = 0, j;
        while (maxsplit-- != 0 && (j = scan_forward(DATA(b), i, n, DATA(sep), m)) >= 0) {
            if (append_slice(list, b, i, j) < 0)
                goto error;
            i = j + m;
        }
        if (append_slice(list, b, i, n) < 0)
            goto error;
        return list;
    }
    int64_t j = n, i;
    while (maxsplit-- != 0 && (i = scan_backward(DATA(b), 0, j, DATA(sep), m)) >= 0) {
        if (append_slice(list, b, i + m, j) < 0)
            goto error;
        j = i;
    }
    if (append_slice(list, b, 0, j) < 0 || tpy_list_reverse(list) < 0)
        goto error;
    return list;
error:
    tpy_decref(list);
    return NULL;
}

TpyObject *tpy_bytes_split(TpyObject *b, TpyObject *sep, int64_t maxsplit)
{
    return split_common(b, sep, maxsplit, false);
}

TpyObject *tpy_bytes_rsplit(TpyObject *b, TpyObject *sep, int64_t maxsplit)
{
    return split_common(b, sep, maxsplit, true);
}

TpyObject *tpy_bytes_splitlines(TpyObject *b, bool keepends)
{
    TpyObject *list = tpy_list_new(0);
    const unsigned char *d = DATA(b);
    int64_t n = SIZE(b), i = 0;
    if (list == NULL)
        return NULL;
    while (i < n) {
        int64_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            j++;
        int64_t eol = j;
        if (j < n) {
            j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
            if (keepends)
                eol = j;
        }
        if (append_slice(list, b, i, eol) < 0) {
            tpy_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

TpyObject *tpy_bytes_join(TpyObject *sep, TpyObject *iterable)
{
    TpyObject *seq = tpy_list_from_iterable(iterable);
    if (seq == NULL) {
        if (tpy_err_matches(&tpy_TypeError_type) && tpy_type_of(iterable)->iter == NULL) {
            tpy_err_clear();
            tpy_err_format(&tpy_TypeError_type, "can only join an iterable");
        }
        return NULL;
    }
    int64_t n = TPY_LIST_SIZE(seq), total = 0;
    for (int64_t i = 0; i < n; i++) {
        TpyObject *item = TPY_LIST_ITEMS(seq)[i];
        if (!tpy_byteslike_check(item)) {
            tpy_err_format(&tpy_TypeError_type,
                           "sequence item %lld: expected a bytes-like object, %s found",
                           (long long)i, tpy_type_of(item)->name);
            tpy_decref(seq);
            return NULL;
        }
        total += SIZE(item) + (i > 0 ? SIZE(sep) : 0);
    }
    TpyObject *r = tpy_byteslike_new(sep, NULL, total);
    if (r != NULL) {
        char *out = WDATA(r);
        for (int64_t i = 0; i < n; i++) {
            TpyObject *item = TPY_LIST_ITEMS(seq)[i];
            if (i > 0) {
                memcpy(out, DATA(sep), (size_t)SIZE(sep));
                out += SIZE(sep);
            }
            memcpy(out, DATA(item), (size_t)SIZE(item));
            out += SIZE(item);
        }
        *out = 0;
    }
    tpy_decref(seq);
    return r;
}

/* ---------------------------------------------------------------- strip, replace */

TpyObject *tpy_bytes_strip_chars(TpyObject *b, TpyObject *chars, int which)
{
    bool set[256] = {false};
    if (chars == NULL || chars == tpy_None) {
        for (int c = 0; c < 256; c++)
            set[c] = is_space((unsigned char)c);
    } else {
        if (require_bytes(chars) < 0)
            return NULL;
        for (int64_t k = 0; k < SIZE(chars); k++)
            set[DATA(chars)[k]] = true;
    }
    const unsigned char *d = DATA(b);
    int64_t i = 0, j = SIZE(b);
    if (which & 1)
        while (i < j && set[d[i]])
            i++;
    if (which & 2)
        while (j > i && set[d[j - 1]])
            j--;
    if (i == 0 && j == SIZE(b))
        return tpy_byteslike_same(b);
    return tpy_byteslike_new(b, d + i, j - i);
}

TpyObject *tpy_bytes_replace(TpyObject *b, TpyObject *old, TpyObject *new_, int64_t count)
{
    if (require_bytes(old) < 0 || require_bytes(new_) < 0)
        return NULL;
    const unsigned char *d = DATA(b);
    int64_t n = SIZE(b), m = SIZE(old), k = SIZE(new_);
    if (count < 0)
        count = INT64_MAX;
    // Count the replacements first, so the result is allocated once.
    int64_t hits = 0;
    if (m == 0) {
        hits = n + 1 < count ? n + 1 : count;
    } else {
        for (int64_t i = 0; hits < count && (i = scan_forward(d, i, n, DATA(old), m)) >= 0; i += m)
            hits++;
    }
    if (hits == 0)
        return tpy_byteslike_same(b);
    if (k > m && hits > (INT64_MAX - n) / (k - m))
        return tpy_err_format(&tpy_OverflowError_type, "replace bytes is too long");
    TpyObject *r = tpy_byteslike_new(b, NULL, n + hits * (k - m));
    if (r == NULL)
        return NULL;
    unsigned char *out = (unsigned char *)WDATA(r);
    int64_t i = 0;
    for (int64_t h = 0; h < hits; h++) {
        int64_t j = m == 0 ? i : scan_forward(d, i, n, DATA(old), m);
        memcpy(out, d + i, (size_t)(j - i));
        out += j - i;
        memcpy(out, DATA(new_), (size_t)k);
        out += k;
        if (m == 0) {
            if (j < n)
                *out++ = d[j];
            i = j + 1;
        } else {
            i = j + m;
        }
    }
    if (i < n) {
        memcpy(out, d + i, (size_t)(n - i));
        out += n - i;
    }
    *out = 0;
    return r;
}

/* ---------------------------------------------------------------- case, classes */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static TpyObject *convert_case(TpyObject *b, int how)
{
    int64_t n = SIZE(b);
    TpyObject *r = tpy_byteslike_new(b, DATA(b), n);
    if (r == NULL)
        return NULL;
    unsigned char *d = (unsigned char *)WDATA(r);
    bool previous_cased = false;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        switch (how) {
        case CASE_UPPER: d[i] = to_upper(c); break;
        case CASE_LOWER: d[i] = to_lower(c); break;
        case CASE_SWAP: d[i] = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case CASE_TITLE:
            d[i] = previous_cased ? to_lower(c) : to_upper(c);
            previous_cased = is_alpha(c);
            break;
        default: d[i] = i == 0 ? to_upper(c) : to_lower(c); break;
        }
    }
    return r;
}

TpyObject *tpy_bytes_upper(TpyObject *b) { return convert_case(b, CASE_UPPER); }
TpyObject *tpy_bytes_lower(TpyObject *b) { return convert_case(b, CASE_LOWER); }
TpyObject *tpy_bytes_swapcase(TpyObject *b) { return convert_case(b, CASE_SWAP); }
TpyObject *tpy_bytes_title(TpyObject *b) { return convert_case(b, CASE_TITLE); }
TpyObject *tpy_bytes_capitalize(TpyObject *b) { return convert_case(b, CASE_CAPITALIZE); }

static int all_bytes(TpyObject *b, bool (*pred)(unsigned char))
{
    if (SIZE(b) == 0)
        return 0;
    for (int64_t i = 0; i < SIZE(b); i++)
        if (!pred(DATA(b)[i]))
            return 0;
    return 1;
}

static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

int tpy_bytes_isalpha(TpyObject *b) { return all_bytes(b, is_alpha); }
int tpy_bytes_isalnum(TpyObject *b) { return all_bytes(b, is_alnum); }
int tpy_bytes_isdigit(TpyObject *b) { return all_bytes(b, is_digit); }
int tpy_bytes_isspace(TpyObject *b) { return all_bytes(b, is_space); }

int tpy_bytes_isascii(TpyObject *b)
{
    for (int64_t i = 0; i < SIZE(b); i++)
        if (DATA(b)[i] >= 0x80)
            return 0;
    return 1;
}

/* islower: at least one cased byte and no uppercase one (isupper mirrors). */
static int cased_only(TpyObject *b, bool want_lower)
{
    bool cased = false;
    for (int64_t i = 0; i < SIZE(b); i++) {
        unsigned char c = DATA(b)[i];
        if (want_lower ? is_upper(c) : is_lower(c))
            return 0;
        cased |= want_lower ? is_lower(c) : is_upper(c);
    }
    return cased;
}

int tpy_bytes_islower(TpyObject *b) { return cased_only(b, true); }
int tpy_bytes_isupper(TpyObject *b) { return cased_only(b, false); }

int tpy_bytes_istitle(TpyObject *b)
{
    bool cased = false, previous_cased = false;
    for (int64_t i = 0; i < SIZE(b); i++) {
        unsigned char c = DATA(b)[i];
        if (is_upper(c)) {
            if (previous_cased)
                return 0;
            previous_cased = cased = true;
        } else if (is_lower(c)) {
            if (!previous_cased)
                return 0;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return cased;
}

/* ---------------------------------------------------------------- padding, pieces */

static TpyObject *pad(TpyObject *b, int64_t left, int64_t right, unsigned char fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return tpy_byteslike_same(b);
    TpyObject *r = tpy_byteslike_new(b, NULL, left + SIZE(b) + right);
    if (r == NULL)
        return NULL;
    char *d = WDATA(r);
    memset(d, fill, (size_t)left);
    memcpy(d + left, DATA(b), (size_t)SIZE(b));
    memset(d + left + SIZE(b), fill, (size_t)right);
    d[left + SIZE(b) + right] = 0;
    return r;
}

/* which: 0 center, 1 ljust, 2 rjust. */
TpyObject *tpy_bytes_pad(TpyObject *b, int64_t width, unsigned char fill, int which)
{
    int64_t marg = width - SIZE(b);
    if (marg <= 0)
        return tpy_byteslike_same(b);
    if (which == 1)
        return pad(b, 0, marg, fill);
    if (which == 2)
        return pad(b, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(b, left, marg - left, fill);
}

TpyObject *tpy_bytes_zfill(TpyObject *b, int64_t width)
{
    int64_t n = SIZE(b);
    if (width <= n)
        return tpy_byteslike_same(b);
    TpyObject *r = pad(b, width - n, 0, '0');
    if (r == NULL)
        return NULL;
    char *d = WDATA(r);
    if (n > 0 && (d[width - n] == '+' || d[width - n] == '-')) {
        d[0] = d[width - n];
        d[width - n] = '0';
    }
    return r;
}

TpyObject *tpy_bytes_partition(TpyObject *b, TpyObject *sep, bool back)
{
    if (require_bytes(sep) < 0)
        return NULL;
    if (SIZE(sep) == 0)
        return tpy_err_format(&tpy_ValueError_type, "empty separator");
    int64_t n = SIZE(b), m = SIZE(sep);
    int64_t at = back ? scan_backward(DATA(b), 0, n, DATA(sep), m)
                      : scan_forward(DATA(b), 0, n, DATA(sep), m);
    TpyObject *parts[3] = {NULL, NULL, NULL};
    if (at < 0) {
        TpyObject *empty = tpy_byteslike_new(b, NULL, 0);
        if (empty == NULL)
            return NULL;
        parts[back ? 2 : 0] = tpy_byteslike_same(b);
        parts[1] = tpy_newref(empty);
        parts[back ? 0 : 2] = empty;
    } else {
        parts[0] = tpy_byteslike_new(b, DATA(b), at);
        parts[1] = tpy_bytes_check(b) && tpy_bytes_check(sep) ? tpy_newref(sep)
                                                               : tpy_byteslike_new(b, DATA(sep), m);
        parts[2] = tpy_byteslike_new(b, DATA(b) + at + m, n - at - m);
    }
    TpyObject *r = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL)
        r = tpy_tuple_pack(3, parts[0], parts[1], parts[2]);
    for (int i = 0; i < 3; i++)
        tpy_xdecref(parts[i]);
    return r;
}

TpyObject *tpy_bytes_removeaffix(TpyObject *b, TpyObject *affix, bool suffix)
{
    if (require_bytes(affix) < 0)
        return NULL;
    int64_t n = SIZE(b), m = SIZE(affix);
    if (m == 0 || m > n)
        return tpy_byteslike_same(b);
    const unsigned char *at = DATA(b) + (suffix ? n - m : 0);
    if (memcmp(at, DATA(affix), (size_t)m) != 0)
        return tpy_byteslike_same(b);
    return tpy_byteslike_new(b, DATA(b) + (suffix ? 0 : m), n - m);
}

TpyObject *tpy_bytes_expandtabs(TpyObject *b, int64_t tabsize)
{
    const unsigned char *d = DATA(b);
    int64_t n = SIZE(b), size = 0, col = 0;
    for (int pass = 0; pass < 2; pass++) {
        TpyObject *r = NULL;
        unsigned char *out = NULL;
        if (pass == 1) {
            if ((r = tpy_byteslike_new(b, NULL, size)) == NULL)
                return NULL;
            out = (unsigned char *)WDATA(r);
        }
        col = 0;
        for (int64_t i = 0; i < n; i++) {
            unsigned char c = d[i];
            if (c == '\t') {
                if (tabsize > 0) {
                    int64_t add = tabsize - col % tabsize;
                    if (out != NULL)
                        memset(out, ' ', (size_t)add), out += add;
                    else if (size > INT64_MAX - add)
                        return tpy_err_format(&tpy_OverflowError_type, "result too long");
                    col += add;
                    if (pass == 0)
                        size += add;
                }
            } else {
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
                if (out != NULL)
                    *out++ = c;
                else
                    size++;
            }
        }
        if (pass == 1) {
            *out = 0;
            return r;
        }
    }
    return NULL;   // not reached
}

/* ---------------------------------------------------------------- hex */

/* b.hex(sep, bytes_per_sep): sep NULL for none; groups of bytes_per_sep
 * bytes counted from the right (from the left when negative). */
TpyObject *tpy_bytes_hex_sep(TpyObject *b, TpyObject *sep, int64_t bytes_per_sep)
{
    static const char digits[] = "0123456789abcdef";
    int64_t n = SIZE(b);
    char sepc = 0;
    if (sep != NULL) {
        int64_t seplen = tpy_object_length(sep);
        if (seplen < 0)
            return NULL;
        if (!tpy_str_check(sep) && !tpy_bytes_check(sep))
            return tpy_err_format(&tpy_TypeError_type, "sep must be str or bytes.");
        if (seplen != 1)
            return tpy_err_format(&tpy_ValueError_type, "sep must be length 1.");
        uint32_t c = tpy_str_check(sep) ? tpy_str_read(sep, 0) : DATA(sep)[0];
        if (c >= 128)
            return tpy_err_format(&tpy_ValueError_type, "sep must be ASCII.");
        sepc = (char)c;
    }
    int64_t group = bytes_per_sep < 0 ? -bytes_per_sep : bytes_per_sep;
    if (sepc == 0 || group == 0 || n == 0)
        group = 0;
    int64_t nseps = group ? (n - 1) / group : 0;
    char *buf = malloc((size_t)(2 * n + nseps + 1));
    if (buf == NULL)
        return tpy_err_nomemory();
    char *o = buf;
    for (int64_t i = 0; i < n; i++) {
        // Separator before byte i: counted from the end for positive
        // bytes_per_sep, from the start for negative.
        if (group && i > 0 && (bytes_per_sep > 0 ? (n - i) % group == 0 : i % group == 0))
            *o++ = sepc;
        *o++ = digits[DATA(b)[i] >> 4];
        *o++ = digits[DATA(b)[i] & 15];
    }
    TpyObject *r = tpy_str_from_latin1((const uint8_t *)buf, o - buf);
    free(buf);
    return r;
}

static int hex_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

TpyObject *tpy_bytes_fromhex(TpyObject *s)
{
    if (!tpy_str_check(s))
        return tpy_err_format(&tpy_TypeError_type, "fromhex() argument must be str, not %s",
                              tpy_type_of(s)->name);
    int64_t n = TPY_STR_LEN(s), k = 0;
    unsigned char *buf = malloc((size_t)n / 2 + 1);
    if (buf == NULL)
        return tpy_err_nomemory();
    for (int64_t i = 0; i < n;) {
        uint32_t c = tpy_str_read(s, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c') {
            i++;
            continue;
        }
        int hi = hex_value(c);
        int lo = i + 1 < n ? hex_value(tpy_str_read(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            free(buf);
            return tpy_err_format(&tpy_ValueError_type,
                                  "non-hexadecimal number found in fromhex() arg at position %lld",
                                  (long long)(hi < 0 ? i : i + 1));
        }
        buf[k++] = (unsigned char)(hi * 16 + lo);
        i += 2;
    }
    TpyObject *r = tpy_bytes_from(buf, k);
    free(buf);
    return r;
}

/* ---------------------------------------------------------------- method table */

#define NOARGS_METHOD(name, body)                                                         \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                     \
        if (tpy_args_none("bytes." #name, nargs - 1, kwnames) < 0)                       \
            return NULL;                                                                  \
        TpyObject *self = args[0];                                                        \
        body                                                                              \
    }
#define PREDICATE(name) NOARGS_METHOD(name, { return tpy_bool_from(tpy_bytes_##name(self) != 0); })
#define CONVERSION(name) NOARGS_METHOD(name, { return tpy_bytes_##name(self); })

PREDICATE(isalpha)
PREDICATE(isalnum)
PREDICATE(isdigit)
PREDICATE(isspace)
PREDICATE(islower)
PREDICATE(isupper)
PREDICATE(istitle)
PREDICATE(isascii)
CONVERSION(upper)
CONVERSION(lower)
CONVERSION(swapcase)
CONVERSION(title)
CONVERSION(capitalize)

static TpyObject *split_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                               const char *name, bool right)
{
    TpyObject *sep;
    int64_t maxsplit;
    if (tpy_methods_split_args(name, args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    return split_common(args[0], sep, maxsplit, right);
}

static TpyObject *m_split(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return split_method(args, nargs, kwnames, "split", false);
}

static TpyObject *m_rsplit(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return split_method(args, nargs, kwnames, "rsplit", true);
}

static TpyObject *m_splitlines(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    bool keepends;
    if (tpy_methods_splitlines_args(args, nargs, kwnames, &keepends) < 0)
        return NULL;
    return tpy_bytes_splitlines(args[0], keepends);
}

static TpyObject *m_join(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("bytes.join", nargs - 1, kwnames) < 0)
        return NULL;
    return tpy_bytes_join(args[0], args[1]);
}

static TpyObject *strip_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                               const char *name, const char *qualname, int which)
{
    TpyObject *chars;
    if (tpy_methods_strip_args(name, qualname, args, nargs, kwnames, &chars) < 0)
        return NULL;
    return tpy_bytes_strip_chars(args[0], chars, which);
}

static TpyObject *m_strip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return strip_method(args, nargs, kwnames, "strip", "bytes.strip", 3);
}

static TpyObject *m_lstrip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return strip_method(args, nargs, kwnames, "lstrip", "bytes.lstrip", 1);
}

static TpyObject *m_rstrip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return strip_method(args, nargs, kwnames, "rstrip", "bytes.rstrip", 2);
}

enum { FIND, RFIND, INDEX, RINDEX, COUNT, STARTSWITH, ENDSWITH };

static TpyObject *search_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                                const char *name, const char *qualname, int which)
{
    int64_t start, end;
    if (tpy_methods_search_args(name, qualname, args, nargs, kwnames, &start, &end) < 0)
        return NULL;
    TpyObject *b = args[0], *sub = args[1];
    if (which == STARTSWITH || which == ENDSWITH) {
        int r = starts_ends(b, sub, start, end, which == ENDSWITH);
        return r < 0 ? NULL : tpy_bool_from(r != 0);
    }
    if (which == COUNT) {
        int64_t c = tpy_bytes_count(b, sub, start, end);
        return c < 0 ? NULL : tpy_int_from_i64(c);
    }
    int64_t r = tpy_bytes_find_in(b, sub, start, end, which == RFIND || which == RINDEX);
    if (r == -2)
        return NULL;
    if (r == -1 && (which == INDEX || which == RINDEX))
        return tpy_err_format(&tpy_ValueError_type, "subsection not found");
    return tpy_int_from_i64(r);
}

#define SEARCH(name, which)                                                                \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        return search_method(args, nargs, kwnames, #name, "bytes." #name, which);         \
    }
SEARCH(find, FIND)
SEARCH(rfind, RFIND)
SEARCH(index, INDEX)
SEARCH(rindex, RINDEX)
SEARCH(count, COUNT)
SEARCH(startswith, STARTSWITH)
SEARCH(endswith, ENDSWITH)

static TpyObject *m_replace(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t count;
    if (tpy_methods_replace_args("bytes.replace", args, nargs, kwnames, &count) < 0)
        return NULL;
    return tpy_bytes_replace(args[0], args[1], args[2], count);
}

static TpyObject *pad_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                             const char *name, const char *qualname, int which)
{
    int64_t width;
    if (tpy_methods_pad_args(name, qualname, args, nargs, kwnames, &width) < 0)
        return NULL;
    unsigned char fill = ' ';
    if (nargs > 2) {
        TpyObject *f = args[2];
        if (!tpy_byteslike_check(f) || SIZE(f) != 1)
            return tpy_err_format(&tpy_TypeError_type,
                                  "%s() argument 2 must be a byte string of length 1, not %s", name,
                                  tpy_type_of(f)->name);
        fill = DATA(f)[0];
    }
    return tpy_bytes_pad(args[0], width, fill, which);
}

static TpyObject *m_center(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return pad_method(args, nargs, kwnames, "center", "bytes.center", 0);
}

static TpyObject *m_ljust(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return pad_method(args, nargs, kwnames, "ljust", "bytes.ljust", 1);
}

static TpyObject *m_rjust(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return pad_method(args, nargs, kwnames, "rjust", "bytes.rjust", 2);
}

static TpyObject *m_zfill(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t width;
    if (tpy_args_one("bytes.zfill", nargs - 1, kwnames) < 0 || tpy_args_i64(args[1], &width) < 0)
        return NULL;
    return tpy_bytes_zfill(args[0], width);
}

#define ONE_BYTES_ARG(name, call)                                                          \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        if (tpy_args_one("bytes." #name, nargs - 1, kwnames) < 0)                         \
            return NULL;                                                                   \
        return call;                                                                       \
    }
ONE_BYTES_ARG(partition, tpy_bytes_partition(args[0], args[1], false))
ONE_BYTES_ARG(rpartition, tpy_bytes_partition(args[0], args[1], true))
ONE_BYTES_ARG(removeprefix, tpy_bytes_removeaffix(args[0], args[1], false))
ONE_BYTES_ARG(removesuffix, tpy_bytes_removeaffix(args[0], args[1], true))

static TpyObject *m_expandtabs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t tabsize;
    if (tpy_methods_tabsize_args(args, nargs, kwnames, &tabsize) < 0)
        return NULL;
    return tpy_bytes_expandtabs(args[0], tabsize);
}

static TpyObject *m_decode(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    const char *text[2];
    if (tpy_methods_codec_args("decode", args, nargs, kwnames, text) < 0)
        return NULL;
    return tpy_bytes_decode(args[0], text[0], text[1]);
}

static TpyObject *m_hex(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"sep", "bytes_per_sep", NULL};
    TpyArgSpec spec = {"hex", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *v[2];
    int64_t per = 1;
    if (tpy_args_parse(&spec, args + 1, nargs - 1, kwnames, v) < 0 ||
        (v[1] != NULL && tpy_args_i64(v[1], &per) < 0))
        return NULL;
    return tpy_bytes_hex_sep(args[0], v[0], per);
}

/* bytes.fromhex(string, /): a classmethod (args[0] is the class). */
static TpyObject *m_fromhex(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("bytes.fromhex", nargs - 1, kwnames) < 0)
        return NULL;
    TpyObject *r = tpy_bytes_fromhex(args[1]);
    if (r == NULL || args[0] != &tpy_bytearray_type.ob)
        return r;
    TpyObject *ba = tpy_bytearray_from(TPY_BYTES_DATA(r), TPY_BYTES_SIZE(r));
    tpy_decref(r);
    return ba;
}

const TpyMethodDef tpy_bytes_methods[] = {
    {"capitalize", m_capitalize, 0},
    {"center", m_center, 0},
    {"count", m_count, 0},
    {"decode", m_decode, 0},
    {"endswith", m_endswith, 0},
    {"expandtabs", m_expandtabs, 0},
    {"find", m_find, 0},
    {"fromhex", m_fromhex, TPY_METH_CLASS},
    {"hex", m_hex, 0},
    {"index", m_index, 0},
    {"isalnum", m_isalnum, 0},
    {"isalpha", m_isalpha, 0},
    {"isascii", m_isascii, 0},
    {"isdigit", m_isdigit, 0},
    {"islower", m_islower, 0},
    {"isspace", m_isspace, 0},
    {"istitle", m_istitle, 0},
    {"isupper", m_isupper, 0},
    {"join", m_join, 0},
    {"ljust", m_ljust, 0},
    {"lower", m_lower, 0},
    {"lstrip", m_lstrip, 0},
    {"partition", m_partition, 0},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {"replace", m_replace, 0},
    {"rfind", m_rfind, 0},
    {"rindex", m_rindex, 0},
    {"rjust", m_rjust, 0},
    {"rpartition", m_rpartition, 0},
    {"rsplit", m_rsplit, 0},
    {"rstrip", m_rstrip, 0},
    {"split", m_split, 0},
    {"splitlines", m_splitlines, 0},
    {"startswith", m_startswith, 0},
    {"strip", m_strip, 0},
    {"swapcase", m_swapcase, 0},
    {"title", m_title, 0},
    {"upper", m_upper, 0},
    {"zfill", m_zfill, 0},
    {NULL, NULL, 0},
};
