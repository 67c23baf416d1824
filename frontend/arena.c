/* frontend/arena.c: bump allocation in chained blocks (see arena.h).
 *
 * Speed matters here: parsing a 100 000-line file allocates some 60 MB of
 * nodes, lists and names, and at that size the cost is the memory itself,
 * not the bookkeeping.  So:
 *  - Blocks come straight from mmap on Linux.  Fresh anonymous pages are
 *    zero, and an arena never reuses memory, so tpy_arena_alloc needs no
 *    memset (it was a third of the parse time); elsewhere calloc zeroes them.
 *  - Blocks grow (64 KB doubling to 4 MB), so a small stub file stays small
 *    and a big script makes few system calls; blocks of 2 MB and more ask
 *    for transparent huge pages, one page fault per 2 MB instead of 512.
 *  - An allocation is aligned to the largest power of two dividing its size
 *    (at most 16).  Any C object's size is a multiple of its alignment, so
 *    this is "aligned for any type" that fits, while strings pack tightly.
 * Invariant: memory handed out is zero and never handed out twice.
 */
#include "arena.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__linux__)
#include <sys/mman.h>
#define ARENA_USE_MMAP 1
#endif

#define ARENA_FIRST_BLOCK (64 * 1024)
#define ARENA_MAX_BLOCK (4 * 1024 * 1024)
#define ARENA_HUGE_PAGE (2 * 1024 * 1024)
#define ARENA_ALIGN 16

struct TpyArenaBlock {
    TpyArenaBlock *next;
    size_t used, size;        /* bytes of data[] handed out / available */
    size_t mapped;            /* bytes obtained from the system, header included */
    _Alignas(ARENA_ALIGN) unsigned char data[];
};

void tpy_arena_init(TpyArena *arena)
{
    arena->head = NULL;
    arena->total = 0;
}

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#else
#define ASAN_UNPOISON_MEMORY_REGION(addr, size) ((void)(addr), (void)(size))
#endif

static void arena_release_block(TpyArenaBlock *block)
{
    /* ast.c poisons unused node tails in sanitizer builds; the pages may be
     * mapped again by someone else. */
    ASAN_UNPOISON_MEMORY_REGION(block, block->mapped);
#ifdef ARENA_USE_MMAP
    munmap(block, block->mapped);
#else
    free(block);
#endif
}

void tpy_arena_free(TpyArena *arena)
{
    TpyArenaBlock *block = arena->head;
    while (block != NULL) {
        TpyArenaBlock *next = block->next;
        arena_release_block(block);
        block = next;
    }
    arena->head = NULL;
    arena->total = 0;
}

/* A zeroed block with at least `size` bytes of data. */
static TpyArenaBlock *arena_new_block(size_t size)
{
    size_t bytes = sizeof(TpyArenaBlock) + size;
#ifdef ARENA_USE_MMAP
    bytes = (bytes + 4095) & ~(size_t)4095;
    bool huge = bytes >= ARENA_HUGE_PAGE;
    if (huge)   /* whole huge pages, aligned: map one more and trim */
        bytes = (bytes + ARENA_HUGE_PAGE - 1) & ~(size_t)(ARENA_HUGE_PAGE - 1);
    size_t map = huge ? bytes + ARENA_HUGE_PAGE : bytes;
    unsigned char *mem = mmap(NULL, map, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                              -1, 0);
    if (mem == MAP_FAILED) {
        mem = NULL;
    } else if (huge) {
        size_t lead = (ARENA_HUGE_PAGE - (uintptr_t)mem % ARENA_HUGE_PAGE) % ARENA_HUGE_PAGE;
        if (lead > 0)
            munmap(mem, lead);
        if (map - lead > bytes)
            munmap(mem + lead + bytes, map - lead - bytes);
        mem += lead;
#ifdef MADV_HUGEPAGE
        madvise(mem, bytes, MADV_HUGEPAGE);   /* a hint: failure is harmless */
#endif
    }
#else
    void *mem = calloc(1, bytes);
#endif
    if (mem == NULL) {
        fprintf(stderr, "tpy: out of memory in the compiler\n");
        exit(2);
    }
    TpyArenaBlock *block = (void *)mem;
    block->next = NULL;
    block->used = 0;
    block->size = bytes - sizeof(TpyArenaBlock);
    block->mapped = bytes;
    return block;
}

/* The slow path: the current block is full (or there is none). */
static void *arena_alloc_slow(TpyArena *arena, size_t size)
{
    TpyArenaBlock *block = arena->head;
    size_t next = block == NULL ? ARENA_FIRST_BLOCK
                  : block->size * 2 > ARENA_MAX_BLOCK ? ARENA_MAX_BLOCK : block->size * 2;
    if (size > next / 4) {
        /* A big request gets a block of its own, chained behind the current
         * one so the current block keeps filling. */
        TpyArenaBlock *big = arena_new_block(size);
        if (block == NULL) {
            arena->head = big;
        } else {
            big->next = block->next;
            block->next = big;
        }
        big->used = size;
        arena->total += size;
        return big->data;
    }
    block = arena_new_block(next);
    block->next = arena->head;
    arena->head = block;
    block->used = size;
    arena->total += size;
    return block->data;
}

void *tpy_arena_alloc(TpyArena *arena, size_t size)
{
    if (size == 0)
        size = 1;
    size_t align = size & (~size + 1);    /* lowest set bit */
    if (align > ARENA_ALIGN)
        align = ARENA_ALIGN;
    TpyArenaBlock *block = arena->head;
    if (block != NULL) {
        size_t start = (block->used + align - 1) & ~(align - 1);
        if (start <= block->size && block->size - start >= size) {
            block->used = start + size;
            arena->total += size;
            return block->data + start;
        }
    }
    return arena_alloc_slow(arena, size);
}

char *tpy_arena_strndup(TpyArena *arena, const char *s, size_t len)
{
    char *copy = tpy_arena_alloc(arena, len + 1);
    memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

char *tpy_arena_strdup(TpyArena *arena, const char *s)
{
    return tpy_arena_strndup(arena, s, strlen(s));
}

char *tpy_arena_printf(TpyArena *arena, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    char *out = tpy_arena_alloc(arena, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(out, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return out;
}

void tpy_arena_push(TpyArena *arena, void ***items, int *count, void *item)
{
    int n = *count;
    /* Capacity is implicit: the next power of two >= n (minimum 4). */
    if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
        int capacity = n == 0 ? 4 : n * 2;
        void **grown = tpy_arena_alloc(arena, sizeof(void *) * (size_t)capacity);
        if (n > 0)
            memcpy(grown, *items, sizeof(void *) * (size_t)n);
        *items = grown;
    }
    (*items)[n] = item;
    *count = n + 1;
}

void tpy_arena_each_block(const TpyArena *arena,
                          void (*visit)(void *ctx, unsigned char *data, size_t used), void *ctx)
{
    for (TpyArenaBlock *block = arena->head; block != NULL; block = block->next)
        visit(ctx, block->data, block->used);
}
