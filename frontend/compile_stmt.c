/* frontend/compile_stmt.c: statements -> control flow.
 *
 * Loops: `for i in range(...)` becomes a counter loop (RANGE_PREP/FOR_RANGE),
 * `for x in some_list` an index loop that re-reads the length each step
 * (FOR_LIST: CPython's behaviour when the list changes during the loop),
 * `for ch in s` over a str an index loop too (FOR_STR),
 * anything else GET_ITER/FOR_ITER.
 *
 * try/except/finally and with use the code object's exception table: the
 * protected range maps to a handler that receives the exception in a
 * register.  `return`, `break` and `continue` leaving such a block run its
 * exit code inline (the finally body, __exit__, restoring the handled
 * exception); those inlined copies are holes in the block's protected range,
 * so an exception inside them is not caught by the block they leave.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "compile_internal.h"

Val ce_binop_values(Unit *u, TpyBinOp op, TpyAstExpr *left, TpyAstExpr *right, TpyType *rtype,
                    int dst, bool inplace);

static FBlock *push_fblock(Unit *u, FBlockKind kind)
{
    if (u->nfblocks >= 64) {
        cu_error(u, u->line, "too deeply nested blocks");
        u->nfblocks = 63;
    }
    FBlock *b = &u->fblocks[u->nfblocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->iter_reg = -1;
    b->name_reg = -1;
    return b;
}

static void pop_fblock(Unit *u)
{
    FBlock *b = &u->fblocks[--u->nfblocks];
    free(b->breaks);
    b->breaks = NULL;
    free(b->holes);
    b->holes = NULL;
}

/* Add exception entries for [start, end) minus the block's holes. */
static void add_protected(Unit *u, FBlock *b, int start, int end, int handler, int exc_reg,
                          int temp_base)
{
    int cur = start;
    for (int i = 0; i < b->nholes; i++) {
        int hs = b->holes[i][0], he = b->holes[i][1];
        if (hs < cur || hs >= end)
            continue;
        cu_add_exc(u, cur, hs, handler, exc_reg, temp_base);
        cur = he;
    }
    cu_add_exc(u, cur, end, handler, exc_reg, temp_base);
}

static void clear_handler_name(Unit *u, int name_reg, const TpySymbol *name_sym)
{
    (void)name_sym;
    if (name_reg >= 0)
        cu_emit(u, TPY_OP_CLEAR, (uint32_t)name_reg);
}

/* Emit the exit code of fblocks [to, top) (innermost first), for return,
 * break and continue. */
static void unwind_fblocks(Unit *u, int to)
{
    int saved = u->nfblocks;
    for (int i = saved - 1; i >= to; i--) {
        FBlock *b = &u->fblocks[i];
        int start = cu_here(u);
        switch (b->kind) {
        case FB_LOOP:
            break;
        case FB_HANDLER:
            cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)b->save_reg);
            clear_handler_name(u, b->name_reg, NULL);
            for (int k = 0; k < u->nlocals; k++)   /* outer finally bodies may read it */
                if (!u->locals[k].cell && u->locals[k].reg == b->name_reg)
                    da_unassign(u, u->locals[k].sym);
            cu_emit(u, TPY_OP_CLEAR, (uint32_t)b->exc_reg);
            break;
        case FB_WITH: {
            int flag = cu_alloc(u, TPY_KIND_I64);
            cu_emit(u, TPY_OP_WITH_EXIT, (uint32_t)b->exit_reg, TPY_NO_REG, (uint32_t)flag);
            cu_emit(u, TPY_OP_CLEAR, (uint32_t)b->exit_reg);
            break;
        }
        case FB_FINALLY: {
            u->nfblocks = i;
            cs_body(u, b->finalbody);
            u->nfblocks = saved;
            break;
        }
        }
        if (b->kind == FB_FINALLY || b->kind == FB_WITH) {
            if (b->nholes == b->capholes) {
                int cap = b->capholes ? 2 * b->capholes : 8;
                void *p = realloc(b->holes, (size_t)cap * sizeof *b->holes);
                if (p == NULL) {
                    fprintf(stderr, "tpy: out of memory\n");
                    exit(2);
                }
                b->holes = p;
                b->capholes = cap;
            }
            b->holes[b->nholes][0] = start;
            b->holes[b->nholes][1] = cu_here(u);
            b->nholes++;
        }
    }
}

/* ---------------------------------------------------------------- loops */

typedef struct StmtBodyCtx { TpyAstStmtList *body; } StmtBodyCtx;

static void stmt_body(Unit *u, void *p)
{
    cs_body(u, ((StmtBodyCtx *)p)->body);
}

static bool is_range_call(TpyAstExpr *iter)
{
    if (iter == NULL || iter->kind != TPY_EXPR_CALL || iter->u.call.func->kind != TPY_EXPR_NAME)
        return false;
    const TpySymbol *sym = iter->u.call.func->u.name.sym;
    if (sym == NULL || strcmp(sym->name, "range") != 0 || sym->scope == NULL ||
        sym->scope->module == NULL || strcmp(sym->scope->module->name, "builtins") != 0)
        return false;
    int n = iter->u.call.args.count;
    if (n < 1 || n > 3 || iter->u.call.keywords.count > 0)
        return false;
    for (int i = 0; i < n; i++)
        if (iter->u.call.args.items[i]->kind == TPY_EXPR_STARRED ||
            !cu_is_builtin(iter->u.call.args.items[i]->type, "int"))
            return false;
    return true;
}

static void patch_breaks(Unit *u, FBlock *b, int target)
{
    for (int i = 0; i < b->nbreaks; i++)
        cu_patch_jump(u, b->breaks[i], target);
}

void cs_for_loop(Unit *u, TpyAstExpr *target, TpyAstExpr *iter, int iter_reg_given,
                 void (*body)(Unit *, void *), void *ctx, TpyAstStmtList *orelse)
{
    int mark = u->tmp_top;
    int top, exit_jump;
    int value_reg;
    bool direct = false;
    /* the loop variable: straight into a local register when possible */
    if (target->kind == TPY_EXPR_NAME && target->u.name.sym != NULL) {
        SymReg *l = cu_local(u, target->u.name.sym);
        if (l != NULL && !l->cell && cu_kind_of(target->u.name.sym->type) == TPY_KIND_OBJ &&
            cu_storage_kind(target->u.name.sym) == TPY_KIND_OBJ)
            direct = true;
        value_reg = direct ? l->reg : -1;
    } else {
        value_reg = -1;
    }
    if (iter_reg_given < 0 && is_range_call(iter)) {
        TpyAstExprList *a = &iter->u.call.args;
        int cur = cu_alloc(u, TPY_KIND_OBJ), stop = cu_alloc(u, TPY_KIND_OBJ),
            step = cu_alloc(u, TPY_KIND_OBJ), sign = cu_alloc(u, TPY_KIND_I64);
        cu_mark_clear(u, cur, false);
        cu_mark_clear(u, stop, false);
        cu_mark_clear(u, step, false);
        if (a->count == 1) {
            cu_emit(u, TPY_OP_LOAD_SMALLINT, (uint32_t)cur, 0u);
            ce_expr_as(u, a->items[0], TPY_KIND_OBJ, NULL, stop);
        } else {
            ce_expr_as(u, a->items[0], TPY_KIND_OBJ, NULL, cur);
            ce_expr_as(u, a->items[1], TPY_KIND_OBJ, NULL, stop);
        }
        if (a->count == 3)
            ce_expr_as(u, a->items[2], TPY_KIND_OBJ, NULL, step);
        else
            cu_emit(u, TPY_OP_LOAD_SMALLINT, (uint32_t)step, 1u);
        u->tmp_top = sign + 1;
        cu_emit(u, TPY_OP_RANGE_PREP, (uint32_t)cur, (uint32_t)stop, (uint32_t)step, (uint32_t)sign);
        if (value_reg < 0)
            value_reg = cu_alloc(u, TPY_KIND_OBJ);
        top = cu_here(u);
        exit_jump = cu_emit(u, TPY_OP_FOR_RANGE, (uint32_t)value_reg, (uint32_t)cur, (uint32_t)stop,
                            (uint32_t)step, 0u);
    } else if (iter_reg_given < 0 && cu_is_builtin(iter->type, "list")) {
        int list = cu_alloc(u, TPY_KIND_OBJ);
        ce_expr_as(u, iter, TPY_KIND_OBJ, NULL, list);
        int idx = cu_alloc(u, TPY_KIND_I64);
        cu_emit(u, TPY_OP_LOAD_I64, (uint32_t)idx, 0u);
        if (value_reg < 0)
            value_reg = cu_alloc(u, TPY_KIND_OBJ);
        top = cu_here(u);
        exit_jump = cu_emit(u, TPY_OP_FOR_LIST, (uint32_t)value_reg, (uint32_t)list, (uint32_t)idx, 0u);
    } else if (iter_reg_given < 0 && cu_is_builtin(iter->type, "str")) {
        /* an index loop yielding 1-char strs (strs are immutable) */
        int str = cu_alloc(u, TPY_KIND_OBJ);
        ce_expr_as(u, iter, TPY_KIND_OBJ, NULL, str);
        int idx = cu_alloc(u, TPY_KIND_I64);
        cu_emit(u, TPY_OP_LOAD_I64, (uint32_t)idx, 0u);
        if (value_reg < 0)
            value_reg = cu_alloc(u, TPY_KIND_OBJ);
        top = cu_here(u);
        exit_jump = cu_emit(u, TPY_OP_FOR_STR, (uint32_t)value_reg, (uint32_t)str, (uint32_t)idx, 0u);
    } else {
        int it;
        if (iter_reg_given >= 0) {
            it = iter_reg_given;
        } else {
            it = cu_alloc(u, TPY_KIND_OBJ);
            Val src = ce_expr_as(u, iter, TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, TPY_OP_GET_ITER, (uint32_t)it, (uint32_t)src.reg);
            cu_free_to(u, it + 1);
        }
        if (value_reg < 0)
            value_reg = cu_alloc(u, TPY_KIND_OBJ);
        top = cu_here(u);
        exit_jump = cu_emit(u, TPY_OP_FOR_ITER, (uint32_t)value_reg, (uint32_t)it, 0u);
    }
    int body_mark = u->tmp_top;
    DaState entry = da_save(u);   /* the caller forgot what the loop deletes */
    if (!direct) {
        TpyType *et = target->type;
        ce_store(u, target, (Val){ value_reg, TPY_KIND_OBJ, true }, et);
    } else {
        da_assign(u, target->u.name.sym);
    }
    FBlock *b = push_fblock(u, FB_LOOP);
    b->continue_target = top;
    int fb_index = u->nfblocks - 1;
    body(u, ctx);
    cu_free_to(u, body_mark);
    cu_emit(u, TPY_OP_LOOP, (uint32_t)top);
    cu_patch_jump(u, exit_jump, cu_here(u));
    b = &u->fblocks[fb_index];
    FBlock saved = *b;
    u->nfblocks--;
    da_restore(u, &entry);
    if (orelse != NULL && orelse->count > 0)
        cs_body(u, orelse);
    da_meet(u, &entry);
    da_free(&entry);
    patch_breaks(u, &saved, cu_here(u));
    free(saved.breaks);
    cu_free_to(u, mark);
}

static void cs_while(Unit *u, TpyAstStmt *s)
{
    int top = cu_here(u);
    int patches[CE_JUMPS], np = 0;
    bool forever = s->u.while_.test->kind == TPY_EXPR_CONSTANT &&
                   s->u.while_.test->u.constant.kind == TPY_CONST_TRUE;
    da_forget_deleted(u, &s->u.while_.body);
    da_forget_deleted(u, &s->u.while_.orelse);
    DaState entry = da_save(u);
    if (!forever)
        ce_jump_if(u, s->u.while_.test, false, patches, &np);
    FBlock *b = push_fblock(u, FB_LOOP);
    b->continue_target = top;
    int fb_index = u->nfblocks - 1;
    cs_body(u, &s->u.while_.body);
    cu_emit(u, TPY_OP_LOOP, (uint32_t)top);
    int exit = cu_here(u);
    for (int i = 0; i < np; i++)
        cu_patch_jump(u, patches[i], exit);
    FBlock saved = u->fblocks[fb_index];
    u->nfblocks--;
    da_restore(u, &entry);
    cs_body(u, &s->u.while_.orelse);
    da_meet(u, &entry);
    da_free(&entry);
    patch_breaks(u, &saved, cu_here(u));
    free(saved.breaks);
}

static int find_loop(Unit *u)
{
    for (int i = u->nfblocks - 1; i >= 0; i--)
        if (u->fblocks[i].kind == FB_LOOP)
            return i;
    return -1;
}

static void add_break(FBlock *b, int jump)
{
    if (b->nbreaks == b->capbreaks) {
        b->capbreaks = b->capbreaks ? b->capbreaks * 2 : 8;
        int *p = realloc(b->breaks, (size_t)b->capbreaks * sizeof(int));
        if (p == NULL) {
            fprintf(stderr, "tpy: out of memory\n");
            exit(2);
        }
        b->breaks = p;
    }
    b->breaks[b->nbreaks++] = jump;
}

/* `if test: break` with nothing to unwind: one conditional jump straight to
 * the loop's exit.  (Not `continue`: a backward jump must be LOOP, which
 * checks for Ctrl-C.) */
static bool cs_if_jump(Unit *u, TpyAstStmt *s)
{
    if (s->u.if_.body.count != 1 || s->u.if_.orelse.count != 0)
        return false;
    TpyAstStmt *b = s->u.if_.body.items[0];
    if (b->kind != TPY_STMT_BREAK)
        return false;
    int li = find_loop(u);
    if (li < 0 || li != u->nfblocks - 1)
        return false;
    int patches[CE_JUMPS], np = 0;
    ce_jump_if(u, s->u.if_.test, true, patches, &np);
    for (int i = 0; i < np; i++)
        add_break(&u->fblocks[li], patches[i]);
    return true;
}

static void cs_break_continue(Unit *u, bool is_break)
{
    int li = find_loop(u);
    if (li < 0) {
        cu_error(u, u->line, "'break' outside loop");
        return;
    }
    unwind_fblocks(u, li + 1);
    FBlock *b = &u->fblocks[li];
    if (is_break) {
        add_break(b, cu_emit(u, TPY_OP_JUMP, 0u));
    } else {
        cu_emit(u, TPY_OP_LOOP, (uint32_t)b->continue_target);
    }
    da_kill(u);
}

/* ---------------------------------------------------------------- functions */

static void cs_return(Unit *u, TpyAstStmt *s)
{
    int mark = u->tmp_top;
    if (s->u.return_.value == NULL && u->ret_kind == TPY_KIND_OBJ) {
        unwind_fblocks(u, 0);
        cu_emit(u, TPY_OP_RETURN_NONE);
        da_kill(u);
        return;
    }
    int r = cu_alloc(u, u->ret_kind);
    if (s->u.return_.value != NULL)
        ce_expr_as(u, s->u.return_.value, u->ret_kind, u->ret_type, r);
    else
        cu_emit(u, TPY_OP_LOAD_NONE, (uint32_t)r);
    unwind_fblocks(u, 0);
    cu_emit(u, TPY_OP_RETURN, (uint32_t)r);
    da_kill(u);
    cu_free_to(u, mark);
}

static const char *def_qualname(Unit *u, const char *name, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s", u->qual, name);
    return buf;
}

static void cs_functiondef(Unit *u, TpyAstStmt *s)
{
    int mark = u->tmp_top;
    char qual[256];
    def_qualname(u, s->u.functiondef.name, qual, sizeof qual);
    TpyType *ftype = s->u.functiondef.sym != NULL ? s->u.functiondef.sym->type : NULL;
    int cells_first, ncells;
    TpyObject *code = cu_compile_function(u, s, s->u.functiondef.args, &s->u.functiondef.body, NULL,
                                          s->u.functiondef.scope, s->u.functiondef.name, qual, ftype,
                                          &cells_first, &ncells);
    if (code == NULL)
        return;
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit_make_function(u, code, s->u.functiondef.args, cells_first, ncells, r);
    /* decorators, innermost last-listed first */
    for (int i = s->u.functiondef.decorators.count - 1; i >= 0; i--) {
        int inner = u->tmp_top;
        Val d = ce_expr_as(u, s->u.functiondef.decorators.items[i], TPY_KIND_OBJ, NULL, -1);
        int a = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_MOVE, (uint32_t)a, (uint32_t)r);
        cu_emit(u, TPY_OP_CALL, (uint32_t)r, (uint32_t)d.reg, (uint32_t)a, 1u, TPY_NO_REG);
        cu_mark_clear(u, a, false);
        cu_free_to(u, inner);
    }
    if (s->u.functiondef.sym != NULL)
        ce_store_symbol(u, s->u.functiondef.sym, (Val){ r, TPY_KIND_OBJ, true });
    cu_free_to(u, mark);
}

/* ---------------------------------------------------------------- exceptions */

static void cs_raise(Unit *u, TpyAstStmt *s)
{
    int mark = u->tmp_top;
    uint32_t e = TPY_NO_REG, c = TPY_NO_REG;
    /* RAISE consumes its operands: always give it temporaries */
    if (s->u.raise.exc != NULL) {
        e = (uint32_t)cu_alloc(u, TPY_KIND_OBJ);
        ce_expr_as(u, s->u.raise.exc, TPY_KIND_OBJ, NULL, (int)e);
    }
    if (s->u.raise.cause != NULL) {
        c = (uint32_t)cu_alloc(u, TPY_KIND_OBJ);
        ce_expr_as(u, s->u.raise.cause, TPY_KIND_OBJ, NULL, (int)c);
    }
    cu_emit(u, TPY_OP_RAISE, e, c);
    da_kill(u);
    cu_free_to(u, mark);
}

static void store_exc_name(Unit *u, TpyAstExceptHandler *h, int exc_reg, int *name_reg)
{
    *name_reg = -1;
    if (h->name == NULL || h->sym == NULL)
        return;
    SymReg *l = cu_local(u, h->sym);
    ce_store_symbol(u, h->sym, (Val){ exc_reg, TPY_KIND_OBJ, false });
    if (l != NULL && !l->cell)
        *name_reg = l->reg;
}

static void end_exc_name(Unit *u, TpyAstExceptHandler *h, int name_reg)
{
    if (h->name == NULL || h->sym == NULL)
        return;
    if (name_reg >= 0) {
        cu_emit(u, TPY_OP_CLEAR, (uint32_t)name_reg);
        da_unassign(u, h->sym);
        return;
    }
    SymReg *l = cu_local(u, h->sym);
    if (l != NULL && l->cell) {
        cu_emit(u, TPY_OP_DELETE_CELL, (uint32_t)l->reg, (uint32_t)cu_const_str(u, h->name));
        return;
    }
    const TpySymbol *sym = h->sym;
    if (sym->scope != NULL && sym->scope->kind == TPY_SCOPE_MODULE && sym->scope->module == u->module)
        cu_emit(u, TPY_OP_DELETE_GLOBAL, (uint32_t)sym->index);
}

static void cs_try_except(Unit *u, TpyAstStmt *s)
{
    int exc_reg = cu_alloc(u, TPY_KIND_OBJ);
    int save = cu_alloc(u, TPY_KIND_OBJ);
    int base = u->tmp_top;
    int start = cu_here(u);
    DaState before = da_save(u);
    cs_body(u, &s->u.try_.body);
    int end = cu_here(u);
    cs_body(u, &s->u.try_.orelse);
    /* the handlers start from the state before try minus what the body deletes */
    DaState after = da_save(u);
    da_restore(u, &before);
    da_forget_deleted(u, &s->u.try_.body);
    da_free(&before);
    before = da_save(u);
    int jend[130], nj = 0;
    jend[nj++] = cu_emit(u, TPY_OP_JUMP, 0u);
    int handler = cu_here(u);
    cu_add_exc(u, start, end, handler, exc_reg, base);
    cu_emit(u, TPY_OP_PUSH_HANDLED, (uint32_t)exc_reg, (uint32_t)save);
    int h0 = cu_here(u);
    for (int i = 0; i < s->u.try_.handlers.count; i++) {
        TpyAstExceptHandler *h = s->u.try_.handlers.items[i];
        u->line = h->pos.line;
        int next = -1;
        da_restore(u, &before);
        if (h->type != NULL) {
            int mark = u->tmp_top;
            Val t = ce_expr_as(u, h->type, TPY_KIND_OBJ, NULL, -1);
            int m = cu_alloc(u, TPY_KIND_I64);
            cu_emit(u, TPY_OP_EXC_MATCH, (uint32_t)m, (uint32_t)exc_reg, (uint32_t)t.reg);
            cu_free_to(u, mark);
            next = cu_emit(u, TPY_OP_JUMP_IF_FALSE, (uint32_t)m, 0u);
        }
        int name_reg;
        store_exc_name(u, h, exc_reg, &name_reg);
        FBlock *b = push_fblock(u, FB_HANDLER);
        b->save_reg = save;
        b->exc_reg = exc_reg;
        b->name_reg = name_reg;
        cs_body(u, &h->body);
        pop_fblock(u);
        cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)save);
        end_exc_name(u, h, name_reg);
        cu_emit(u, TPY_OP_CLEAR, (uint32_t)exc_reg);
        if (nj < 128)
            jend[nj++] = cu_emit(u, TPY_OP_JUMP, 0u);
        da_meet(u, &after);
        da_free(&after);
        after = da_save(u);
        if (next >= 0)
            cu_patch_jump(u, next, cu_here(u));
    }
    int h1 = cu_here(u);
    /* no handler matched */
    cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)save);
    cu_emit(u, TPY_OP_RERAISE, (uint32_t)exc_reg);
    /* an exception inside a handler: restore the handled exception, drop the names */
    int cleanup = cu_here(u);
    int exc2 = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)save);
    for (int i = 0; i < s->u.try_.handlers.count; i++) {
        TpyAstExceptHandler *h = s->u.try_.handlers.items[i];
        if (h->name != NULL && h->sym != NULL) {
            SymReg *l = cu_local(u, h->sym);
            if (l != NULL && !l->cell)
                cu_emit(u, TPY_OP_CLEAR, (uint32_t)l->reg);
        }
    }
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)exc_reg);
    cu_emit(u, TPY_OP_RERAISE, (uint32_t)exc2);
    cu_add_exc(u, h0, h1, cleanup, exc2, exc2 + 1 > base ? base : base);
    int endpc = cu_here(u);
    for (int i = 0; i < nj; i++)
        cu_patch_jump(u, jend[i], endpc);
    da_restore(u, &after);
    da_free(&after);
    da_free(&before);
    u->tmp_top = exc_reg;
}

static void cs_try(Unit *u, TpyAstStmt *s)
{
    if (s->u.try_.finalbody.count == 0) {
        cs_try_except(u, s);
        return;
    }
    int exc_reg = cu_alloc(u, TPY_KIND_OBJ);
    int save = cu_alloc(u, TPY_KIND_OBJ);
    int base = u->tmp_top;
    FBlock *b = push_fblock(u, FB_FINALLY);
    b->finalbody = &s->u.try_.finalbody;
    int fb_index = u->nfblocks - 1;
    int start = cu_here(u);
    DaState before = da_save(u);
    if (s->u.try_.handlers.count > 0)
        cs_try_except(u, s);
    else
        cs_body(u, &s->u.try_.body);
    int end = cu_here(u);
    FBlock saved = u->fblocks[fb_index];
    u->nfblocks--;
    cs_body(u, &s->u.try_.finalbody);
    int j = cu_emit(u, TPY_OP_JUMP, 0u);
    int handler = cu_here(u);
    /* the exceptional copy: entered from anywhere in the statement */
    DaState after = da_save(u);
    da_restore(u, &before);
    da_forget_deleted(u, &s->u.try_.body);
    da_forget_deleted(u, &s->u.try_.orelse);
    for (int i = 0; i < s->u.try_.handlers.count; i++) {
        TpyAstExceptHandler *h = s->u.try_.handlers.items[i];
        if (h->sym != NULL)
            da_unassign(u, h->sym);
        da_forget_deleted(u, &h->body);
    }
    add_protected(u, &saved, start, end, handler, exc_reg, base);
    free(saved.holes);
    cu_emit(u, TPY_OP_PUSH_HANDLED, (uint32_t)exc_reg, (uint32_t)save);
    int c0 = cu_here(u);
    FBlock *hb = push_fblock(u, FB_HANDLER);
    hb->save_reg = save;
    hb->exc_reg = exc_reg;
    cs_body(u, &s->u.try_.finalbody);
    pop_fblock(u);
    int c1 = cu_here(u);
    cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)save);
    cu_emit(u, TPY_OP_RERAISE, (uint32_t)exc_reg);
    int cleanup = cu_here(u);
    int exc2 = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)save);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)exc_reg);
    cu_emit(u, TPY_OP_RERAISE, (uint32_t)exc2);
    cu_add_exc(u, c0, c1, cleanup, exc2, base);
    cu_patch_jump(u, j, cu_here(u));
    da_restore(u, &after);
    da_free(&after);
    da_free(&before);
    u->tmp_top = exc_reg;
}

static void cs_with_items(Unit *u, TpyAstStmt *s, int item)
{
    if (item >= s->u.with.items.count) {
        cs_body(u, &s->u.with.body);
        return;
    }
    TpyAstWithItem *it = s->u.with.items.items[item];
    int mgr = cu_alloc(u, TPY_KIND_OBJ);
    ce_expr_as(u, it->context_expr, TPY_KIND_OBJ, NULL, mgr);
    int exit_reg = cu_alloc(u, TPY_KIND_OBJ);
    int entered = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_WITH_ENTER, (uint32_t)mgr, (uint32_t)exit_reg, (uint32_t)entered);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)mgr);
    if (it->optional_vars != NULL)
        ce_store(u, it->optional_vars, (Val){ entered, TPY_KIND_OBJ, true }, it->optional_vars->type);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)entered);
    int exc_reg = cu_alloc(u, TPY_KIND_OBJ);
    int save = cu_alloc(u, TPY_KIND_OBJ);
    int flag = cu_alloc(u, TPY_KIND_I64);
    int base = u->tmp_top;
    FBlock *b = push_fblock(u, FB_WITH);
    b->exit_reg = exit_reg;
    int fb_index = u->nfblocks - 1;
    int start = cu_here(u);
    cs_with_items(u, s, item + 1);
    int end = cu_here(u);
    FBlock saved = u->fblocks[fb_index];
    u->nfblocks--;
    cu_emit(u, TPY_OP_WITH_EXIT, (uint32_t)exit_reg, TPY_NO_REG, (uint32_t)flag);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)exit_reg);
    int j = cu_emit(u, TPY_OP_JUMP, 0u);
    int handler = cu_here(u);
    add_protected(u, &saved, start, end, handler, exc_reg, base);
    free(saved.holes);
    cu_emit(u, TPY_OP_PUSH_HANDLED, (uint32_t)exc_reg, (uint32_t)save);
    int h0 = cu_here(u);
    cu_emit(u, TPY_OP_WITH_EXIT, (uint32_t)exit_reg, (uint32_t)exc_reg, (uint32_t)flag);
    int h1 = cu_here(u);
    cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)save);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)exit_reg);
    int sup = cu_emit(u, TPY_OP_JUMP_IF_TRUE, (uint32_t)flag, 0u);
    cu_emit(u, TPY_OP_RERAISE, (uint32_t)exc_reg);
    cu_patch_jump(u, sup, cu_here(u));
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)exc_reg);
    int j2 = cu_emit(u, TPY_OP_JUMP, 0u);
    int cleanup = cu_here(u);
    int exc2 = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_POP_HANDLED, (uint32_t)save);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)exit_reg);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)exc_reg);
    cu_emit(u, TPY_OP_RERAISE, (uint32_t)exc2);
    cu_add_exc(u, h0, h1, cleanup, exc2, base);
    cu_patch_jump(u, j, cu_here(u));
    cu_patch_jump(u, j2, cu_here(u));
    u->tmp_top = mgr;
}

static void cs_assert(Unit *u, TpyAstStmt *s)
{
    int patches[CE_JUMPS], np = 0;
    ce_jump_if(u, s->u.assert_.test, true, patches, &np);
    int mark = u->tmp_top;
    uint32_t msg = TPY_NO_REG;
    if (s->u.assert_.msg != NULL)
        msg = (uint32_t)ce_expr_as(u, s->u.assert_.msg, TPY_KIND_OBJ, NULL, -1).reg;
    cu_emit(u, TPY_OP_ASSERT_FAIL, msg);
    cu_free_to(u, mark);
    for (int i = 0; i < np; i++)
        cu_patch_jump(u, patches[i], cu_here(u));
}

/* ---------------------------------------------------------------- imports */

static TpyModuleInfo *module_of_symbol(const TpySymbol *sym)
{
    if (sym == NULL)
        return NULL;
    if (sym->kind == TPY_SYM_MODULE)
        return sym->module;
    return NULL;
}

/* Compile a user module the first time it is imported. */
static void ensure_compiled(Unit *u, TpyModuleInfo *m)
{
    if (m == NULL || m->is_stub || m->ast == NULL)
        return;
    if (tpy_cg_module_lookup(m->name) != NULL)
        return;
    TpyObject *mod = tpy_compile_module(m->ast, m->name, m->source != NULL ? m->source->path : m->name);
    if (mod == NULL) {
        cu_error(u, u->line, "cannot compile module %s", m->name);
        tpy_cg_error_clear();
        return;
    }
    tpy_cg_decref(mod);
}

static TpySymbol *local_symbol(Unit *u, const char *name)
{
    for (TpyScope *s = u->scope; s != NULL; s = s->parent) {
        TpySymbol *sym = tpy_scope_lookup(s, name);
        if (sym != NULL)
            return sym;
        if (s->kind == TPY_SCOPE_MODULE)
            break;
    }
    return NULL;
}

/* Modules that exist only for the checker: importing them does nothing. */
static bool static_only_module(const char *name)
{
    return strcmp(name, "typing") == 0 || strcmp(name, "__future__") == 0 ||
           strcmp(name, "typing_extensions") == 0 || strcmp(name, "dataclasses") == 0;
}

static void cs_import(Unit *u, TpyAstStmt *s)
{
    for (int i = 0; i < s->u.import.names.count; i++) {
        TpyAstAlias *a = s->u.import.names.items[i];
        if (static_only_module(a->name) && a->asname == NULL)
            continue;
        int mark = u->tmp_top;
        char head[256];
        const char *bind = a->asname;
        if (bind == NULL) {
            size_t n = strcspn(a->name, ".");
            if (n >= sizeof head)
                n = sizeof head - 1;
            memcpy(head, a->name, n);
            head[n] = '\0';
            bind = head;
        }
        TpySymbol *sym = local_symbol(u, bind);
        ensure_compiled(u, module_of_symbol(sym));
        int r = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_IMPORT, (uint32_t)r, (uint32_t)cu_const_str(u, a->name));
        if (a->asname == NULL && strchr(a->name, '.') != NULL)
            cu_emit(u, TPY_OP_IMPORT, (uint32_t)r, (uint32_t)cu_const_str(u, head));
        if (sym != NULL)
            ce_store_symbol(u, sym, (Val){ r, TPY_KIND_OBJ, true });
        cu_free_to(u, mark);
    }
}

static void cs_importfrom(Unit *u, TpyAstStmt *s)
{
    const char *modname = s->u.importfrom.module != NULL ? s->u.importfrom.module : "";
    if (static_only_module(modname))
        return;
    int mark = u->tmp_top;
    /* compile the user module first */
    for (int i = 0; i < s->u.importfrom.names.count; i++) {
        TpyAstAlias *a = s->u.importfrom.names.items[i];
        TpySymbol *sym = local_symbol(u, a->asname != NULL ? a->asname : a->name);
        const TpySymbol *t = sym != NULL && sym->target != NULL ? sym->target : sym;
        if (t != NULL && t->scope != NULL && t->scope->module != NULL)
            ensure_compiled(u, t->scope->module);
        if (t != NULL && t->kind == TPY_SYM_MODULE)
            ensure_compiled(u, t->module);
    }
    int m = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_IMPORT, (uint32_t)m, (uint32_t)cu_const_str(u, modname));
    for (int i = 0; i < s->u.importfrom.names.count; i++) {
        TpyAstAlias *a = s->u.importfrom.names.items[i];
        if (strcmp(a->name, "*") == 0)
            continue;
        TpySymbol *sym = local_symbol(u, a->asname != NULL ? a->asname : a->name);
        if (sym == NULL)
            continue;
        int inner = u->tmp_top;
        int r = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_IMPORT_FROM, (uint32_t)r, (uint32_t)m, (uint32_t)cu_const_str(u, a->name));
        /* the local binding (reads resolve to the source module's symbol) */
        SymReg *l = cu_local(u, sym);
        if (l != NULL) {
            ce_store_symbol(u, sym, (Val){ r, TPY_KIND_OBJ, true });
        } else if (sym->scope != NULL && sym->scope->kind == TPY_SCOPE_MODULE &&
                   sym->scope->module == u->module) {
            TpyValueKind k = cu_storage_kind(sym);
            Val v = ce_convert(u, (Val){ r, TPY_KIND_OBJ, true }, NULL, k, sym->type, -1);
            TpyOpcode op = k == TPY_KIND_OBJ ? TPY_OP_STORE_GLOBAL
                           : k == TPY_KIND_C128 ? TPY_OP_STORE_GLOBAL_C128 : TPY_OP_STORE_GLOBAL_VAL;
            cu_emit(u, op, (uint32_t)sym->index, (uint32_t)v.reg);
        }
        cu_free_to(u, inner);
    }
    cu_free_to(u, mark);
}

/* ---------------------------------------------------------------- assignments */

static bool direct_ok(TpyAstExpr *v)
{
    switch (v->kind) {
    case TPY_EXPR_CONSTANT: case TPY_EXPR_BINOP: case TPY_EXPR_CALL: case TPY_EXPR_COMPARE:
    case TPY_EXPR_UNARYOP: case TPY_EXPR_LIST: case TPY_EXPR_TUPLE: case TPY_EXPR_DICT:
    case TPY_EXPR_SET: case TPY_EXPR_JOINEDSTR: case TPY_EXPR_SUBSCRIPT: case TPY_EXPR_ATTRIBUTE:
        return true;
    default:
        return false;
    }
}

static void assign_to(Unit *u, TpyAstExpr *target, TpyAstExpr *value)
{
    if (target->kind == TPY_EXPR_NAME && target->u.name.sym != NULL && direct_ok(value)) {
        const TpySymbol *sym = target->u.name.sym;
        SymReg *l = cu_local(u, sym);
        TpyValueKind k = cu_storage_kind(sym);
        if (l != NULL && !l->cell) {
            ce_expr_as(u, value, k, sym->type, l->reg);
            da_assign(u, sym);
            return;
        }
    }
    TpyType *tt = target->kind == TPY_EXPR_NAME && target->u.name.sym != NULL ? target->u.name.sym->type
                                                                                 : target->type;
    TpyValueKind k = target->kind == TPY_EXPR_NAME && target->u.name.sym != NULL
                         ? cu_storage_kind(target->u.name.sym) : TPY_KIND_OBJ;
    const TpySymbol *field = target->kind == TPY_EXPR_ATTRIBUTE
                                 ? ce_user_field(target->u.attribute.value->type, target->u.attribute.attr)
                                 : NULL;
    if (field != NULL) {   /* computed in the field's kind: no box/unbox round trip */
        k = ce_field_kind(field);
        tt = field->type;
    }
    Val v = ce_expr_as(u, value, k, tt, -1);
    ce_store(u, target, v, target->kind == TPY_EXPR_NAME ? tt : value->type);
}

static void cs_assign(Unit *u, TpyAstStmt *s)
{
    int mark = u->tmp_top;
    if (s->u.assign.targets.count == 1) {
        assign_to(u, s->u.assign.targets.items[0], s->u.assign.value);
    } else {
        Val v = ce_expr(u, s->u.assign.value, -1);
        for (int i = 0; i < s->u.assign.targets.count; i++)
            ce_store(u, s->u.assign.targets.items[i], v, s->u.assign.value->type);
    }
    cu_free_to(u, mark);
}

/* Can `e` be evaluated twice with no observable difference?  A constant or
 * a local variable kept in a register (not a cell an inner function could
 * rebind).  Used to compile `a[i] op= v` / `o.f op= v` as a typed load, a
 * typed operation and a typed store. */
static bool reevaluable(Unit *u, TpyAstExpr *e)
{
    if (e->kind == TPY_EXPR_CONSTANT)
        return true;
    if (e->kind != TPY_EXPR_NAME || e->u.name.sym == NULL)
        return false;
    SymReg *l = cu_local(u, e->u.name.sym);
    return l != NULL && !l->cell;
}

static void cs_augassign(Unit *u, TpyAstStmt *s)
{
    int mark = u->tmp_top;
    TpyAstExpr *t = s->u.augassign.target;
    if (t->kind == TPY_EXPR_NAME && t->u.name.sym != NULL) {
        const TpySymbol *sym = t->u.name.sym;
        TpyType *tt = sym->type;
        SymReg *l = cu_local(u, sym);
        int dst = (l != NULL && !l->cell && cu_storage_kind(sym) == cu_kind_of(t->type)) ? l->reg : -1;
        TpyType *rtype = t->type != NULL ? t->type : tt;
        Val v = ce_binop_values(u, s->u.augassign.op, t, s->u.augassign.value, rtype, dst, true);
        if (dst < 0 || v.reg != dst)
            ce_store(u, t, v, rtype);
        cu_free_to(u, mark);
        return;
    }
    TpyBinOp aop = s->u.augassign.op;
    if (t->kind == TPY_EXPR_SUBSCRIPT && cu_is_builtin(t->u.subscript.value->type, "list") &&
        t->u.subscript.slice->kind != TPY_EXPR_SLICE &&
        cu_is_builtin(t->u.subscript.slice->type, "int") && cu_is_builtin(t->type, "int") &&
        cu_is_builtin(s->u.augassign.value->type, "int") &&
        (aop == TPY_BINOP_ADD || aop == TPY_BINOP_SUB || aop == TPY_BINOP_MULT)) {
        /* xs[i] += n on a list[int]: typed get, int operation, typed set */
        Val o = ce_expr_as(u, t->u.subscript.value, TPY_KIND_OBJ, NULL, -1);
        Val k = ce_expr_as(u, t->u.subscript.slice, TPY_KIND_OBJ, NULL, -1);
        int cur = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_LIST_GET, (uint32_t)cur, (uint32_t)o.reg, (uint32_t)k.reg);
        TpyAstExpr *rhs_e = s->u.augassign.value;
        if (aop != TPY_BINOP_MULT && rhs_e->kind == TPY_EXPR_CONSTANT &&
            rhs_e->u.constant.kind == TPY_CONST_INT && !rhs_e->u.constant.int_big &&
            rhs_e->u.constant.int_value < (1 << 30)) {
            int64_t c = rhs_e->u.constant.int_value;
            cu_emit(u, TPY_OP_ADD_INT_IMM, (uint32_t)cur, (uint32_t)cur,
                    (uint32_t)(int32_t)(aop == TPY_BINOP_SUB ? -c : c));
        } else {
            Val rhs = ce_expr_as(u, rhs_e, TPY_KIND_OBJ, NULL, -1);
            TpyOpcode iop = aop == TPY_BINOP_ADD ? TPY_OP_ADD_INT
                            : aop == TPY_BINOP_SUB ? TPY_OP_SUB_INT : TPY_OP_MUL_INT;
            cu_emit(u, iop, (uint32_t)cur, (uint32_t)cur, (uint32_t)rhs.reg);
        }
        cu_emit(u, TPY_OP_LIST_SET, (uint32_t)o.reg, (uint32_t)k.reg, (uint32_t)cur);
        cu_free_to(u, mark);
        return;
    }
    bool typed_field = t->kind == TPY_EXPR_ATTRIBUTE && reevaluable(u, t->u.attribute.value) &&
                       ce_user_field(t->u.attribute.value->type, t->u.attribute.attr) != NULL;
    bool typed_item = t->kind == TPY_EXPR_SUBSCRIPT && reevaluable(u, t->u.subscript.value) &&
                      reevaluable(u, t->u.subscript.slice) && t->type != NULL;
    if (typed_field || typed_item) {
        /* o.field op= v / a[i] op= v with o, a, i plain locals or constants:
         * evaluating them twice is unobservable, so this is a typed load, a
         * typed operation and a typed store (LOAD_ATTR_VAL, SUB_F64,
         * STORE_ATTR_VAL; LIST_GET, ADD_INT, LIST_SET), no boxing between. */
        TpyType *rtype = t->type != NULL ? t->type
                                         : ce_user_field(t->u.attribute.value->type, t->u.attribute.attr)->type;
        Val v = ce_binop_values(u, s->u.augassign.op, t, s->u.augassign.value, rtype, -1, true);
        ce_store(u, t, v, rtype);
        cu_free_to(u, mark);
        return;
    }
    if (t->kind == TPY_EXPR_SUBSCRIPT || t->kind == TPY_EXPR_ATTRIBUTE) {
        Val o = ce_expr_as(u, t->kind == TPY_EXPR_SUBSCRIPT ? t->u.subscript.value : t->u.attribute.value,
                           TPY_KIND_OBJ, NULL, -1);
        int cur = cu_alloc(u, TPY_KIND_OBJ);
        Val k = { -1, TPY_KIND_OBJ, false };
        if (t->kind == TPY_EXPR_SUBSCRIPT) {
            TpyAstExpr *slice = t->u.subscript.slice;
            k = ce_expr_as(u, slice, TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, TPY_OP_GETITEM, (uint32_t)cur, (uint32_t)o.reg, (uint32_t)k.reg);
        } else {
            cu_emit(u, TPY_OP_GETATTR, (uint32_t)cur, (uint32_t)o.reg,
                    (uint32_t)cu_const_str(u, t->u.attribute.attr));
        }
        Val rhs = ce_expr_as(u, s->u.augassign.value, TPY_KIND_OBJ, NULL, -1);
        static const int map[] = {
            [TPY_BINOP_ADD] = TPY_CG_ADD, [TPY_BINOP_SUB] = TPY_CG_SUB,
            [TPY_BINOP_MULT] = TPY_CG_MUL, [TPY_BINOP_MATMULT] = TPY_CG_MATMUL,
            [TPY_BINOP_DIV] = TPY_CG_TRUEDIV, [TPY_BINOP_MOD] = TPY_CG_MOD,
            [TPY_BINOP_POW] = TPY_CG_POW, [TPY_BINOP_LSHIFT] = TPY_CG_LSHIFT,
            [TPY_BINOP_RSHIFT] = TPY_CG_RSHIFT, [TPY_BINOP_BITOR] = TPY_CG_OR,
            [TPY_BINOP_BITXOR] = TPY_CG_XOR, [TPY_BINOP_BITAND] = TPY_CG_AND,
            [TPY_BINOP_FLOORDIV] = TPY_CG_FLOORDIV,
        };
        int r = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_INPLACE, (uint32_t)r, (uint32_t)cur, (uint32_t)rhs.reg,
                (uint32_t)map[s->u.augassign.op]);
        if (cu_is_builtin(t->type, "float") &&
            (cu_is_builtin(s->u.augassign.value->type, "int") || cu_is_builtin(t->type, "float"))) {
            /* keep float fields float: 1.5 += 1 stays a float already */
        }
        if (t->kind == TPY_EXPR_SUBSCRIPT)
            cu_emit(u, TPY_OP_SETITEM, (uint32_t)o.reg, (uint32_t)k.reg, (uint32_t)r);
        else
            cu_emit(u, TPY_OP_SETATTR, (uint32_t)o.reg, (uint32_t)cu_const_str(u, t->u.attribute.attr),
                    (uint32_t)r);
        cu_free_to(u, mark);
        return;
    }
    cu_error(u, s->pos.line, "unsupported augmented assignment target");
}

static void cs_delete(Unit *u, TpyAstStmt *s)
{
    for (int i = 0; i < s->u.delete_.targets.count; i++) {
        TpyAstExpr *t = s->u.delete_.targets.items[i];
        int mark = u->tmp_top;
        if (t->kind == TPY_EXPR_NAME && t->u.name.sym != NULL) {
            const TpySymbol *sym = t->u.name.sym;
            SymReg *l = cu_local(u, sym);
            if (l != NULL && l->cell) {
                cu_emit(u, TPY_OP_DELETE_CELL, (uint32_t)l->reg, (uint32_t)cu_const_str(u, sym->name));
            } else if (l != NULL) {
                if (cu_storage_kind(sym) == TPY_KIND_OBJ) {
                    if (!da_is_assigned(u, sym))
                        cu_emit(u, TPY_OP_CHECK_BOUND, (uint32_t)l->reg,
                                (uint32_t)cu_const_str(u, sym->name));
                    cu_emit(u, TPY_OP_CLEAR, (uint32_t)l->reg);
                } else if (!da_is_assigned(u, sym)) {
                    da_need_box(u, sym);
                }
                da_unassign(u, sym);
            } else if (sym->scope != NULL && sym->scope->kind == TPY_SCOPE_MODULE &&
                       sym->scope->module == u->module) {
                cu_emit(u, TPY_OP_DELETE_GLOBAL, (uint32_t)sym->index);
            }
        } else if (t->kind == TPY_EXPR_SUBSCRIPT) {
            Val o = ce_expr_as(u, t->u.subscript.value, TPY_KIND_OBJ, NULL, -1);
            TpyAstExpr *slice = t->u.subscript.slice;
            Val k;
            if (slice->kind == TPY_EXPR_SLICE) {
                int regs[3];
                TpyAstExpr *parts[3] = { slice->u.slice.lower, slice->u.slice.upper, slice->u.slice.step };
                for (int j = 0; j < 3; j++)
                    regs[j] = parts[j] == NULL ? -1 : ce_expr_as(u, parts[j], TPY_KIND_OBJ, NULL, -1).reg;
                int r = cu_alloc(u, TPY_KIND_OBJ);
                cu_emit(u, TPY_OP_BUILD_SLICE, (uint32_t)r, regs[0] < 0 ? TPY_NO_REG : (uint32_t)regs[0],
                        regs[1] < 0 ? TPY_NO_REG : (uint32_t)regs[1],
                        regs[2] < 0 ? TPY_NO_REG : (uint32_t)regs[2]);
                k = (Val){ r, TPY_KIND_OBJ, true };
            } else {
                k = ce_expr_as(u, slice, TPY_KIND_OBJ, NULL, -1);
            }
            cu_emit(u, TPY_OP_DELITEM, (uint32_t)o.reg, (uint32_t)k.reg);
        } else if (t->kind == TPY_EXPR_ATTRIBUTE) {
            Val o = ce_expr_as(u, t->u.attribute.value, TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, TPY_OP_DELATTR, (uint32_t)o.reg, (uint32_t)cu_const_str(u, t->u.attribute.attr));
        } else if (t->kind == TPY_EXPR_TUPLE || t->kind == TPY_EXPR_LIST) {
            TpyAstStmt sub = *s;
            sub.u.delete_.targets = t->u.list.elts;
            cs_delete(u, &sub);
        }
        cu_free_to(u, mark);
    }
}

/* ---------------------------------------------------------------- dispatch */

void cs_stmt(Unit *u, TpyAstStmt *s)
{
    u->line = s->pos.line;
    int mark = u->tmp_top;
    switch (s->kind) {
    case TPY_STMT_EXPR: {
        Val v = ce_expr(u, s->u.expr.value, -1);
        if (v.temp && v.kind == TPY_KIND_OBJ)
            cu_mark_clear(u, v.reg, true);
        break;
    }
    case TPY_STMT_ASSIGN: cs_assign(u, s); break;
    case TPY_STMT_ANNASSIGN:
        if (s->u.annassign.value != NULL)
            assign_to(u, s->u.annassign.target, s->u.annassign.value);
        break;
    case TPY_STMT_AUGASSIGN: cs_augassign(u, s); break;
    case TPY_STMT_IF: {
        if (cs_if_jump(u, s))
            break;
        int patches[CE_JUMPS], np = 0;
        ce_jump_if(u, s->u.if_.test, false, patches, &np);
        DaState before = da_save(u);
        cs_body(u, &s->u.if_.body);
        DaState then = da_save(u);
        da_restore(u, &before);
        if (s->u.if_.orelse.count > 0) {
            int j = cu_emit(u, TPY_OP_JUMP, 0u);
            for (int i = 0; i < np; i++)
                cu_patch_jump(u, patches[i], cu_here(u));
            cs_body(u, &s->u.if_.orelse);
            cu_patch_jump(u, j, cu_here(u));
        } else {
            for (int i = 0; i < np; i++)
                cu_patch_jump(u, patches[i], cu_here(u));
        }
        da_meet(u, &then);
        da_free(&then);
        da_free(&before);
        break;
    }
    case TPY_STMT_WHILE: cs_while(u, s); break;
    case TPY_STMT_FOR: {
        StmtBodyCtx ctx = { &s->u.for_.body };
        da_forget_deleted(u, &s->u.for_.body);
        da_forget_deleted(u, &s->u.for_.orelse);
        cs_for_loop(u, s->u.for_.target, s->u.for_.iter, -1, stmt_body, &ctx, &s->u.for_.orelse);
        break;
    }
    case TPY_STMT_BREAK: cs_break_continue(u, true); break;
    case TPY_STMT_CONTINUE: cs_break_continue(u, false); break;
    case TPY_STMT_RETURN: cs_return(u, s); break;
    case TPY_STMT_FUNCTIONDEF: cs_functiondef(u, s); break;
    case TPY_STMT_CLASSDEF: cc_classdef(u, s); break;
    case TPY_STMT_RAISE: cs_raise(u, s); break;
    case TPY_STMT_TRY: cs_try(u, s); break;
    case TPY_STMT_WITH: {
        /* __exit__ may swallow an exception raised anywhere in the body */
        DaState before = da_save(u);
        cs_with_items(u, s, 0);
        DaState after = da_save(u);
        da_restore(u, &before);
        da_forget_deleted(u, &s->u.with.body);
        da_meet(u, &after);
        da_free(&after);
        da_free(&before);
        break;
    }
    case TPY_STMT_ASSERT: cs_assert(u, s); break;
    case TPY_STMT_IMPORT: cs_import(u, s); break;
    case TPY_STMT_IMPORTFROM: cs_importfrom(u, s); break;
    case TPY_STMT_DELETE: cs_delete(u, s); break;
    case TPY_STMT_GLOBAL: case TPY_STMT_NONLOCAL: case TPY_STMT_PASS: break;
    case TPY_STMT_UNSUPPORTED:
        cu_error(u, s->pos.line, "unsupported in tpy: %s", s->u.unsupported.what);
        break;
    }
    cu_free_to(u, mark);
}

void cs_body(Unit *u, TpyAstStmtList *body)
{
    for (int i = 0; i < body->count; i++)
        cs_stmt(u, body->items[i]);
}
