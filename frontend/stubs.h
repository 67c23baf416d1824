/* frontend/stubs.h: the standard-library signatures tpy knows, as typed stubs.
 *
 * What the checker knows about builtins, sys, math, ... is written as Python
 * stub files (frontend/stubs/<module>.pyi, a small typeshed) and embedded in
 * the binary at build time by cmake/embed_stubs.cmake.  The checker parses a
 * stub with the ordinary parser the first time a script imports its module
 * (builtins always), so adding a function is a one-line change in a .pyi.
 */
#ifndef TPY_FRONTEND_STUBS_H
#define TPY_FRONTEND_STUBS_H

#include <stddef.h>

typedef struct TpyEmbeddedStub {
    const char *module;       /* "builtins", "os.path", ... */
    const char *path;         /* "frontend/stubs/builtins.pyi", for messages */
    const char *text;
    size_t len;
} TpyEmbeddedStub;

/* Terminated by an entry whose module is NULL. */
extern const TpyEmbeddedStub tpy_embedded_stubs[];

/* The stub for `module`, or NULL if tpy has no such standard module. */
const TpyEmbeddedStub *tpy_stub_find(const char *module);

#endif
