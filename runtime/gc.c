/* runtime/gc.c: the cycle collector, and the memory-management modes.
 *
 * What it finds.  Reference counting (object.h) frees an object when its
 * count reaches zero; objects that reference each other in a cycle keep
 * their counts above zero forever.  Every object of a TPY_TPFLAG_GC type is
 * "tracked" from its allocation to its death (object.c): its TpyGCHead links
 * it into one of three generation lists.  A collection of generation g
 * examines g and every younger one (the "young" set) and finds the objects
 * that nothing outside the young set can reach.
 *
 * The algorithm (trial deletion, as CPython's Modules/gcmodule.c):
 *  1. update_refs: gc_refs := refcount for every young object.
 *  2. subtract_refs: traverse every young object; for each reference to
 *     another young object, decrement that object's gc_refs.  What is left
 *     counts the references from outside the young set: from older
 *     generations, untracked objects, interpreter registers, C locals,
 *     globals.  Frames on the frame stack are not objects: their registers
 *     hold owned references, counted in refcount and never subtracted, so
 *     everything a running frame can see stays alive.
 *  3. move_unreachable: an object with gc_refs > 0 is reachable, and so is
 *     everything it reaches (a traverse from it marks them, bringing back
 *     any already moved to the tentative "unreachable" list).  What remains
 *     in "unreachable" is garbage: only other garbage refers to it.
 *  The reachable young objects move to the next generation.
 *
 * Tearing the garbage down (PEP 442, in CPython 3.11's order):
 *  4. Weak references to unreachable objects are cleared, and the callbacks
 *     of those weak references that are themselves reachable run (a weakref
 *     that is garbage too never calls back, as CPython).  Callbacks cannot
 *     reach the garbage: its weakrefs are already cleared.
 *  5. Finalizers: each unreachable object whose class defines __del__ and
 *     that is not yet "finalized" is marked finalized and its __del__ runs,
 *     with the object still intact (no cycle is broken yet).  __del__ may do
 *     anything: store self somewhere (resurrection), drop references (an
 *     object of the garbage may then die by refcount: it unlinks itself),
 *     allocate (no nested collection starts: `collecting` is set; an
 *     explicit gc.collect() returns 0 as in CPython).
 *  6. Resurrection check: steps 1-3 again, within the garbage only.  An
 *     object a finalizer made reachable from outside, and everything it
 *     reaches, moves to the old generation, intact.  The rest is still
 *     garbage, and all its finalizers have run.
 *  7. delete_garbage: each remaining object, held by a temporary reference,
 *     gets its `clear` slot called, which drops its references and breaks
 *     the cycles; refcounting then frees everything.  An object still alive
 *     after its clear (something kept it) goes to the old generation.
 *  Nothing is freed twice: the collector never frees anything itself, it
 *  only calls clear with a reference held; deaths happen by refcount.
 *  gc.garbage stays empty: tpy has no legacy tp_del finalizers.
 *
 * Generations and the trigger.  Counts as CPython: count0 = tracked
 * allocations minus deaths since the last collection; past threshold0 (700)
 * generation 0 is collected, and every threshold1 (10) young collections a
 * generation-1 collection, every threshold2 (10) of those a full one, which
 * (CPython 3.11's rule) runs only when the objects waiting in generation 2
 * since the last full collection exceed 25 % of those that survived it, so
 * that a growing heap costs amortised linear time.
 *
 * The byte weight (tpy's addition).  Counting objects misses garbage that is
 * small in objects but big in bytes: the notes' cycle example makes two
 * lists per iteration holding two 10 KB strings; its cycles live long
 * enough (aa[i % 1000]) to be promoted to generation 2, where CPython
 * leaves them until a full collection, which the 25 % rule delays: CPython
 * peaks at ~300 MB.  Rule: when a collection is due by the count rule
 * above, it becomes a full collection if the live object bytes (alloc.c)
 * grew by more than max(8 MiB, half the bytes live after the last full
 * collection) since that full collection.  Why this rule:
 *  - it never adds a collection: it only decides which generation a
 *    collection CPython would also run examines, so a workload that makes
 *    no garbage is not collected more often than in CPython;
 *  - bytes still alive after a full collection raise the bar with them
 *    (the half), so a heap that grows without garbage is fully collected
 *    only each time it grows by 50 %: geometric, amortised linear work;
 *  - the 8 MiB floor keeps small programs on CPython's schedule.
 *  On the cycle example the live bytes stay within ~1.5x the reachable
 *  20 MB plus 8 MiB (measured: see docs/design.md).
 *
 * Memory-management modes (gc.h TpyMemMode):
 *  - TPY_MM_REFCOUNT_GC: the above.
 *  - TPY_MM_REFCOUNT_ONLY (--gc=off): no automatic collection ever (as if
 *    gc.disable() were called at start and gc.enable() did nothing);
 *    gc.collect() still collects when called explicitly, as after
 *    gc.disable() in CPython.  Cycles leak.
 *  - TPY_MM_TRACING (--mm=tracing): tpy_object_dealloc hands every object
 *    whose count reaches zero to tpy_gc_defer_dead instead of destroying it:
 *    the object gets its count back (1, owned by the "dead" array) and waits.
 *    When the dead objects or the live bytes grow past a threshold, a tracing
 *    collection drops those references for real (each death may free more
 *    objects at once: they are destroyed immediately while draining), then
 *    runs a full cycle collection.  __del__ and file closing happen then, in
 *    batches, as in PyPy or the JVM.  A weak reference to a waiting object
 *    still works until the object is destroyed (as in PyPy).
 *
 * Invariants:
 *  - tracked <=> head->next != NULL; bit 0 of head->prev is the object's
 *    PEP 442 "finalized" flag (object.h), masked when following the list.
 *  - gc_refs is 0 outside a collection.  During one, bit 0 (IN_SET) marks
 *    the objects being examined, bit 1 (UNREACHABLE) those tentatively found
 *    garbage, and the count is gc_refs >> 2.
 *  - An object whose count reached zero is untracked before its dealloc runs
 *    (object.c), including objects the trashcan defers: a dead object is
 *    never seen by a collection.
 *
 * See docs/design.md, "Cycle collector", and CPython's
 * InternalDocs/garbage_collector.md for the original.
 */
#include "gc.h"
#include "memstats.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "abstract.h"
#include "alloc.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "weakref.h"


#define IN_SET ((intptr_t)1)
#define UNREACHABLE ((intptr_t)2)
#define REFS_ONE ((intptr_t)4)

#define BYTE_FLOOR ((uint64_t)8 << 20)

typedef struct Generation {
    TpyGCHead head;      /* circular list of tracked objects */
    int64_t threshold, count;
} Generation;

static Generation gens[TPY_GC_GENERATIONS] = {
    {{&gens[0].head, &gens[0].head, 0}, 700, 0},
    {{&gens[1].head, &gens[1].head, 0}, 10, 0},
    {{&gens[2].head, &gens[2].head, 0}, 10, 0},
};
static TpyGCHead permanent = {&permanent, &permanent, 0};   /* gc.freeze() */

static TpyMemMode mode = TPY_MM_REFCOUNT_GC;
static bool enabled = true;
static bool collecting;
static int64_t long_lived_total, long_lived_pending;
static uint64_t bytes_after_full;
static TpyGCGenStats stats[TPY_GC_GENERATIONS];
static TpyObject *callbacks_list;   /* gc.callbacks (owned by the gc module) */

/* ---------------------------------------------------------------- lists */

static inline TpyGCHead *prev_of(const TpyGCHead *g)
{
    return (TpyGCHead *)((uintptr_t)g->prev & ~(uintptr_t)1);
}

static inline void set_prev(TpyGCHead *g, TpyGCHead *p)
{
    g->prev = (TpyGCHead *)(((uintptr_t)g->prev & 1) | (uintptr_t)p);
}

static void list_init(TpyGCHead *list)
{
    list->next = list;
    list->prev = list;
}

static bool list_is_empty(const TpyGCHead *list)
{
    return list->next == list;
}

static void list_append(TpyGCHead *node, TpyGCHead *list)
{
    TpyGCHead *last = prev_of(list);
    last->next = node;
    set_prev(node, last);
    node->next = list;
    set_prev(list, node);
}

static void list_unlink(TpyGCHead *node)
{
    TpyGCHead *p = prev_of(node), *n = node->next;
    p->next = n;
    set_prev(n, p);
    node->next = NULL;
    set_prev(node, NULL);
}

static void list_move(TpyGCHead *node, TpyGCHead *list)
{
    list_unlink(node);
    list_append(node, list);
}

// Append every node of `from` to `to`; `from` becomes empty.
static void list_merge(TpyGCHead *from, TpyGCHead *to)
{
    if (list_is_empty(from))
        return;
    TpyGCHead *first = from->next, *last = prev_of(from), *tail = prev_of(to);
    tail->next = first;
    set_prev(first, tail);
    last->next = to;
    set_prev(to, last);
    list_init(from);
}

static int64_t list_size(const TpyGCHead *list)
{
    int64_t n = 0;
    for (const TpyGCHead *g = list->next; g != list; g = g->next)
        n++;
    return n;
}

/* ---------------------------------------------------------------- mode */

bool tpy_gc_tracing;

void tpy_gc_set_mode(TpyMemMode m)
{
    mode = m;
    tpy_gc_tracing = m == TPY_MM_TRACING;
    const char *stress = getenv("TPY_GC_STRESS");
    if (stress != NULL && *stress != '\0' && *stress != '0')
        gens[0].threshold = 1;   // collect at nearly every allocation (tests)
}

TpyMemMode tpy_gc_mode(void)
{
    return mode;
}

/* ---------------------------------------------------------------- tracking */

void tpy_gc_track(TpyObject *o)
{
    TpyGCHead *g = TPY_GC_HEAD(o);
    if (g->next != NULL)
        return;
    g->gc_refs = 0;
    list_append(g, &gens[0].head);
    gens[0].count++;
}

void tpy_gc_untrack(TpyObject *o)
{
    TpyGCHead *g = TPY_GC_HEAD(o);
    if (g->next == NULL)
        return;
    list_unlink(g);
    g->gc_refs = 0;
    if (gens[0].count > 0)
        gens[0].count--;
}

bool tpy_gc_is_tracked(const TpyObject *o)
{
    if (tpy_is_smallint(o) || !(o->type->flags & TPY_TPFLAG_GC))
        return false;
    return TPY_GC_HEAD(o)->next != NULL;
}

// The head of `o` if it is a tracked GC object, else NULL.
static inline TpyGCHead *tracked_head(TpyObject *o)
{
    if (o == NULL || tpy_is_smallint(o) || !(o->type->flags & TPY_TPFLAG_GC))
        return NULL;
    TpyGCHead *g = TPY_GC_HEAD(o);
    return g->next != NULL ? g : NULL;
}

/* ---------------------------------------------------------------- the algorithm */

static void update_refs(TpyGCHead *list)
{
    for (TpyGCHead *g = list->next; g != list; g = g->next)
        g->gc_refs = (TPY_GC_OBJECT(g)->refcount * REFS_ONE) | IN_SET;
}

static int visit_decref(TpyObject *child, void *arg)
{
    (void)arg;
    TpyGCHead *g = tracked_head(child);
    if (g != NULL && (g->gc_refs & IN_SET) && g->gc_refs >= REFS_ONE)
        g->gc_refs -= REFS_ONE;
    return 0;
}

static void traverse(TpyObject *o, TpyVisitFn visit, void *arg)
{
    TpyType *t = o->type;
    if (t->traverse != NULL)
        t->traverse(o, visit, arg);
}

static void subtract_refs(TpyGCHead *list)
{
    for (TpyGCHead *g = list->next; g != list; g = g->next)
        traverse(TPY_GC_OBJECT(g), visit_decref, NULL);
}

// `young` is the list being scanned; a child found reachable comes back to it.
static int visit_reachable(TpyObject *child, void *arg)
{
    TpyGCHead *young = arg;
    TpyGCHead *g = tracked_head(child);
    if (g == NULL || !(g->gc_refs & IN_SET))
        return 0;
    if (g->gc_refs & UNREACHABLE) {
        // Moved away tentatively, but reachable after all: scan it again.
        list_move(g, young);
        g->gc_refs = REFS_ONE | IN_SET;
    } else if (g->gc_refs < REFS_ONE) {
        // Not scanned yet and without outside references: it will be
        // scanned later in this pass and must count as reachable then.
        g->gc_refs = REFS_ONE | IN_SET;
    }
    return 0;
}

/* Splits `young` (every object IN_SET, gc_refs = outside references) into
 * the reachable objects, which stay in `young` with gc_refs reset to 0, and
 * the unreachable ones, moved to `unreachable` and marked UNREACHABLE. */
static void move_unreachable(TpyGCHead *young, TpyGCHead *unreachable)
{
    TpyGCHead *g = young->next;
    while (g != young) {
        if (g->gc_refs >= REFS_ONE) {
            traverse(TPY_GC_OBJECT(g), visit_reachable, young);
            g = g->next;   // after the traverse: it may have appended objects
        } else {
            TpyGCHead *next = g->next;
            list_move(g, unreachable);
            g->gc_refs = UNREACHABLE | IN_SET;
            g = next;
        }
    }
    for (g = young->next; g != young; g = g->next)
        g->gc_refs = 0;
}

/* Step 4: clear the weak references to the garbage, then call the callbacks
 * of those weak references that are not garbage themselves. */
static void handle_weakrefs(TpyGCHead *unreachable)
{
    TpyObject *callbacks = tpy_list_new(0);
    if (callbacks == NULL) {
        tpy_err_clear();
        return;
    }
    for (TpyGCHead *g = unreachable->next; g != unreachable; g = g->next) {
        TpyObject *o = TPY_GC_OBJECT(g);
        if ((o->type->flags & TPY_TPFLAG_HAS_WEAKLIST) && tpy_weakref_clear_for_gc(o, callbacks) < 0)
            tpy_err_clear();
    }
    for (int64_t i = 0; i < TPY_LIST_SIZE(callbacks); i++) {
        TpyObject *ref = TPY_LIST_ITEMS(callbacks)[i];
        TpyGCHead *rg = tracked_head(ref);
        if (rg != NULL && (rg->gc_refs & UNREACHABLE))
            continue;
        tpy_weakref_call_callback(ref);
    }
    tpy_decref(callbacks);
}

/* Step 5: run each pending __del__ once.  Objects move to `seen` before
 * their finalizer runs, so the loop survives any of them dying meanwhile
 * (a dying object unlinks itself from whatever list holds it). */
static void finalize_garbage(TpyGCHead *unreachable)
{
    TpyGCHead seen;
    list_init(&seen);
    while (!list_is_empty(unreachable)) {
        TpyGCHead *g = unreachable->next;
        list_move(g, &seen);
        TpyObject *o = TPY_GC_OBJECT(g);
        TpyType *t = o->type;
        if ((t->flags & TPY_TPFLAG_HAS_FINALIZER) && t->finalize != NULL &&
            !tpy_object_is_finalized(o)) {
            tpy_object_set_finalized(o);
            tpy_incref(o);
            if (tpy_memstats_trace_del)
                tpy_memstats_log_del(o);
            t->finalize(o);
            tpy_decref(o);
        }
    }
    list_merge(&seen, unreachable);
}

/* Step 6: whatever finalizers made reachable again moves to `old`; the rest
 * stays in `unreachable`. */
static void handle_resurrected(TpyGCHead *unreachable, TpyGCHead *old)
{
    TpyGCHead still;
    list_init(&still);
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, &still);   // reachable ones stay, gc_refs 0
    list_merge(unreachable, old);
    list_merge(&still, unreachable);
}

/* Step 7: break the cycles.  The temporary reference keeps `o` alive while
 * its clear runs; the decref after it usually frees it (and, by cascade,
 * the rest of the cycle, which unlinks itself from `unreachable`). */
static void delete_garbage(TpyGCHead *unreachable, TpyGCHead *old)
{
    while (!list_is_empty(unreachable)) {
        TpyGCHead *g = unreachable->next;
        TpyObject *o = TPY_GC_OBJECT(g);
        g->gc_refs = 0;
        tpy_incref(o);
        if (o->type->clear != NULL)
            o->type->clear(o);
        // Still tracked and still first: something keeps it; it survives.
        if (unreachable->next == g)
            list_move(g, old);
        tpy_decref(o);
    }
}

/* ---------------------------------------------------------------- callbacks */

void tpy_gc_set_callbacks_list(TpyObject *list)
{
    TpyObject *old = callbacks_list;
    callbacks_list = tpy_newref(list);
    tpy_xdecref(old);
}

static void run_callbacks(const char *phase, int generation, int64_t collected)
{
    if (callbacks_list == NULL || TPY_LIST_SIZE(callbacks_list) == 0)
        return;
    TpyObject *saved = tpy_err_fetch();
    TpyObject *info = tpy_dict_new();
    TpyObject *phase_str = tpy_str_from_cstr(phase);
    if (info == NULL || phase_str == NULL ||
        tpy_dict_setitem_cstr(info, "generation", tpy_smallint(generation)) < 0 ||
        tpy_dict_setitem_cstr(info, "collected", tpy_smallint(collected)) < 0 ||
        tpy_dict_setitem_cstr(info, "uncollectable", tpy_smallint(0)) < 0) {
        tpy_err_clear();
        goto done;
    }
    // A copy: a callback may change gc.callbacks.
    TpyObject *copy = tpy_list_copy(callbacks_list);
    if (copy == NULL) {
        tpy_err_clear();
        goto done;
    }
    for (int64_t i = 0; i < TPY_LIST_SIZE(copy); i++) {
        TpyObject *cb = TPY_LIST_ITEMS(copy)[i];
        TpyObject *args[2] = {phase_str, info};
        TpyObject *r = tpy_object_call(cb, args, 2, NULL);
        if (r == NULL)
            tpy_class_write_unraisable(cb);
        else
            tpy_decref(r);
    }
    tpy_decref(copy);
done:
    tpy_xdecref(info);
    tpy_xdecref(phase_str);
    tpy_err_restore(saved);
}

/* ---------------------------------------------------------------- collections */

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t collect_main(int generation)
{
    int64_t t0 = now_ns();
    for (int i = 0; i < generation; i++) {
        list_merge(&gens[i].head, &gens[generation].head);
        gens[i].count = 0;
    }
    gens[generation].count = 0;
    if (generation + 1 < TPY_GC_GENERATIONS)
        gens[generation + 1].count++;
    TpyGCHead *young = &gens[generation].head;
    TpyGCHead *old = generation + 1 < TPY_GC_GENERATIONS ? &gens[generation + 1].head : young;

    TpyGCHead unreachable;
    list_init(&unreachable);
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, &unreachable);
    if (generation == TPY_GC_GENERATIONS - 2)
        long_lived_pending += list_size(young);
    if (old != young)
        list_merge(young, old);
    if (generation == TPY_GC_GENERATIONS - 1) {
        long_lived_total = list_size(young);
        long_lived_pending = 0;
    }

    // CPython 3.11 counts what is still garbage once the finalizers ran:
    // objects they resurrected, or that died by refcount meanwhile, are not
    // in the count gc.collect() returns.
    int64_t found = 0;
    if (!list_is_empty(&unreachable)) {
        handle_weakrefs(&unreachable);
        finalize_garbage(&unreachable);
        handle_resurrected(&unreachable, old);
        found = list_size(&unreachable);
        delete_garbage(&unreachable, old);
    }
    if (generation == TPY_GC_GENERATIONS - 1)
        bytes_after_full = tpy_alloc_stats()->live_bytes;

    int64_t pause = now_ns() - t0;
    TpyGCGenStats *s = &stats[generation];
    s->collections++;
    s->collected += found;
    s->pause_ns_total += pause;
    if (pause > s->pause_ns_max)
        s->pause_ns_max = pause;
    return found;
}

static int64_t collect_with_callbacks(int generation)
{
    if (collecting)
        return 0;
    collecting = true;
    run_callbacks("start", generation, 0);
    // --trace-del: what dies from here on was found by the collector.
    TpyDelCause old_cause = tpy_memstats_set_cause(
        mode == TPY_MM_TRACING ? TPY_DEL_TRACING : (TpyDelCause)(TPY_DEL_CYCLE_GEN0 + generation));
    int64_t found = collect_main(generation);
    tpy_memstats_set_cause(old_cause);
    run_callbacks("stop", generation, found);
    collecting = false;
    return found;
}

static void drain_dead(void);

int64_t tpy_gc_collect(int generation)
{
    if (generation < 0)
        generation = 0;
    if (generation >= TPY_GC_GENERATIONS)
        generation = TPY_GC_GENERATIONS - 1;
    if (mode == TPY_MM_TRACING && !collecting)
        drain_dead();
    return collect_with_callbacks(generation);
}

// The generation a collection due now examines (CPython's rule + bytes).
static int due_generation(void)
{
    int gen = 0;
    for (int i = TPY_GC_GENERATIONS - 1; i >= 0; i--) {
        if (gens[i].count > gens[i].threshold) {
            // CPython 3.11: a full collection waits until 25 % of the
            // long-lived objects are new (amortised linear time).
            if (i == TPY_GC_GENERATIONS - 1 && long_lived_pending < long_lived_total / 4)
                continue;
            gen = i;
            break;
        }
    }
    uint64_t live = tpy_alloc_stats()->live_bytes;
    uint64_t allowance = bytes_after_full / 2 > BYTE_FLOOR ? bytes_after_full / 2 : BYTE_FLOOR;
    if (live > bytes_after_full && live - bytes_after_full > allowance)
        gen = TPY_GC_GENERATIONS - 1;
    return gen;
}

void tpy_gc_maybe_collect(void)
{
    if (mode == TPY_MM_TRACING) {
        if (enabled && tpy_gc_tracing_due())
            tpy_gc_tracing_collect();
        return;
    }
    if (gens[0].count <= gens[0].threshold || gens[0].threshold == 0 || !enabled ||
        collecting || mode == TPY_MM_REFCOUNT_ONLY)
        return;
    TpyObject *saved = tpy_err_fetch();
    collect_with_callbacks(due_generation());
    tpy_err_restore(saved);
}

void tpy_gc_collect_at_exit(void)
{
    if (mode == TPY_MM_REFCOUNT_ONLY)
        return;   // --gc=off: cycles leak, and the live report shows it
    TpyObject *saved = tpy_err_fetch();
    // Finalizers may make new garbage; a few rounds reach a fixed point.
    for (int i = 0; i < 4; i++)
        if (tpy_gc_collect(TPY_GC_GENERATIONS - 1) == 0 && mode != TPY_MM_TRACING)
            break;
    if (mode == TPY_MM_TRACING)
        drain_dead();
    tpy_err_restore(saved);
}

void tpy_gc_finalize(void)
{
    tpy_clear(callbacks_list);
    tpy_gc_collect_at_exit();
    // What dies after this (sys streams, files) dies at once, in every mode.
    if (mode == TPY_MM_TRACING) {
        drain_dead();
        tpy_gc_tracing = false;
    }
}

/* ---------------------------------------------------------------- tracing mode */

static TpyObject **dead;
static size_t ndead, dead_cap;
static bool draining;
static uint64_t dead_bytes_mark;

#define TRACING_DEAD_MAX 10000
#define TRACING_BYTES ((uint64_t)16 << 20)

bool tpy_gc_defer_dead(TpyObject *o)
{
    if (draining)
        return false;
    if (ndead == dead_cap) {
        size_t cap = dead_cap == 0 ? 1024 : dead_cap * 2;
        TpyObject **p = realloc(dead, cap * sizeof *p);
        if (p == NULL)
            return false;   // destroy it now rather than fail
        dead = p;
        dead_cap = cap;
    }
    o->refcount = 1;   // owned by `dead` until the next tracing collection
    dead[ndead++] = o;
    if (ndead == 1)
        dead_bytes_mark = tpy_alloc_stats()->live_bytes;
    return true;
}

bool tpy_gc_tracing_due(void)
{
    if (collecting || draining || ndead == 0)
        return false;
    uint64_t live = tpy_alloc_stats()->live_bytes;
    return ndead >= TRACING_DEAD_MAX || (live > dead_bytes_mark && live - dead_bytes_mark > TRACING_BYTES);
}

// Destroy the objects waiting in `dead` (their deaths now free at once).
static void drain_dead(void)
{
    if (draining)
        return;
    draining = true;
    TpyObject *saved = tpy_err_fetch();
    TpyDelCause old_cause = tpy_memstats_set_cause(TPY_DEL_TRACING);
    while (ndead > 0) {
        TpyObject *o = dead[--ndead];
        tpy_decref(o);
    }
    tpy_memstats_set_cause(old_cause);
    tpy_err_restore(saved);
    draining = false;
}

void tpy_gc_tracing_collect(void)
{
    if (collecting || draining)
        return;
    TpyObject *saved = tpy_err_fetch();
    drain_dead();
    collect_with_callbacks(TPY_GC_GENERATIONS - 1);
    tpy_err_restore(saved);
}

/* ---------------------------------------------------------------- settings */

void tpy_gc_enable(void)
{
    enabled = true;
}

void tpy_gc_disable(void)
{
    enabled = false;
}

bool tpy_gc_isenabled(void)
{
    return enabled && mode != TPY_MM_REFCOUNT_ONLY;
}

bool tpy_gc_is_collecting(void)
{
    return collecting;
}

void tpy_gc_get_count(int64_t count[TPY_GC_GENERATIONS])
{
    for (int i = 0; i < TPY_GC_GENERATIONS; i++)
        count[i] = gens[i].count;
}

void tpy_gc_get_threshold(int64_t threshold[TPY_GC_GENERATIONS])
{
    for (int i = 0; i < TPY_GC_GENERATIONS; i++)
        threshold[i] = gens[i].threshold;
}

void tpy_gc_set_threshold(const int64_t threshold[TPY_GC_GENERATIONS], int n)
{
    for (int i = 0; i < n && i < TPY_GC_GENERATIONS; i++)
        gens[i].threshold = threshold[i];
}

const TpyGCGenStats *tpy_gc_stats(void)
{
    return stats;
}

void tpy_gc_for_each(int generation, void (*fn)(TpyObject *, void *), void *arg)
{
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        if (generation >= 0 && generation != i)
            continue;
        for (TpyGCHead *g = gens[i].head.next; g != &gens[i].head; g = g->next)
            fn(TPY_GC_OBJECT(g), arg);
    }
}

void tpy_gc_freeze(void)
{
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        list_merge(&gens[i].head, &permanent);
        gens[i].count = 0;
    }
}

void tpy_gc_unfreeze(void)
{
    list_merge(&permanent, &gens[TPY_GC_GENERATIONS - 1].head);
}

int64_t tpy_gc_freeze_count(void)
{
    return list_size(&permanent);
}
