/* runtime/bytearray.h: the bytearray type (mutable byte strings).
 *
 * The bytes live in a separate malloc'd buffer (`data`, `alloc` bytes, with
 * a NUL after the last byte, as CPython keeps it), grown geometrically by
 * append/extend/+=.  A bytearray is unhashable and compares equal to the
 * bytes (or bytearray) with the same content.
 *
 * The text-like methods (find, split, upper, replace, ...) are bytes'
 * (bytes_methods.c): they read any "bytes-like" object through the
 * tpy_byteslike_* accessors below and build their results with the type of
 * `self`, so bytearray.upper() returns a bytearray.  bytearray.c adds the
 * mutating methods and the sequence slots.
 *
 * Conventions: TpyObject * results are new references, NULL with an
 * exception pending; arguments are borrowed.
 */
#ifndef TPY_RUNTIME_BYTEARRAY_H
#define TPY_RUNTIME_BYTEARRAY_H

#include <stdbool.h>
#include <stdint.h>

#include "bytes.h"
#include "object.h"
#include "type.h"

extern TpyType tpy_bytearray_type, tpy_bytearray_iterator_type;

typedef struct TpyByteArray {
    TpyObject ob;
    int64_t size;
    int64_t alloc;          /* bytes allocated at data (>= size + 1) */
    char *data;             /* owned; NUL-terminated */
} TpyByteArray;

#define TPY_BYTEARRAY(o) ((TpyByteArray *)(o))

static inline bool tpy_bytearray_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && tpy_type_is_subtype(o->type, &tpy_bytearray_type);
}

/* bytes or bytearray (what CPython's buffer protocol would accept here). */
static inline bool tpy_byteslike_check(const TpyObject *o)
{
    return tpy_bytes_check(o) || tpy_bytearray_check(o);
}
/* The bytes of a bytes-like object (borrowed; a bytearray's pointer is valid
 * until it is resized). */
static inline char *tpy_byteslike_data(TpyObject *o)
{
    return tpy_bytes_check(o) ? TPY_BYTES_DATA(o) : TPY_BYTEARRAY(o)->data;
}
static inline int64_t tpy_byteslike_size(TpyObject *o)
{
    return tpy_bytes_check(o) ? TPY_BYTES_SIZE(o) : TPY_BYTEARRAY(o)->size;
}

/* Copies n bytes (s may be NULL: zero-filled). */
TpyObject *tpy_bytearray_from(const void *s, int64_t n);
/* A bytes or a bytearray, as `like` is (n bytes from s, NULL: zeros). */
TpyObject *tpy_byteslike_new(TpyObject *like, const void *s, int64_t n);
/* `like` itself (bytes are immutable) or a copy of the bytearray. */
TpyObject *tpy_byteslike_same(TpyObject *like);
/* bytearray(...) */
TpyObject *tpy_bytearray_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                   TpyObject *kwnames);
/* Installs the bytes methods that bytearray shares (idempotent; the
 * builtins module's set-up calls it). */
void tpy_bytearray_ready(void);

#endif
