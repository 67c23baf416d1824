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
 * Page faults: a first touch of a 4 KiB page costs ~10-20 us on the VMs we
 * run on, more than building the object in it (bench/chars_builtin.py's
 * 760 000 strs from split() spent a third of their time faulting).  So once
 * the pools hold TPY_HUGE_AFTER bytes, i.e. the program is clearly
 * allocation-heavy, new chunks are cut from 2 MiB-aligned arenas mapped with
 * madvise(MADV_HUGEPAGE): with transparent huge pages in "madvise" mode (the
 * Debian default) one fault then maps 2 MiB.  Objects of TPY_HUGE_MIN bytes
 * and more (a 4 MB str) get their own huge-page mapping the same way, and a
 * few freed mappings are kept for reuse, since a fresh mapping faults again
 * while glibc would have recycled its heap.  A hello world never reaches
 * either threshold and keeps its small footprint.  Without THP (or without
 * mmap) this is merely an mmap-based allocator, as correct as before.
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

#if defined(__linux__)
#include <sys/mman.h>
#define TPY_HAVE_MMAP 1
#else
#define TPY_HAVE_MMAP 0
#endif

#define TPY_POOL_MAX 256
#define TPY_POOL_GRAIN 16
#define TPY_POOL_CLASSES (TPY_POOL_MAX / TPY_POOL_GRAIN)
#define TPY_POOL_CHUNK (64 * 1024)
#define TPY_ALLOC_MAX ((size_t)1 << 46)   /* 64 TiB: more than any machine we run on */
#define TPY_HUGE ((size_t)2 << 20)            /* x86-64 huge page */
#define TPY_HUGE_AFTER ((size_t)1 << 20)      /* pool bytes before arenas are used */
#define TPY_HUGE_MIN ((size_t)1 << 20)        /* objects this big get their own mapping */
#define TPY_HUGE_CACHE 4                      /* freed big mappings kept for reuse... */
#define TPY_HUGE_CACHE_MAX ((size_t)64 << 20) /* ...up to this many bytes in all */

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
static size_t pool_bytes;            /* chunk bytes obtained so far */
static char *arena_next, *arena_end; /* current huge-page arena (never freed) */
static struct { void *p; size_t size; } big_cache[TPY_HUGE_CACHE];
static int pool_mode = -1;   /* -1: not decided yet, 0: plain malloc, 1: pools */

static bool use_pools(void)
{
    if (pool_mode < 0) {
        const char *env = getenv("TPY_MALLOC");
        pool_mode = TPY_POOL_DEFAULT && !(env != NULL && strcmp(env, "malloc") == 0);
    }
    return pool_mode == 1;
}

// `size` bytes (a multiple of TPY_HUGE) of fresh memory, 2 MiB-aligned and
// advised to use huge pages; NULL if mmap fails.
static void *map_huge(size_t size)
{
#if TPY_HAVE_MMAP
    // Map one huge page more and cut the unaligned ends off.
    char *raw = mmap(NULL, size + TPY_HUGE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    char *p = (char *)(((uintptr_t)raw + TPY_HUGE - 1) & ~(uintptr_t)(TPY_HUGE - 1));
    if (p > raw)
        munmap(raw, (size_t)(p - raw));
    size_t tail = (size_t)(raw + size + TPY_HUGE - (p + size));
    if (tail > 0)
        munmap(p + size, tail);
#ifdef MADV_HUGEPAGE
    madvise(p, size, MADV_HUGEPAGE);
#endif
    return p;
#else
    (void)size;
    return NULL;
#endif
}

// A new pool chunk: from malloc while the pools are small, else from a
// huge-page arena.  *end gets the end of its usable part.
static char *new_chunk(char **end)
{
    if (pool_bytes >= TPY_HUGE_AFTER) {
        if (arena_next == arena_end) {
            char *a = map_huge(TPY_HUGE);
            if (a != NULL) {
                arena_next = a;
                arena_end = a + TPY_HUGE;
            }
        }
        if (arena_next != arena_end) {
            char *c = arena_next;
            arena_next += TPY_POOL_CHUNK;
            pool_bytes += TPY_POOL_CHUNK;
            *end = arena_next;
            return c;
        }
    }
    Chunk *chunk = malloc(TPY_POOL_CHUNK);
    if (chunk == NULL)
        return NULL;
    chunk->next = chunks;
    chunks = chunk;
    pool_bytes += TPY_POOL_CHUNK;
    *end = (char *)chunk + TPY_POOL_CHUNK;
    return (char *)chunk + TPY_POOL_GRAIN;   /* keep blocks 16-aligned */
}

// A block of class `cls` from its fresh chunk (a new chunk when it is used up).
static void *bump(size_t cls)
{
    size_t block = (cls + 1) * TPY_POOL_GRAIN;
    if (bump_next[cls] == NULL || (size_t)(bump_end[cls] - bump_next[cls]) < block) {
        char *c = new_chunk(&bump_end[cls]);
        if (c == NULL)
            return NULL;
        bump_next[cls] = c;
    }
    void *p = bump_next[cls];
    bump_next[cls] += block;
    return p;
}

// Whole huge pages for an object of `size` bytes.
static size_t big_mapped_size(size_t size)
{
    return (size + TPY_HUGE - 1) & ~(TPY_HUGE - 1);
}

// Memory for a big object: a cached mapping of the same size, else a new one
// (NULL if mmap fails).
static void *big_alloc(size_t size)
{
    size_t mapped = big_mapped_size(size);
    for (int i = 0; i < TPY_HUGE_CACHE; i++) {
        if (big_cache[i].p != NULL && big_cache[i].size == mapped) {
            void *p = big_cache[i].p;
            big_cache[i].p = NULL;
            return p;
        }
    }
    return map_huge(mapped);
}

// Undoes big_alloc.
static void big_free(void *p, size_t size)
{
#if TPY_HAVE_MMAP
    size_t mapped = big_mapped_size(size);
    size_t cached = 0;
    int slot = -1;
    for (int i = 0; i < TPY_HUGE_CACHE; i++) {
        if (big_cache[i].p == NULL)
            slot = i;
        else
            cached += big_cache[i].size;
    }
    if (slot >= 0 && cached + mapped <= TPY_HUGE_CACHE_MAX) {
        big_cache[slot].p = p;
        big_cache[slot].size = mapped;
    } else {
        munmap(p, mapped);
    }
#else
    (void)p;
    (void)size;
#endif
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
    } else if (TPY_HAVE_MMAP && size >= TPY_HUGE_MIN && use_pools()) {
        p = big_alloc(size);
        if (p == NULL)
            return NULL;
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
    } else if (TPY_HAVE_MMAP && size >= TPY_HUGE_MIN && use_pools()) {
        big_free(p, size);
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
