/* frontend/arena.h: a bump allocator for everything one compilation builds.
 *
 * The parser and checker allocate many small objects (AST nodes, lists,
 * identifiers, types) that all live exactly as long as the compilation.  An
 * arena makes allocation a pointer bump and freeing one call, and removes a
 * whole class of ownership bugs from the front end.
 */
#ifndef TPY_FRONTEND_ARENA_H
#define TPY_FRONTEND_ARENA_H

#include <stddef.h>

typedef struct TpyArenaBlock TpyArenaBlock;

typedef struct TpyArena {
    TpyArenaBlock *head;      /* block being filled; older blocks chain behind it */
    size_t total;             /* bytes handed out, for statistics */
} TpyArena;

void tpy_arena_init(TpyArena *arena);
void tpy_arena_free(TpyArena *arena);

/* Zeroed memory, aligned for any type.  Aborts with a message on out-of-memory
 * (the front end has no way to continue without memory). */
void *tpy_arena_alloc(TpyArena *arena, size_t size);

/* Copy of s[0..len) plus a terminating NUL. */
char *tpy_arena_strndup(TpyArena *arena, const char *s, size_t len);
char *tpy_arena_strdup(TpyArena *arena, const char *s);
/* printf into the arena. */
char *tpy_arena_printf(TpyArena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Append `item` to a pointer array of `*count` items whose storage is `*items`,
 * growing it in the arena (capacity doubles at powers of two).  Use through
 * TPY_ARENA_PUSH(arena, list, item) on any struct { T **items; int count; }. */
void tpy_arena_push(TpyArena *arena, void ***items, int *count, void *item);

/* Calls visit(ctx, data, used) once per block with the bytes handed out from
 * it, newest block first (frontend/snapshot.c dumps arenas this way). */
void tpy_arena_each_block(const TpyArena *arena,
                          void (*visit)(void *ctx, unsigned char *data, size_t used), void *ctx);
#define TPY_ARENA_PUSH(arena, list, item) \
    tpy_arena_push((arena), (void ***)&(list).items, &(list).count, (void *)(item))

#endif
