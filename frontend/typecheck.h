/* frontend/typecheck.h: the checker's view of a program, for check.c and the compiler.
 *
 * A program is a set of modules (the main script, user modules beside it and
 * the standard-library stubs), each a TpyModuleInfo with its AST and scope.
 * check.c loads files and stubs; the checker (typecheck*.c) declares, resolves
 * and checks them, filling the typed AST.
 */
#ifndef TPY_FRONTEND_TYPECHECK_H
#define TPY_FRONTEND_TYPECHECK_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "scope.h"
#include "types.h"

typedef enum TpyModuleState {
    TPY_MODULE_NEW, TPY_MODULE_DECLARING, TPY_MODULE_DECLARED, TPY_MODULE_CHECKING,
    TPY_MODULE_DONE
} TpyModuleState;

typedef struct TpyModuleInfo {
    const char *name;              /* "__main__", "helper", "math", "os.path" */
    TpyAstModule *ast;             /* NULL if it failed to parse */
    const TpySource *source;
    TpyScope *scope;               /* module globals */
    bool is_stub;                  /* from frontend/stubs */
    TpyModuleState state;
    TpyType *type;                 /* the MODULE type */
    bool names_ready;              /* TypeVars and imports declared: classes may be resolved */
} TpyModuleInfo;

typedef struct TpyChecker TpyChecker;

/* How the checker asks check.c for a module: returns it (loaded and parsed,
 * maybe still being checked: import cycles) or NULL; sets *unsupported when the
 * name is a real standard module tpy has no stub for. */
typedef TpyModuleInfo *(*TpyImportHook)(void *ctx, const char *name, bool *unsupported);

/* A checker for one program; everything is allocated in `arena`. */
TpyChecker *tpy_typecheck_new(TpyArena *arena, TpyDiags *diags, TpyImportHook hook, void *ctx);
/* Declare and check `module` (stubs: declarations only).  Re-entrant for
 * imports; a module already being checked is returned as is (cycles). */
void tpy_typecheck_module(TpyChecker *checker, TpyModuleInfo *module);
/* Start-up snapshots (check.c, snapshot.c): `unbind` clears the checker's
 * links to its caller (arena, diagnostics, import hook, C callbacks) so its
 * state can be embedded in the binary; `rebind` attaches such a checker to a
 * new program. */
void tpy_typecheck_unbind(TpyChecker *checker);
void tpy_typecheck_rebind(TpyChecker *checker, TpyArena *arena, TpyDiags *diags,
                          TpyImportHook hook, void *ctx);
/* Types and builtin classes of the program. */
TpyTypes *tpy_typecheck_types(TpyChecker *checker);

#endif
