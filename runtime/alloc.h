/* runtime/alloc.h: the object allocator and its statistics.
 *
 * All object memory goes through here so that tpy can count what it
 * allocates (live objects at exit prove the refcounting right; --mem-stats
 * reports them) and so that small objects can come from size-class pools
 * instead of malloc (allocation-heavy code is a benchmark).
 */
#ifndef TPY_RUNTIME_ALLOC_H
#define TPY_RUNTIME_ALLOC_H

#include <stddef.h>
#include <stdint.h>

/* Raw memory for one object (not zeroed); NULL on failure (no exception set). */
void *tpy_alloc_object_memory(size_t size);
void tpy_free_object_memory(void *p, size_t size);

typedef struct TpyAllocStats {
    uint64_t allocated, freed;      /* objects */
    uint64_t live_bytes, peak_live_bytes;
    uint64_t peak_live_objects;
} TpyAllocStats;

const TpyAllocStats *tpy_alloc_stats(void);

/* Give the small-object pools back to malloc (at exit, once no object that
 * came from a pool is alive; valgrind then reports nothing "still reachable"). */
void tpy_alloc_release_pools(void);

/* Free lists of a type (float.c) keep dead objects for reuse; they report
 * each release to / reuse from the list here so that the object counters
 * stay exact (an object on a free list counts as freed). */
void tpy_alloc_note_release(size_t size);
void tpy_alloc_note_reuse(size_t size);

/* Convenience for objects' out-of-line buffers is plain malloc: only object
 * memory is counted.  Set TPY_MALLOC=malloc in the environment to bypass the
 * pools (valgrind); ASan builds bypass them automatically. */

#endif
