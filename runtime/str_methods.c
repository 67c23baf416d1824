/* runtime/str_methods.c: the methods of str (split, strip, find, replace,
 * case conversion, predicates, padding, ...) and their method table.
 *
 * Every function follows CPython 3.11's unicodeobject.c semantics, including
 * the corner cases of empty separators, start/end arguments past the end
 * (ADJUST_INDICES) and the final-sigma rule of lower().  Case mapping and
 * character classes come from the generated tables (unicode_db.h), so they are
 * exact for all of Unicode 14.0.
 *
 * Searching (find, count, in, split, replace...) is textcore.c's, shared
 * with bytes.
 *
 * Conventions: see str.h.  Wrappers at the end adapt each function to the
 * TpyNativeFn calling convention of the method table.
 */
#include "str.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "dict.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "methods_internal.h"
#include "none.h"
#include "range.h"
#include "textcore.h"
#include "tuple.h"
#include "unicode_db.h"

#define READ(s, i) tpy_str_read((s), (i))
#define LEN(s) TPY_STR_LEN(s)

static bool is_none_or_null(TpyObject *o)
{
    return o == NULL || o == tpy_None;
}

static TpyText text_of(TpyObject *s)
{
    return (TpyText){TPY_STR_DATA(s), LEN(s), TPY_STR_KIND(s)};
}

static void adjust_indices(int64_t len, int64_t *start, int64_t *end)
{
    tpy_text_adjust_indices(len, start, end);
}

static int require_str(TpyObject *o, const char *fmt)
{
    if (tpy_str_check(o))
        return 0;
    tpy_err_format(&tpy_TypeError_type, fmt, tpy_type_of(o)->name);
    return -1;
}

/* Does s[at:at+len(sub)] equal sub?  (The caller checks bounds.) */
static bool match_at(TpyObject *s, int64_t at, TpyObject *sub)
{
    return tpy_text_match_at(text_of(s), at, text_of(sub));
}

/* First index >= start where sub occurs inside [start, end), or -1. */
static int64_t find_forward(TpyObject *s, TpyObject *sub, int64_t start, int64_t end)
{
    return tpy_text_find(text_of(s), text_of(sub), start, end, false);
}

static int64_t find_backward(TpyObject *s, TpyObject *sub, int64_t start, int64_t end)
{
    return tpy_text_find(text_of(s), text_of(sub), start, end, true);
}

/* ---------------------------------------------------------------- find family */

static int64_t find_common(TpyObject *s, TpyObject *sub, int64_t start, int64_t end, bool back,
                           const char *name)
{
    if (!tpy_str_check(sub)) {
        tpy_err_format(&tpy_TypeError_type, "must be str, not %s", tpy_type_of(sub)->name);
        return -2;
    }
    (void)name;
    int64_t len = LEN(s);
    adjust_indices(len, &start, &end);
    if (start > len)
        return -1;
    return back ? find_backward(s, sub, start, end) : find_forward(s, sub, start, end);
}

int64_t tpy_str_find(TpyObject *s, TpyObject *sub, int64_t start, int64_t end)
{
    return find_common(s, sub, start, end, false, "find");
}

int64_t tpy_str_rfind(TpyObject *s, TpyObject *sub, int64_t start, int64_t end)
{
    return find_common(s, sub, start, end, true, "rfind");
}

int64_t tpy_str_index(TpyObject *s, TpyObject *sub, int64_t start, int64_t end)
{
    int64_t r = find_common(s, sub, start, end, false, "index");
    if (r == -1)
        tpy_err_format(&tpy_ValueError_type, "substring not found");
    return r < 0 ? -1 : r;
}

int64_t tpy_str_rindex(TpyObject *s, TpyObject *sub, int64_t start, int64_t end)
{
    int64_t r = find_common(s, sub, start, end, true, "rindex");
    if (r == -1)
        tpy_err_format(&tpy_ValueError_type, "substring not found");
    return r < 0 ? -1 : r;
}

int64_t tpy_str_count(TpyObject *s, TpyObject *sub, int64_t start, int64_t end)
{
    if (!tpy_str_check(sub)) {
        tpy_err_format(&tpy_TypeError_type, "must be str, not %s", tpy_type_of(sub)->name);
        return -1;
    }
    int64_t len = LEN(s);
    adjust_indices(len, &start, &end);
    if (start > len || end < start)
        return 0;
    return tpy_text_count(text_of(s), text_of(sub), start, end);
}

int tpy_str_contains(TpyObject *s, TpyObject *sub)
{
    if (!tpy_str_check(sub)) {
        tpy_err_format(&tpy_TypeError_type, "'in <string>' requires string as left operand, not %s",
                       tpy_type_of(sub)->name);
        return -1;
    }
    if (LEN(sub) == 1 && TPY_STR_KIND(sub) == 1 && TPY_STR_KIND(s) == 1 && LEN(s) <= 16) {
        // `ch in "aeiou"`: a few byte compares, no search set-up.
        uint8_t c = *(const uint8_t *)TPY_STR_DATA(sub);
        const uint8_t *d = TPY_STR_DATA(s);
        for (int64_t i = 0; i < LEN(s); i++)
            if (d[i] == c)
                return 1;
        return 0;
    }
    return find_forward(s, sub, 0, LEN(s)) >= 0;
}

bool tpy_str_contains_str(TpyObject *s, TpyObject *sub)
{
    if (LEN(sub) == 1 && TPY_STR_KIND(s) == 1) {
        uint32_t c = READ(sub, 0);
        return c < 256 && memchr(TPY_STR_DATA(s), (int)c, (size_t)LEN(s)) != NULL;
    }
    return find_forward(s, sub, 0, LEN(s)) >= 0;
}

/* startswith / endswith: prefix is a str or a tuple of str. */
static int tailmatch(TpyObject *s, TpyObject *sub, int64_t start, int64_t end, bool at_end)
{
    adjust_indices(LEN(s), &start, &end);
    end -= LEN(sub);
    if (end < start)
        return 0;
    if (LEN(sub) == 0)
        return 1;
    return match_at(s, at_end ? end : start, sub) ? 1 : 0;
}

static int starts_ends(TpyObject *s, TpyObject *x, int64_t start, int64_t end, bool at_end)
{
    const char *name = at_end ? "endswith" : "startswith";
    if (tpy_tuple_check(x)) {
        for (int64_t i = 0; i < TPY_TUPLE_SIZE(x); i++) {
            TpyObject *item = TPY_TUPLE_ITEMS(x)[i];
            if (!tpy_str_check(item)) {
                tpy_err_format(&tpy_TypeError_type, "tuple for %s must only contain str, not %s", name,
                               tpy_type_of(item)->name);
                return -1;
            }
            if (tailmatch(s, item, start, end, at_end))
                return 1;
        }
        return 0;
    }
    if (!tpy_str_check(x)) {
        tpy_err_format(&tpy_TypeError_type, "%s first arg must be str or a tuple of str, not %s", name,
                       tpy_type_of(x)->name);
        return -1;
    }
    return tailmatch(s, x, start, end, at_end);
}

int tpy_str_startswith(TpyObject *s, TpyObject *prefix, int64_t start, int64_t end)
{
    return starts_ends(s, prefix, start, end, false);
}

int tpy_str_endswith(TpyObject *s, TpyObject *suffix, int64_t start, int64_t end)
{
    return starts_ends(s, suffix, start, end, true);
}

/* ---------------------------------------------------------------- split family */

static int append_sub(TpyObject *list, TpyObject *s, int64_t a, int64_t b)
{
    TpyObject *piece = tpy_str_substring(s, a, b);
    if (piece == NULL)
        return -1;
    return tpy_list_append_steal(list, piece);
}

/* str.isspace of an ASCII code unit, without the call (split() of a long
 * ASCII text tests every character). */
static bool ascii_space(uint8_t c)
{
    return c == ' ' || (uint8_t)(c - 9) <= 4 || (uint8_t)(c - 28) <= 3;
}

static TpyObject *split_whitespace(TpyObject *s, int64_t maxsplit)
{
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    int64_t n = LEN(s), i = 0;
    const uint8_t *ascii = TPY_STR(s)->ascii ? TPY_STR_DATA(s) : NULL;
#define SPACE_AT(k) (ascii != NULL ? ascii_space(ascii[k]) : tpy_unicode_isspace(READ(s, k)))
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    while (maxsplit-- > 0) {
        while (i < n && SPACE_AT(i))
            i++;
        if (i == n)
            break;
        int64_t j = i;
        while (i < n && !SPACE_AT(i))
            i++;
        if (j == 0 && i == n) {   /* whole string, no space: CPython returns s itself */
            if (tpy_list_append(list, s) < 0)
                goto error;
            return list;
        }
        if (append_sub(list, s, j, i) < 0)
            goto error;
    }
    if (i < n) {
        while (i < n && SPACE_AT(i))
            i++;
        if (i != n && append_sub(list, s, i, n) < 0)
            goto error;
    }
#undef SPACE_AT
    return list;
error:
    tpy_decref(list);
    return NULL;
}

static TpyObject *rsplit_whitespace(TpyObject *s, int64_t maxsplit)
{
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    int64_t i = LEN(s) - 1;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    while (maxsplit-- > 0) {
        while (i >= 0 && tpy_unicode_isspace(READ(s, i)))
            i--;
        if (i < 0)
            break;
        int64_t j = i;
        while (i >= 0 && !tpy_unicode_isspace(READ(s, i)))
            i--;
        if (append_sub(list, s, i + 1, j + 1) < 0)
            goto error;
    }
    if (i >= 0) {
        while (i >= 0 && tpy_unicode_isspace(READ(s, i)))
            i--;
        if (i >= 0 && append_sub(list, s, 0, i + 1) < 0)
            goto error;
    }
    if (tpy_list_reverse(list) < 0)
        goto error;
    return list;
error:
    tpy_decref(list);
    return NULL;
}

TpyObject *tpy_str_split(TpyObject *s, TpyObject *sep, int64_t maxsplit)
{
    if (is_none_or_null(sep))
        return split_whitespace(s, maxsplit);
    if (require_str(sep, "must be str or None, not %s") < 0)
        return NULL;
    int64_t m = LEN(sep), n = LEN(s);
    if (m == 0)
        return tpy_err_format(&tpy_ValueError_type, "empty separator");
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    int64_t i = 0;
    while (maxsplit-- > 0) {
        int64_t j = find_forward(s, sep, i, n);
        if (j < 0)
            break;
        if (append_sub(list, s, i, j) < 0)
            goto error;
        i = j + m;
    }
    if (append_sub(list, s, i, n) < 0)
        goto error;
    return list;
error:
    tpy_decref(list);
    return NULL;
}

TpyObject *tpy_str_rsplit(TpyObject *s, TpyObject *sep, int64_t maxsplit)
{
    if (is_none_or_null(sep))
        return rsplit_whitespace(s, maxsplit);
    if (require_str(sep, "must be str or None, not %s") < 0)
        return NULL;
    int64_t m = LEN(sep);
    if (m == 0)
        return tpy_err_format(&tpy_ValueError_type, "empty separator");
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    int64_t end = LEN(s);
    while (maxsplit-- > 0) {
        int64_t j = find_backward(s, sep, 0, end);
        if (j < 0)
            break;
        if (append_sub(list, s, j + m, end) < 0)
            goto error;
        end = j;
    }
    if (append_sub(list, s, 0, end) < 0 || tpy_list_reverse(list) < 0)
        goto error;
    return list;
error:
    tpy_decref(list);
    return NULL;
}

TpyObject *tpy_str_splitlines(TpyObject *s, bool keepends)
{
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    int64_t n = LEN(s), i = 0;
    while (i < n) {
        int64_t j = i;
        while (i < n && !tpy_unicode_db_is(TPY_UC_LINEBREAK, READ(s, i)))
            i++;
        int64_t eol = i;
        if (i < n) {
            if (READ(s, i) == '\r' && i + 1 < n && READ(s, i + 1) == '\n')
                i += 2;
            else
                i++;
            if (keepends)
                eol = i;
        }
        if (append_sub(list, s, j, eol) < 0) {
            tpy_decref(list);
            return NULL;
        }
    }
    return list;
}

TpyObject *tpy_str_join(TpyObject *sep, TpyObject *iterable)
{
    TpyObject *seq = NULL;
    if (tpy_list_check(iterable) || tpy_tuple_check(iterable)) {
        seq = tpy_newref(iterable);
    } else {
        seq = tpy_list_from_iterable(iterable);
        if (seq == NULL)
            return NULL;
    }
    bool is_list = tpy_list_check(seq);
    int64_t n = is_list ? TPY_LIST_SIZE(seq) : TPY_TUPLE_SIZE(seq);
    TpyObject *const *items = is_list ? TPY_LIST_ITEMS(seq) : TPY_TUPLE_ITEMS(seq);
    if (n == 1 && tpy_str_check(items[0])) {
        TpyObject *r = tpy_newref(items[0]);
        tpy_decref(seq);
        return r;
    }
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    for (int64_t i = 0; i < n; i++) {
        /* re-read each time: the list cannot change here (no user code
         * runs), but keep the bounds honest */
        TpyObject *item = (is_list ? TPY_LIST_ITEMS(seq) : TPY_TUPLE_ITEMS(seq))[i];
        if (!tpy_str_check(item)) {
            tpy_err_format(&tpy_TypeError_type, "sequence item %lld: expected str instance, %s found",
                           (long long)i, tpy_type_of(item)->name);
            goto error;
        }
        if (i > 0 && tpy_strbuilder_append_str(&b, sep) < 0)
            goto error;
        if (tpy_strbuilder_append_str(&b, item) < 0)
            goto error;
    }
    tpy_decref(seq);
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    tpy_decref(seq);
    return NULL;
}

/* ---------------------------------------------------------------- strip */

static bool in_chars(TpyObject *chars, uint32_t c)
{
    if (chars == NULL)
        return tpy_unicode_isspace(c);
    for (int64_t k = 0; k < LEN(chars); k++)
        if (READ(chars, k) == c)
            return true;
    return false;
}

TpyObject *tpy_str_strip_chars(TpyObject *s, TpyObject *chars, int which)
{
    const char *name = which == 1 ? "lstrip" : which == 2 ? "rstrip" : "strip";
    if (is_none_or_null(chars)) {
        chars = NULL;
    } else if (!tpy_str_check(chars)) {
        return tpy_err_format(&tpy_TypeError_type, "%s arg must be None or str", name);
    }
    int64_t i = 0, j = LEN(s);
    if (which & 1)
        while (i < j && in_chars(chars, READ(s, i)))
            i++;
    if (which & 2)
        while (j > i && in_chars(chars, READ(s, j - 1)))
            j--;
    return tpy_str_substring(s, i, j);
}

TpyObject *tpy_str_strip(TpyObject *s, TpyObject *chars) { return tpy_str_strip_chars(s, chars, 3); }
TpyObject *tpy_str_lstrip(TpyObject *s, TpyObject *chars) { return tpy_str_strip_chars(s, chars, 1); }
TpyObject *tpy_str_rstrip(TpyObject *s, TpyObject *chars) { return tpy_str_strip_chars(s, chars, 2); }

/* ---------------------------------------------------------------- replace */

TpyObject *tpy_str_replace(TpyObject *s, TpyObject *old, TpyObject *new_, int64_t count)
{
    if (require_str(old, "replace() argument 1 must be str, not %s") < 0 ||
        require_str(new_, "replace() argument 2 must be str, not %s") < 0)
        return NULL;
    if (count < 0)
        count = INT64_MAX;
    int64_t n = LEN(s), m = LEN(old);
    if (count == 0 || (m > 0 && find_forward(s, old, 0, n) < 0) || (m == 0 && LEN(new_) == 0))
        return tpy_newref(s);
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    int64_t i = 0;
    if (m == 0) {
        for (; i <= n; i++) {
            if (count > 0) {
                if (tpy_strbuilder_append_str(&b, new_) < 0)
                    goto error;
                count--;
            }
            if (i < n && tpy_strbuilder_append_char(&b, READ(s, i)) < 0)
                goto error;
        }
        return tpy_strbuilder_finish(&b);
    }
    while (count-- > 0) {
        int64_t j = find_forward(s, old, i, n);
        if (j < 0)
            break;
        if (tpy_strbuilder_append_substring(&b, s, i, j) < 0 || tpy_strbuilder_append_str(&b, new_) < 0)
            goto error;
        i = j + m;
    }
    if (tpy_strbuilder_append_substring(&b, s, i, n) < 0)
        goto error;
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------- case */

static bool is_upper(uint32_t c) { return tpy_unicode_db_is(TPY_UC_UPPER, c); }
static bool is_lower(uint32_t c) { return tpy_unicode_db_is(TPY_UC_LOWER, c); }
static bool is_titlecase(uint32_t c) { return tpy_unicode_db_is(TPY_UC_TITLEONLY, c); }
static bool is_cased(uint32_t c) { return is_upper(c) || is_lower(c) || is_titlecase(c); }
static bool is_case_ignorable(uint32_t c) { return tpy_unicode_db_is(TPY_UC_CASE_IGNORABLE, c); }

/* Unicode's Final_Sigma condition for the capital sigma at index i. */
static bool final_sigma(TpyObject *s, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && is_case_ignorable(READ(s, j)))
        j--;
    if (j < 0 || !is_cased(READ(s, j)))
        return false;
    j = i + 1;
    while (j < LEN(s) && is_case_ignorable(READ(s, j)))
        j++;
    return j == LEN(s) || !is_cased(READ(s, j));
}

/* lower() of s[i] into out, with the final-sigma rule. */
static int lower_at(TpyObject *s, int64_t i, uint32_t out[3])
{
    uint32_t c = READ(s, i);
    if (c == 0x3A3) {
        out[0] = final_sigma(s, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return tpy_unicode_db_map(TPY_CASE_LOWER, c, out);
}

static int append_mapped(TpyStrBuilder *b, const uint32_t *out, int n)
{
    for (int k = 0; k < n; k++)
        if (tpy_strbuilder_append_char(b, out[k]) < 0)
            return -1;
    return 0;
}

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* upper/lower/casefold/swapcase of an ASCII string stay ASCII and map one
 * character to one: a byte loop into a string of the same length. */
static TpyObject *convert_case_ascii(TpyObject *s, int how)
{
    int64_t n = LEN(s);
    TpyObject *r = tpy_str_new_raw(n, 1, 0);
    if (r == NULL)
        return NULL;
    const uint8_t *src = TPY_STR_DATA(s);
    uint8_t *dst = TPY_STR_DATA(r);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if ((how == CASE_UPPER || how == CASE_SWAP) && low)
            c = (uint8_t)(c - 32);
        else if ((how == CASE_LOWER || how == CASE_FOLD || how == CASE_SWAP) && up)
            c = (uint8_t)(c + 32);
        dst[i] = c;
    }
    return r;
}

static TpyObject *convert_case(TpyObject *s, int how)
{
    if (TPY_STR(s)->ascii && LEN(s) > 0 && how != CASE_TITLE && how != CASE_CAPITALIZE)
        return convert_case_ascii(s, how);
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    bool previous_is_cased = false;
    for (int64_t i = 0; i < LEN(s); i++) {
        uint32_t c = READ(s, i), out[3];
        int n;
        switch (how) {
        case CASE_UPPER: n = tpy_unicode_db_map(TPY_CASE_UPPER, c, out); break;
        case CASE_LOWER: n = lower_at(s, i, out); break;
        case CASE_FOLD: n = tpy_unicode_db_map(TPY_CASE_FOLD, c, out); break;
        case CASE_SWAP:
            if (is_upper(c))
                n = lower_at(s, i, out);
            else if (is_lower(c))
                n = tpy_unicode_db_map(TPY_CASE_UPPER, c, out);
            else {
                out[0] = c;
                n = 1;
            }
            break;
        case CASE_TITLE:
            n = previous_is_cased ? lower_at(s, i, out) : tpy_unicode_db_map(TPY_CASE_TITLE, c, out);
            previous_is_cased = is_cased(c);
            break;
        default:   /* capitalize */
            n = i == 0 ? tpy_unicode_db_map(TPY_CASE_TITLE, c, out) : lower_at(s, i, out);
            break;
        }
        if (append_mapped(&b, out, n) < 0) {
            tpy_strbuilder_discard(&b);
            return NULL;
        }
    }
    return tpy_strbuilder_finish(&b);
}

TpyObject *tpy_str_upper(TpyObject *s) { return convert_case(s, CASE_UPPER); }
TpyObject *tpy_str_lower(TpyObject *s) { return convert_case(s, CASE_LOWER); }
TpyObject *tpy_str_casefold(TpyObject *s) { return convert_case(s, CASE_FOLD); }
TpyObject *tpy_str_swapcase(TpyObject *s) { return convert_case(s, CASE_SWAP); }
TpyObject *tpy_str_title(TpyObject *s) { return convert_case(s, CASE_TITLE); }
TpyObject *tpy_str_capitalize(TpyObject *s) { return convert_case(s, CASE_CAPITALIZE); }

/* ---------------------------------------------------------------- predicates */

static int all_chars(TpyObject *s, TpyUnicodeClass cls)
{
    if (LEN(s) == 0)
        return 0;
    for (int64_t i = 0; i < LEN(s); i++)
        if (!tpy_unicode_db_is(cls, READ(s, i)))
            return 0;
    return 1;
}

int tpy_str_isdigit(TpyObject *s) { return all_chars(s, TPY_UC_DIGIT); }
int tpy_str_isdecimal(TpyObject *s) { return all_chars(s, TPY_UC_DECIMAL); }
int tpy_str_isnumeric(TpyObject *s) { return all_chars(s, TPY_UC_NUMERIC); }
int tpy_str_isalpha(TpyObject *s) { return all_chars(s, TPY_UC_ALPHA); }
int tpy_str_isspace(TpyObject *s) { return all_chars(s, TPY_UC_SPACE); }

int tpy_str_isalnum(TpyObject *s)
{
    if (LEN(s) == 0)
        return 0;
    for (int64_t i = 0; i < LEN(s); i++) {
        uint32_t c = READ(s, i);
        if (!tpy_unicode_db_is(TPY_UC_ALPHA, c) && !tpy_unicode_db_is(TPY_UC_DECIMAL, c) &&
            !tpy_unicode_db_is(TPY_UC_DIGIT, c) && !tpy_unicode_db_is(TPY_UC_NUMERIC, c))
            return 0;
    }
    return 1;
}

int tpy_str_isprintable(TpyObject *s)
{
    for (int64_t i = 0; i < LEN(s); i++)
        if (!tpy_unicode_isprintable(READ(s, i)))
            return 0;
    return 1;
}

int tpy_str_isascii(TpyObject *s)
{
    return TPY_STR(s)->ascii;
}

int tpy_str_islower(TpyObject *s)
{
    bool cased = false;
    for (int64_t i = 0; i < LEN(s); i++) {
        uint32_t c = READ(s, i);
        if (is_upper(c) || is_titlecase(c))
            return 0;
        if (!cased && is_lower(c))
            cased = true;
    }
    return cased;
}

int tpy_str_isupper(TpyObject *s)
{
    bool cased = false;
    for (int64_t i = 0; i < LEN(s); i++) {
        uint32_t c = READ(s, i);
        if (is_lower(c) || is_titlecase(c))
            return 0;
        if (!cased && is_upper(c))
            cased = true;
    }
    return cased;
}

int tpy_str_istitle(TpyObject *s)
{
    bool cased = false, previous_is_cased = false;
    for (int64_t i = 0; i < LEN(s); i++) {
        uint32_t c = READ(s, i);
        if (is_upper(c) || is_titlecase(c)) {
            if (previous_is_cased)
                return 0;
            previous_is_cased = cased = true;
        } else if (is_lower(c)) {
            if (!previous_is_cased)
                return 0;
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return cased;
}

int tpy_str_isidentifier(TpyObject *s)
{
    if (LEN(s) == 0 || !tpy_unicode_db_is(TPY_UC_XID_START, READ(s, 0)))
        return 0;
    for (int64_t i = 1; i < LEN(s); i++)
        if (!tpy_unicode_db_is(TPY_UC_XID_CONTINUE, READ(s, i)))
            return 0;
    return 1;
}

/* ---------------------------------------------------------------- padding */

static int fill_char(TpyObject *fill, uint32_t *out)
{
    if (fill == NULL) {
        *out = ' ';
        return 0;
    }
    if (!tpy_str_check(fill)) {
        tpy_err_format(&tpy_TypeError_type, "The fill character must be a unicode character, not %s",
                       tpy_type_of(fill)->name);
        return -1;
    }
    if (LEN(fill) != 1) {
        tpy_err_format(&tpy_TypeError_type, "The fill character must be exactly one character long");
        return -1;
    }
    *out = READ(fill, 0);
    return 0;
}

static TpyObject *pad(TpyObject *s, int64_t left, int64_t right, uint32_t fill)
{
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_fill(&b, fill, left) < 0 || tpy_strbuilder_append_str(&b, s) < 0 ||
        tpy_strbuilder_append_fill(&b, fill, right) < 0) {
        tpy_strbuilder_discard(&b);
        return NULL;
    }
    return tpy_strbuilder_finish(&b);
}

TpyObject *tpy_str_center(TpyObject *s, int64_t width, TpyObject *fill)
{
    uint32_t f;
    if (fill_char(fill, &f) < 0)
        return NULL;
    if (LEN(s) >= width)
        return tpy_newref(s);
    int64_t marg = width - LEN(s);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, f);
}

TpyObject *tpy_str_ljust(TpyObject *s, int64_t width, TpyObject *fill)
{
    uint32_t f;
    if (fill_char(fill, &f) < 0)
        return NULL;
    if (LEN(s) >= width)
        return tpy_newref(s);
    return pad(s, 0, width - LEN(s), f);
}

TpyObject *tpy_str_rjust(TpyObject *s, int64_t width, TpyObject *fill)
{
    uint32_t f;
    if (fill_char(fill, &f) < 0)
        return NULL;
    if (LEN(s) >= width)
        return tpy_newref(s);
    return pad(s, width - LEN(s), 0, f);
}

TpyObject *tpy_str_zfill(TpyObject *s, int64_t width)
{
    if (LEN(s) >= width)
        return tpy_newref(s);
    int64_t fill = width - LEN(s);
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    int64_t i = 0;
    if (LEN(s) > 0 && (READ(s, 0) == '+' || READ(s, 0) == '-')) {
        if (tpy_strbuilder_append_char(&b, READ(s, 0)) < 0)
            goto error;
        i = 1;
    }
    if (tpy_strbuilder_append_fill(&b, '0', fill) < 0)
        goto error;
    for (; i < LEN(s); i++)
        if (tpy_strbuilder_append_char(&b, READ(s, i)) < 0)
            goto error;
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------- partition, prefixes, tabs */

static TpyObject *partition(TpyObject *s, TpyObject *sep, bool back)
{
    if (require_str(sep, "must be str, not %s") < 0)
        return NULL;
    if (LEN(sep) == 0)
        return tpy_err_format(&tpy_ValueError_type, "empty separator");
    int64_t i = back ? find_backward(s, sep, 0, LEN(s)) : find_forward(s, sep, 0, LEN(s));
    TpyObject *t = tpy_tuple_new(3);
    if (t == NULL)
        return NULL;
    TpyObject **it = TPY_TUPLE_ITEMS(t);
    if (i < 0) {
        it[back ? 2 : 0] = tpy_newref(s);
        it[1] = tpy_str_empty();
        it[back ? 0 : 2] = tpy_str_empty();
        return t;
    }
    it[0] = tpy_str_substring(s, 0, i);
    it[1] = tpy_newref(sep);
    it[2] = tpy_str_substring(s, i + LEN(sep), LEN(s));
    if (it[0] == NULL || it[2] == NULL) {
        tpy_decref(t);
        return NULL;
    }
    return t;
}

TpyObject *tpy_str_partition(TpyObject *s, TpyObject *sep) { return partition(s, sep, false); }
TpyObject *tpy_str_rpartition(TpyObject *s, TpyObject *sep) { return partition(s, sep, true); }

TpyObject *tpy_str_removeprefix(TpyObject *s, TpyObject *prefix)
{
    if (require_str(prefix, "removeprefix() argument must be str, not %s") < 0)
        return NULL;
    if (LEN(prefix) <= LEN(s) && match_at(s, 0, prefix))
        return tpy_str_substring(s, LEN(prefix), LEN(s));
    return tpy_newref(s);
}

TpyObject *tpy_str_removesuffix(TpyObject *s, TpyObject *suffix)
{
    if (require_str(suffix, "removesuffix() argument must be str, not %s") < 0)
        return NULL;
    if (LEN(suffix) > 0 && LEN(suffix) <= LEN(s) && match_at(s, LEN(s) - LEN(suffix), suffix))
        return tpy_str_substring(s, 0, LEN(s) - LEN(suffix));
    return tpy_newref(s);
}

TpyObject *tpy_str_expandtabs(TpyObject *s, int64_t tabsize)
{
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    int64_t column = 0;
    for (int64_t i = 0; i < LEN(s); i++) {
        uint32_t c = READ(s, i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - column % tabsize;
                if (tpy_strbuilder_append_fill(&b, ' ', incr) < 0)
                    goto error;
                column += incr;
            }
        } else {
            if (tpy_strbuilder_append_char(&b, c) < 0)
                goto error;
            column++;
            if (c == '\n' || c == '\r')
                column = 0;
        }
    }
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------- % formatting */

TpyObject *tpy_str_mod(TpyObject *s, TpyObject *args)
{
    return tpy_format_percent(s, args);
}

/* ---------------------------------------------------------------- method table
 *
 * TpyNativeFn wrappers: args[0] is self, then nargs - 1 positional values and
 * one value per name in kwnames.  Each parses its arguments the way CPython's
 * str method does (METH_NOARGS, METH_O, Argument Clinic, _PyArg_CheckPositional
 * or PyArg_ParseTuple), since the TypeError wording differs between them. */

#define NOARGS_METHOD(name, body)                                                         \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                     \
        if (tpy_args_none("str." #name, nargs - 1, kwnames) < 0)                         \
            return NULL;                                                                  \
        TpyObject *self = args[0];                                                        \
        body                                                                              \
    }
#define PREDICATE(name)                                                                   \
    NOARGS_METHOD(name, {                                                                 \
        int r = tpy_str_##name(self);                                                     \
        return r < 0 ? NULL : tpy_bool_from(r != 0);                                      \
    })
#define CONVERSION(name) NOARGS_METHOD(name, { return tpy_str_##name(self); })

PREDICATE(isdigit)
PREDICATE(isdecimal)
PREDICATE(isnumeric)
PREDICATE(isalpha)
PREDICATE(isalnum)
PREDICATE(isspace)
PREDICATE(islower)
PREDICATE(isupper)
PREDICATE(istitle)
PREDICATE(isascii)
PREDICATE(isidentifier)
PREDICATE(isprintable)
CONVERSION(upper)
CONVERSION(lower)
CONVERSION(title)
CONVERSION(capitalize)
CONVERSION(swapcase)
CONVERSION(casefold)

/* split(sep=None, maxsplit=-1) and rsplit: Argument Clinic. */
static TpyObject *split_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                               const char *name, bool right)
{
    TpyObject *sep;
    int64_t maxsplit;
    if (tpy_methods_split_args(name, args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    return right ? tpy_str_rsplit(args[0], sep, maxsplit) : tpy_str_split(args[0], sep, maxsplit);
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
    return tpy_str_splitlines(args[0], keepends);
}

static TpyObject *m_join(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("str.join", nargs - 1, kwnames) < 0)
        return NULL;
    TpyObject *it = args[1];
    if (!tpy_list_check(it) && !tpy_tuple_check(it) && tpy_type_of(it)->iter == NULL)
        return tpy_err_format(&tpy_TypeError_type, "can only join an iterable");
    return tpy_str_join(args[0], it);
}

/* strip/lstrip/rstrip(chars=None, /): _PyArg_CheckPositional. */
static TpyObject *strip_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                               const char *name, const char *qualname, int which)
{
    TpyObject *chars;
    if (tpy_methods_strip_args(name, qualname, args, nargs, kwnames, &chars) < 0)
        return NULL;
    return tpy_str_strip_chars(args[0], chars, which);
}

static TpyObject *m_strip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return strip_method(args, nargs, kwnames, "strip", "str.strip", 3);
}

static TpyObject *m_lstrip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return strip_method(args, nargs, kwnames, "lstrip", "str.lstrip", 1);
}

static TpyObject *m_rstrip(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return strip_method(args, nargs, kwnames, "rstrip", "str.rstrip", 2);
}

/* find/rfind/index/rindex/count(sub[, start[, end]]): PyArg_ParseTuple. */
enum { FIND, RFIND, INDEX, RINDEX, COUNT, STARTSWITH, ENDSWITH };

static TpyObject *search_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                                const char *name, int which)
{
    int64_t start, end;
    // A bound str method says "find() takes no keyword arguments" (bytes'
    // says "bytes.find()"): the test cases call getattr(s, 'find')(...).
    if (tpy_methods_search_args(name, name, args, nargs, kwnames, &start, &end) < 0)
        return NULL;
    TpyObject *s = args[0], *sub = args[1];
    if (which == STARTSWITH || which == ENDSWITH) {
        int r = which == STARTSWITH ? tpy_str_startswith(s, sub, start, end)
                                    : tpy_str_endswith(s, sub, start, end);
        return r < 0 ? NULL : tpy_bool_from(r != 0);
    }
    int64_t r;
    switch (which) {
    case FIND: r = tpy_str_find(s, sub, start, end); break;
    case RFIND: r = tpy_str_rfind(s, sub, start, end); break;
    case INDEX: r = tpy_str_index(s, sub, start, end); break;
    case RINDEX: r = tpy_str_rindex(s, sub, start, end); break;
    default: r = tpy_str_count(s, sub, start, end); break;
    }
    if (r < -1 || (r == -1 && tpy_err_occurred() != NULL))
        return NULL;
    return tpy_int_from_i64(r);
}

#define SEARCH(name, which)                                                                \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        return search_method(args, nargs, kwnames, #name, which);           \
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
    if (tpy_methods_replace_args("str.replace", args, nargs, kwnames, &count) < 0)
        return NULL;
    return tpy_str_replace(args[0], args[1], args[2], count);
}

/* center/ljust/rjust(width, fillchar=' ', /). */
static TpyObject *pad_method(TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                             const char *name, const char *qualname, int which)
{
    int64_t width;
    if (tpy_methods_pad_args(name, qualname, args, nargs, kwnames, &width) < 0)
        return NULL;
    TpyObject *fill = nargs > 2 ? args[2] : NULL;
    if (fill != NULL && !tpy_str_check(fill))
        return tpy_err_format(&tpy_TypeError_type,
                              "The fill character must be a unicode character, not %s",
                              tpy_type_of(fill)->name);
    if (fill != NULL && TPY_STR_LEN(fill) != 1)
        return tpy_err_format(&tpy_TypeError_type,
                              "The fill character must be exactly one character long");
    if (which == 0)
        return tpy_str_center(args[0], width, fill);
    return which == 1 ? tpy_str_ljust(args[0], width, fill) : tpy_str_rjust(args[0], width, fill);
}

static TpyObject *m_center(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return pad_method(args, nargs, kwnames, "center", "str.center", 0);
}

static TpyObject *m_ljust(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return pad_method(args, nargs, kwnames, "ljust", "str.ljust", 1);
}

static TpyObject *m_rjust(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return pad_method(args, nargs, kwnames, "rjust", "str.rjust", 2);
}

static TpyObject *m_zfill(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t width;
    if (tpy_args_one("str.zfill", nargs - 1, kwnames) < 0 || tpy_args_i64(args[1], &width) < 0)
        return NULL;
    return tpy_str_zfill(args[0], width);
}

/* partition, rpartition, removeprefix, removesuffix: METH_O taking a str;
 * `what` starts the TypeError ("must be str, not int"). */
static int one_str_arg(const char *qualname, const char *what, TpyObject *const *args,
                       int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one(qualname, nargs - 1, kwnames) < 0)
        return -1;
    if (!tpy_str_check(args[1])) {
        tpy_err_format(&tpy_TypeError_type, "%smust be str, not %s", what,
                       tpy_type_of(args[1])->name);
        return -1;
    }
    return 0;
}

#define ONE_STR_ARG(name, what)                                                            \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        if (one_str_arg("str." #name, what, args, nargs, kwnames) < 0)                    \
            return NULL;                                                                   \
        return tpy_str_##name(args[0], args[1]);                                           \
    }
ONE_STR_ARG(partition, "")
ONE_STR_ARG(rpartition, "")
ONE_STR_ARG(removeprefix, "removeprefix() argument ")
ONE_STR_ARG(removesuffix, "removesuffix() argument ")

static TpyObject *m_expandtabs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t tabsize;
    if (tpy_methods_tabsize_args(args, nargs, kwnames, &tabsize) < 0)
        return NULL;
    return tpy_str_expandtabs(args[0], tabsize);
}

/* encode(encoding='utf-8', errors='strict'): Argument Clinic with str params. */
static TpyObject *m_encode(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    const char *text[2];
    if (tpy_methods_codec_args("encode", args, nargs, kwnames, text) < 0)
        return NULL;
    return tpy_str_encode(args[0], text[0], text[1]);
}

static TpyObject *m_format(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return tpy_format_str_format(args[0], args + 1, nargs - 1, kwnames);
}

/* format_map(mapping, /): the mapping's str keys become keyword arguments
 * of str.format (a dict; other mappings are read through keys()/getitem). */
static TpyObject *m_format_map(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("str.format_map", nargs - 1, kwnames) < 0)
        return NULL;
    TpyObject *map = args[1];
    if (!tpy_object_is_instance(map, &tpy_dict_type))
        return tpy_err_format(&tpy_TypeError_type, "format_map() argument must be a dict, not %s",
                              tpy_type_of(map)->name);
    int64_t n = 0, pos = 0;
    TpyObject *key, *value;
    while (tpy_dict_next(map, &pos, &key, &value))
        if (tpy_str_check(key))
            n++;
    TpyObject *names = tpy_tuple_new(n);
    TpyObject **values = malloc(sizeof(TpyObject *) * (size_t)(n + 1));
    if (names == NULL || values == NULL) {
        tpy_xdecref(names);
        free(values);
        return tpy_err_nomemory();
    }
    int64_t i = 0;
    pos = 0;
    while (i < n && tpy_dict_next(map, &pos, &key, &value)) {
        if (!tpy_str_check(key))
            continue;
        TPY_TUPLE_ITEMS(names)[i] = tpy_newref(key);
        values[i++] = value;   // borrowed from the dict, which nothing changes meanwhile
    }
    TpyObject *r = tpy_format_str_format(args[0], values, 0, n > 0 ? names : NULL);
    free(values);
    tpy_decref(names);
    return r;
}

const TpyMethodDef tpy_str_methods[] = {
    {"capitalize", m_capitalize, 0},
    {"casefold", m_casefold, 0},
    {"center", m_center, 0},
    {"count", m_count, 0},
    {"encode", m_encode, 0},
    {"endswith", m_endswith, 0},
    {"expandtabs", m_expandtabs, 0},
    {"find", m_find, 0},
    {"format", m_format, 0},
    {"format_map", m_format_map, 0},
    {"index", m_index, 0},
    {"isalnum", m_isalnum, 0},
    {"isalpha", m_isalpha, 0},
    {"isascii", m_isascii, 0},
    {"isdecimal", m_isdecimal, 0},
    {"isdigit", m_isdigit, 0},
    {"isidentifier", m_isidentifier, 0},
    {"islower", m_islower, 0},
    {"isnumeric", m_isnumeric, 0},
    {"isprintable", m_isprintable, 0},
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
