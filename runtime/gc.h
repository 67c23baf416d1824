/* runtime/gc.h: the cycle collector, and the memory-management modes.
 *
 * Reference counting frees almost everything the moment its last reference
 * goes (object.h).  What it cannot free is garbage that references itself:
 * cycles.  gc.c finds those, the way CPython's gc module does: every object of
 * a type with TPY_TPFLAG_GC carries a TpyGCHead (object.h) linking it into one
 * of three generations while it is "tracked"; a collection of generation g
 * examines g and the younger ones.  The algorithm, the finalisation order
 * (PEP 442) and the trigger (object counts like CPython, plus the bytes the
 * tracked objects keep alive) are explained at the top of gc.c.
 *
 * Contract with the rest of the runtime:
 *  - object.c tracks every GC object when it is allocated (zeroed memory, so
 *    a traverse on a half-built object sees NULLs and must skip them) and
 *    untracks it in tpy_object_dealloc before type->dealloc runs; a dealloc
 *    that resurrects (finalizer) re-tracks.  Types never call track/untrack
 *    themselves unless they say why (e.g. an object that can provably not be
 *    part of a cycle any more).
 *  - traverse (type.h) must visit every TpyObject* the object owns that may
 *    be a GC object (visiting a tagged int or a non-GC object is allowed and
 *    ignored); clear must drop those references (tpy_clear), leaving the
 *    object valid but possibly empty.  A missing edge in traverse is a crash
 *    waiting to happen: the collector would free an object still in use.
 *  - Weak references to objects found unreachable are cleared (and their
 *    callbacks called) through weakref.h before any clear slot runs.
 */
#ifndef TPY_RUNTIME_GC_H
#define TPY_RUNTIME_GC_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

#define TPY_GC_GENERATIONS 3

/* ---- memory-management mode (chosen once, before any object exists) */
typedef enum TpyMemMode {
    TPY_MM_REFCOUNT_GC,     /* default: refcounting + the cycle collector (CPython) */
    TPY_MM_REFCOUNT_ONLY,   /* --gc=off: refcounting only; cycles leak */
    TPY_MM_TRACING          /* --mm=tracing: nothing is freed when its count reaches
                               zero; a collection frees garbage when an allocation
                               threshold is reached (PyPy/Java style) */
} TpyMemMode;
void tpy_gc_set_mode(TpyMemMode mode);
TpyMemMode tpy_gc_mode(void);

/* ---- tracking */
void tpy_gc_track(TpyObject *o);       /* into generation 0; o must be a GC object, untracked */
void tpy_gc_untrack(TpyObject *o);     /* no-op if untracked */
bool tpy_gc_is_tracked(const TpyObject *o);

/* The trigger weighs bytes as well as object counts: object counts alone
 * miss a few tracked objects that keep megabytes of strings alive (the
 * notes' cycle example).  alloc.c counts live object bytes
 * (tpy_alloc_stats); gc.c decides how it uses them (see its header). */

/* ---- collections */
/* Collect generation `generation` (0..2) and the younger ones.  Returns the
 * number of unreachable objects found (CPython's gc.collect() result), or -1
 * with an exception only if a callback in gc.callbacks raised (it is
 * reported as "Exception ignored in" and the count returned, as CPython). */
int64_t tpy_gc_collect(int generation);
/* Called from allocation: runs a collection when a threshold is crossed and
 * collection is enabled and not already running.  Cheap when nothing is due. */
void tpy_gc_maybe_collect(void);

void tpy_gc_enable(void);
void tpy_gc_disable(void);
bool tpy_gc_isenabled(void);
void tpy_gc_get_count(int64_t count[TPY_GC_GENERATIONS]);
void tpy_gc_get_threshold(int64_t threshold[TPY_GC_GENERATIONS]);
void tpy_gc_set_threshold(const int64_t threshold[TPY_GC_GENERATIONS], int n);

typedef struct TpyGCGenStats {
    int64_t collections, collected, uncollectable;
    int64_t pause_ns_total, pause_ns_max;
} TpyGCGenStats;
const TpyGCGenStats *tpy_gc_stats(void);   /* TPY_GC_GENERATIONS entries */

/* Visit every tracked object (gc.get_objects, --mem-stats). */
void tpy_gc_for_each(int generation /* -1: all */, void (*fn)(TpyObject *, void *), void *arg);

/* At exit, after the main module's globals are released: a last full
 * collection so that the live-object report counts only real leaks. */
void tpy_gc_collect_at_exit(void);

/* ---- refinements (gc engineer) */
/* True during a collection (finalizers, callbacks): gc.collect() then returns 0. */
bool tpy_gc_is_collecting(void);
/* gc.callbacks: the list object (gc.c keeps a reference until tpy_gc_finalize). */
void tpy_gc_set_callbacks_list(TpyObject *list);
/* gc.freeze / unfreeze / get_freeze_count. */
/* Last of all at exit (moduleobj.c): drops gc.callbacks, collects once more. */
void tpy_gc_finalize(void);
void tpy_gc_freeze(void);
void tpy_gc_unfreeze(void);
int64_t tpy_gc_freeze_count(void);

/* ---- tracing mode (--mm=tracing), used by object.c */
extern bool tpy_gc_tracing;            /* tpy_gc_mode() == TPY_MM_TRACING */
/* `o`'s count just reached zero: keep it (count 1, owned by the collector)
 * until the next tracing collection.  False: destroy it now (memory short,
 * or the collector is already destroying the waiting objects). */
bool tpy_gc_defer_dead(TpyObject *o);
bool tpy_gc_tracing_due(void);
void tpy_gc_tracing_collect(void);

#endif
