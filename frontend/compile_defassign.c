/* frontend/compile_defassign.c: definite assignment of locals, so that the
 * compiler emits CHECK_BOUND only where a local may be unbound.
 *
 * The analysis runs during the compiler's single walk over the AST (no
 * separate pass): the Unit carries a set "definitely assigned here" over its
 * locals (indexed like u->locals) plus a `dead` flag for unreachable code.
 * Java's rules (JLS chapter 16), adapted to Python:
 *   - parameters are assigned on entry; a store assigns; `del x` and the end
 *     of `except E as x:` unassign;
 *   - a read that emitted CHECK_BOUND leaves the local assigned (the check
 *     raised otherwise);
 *   - if/else, `a if c else b`: the meet (intersection) of the branches;
 *     the operands after the first of `and`/`or` and of a comparison chain
 *     may not run, so their stores are forgotten;
 *   - a loop body (and the test of `while`) starts from the state before the
 *     loop minus every local the loop deletes anywhere (`del`, handler
 *     names): apart from deletions a body only adds assignments, so that set
 *     is a fixed point for every iteration.  The state after the loop is the
 *     same set (a `break` state contains it too);
 *   - `except` handlers start from the state before `try` minus what the try
 *     body deletes; after try/except: the meet of the normal end and each
 *     handler's end; the exceptional copy of a `finally` body starts from
 *     the state before `try` minus everything the statement deletes;
 *   - after `with` (whose __exit__ may swallow an exception raised anywhere
 *     in the body): the meet of the body's end and the state before it minus
 *     the body's deletions;
 *   - after return/raise/break/continue the state is `dead`, which acts as
 *     "everything assigned" in a meet.
 * Cells are not tracked (LOAD_CELL checks by itself).
 *
 * Unboxed locals (float, bool, complex) have no "unbound" value: their
 * registers always hold bits.  When a read (or `del`) of such a local may
 * find it unbound, da_need_box marks the symbol TPY_SYMF_BOXED and the
 * function is compiled again (compile.c): the local then lives in an OBJ
 * register, where NULL is unbound and CHECK_BOUND works.  Definitely assigned
 * locals -- nearly all of them -- stay unboxed and pay nothing.  See
 * docs/design.md §5.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile_internal.h"

static void out_of_memory(void)
{
    fprintf(stderr, "tpy: out of memory\n");   /* as grow() in compile.c */
    exit(2);
}

static void da_reserve(Unit *u, int n)
{
    if (n <= u->capda)
        return;
    int cap = u->capda ? u->capda : 16;
    while (cap < n)
        cap *= 2;
    uint8_t *p = realloc(u->da, (size_t)cap);
    if (p == NULL)
        out_of_memory();
    memset(p + u->capda, 0, (size_t)(cap - u->capda));
    u->da = p;
    u->capda = cap;
}

static int local_index(Unit *u, const TpySymbol *sym)
{
    SymReg *l = cu_local(u, sym);
    return l != NULL ? (int)(l - u->locals) : -1;
}

bool da_is_assigned(Unit *u, const TpySymbol *sym)
{
    if (u->da_dead)
        return true;
    int i = local_index(u, sym);
    return i >= 0 && i < u->capda && u->da[i];
}

void da_assign(Unit *u, const TpySymbol *sym)
{
    int i = local_index(u, sym);
    if (i < 0)
        return;
    da_reserve(u, i + 1);
    u->da[i] = 1;
}

void da_unassign(Unit *u, const TpySymbol *sym)
{
    int i = local_index(u, sym);
    if (i >= 0 && i < u->capda)
        u->da[i] = 0;
}

bool da_need_box(Unit *u, const TpySymbol *sym)
{
    if (!u->can_rebox || (sym->flags & TPY_SYMF_BOXED))
        return false;
    ((TpySymbol *)sym)->flags |= TPY_SYMF_BOXED;   /* the checker is done with it */
    u->rebox = true;
    return true;
}

void da_kill(Unit *u)
{
    u->da_dead = true;
}

DaState da_save(Unit *u)
{
    DaState s = { NULL, u->nlocals, u->da_dead };
    if (s.n > 0) {
        s.v = calloc((size_t)s.n, 1);
        if (s.v == NULL)
            out_of_memory();
        int n = s.n < u->capda ? s.n : u->capda;
        if (n > 0)
            memcpy(s.v, u->da, (size_t)n);
    }
    return s;
}

void da_restore(Unit *u, const DaState *s)
{
    if (u->capda > 0)
        memset(u->da, 0, (size_t)u->capda);
    if (s->n > 0) {
        da_reserve(u, s->n);
        memcpy(u->da, s->v, (size_t)s->n);
    }
    u->da_dead = s->dead;
}

void da_meet(Unit *u, const DaState *s)
{
    if (s->dead)
        return;
    if (u->da_dead) {
        da_restore(u, s);
        return;
    }
    for (int i = 0; i < u->capda; i++)
        if (i >= s->n || !s->v[i])
            u->da[i] = 0;
}

void da_free(DaState *s)
{
    free(s->v);
    s->v = NULL;
    s->n = 0;
}

static void forget_name(Unit *u, TpyAstExpr *t)
{
    if (t == NULL)
        return;
    if (t->kind == TPY_EXPR_NAME && t->u.name.sym != NULL)
        da_unassign(u, t->u.name.sym);
    else if (t->kind == TPY_EXPR_TUPLE || t->kind == TPY_EXPR_LIST)
        for (int i = 0; i < t->u.list.elts.count; i++)
            forget_name(u, t->u.list.elts.items[i]);
}

void da_forget_deleted(Unit *u, TpyAstStmtList *body)
{
    if (body == NULL)
        return;
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        switch (s->kind) {
        case TPY_STMT_DELETE:
            for (int j = 0; j < s->u.delete_.targets.count; j++)
                forget_name(u, s->u.delete_.targets.items[j]);
            break;
        case TPY_STMT_IF:
            da_forget_deleted(u, &s->u.if_.body);
            da_forget_deleted(u, &s->u.if_.orelse);
            break;
        case TPY_STMT_WHILE:
            da_forget_deleted(u, &s->u.while_.body);
            da_forget_deleted(u, &s->u.while_.orelse);
            break;
        case TPY_STMT_FOR:
            da_forget_deleted(u, &s->u.for_.body);
            da_forget_deleted(u, &s->u.for_.orelse);
            break;
        case TPY_STMT_WITH:
            da_forget_deleted(u, &s->u.with.body);
            break;
        case TPY_STMT_TRY:
            da_forget_deleted(u, &s->u.try_.body);
            da_forget_deleted(u, &s->u.try_.orelse);
            da_forget_deleted(u, &s->u.try_.finalbody);
            for (int j = 0; j < s->u.try_.handlers.count; j++) {
                TpyAstExceptHandler *h = s->u.try_.handlers.items[j];
                if (h->sym != NULL)
                    da_unassign(u, h->sym);
                da_forget_deleted(u, &h->body);
            }
            break;
        default:
            break;   /* nested def/class bodies are other scopes */
        }
    }
}
