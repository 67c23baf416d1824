/* runtime/object.h: the object header, tagged small ints, reference counting.
 *
 * Value representation (read this first; see docs/design.md, "Objects"):
 *  - Every Python value the runtime stores is a `TpyObject *`.
 *  - A pointer whose low bit is 1 is not a pointer: it is a *tagged small int*
 *    holding a signed 63-bit value (v << 1 | 1).  Ints outside that range are
 *    heap TpyBigInt objects (GMP).  Both are Python `int`; code must never
 *    dereference a pointer before checking TPY_IS_SMALLINT (tpy_type_of does).
 *  - Heap objects start with TpyObject: a refcount and a type.  Objects of
 *    types that can form reference cycles (TPY_TPFLAG_GC) are preceded in
 *    memory by a TpyGCHead that the cycle collector uses; objects that cannot
 *    reference containers (str, float, a __slots__ class with only int/float
 *    fields) carry nothing extra.
 *  - The compiled code keeps int/float/bool/complex *unboxed* in registers
 *    where the static type allows; floats and complex numbers are boxed only
 *    when they are stored into an object slot (list item, attribute of type
 *    object, ...).
 *
 * Reference counting follows CPython: every function comment says whether it
 * returns a new reference, borrows, or steals.  An object is destroyed the
 * moment its count reaches zero (tpy_decref -> type->dealloc), which is what
 * makes `__del__` and file closing deterministic.
 */
#ifndef TPY_RUNTIME_OBJECT_H
#define TPY_RUNTIME_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct TpyType TpyType;

typedef struct TpyObject {
    intptr_t refcount;
    TpyType *type;
} TpyObject;

/* Header placed in front of every object whose type has TPY_TPFLAG_GC.
 * Part 2 only links tracked objects into a list; the cycle collector
 * (runtime/gc.c) owns the meaning of the fields. */
typedef struct TpyGCHead {
    struct TpyGCHead *next, *prev;   /* generation list; next == NULL: untracked */
    intptr_t gc_refs;                /* scratch space during a collection */
} TpyGCHead;

#define TPY_GC_HEAD(obj) ((TpyGCHead *)(obj) - 1)
#define TPY_GC_OBJECT(head) ((TpyObject *)((TpyGCHead *)(head) + 1))

/* Finalizers (PEP 442): an object's `finalize` slot (`__del__`) runs at most
 * once, even when it resurrects the object and the object dies again later.
 * The "finalized" flag is bit 0 of a pointer-sized word of the object, at
 * type->finalized_offset (type.h).  For GC types that word is the GC head's
 * `prev` pointer (CPython 3.11 keeps _PyGC_PREV_MASK_FINALIZED there too), so
 * the collector must mask bit 0 of `prev` when it follows the list; for
 * other types it is the weakref-list word (weakref code masks bit 0) or a
 * word of its own at the end of the instance (class.c decides, class.h). */
#define TPY_GC_FINALIZED_OFFSET \
    ((ptrdiff_t)offsetof(TpyGCHead, prev) - (ptrdiff_t)sizeof(TpyGCHead))

/* ---------------------------------------------------------------- small ints */

#define TPY_SMALLINT_MAX (INT64_MAX >> 1)
#define TPY_SMALLINT_MIN (INT64_MIN >> 1)

static inline bool tpy_is_smallint(const TpyObject *o)
{
    return ((uintptr_t)o & 1) != 0;
}

/* `v` must be within [TPY_SMALLINT_MIN, TPY_SMALLINT_MAX]. */
static inline TpyObject *tpy_smallint(int64_t v)
{
    return (TpyObject *)(uintptr_t)(((uint64_t)v << 1) | 1);
}

static inline int64_t tpy_smallint_value(const TpyObject *o)
{
    return (int64_t)(intptr_t)o >> 1;   /* arithmetic shift on every target we support */
}

static inline bool tpy_fits_smallint(int64_t v)
{
    return v >= TPY_SMALLINT_MIN && v <= TPY_SMALLINT_MAX;
}

/* ---------------------------------------------------------------- refcounts */

void tpy_object_dealloc(TpyObject *o);   /* calls type->dealloc; never call directly */

/* The finalized flag (see "Finalizers" above); false / no-op for types
 * whose finalized_offset is 0. */
bool tpy_object_is_finalized(const TpyObject *o);
void tpy_object_set_finalized(TpyObject *o);
/* For a dealloc slot, first thing (CPython's PyObject_CallFinalizerFromDealloc):
 * unless the object is already finalized, revive it (refcount 1), mark it
 * finalized, run type->finalize (which must keep a pending exception
 * intact), and drop the revival reference.  Returns true if the finalizer
 * resurrected the object (stored a reference somewhere): the dealloc must
 * then return without freeing anything.  False: carry on destroying. */
bool tpy_object_call_finalizer_from_dealloc(TpyObject *o);

static inline void tpy_incref(TpyObject *o)
{
    if (!tpy_is_smallint(o))
        o->refcount++;
}

/* May run arbitrary code (__del__, weakref callbacks). */
static inline void tpy_decref(TpyObject *o)
{
    if (!tpy_is_smallint(o) && --o->refcount == 0)
        tpy_object_dealloc(o);
}

static inline void tpy_xincref(TpyObject *o)
{
    if (o != NULL)
        tpy_incref(o);
}

static inline void tpy_xdecref(TpyObject *o)
{
    if (o != NULL)
        tpy_decref(o);
}

/* Set *field to NULL *before* dropping the reference: the decref may run
 * __del__, and that code may look at the field again. */
#define tpy_clear(field)                           \
    do {                                           \
        TpyObject *tpy_clear_tmp_ = (TpyObject *)(field); \
        if (tpy_clear_tmp_ != NULL) {              \
            (field) = NULL;                        \
            tpy_decref(tpy_clear_tmp_);            \
        }                                          \
    } while (0)

/* Returns a new reference to `o` (handy in return statements). */
static inline TpyObject *tpy_newref(TpyObject *o)
{
    tpy_incref(o);
    return o;
}

/* ---------------------------------------------------------------- types */

/* The type of any value, tagged ints included. */
extern TpyType tpy_int_type;
static inline TpyType *tpy_type_of(const TpyObject *o)
{
    return tpy_is_smallint(o) ? &tpy_int_type : o->type;
}

#endif
