/* frontend/typecheck_stmt.c: statements, reachability and narrowing.
 *
 * Flow is tracked with an Env: the narrowed types of names (and of `name.attr`)
 * at the current point, plus an `unreachable` flag set after return, raise,
 * break, continue and calls returning NoReturn.  A branch gets a copy of the
 * Env refined by its condition (tc_narrow_condition: isinstance, `is None`,
 * `== None`, truthiness, not/and/or, walrus); after an if/else the two Envs are
 * joined (a fact survives only if both branches agree, as a union).  Loops drop
 * the facts about every name assigned in their body before checking it, which
 * stands in for mypy's fixed-point iteration.  Unreachable statements are still
 * walked (the compiler needs their types) but silently, as mypy skips them.
 * A function whose end is reachable and whose return type is not None gets
 * "Missing return statement".
 */
#include <stdio.h>
#include <string.h>

#include "typecheck_internal.h"

/* ----------------------------------------------------------------- env */

NarrowEntry *tc_env_find(Env *env, TpySymbol *sym, const char *attr)
{
    for (int i = env->count - 1; i >= 0; i--) {
        NarrowEntry *e = &env->items[i];
        if (e->sym == sym && (e->attr == attr || (e->attr && attr && strcmp(e->attr, attr) == 0)))
            return e;
    }
    return NULL;
}

void tc_env_set(TpyChecker *c, Env *env, TpySymbol *sym, const char *attr, TpyType *type)
{
    NarrowEntry *e = tc_env_find(env, sym, attr);
    if (e != NULL) {
        e->type = type;
        return;
    }
    if (env->count == env->cap) {
        int cap = env->cap ? env->cap * 2 : 8;
        NarrowEntry *grown = tpy_arena_alloc(c->arena, sizeof(NarrowEntry) * (size_t)cap);
        if (env->count > 0)
            memcpy(grown, env->items, sizeof(NarrowEntry) * (size_t)env->count);
        env->items = grown;
        env->cap = cap;
    }
    env->items[env->count++] = (NarrowEntry){ sym, attr, type };
}

/* Forget facts about `sym` (attr NULL: also all of its attributes). */
void tc_env_kill(Env *env, TpySymbol *sym, const char *attr)
{
    int k = 0;
    for (int i = 0; i < env->count; i++) {
        NarrowEntry *e = &env->items[i];
        bool drop = e->sym == sym &&
                    (attr == NULL || (e->attr != NULL && strcmp(e->attr, attr) == 0));
        if (!drop)
            env->items[k++] = *e;
    }
    env->count = k;
}

static void env_kill_name(Env *env, const char *name, const char *attr)
{
    int k = 0;
    for (int i = 0; i < env->count; i++) {
        NarrowEntry *e = &env->items[i];
        bool drop = strcmp(e->sym->name, name) == 0 &&
                    (attr == NULL || (e->attr != NULL && strcmp(e->attr, attr) == 0));
        if (!drop)
            env->items[k++] = *e;
    }
    env->count = k;
}

Env tc_env_copy(TpyChecker *c, const Env *env)
{
    Env out = { 0 };
    out.unreachable = env->unreachable;
    if (env->count > 0) {
        out.items = tpy_arena_alloc(c->arena, sizeof(NarrowEntry) * (size_t)env->count);
        memcpy(out.items, env->items, sizeof(NarrowEntry) * (size_t)env->count);
        out.count = out.cap = env->count;
    }
    return out;
}

Env tc_env_join(TpyChecker *c, const Env *a, const Env *b)
{
    if (a->unreachable)
        return tc_env_copy(c, b);
    if (b->unreachable)
        return tc_env_copy(c, a);
    Env out = { 0 };
    for (int i = 0; i < a->count; i++) {
        NarrowEntry *e = &a->items[i];
        NarrowEntry *f = tc_env_find((Env *)b, e->sym, e->attr);
        if (f == NULL)
            continue;
        TpyType *items[2] = { e->type, f->type };
        tc_env_set(c, &out, e->sym, e->attr, tpy_types_union(&c->types, items, 2));
    }
    return out;
}

static Env unreachable_env(void)
{
    Env e = { 0 };
    e.unreachable = true;
    return e;
}

/* ------------------------------------------------------------ bindings */

static void bind_target(TpyChecker *c, TpyAstExpr *t, TpyScope *scope)
{
    if (t == NULL)
        return;
    switch (t->kind) {
    case TPY_EXPR_NAME: {
        TpySymbol *sym = tpy_scope_lookup(scope, t->u.name.id);
        if (sym == NULL) {
            sym = tpy_scope_add(c->arena, scope, t->u.name.id, TPY_SYM_VAR);
            sym->line = t->pos.line;
            sym->col = t->pos.col;
            sym->source = c->module ? c->module->source : NULL;
        }
        break;
    }
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST:
        for (int i = 0; i < t->u.list.elts.count; i++)
            bind_target(c, t->u.list.elts.items[i], scope);
        break;
    case TPY_EXPR_STARRED:
        bind_target(c, t->u.starred.value, scope);
        break;
    default:
        break;
    }
}

static TpyScope *module_scope_of(TpyScope *s)
{
    while (s != NULL && s->parent != NULL)
        s = s->parent;
    return s;
}

/* Bind every name the statements assign (Python's "local if assigned"). */
void tc_collect_bindings(TpyChecker *c, TpyAstStmtList *body, TpyScope *scope, bool is_class)
{
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        switch (s->kind) {
        case TPY_STMT_FUNCTIONDEF: {
            TpySymbol *sym = tpy_scope_lookup(scope, s->u.functiondef.name);
            if (sym == NULL) {
                sym = tpy_scope_add(c->arena, scope, s->u.functiondef.name, TPY_SYM_FUNC);
                sym->line = s->pos.line;
                sym->col = s->pos.col;
            }
            break;
        }
        case TPY_STMT_CLASSDEF:
            if (tpy_scope_lookup(scope, s->u.classdef.name) == NULL)
                tpy_scope_add(c->arena, scope, s->u.classdef.name, TPY_SYM_VAR);
            break;
        case TPY_STMT_ASSIGN:
            for (int k = 0; k < s->u.assign.targets.count; k++)
                bind_target(c, s->u.assign.targets.items[k], scope);
            if (scope->kind == TPY_SCOPE_MODULE && s->u.assign.targets.count == 1 &&
                s->u.assign.targets.items[0]->kind == TPY_EXPR_NAME) {
                /* Remember the first value: `X = list[int]` may be a type alias that
                 * annotations use before the statement is checked. */
                TpySymbol *sym = tpy_scope_lookup(scope, s->u.assign.targets.items[0]->u.name.id);
                if (sym != NULL && sym->kind == TPY_SYM_VAR && sym->value == NULL)
                    sym->value = s->u.assign.value;
            }
            break;
        case TPY_STMT_ANNASSIGN:
            bind_target(c, s->u.annassign.target, scope);
            break;
        case TPY_STMT_AUGASSIGN:
            bind_target(c, s->u.augassign.target, scope);
            break;
        case TPY_STMT_DELETE:
            for (int k = 0; k < s->u.delete_.targets.count; k++)
                bind_target(c, s->u.delete_.targets.items[k], scope);
            break;
        case TPY_STMT_FOR:
            bind_target(c, s->u.for_.target, scope);
            tc_collect_bindings(c, &s->u.for_.body, scope, is_class);
            tc_collect_bindings(c, &s->u.for_.orelse, scope, is_class);
            break;
        case TPY_STMT_WHILE:
            tc_collect_bindings(c, &s->u.while_.body, scope, is_class);
            tc_collect_bindings(c, &s->u.while_.orelse, scope, is_class);
            break;
        case TPY_STMT_IF:
            tc_collect_bindings(c, &s->u.if_.body, scope, is_class);
            tc_collect_bindings(c, &s->u.if_.orelse, scope, is_class);
            break;
        case TPY_STMT_WITH:
            for (int k = 0; k < s->u.with.items.count; k++)
                bind_target(c, s->u.with.items.items[k]->optional_vars, scope);
            tc_collect_bindings(c, &s->u.with.body, scope, is_class);
            break;
        case TPY_STMT_TRY:
            tc_collect_bindings(c, &s->u.try_.body, scope, is_class);
            tc_collect_bindings(c, &s->u.try_.orelse, scope, is_class);
            tc_collect_bindings(c, &s->u.try_.finalbody, scope, is_class);
            for (int k = 0; k < s->u.try_.handlers.count; k++) {
                TpyAstExceptHandler *h = s->u.try_.handlers.items[k];
                if (h->name != NULL && tpy_scope_lookup(scope, h->name) == NULL) {
                    TpySymbol *sym = tpy_scope_add(c->arena, scope, h->name, TPY_SYM_VAR);
                    sym->line = h->pos.line;
                    sym->col = h->pos.col;
                }
                tc_collect_bindings(c, &h->body, scope, is_class);
            }
            break;
        case TPY_STMT_IMPORT:
            for (int k = 0; k < s->u.import.names.count; k++) {
                TpyAstAlias *a = s->u.import.names.items[k];
                const char *name = a->asname;
                if (name == NULL) {
                    const char *dot = strchr(a->name, '.');
                    name = dot ? tpy_arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
                }
                tpy_scope_get_or_add(c->arena, scope, name);
            }
            break;
        case TPY_STMT_IMPORTFROM:
            for (int k = 0; k < s->u.importfrom.names.count; k++) {
                TpyAstAlias *a = s->u.importfrom.names.items[k];
                if (strcmp(a->name, "*") != 0)
                    tpy_scope_get_or_add(c->arena, scope, a->asname ? a->asname : a->name);
            }
            break;
        case TPY_STMT_GLOBAL: case TPY_STMT_NONLOCAL: {
            bool global = s->kind == TPY_STMT_GLOBAL;
            if (scope->kind == TPY_SCOPE_MODULE)
                break;
            for (int k = 0; k < s->u.global.names.count; k++) {
                const char *name = s->u.global.names.items[k];
                TpySymbol *target = NULL;
                if (global) {
                    target = tpy_scope_get_or_add(c->arena, module_scope_of(scope), name);
                } else {
                    for (TpyScope *p = scope->parent; p != NULL && target == NULL; p = p->parent)
                        if (p->kind == TPY_SCOPE_FUNCTION)
                            target = tpy_scope_lookup(p, name);
                    if (target == NULL) {
                        tc_error(c, s->pos.line, s->pos.col, "No binding for nonlocal \"%s\" found", name);
                        continue;
                    }
                    target->flags |= TPY_SYMF_CELL;
                }
                TpySymbol *sym = tpy_scope_lookup(scope, name);
                if (sym == NULL)
                    sym = tpy_scope_add(c->arena, scope, name, TPY_SYM_VAR);
                sym->flags |= global ? TPY_SYMF_GLOBAL : TPY_SYMF_NONLOCAL;
                sym->target = target;
            }
            break;
        }
        default:
            break;
        }
    }
}

/* Names (and self attributes) a loop body assigns: their narrowing is dropped. */
static void kill_assigned_target(Env *env, TpyAstExpr *t)
{
    if (t == NULL)
        return;
    switch (t->kind) {
    case TPY_EXPR_NAME: env_kill_name(env, t->u.name.id, NULL); break;
    case TPY_EXPR_ATTRIBUTE:
        if (t->u.attribute.value->kind == TPY_EXPR_NAME)
            env_kill_name(env, t->u.attribute.value->u.name.id, t->u.attribute.attr);
        break;
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST:
        for (int i = 0; i < t->u.list.elts.count; i++)
            kill_assigned_target(env, t->u.list.elts.items[i]);
        break;
    case TPY_EXPR_STARRED: kill_assigned_target(env, t->u.starred.value); break;
    default: break;
    }
}

static void kill_assigned(Env *env, TpyAstStmtList *body, int depth)
{
    if (depth > 60)
        return;
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        switch (s->kind) {
        case TPY_STMT_ASSIGN:
            for (int k = 0; k < s->u.assign.targets.count; k++)
                kill_assigned_target(env, s->u.assign.targets.items[k]);
            break;
        case TPY_STMT_ANNASSIGN: kill_assigned_target(env, s->u.annassign.target); break;
        case TPY_STMT_AUGASSIGN: kill_assigned_target(env, s->u.augassign.target); break;
        case TPY_STMT_DELETE:
            for (int k = 0; k < s->u.delete_.targets.count; k++)
                kill_assigned_target(env, s->u.delete_.targets.items[k]);
            break;
        case TPY_STMT_FOR:
            kill_assigned_target(env, s->u.for_.target);
            kill_assigned(env, &s->u.for_.body, depth + 1);
            kill_assigned(env, &s->u.for_.orelse, depth + 1);
            break;
        case TPY_STMT_WHILE:
            kill_assigned(env, &s->u.while_.body, depth + 1);
            kill_assigned(env, &s->u.while_.orelse, depth + 1);
            /* a walrus in the condition assigns too */
            if (s->u.while_.test->kind == TPY_EXPR_NAMEDEXPR)
                kill_assigned_target(env, s->u.while_.test->u.namedexpr.target);
            break;
        case TPY_STMT_IF:
            if (s->u.if_.test->kind == TPY_EXPR_NAMEDEXPR)
                kill_assigned_target(env, s->u.if_.test->u.namedexpr.target);
            kill_assigned(env, &s->u.if_.body, depth + 1);
            kill_assigned(env, &s->u.if_.orelse, depth + 1);
            break;
        case TPY_STMT_WITH:
            for (int k = 0; k < s->u.with.items.count; k++)
                kill_assigned_target(env, s->u.with.items.items[k]->optional_vars);
            kill_assigned(env, &s->u.with.body, depth + 1);
            break;
        case TPY_STMT_TRY:
            kill_assigned(env, &s->u.try_.body, depth + 1);
            kill_assigned(env, &s->u.try_.orelse, depth + 1);
            kill_assigned(env, &s->u.try_.finalbody, depth + 1);
            for (int k = 0; k < s->u.try_.handlers.count; k++)
                kill_assigned(env, &s->u.try_.handlers.items[k]->body, depth + 1);
            break;
        default:
            break;
        }
    }
}

/* ----------------------------------------------------------- narrowing */

static bool is_none_const(const TpyAstExpr *e)
{
    return e->kind == TPY_EXPR_CONSTANT && e->u.constant.kind == TPY_CONST_NONE;
}

static bool class_can_be_falsy(TpyChecker *c, TpyType *t)
{
    if (t->kind == TPY_TYPE_NONE || t->kind == TPY_TYPE_ERROR)
        return true;
    if (t->kind == TPY_TYPE_TUPLE)
        return t->count == 0;
    if (t->kind != TPY_TYPE_INSTANCE)
        return false;
    return tc_member(c, t, "__bool__", NULL) != NULL || tc_member(c, t, "__len__", NULL) != NULL;
}

/* Members of `t` (a union or single type). */
static int members_of(TpyType *t, TpyType ***out)
{
    static TpyType *one[1];
    if (t->kind == TPY_TYPE_UNION) {
        *out = t->items;
        return t->count;
    }
    one[0] = t;
    *out = one;
    return 1;
}

static TpyType *narrow_truthy(TpyChecker *c, TpyType *t, bool truthy)
{
    TpyType **m;
    int n = members_of(t, &m);
    TpyType *keep[64];
    int k = 0;
    for (int i = 0; i < n && k < 64; i++) {
        if (truthy && m[i]->kind == TPY_TYPE_NONE)
            continue;
        if (!truthy && !class_can_be_falsy(c, m[i]))
            continue;
        keep[k++] = m[i];
    }
    if (k == 0)
        return c->types.noreturn;
    return tpy_types_union(&c->types, keep, k);
}

/* isinstance(x, classes): the type if true (*yes) and if false (*no). */
static void narrow_isinstance(TpyChecker *c, TpyType *t, TpyType **classes, int nclasses,
                              TpyType **yes, TpyType **no)
{
    TpyTypes *T = &c->types;
    if (t->kind == TPY_TYPE_ERROR) {
        *yes = nclasses == 1 ? classes[0] : tpy_types_union(T, classes, nclasses);
        *no = t;
        return;
    }
    TpyType **m;
    int n = members_of(t, &m);
    TpyType *ys[64], *ns[64];
    int ny = 0, nn = 0;
    TpyType *mm[64];
    memcpy(mm, m, sizeof(TpyType *) * (size_t)(n < 64 ? n : 64));
    for (int i = 0; i < n && i < 64; i++) {
        bool matched = false, partially = false;
        for (int j = 0; j < nclasses; j++) {
            TpyType *cl = classes[j];
            if (cl->kind == TPY_TYPE_ERROR || tc_is_subtype(c, mm[i], cl)) {
                matched = true;
                break;
            }
            if (tc_is_subtype(c, cl, mm[i])) {
                partially = true;
                if (ny < 64)
                    ys[ny++] = cl;
            }
        }
        if (matched) {
            if (ny < 64)
                ys[ny++] = mm[i];
        } else if (nn < 64) {
            ns[nn++] = mm[i];
        }
        (void)partially;
    }
    *yes = ny == 0 ? T->noreturn : tpy_types_union(T, ys, ny);
    *no = nn == 0 ? T->noreturn : tpy_types_union(T, ns, nn);
}

/* The class types named by isinstance's second argument. */
static int isinstance_classes(TpyChecker *c, TpyType *t, TpyType **out, int max)
{
    if (t->kind == TPY_TYPE_CLASSOBJ) {
        out[0] = t->items[0];
        if (out[0]->kind == TPY_TYPE_INSTANCE && out[0]->cls->tparam_count > 0 && out[0]->count == 0)
            out[0] = tpy_types_instance(&c->types, out[0]->cls, NULL, 0);
        return 1;
    }
    if (t->kind == TPY_TYPE_TUPLE) {
        int n = 0;
        for (int i = 0; i < t->count && n < max; i++)
            n += isinstance_classes(c, t->items[i], out + n, max - n);
        return n;
    }
    out[0] = c->types.error;
    return 1;
}

static void set_fact(TpyChecker *c, Env *env, TpySymbol *sym, const char *attr, TpyType *t)
{
    if (t->kind == TPY_TYPE_NORETURN) {
        env->unreachable = true;
        return;
    }
    tc_env_set(c, env, sym, attr, t);
}

static TpyType *current_type(TpyChecker *c, TpyAstExpr *e)
{
    return e->type != NULL ? e->type : c->types.error;
}

void tc_narrow_condition(TpyChecker *c, TpyAstExpr *e, Env *if_true, Env *if_false)
{
    TpyTypes *T = &c->types;
    Env cur = c->env;
    if (e->kind == TPY_EXPR_UNARYOP && e->u.unaryop.op == TPY_UNARY_NOT) {
        tc_narrow_condition(c, e->u.unaryop.operand, if_false, if_true);
        e->type = T->t_bool;
        c->env = cur;
        return;
    }
    if (e->kind == TPY_EXPR_BOOLOP) {
        bool is_and = e->u.boolop.op == TPY_BOOLOP_AND;
        Env pass = tc_env_copy(c, &cur);      /* env in which the next operand runs */
        Env other = unreachable_env();        /* env where the whole expression short-circuits */
        TpyType *result = NULL;
        for (int i = 0; i < e->u.boolop.values.count; i++) {
            TpyAstExpr *v = e->u.boolop.values.items[i];
            Env t, f;
            c->env = pass;
            tc_narrow_condition(c, v, &t, &f);
            TpyType *vt = current_type(c, v);
            bool last = i == e->u.boolop.values.count - 1;
            TpyType *part = last ? vt : narrow_truthy(c, vt, !is_and);
            if (!last && is_and && part->kind == TPY_TYPE_NORETURN)
                part = T->noreturn;
            result = result == NULL ? part : tpy_types_union2(T, result, part);
            if (is_and) {
                other = tc_env_join(c, &other, &f);
                pass = t;
            } else {
                other = tc_env_join(c, &other, &t);
                pass = f;
            }
        }
        if (is_and) {
            *if_true = pass;
            *if_false = other;
        } else {
            *if_true = other;
            *if_false = pass;
        }
        e->type = result != NULL ? tpy_types_simplified_union(T, &result, 1) : T->error;
        c->env = cur;
        return;
    }
    /* Leaves: check the expression, then derive facts. */
    tc_expr(c, e, NULL);
    *if_true = tc_env_copy(c, &c->env);
    *if_false = tc_env_copy(c, &c->env);
    cur = c->env;
    TpySymbol *sym;
    const char *attr;
    if (e->kind == TPY_EXPR_CONSTANT) {
        bool truth = e->u.constant.kind == TPY_CONST_TRUE ||
                     (e->u.constant.kind == TPY_CONST_INT && e->u.constant.int_value != 0);
        bool falsity = e->u.constant.kind == TPY_CONST_FALSE || e->u.constant.kind == TPY_CONST_NONE ||
                       (e->u.constant.kind == TPY_CONST_INT && e->u.constant.int_value == 0 &&
                        !e->u.constant.int_big);
        if (truth)
            if_false->unreachable = true;
        if (falsity)
            if_true->unreachable = true;
        return;
    }
    if (e->kind == TPY_EXPR_NAMEDEXPR) {
        TpyAstExpr *target = e->u.namedexpr.target;
        if (tc_expr_key(target, &sym, &attr)) {
            TpyType *t = current_type(c, target);
            set_fact(c, if_true, sym, attr, narrow_truthy(c, t, true));
            set_fact(c, if_false, sym, attr, narrow_truthy(c, t, false));
        }
        return;
    }
    if (e->kind == TPY_EXPR_NAME || e->kind == TPY_EXPR_ATTRIBUTE) {
        if (tc_expr_key(e, &sym, &attr)) {
            TpyType *t = current_type(c, e);
            set_fact(c, if_true, sym, attr, narrow_truthy(c, t, true));
            set_fact(c, if_false, sym, attr, narrow_truthy(c, t, false));
        }
        return;
    }
    if (e->kind == TPY_EXPR_COMPARE && e->u.compare.comparators.count == 1) {
        TpyCmpOp op = e->u.compare.ops[0];
        TpyAstExpr *l = e->u.compare.left, *r = e->u.compare.comparators.items[0];
        TpyAstExpr *subject = NULL;
        if (is_none_const(r))
            subject = l;
        else if (is_none_const(l))
            subject = r;
        if (subject != NULL && (op == TPY_CMP_IS || op == TPY_CMP_ISNOT || op == TPY_CMP_EQ ||
                                op == TPY_CMP_NOTEQ)) {
            if (subject->kind == TPY_EXPR_NAMEDEXPR)
                subject = subject->u.namedexpr.target;
            if (tc_expr_key(subject, &sym, &attr)) {
                TpyType *t = current_type(c, subject);
                TpyType *is_none = t->kind == TPY_TYPE_ERROR ? T->none
                                   : tpy_type_contains_none(t) ? T->none : T->noreturn;
                TpyType *not_none = tpy_types_remove_none(T, t);
                bool positive = op == TPY_CMP_IS || op == TPY_CMP_EQ;
                if (op == TPY_CMP_EQ || op == TPY_CMP_NOTEQ) {
                    /* == None may be true for objects with a custom __eq__: only
                     * the negative fact is certain for them; mypy narrows anyway. */
                }
                set_fact(c, positive ? if_true : if_false, sym, attr, is_none);
                set_fact(c, positive ? if_false : if_true, sym, attr, not_none);
            }
            return;
        }
        /* type(x) is C */
        if ((op == TPY_CMP_IS || op == TPY_CMP_EQ) && l->kind == TPY_EXPR_CALL &&
            l->u.call.args.count == 1 && l->u.call.func->kind == TPY_EXPR_NAME &&
            strcmp(l->u.call.func->u.name.id, "type") == 0 && r->type != NULL &&
            r->type->kind == TPY_TYPE_CLASSOBJ && tc_expr_key(l->u.call.args.items[0], &sym, &attr)) {
            set_fact(c, if_true, sym, attr, r->type->items[0]);
        }
        return;
    }
    if (e->kind == TPY_EXPR_CALL && e->u.call.func->kind == TPY_EXPR_NAME &&
        e->u.call.func->type != NULL && e->u.call.func->type->kind == TPY_TYPE_SPECIAL &&
        e->u.call.func->type->special == TPY_SP_ISINSTANCE && e->u.call.args.count == 2) {
        TpyAstExpr *subject = e->u.call.args.items[0];
        if (subject->kind == TPY_EXPR_NAMEDEXPR)
            subject = subject->u.namedexpr.target;
        if (tc_expr_key(subject, &sym, &attr)) {
            TpyType *classes[32];
            int n = isinstance_classes(c, current_type(c, e->u.call.args.items[1]), classes, 32);
            TpyType *yes, *no;
            narrow_isinstance(c, current_type(c, subject), classes, n, &yes, &no);
            set_fact(c, if_true, sym, attr, yes);
            set_fact(c, if_false, sym, attr, no);
        }
        return;
    }
}

/* --------------------------------------------------------- assignments */

static bool is_empty_collection(TpyChecker *c, TpyAstExpr *v, const char **hint)
{
    if (v == NULL)
        return false;
    if (v->kind == TPY_EXPR_LIST && v->u.list.elts.count == 0) {
        *hint = "List[<type>]";
        return true;
    }
    if (v->kind == TPY_EXPR_DICT && v->u.dict.keys.count == 0) {
        *hint = "Dict[<type>, <type>]";
        return true;
    }
    if (v->kind == TPY_EXPR_CALL && v->u.call.args.count == 0 && v->u.call.keywords.count == 0 &&
        v->u.call.func->kind == TPY_EXPR_NAME && v->type != NULL && v->type->kind == TPY_TYPE_INSTANCE &&
        v->type->count > 0) {
        TpyClass *cls = v->type->cls;
        bool nothing = true;
        for (int i = 0; i < v->type->count; i++)
            if (v->type->items[i]->kind != TPY_TYPE_NORETURN)
                nothing = false;
        if (!nothing)
            return false;
        if (cls == c->types.b.list) { *hint = "List[<type>]"; return true; }
        if (cls == c->types.b.dict) { *hint = "Dict[<type>, <type>]"; return true; }
        if (cls == c->types.b.set) { *hint = "Set[<type>]"; return true; }
        *hint = tpy_arena_printf(c->arena, "%s[<type>%s]", cls->name, v->type->count > 1 ? ", <type>" : "");
        return true;
    }
    return false;
}

static bool has_nothing(TpyType *t)
{
    if (t->kind == TPY_TYPE_NORETURN && (t->flags & TPY_NORETURN_NOTHING))
        return true;
    if (t->kind == TPY_TYPE_INSTANCE)
        for (int i = 0; i < t->count; i++)
            if (has_nothing(t->items[i]))
                return true;
    return false;
}

static void report_need_annotation(TpyChecker *c, TpySymbol *sym, const char *hint)
{
    tc_error(c, sym->line, sym->col, "Need type annotation for \"%s\" (hint: \"%s: %s = ...\")",
             sym->name, sym->name, hint);
}

static TpySymbol *resolve_store_name(TpyChecker *c, TpyAstExpr *t)
{
    TpyScope *scope = c->fn->scope;
    TpySymbol *sym = tpy_scope_lookup(scope, t->u.name.id);
    if (sym == NULL)
        sym = tc_lookup_name(c, scope, t->u.name.id);
    if (sym == NULL) {
        sym = tpy_scope_add(c->arena, scope, t->u.name.id, TPY_SYM_VAR);
        sym->line = t->pos.line;
        sym->col = t->pos.col;
    }
    if ((sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL)) && sym->target != NULL)
        sym = sym->target;
    t->u.name.sym = sym;
    return sym;
}

/* Where an assignment error goes: the value, else the statement that assigns
 * without a value expression (a `for` loop: mypy reports at the statement),
 * else the target. */
#define ASSIGN_POS(c, value, t)                                                         \
    ((value) ? (value)->pos.line : (c)->assign_anchor ? (c)->assign_anchor->pos.line : (t)->pos.line), \
    ((value) ? (value)->pos.col : (c)->assign_anchor ? (c)->assign_anchor->pos.col : (t)->pos.col)

static void assign_name(TpyChecker *c, TpyAstExpr *t, TpyType *vt, TpyAstExpr *value)
{
    TpyTypes *T = &c->types;
    TpySymbol *sym = resolve_store_name(c, t);
    if (sym->line == 0) {
        sym->line = t->pos.line;
        sym->col = t->pos.col;
    }
    if (sym->type == NULL && strcmp(sym->name, "_") == 0 && sym->scope != NULL &&
        sym->scope->kind != TPY_SCOPE_MODULE && sym->scope->kind != TPY_SCOPE_CLASS) {
        /* mypy (semanal): a local named `_` is a dummy declared as Any, so it
         * may take values of different types: `for _, x, _ in rows`. */
        sym->type = T->error;
        sym->flags |= TPY_SYMF_DECLARED;
    }
    if (sym->type == NULL) {
        const char *hint;
        if (value != NULL && is_empty_collection(c, value, &hint) && has_nothing(vt)) {
            sym->flags |= TPY_SYMF_PARTIAL;
            sym->value = value;
            sym->line = t->pos.line;
            sym->col = t->pos.col;
            sym->type = vt;
        } else if (value != NULL && is_none_const(value)) {
            sym->flags |= TPY_SYMF_PARTIAL;
            sym->type = T->none;
        } else {
            if (vt->kind == TPY_TYPE_NORETURN && !(vt->flags & TPY_NORETURN_NOTHING))
                vt = T->error;
            sym->type = vt;
        }
        t->type = sym->type;
        tc_env_kill(&c->env, sym, NULL);
        return;
    }
    if ((sym->flags & TPY_SYMF_PARTIAL) && sym->type->kind == TPY_TYPE_NONE &&
        vt->kind != TPY_TYPE_NONE) {
        sym->flags &= ~(unsigned)TPY_SYMF_PARTIAL;
        sym->type = tpy_types_optional(T, vt);
        tc_env_kill(&c->env, sym, NULL);
        tc_env_set(c, &c->env, sym, NULL, vt);
        t->type = sym->type;
        return;
    }
    TpyType *declared = sym->type;
    if (sym->kind == TPY_SYM_FUNC || sym->kind == TPY_SYM_CLASS || sym->kind == TPY_SYM_MODULE) {
        if (sym->kind == TPY_SYM_CLASS)
            tc_error(c, t->pos.line, t->pos.col, "Cannot assign to a type");
        else if (!tc_is_subtype(c, vt, declared))
            tc_error(c, ASSIGN_POS(c, value, t),
                     "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                     tc_str(c, vt), tc_str(c, declared));
        t->type = declared;
        return;
    }
    if (!tc_is_subtype(c, vt, declared)) {
        tc_error(c, ASSIGN_POS(c, value, t),
                 "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                 tc_str(c, vt), tc_str(c, declared));
        tc_env_kill(&c->env, sym, NULL);
        t->type = declared;
        return;
    }
    tc_env_kill(&c->env, sym, NULL);
    if (declared->kind == TPY_TYPE_UNION && vt->kind != TPY_TYPE_ERROR &&
        vt->kind != TPY_TYPE_NORETURN) {
        /* Narrow to the assigned members (mypy narrows declared unions on assignment). */
        TpyType *narrowed = vt;
        if (vt->kind == TPY_TYPE_INSTANCE && !tpy_type_equal(vt, declared)) {
            for (int i = 0; i < declared->count; i++)
                if (tpy_type_equal(declared->items[i], vt))
                    narrowed = vt;
        }
        tc_env_set(c, &c->env, sym, NULL, narrowed);
    }
    t->type = declared;
}

static void assign_attribute(TpyChecker *c, TpyAstExpr *t, TpyType *vt, TpyAstExpr *value)
{
    TpyTypes *T = &c->types;
    TpyType *obj = tc_expr(c, t->u.attribute.value, NULL);
    const char *name = t->u.attribute.attr;
    if (obj->kind == TPY_TYPE_ERROR) {
        t->type = T->error;
        return;
    }
    TpySymbol *msym = NULL;
    TpyType *mt = tc_member(c, obj, name, &msym);
    if (mt == NULL) {
        if (obj->kind == TPY_TYPE_INSTANCE && (obj->cls->flags & TPY_CLASS_SLOTS) &&
            c->fn->self_sym != NULL && t->u.attribute.value->kind == TPY_EXPR_NAME &&
            t->u.attribute.value->u.name.sym == c->fn->self_sym)
        {
            const char *path = c->module->source->path;
            const char *base = strrchr(path, '/');
            base = base ? base + 1 : path;
            size_t len = strlen(base);
            if (len > 3 && strcmp(base + len - 3, ".py") == 0)
                len -= 3;
            tc_error(c, t->pos.line, t->pos.col,
                     "Trying to assign name \"%s\" that is not in \"__slots__\" of type \"%.*s.%s\"", name,
                     (int)len, base, obj->cls->name);
        }
        else if (obj->kind == TPY_TYPE_MODULE)
            tc_error(c, t->pos.line, t->pos.col, "Module \"%s\" has no attribute \"%s\"",
                     obj->module->name, name);
        else
            tc_error(c, t->pos.line, t->pos.col, "\"%s\" has no attribute \"%s\"", tc_str(c, obj), name);
        t->type = T->error;
        return;
    }
    if (msym != NULL && msym->kind == TPY_SYM_FUNC && msym->type != NULL &&
        msym->type->kind == TPY_TYPE_CALLABLE && (msym->type->flags & TPY_FN_PROPERTY)) {
        if (!(msym->flags & TPY_SYMF_SETTABLE)) {
            tc_error(c, t->pos.line, t->pos.col, "Property \"%s\" defined in \"%s\" is read-only", name,
                     msym->cls ? msym->cls->name : "?");
            t->type = T->error;
            return;
        }
    } else if (msym != NULL && msym->cls != NULL && obj->kind == TPY_TYPE_INSTANCE &&
               (msym->cls->flags & (TPY_CLASS_FROZEN | TPY_CLASS_NAMEDTUPLE)) &&
               (msym->flags & TPY_SYMF_FIELD)) {
        tc_error(c, t->pos.line, t->pos.col, "Property \"%s\" defined in \"%s\" is read-only", name,
                 msym->cls->name);
        t->type = T->error;
        return;
    } else if (msym != NULL && msym->kind == TPY_SYM_FUNC &&
               (obj->kind == TPY_TYPE_INSTANCE || obj->kind == TPY_TYPE_CLASSOBJ)) {
        /* mypy: a method (static and class methods too) cannot be rebound through
         * an instance or its class; the value is still checked against its type. */
        tc_error(c, t->pos.line, t->pos.col, "Cannot assign to a method");
        if (!tc_is_subtype(c, vt, mt))
            tc_error(c, ASSIGN_POS(c, value, t),
                     "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                     tc_str(c, vt), tc_str(c, mt));
        t->type = mt;
        return;
    }
    if (msym != NULL && msym->type == NULL && (msym->flags & TPY_SYMF_FIELD)) {
        /* The assignment that introduces the field decides its type. */
        if (vt->kind == TPY_TYPE_NORETURN)
            vt = T->error;
        msym->type = vt;
        const char *hint;
        if (value != NULL && is_empty_collection(c, value, &hint) && has_nothing(vt))
            tc_error(c, t->pos.line, t->pos.col, "Need type annotation for \"%s\" (hint: \"%s: %s = ...\")",
                     name, name, hint);
        t->type = vt;
        return;
    }
    if (mt->kind == TPY_TYPE_CALLABLE && (mt->flags & TPY_FN_PROPERTY))
        mt = mt->ret;
    if (!tc_is_subtype(c, vt, mt)) {
        tc_error(c, ASSIGN_POS(c, value, t),
                 "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                 tc_str(c, vt), tc_str(c, mt));
    } else {
        TpySymbol *ksym;
        const char *kattr;
        if (tc_expr_key(t, &ksym, &kattr)) {
            tc_env_kill(&c->env, ksym, kattr);
            if (mt->kind == TPY_TYPE_UNION && vt->kind != TPY_TYPE_ERROR && vt->kind != TPY_TYPE_NORETURN)
                tc_env_set(c, &c->env, ksym, kattr, vt);
        }
    }
    t->type = mt;
}

static void assign_subscript(TpyChecker *c, TpyAstExpr *t, TpyType *vt, TpyAstExpr *value)
{
    TpyTypes *T = &c->types;
    TpyType *obj = tc_expr(c, t->u.subscript.value, NULL);
    TpyAstExpr *idx = t->u.subscript.slice;
    /* Partial dict/list: d[k] = v fixes its type. */
    TpyAstExpr *base = t->u.subscript.value;
    if (base->kind == TPY_EXPR_NAME && base->u.name.sym != NULL &&
        (base->u.name.sym->flags & TPY_SYMF_PARTIAL) && obj->kind == TPY_TYPE_INSTANCE &&
        obj->cls == T->b.dict) {
        TpyType *kt = tc_expr(c, idx, NULL);
        base->u.name.sym->type = tpy_types_instance2(T, T->b.dict, kt, vt);
        base->u.name.sym->flags &= ~(unsigned)TPY_SYMF_PARTIAL;
        t->type = vt;
        return;
    }
    TpyType *it = tc_expr(c, idx, NULL);
    if (obj->kind == TPY_TYPE_ERROR) {
        t->type = T->error;
        return;
    }
    TpyType *setitem = tc_member(c, obj, "__setitem__", NULL);
    if (setitem == NULL) {
        tc_error(c, t->pos.line, t->pos.col, "Unsupported target for indexed assignment (\"%s\")",
                 tc_str(c, obj));
        t->type = T->error;
        return;
    }
    TpyType *args[2] = { it, vt };
    bool ok = true;
    int saved = c->silent, saved_errors = c->silent_errors;
    c->silent++;
    tc_call_types(c, setitem, args, 2, t, &ok);
    c->silent = saved;
    c->silent_errors = saved_errors;
    if (!ok) {
        /* Which argument failed decides the message, as in mypy. */
        TpyType *fn = setitem->kind == TPY_TYPE_OVERLOADED ? setitem->items[0] : setitem;
        if (setitem->kind == TPY_TYPE_OVERLOADED)
            tc_error(c, t->pos.line, t->pos.col,
                     "No overload variant of \"__setitem__\" of \"%s\" matches argument types \"%s\", \"%s\"",
                     obj->kind == TPY_TYPE_INSTANCE ? obj->cls->name : tc_str(c, obj), tc_str(c, it), tc_str(c, vt));
        else if (fn->kind == TPY_TYPE_CALLABLE && fn->count >= 2 && setitem->kind != TPY_TYPE_OVERLOADED &&
            !tc_is_subtype(c, it, fn->params[0].type))
            tc_error(c, idx->pos.line, idx->pos.col, "Invalid index type \"%s\" for \"%s\"; expected type \"%s\"",
                     tc_str(c, it), tc_str(c, obj), tc_str(c, fn->params[0].type));
        else if (fn->kind == TPY_TYPE_CALLABLE && fn->count >= 2 && tc_is_subtype(c, it, fn->params[0].type))
            tc_error(c, ASSIGN_POS(c, value, t),
                     "Incompatible types in assignment (expression has type \"%s\", target has type \"%s\")",
                     tc_str(c, vt), tc_str(c, fn->params[1].type));
        else
            tc_error(c, t->pos.line, t->pos.col,
                     "No overload variant of \"__setitem__\" of \"%s\" matches argument types \"%s\", \"%s\"",
                     obj->kind == TPY_TYPE_INSTANCE ? obj->cls->name : tc_str(c, obj), tc_str(c, it),
                     tc_str(c, vt));
    }
    TpyType *gi = tc_member(c, obj, "__getitem__", NULL);
    t->type = gi != NULL && gi->kind == TPY_TYPE_CALLABLE ? gi->ret : vt;
}

static TpyType *list_of(TpyChecker *c, TpyType *t)
{
    return c->types.b.list ? tpy_types_instance1(&c->types, c->types.b.list, t) : c->types.error;
}

static void assign_sequence(TpyChecker *c, TpyAstExpr *t, TpyType *vt, TpyAstExpr *value)
{
    TpyTypes *T = &c->types;
    TpyAstExprList *elts = &t->u.list.elts;
    int n = elts->count, star = -1;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == TPY_EXPR_STARRED)
            star = i;
    if (vt->kind == TPY_TYPE_INSTANCE && (vt->cls->flags & TPY_CLASS_NAMEDTUPLE)) {
        TpyType *items[64];
        int k = 0;
        for (int i = 0; i < vt->cls->field_count && k < 64; i++)
            items[k++] = vt->cls->fields[i]->type ? vt->cls->fields[i]->type : T->error;
        vt = tpy_types_tuple(T, items, k);
    }
    if (vt->kind == TPY_TYPE_TUPLE) {
        if (star < 0 && vt->count != n) {
            if (vt->count < n)
                tc_error(c, ASSIGN_POS(c, value, t),
                         "Need more than %d value%s to unpack (%d expected)", vt->count,
                         vt->count == 1 ? "" : "s", n);
            else
                tc_error(c, ASSIGN_POS(c, value, t),
                         "Too many values to unpack (%d expected, %d provided)", n, vt->count);
            for (int i = 0; i < n; i++)
                tc_assign_to(c, elts->items[i], T->error, NULL);
            t->type = T->error;
            return;
        }
        if (star >= 0 && vt->count < n - 1) {
            tc_error(c, t->pos.line, t->pos.col, "Need more than %d value%s to unpack (%d expected)",
                     vt->count, vt->count == 1 ? "" : "s", n - 1);
            for (int i = 0; i < n; i++)
                tc_assign_to(c, elts->items[i], T->error, NULL);
            return;
        }
        bool pairwise = value != NULL && (value->kind == TPY_EXPR_TUPLE || value->kind == TPY_EXPR_LIST) &&
                        value->u.list.elts.count == vt->count && star < 0;
        for (int i = 0; i < n; i++) {
            TpyAstExpr *el = elts->items[i];
            if (i == star) {
                int from = star, to = vt->count - (n - 1 - star);
                TpyType *j = T->nothing;
                for (int k = from; k < to; k++)
                    j = tpy_types_join(T, j, vt->items[k]);
                tc_assign_to(c, el->u.starred.value, list_of(c, j), NULL);
                el->type = el->u.starred.value->type;
                continue;
            }
            int k = star >= 0 && i > star ? vt->count - (n - i) : i;
            tc_assign_to(c, el, vt->items[k], pairwise ? value->u.list.elts.items[k] : NULL);
        }
        t->type = vt;
        return;
    }
    TpyType *item = tc_iter_item(c, vt, value != NULL ? value : t);
    for (int i = 0; i < n; i++) {
        TpyAstExpr *el = elts->items[i];
        if (i == star) {
            tc_assign_to(c, el->u.starred.value, list_of(c, item), NULL);
            el->type = el->u.starred.value->type;
        } else {
            tc_assign_to(c, el, item, NULL);
        }
    }
    t->type = vt;
}

void tc_assign_to(TpyChecker *c, TpyAstExpr *target, TpyType *vt, TpyAstExpr *value)
{
    if (vt == NULL)
        vt = c->types.error;
    switch (target->kind) {
    case TPY_EXPR_NAME: assign_name(c, target, vt, value); break;
    case TPY_EXPR_ATTRIBUTE: assign_attribute(c, target, vt, value); break;
    case TPY_EXPR_SUBSCRIPT: assign_subscript(c, target, vt, value); break;
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST: assign_sequence(c, target, vt, value); break;
    case TPY_EXPR_STARRED:
        tc_error(c, target->pos.line, target->pos.col, "Star expression must be in a tuple or list");
        tc_assign_to(c, target->u.starred.value, c->types.error, NULL);
        break;
    default:
        target->type = c->types.error;
        break;
    }
}

/* The declared type a store into `target` expects (context for the value). */
static TpyType *target_context(TpyChecker *c, TpyAstExpr *t)
{
    if (t->kind == TPY_EXPR_NAME) {
        TpySymbol *sym = tpy_scope_lookup(c->fn->scope, t->u.name.id);
        if (sym == NULL)
            sym = tc_lookup_name(c, c->fn->scope, t->u.name.id);
        if (sym != NULL && (sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL)) && sym->target)
            sym = sym->target;
        if (sym != NULL && sym->type != NULL && !(sym->flags & TPY_SYMF_PARTIAL) &&
            (sym->kind == TPY_SYM_VAR || sym->kind == TPY_SYM_PARAM))
            return sym->type;
        return NULL;
    }
    if (t->kind == TPY_EXPR_ATTRIBUTE && t->u.attribute.value->kind == TPY_EXPR_NAME) {
        int saved = c->silent;
        c->silent++;
        TpyType *obj = tc_expr(c, t->u.attribute.value, NULL);
        TpySymbol *msym = NULL;
        TpyType *mt = obj->kind == TPY_TYPE_INSTANCE ? tc_member(c, obj, t->u.attribute.attr, &msym) : NULL;
        c->silent = saved;
        if (msym != NULL && msym->type == NULL)
            return NULL;
        return mt != NULL && mt->kind != TPY_TYPE_CALLABLE ? mt : NULL;
    }
    return NULL;
}

/* ------------------------------------------------------------ statements */

static void check_return(TpyChecker *c, TpyAstStmt *s)
{
    TpyTypes *T = &c->types;
    FuncCtx *fn = c->fn;
    TpyAstExpr *v = s->u.return_.value;
    TpyType *want = fn->ret != NULL ? fn->ret : T->error;
    if (v == NULL) {
        if (want->kind != TPY_TYPE_NONE && want->kind != TPY_TYPE_ERROR && !fn->is_generator &&
            !(want->kind == TPY_TYPE_INSTANCE && want->cls == T->b.object) &&
            !tpy_type_contains_none(want))
            tc_error(c, s->pos.line, s->pos.col, "Return value expected");
        c->env.unreachable = true;
        return;
    }
    TpyType *vt = tc_expr(c, v, want);
    if (vt->kind == TPY_TYPE_INSTANCE && strcmp(vt->cls->name, "_NotImplementedType") == 0)
        vt = T->error;   /* mypy treats NotImplemented as Any */
    if (want->kind == TPY_TYPE_NONE && !fn->is_generator) {
        if (vt->kind != TPY_TYPE_NONE && vt->kind != TPY_TYPE_ERROR)
            tc_error(c, s->pos.line, s->pos.col, "No return value expected");
    } else if (!tc_is_subtype(c, vt, want)) {
        tc_error(c, v->pos.line, v->pos.col, "Incompatible return value type (got \"%s\", expected \"%s\")",
                 tc_str(c, vt), tc_str(c, want));
    }
    c->env.unreachable = true;
}

static bool is_exception_type(TpyChecker *c, TpyType *t, bool allow_class)
{
    TpyClass *be = c->types.b.base_exception;
    if (t->kind == TPY_TYPE_ERROR || be == NULL)
        return true;
    if (t->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < t->count; i++)
            if (!is_exception_type(c, t->items[i], allow_class))
                return false;
        return true;
    }
    if (t->kind == TPY_TYPE_INSTANCE)
        return tpy_class_is_subclass(t->cls, be);
    if (t->kind == TPY_TYPE_CLASSOBJ && allow_class)
        return t->items[0]->kind == TPY_TYPE_INSTANCE && tpy_class_is_subclass(t->items[0]->cls, be);
    if (t->kind == TPY_TYPE_TUPLE && allow_class) {
        for (int i = 0; i < t->count; i++)
            if (!is_exception_type(c, t->items[i], true) || t->items[i]->kind == TPY_TYPE_INSTANCE)
                return false;
        return true;
    }
    return false;
}

/* The instance type an `except` clause binds. */
static TpyType *handler_type(TpyChecker *c, TpyType *t)
{
    TpyTypes *T = &c->types;
    if (t->kind == TPY_TYPE_CLASSOBJ)
        return t->items[0];
    if (t->kind == TPY_TYPE_TUPLE) {
        TpyType *items[32];
        int n = 0;
        for (int i = 0; i < t->count && n < 32; i++)
            items[n++] = handler_type(c, t->items[i]);
        return tpy_types_simplified_union(T, items, n);
    }
    return T->error;
}

static void check_loop_body(TpyChecker *c, TpyAstStmtList *body, Env *break_env, bool *broke)
{
    FuncCtx *fn = c->fn;
    Env *saved_break = fn->break_env;
    bool *saved_broke = fn->loop_broke;
    fn->break_env = break_env;
    fn->loop_broke = broke;
    fn->loop_depth++;
    tc_check_block(c, body);
    fn->loop_depth--;
    fn->break_env = saved_break;
    fn->loop_broke = saved_broke;
}

/* The type the nearest base of `cls` gives attribute `name` (mypy's
 * lvalue_type_from_base), or NULL: a variable's type, or a plain method's
 * unbound callable type; properties and names exempt from the check give NULL. */
static TpyType *base_attribute_type(TpyChecker *c, TpyClass *cls, const char *name, TpyClass **owner)
{
    size_t len = strlen(name);
    if (len > 2 && name[0] == '_' && name[1] == '_' && !(len > 4 && strcmp(name + len - 2, "__") == 0))
        return NULL;   /* private names are mangled per class */
    if (strcmp(name, "__slots__") == 0 || strcmp(name, "__match_args__") == 0 ||
        strcmp(name, "__deletable__") == 0)
        return NULL;   /* mypy's ALLOW_INCOMPATIBLE_OVERRIDE */
    for (TpyClass *k = cls->base; k != NULL; k = k->base) {
        TpySymbol *sym = k->members != NULL ? tpy_scope_lookup(k->members, name) : NULL;
        if (sym == NULL)
            continue;
        *owner = k;
        if (sym->kind == TPY_SYM_VAR) {
            tc_ensure_field_type(c, sym);
            return sym->type;
        }
        if (sym->kind == TPY_SYM_FUNC && sym->type != NULL && sym->type->kind == TPY_TYPE_CALLABLE &&
            !(sym->type->flags & (TPY_FN_PROPERTY | TPY_FN_STATIC | TPY_FN_CLASSMETHOD)))
            return sym->type;
        return NULL;
    }
    return NULL;
}

/* mypy's check_compatibility_all_supers: an attribute (re)defined in a subclass
 * keeps a type compatible with the nearest base that defines it.  Reports at
 * line:col and returns true when it does not (the caller then skips its own
 * assignment check, as mypy does). */
static bool check_base_attribute(TpyChecker *c, TpyClass *cls, const char *name, TpyType *type,
                                 int line, int col)
{
    TpyClass *owner = NULL;
    TpyType *base_t = cls != NULL ? base_attribute_type(c, cls, name, &owner) : NULL;
    if (base_t == NULL || type == NULL || type->kind == TPY_TYPE_ERROR)
        return false;
    if (base_t->kind == TPY_TYPE_CALLABLE &&
        (type->kind == TPY_TYPE_CALLABLE || type->kind == TPY_TYPE_OVERLOADED))
        return false;  /* a function stored on the class becomes a method: not compared */
    if (tc_is_subtype(c, type, base_t))
        return false;
    tc_error(c, line, col,
             "Incompatible types in assignment (expression has type \"%s\", base class \"%s\" defined the type as \"%s\")",
             tc_str(c, type), owner->name, tc_str(c, base_t));
    return true;
}

static void check_class_body(TpyChecker *c, TpyAstStmt *s)
{
    TpySymbol *csym = s->u.classdef.sym;
    if (csym == NULL || csym->cls == NULL)
        return;
    TpyClass *cls = csym->cls;
    FuncCtx fc = { 0 };
    fc.parent = c->fn;
    fc.scope = cls->members;
    fc.name = cls->name;
    fc.cls = cls;
    FuncCtx *saved_fn = c->fn;
    Env saved_env = c->env;
    c->fn = &fc;
    memset(&c->env, 0, sizeof c->env);
    TpyAstStmtList *body = &s->u.classdef.body;
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *st = body->items[i];
        switch (st->kind) {
        case TPY_STMT_FUNCTIONDEF:
            break;   /* bodies are checked after the module body */
        case TPY_STMT_CLASSDEF:
            check_class_body(c, st);
            break;
        case TPY_STMT_ANNASSIGN: {
            TpyAstExpr *t = st->u.annassign.target;
            TpySymbol *sym = t->kind == TPY_EXPR_NAME ? t->u.name.sym : NULL;
            if (sym != NULL)
                t->type = sym->type;
            TpyAstExpr *v = st->u.annassign.value;
            bool base_error = sym != NULL &&
                check_base_attribute(c, cls, sym->name, sym->type, v ? v->pos.line : t->pos.line,
                                     v ? v->pos.col : t->pos.col);
            if (st->u.annassign.value != NULL) {
                TpyType *want = sym && sym->type ? sym->type : c->types.error;
                TpyType *vt = tc_expr(c, st->u.annassign.value, want);
                if (!base_error && !tc_is_subtype(c, vt, want))
                    tc_error(c, st->u.annassign.value->pos.line, st->u.annassign.value->pos.col,
                             "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                             tc_str(c, vt), tc_str(c, want));
            }
            break;
        }
        case TPY_STMT_ASSIGN: {
            TpyAstExpr *t0 = st->u.assign.targets.items[0];
            TpySymbol *sym = t0->kind == TPY_EXPR_NAME ? tpy_scope_lookup(cls->members, t0->u.name.id) : NULL;
            bool declared = sym != NULL && sym->type != NULL && (sym->flags & TPY_SYMF_DECLARED);
            TpyType *want = declared ? sym->type : NULL;
            TpyClass *owner = NULL;
            TpyType *base_t = sym != NULL && !declared ? base_attribute_type(c, cls, sym->name, &owner) : NULL;
            /* Undeclared: the value is inferred in the base's context (mypy). */
            TpyType *vt = tc_expr(c, st->u.assign.value, want != NULL ? want : base_t);
            for (int k = 0; k < st->u.assign.targets.count; k++) {
                TpyAstExpr *t = st->u.assign.targets.items[k];
                if (t->kind == TPY_EXPR_NAME) {
                    TpySymbol *ts = tpy_scope_lookup(cls->members, t->u.name.id);
                    t->u.name.sym = ts;
                    TpyAstExpr *v = st->u.assign.value;
                    bool ts_declared = ts != NULL && ts->type != NULL && (ts->flags & TPY_SYMF_DECLARED);
                    if (ts != NULL && check_base_attribute(c, cls, ts->name, ts_declared ? ts->type : vt,
                                                           v->pos.line, v->pos.col)) {
                        if (ts->type == NULL)
                            ts->type = vt;
                    } else if (ts != NULL && ts->type == NULL)
                        ts->type = vt;
                    else if (ts != NULL && !tc_is_subtype(c, vt, ts->type))
                        tc_error(c, st->u.assign.value->pos.line, st->u.assign.value->pos.col,
                                 "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                                 tc_str(c, vt), tc_str(c, ts->type));
                    t->type = ts && ts->type ? ts->type : vt;
                } else {
                    tc_assign_to(c, t, vt, st->u.assign.value);
                }
            }
            break;
        }
        default:
            tc_check_stmt(c, st);
            break;
        }
    }
    c->fn = saved_fn;
    c->env = saved_env;
}

static void check_with(TpyChecker *c, TpyAstStmt *s)
{
    TpyTypes *T = &c->types;
    for (int i = 0; i < s->u.with.items.count; i++) {
        TpyAstWithItem *item = s->u.with.items.items[i];
        TpyType *ct = tc_expr(c, item->context_expr, NULL);
        TpyType *entered = T->error;
        if (ct->kind != TPY_TYPE_ERROR) {
            TpyType *enter = tc_member(c, ct, "__enter__", NULL);
            TpyType *exit_ = tc_member(c, ct, "__exit__", NULL);
            if (enter == NULL)
                tc_error(c, item->context_expr->pos.line, item->context_expr->pos.col,
                         "\"%s\" has no attribute \"__enter__\"", tc_str(c, ct));
            else if (enter->kind == TPY_TYPE_CALLABLE)
                entered = enter->ret;
            if (exit_ == NULL)
                tc_error(c, item->context_expr->pos.line, item->context_expr->pos.col,
                         "\"%s\" has no attribute \"__exit__\"", tc_str(c, ct));
        }
        if (item->optional_vars != NULL)
            tc_assign_to(c, item->optional_vars, entered, NULL);
    }
    tc_check_block(c, &s->u.with.body);
}

static void check_try(TpyChecker *c, TpyAstStmt *s)
{
    TpyTypes *T = &c->types;
    Env entry = tc_env_copy(c, &c->env);
    tc_check_block(c, &s->u.try_.body);
    tc_check_block(c, &s->u.try_.orelse);
    Env after = c->env;
    Env handler_entry = entry;
    kill_assigned(&handler_entry, &s->u.try_.body, 0);
    for (int i = 0; i < s->u.try_.handlers.count; i++) {
        TpyAstExceptHandler *h = s->u.try_.handlers.items[i];
        c->env = tc_env_copy(c, &handler_entry);
        if (h->type != NULL) {
            TpyType *ht = tc_expr(c, h->type, NULL);
            if (!is_exception_type(c, ht, true) || ht->kind == TPY_TYPE_INSTANCE) {
                tc_error(c, h->type->pos.line, h->type->pos.col,
                         "Exception type must be derived from BaseException");
                ht = T->error;
            }
            if (h->name != NULL) {
                TpySymbol *sym = tpy_scope_lookup(c->fn->scope, h->name);
                if (sym == NULL)
                    sym = tc_lookup_name(c, c->fn->scope, h->name);
                if (sym != NULL) {
                    if ((sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL)) && sym->target)
                        sym = sym->target;
                    TpyType *inst = handler_type(c, ht);
                    if (sym->type == NULL || !(sym->flags & TPY_SYMF_DECLARED))
                        sym->type = inst;
                    tc_env_kill(&c->env, sym, NULL);
                    tc_env_set(c, &c->env, sym, NULL, inst);
                    h->sym = sym;
                }
            }
        }
        tc_check_block(c, &h->body);
        after = tc_env_join(c, &after, &c->env);
    }
    c->env = after;
    if (s->u.try_.finalbody.count > 0) {
        bool unreachable = c->env.unreachable;
        Env fin = tc_env_join(c, &c->env, &handler_entry);
        c->env = fin;
        c->env.unreachable = false;
        tc_check_block(c, &s->u.try_.finalbody);
        if (unreachable)
            c->env.unreachable = true;
    }
}

void tc_check_stmt(TpyChecker *c, TpyAstStmt *s)
{
    TpyTypes *T = &c->types;
    if (c->depth > TPY_CHECK_MAX_DEPTH)
        return;
    c->depth++;
    switch (s->kind) {
    case TPY_STMT_EXPR: {
        TpyType *t = tc_expr(c, s->u.expr.value, NULL);
        if (t->kind == TPY_TYPE_NORETURN && !(t->flags & TPY_NORETURN_NOTHING) &&
            s->u.expr.value->kind == TPY_EXPR_CALL)
            c->env.unreachable = true;
        break;
    }
    case TPY_STMT_ASSIGN: {
        TpyAstExprList *targets = &s->u.assign.targets;
        TpyAstExpr *value = s->u.assign.value;
        if (targets->count == 1 && targets->items[0]->kind == TPY_EXPR_NAME &&
            c->fn->scope->kind == TPY_SCOPE_MODULE && value->kind != TPY_EXPR_NAME &&
            value->kind != TPY_EXPR_ATTRIBUTE && tc_is_alias_value(c, value, c->fn->scope, 0)) {
            /* A type alias: resolve it as an annotation (its errors are reported
             * here).  As a value it is the class object, or opaque (Any). */
            TpyType *aliased = tc_resolve_annotation(c, value, c->fn->scope);
            TpySymbol *sym = resolve_store_name(c, targets->items[0]);
            TpyType *vt = aliased->kind == TPY_TYPE_INSTANCE ? tpy_types_classobj(T, aliased) : T->error;
            if (sym != NULL && sym->type == NULL)
                sym->type = vt;
            targets->items[0]->type = vt;
            value->type = vt;
            break;
        }
        TpyType *ctx = targets->count >= 1 ? target_context(c, targets->items[0]) : NULL;
        TpyType *vt = tc_expr(c, s->u.assign.value, ctx);
        TpyAstExpr *v = s->u.assign.value;
        if (v->kind == TPY_EXPR_CALL && vt->kind == TPY_TYPE_NONE && v->u.call.func->type != NULL) {
            TpyType *ft = v->u.call.func->type;
            if (ft->kind == TPY_TYPE_CALLABLE && ft->ret != NULL && ft->ret->kind == TPY_TYPE_NONE && ft->name) {
                if (ft->owner)
                    tc_error(c, v->pos.line, v->pos.col, "\"%s\" of \"%s\" does not return a value", ft->name, ft->owner);
                else
                    tc_error(c, v->pos.line, v->pos.col, "\"%s\" does not return a value", ft->name);
                vt = c->types.error;
            }
        }
        for (int i = 0; i < targets->count; i++)
            tc_assign_to(c, targets->items[i], vt, s->u.assign.value);
        break;
    }
    case TPY_STMT_ANNASSIGN: {
        TpyAstExpr *t = s->u.annassign.target;
        TpyType *declared;
        if (t->kind == TPY_EXPR_NAME) {
            TpySymbol *sym = resolve_store_name(c, t);
            if (c->fn->scope->kind == TPY_SCOPE_MODULE && (sym->flags & TPY_SYMF_DECLARED) &&
                sym->line == s->pos.line) {
                declared = sym->type;
            } else {
                declared = tc_resolve_annotation(c, s->u.annassign.annotation, c->fn->scope);
                if (sym->type != NULL && (sym->flags & TPY_SYMF_DECLARED) && sym->line != s->pos.line &&
                    !tpy_type_equal(sym->type, declared))
                    tc_error(c, t->pos.line, t->pos.col, "Name \"%s\" already defined on line %d",
                             sym->name, sym->line);
                else if (sym->type == NULL || !(sym->flags & TPY_SYMF_DECLARED)) {
                    sym->type = declared;
                    sym->flags |= TPY_SYMF_DECLARED;
                    sym->flags &= ~(unsigned)TPY_SYMF_PARTIAL;
                    sym->line = s->pos.line;
                    sym->col = s->pos.col;
                }
            }
            t->type = declared;
            tc_env_kill(&c->env, sym, NULL);
            if (s->u.annassign.value != NULL) {
                TpyType *vt = tc_expr(c, s->u.annassign.value, declared);
                if (!tc_is_subtype(c, vt, declared))
                    tc_error(c, s->u.annassign.value->pos.line, s->u.annassign.value->pos.col,
                             "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                             tc_str(c, vt), tc_str(c, declared));
                /* mypy does not narrow on the declaring assignment itself */
            }
        } else {
            declared = tc_resolve_annotation(c, s->u.annassign.annotation, c->fn->scope);
            TpyAstExpr *v = s->u.annassign.value;
            bool base_error = false;
            if (t->kind == TPY_EXPR_ATTRIBUTE && c->fn->cls != NULL && c->fn->self_sym != NULL &&
                t->u.attribute.value->kind == TPY_EXPR_NAME &&
                strcmp(t->u.attribute.value->u.name.id, c->fn->self_sym->name) == 0) {
                /* self.x: T = v declares x in this class: T must suit the bases. */
                TpySymbol *own = tpy_scope_lookup(c->fn->cls->members, t->u.attribute.attr);
                if (own == NULL || own->kind == TPY_SYM_VAR)
                    base_error = check_base_attribute(c, c->fn->cls, t->u.attribute.attr, declared,
                                                      v ? v->pos.line : t->pos.line, v ? v->pos.col : t->pos.col);
            }
            if (s->u.annassign.value != NULL && !base_error) {
                TpyType *vt = tc_expr(c, s->u.annassign.value, declared);
                if (!tc_is_subtype(c, vt, declared))
                    tc_error(c, s->u.annassign.value->pos.line, s->u.annassign.value->pos.col,
                             "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                             tc_str(c, vt), tc_str(c, declared));
                tc_assign_to(c, t, vt, s->u.annassign.value);
            } else if (t->kind == TPY_EXPR_ATTRIBUTE) {
                if (v != NULL)
                    tc_expr(c, v, declared);
                tc_expr(c, t->u.attribute.value, NULL);
                t->type = declared;
            }
        }
        break;
    }
    case TPY_STMT_AUGASSIGN: {
        TpyAstExpr *t = s->u.augassign.target;
        TpyType *cur;
        if (t->kind == TPY_EXPR_NAME || t->kind == TPY_EXPR_ATTRIBUTE || t->kind == TPY_EXPR_SUBSCRIPT) {
            TpyExprContext saved_ctx = TPY_CTX_LOAD;
            if (t->kind == TPY_EXPR_NAME) { saved_ctx = t->u.name.ctx; t->u.name.ctx = TPY_CTX_LOAD; }
            cur = tc_expr(c, t, NULL);
            if (t->kind == TPY_EXPR_NAME) t->u.name.ctx = saved_ctx;
        } else {
            cur = T->error;
        }
        TpyType *vt = tc_expr(c, s->u.augassign.value, NULL);
        TpyType *result = tc_binop_types(c, s->u.augassign.op, cur, vt, NULL, t, s->u.augassign.value);
        if (t->kind == TPY_EXPR_NAME) {
            TpySymbol *sym = t->u.name.sym;
            if (sym != NULL && sym->type != NULL && !tc_is_subtype(c, result, sym->type))
                tc_error(c, s->u.augassign.value->pos.line, s->u.augassign.value->pos.col,
                         "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                         tc_str(c, result), tc_str(c, sym->type));
            if (sym != NULL)
                tc_env_kill(&c->env, sym, NULL);
        } else if (t->kind == TPY_EXPR_ATTRIBUTE) {
            TpyType *mt = t->type;
            if (mt != NULL && !tc_is_subtype(c, result, mt))
                tc_error(c, s->u.augassign.value->pos.line, s->u.augassign.value->pos.col,
                         "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                         tc_str(c, result), tc_str(c, mt));
            TpySymbol *ksym;
            const char *kattr;
            if (tc_expr_key(t, &ksym, &kattr))
                tc_env_kill(&c->env, ksym, kattr);
        } else if (t->kind == TPY_EXPR_SUBSCRIPT) {
            TpyType *obj = t->u.subscript.value->type;
            if (obj != NULL && obj->kind != TPY_TYPE_ERROR && tc_member(c, obj, "__setitem__", NULL) == NULL)
                tc_error(c, t->pos.line, t->pos.col, "Unsupported target for indexed assignment (\"%s\")",
                         tc_str(c, obj));
            else if (t->type != NULL && !tc_is_subtype(c, result, t->type))
                tc_error(c, s->u.augassign.value->pos.line, s->u.augassign.value->pos.col,
                         "Incompatible types in assignment (expression has type \"%s\", target has type \"%s\")",
                         tc_str(c, result), tc_str(c, t->type));
        }
        break;
    }
    case TPY_STMT_RETURN:
        check_return(c, s);
        break;
    case TPY_STMT_DELETE:
        for (int i = 0; i < s->u.delete_.targets.count; i++) {
            TpyAstExpr *t = s->u.delete_.targets.items[i];
            if (t->kind == TPY_EXPR_SUBSCRIPT) {
                TpyType *obj = tc_expr(c, t->u.subscript.value, NULL);
                TpyType *it = tc_expr(c, t->u.subscript.slice, NULL);
                if (obj->kind != TPY_TYPE_ERROR) {
                    TpyType *del = tc_member(c, obj, "__delitem__", NULL);
                    if (del == NULL) {
                        tc_error(c, t->pos.line, t->pos.col, "\"%s\" has no attribute \"__delitem__\"",
                                 tc_str(c, obj));
                    } else {
                        bool ok = true;
                        tc_call_types(c, del, &it, 1, t->u.subscript.slice, &ok);
                    }
                }
                t->type = T->error;
            } else if (t->kind == TPY_EXPR_NAME) {
                TpySymbol *sym = tc_lookup_name(c, c->fn->scope, t->u.name.id);
                t->u.name.sym = sym;
                if (sym == NULL || (sym->type == NULL && sym->kind == TPY_SYM_VAR))
                    tc_error(c, t->pos.line, t->pos.col, "Name \"%s\" is not defined", t->u.name.id);
                else
                    tc_env_kill(&c->env, sym, NULL);
                t->type = sym && sym->type ? sym->type : T->error;
            } else if (t->kind == TPY_EXPR_ATTRIBUTE) {
                tc_expr(c, t->u.attribute.value, NULL);
                t->type = T->error;
            } else if (t->kind == TPY_EXPR_TUPLE || t->kind == TPY_EXPR_LIST) {
                for (int k = 0; k < t->u.list.elts.count; k++)
                    tc_expr(c, t->u.list.elts.items[k], NULL);
            }
        }
        break;
    case TPY_STMT_IF: {
        Env t, f;
        tc_narrow_condition(c, s->u.if_.test, &t, &f);
        c->env = t;
        tc_check_block(c, &s->u.if_.body);
        Env after_body = c->env;
        c->env = f;
        tc_check_block(c, &s->u.if_.orelse);
        c->env = tc_env_join(c, &after_body, &c->env);
        if (after_body.unreachable && c->env.unreachable)
            c->env.unreachable = true;
        else
            c->env.unreachable = after_body.unreachable && f.unreachable ? true
                                 : (after_body.unreachable ? c->env.unreachable : c->env.unreachable);
        break;
    }
    case TPY_STMT_WHILE: {
        Env entry = tc_env_copy(c, &c->env);
        kill_assigned(&entry, &s->u.while_.body, 0);
        if (s->u.while_.test->kind == TPY_EXPR_NAMEDEXPR)
            kill_assigned_target(&entry, s->u.while_.test->u.namedexpr.target);
        c->env = entry;
        Env t, f;
        tc_narrow_condition(c, s->u.while_.test, &t, &f);
        c->env = t;
        Env breaks = unreachable_env();
        bool broke = false;
        check_loop_body(c, &s->u.while_.body, &breaks, &broke);
        c->env = f;
        tc_check_block(c, &s->u.while_.orelse);
        c->env = tc_env_join(c, &c->env, &breaks);
        break;
    }
    case TPY_STMT_FOR: {
        if (s->u.for_.is_async)
            tc_error(c, s->pos.line, s->pos.col, "unsupported in tpy: async for");
        TpyType *it = tc_expr(c, s->u.for_.iter, NULL);
        TpyType *item = tc_iter_item(c, it, s->u.for_.iter);
        Env entry = tc_env_copy(c, &c->env);
        kill_assigned(&entry, &s->u.for_.body, 0);
        kill_assigned_target(&entry, s->u.for_.target);
        c->env = entry;
        TpyAstStmt *saved_anchor = c->assign_anchor;
        c->assign_anchor = s;
        tc_assign_to(c, s->u.for_.target, item, NULL);
        c->assign_anchor = saved_anchor;
        Env breaks = unreachable_env();
        bool broke = false;
        check_loop_body(c, &s->u.for_.body, &breaks, &broke);
        Env exhausted = tc_env_copy(c, &entry);
        c->env = exhausted;
        tc_check_block(c, &s->u.for_.orelse);
        c->env = tc_env_join(c, &c->env, &breaks);
        break;
    }
    case TPY_STMT_WITH:
        if (s->u.with.is_async)
            tc_error(c, s->pos.line, s->pos.col, "unsupported in tpy: async with");
        check_with(c, s);
        break;
    case TPY_STMT_RAISE: {
        if (s->u.raise.exc != NULL) {
            TpyType *et = tc_expr(c, s->u.raise.exc, NULL);
            if (!is_exception_type(c, et, true) || et->kind == TPY_TYPE_TUPLE)
                tc_error(c, s->pos.line, s->pos.col, "Exception must be derived from BaseException");
        }
        if (s->u.raise.cause != NULL) {
            TpyType *ct = tc_expr(c, s->u.raise.cause, NULL);
            if (ct->kind != TPY_TYPE_NONE && (!is_exception_type(c, ct, true) || ct->kind == TPY_TYPE_TUPLE))
                tc_error(c, s->u.raise.cause->pos.line, s->u.raise.cause->pos.col,
                         "Exception must be derived from BaseException");
        }
        c->env.unreachable = true;
        break;
    }
    case TPY_STMT_TRY:
        check_try(c, s);
        break;
    case TPY_STMT_ASSERT: {
        Env t, f;
        tc_narrow_condition(c, s->u.assert_.test, &t, &f);
        if (s->u.assert_.msg != NULL)
            tc_expr(c, s->u.assert_.msg, NULL);
        c->env = t;
        break;
    }
    case TPY_STMT_IMPORT: case TPY_STMT_IMPORTFROM:
        if (c->fn->scope->kind != TPY_SCOPE_MODULE)
            tc_declare_import(c, s, c->fn->scope);
        break;
    case TPY_STMT_GLOBAL: case TPY_STMT_NONLOCAL: case TPY_STMT_PASS:
        break;
    case TPY_STMT_BREAK:
        if (c->fn->break_env != NULL) {
            *c->fn->break_env = tc_env_join(c, c->fn->break_env, &c->env);
            *c->fn->loop_broke = true;
        }
        c->env.unreachable = true;
        break;
    case TPY_STMT_CONTINUE:
        c->env.unreachable = true;
        break;
    case TPY_STMT_FUNCTIONDEF:
        if (s->u.functiondef.is_async) {
            tc_error(c, s->pos.line, s->pos.col, "unsupported in tpy: async def");
            break;
        }
        if (c->fn->scope->kind == TPY_SCOPE_FUNCTION || c->fn->scope->kind == TPY_SCOPE_LAMBDA) {
            tc_declare_def(c, s, c->fn->scope, NULL);
            if (s->u.functiondef.sym != NULL) {
                TpyType *ft = s->u.functiondef.sym->type;
                tc_env_kill(&c->env, s->u.functiondef.sym, NULL);
                (void)ft;
            }
            tc_check_function_body(c, s);
        }
        break;
    case TPY_STMT_CLASSDEF:
        if (c->fn->scope->kind == TPY_SCOPE_FUNCTION) {
            tc_bind_class(c, s, c->fn->scope);
            if (s->u.classdef.sym != NULL && s->u.classdef.sym->kind == TPY_SYM_CLASS) {
                tc_declare_class(c, s->u.classdef.sym);
                check_class_body(c, s);
                for (int i = 0; i < s->u.classdef.body.count; i++)
                    if (s->u.classdef.body.items[i]->kind == TPY_STMT_FUNCTIONDEF)
                        tc_check_function_body(c, s->u.classdef.body.items[i]);
            }
        } else {
            check_class_body(c, s);
        }
        break;
    case TPY_STMT_UNSUPPORTED:
        tc_error(c, s->pos.line, s->pos.col, "unsupported in tpy: %s",
                 s->u.unsupported.what ? s->u.unsupported.what : "this construct");
        /* Inside a function, treat the rest as unreachable so the construct
         * causes no cascade ("Missing return statement"); at module level
         * the following statements must still be checked. */
        if (c->fn != NULL && c->fn->scope != c->module->scope)
            c->env.unreachable = true;
        break;
    }
    c->depth--;
}

static void report_partials(TpyChecker *c, TpyScope *scope)
{
    for (int i = 0; i < scope->count; i++) {
        TpySymbol *sym = scope->symbols[i];
        if (!(sym->flags & TPY_SYMF_PARTIAL) || sym->type == NULL || sym->type->kind == TPY_TYPE_NONE)
            continue;
        sym->flags &= ~(unsigned)TPY_SYMF_PARTIAL;
        const char *hint = "List[<type>]";
        if (sym->value != NULL)
            is_empty_collection(c, sym->value, &hint);
        report_need_annotation(c, sym, hint);
        TpyType *t = sym->type;
        if (t->kind == TPY_TYPE_INSTANCE) {
            TpyType *args[4] = { c->types.error, c->types.error, c->types.error, c->types.error };
            sym->type = tpy_types_instance(&c->types, t->cls, args, t->count < 4 ? t->count : 4);
        }
    }
}

void tc_check_block(TpyChecker *c, TpyAstStmtList *body)
{
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (c->env.unreachable) {
            /* mypy does not check unreachable code; we still type it, silently. */
            c->silent++;
            int saved_errors = c->silent_errors;
            Env saved = c->env;
            c->env.unreachable = false;
            for (int k = i; k < body->count; k++)
                tc_check_stmt(c, body->items[k]);
            c->env = saved;
            c->silent_errors = saved_errors;
            c->silent--;
            break;
        }
        tc_check_stmt(c, s);
    }
    if (c->fn != NULL && c->fn->scope != NULL && body == NULL)
        report_partials(c, c->fn->scope);
}

/* Called by the driver when a scope's body is done. */
void tc_finish_scope(TpyChecker *c, TpyScope *scope)
{
    report_partials(c, scope);
}
