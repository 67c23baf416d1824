/* frontend/typecheck_call.c: calls.
 *
 * Argument matching mirrors CPython's binding rules (positional, *args, keyword,
 * **kwargs, defaults, keyword-only, positional-only) and reports mypy's
 * messages.  Generic stub functions are instantiated by unification: each
 * argument type is matched against its formal and type variables are bound
 * (protocol formals like Iterable[T] are matched member by member), then the
 * return context fills what is left, then lambdas are checked with the
 * instantiated context.  Overloads: the first variant that accepts the
 * argument types (checked silently) wins, as in mypy.  isinstance, super,
 * type, reveal_type, dataclasses.field are implemented here natively.
 */
#include <stdio.h>
#include <string.h>

#include "typecheck_internal.h"

typedef struct Actual {
    TpyAstExpr *expr;          /* NULL for operator calls */
    TpyType *type;             /* known type (pre-evaluated), or NULL */
    const char *keyword;       /* keyword argument name */
    bool star, dstar;
    int index;                 /* 1-based position for messages */
} Actual;

static const char *callee_desc(TpyChecker *c, TpyType *fn)
{
    if (fn->name == NULL)
        return NULL;
    if (fn->owner != NULL)
        return tpy_arena_printf(c->arena, "\"%s\" of \"%s\"", fn->name, fn->owner);
    return tpy_arena_printf(c->arena, "\"%s\"", fn->name);
}

/* ------------------------------------------------------------- inference */

bool tc_infer(TpyChecker *c, TpyType *formal, TpyType *actual, TpyType **tvars, TpyType **binds,
              int n, int depth)
{
    TpyTypes *T = &c->types;
    if (formal == NULL || actual == NULL || depth > 20)
        return true;
    if (formal->kind == TPY_TYPE_TYPEVAR) {
        for (int i = 0; i < n; i++) {
            if (tvars[i] != formal)
                continue;
            if (actual->kind == TPY_TYPE_NORETURN && (actual->flags & TPY_NORETURN_NOTHING))
                return true;
            if (binds[i] == NULL || (binds[i]->kind == TPY_TYPE_NORETURN))
                binds[i] = actual;
            else if (!tc_is_subtype(c, actual, binds[i]))
                binds[i] = tpy_types_join(T, binds[i], actual);
            return true;
        }
        return true;
    }
    if (!tpy_type_has_typevars(formal))
        return true;
    switch (formal->kind) {
    case TPY_TYPE_UNION: {
        /* Optional[T] with X | None: bind T to X. */
        TpyType *a = actual;
        bool formal_none = tpy_type_contains_none(formal);
        if (formal_none)
            a = tpy_types_remove_none(T, actual);
        for (int i = 0; i < formal->count; i++) {
            TpyType *f = formal->items[i];
            if (f->kind == TPY_TYPE_NONE)
                continue;
            if (tpy_type_has_typevars(f))
                tc_infer(c, f, a, tvars, binds, n, depth + 1);
        }
        return true;
    }
    case TPY_TYPE_INSTANCE: {
        if (actual->kind == TPY_TYPE_UNION) {
            for (int i = 0; i < actual->count; i++)
                tc_infer(c, formal, actual->items[i], tvars, binds, n, depth + 1);
            return true;
        }
        TpyType *mapped = tpy_types_map_to_class(T, actual, formal->cls);
        if (mapped != NULL) {
            for (int i = 0; i < formal->count && i < mapped->count; i++)
                tc_infer(c, formal->items[i], mapped->items[i], tvars, binds, n, depth + 1);
            return true;
        }
        if (formal->cls->flags & TPY_CLASS_PROTOCOL) {
            /* Match the protocol's members: Iterable[T].__iter__ vs actual.__iter__. */
            if (formal->cls->members != NULL)
                for (int i = 0; i < formal->cls->members->count; i++) {
                    TpySymbol *m = formal->cls->members->symbols[i];
                    if (m->kind != TPY_SYM_FUNC)
                        continue;
                    TpyType *want = tc_member(c, formal, m->name, NULL);
                    TpyType *have = tc_member(c, actual, m->name, NULL);
                    if (want != NULL && have != NULL)
                        tc_infer(c, want, have, tvars, binds, n, depth + 1);
                }
        }
        return true;
    }
    case TPY_TYPE_TUPLE:
        if (actual->kind == TPY_TYPE_TUPLE && actual->count == formal->count)
            for (int i = 0; i < formal->count; i++)
                tc_infer(c, formal->items[i], actual->items[i], tvars, binds, n, depth + 1);
        return true;
    case TPY_TYPE_CALLABLE: {
        TpyType *a = actual;
        if (a->kind == TPY_TYPE_CLASSOBJ)
            a = tc_constructor(c, a);
        else if (a->kind == TPY_TYPE_OVERLOADED && a->count > 0)
            a = a->items[0];
        else if (a->kind == TPY_TYPE_INSTANCE)
            a = tc_member(c, a, "__call__", NULL);
        if (a == NULL || a->kind != TPY_TYPE_CALLABLE)
            return true;
        tc_infer(c, formal->ret, a->ret, tvars, binds, n, depth + 1);
        for (int i = 0; i < formal->count && i < a->count; i++)
            tc_infer(c, formal->params[i].type, a->params[i].type, tvars, binds, n, depth + 1);
        return true;
    }
    case TPY_TYPE_CLASSOBJ:
        if (actual->kind == TPY_TYPE_CLASSOBJ)
            tc_infer(c, formal->items[0], actual->items[0], tvars, binds, n, depth + 1);
        return true;
    default:
        return true;
    }
}

/* ----------------------------------------------------------- binding */

TpyType *tc_bind_method(TpyChecker *c, TpyType *fn, TpyType *self_type, bool classmethod)
{
    TpyTypes *T = &c->types;
    if (fn->kind == TPY_TYPE_OVERLOADED) {
        TpyType *o = tpy_types_copy(T, fn);
        o->items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)fn->count);
        for (int i = 0; i < fn->count; i++)
            o->items[i] = tc_bind_method(c, fn->items[i], self_type, classmethod);
        return o;
    }
    if (fn->kind != TPY_TYPE_CALLABLE)
        return fn;
    TpyType *inst = self_type;
    if (inst->kind == TPY_TYPE_CLASSOBJ)
        inst = inst->items[0];
    TpyType *b = tpy_types_copy(T, fn);
    if (fn->count > 0 && (fn->params[0].kind == TPY_PARAM_POS || fn->params[0].kind == TPY_PARAM_POSONLY)) {
        b->params = fn->params + 1;
        b->count = fn->count - 1;
    }
    b->flags |= TPY_FN_BOUND;
    if (tpy_type_has_typevars(b))
        b = tpy_types_subst(T, b, NULL, NULL, 0, inst);
    return b;
}

/* The constructor signature of a class object: __init__ (or __new__) bound,
 * returning the instance; generic classes stay generic in their parameters. */
TpyType *tc_constructor(TpyChecker *c, TpyType *classobj)
{
    TpyTypes *T = &c->types;
    TpyType *inst = classobj->items[0];
    if (inst->kind != TPY_TYPE_INSTANCE)
        return NULL;
    TpyClass *cls = inst->cls;
    bool generic = cls->tparam_count > 0 && (inst->count == 0 ||
                   (inst->count > 0 && inst->items[0]->kind == TPY_TYPE_ERROR));
    TpyType *self_t = generic ? tpy_types_instance(T, cls, cls->tparams, cls->tparam_count) : inst;
    TpyType *init = NULL;
    TpySymbol *isym = NULL;
    TpyClass *owner = NULL;
    for (TpyClass *k = cls; k != NULL; k = k->base) {
        TpySymbol *s = tpy_scope_lookup(k->members, "__init__");
        TpySymbol *n = tpy_scope_lookup(k->members, "__new__");
        if (s != NULL && s->type != NULL && (k != T->b.object || n == NULL)) {
            isym = s;
            owner = k;
            break;
        }
        if (n != NULL && n->type != NULL) {
            isym = n;
            owner = k;
            break;
        }
    }
    if (isym == NULL) {
        init = tpy_types_callable(T, NULL, 0, self_t);
    } else {
        TpyType *raw = isym->type;
        TpyType *mapped = tpy_types_map_to_class(T, self_t, owner);
        if (mapped != NULL && owner->tparam_count > 0)
            raw = tpy_types_subst(T, raw, owner->tparams, mapped->items, mapped->count, self_t);
        init = tc_bind_method(c, raw, self_t, false);
    }
    /* Return the instance and name the callee after the class. */
    if (init->kind == TPY_TYPE_OVERLOADED) {
        TpyType *o = tpy_types_copy(T, init);
        o->items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)init->count);
        for (int i = 0; i < init->count; i++) {
            TpyType *v = tpy_types_copy(T, init->items[i]);
            v->ret = self_t;
            v->name = cls->name;
            v->owner = NULL;
            v->flags |= TPY_FN_TYPE_OBJECT;
            if (generic) {
                v->tvars = cls->tparams;
                v->tvar_count = cls->tparam_count;
            }
            o->items[i] = v;
        }
        o->name = cls->name;
        o->owner = NULL;
        return o;
    }
    TpyType *v = tpy_types_copy(T, init);
    v->ret = self_t;
    v->name = cls->name;
    v->owner = NULL;
    v->flags |= TPY_FN_TYPE_OBJECT;
    if (generic) {
        TpyType **tv = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)(cls->tparam_count + init->tvar_count));
        memcpy(tv, cls->tparams, sizeof(TpyType *) * (size_t)cls->tparam_count);
        if (init->tvar_count > 0)
            memcpy(tv + cls->tparam_count, init->tvars, sizeof(TpyType *) * (size_t)init->tvar_count);
        v->tvars = tv;
        v->tvar_count = cls->tparam_count + init->tvar_count;
    }
    return v;
}

/* ----------------------------------------------------------- matching */

static bool is_context_sensitive(const TpyAstExpr *e)
{
    if (e == NULL)
        return false;
    switch (e->kind) {
    case TPY_EXPR_LAMBDA: case TPY_EXPR_LIST: case TPY_EXPR_DICT: case TPY_EXPR_SET:
    case TPY_EXPR_LISTCOMP: case TPY_EXPR_SETCOMP: case TPY_EXPR_DICTCOMP: case TPY_EXPR_GENERATOREXP:
    case TPY_EXPR_TUPLE: case TPY_EXPR_CALL: case TPY_EXPR_IFEXP:
        return true;
    default:
        return false;
    }
}

static TpyType *actual_type(TpyChecker *c, Actual *a, TpyType *ctx)
{
    if (a->type != NULL)
        return a->type;
    if (a->expr == NULL)
        return c->types.error;
    TpyType *t = tc_expr(c, a->expr, ctx);
    if (!is_context_sensitive(a->expr))
        a->type = t;
    return t;
}

/* Item type for a *arg, and value type for a **arg. */
static TpyType *star_item(TpyChecker *c, TpyType *t, Actual *a)
{
    if (a->dstar) {
        TpyType *m = c->types.b.dict ? tpy_types_map_to_class(&c->types, t, c->types.b.dict) : NULL;
        return m != NULL && m->count == 2 ? m->items[1] : c->types.error;
    }
    int saved = c->silent;
    c->silent++;
    TpyType *item = tc_iter_item(c, t, a->expr);
    c->silent = saved;
    return item;
}

#define MAX_FORMALS 64

/* Check a call of CALLABLE `fn` with `actuals`.  Reports errors at `node` /
 * the arguments unless silent; *ok becomes false on any mismatch. */
static TpyType *check_args(TpyChecker *c, TpyType *fn, Actual *actuals, int na, TpyAstExpr *node,
                           TpyType *expected, bool *ok)
{
    TpyTypes *T = &c->types;
    int nf = fn->count < MAX_FORMALS ? fn->count : MAX_FORMALS;
    int map_of[256];          /* actual -> formal index, -1 none, -2 error */
    bool filled[MAX_FORMALS] = { false };
    int line = node ? node->pos.line : 0, col = node ? node->pos.col : 0;
    const char *desc = callee_desc(c, fn);
    int vararg = -1, kwarg = -1;
    for (int i = 0; i < nf; i++) {
        if (fn->params[i].kind == TPY_PARAM_VARARG) vararg = i;
        if (fn->params[i].kind == TPY_PARAM_KWARG) kwarg = i;
    }
    if (na > 256)
        na = 256;
    int next_pos = 0;
    bool too_many = false, star_seen = false, dstar_seen = false;
    for (int i = 0; i < na; i++) {
        Actual *a = &actuals[i];
        map_of[i] = -1;
        if (a->keyword != NULL || a->dstar)
            continue;
        if (a->star) {
            star_seen = true;
            for (int k = next_pos; k < nf; k++)
                if (fn->params[k].kind == TPY_PARAM_POS || fn->params[k].kind == TPY_PARAM_POSONLY)
                    filled[k] = true;
            continue;
        }
        while (next_pos < nf && fn->params[next_pos].kind != TPY_PARAM_POS &&
               fn->params[next_pos].kind != TPY_PARAM_POSONLY)
            next_pos++;
        if (next_pos < nf && !(star_seen && filled[next_pos] && 0)) {
            map_of[i] = next_pos;
            filled[next_pos] = true;
            next_pos++;
        } else if (vararg >= 0) {
            map_of[i] = vararg;
        } else {
            map_of[i] = -2;
            too_many = true;
        }
    }
    if (too_many) {
        *ok = false;
        bool has_kwonly = false;
        for (int i = 0; i < nf; i++)
            has_kwonly |= fn->params[i].kind == TPY_PARAM_KWONLY;
        if (desc)
            tc_error(c, line, col, "Too many %sarguments for %s", has_kwonly ? "positional " : "", desc);
        else
            tc_error(c, line, col, "Too many %sarguments", has_kwonly ? "positional " : "");
    }
    for (int i = 0; i < na; i++) {
        Actual *a = &actuals[i];
        if (a->dstar) {
            dstar_seen = true;
            for (int k = 0; k < nf; k++)
                if (fn->params[k].kind == TPY_PARAM_POS || fn->params[k].kind == TPY_PARAM_KWONLY)
                    filled[k] = true;
            continue;
        }
        if (a->keyword == NULL)
            continue;
        int found = -1;
        for (int k = 0; k < nf; k++)
            if (fn->params[k].name != NULL && strcmp(fn->params[k].name, a->keyword) == 0 &&
                (fn->params[k].kind == TPY_PARAM_POS || fn->params[k].kind == TPY_PARAM_KWONLY)) {
                found = k;
                break;
            }
        if (found >= 0 && filled[found] && !star_seen) {
            *ok = false;
            tc_error(c, line, col, "%s gets multiple values for keyword argument \"%s\"",
                     desc ? desc : "function", a->keyword);
            map_of[i] = -2;
        } else if (found >= 0) {
            map_of[i] = found;
            filled[found] = true;
        } else if (kwarg >= 0) {
            map_of[i] = kwarg;
        } else {
            *ok = false;
            map_of[i] = -2;
            if (desc)
                tc_error(c, line, col,
                         "Unexpected keyword argument \"%s\" for %s", a->keyword, desc);
            else
                tc_error(c, line, col, "Unexpected keyword argument \"%s\"", a->keyword);
        }
    }
    /* Missing arguments. */
    if (!too_many) {
        char names[512] = "";
        int missing = 0;
        for (int k = 0; k < nf; k++) {
            TpyParam *p = &fn->params[k];
            if ((p->kind == TPY_PARAM_POS || p->kind == TPY_PARAM_POSONLY) && !filled[k] && !p->has_default &&
                !star_seen && !dstar_seen) {
                if (missing++ > 0)
                    strncat(names, ", ", sizeof names - strlen(names) - 1);
                char one[128];
                snprintf(one, sizeof one, "\"%s\"", p->name ? p->name : "?");
                strncat(names, one, sizeof names - strlen(names) - 1);
            }
        }
        if (missing > 0) {
            *ok = false;
            if (fn->params[0].name == NULL || desc == NULL)
                tc_error(c, line, col, "Too few arguments%s%s", desc ? " for " : "", desc ? desc : "");
            else
                tc_error(c, line, col, "Missing positional argument%s %s in call to %s",
                         missing > 1 ? "s" : "", names, desc);
        }
        for (int k = 0; k < nf; k++) {
            TpyParam *p = &fn->params[k];
            if (p->kind == TPY_PARAM_KWONLY && !filled[k] && !p->has_default && !dstar_seen) {
                *ok = false;
                tc_error(c, line, col, "Missing named argument \"%s\" for %s", p->name, desc ? desc : "function");
            }
        }
    }
    /* Type inference for generic callees. */
    TpyType *binds[32] = { NULL };
    int ntv = fn->tvar_count < 32 ? fn->tvar_count : 32;
    TpyType *sfn = fn;
    if (ntv > 0) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < na; i++) {
                Actual *a = &actuals[i];
                bool lambda = a->expr != NULL && a->expr->kind == TPY_EXPR_LAMBDA;
                if (lambda != (pass == 1))
                    continue;
                if (a->star || a->dstar) {
                    TpyType *at = star_item(c, actual_type(c, a, NULL), a);
                    for (int k = 0; k < nf; k++)
                        if ((a->star && (fn->params[k].kind == TPY_PARAM_VARARG ||
                                         fn->params[k].kind == TPY_PARAM_POS)) ||
                            (a->dstar && fn->params[k].kind == TPY_PARAM_KWARG))
                            tc_infer(c, fn->params[k].type, at, fn->tvars, binds, ntv, 0);
                    continue;
                }
                if (map_of[i] < 0)
                    continue;
                TpyType *formal = fn->params[map_of[i]].type;
                TpyType *ctx = pass == 1 ? tpy_types_subst(&c->types, formal, fn->tvars, binds, ntv, NULL)
                                         : (tpy_type_has_typevars(formal) ? NULL : formal);
                if (pass == 1 && tpy_type_has_typevars(ctx))
                    ctx = tpy_types_subst(&c->types, ctx, fn->tvars,
                                          (TpyType *[32]){ T->error, T->error, T->error, T->error, T->error,
                                                           T->error, T->error, T->error }, ntv < 8 ? ntv : 8, NULL);
                TpyType *at = actual_type(c, a, ctx);
                tc_infer(c, formal, at, fn->tvars, binds, ntv, 0);
            }
            if (pass == 0 && expected != NULL && expected->kind != TPY_TYPE_ERROR) {
                TpyType *eb[32] = { NULL };
                tc_infer(c, fn->ret, expected, fn->tvars, eb, ntv, 0);
                for (int k = 0; k < ntv; k++)
                    if (binds[k] == NULL && eb[k] != NULL)
                        binds[k] = eb[k];
            }
        }
        for (int k = 0; k < ntv; k++)
            if (binds[k] == NULL)
                binds[k] = T->nothing;
        sfn = tpy_types_subst(T, fn, fn->tvars, binds, ntv, NULL);
    }
    /* Argument types. */
    for (int i = 0; i < na; i++) {
        Actual *a = &actuals[i];
        if (a->star || a->dstar) {
            TpyType *at = actual_type(c, a, NULL);
            TpyType *item = star_item(c, at, a);
            for (int k = 0; k < nf; k++) {
                TpyParam *p = &sfn->params[k];
                bool applies = a->star ? ((p->kind == TPY_PARAM_POS || p->kind == TPY_PARAM_POSONLY ||
                                           p->kind == TPY_PARAM_VARARG) && filled[k] == true) ||
                                             p->kind == TPY_PARAM_VARARG
                                       : (p->kind == TPY_PARAM_KWARG || p->kind == TPY_PARAM_KWONLY);
                if (!applies || tc_is_subtype(c, item, p->type))
                    continue;
                *ok = false;
                char shown[600];
                snprintf(shown, sizeof shown, "%s%s", a->star ? "*" : "**", tc_str(c, at));
                if (desc)
                    tc_error(c, a->expr->pos.line, a->expr->pos.col,
                             "Argument %d to %s has incompatible type \"%s\"; expected \"%s\"", a->index, desc,
                             shown, tc_str(c, p->type));
                else
                    tc_error(c, a->expr->pos.line, a->expr->pos.col,
                             "Argument %d has incompatible type \"%s\"; expected \"%s\"", a->index, shown,
                             tc_str(c, p->type));
                break;
            }
            continue;
        }
        if (map_of[i] < 0) {
            actual_type(c, a, NULL);
            continue;
        }
        TpyType *formal = sfn->params[map_of[i]].type;
        TpyType *at = actual_type(c, a, formal);
        if (tc_is_subtype(c, at, formal))
            continue;
        *ok = false;
        int aline = a->expr ? a->expr->pos.line : line, acol = a->expr ? a->expr->pos.col : col;
        if (a->keyword != NULL && desc)
            tc_error(c, aline, acol, "Argument \"%s\" to %s has incompatible type \"%s\"; expected \"%s\"",
                     a->keyword, desc, tc_str(c, at), tc_str(c, formal));
        else if (a->keyword != NULL)
            tc_error(c, aline, acol, "Argument \"%s\" has incompatible type \"%s\"; expected \"%s\"",
                     a->keyword, tc_str(c, at), tc_str(c, formal));
        else if (desc)
            tc_error(c, aline, acol, "Argument %d to %s has incompatible type \"%s\"; expected \"%s\"",
                     a->index, desc, tc_str(c, at), tc_str(c, formal));
        else
            tc_error(c, aline, acol, "Argument %d has incompatible type \"%s\"; expected \"%s\"", a->index,
                     tc_str(c, at), tc_str(c, formal));
    }
    return sfn->ret != NULL ? sfn->ret : T->error;
}

static const char *arg_types_str(TpyChecker *c, Actual *actuals, int na)
{
    char buf[1024] = "";
    for (int i = 0; i < na; i++) {
        if (i > 0)
            strncat(buf, ", ", sizeof buf - strlen(buf) - 1);
        char one[300];
        TpyType *t = actuals[i].type ? actuals[i].type : (actuals[i].expr && actuals[i].expr->type
                                                          ? actuals[i].expr->type : c->types.error);
        snprintf(one, sizeof one, "\"%s%s\"", actuals[i].star ? "*" : actuals[i].dstar ? "**" : "",
                 tc_str(c, t));
        strncat(buf, one, sizeof buf - strlen(buf) - 1);
    }
    return tpy_arena_strdup(c->arena, buf);
}

static TpyType *call_overloaded(TpyChecker *c, TpyType *fn, Actual *actuals, int na, TpyAstExpr *node,
                                TpyType *expected, bool *ok)
{
    /* Evaluate context-free arguments once, reporting their own errors. */
    for (int i = 0; i < na; i++)
        if (actuals[i].expr != NULL && actuals[i].type == NULL && !is_context_sensitive(actuals[i].expr))
            actual_type(c, &actuals[i], NULL);
    for (int v = 0; v < fn->count; v++) {
        bool vok = true;
        int saved = c->silent, saved_errors = c->silent_errors;
        c->silent++;
        c->silent_errors = 0;
        check_args(c, fn->items[v], actuals, na, node, expected, &vok);
        bool clean = vok && c->silent_errors == 0;
        c->silent = saved;
        c->silent_errors = saved_errors;
        if (clean)
            return check_args(c, fn->items[v], actuals, na, node, expected, ok);
    }
    *ok = false;
    for (int i = 0; i < na; i++)
        if (actuals[i].type == NULL)
            actual_type(c, &actuals[i], NULL);
    const char *desc = fn->count > 0 ? callee_desc(c, fn->items[0]) : NULL;
    int line = node ? node->pos.line : 0, col = node ? node->pos.col : 0;
    tc_error(c, line, col, "No overload variant%s%s matches argument type%s %s", desc ? " of " : "",
             desc ? desc : "", na == 1 ? "" : "s", arg_types_str(c, actuals, na));
    /* The result: the common return type of the variants if they agree. */
    TpyType *ret = fn->count > 0 && fn->items[0]->kind == TPY_TYPE_CALLABLE ? fn->items[0]->ret : NULL;
    for (int v = 1; v < fn->count && ret != NULL; v++)
        if (!tpy_type_equal(ret, fn->items[v]->ret) || tpy_type_has_typevars(ret))
            ret = NULL;
    return ret != NULL && !tpy_type_has_typevars(ret) ? ret : c->types.error;
}

static TpyType *call_value(TpyChecker *c, TpyType *ft, Actual *actuals, int na, TpyAstExpr *node,
                           TpyType *expected, bool *ok, int depth)
{
    TpyTypes *T = &c->types;
    if (depth > 8)
        return T->error;
    switch (ft->kind) {
    case TPY_TYPE_ERROR:
        for (int i = 0; i < na; i++)
            actual_type(c, &actuals[i], NULL);
        return T->error;
    case TPY_TYPE_CALLABLE:
        return check_args(c, ft, actuals, na, node, expected, ok);
    case TPY_TYPE_OVERLOADED:
        return call_overloaded(c, ft, actuals, na, node, expected, ok);
    case TPY_TYPE_CLASSOBJ: {
        TpyType *inst = ft->items[0];
        if (inst->kind == TPY_TYPE_INSTANCE && (inst->cls->flags & TPY_CLASS_PROTOCOL)) {
            tc_error(c, node->pos.line, node->pos.col, "Cannot instantiate protocol class \"%s\"", inst->cls->name);
            for (int i = 0; i < na; i++)
                actual_type(c, &actuals[i], NULL);
            return T->error;
        }
        TpyType *ctor = tc_constructor(c, ft);
        if (ctor == NULL) {
            for (int i = 0; i < na; i++)
                actual_type(c, &actuals[i], NULL);
            return inst;
        }
        return call_value(c, ctor, actuals, na, node, expected, ok, depth + 1);
    }
    case TPY_TYPE_INSTANCE: case TPY_TYPE_TUPLE: case TPY_TYPE_NONE: case TPY_TYPE_MODULE: {
        TpyType *callm = ft->kind == TPY_TYPE_INSTANCE ? tc_member(c, ft, "__call__", NULL) : NULL;
        if (callm != NULL)
            return call_value(c, callm, actuals, na, node, expected, ok, depth + 1);
        *ok = false;
        tc_error(c, node->pos.line, node->pos.col, "\"%s\" not callable", tc_str(c, ft));
        for (int i = 0; i < na; i++)
            actual_type(c, &actuals[i], NULL);
        return T->error;
    }
    case TPY_TYPE_UNION: {
        TpyType *results[32];
        int n = 0;
        for (int i = 0; i < ft->count && n < 32; i++) {
            if (ft->items[i]->kind == TPY_TYPE_NONE) {
                *ok = false;
                tc_error(c, node->pos.line, node->pos.col, "\"None\" not callable");
                continue;
            }
            results[n++] = call_value(c, ft->items[i], actuals, na, node, expected, ok, depth + 1);
        }
        return n > 0 ? tpy_types_union(T, results, n) : T->error;
    }
    default:
        for (int i = 0; i < na; i++)
            actual_type(c, &actuals[i], NULL);
        return T->error;
    }
}

TpyType *tc_call_types(TpyChecker *c, TpyType *callee, TpyType **arg_types, int count,
                       TpyAstExpr *node, bool *ok)
{
    Actual actuals[8];
    if (count > 8)
        count = 8;
    for (int i = 0; i < count; i++)
        actuals[i] = (Actual){ NULL, arg_types[i], NULL, false, false, i + 1 };
    int saved_errors = c->silent_errors;
    TpyType *r = call_value(c, callee, actuals, count, node, NULL, ok, 0);
    if (c->silent > 0 && c->silent_errors != saved_errors)
        *ok = false;
    return r;
}

/* ------------------------------------------------------------- natives */

static TpyType *check_all_args(TpyChecker *c, TpyAstExpr *call)
{
    for (int i = 0; i < call->u.call.args.count; i++)
        tc_expr(c, call->u.call.args.items[i], NULL);
    for (int i = 0; i < call->u.call.keywords.count; i++)
        tc_expr(c, call->u.call.keywords.items[i]->value, NULL);
    return c->types.error;
}

static bool is_classinfo(TpyChecker *c, TpyType *t)
{
    if (t->kind == TPY_TYPE_CLASSOBJ || t->kind == TPY_TYPE_ERROR)
        return true;
    if (t->kind == TPY_TYPE_TUPLE) {
        for (int i = 0; i < t->count; i++)
            if (!is_classinfo(c, t->items[i]))
                return false;
        return true;
    }
    return false;
}

static TpyType *call_special(TpyChecker *c, TpyAstExpr *call, int special, TpyType *expected)
{
    TpyTypes *T = &c->types;
    TpyAstExprList *args = &call->u.call.args;
    switch (special) {
    case TPY_SP_ISINSTANCE: case TPY_SP_ISSUBCLASS: {
        check_all_args(c, call);
        if (args->count != 2 || call->u.call.keywords.count > 0) {
            tc_error(c, call->pos.line, call->pos.col, "%s arguments for \"%s\"",
                     args->count > 2 ? "Too many" : "Too few",
                     special == TPY_SP_ISINSTANCE ? "isinstance" : "issubclass");
            return T->t_bool;
        }
        TpyType *ci = args->items[1]->type;
        if (!is_classinfo(c, ci))
            tc_error(c, args->items[1]->pos.line, args->items[1]->pos.col,
                     "Argument 2 to \"%s\" has incompatible type \"%s\"; expected \"Union[type, Tuple[Union[type, Tuple[Any, ...]], ...]]\"",
                     special == TPY_SP_ISINSTANCE ? "isinstance" : "issubclass", tc_str(c, ci));
        return T->t_bool;
    }
    case TPY_SP_SUPER: {
        check_all_args(c, call);
        FuncCtx *fn = c->fn;
        while (fn != NULL && fn->is_lambda)
            fn = fn->parent;
        if (fn == NULL || fn->cls == NULL || fn->self_sym == NULL) {
            tc_error(c, call->pos.line, call->pos.col, "\"super\" used outside class");
            return T->error;
        }
        TpyType *s = tpy_types_special(T, TPY_SP_SUPER, "super");
        s->cls = fn->cls;
        s->count = 1;
        s->items = tpy_arena_alloc(c->arena, sizeof(TpyType *));
        s->items[0] = fn->self_sym->type ? fn->self_sym->type : T->error;
        return s;
    }
    case TPY_SP_REVEAL_TYPE: {
        check_all_args(c, call);
        if (args->count == 1 && c->silent == 0 && c->module && !c->module->is_stub)
            tpy_diag_note(c->diags, c->module->source, call->pos.line, call->pos.col,
                          "Revealed type is \"%s\"", tc_str(c, args->items[0]->type));
        return args->count == 1 ? args->items[0]->type : T->error;
    }
    case TPY_SP_FIELD: {
        TpyType *result = expected != NULL ? expected : T->error;
        for (int i = 0; i < call->u.call.keywords.count; i++) {
            TpyAstKeyword *k = call->u.call.keywords.items[i];
            if (k->name != NULL && strcmp(k->name, "default_factory") == 0) {
                TpyType *ft = tc_expr(c, k->value, NULL);
                bool ok = true;
                TpyType *made;
                int saved = c->silent;
                c->silent++;
                Actual none[1];
                made = call_value(c, ft, none, 0, k->value, expected, &ok, 0);
                c->silent = saved;
                if (ft->kind == TPY_TYPE_CLASSOBJ && expected != NULL && ok) {
                    TpyType *m = tpy_types_map_to_class(T, expected, ft->items[0]->cls);
                    if (m != NULL)
                        made = expected;
                }
                if (expected != NULL && !tc_is_subtype(c, made, expected))
                    tc_error(c, k->value->pos.line, k->value->pos.col,
                             "Argument \"default_factory\" to \"field\" has incompatible type \"%s\"; expected \"Callable[[], %s]\"",
                             tc_str(c, ft), tc_str(c, expected));
            } else if (k->name != NULL && strcmp(k->name, "default") == 0) {
                TpyType *dt = tc_expr(c, k->value, expected);
                if (expected != NULL && !tc_is_subtype(c, dt, expected))
                    tc_error(c, k->value->pos.line, k->value->pos.col,
                             "Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")",
                             tc_str(c, dt), tc_str(c, expected));
            } else {
                tc_expr(c, k->value, NULL);
            }
        }
        for (int i = 0; i < args->count; i++)
            tc_expr(c, args->items[i], NULL);
        return result;
    }
    case TPY_SP_DATACLASS: case TPY_SP_TYPEVAR: case TPY_SP_NAMEDTUPLE:
        check_all_args(c, call);
        return T->error;
    case TPY_SP_STATICMETHOD: case TPY_SP_CLASSMETHOD: case TPY_SP_PROPERTY:
        check_all_args(c, call);
        return T->error;
    default:
        check_all_args(c, call);
        tc_error(c, call->pos.line, call->pos.col, "unsupported in tpy: calling %s",
                 call->u.call.func->type && call->u.call.func->type->name ? call->u.call.func->type->name : "this");
        return T->error;
    }
}

/* x.append(v) and friends on a variable still waiting for its element type. */
static bool resolve_partial(TpyChecker *c, TpyAstExpr *call)
{
    TpyTypes *T = &c->types;
    TpyAstExpr *f = call->u.call.func;
    if (f->kind != TPY_EXPR_ATTRIBUTE || f->u.attribute.value->kind != TPY_EXPR_NAME ||
        call->u.call.keywords.count != 0)
        return false;
    TpyAstExpr *base = f->u.attribute.value;
    TpySymbol *sym = tc_lookup_name(c, c->fn->scope, base->u.name.id);
    if (sym == NULL || !(sym->flags & TPY_SYMF_PARTIAL) || sym->type == NULL ||
        sym->type->kind != TPY_TYPE_INSTANCE)
        return false;
    const char *m = f->u.attribute.attr;
    TpyClass *cls = sym->type->cls;
    TpyAstExprList *args = &call->u.call.args;
    TpyType *nt = NULL;
    if (cls == T->b.list && args->count == 1 && (strcmp(m, "append") == 0 || strcmp(m, "extend") == 0)) {
        TpyType *at = tc_expr(c, args->items[0], NULL);
        nt = tpy_types_instance1(T, cls, strcmp(m, "append") == 0 ? at : tc_iter_item(c, at, args->items[0]));
    } else if (cls == T->b.set && args->count == 1 && strcmp(m, "add") == 0) {
        nt = tpy_types_instance1(T, cls, tc_expr(c, args->items[0], NULL));
    } else if (cls == T->b.dict && args->count == 2 && strcmp(m, "setdefault") == 0) {
        nt = tpy_types_instance2(T, cls, tc_expr(c, args->items[0], NULL), tc_expr(c, args->items[1], NULL));
    }
    if (nt == NULL)
        return false;
    sym->type = nt;
    sym->flags &= ~(unsigned)TPY_SYMF_PARTIAL;
    return false;   /* now check the call normally */
}

TpyType *tc_call(TpyChecker *c, TpyAstExpr *call, TpyType *expected)
{
    TpyTypes *T = &c->types;
    TpyAstExpr *func = call->u.call.func;
    resolve_partial(c, call);
    TpyType *ft = tc_expr(c, func, NULL);
    if (ft->kind == TPY_TYPE_SPECIAL && ft->cls == NULL)
        return call_special(c, call, ft->special, expected);
    /* type(x) */
    if (ft->kind == TPY_TYPE_CLASSOBJ && ft->items[0]->kind == TPY_TYPE_INSTANCE &&
        ft->items[0]->cls == T->b.type && call->u.call.args.count == 1 && call->u.call.keywords.count == 0) {
        TpyType *at = tc_expr(c, call->u.call.args.items[0], NULL);
        if (at->kind == TPY_TYPE_INSTANCE)
            return tpy_types_classobj(T, at);
        if (at->kind == TPY_TYPE_TUPLE)
            return tpy_types_classobj(T, tpy_types_tuple_fallback(T, at));
        if (at->kind == TPY_TYPE_NONE || at->kind == TPY_TYPE_UNION)
            return T->b.type ? tpy_types_instance(T, T->b.type, NULL, 0) : T->error;
        return T->error;
    }
    int na = call->u.call.args.count + call->u.call.keywords.count;
    Actual stack_actuals[16];
    Actual *actuals = na <= 16 ? stack_actuals : tpy_arena_alloc(c->arena, sizeof(Actual) * (size_t)na);
    int k = 0;
    for (int i = 0; i < call->u.call.args.count; i++) {
        TpyAstExpr *a = call->u.call.args.items[i];
        bool star = a->kind == TPY_EXPR_STARRED;
        actuals[k] = (Actual){ star ? a->u.starred.value : a, NULL, NULL, star, false, i + 1 };
        k++;
    }
    for (int i = 0; i < call->u.call.keywords.count; i++) {
        TpyAstKeyword *kw = call->u.call.keywords.items[i];
        actuals[k] = (Actual){ kw->value, NULL, kw->name, false, kw->name == NULL, k + 1 };
        k++;
    }
    bool ok = true;
    TpyType *r = call_value(c, ft, actuals, na, call, expected, &ok, 0);
    for (int i = 0; i < call->u.call.args.count; i++) {
        TpyAstExpr *a = call->u.call.args.items[i];
        if (a->kind == TPY_EXPR_STARRED && a->type == NULL)
            a->type = a->u.starred.value->type;
    }
    return r;
}
