/* frontend/arena.c: bump allocation in chained blocks (see arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE (64 * 1024)
#define ARENA_ALIGN 16

struct TpyArenaBlock {
    TpyArenaBlock *next;
    size_t used, size;
    _Alignas(ARENA_ALIGN) unsigned char data[];
};

void tpy_arena_init(TpyArena *arena)
{
    arena->head = NULL;
    arena->total = 0;
}

void tpy_arena_free(TpyArena *arena)
{
    TpyArenaBlock *block = arena->head;
    while (block != NULL) {
        TpyArenaBlock *next = block->next;
        free(block);
        block = next;
    }
    arena->head = NULL;
    arena->total = 0;
}

static TpyArenaBlock *arena_new_block(size_t size)
{
    TpyArenaBlock *block = malloc(sizeof(TpyArenaBlock) + size);
    if (block == NULL) {
        fprintf(stderr, "tpy: out of memory in the compiler\n");
        exit(2);
    }
    block->next = NULL;
    block->used = 0;
    block->size = size;
    return block;
}

void *tpy_arena_alloc(TpyArena *arena, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    TpyArenaBlock *block = arena->head;
    if (block == NULL || block->size - block->used < size) {
        if (size > ARENA_BLOCK_SIZE / 4) {
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
            memset(big->data, 0, size);
            return big->data;
        }
        block = arena_new_block(ARENA_BLOCK_SIZE);
        block->next = arena->head;
        arena->head = block;
    }
    void *p = block->data + block->used;
    block->used += size;
    arena->total += size;
    memset(p, 0, size);
    return p;
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
