/* frontend/snapshot.h: arenas written out as C, so a later build can start
 * with their contents instead of recomputing them (see snapshot.c).
 */
#ifndef TPY_FRONTEND_SNAPSHOT_H
#define TPY_FRONTEND_SNAPSHOT_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"

/* Write a C file defining `void *const SYMBOL`, which points at the copy of
 * `root` inside a static, writable copy of every block of `arenas`.  Pointers
 * between the arenas become address constants (the linker relocates them);
 * pointers to static strings of this program become string arrays of the
 * generated file.  Any other pointer-like word (heap, stack, code) is an
 * error.  Returns 0, or -1 with a message in err. */
int tpy_snapshot_write_c(FILE *out, TpyArena *const *arenas, int count, const void *root,
                         const char *symbol, char *err, size_t err_size);

#endif
