/* frontend/typecheck_internal.h: shared state of the checker's files.
 *
 *   typecheck.c        checker setup, errors, module passes, annotations, classes, defs
 *   typecheck_stmt.c   statements, flow (reachability) and the narrowing environment
 *   typecheck_expr.c   expressions, operators, attributes, subscripts
 *   typecheck_call.c   calls: argument matching, TypeVar inference, overloads, natives
 */
#ifndef TPY_FRONTEND_TYPECHECK_INTERNAL_H
#define TPY_FRONTEND_TYPECHECK_INTERNAL_H

#include "typecheck.h"

/* One narrowed fact: the (Name or Name.attr) `sym`/`attr` has type `type` here. */
typedef struct NarrowEntry {
    TpySymbol *sym;
    const char *attr;              /* NULL for the name itself */
    TpyType *type;
} NarrowEntry;

typedef struct Env {
    NarrowEntry *items;
    int count, cap;
    bool unreachable;              /* control cannot reach this point */
} Env;

/* The function (or module body) being checked. */
typedef struct FuncCtx {
    struct FuncCtx *parent;
    TpyScope *scope;
    TpyType *ret;                  /* declared return type; NULL at module level */
    TpyType *yield_type;           /* generators: declared element type */
    TpyType *send_type;            /* generators: the type of a `yield` expression */
    bool is_generator;
    TpyClass *cls;                 /* methods: the class */
    TpySymbol *self_sym;           /* methods: the first parameter */
    const char *name;
    int loop_depth;
    bool is_lambda;
    Env *break_env;                /* innermost loop: join of the envs at `break` */
    bool *loop_broke;
    TpyType *lambda_ret;           /* lambdas: inferred body type */
} FuncCtx;

struct TpyChecker {
    TpyArena *arena;
    TpyTypes types;
    TpyDiags *diags;
    TpyImportHook import_hook;
    void *import_ctx;
    TpyModuleInfo *module;         /* module being checked (errors go to its source) */
    TpyModuleInfo *builtins, *typing;
    TpyScope *natives;             /* special forms (stub rule 9) */
    FuncCtx *fn;
    Env env;
    int silent;                    /* > 0: count errors instead of reporting them */
    int silent_errors;
    int depth;                     /* recursion guard for expressions/statements */
    TpyClass *class_ctx;           /* class body being declared */
    TpyAstStmt *assign_anchor;     /* `for` statement whose target is being assigned */
};

#define TPY_CHECK_MAX_DEPTH 400

/* typecheck.c */
void tc_error(TpyChecker *c, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
const char *tc_str(TpyChecker *c, TpyType *t);
TpyType *tc_resolve_annotation(TpyChecker *c, TpyAstExpr *ann, TpyScope *scope);
bool tc_is_alias_value(TpyChecker *c, TpyAstExpr *e, TpyScope *scope, int depth);
TpySymbol *tc_lookup_name(TpyChecker *c, TpyScope *scope, const char *name);
void tc_check_function_body(TpyChecker *c, TpyAstStmt *def);
void tc_ensure_field_type(TpyChecker *c, TpySymbol *sym);
bool tc_is_subtype(TpyChecker *c, TpyType *a, TpyType *b);
TpyModuleInfo *tc_import(TpyChecker *c, const char *name, TpyAstStmt *stmt, int line, int col,
                         bool report);
void tc_declare_import(TpyChecker *c, TpyAstStmt *s, TpyScope *scope);
void tc_bind_class(TpyChecker *c, TpyAstStmt *s, TpyScope *scope);
void tc_declare_class(TpyChecker *c, TpySymbol *csym);
void tc_declare_def(TpyChecker *c, TpyAstStmt *s, TpyScope *scope, TpyClass *cls);
TpyType *tc_declare_function(TpyChecker *c, TpyAstStmt *def, TpyScope *scope, TpyClass *cls);

/* typecheck_stmt.c */
void tc_check_block(TpyChecker *c, TpyAstStmtList *body);
void tc_check_stmt(TpyChecker *c, TpyAstStmt *stmt);
void tc_collect_bindings(TpyChecker *c, TpyAstStmtList *body, TpyScope *scope, bool is_class);
NarrowEntry *tc_env_find(Env *env, TpySymbol *sym, const char *attr);
void tc_env_set(TpyChecker *c, Env *env, TpySymbol *sym, const char *attr, TpyType *type);
void tc_env_kill(Env *env, TpySymbol *sym, const char *attr);
Env tc_env_copy(TpyChecker *c, const Env *env);
Env tc_env_join(TpyChecker *c, const Env *a, const Env *b);
void tc_narrow_condition(TpyChecker *c, TpyAstExpr *cond, Env *if_true, Env *if_false);
void tc_finish_scope(TpyChecker *c, TpyScope *scope);
void tc_assign_to(TpyChecker *c, TpyAstExpr *target, TpyType *value_type, TpyAstExpr *value);

/* typecheck_expr.c */
TpyType *tc_expr(TpyChecker *c, TpyAstExpr *e, TpyType *expected);
TpyType *tc_member(TpyChecker *c, TpyType *recv, const char *name, TpySymbol **sym_out);
TpyType *tc_member_lookup_cb(void *ctx, TpyType *recv, const char *name);
TpyType *tc_binop_types(TpyChecker *c, TpyBinOp op, TpyType *lt, TpyType *rt,
                        TpyAstExpr *node, TpyAstExpr *left, TpyAstExpr *right);
TpyType *tc_iter_item(TpyChecker *c, TpyType *t, TpyAstExpr *node);
bool tc_expr_key(TpyAstExpr *e, TpySymbol **sym, const char **attr);
TpyType *tc_declared_type_of_key(TpyChecker *c, TpySymbol *sym, const char *attr);

/* typecheck_call.c */
TpyType *tc_call(TpyChecker *c, TpyAstExpr *call, TpyType *expected);
TpyType *tc_constructor(TpyChecker *c, TpyType *classobj);
TpyType *tc_call_types(TpyChecker *c, TpyType *callee, TpyType **arg_types, int count,
                       TpyAstExpr *node, bool *ok);
TpyType *tc_bind_method(TpyChecker *c, TpyType *fn, TpyType *self_type, bool classmethod);
bool tc_infer(TpyChecker *c, TpyType *formal, TpyType *actual, TpyType **tvars, TpyType **binds,
              int n, int depth);

#endif
