/* frontend/compile_internal.h: state shared by compile*.c.
 *
 * A Unit is one code object under construction (module body, function,
 * lambda).  Registers: parameters first, then the other locals, then
 * temporaries allocated like a stack (tmp_top).  A register's kind never
 * changes once assigned (the frame releases OBJ registers by kind), so a
 * temporary of another kind skips to the next free register of its kind.
 */
#ifndef TPY_FRONTEND_COMPILE_INTERNAL_H
#define TPY_FRONTEND_COMPILE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "scope.h"
#include "typecheck.h"
#include "types.h"
#include "codegen.h"

#define KIND_UNSET 0xff

/* The runtime's value kinds (value.h), under the same names (the compiler
 * cannot include value.h: see codegen.h). */
typedef int TpyValueKind;
#define TPY_KIND_OBJ TPY_CG_OBJ
#define TPY_KIND_F64 TPY_CG_F64
#define TPY_KIND_I64 TPY_CG_I64
#define TPY_KIND_C128 TPY_CG_C128
static inline int tpy_value_kind_slots(TpyValueKind kind)
{
    return kind == TPY_KIND_C128 ? 2 : 1;
}

typedef struct SymReg { const TpySymbol *sym; int reg; bool cell; } SymReg;

typedef enum FBlockKind { FB_LOOP, FB_FINALLY, FB_HANDLER, FB_WITH } FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    /* FB_LOOP: jumps to patch */
    int *breaks; int nbreaks, capbreaks;
    int continue_target;
    int iter_reg;                 /* loop's iterator register to release on break, or -1 */
    /* FB_FINALLY: the finally body to inline on return/break/continue */
    TpyAstStmtList *finalbody;
    /* FB_HANDLER: saved handled-exception register and the `as` name's register */
    int save_reg, exc_reg, name_reg;
    /* FB_WITH: exit callable register */
    int exit_reg;
    /* FB_FINALLY / FB_WITH: code ranges (inlined exits) the block's handler must not cover */
    int (*holes)[2]; int nholes, capholes;
} FBlock;

typedef struct Compiler Compiler;

typedef struct Unit {
    struct Unit *parent;
    Compiler *c;
    TpyScope *scope;              /* the function/lambda/module scope */
    uint32_t *ops; uint32_t *lines; int nops, capops;
    TpyObject **consts; int nconsts, capconsts;
    const void **natives; int nnatives, capnatives;
    uint8_t *kinds; char **names; uint8_t *clear; int nregs, capregs;
    int tmp_top;                  /* first register free for temporaries */
    TpyExcEntry *exc; int nexc, capexc;
    SymReg *locals; int nlocals, caplocals;
    uint8_t *da; int capda;       /* definitely assigned locals (compile_defassign.c) */
    bool da_dead;                 /* unreachable code: every local counts as assigned */
    bool rebox;                   /* a local was just marked TPY_SYMF_BOXED: compile again */
    bool can_rebox;               /* a function unit (cu_compile_function can start over) */
    const TpySymbol **freevars; int nfree, capfree;
    FBlock fblocks[64]; int nfblocks;
    int line;
    bool is_module, is_generator;
    TpyValueKind ret_kind;
    TpyType *ret_type;
    TpyClass *cls;                /* enclosing class of a method, or NULL */
    TpyModuleInfo *module;
    char qual[200];               /* qualname prefix for nested defs */
} Unit;

struct Compiler {
    TpyModuleInfo *module;        /* module being compiled */
    const char *filename;
    TpyObject *module_obj;        /* its runtime module */
    bool failed;
    char error[256];
};

typedef struct Val { int reg; TpyValueKind kind; bool temp; } Val;

/* compile.c: units, registers, emission */
void cu_error(Unit *u, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int cu_emit(Unit *u, TpyOpcode op, ...);          /* returns the offset of the instruction */
void cu_patch_jump(Unit *u, int at, int target);  /* at: offset of the jump instruction */
int cu_here(Unit *u);
int cu_const(Unit *u, TpyObject *o);              /* steals o */
int cu_const_str(Unit *u, const char *s);
int cu_native(Unit *u, const void *def);
int cu_alloc(Unit *u, TpyValueKind kind);         /* one temporary */
int cu_alloc_block(Unit *u, const TpyValueKind *kinds, int n);
int cu_alloc_objs(Unit *u, int n);                /* n OBJ temporaries in a row */
int cu_alloc_local(Unit *u, TpyValueKind kind, const char *name);
void cu_free_to(Unit *u, int mark);               /* release temporaries >= mark */
void cu_mark_clear(Unit *u, int reg, bool needs_clear);
TpyValueKind cu_kind_of(TpyType *t);
/* The kind a function returns its result in (its code's ret_kind): callers
 * that call it directly must agree.  Operator methods (__eq__, __add__,
 * __radd__, ...) of a class always return OBJ (NotImplemented is legal). */
TpyValueKind cu_function_ret_kind(bool method, const char *name, TpyType *ftype);
TpyValueKind cu_storage_kind(const TpySymbol *sym);   /* a variable's register/slot kind */
bool cu_is_builtin(TpyType *t, const char *name);
bool cu_is_instance_of(TpyType *t, const char *name);
TpyType *cu_strip(TpyType *t);
int cu_add_exc(Unit *u, int start, int end, int handler, int exc_reg, int temp_base);
SymReg *cu_local(Unit *u, const TpySymbol *sym);
int cu_freevar(Unit *u, const TpySymbol *sym);
TpyObject *cu_compile_function(Unit *parent, TpyAstStmt *def, TpyAstArguments *args,
                               TpyAstStmtList *body, TpyAstExpr *lambda_body, TpyScope *scope,
                               const char *name, const char *qualname, TpyType *ftype,
                               int *cells_first, int *ncells);
TpyObject *cu_builtin_type_object(TpyType *t);

/* compile_defassign.c: which locals are definitely assigned here */
typedef struct DaState { uint8_t *v; int n; bool dead; } DaState;
bool da_is_assigned(Unit *u, const TpySymbol *sym);
void da_assign(Unit *u, const TpySymbol *sym);
void da_unassign(Unit *u, const TpySymbol *sym);
void da_kill(Unit *u);                            /* after return/raise/break/continue */
DaState da_save(Unit *u);                         /* da_free it */
void da_restore(Unit *u, const DaState *s);
void da_meet(Unit *u, const DaState *s);          /* current = current & s */
void da_free(DaState *s);
void da_forget_deleted(Unit *u, TpyAstStmtList *body);  /* unassign what body may delete */
bool da_need_box(Unit *u, const TpySymbol *sym);  /* an unboxed local read possibly unbound */

/* compile_intrinsic.c: one instruction for typed builtin calls and compare-and-branch */
bool ci_builtin_call(Unit *u, TpyAstExpr *e, const char *name, int dst, Val *out);
bool ci_module_call(Unit *u, TpyAstExpr *e, const char *module, const char *name, int dst, Val *out);
bool ci_jump_compare(Unit *u, TpyAstExpr *e, bool when, int *patch);   /* patch: the jump */

/* compile_expr.c */
Val ce_expr(Unit *u, TpyAstExpr *e, int dst);
Val ce_expr_as(Unit *u, TpyAstExpr *e, TpyValueKind kind, TpyType *target_type, int dst);
Val ce_convert(Unit *u, Val v, TpyType *from, TpyValueKind kind, TpyType *to, int dst);
int ce_cond(Unit *u, TpyAstExpr *e);               /* I64 register with the truth value */
/* Jump when e's truth is `when`: appends the jumps to patch (an array of
 * CE_JUMPS entries) for the caller to patch. */
#define CE_JUMPS 64
void ce_jump_if(Unit *u, TpyAstExpr *e, bool when, int *patch_list, int *npatch);
void ce_store(Unit *u, TpyAstExpr *target, Val v, TpyType *vtype);
void ce_load_symbol(Unit *u, const TpySymbol *sym, int dst, TpyValueKind kind, int line);
void ce_store_symbol(Unit *u, const TpySymbol *sym, Val v);
/* The checker's symbol of field `name` when `t` is an instance of a user
 * class (not a NamedTuple) and `name` is a plain field there -- what
 * LOAD_ATTR/STORE_ATTR (inline-cached, typed) can access; else NULL. */
const TpySymbol *ce_user_field(TpyType *t, const char *name);
/* The kind of a field's slot in instances (see compile_expr.c). */
TpyValueKind ce_field_kind(const TpySymbol *field);

void cu_emit_make_function(Unit *u, TpyObject *code, TpyAstArguments *args, int cells_first,
                           int ncells, int dst);
TpyObject *cu_compile_genexp(Unit *parent, TpyAstExpr *e, void (*run)(Unit *, void *), void *ctx,
                             int *cells_first, int *ncells);
void cs_for_loop(Unit *u, TpyAstExpr *target, TpyAstExpr *iter, int iter_reg_given,
                 void (*body)(Unit *, void *), void *ctx, TpyAstStmtList *orelse);

/* compile_stmt.c */
void cs_body(Unit *u, TpyAstStmtList *body);
void cs_stmt(Unit *u, TpyAstStmt *s);

/* compile_class.c */
void cc_classdef(Unit *u, TpyAstStmt *s);

#endif
