/* runtime/bytes.h: the bytes type (immutable byte strings).
 *
 * The bytes live inline after the header, followed by a NUL (so C code can
 * treat the data as a C string when it has no NUL inside).  Hash: the same
 * function as str's hash applied to the bytes (CPython also hashes b'abc' and
 * 'abc' alike; no test may rely on the values).
 *
 * Conventions: TpyObject * results are new references, NULL with an exception
 * pending; arguments are borrowed.
 */
#ifndef TPY_RUNTIME_BYTES_H
#define TPY_RUNTIME_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_bytes_type, tpy_bytes_iterator_type;

typedef struct TpyBytes {
    TpyObject ob;
    int64_t size;
    int64_t hash;          /* -1: not computed yet */
    char data[];           /* size + 1 bytes, NUL-terminated */
} TpyBytes;

#define TPY_BYTES(o) ((TpyBytes *)(o))
#define TPY_BYTES_DATA(o) (((TpyBytes *)(o))->data)
#define TPY_BYTES_SIZE(o) (((TpyBytes *)(o))->size)

static inline bool tpy_bytes_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_bytes_type;
}

/* Copies n bytes (s may be NULL: uninitialised data the caller fills). */
TpyObject *tpy_bytes_from(const void *s, int64_t n);
TpyObject *tpy_bytes_from_cstr(const char *s);
int64_t tpy_bytes_length(TpyObject *b);
int64_t tpy_bytes_hash(TpyObject *b);
/* b[i] -> int; IndexError "index out of range". */
TpyObject *tpy_bytes_getitem_index(TpyObject *b, int64_t i);
TpyObject *tpy_bytes_getitem(TpyObject *b, TpyObject *key);
TpyObject *tpy_bytes_concat(TpyObject *a, TpyObject *b);
TpyObject *tpy_bytes_repeat(TpyObject *b, int64_t n);
int tpy_bytes_contains(TpyObject *b, TpyObject *x);       /* x: bytes or int */
TpyObject *tpy_bytes_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);
TpyObject *tpy_bytes_repr(TpyObject *b);
/* encoding/errors NULL: utf-8 / strict. */
TpyObject *tpy_bytes_decode(TpyObject *b, const char *encoding, const char *errors);
/* sub: bytes or int.  Index in the whole of b, -1 if absent, -2 on error. */
int64_t tpy_bytes_find(TpyObject *b, TpyObject *sub);
/* b.hex() */
TpyObject *tpy_bytes_hex(TpyObject *b);

/* ---- the text-like methods (bytes_methods.c).  Optional start/end use
 * TPY_STR_NOARG (str.h) for "not given / None"; a bytes-like argument must
 * be bytes ("a bytes-like object is required, not 'str'"). */
/* find (back false) / rfind: sub is bytes or an int 0..255; -1 absent, -2 error. */
int64_t tpy_bytes_find_in(TpyObject *b, TpyObject *sub, int64_t start, int64_t end, bool back);
int64_t tpy_bytes_count(TpyObject *b, TpyObject *sub, int64_t start, int64_t end);   /* -1 error */
/* prefix: bytes or tuple of bytes.  1 / 0 / -1. */
int tpy_bytes_startswith(TpyObject *b, TpyObject *prefix, int64_t start, int64_t end);
int tpy_bytes_endswith(TpyObject *b, TpyObject *suffix, int64_t start, int64_t end);
/* sep NULL/None: split on ASCII whitespace; maxsplit < 0: no limit. */
TpyObject *tpy_bytes_split(TpyObject *b, TpyObject *sep, int64_t maxsplit);
TpyObject *tpy_bytes_rsplit(TpyObject *b, TpyObject *sep, int64_t maxsplit);
TpyObject *tpy_bytes_splitlines(TpyObject *b, bool keepends);
TpyObject *tpy_bytes_join(TpyObject *sep, TpyObject *iterable);
/* chars NULL/None: ASCII whitespace.  which: 1 left, 2 right, 3 both. */
TpyObject *tpy_bytes_strip_chars(TpyObject *b, TpyObject *chars, int which);
/* count < 0: all. */
TpyObject *tpy_bytes_replace(TpyObject *b, TpyObject *old, TpyObject *new_, int64_t count);
TpyObject *tpy_bytes_upper(TpyObject *b);
TpyObject *tpy_bytes_lower(TpyObject *b);
TpyObject *tpy_bytes_swapcase(TpyObject *b);
TpyObject *tpy_bytes_title(TpyObject *b);
TpyObject *tpy_bytes_capitalize(TpyObject *b);
/* ASCII predicates: 1 / 0. */
int tpy_bytes_isalpha(TpyObject *b);
int tpy_bytes_isalnum(TpyObject *b);
int tpy_bytes_isdigit(TpyObject *b);
int tpy_bytes_isspace(TpyObject *b);
int tpy_bytes_islower(TpyObject *b);
int tpy_bytes_isupper(TpyObject *b);
int tpy_bytes_istitle(TpyObject *b);
int tpy_bytes_isascii(TpyObject *b);
/* which: 0 center, 1 ljust, 2 rjust. */
TpyObject *tpy_bytes_pad(TpyObject *b, int64_t width, unsigned char fill, int which);
TpyObject *tpy_bytes_zfill(TpyObject *b, int64_t width);
/* partition (back false) / rpartition: a 3-tuple; ValueError "empty separator". */
TpyObject *tpy_bytes_partition(TpyObject *b, TpyObject *sep, bool back);
/* removeprefix (suffix false) / removesuffix. */
TpyObject *tpy_bytes_removeaffix(TpyObject *b, TpyObject *affix, bool suffix);
TpyObject *tpy_bytes_expandtabs(TpyObject *b, int64_t tabsize);
/* b.hex(sep, bytes_per_sep): sep NULL, or a 1-character str/bytes. */
TpyObject *tpy_bytes_hex_sep(TpyObject *b, TpyObject *sep, int64_t bytes_per_sep);
/* bytes.fromhex(s): ValueError "non-hexadecimal number found in fromhex() arg at position 3". */
TpyObject *tpy_bytes_fromhex(TpyObject *s);
TpyObject *tpy_bytes_iter(TpyObject *b);
size_t tpy_bytes_sizeof(TpyObject *b);

#endif
