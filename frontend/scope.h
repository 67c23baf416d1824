/* frontend/scope.h: symbols and scopes of the typed AST.
 *
 * Python scoping: a name bound anywhere in a function body is local to that
 * function (unless declared global/nonlocal); class bodies have their own
 * namespace that methods do not see; comprehensions and lambdas are functions.
 * The checker creates one TpyScope per module, class, def, lambda and
 * comprehension, binds every name to a TpySymbol, and stores the symbol in
 * Name.sym.  The compiler reads scope->symbols (declaration order) to lay out
 * frames, and TPY_SYMF_CELL to know which locals inner functions capture.
 */
#ifndef TPY_FRONTEND_SCOPE_H
#define TPY_FRONTEND_SCOPE_H

#include <stdbool.h>

#include "arena.h"
#include "types.h"

struct TpyAstStmt;
struct TpyAstExpr;
struct TpySource;
struct TpyModuleInfo;

typedef enum TpyScopeKind {
    TPY_SCOPE_MODULE, TPY_SCOPE_CLASS, TPY_SCOPE_FUNCTION, TPY_SCOPE_LAMBDA,
    TPY_SCOPE_COMPREHENSION, TPY_SCOPE_BUILTINS
} TpyScopeKind;

typedef enum TpySymbolKind {
    TPY_SYM_VAR,       /* variable (module global, local, class variable, field) */
    TPY_SYM_PARAM,     /* function parameter */
    TPY_SYM_FUNC,      /* def */
    TPY_SYM_CLASS,     /* class statement; cls set */
    TPY_SYM_MODULE,    /* imported module; module set */
    TPY_SYM_TYPEVAR,   /* T = TypeVar("T") in a stub */
    TPY_SYM_SPECIAL    /* natively implemented name (type->kind == SPECIAL) */
} TpySymbolKind;

enum {
    TPY_SYMF_GLOBAL = 1 << 0,     /* `global x` in this scope: see `target` */
    TPY_SYMF_NONLOCAL = 1 << 1,   /* `nonlocal x` in this scope: see `target` */
    TPY_SYMF_CELL = 1 << 2,       /* captured by an inner function */
    TPY_SYMF_FIELD = 1 << 3,      /* instance attribute of a class */
    TPY_SYMF_CLASSVAR = 1 << 4,   /* assigned in the class body */
    TPY_SYMF_HAS_DEFAULT = 1 << 5,/* dataclass/NamedTuple field with a default */
    TPY_SYMF_PARTIAL = 1 << 6,    /* `x = []` waiting for x.append(...) to fix its type */
    TPY_SYMF_INFERRING = 1 << 7,  /* its type is being inferred (cycle guard) */
    TPY_SYMF_IMPORTED = 1 << 8,   /* bound by an import */
    TPY_SYMF_DECLARED = 1 << 9,   /* has an explicit annotation */
    TPY_SYMF_SETTABLE = 1 << 10,  /* property with a setter */
    TPY_SYMF_INIT_FALSE = 1 << 11,/* dataclass field(init=False) */
    TPY_SYMF_BOXED = 1 << 12      /* compiler: a float/bool/complex local that may be read
                                     unbound, kept in an OBJ register (compile_defassign.c) */
};

typedef struct TpySymbol {
    const char *name;
    TpySymbolKind kind;
    unsigned flags;
    TpyType *type;                 /* declared or inferred type; NULL while unknown */
    struct TpyScope *scope;        /* the scope that owns it */
    struct TpySymbol *target;      /* global/nonlocal: the symbol it stands for */
    int index;                     /* position in scope->symbols; fields: slot in class */
    int line, col;                 /* where it was first bound */
    TpyClass *cls;                 /* TPY_SYM_CLASS; fields/methods: owning class */
    struct TpyModuleInfo *module;  /* TPY_SYM_MODULE */
    struct TpyAstStmt *def;        /* def/class statement, or the binding statement */
    struct TpyAstExpr *value;      /* first assigned value (inference, defaults) */
    const struct TpySource *source;/* file it was bound in */
} TpySymbol;

typedef struct TpyScope {
    TpyScopeKind kind;
    const char *name;              /* function/class/module name */
    struct TpyScope *parent;       /* lexically enclosing scope (class scopes skipped by lookups) */
    TpySymbol **symbols;           /* declaration order */
    int count;
    TpySymbol **table;             /* open-addressing hash table over symbols */
    int table_size;
    TpyClass *cls;                 /* TPY_SCOPE_CLASS: the class */
    TpyType *func;                 /* function scopes: its CALLABLE type */
    struct TpyModuleInfo *module;  /* owning module */
} TpyScope;

TpyScope *tpy_scope_new(TpyArena *arena, TpyScopeKind kind, const char *name, TpyScope *parent);
/* The symbol `name` of this scope only, or NULL. */
TpySymbol *tpy_scope_lookup(const TpyScope *scope, const char *name);
/* Add a new symbol (the caller checks for an existing one first). */
TpySymbol *tpy_scope_add(TpyArena *arena, TpyScope *scope, const char *name, TpySymbolKind kind);
/* The existing symbol, or a new TPY_SYM_VAR. */
TpySymbol *tpy_scope_get_or_add(TpyArena *arena, TpyScope *scope, const char *name);

#endif
