/* runtime/object.c: allocating and destroying objects; the `object` and `type` types.
 *
 * Allocation: tpy_object_new / tpy_object_new_var take memory from alloc.c
 * (so live objects are counted), put a zeroed TpyGCHead in front when the
 * type has TPY_TPFLAG_GC (untracked: next == NULL), zero the object, and set
 * refcount 1 and the type.  Instances of heap types (user classes) own a
 * reference to their type, dropped by tpy_object_free.
 *
 * Destruction and the trashcan: tpy_decref calls tpy_object_dealloc when a
 * count reaches zero, and a container's dealloc decrefs its items, which may
 * dealloc them in turn.  For a list of a list of a list... 1 000 000 deep that
 * recursion would overflow the C stack.  As CPython's Py_TRASHCAN does, we
 * count the nesting depth of deallocs; past TRASHCAN_DEPTH an object is not
 * destroyed but pushed on a "deferred" list, and the outermost dealloc
 * (depth back to 0) destroys the deferred objects one by one, each again with
 * at most TRASHCAN_DEPTH nested levels.  The stack stays bounded by
 * TRASHCAN_DEPTH frames whatever the shape of the garbage.
 *
 * The deferred list needs no memory: a dead object's refcount field is 0 and
 * unused, so it holds the link to the next deferred object (restored to 0
 * before its dealloc runs).  This works for GC and non-GC objects alike.
 * Invariant for gc.c: a deferred object is still dead (refcount field is not
 * a count), so tpy_object_dealloc untracks every GC object before deferring
 * or destroying it: a collection that starts while objects are deferred (a
 * __del__ allocating) never sees them; what they still reference counts as
 * referenced from outside, so it survives until they are destroyed.
 *
 * Tracking (gc.h): object_alloc tracks every GC object it creates, and may
 * start a collection right after (tpy_gc_maybe_collect); a finalizer that
 * resurrects its object re-tracks it.  Under --mm=tracing,
 * tpy_object_dealloc hands the dead object to gc.c (tpy_gc_defer_dead),
 * which destroys it at its next tracing collection.
 *
 * Finalizers run once (PEP 442): tpy_object_call_finalizer_from_dealloc
 * keeps a "finalized" bit per object at type->finalized_offset (object.h,
 * "Finalizers"), so an object resurrected by its __del__ is destroyed
 * without a second __del__ call when it dies again.
 *
 * See docs/design.md, "Objects", and CPython's Include/cpython/object.h
 * (Py_TRASHCAN_BEGIN) for the original idea.
 */
#include "object.h"
#include "type.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "alloc.h"
#include "exc.h"
#include "gc.h"
#include "memstats.h"
#include "bool.h"
#include "class.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

#define TRASHCAN_DEPTH 1000

static int dealloc_depth;
static TpyObject *deferred;   /* linked through the refcount field */

/* ---------------------------------------------------------------- allocation */

size_t tpy_object_alloc_size(const TpyType *type, size_t nitems)
{
    size_t head = (type->flags & TPY_TPFLAG_GC) ? sizeof(TpyGCHead) : 0;
    return head + type->basicsize + type->itemsize * nitems;
}

static TpyObject *object_alloc(TpyType *type, size_t nitems, bool zero_items)
{
    size_t head = (type->flags & TPY_TPFLAG_GC) ? sizeof(TpyGCHead) : 0;
    // Overflow check first: tuple(range(1 << 60)) must raise MemoryError.
    if (type->itemsize != 0 && nitems > (SIZE_MAX / 2 - head - type->basicsize) / type->itemsize)
        return tpy_err_nomemory();
    size_t size = head + type->basicsize + type->itemsize * nitems;
    char *mem = tpy_alloc_object_memory(size);
    if (mem == NULL)
        return tpy_err_nomemory();
    // '\0' * 10000 would otherwise write its 10 KB twice (bench/alloc.py).
    memset(mem, 0, zero_items ? size : head + type->basicsize);
    TpyObject *o = (TpyObject *)(mem + head);
    o->refcount = 1;
    o->type = type;
    if (tpy_memstats_hook)
        tpy_memstats_note_alloc(type, size);
    if (type->flags & TPY_TPFLAG_HEAPTYPE)
        tpy_incref(&type->ob);
    // Tracked from birth (gc.h); a collection may start here, and sees `o`
    // zeroed and referenced (count 1) by our caller.
    if (head != 0) {
        tpy_gc_track(o);
        tpy_gc_maybe_collect();
    } else if (tpy_gc_tracing) {
        tpy_gc_maybe_collect();
    }
    return o;
}

/* Zeroed instance of a fixed-size type, refcount 1; new reference or NULL with
 * MemoryError. */
TpyObject *tpy_object_new(TpyType *type)
{
    return object_alloc(type, 0, true);
}

/* Zeroed instance of a variable-size type with room for `nitems` items. */
TpyObject *tpy_object_new_var(TpyType *type, size_t nitems)
{
    return object_alloc(type, nitems, true);
}

/* Same, but only the header and the fixed part are zeroed: the caller writes
 * every item byte itself. */
TpyObject *tpy_object_new_var_uninit(TpyType *type, size_t nitems)
{
    return object_alloc(type, nitems, false);
}

static void object_release(TpyObject *o, size_t nitems)
{
    TpyType *type = o->type;
    size_t head = (type->flags & TPY_TPFLAG_GC) ? sizeof(TpyGCHead) : 0;
    tpy_free_object_memory((char *)o - head, tpy_object_alloc_size(type, nitems));
    if (tpy_memstats_hook)
        tpy_memstats_note_free(type);
    if (type->flags & TPY_TPFLAG_HEAPTYPE)
        tpy_decref(&type->ob);
}

/* Frees the memory of a fixed-size object (contents already released). */
void tpy_object_free(TpyObject *o)
{
    object_release(o, 0);
}

void tpy_object_free_var(TpyObject *o, size_t nitems)
{
    object_release(o, nitems);
}

/* ---------------------------------------------------------------- dealloc + trashcan */

static void run_dealloc(TpyObject *o)
{
    TpyType *type = o->type;
    // Weak references die with their referent: __del__ first (it may
    // resurrect, or create weak references), then clear them and call their
    // callbacks, before the type's dealloc releases anything (CPython's
    // subtype_dealloc order; weakref.c).  The finalized bit makes the
    // dealloc's own finalizer call a no-op afterwards.  A collector must not
    // see `o` while the callbacks run (refcount 0): untrack it before.
    if (type->flags & TPY_TPFLAG_HAS_WEAKLIST) {
        if ((type->flags & TPY_TPFLAG_HAS_FINALIZER) && type->finalized_offset != 0 &&
            tpy_object_call_finalizer_from_dealloc(o))
            return;
        // Bit 0 of the list word may be the finalized flag (weakref.h).
        if (*(const uintptr_t *)((const char *)o + type->weaklist_offset) > 1)
            tpy_weakref_clear_all(o);
    }
    if (type->dealloc != NULL)
        type->dealloc(o);
    else
        tpy_object_free(o);
}

static void drain_deferred(void)
{
    while (deferred != NULL) {
        TpyObject *o = deferred;
        deferred = (TpyObject *)o->refcount;
        o->refcount = 0;
        dealloc_depth++;
        run_dealloc(o);
        dealloc_depth--;
    }
}

/* Called by tpy_decref when a count reaches zero.  May run arbitrary code. */
void tpy_object_dealloc(TpyObject *o)
{
    // --mm=tracing: nothing dies at count zero; the collector keeps it.
    if (tpy_gc_tracing && tpy_gc_defer_dead(o))
        return;
    // A dead object is never seen by a collection (gc.c), deferred or not.
    if (o->type->flags & TPY_TPFLAG_GC)
        tpy_gc_untrack(o);
    if (dealloc_depth >= TRASHCAN_DEPTH) {
        o->refcount = (intptr_t)deferred;
        deferred = o;
        return;
    }
    // A pending exception must survive destructors that raise and clear
    // their own (CPython saves it around tp_dealloc the same way).
    dealloc_depth++;
    run_dealloc(o);
    dealloc_depth--;
    if (dealloc_depth == 0 && deferred != NULL)
        drain_deferred();
}

/* ---------------------------------------------------------------- finalizers */

static uintptr_t *finalized_word(const TpyObject *o)
{
    ptrdiff_t off = o->type->finalized_offset;
    return off == 0 ? NULL : (uintptr_t *)((char *)o + off);
}

bool tpy_object_is_finalized(const TpyObject *o)
{
    const uintptr_t *w = finalized_word(o);
    return w != NULL && (*w & 1) != 0;
}

void tpy_object_set_finalized(TpyObject *o)
{
    uintptr_t *w = finalized_word(o);
    if (w != NULL)
        *w |= 1;
}

bool tpy_object_call_finalizer_from_dealloc(TpyObject *o)
{
    TpyType *type = o->type;
    if (type->finalize == NULL || tpy_object_is_finalized(o))
        return false;
    // Mark first: if __del__ resurrects the object, its next death must not
    // run __del__ again (PEP 442).
    tpy_object_set_finalized(o);
    o->refcount = 1;   // alive again while the finalizer runs
    if (tpy_memstats_trace_del)
        tpy_memstats_log_del(o);
    type->finalize(o);
    if (--o->refcount == 0)
        return false;
    // Resurrected: it is a live object again, so the collector tracks it.
    if (type->flags & TPY_TPFLAG_GC)
        tpy_gc_track(o);
    return true;
}

/* ---------------------------------------------------------------- subtyping */

bool tpy_type_is_subtype(const TpyType *type, const TpyType *base)
{
    for (; type != NULL; type = type->base)
        if (type == base)
            return true;
    return false;
}

/* ---------------------------------------------------------------- object */

/* CPython's object_repr: "<__main__.C object at 0x...>" for classes defined
 * outside builtins (module and __qualname__), "<int object at ...>" else. */
TpyObject *tpy_object_default_repr(TpyObject *self)
{
    const TpyType *t = tpy_type_of(self);
    const char *module = tpy_class_module(t);
    char buf[600];
    if (strcmp(module, "builtins") != 0)
        snprintf(buf, sizeof buf, "<%s.%s object at %p>", module, tpy_class_qualname(t),
                 (void *)self);
    else
        snprintf(buf, sizeof buf, "<%s object at %p>", t->name, (void *)self);
    return tpy_str_from_cstr(buf);
}

/* CPython's _Py_HashPointer: rotate the address by 4 bits so that the
 * always-zero alignment bits do not collide in hash tables. */
int64_t tpy_object_hash_pointer(const void *p)
{
    uint64_t y = (uint64_t)(uintptr_t)p;
    int64_t h = (int64_t)((y >> 4) | (y << 60));
    return h == -1 ? -2 : h;
}

static int64_t object_hash(TpyObject *self)
{
    return tpy_object_hash_pointer(self);
}

static TpyObject *object_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (op == TPY_CMP_OP_EQ && a == b)
        return tpy_newref(tpy_True);
    if (op == TPY_CMP_OP_NE && a == b)
        return tpy_newref(tpy_False);
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *object_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                   TpyObject *kwnames)
{
    if (nargs != 0 || (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) != 0))
        return tpy_err_format(&tpy_TypeError_type, "%s() takes no arguments", type->name);
    return tpy_object_new(type);
}

static size_t object_size_of(TpyObject *self)
{
    return tpy_type_of(self)->basicsize;
}

TpyType tpy_object_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "object",
    .base = NULL,
    .basicsize = sizeof(TpyObject),
    .flags = TPY_TPFLAG_BASETYPE,
    .dealloc = tpy_object_free,
    .repr = tpy_object_default_repr,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .construct = object_construct,
    .size_of = object_size_of,
};

/* ---------------------------------------------------------------- type */

/* The metatype's attribute, repr and dealloc slots live with user classes
 * (class.c: `C.x`, `int.__name__`, `<class '__main__.C'>`, freeing a heap
 * type); they are set here statically so that nothing needs patching at
 * start-up and builtin types print the same before any class exists. */

// Calling a type builds an instance through its construct slot.
static TpyObject *type_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                            TpyObject *kwnames)
{
    TpyType *t = (TpyType *)self;
    if (t->construct == NULL)
        return tpy_err_format(&tpy_TypeError_type, "cannot create '%s' instances", t->name);
    return t->construct(t, args, nargs, kwnames);
}

// type(x) returns x's type; the 3-argument form is class.c's business.
static TpyObject *type_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                 TpyObject *kwnames)
{
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    if (nargs == 1 && nkw == 0)
        return tpy_newref(&tpy_type_of(args[0])->ob);
    return tpy_err_format(&tpy_TypeError_type, "type() takes 1 or 3 arguments");
}

static size_t type_size_of(TpyObject *self)
{
    return sizeof(TpyType);
}

TpyType tpy_type_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "type",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyType),
    .flags = TPY_TPFLAG_HAS_WEAKLIST,
    .weaklist_offset = offsetof(TpyType, weaklist),
    .dealloc = tpy_class_type_dealloc,
    .repr = tpy_class_type_repr,
    .getattr = tpy_class_type_getattr,
    .setattr = tpy_class_type_setattr,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .call = type_call,
    .construct = type_construct,
    .size_of = type_size_of,
};
