/* runtime/str.h: the str type (immutable Unicode text) and a string builder.
 *
 * Storage follows PEP 393: the code points live inline after the header in
 * 1, 2 or 4 bytes each, the width chosen by the widest code point, so
 * indexing is O(1) and len() is the number of code points.  The UTF-8 form,
 * needed for output and for C callers, is computed once and cached (for an
 * all-ASCII string it *is* the data, nothing is copied).
 *
 * Conventions: a TpyObject * result is a new reference, NULL with an exception
 * pending on error; arguments are borrowed unless a comment says "steals".
 * Functions taking `TpyObject *s` require a str (callers check the type).
 */
#ifndef TPY_RUNTIME_STR_H
#define TPY_RUNTIME_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_str_type;
extern TpyType tpy_str_iterator_type;

/* 40 bytes, as CPython 3.12's compact ASCII header: a split() word of up to
 * 7 characters fits a 48-byte block.  Only a non-ASCII string needs a UTF-8
 * cache; its two words live in a trailer after the data (TpyStrUtf8, at
 * sizeof(TpyStr) + (length + 1) * kind rounded up to 8), so the data offset
 * stays fixed and TPY_STR_DATA stays one addition.  The ascii flag never
 * changes after creation: it decides the object's size. */
typedef struct TpyStr {
    TpyObject ob;
    int64_t length;        /* code points */
    int64_t hash;          /* -1: not computed yet */
    uint8_t kind;          /* 1, 2 or 4 bytes per code point */
    uint8_t ascii;         /* every code point < 128 (then the data is its UTF-8) */
    uint8_t interned;
    uint8_t pad_;
    uint32_t pad2_;
    /* data: (length + 1) units of `kind` bytes, NUL-terminated, follows;
       then, if !ascii, a TpyStrUtf8 at the next 8-byte boundary */
} TpyStr;

typedef struct TpyStrUtf8 {
    char *utf8;            /* cached UTF-8 (NUL-terminated, malloc'd), NULL until asked */
    int64_t utf8_len;
} TpyStrUtf8;

#define TPY_STR(o) ((TpyStr *)(o))
#define TPY_STR_DATA(o) ((void *)(TPY_STR(o) + 1))
#define TPY_STR_KIND(o) (TPY_STR(o)->kind)
#define TPY_STR_LEN(o) (TPY_STR(o)->length)

static inline bool tpy_str_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_str_type;
}

/* Code point `i` (0 <= i < length; unchecked). */
static inline uint32_t tpy_str_read(const TpyObject *s, int64_t i)
{
    const void *d = TPY_STR_DATA(s);
    switch (TPY_STR(s)->kind) {
    case 1: return ((const uint8_t *)d)[i];
    case 2: return ((const uint16_t *)d)[i];
    default: return ((const uint32_t *)d)[i];
    }
}

/* Order of s against the 1-char string chr(c): <0, 0, >0 (as
 * tpy_str_compare; the compare-and-branch opcodes of `ch < "x"`). */
static inline int tpy_str_compare_char(const TpyObject *s, uint32_t c)
{
    int64_t n = TPY_STR(s)->length;
    if (n == 0)
        return -1;
    uint32_t first = tpy_str_read(s, 0);
    if (first != c)
        return first < c ? -1 : 1;
    return n > 1;
}

/* ---------------------------------------------------------------- creation */

/* Decode UTF-8 (new ref).  Raises UnicodeDecodeError on invalid UTF-8
 * (surrogates included), with CPython's message. */
TpyObject *tpy_str_from_utf8(const char *s, size_t len);
/* Decode UTF-8 with an error handler: NULL/"strict", "replace", "ignore"
 * (bytes.decode). */
TpyObject *tpy_str_decode_utf8(const char *s, size_t len, const char *errors);
/* NUL-terminated UTF-8 (new ref). */
TpyObject *tpy_str_from_cstr(const char *s);
/* From code points (new ref); picks the narrowest kind. Raises ValueError for
 * a code point > 0x10FFFF. */
TpyObject *tpy_str_from_ucs4(const uint32_t *cps, int64_t n);
/* From Latin-1 bytes (each byte is one code point; new ref). */
TpyObject *tpy_str_from_latin1(const uint8_t *s, int64_t n);
/* A new, uninitialised string of `length` code points of the given kind
 * (1, 2, 4) and max code point `maxchar` (to set the ascii flag).  The caller
 * fills TPY_STR_DATA and must respect the kind invariant (the widest code
 * point needs that kind).  MemoryError if too big. */
TpyObject *tpy_str_new_raw(int64_t length, int kind, uint32_t maxchar);
/* chr(cp): new ref; Latin-1 characters come from a cache. ValueError if cp is
 * out of range ("chr() arg not in range(0x110000)"). */
TpyObject *tpy_str_from_char(uint32_t cp);
/* The empty string (new ref). */
TpyObject *tpy_str_empty(void);

/* Interned string: equal contents give the same object (for identifiers,
 * attribute names).  Returns a new reference. */
TpyObject *tpy_str_intern_cstr(const char *s);
/* Interns `s` in place: steals *s and replaces it with the interned copy
 * (a new reference). */
void tpy_str_intern(TpyObject **s);
/* Number of interned strings (tests). */
int64_t tpy_str_intern_count(void);

/* ---------------------------------------------------------------- access */

/* Borrowed UTF-8 pointer, NUL-terminated, cached in the object; *len gets its
 * length in bytes (len may be NULL).  NULL with MemoryError set on failure. */
const char *tpy_str_as_utf8(TpyObject *s, size_t *len);
/* Number of code points. */
int64_t tpy_str_length(TpyObject *s);
/* Hash (never -1; cached). */
int64_t tpy_str_hash(TpyObject *s);
/* Equality of two strs (no exception possible). */
bool tpy_str_equal(TpyObject *a, TpyObject *b);
/* Equality with a C string (ASCII/UTF-8). */
bool tpy_str_equal_cstr(TpyObject *a, const char *s);
/* Code-point order comparison: <0, 0, >0. */
int tpy_str_compare(TpyObject *a, TpyObject *b);

/* ---------------------------------------------------------------- operations */

TpyObject *tpy_str_concat(TpyObject *a, TpyObject *b);
/* s * n (n <= 0 gives ''); MemoryError for an impossible size. */
TpyObject *tpy_str_repeat(TpyObject *s, int64_t n);
/* s[i] with negative indexing; IndexError "string index out of range". */
TpyObject *tpy_str_getitem_index(TpyObject *s, int64_t i);
/* s[start:stop:step] with indices already adjusted (see range.h,
 * tpy_slice_adjust_indices); slicelength items. */
TpyObject *tpy_str_substring_step(TpyObject *s, int64_t start, int64_t step, int64_t slicelength);
/* s[start:stop] with 0 <= start <= stop <= len (clamped by the caller). */
TpyObject *tpy_str_substring(TpyObject *s, int64_t start, int64_t stop);
/* Generic s[key]: key is an int or a slice object. */
TpyObject *tpy_str_getitem(TpyObject *s, TpyObject *key);
/* `sub in s`: 1 / 0 (sub must be a str, else TypeError -1). */
int tpy_str_contains(TpyObject *s, TpyObject *sub);
/* ord(s) for a str (TypeError unless one character); chr(i) for an int
 * (OverflowError/ValueError as CPython).  New references, NULL on error. */
TpyObject *tpy_str_ord(TpyObject *s);
TpyObject *tpy_str_chr(TpyObject *i);
/* `sub in s` for two strs (no exception possible; a 1-char sub is a scan). */
bool tpy_str_contains_str(TpyObject *s, TpyObject *sub);
/* s[i] as a 1-char str, 0 <= i < len(s) unchecked (new ref; Latin-1 code
 * points come from the immortal singletons).  NULL on MemoryError. */
TpyObject *tpy_str_char_at(TpyObject *s, int64_t i);
/* repr(s) with CPython's quoting and escapes. */
TpyObject *tpy_str_repr(TpyObject *s);

/* Optional int arguments (start/end/count/maxsplit) use TPY_STR_NOARG for
 * "not given / None". */
#define TPY_STR_NOARG INT64_MIN

TpyObject *tpy_str_join(TpyObject *sep, TpyObject *iterable);
/* sep NULL or None: split on whitespace runs.  maxsplit < 0: no limit. */
TpyObject *tpy_str_split(TpyObject *s, TpyObject *sep, int64_t maxsplit);
TpyObject *tpy_str_rsplit(TpyObject *s, TpyObject *sep, int64_t maxsplit);
TpyObject *tpy_str_splitlines(TpyObject *s, bool keepends);
/* chars NULL or None: strip whitespace.  which: 1 left, 2 right, 3 both. */
TpyObject *tpy_str_strip_chars(TpyObject *s, TpyObject *chars, int which);
TpyObject *tpy_str_strip(TpyObject *s, TpyObject *chars);
TpyObject *tpy_str_lstrip(TpyObject *s, TpyObject *chars);
TpyObject *tpy_str_rstrip(TpyObject *s, TpyObject *chars);
/* prefix: str or tuple of str.  1 / 0 / -1 with TypeError. */
int tpy_str_startswith(TpyObject *s, TpyObject *prefix, int64_t start, int64_t end);
int tpy_str_endswith(TpyObject *s, TpyObject *suffix, int64_t start, int64_t end);
/* find/rfind return -1 when absent (no error possible besides -2 for a
 * non-str sub: TypeError set). index/rindex raise ValueError "substring not
 * found" and return -1. */
int64_t tpy_str_find(TpyObject *s, TpyObject *sub, int64_t start, int64_t end);
int64_t tpy_str_rfind(TpyObject *s, TpyObject *sub, int64_t start, int64_t end);
int64_t tpy_str_index(TpyObject *s, TpyObject *sub, int64_t start, int64_t end);
int64_t tpy_str_rindex(TpyObject *s, TpyObject *sub, int64_t start, int64_t end);
int64_t tpy_str_count(TpyObject *s, TpyObject *sub, int64_t start, int64_t end);
/* count < 0: replace all. */
TpyObject *tpy_str_replace(TpyObject *s, TpyObject *old, TpyObject *new_, int64_t count);
TpyObject *tpy_str_upper(TpyObject *s);
TpyObject *tpy_str_lower(TpyObject *s);
TpyObject *tpy_str_title(TpyObject *s);
TpyObject *tpy_str_capitalize(TpyObject *s);
TpyObject *tpy_str_swapcase(TpyObject *s);
TpyObject *tpy_str_casefold(TpyObject *s);
/* Predicates (isdigit, ...): 1 or 0. */
int tpy_str_isdigit(TpyObject *s);
int tpy_str_isdecimal(TpyObject *s);
int tpy_str_isnumeric(TpyObject *s);
int tpy_str_isalpha(TpyObject *s);
int tpy_str_isalnum(TpyObject *s);
int tpy_str_isspace(TpyObject *s);
int tpy_str_islower(TpyObject *s);
int tpy_str_isupper(TpyObject *s);
int tpy_str_istitle(TpyObject *s);
int tpy_str_isascii(TpyObject *s);
int tpy_str_isidentifier(TpyObject *s);
int tpy_str_isprintable(TpyObject *s);
/* fill: a one-character str, or NULL for ' '. TypeError otherwise. */
TpyObject *tpy_str_center(TpyObject *s, int64_t width, TpyObject *fill);
TpyObject *tpy_str_ljust(TpyObject *s, int64_t width, TpyObject *fill);
TpyObject *tpy_str_rjust(TpyObject *s, int64_t width, TpyObject *fill);
TpyObject *tpy_str_zfill(TpyObject *s, int64_t width);
/* A 3-tuple. ValueError "empty separator". */
TpyObject *tpy_str_partition(TpyObject *s, TpyObject *sep);
TpyObject *tpy_str_rpartition(TpyObject *s, TpyObject *sep);
TpyObject *tpy_str_removeprefix(TpyObject *s, TpyObject *prefix);
TpyObject *tpy_str_removesuffix(TpyObject *s, TpyObject *suffix);
TpyObject *tpy_str_expandtabs(TpyObject *s, int64_t tabsize);
/* encoding/errors may be NULL (utf-8, strict).  Returns bytes. */
TpyObject *tpy_str_encode(TpyObject *s, const char *encoding, const char *errors);
/* s % args: calls format.c (tpy_format_percent). */
TpyObject *tpy_str_mod(TpyObject *s, TpyObject *args);

/* ---------------------------------------------------------------- Unicode classes */

/* Character classification used by str methods (and by format.c / the
 * lexer of the runtime): exact for ASCII and Latin-1, reasonable beyond
 * (see str.c's comment on tables). */
bool tpy_unicode_isspace(uint32_t cp);
bool tpy_unicode_isprintable(uint32_t cp);
bool tpy_unicode_isdecimal(uint32_t cp);
bool tpy_unicode_isalpha(uint32_t cp);
uint32_t tpy_unicode_upper(uint32_t cp);
uint32_t tpy_unicode_lower(uint32_t cp);

/* ---------------------------------------------------------------- builder */

/* Accumulates code points; the buffer widens (1 -> 2 -> 4 bytes) on demand.
 * Usage: TpyStrBuilder b; tpy_strbuilder_init(&b); tpy_strbuilder_append_*...;
 * then tpy_strbuilder_finish (new ref, builder reset) or
 * tpy_strbuilder_discard on error paths.  Append functions return 0, or -1
 * with MemoryError set. */
typedef struct TpyStrBuilder {
    void *data;
    int64_t length, capacity;
    int kind;
    uint32_t maxchar;
} TpyStrBuilder;

void tpy_strbuilder_init(TpyStrBuilder *b);
int tpy_strbuilder_append_char(TpyStrBuilder *b, uint32_t cp);
/* Borrows a str. */
int tpy_strbuilder_append_str(TpyStrBuilder *b, TpyObject *s);
/* Appends s[start:stop] (0 <= start, stop <= len(s); borrows s). */
int tpy_strbuilder_append_substring(TpyStrBuilder *b, TpyObject *s, int64_t start, int64_t stop);
int tpy_strbuilder_append_utf8(TpyStrBuilder *b, const char *s, size_t len);
int tpy_strbuilder_append_cstr(TpyStrBuilder *b, const char *s);   /* ASCII/UTF-8 */
/* Appends `n` copies of cp. */
int tpy_strbuilder_append_fill(TpyStrBuilder *b, uint32_t cp, int64_t n);
TpyObject *tpy_strbuilder_finish(TpyStrBuilder *b);
void tpy_strbuilder_discard(TpyStrBuilder *b);

/* sys.getsizeof: bytes used (header + data + UTF-8 cache if separate). */
size_t tpy_str_sizeof(TpyObject *s);

#endif
