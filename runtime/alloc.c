/* runtime/alloc.c: the object allocator and its statistics.
 *
 * Every object's memory comes from tpy_alloc_object_memory and goes back
 * through tpy_free_object_memory with the same size, so the counters below are
 * exact: a unit test can assert that `allocated - freed` returns to where it
 * started (no leaked object) and `--mem-stats` can print live/peak bytes.
 *
 * Small blocks (<= TPY_POOL_MAX bytes) come from size-class pools: one free
 * list per 16-byte class, refilled from 64 KiB chunks obtained from malloc.
 * A fresh chunk is handed out by bumping a pointer, not carved into a free
 * list up front: carving wrote every page of every chunk, ~70 page faults of
 * a hello world's ~190, for objects that were never allocated.
 * Freed blocks go back on their class's list (LIFO, so a just-freed float is
 * the next one handed out, which keeps caches warm).  Chunks are never given
 * back to malloc: the pools only grow to the program's peak of small objects,
 * as CPython's pymalloc arenas mostly do.
 *
 * Under AddressSanitizer, or when the environment variable TPY_MALLOC=malloc
 * is set (use it with valgrind), every block is a plain malloc/free so the
 * checkers see each object's lifetime.
 *
 * Impossible sizes (above TPY_ALLOC_MAX) fail without calling malloc: glibc
 * would fail anyway, but ASan aborts on such requests unless told otherwise,
 * and `'\0' * (1 << 60)` must raise MemoryError, not abort.
 */
#include "alloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define TPY_POOL_MAX 256
#define TPY_POOL_GRAIN 16
#define TPY_POOL_CLASSES (TPY_POOL_MAX / TPY_POOL_GRAIN)
#define TPY_POOL_CHUNK (64 * 1024)
#define TPY_ALLOC_MAX ((size_t)1 << 46)   /* 64 TiB: more than any machine we run on */

#if defined(__SANITIZE_ADDRESS__)
#define TPY_POOL_DEFAULT false
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TPY_POOL_DEFAULT false
#endif
#endif
#ifndef TPY_POOL_DEFAULT
#define TPY_POOL_DEFAULT true
#endif

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

typedef struct Chunk {
    struct Chunk *next;   /* all chunks, so tpy_alloc_release_pools can free them */
} Chunk;

static TpyAllocStats stats;
static FreeBlock *free_lists[TPY_POOL_CLASSES];
static char *bump_next[TPY_POOL_CLASSES], *bump_end[TPY_POOL_CLASSES];  /* fresh chunk */
static Chunk *chunks;
static int pool_mode = -1;   /* -1: not decided yet, 0: plain malloc, 1: pools */

static bool use_pools(void)
{
    if (pool_mode < 0) {
        const char *env = getenv("TPY_MALLOC");
        pool_mode = TPY_POOL_DEFAULT && !(env != NULL && strcmp(env, "malloc") == 0);
    }
    return pool_mode == 1;
}

// A block of class `cls` from its fresh chunk (a new chunk when it is used up).
static void *bump(size_t cls)
{
    size_t block = (cls + 1) * TPY_POOL_GRAIN;
    if (bump_next[cls] == NULL || (size_t)(bump_end[cls] - bump_next[cls]) < block) {
        Chunk *chunk = malloc(TPY_POOL_CHUNK);
        if (chunk == NULL)
            return NULL;
        chunk->next = chunks;
        chunks = chunk;
        bump_next[cls] = (char *)chunk + TPY_POOL_GRAIN;   /* keep blocks 16-aligned */
        bump_end[cls] = (char *)chunk + TPY_POOL_CHUNK;
    }
    void *p = bump_next[cls];
    bump_next[cls] += block;
    return p;
}

static void count_alloc(size_t size)
{
    stats.allocated++;
    stats.live_bytes += size;
    if (stats.live_bytes > stats.peak_live_bytes)
        stats.peak_live_bytes = stats.live_bytes;
    uint64_t live = stats.allocated - stats.freed;
    if (live > stats.peak_live_objects)
        stats.peak_live_objects = live;
}

/* Raw memory for one object of `size` bytes (not zeroed); NULL on failure,
 * no exception set (the caller raises MemoryError). */
void *tpy_alloc_object_memory(size_t size)
{
    if (size == 0)
        size = 1;
    if (size > TPY_ALLOC_MAX)
        return NULL;
    void *p;
    if (size <= TPY_POOL_MAX && use_pools()) {
        size_t cls = (size - 1) / TPY_POOL_GRAIN;
        FreeBlock *b = free_lists[cls];
        if (b != NULL) {
            free_lists[cls] = b->next;
            p = b;
        } else {
            p = bump(cls);
            if (p == NULL)
                return NULL;
        }
    } else {
        p = malloc(size);
        if (p == NULL)
            return NULL;
    }
    count_alloc(size);
    return p;
}

/* Give back a block from tpy_alloc_object_memory; `size` must be the size it
 * was allocated with.  NULL is ignored. */
void tpy_free_object_memory(void *p, size_t size)
{
    if (p == NULL)
        return;
    if (size == 0)
        size = 1;
    stats.freed++;
    stats.live_bytes -= size;
    if (size <= TPY_POOL_MAX && use_pools()) {
        size_t cls = (size - 1) / TPY_POOL_GRAIN;
        FreeBlock *b = p;
        b->next = free_lists[cls];
        free_lists[cls] = b;
    } else {
        free(p);
    }
}

void tpy_alloc_note_release(size_t size)
{
    stats.freed++;
    stats.live_bytes -= size;
}

void tpy_alloc_note_reuse(size_t size)
{
    count_alloc(size);
}

const TpyAllocStats *tpy_alloc_stats(void)
{
    return &stats;
}

/* Return every pool chunk to malloc.  Only valid when no pooled object is
 * alive any more (at exit, after the last object is gone). */
void tpy_alloc_release_pools(void)
{
    while (chunks != NULL) {
        Chunk *next = chunks->next;
        free(chunks);
        chunks = next;
    }
    memset(free_lists, 0, sizeof free_lists);
    memset(bump_next, 0, sizeof bump_next);
    memset(bump_end, 0, sizeof bump_end);
}
