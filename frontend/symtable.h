/* frontend/symtable.h: the syntax errors CPython finds after parsing.
 *
 * CPython 3.11 reports some SyntaxErrors only once the whole file has parsed:
 * Python/future.c (`from __future__` rules), Python/symtable.c (global,
 * nonlocal, `import *`, duplicate parameters, walrus in comprehensions) and a
 * few checks of Python/compile.c (`await` placement, a bare `except:` that is
 * not last, repeated keyword arguments, late `__future__` imports).  This pass
 * walks the AST once with a stack of scopes and reports the first of them in
 * the order CPython would.  tpy_parse_module runs it after a successful parse.
 */
#ifndef TPY_FRONTEND_SYMTABLE_H
#define TPY_FRONTEND_SYMTABLE_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"

/* CPython's stages, earliest first: an error of an earlier stage wins. */
typedef enum TpySymtableStage {
    TPY_SYMTABLE_STAGE_FUTURE,     /* Python/future.c */
    TPY_SYMTABLE_STAGE_SYMTABLE,   /* Python/symtable.c (visit, then analysis) */
    TPY_SYMTABLE_STAGE_COMPILE     /* Python/compile.c */
} TpySymtableStage;

typedef struct TpySymtableError {
    bool set;
    TpySymtableStage stage;
    TpyPos pos;                    /* the node CPython points at */
    bool single_caret;             /* CPython gives only a column here, no range */
    const char *message;           /* arena-owned */
} TpySymtableError;

/* Check `module`; returns false and fills `*error` with the first error.
 * Scratch memory comes from `arena`. */
bool tpy_symtable_check(TpyArena *arena, const TpyAstModule *module, TpySymtableError *error);

#endif
