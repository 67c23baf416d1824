/* frontend/typecheck_call.c: calls.
 *
 * Argument matching mirrors CPython's binding rules (positional, *args, keyword,
 * **kwargs, defaults, keyword-only, positional-only) and reports mypy's
 * messages.  Generic stub functions are instantiated by unification, in
 * mypy's order: the return type is first solved against the expected type
 * (those variables are then fixed), each argument type is matched against its
 * formal (protocol formals like Iterable[T] member by member), the context
 * fills what is left, and lambdas come last with the instantiated context.
 * Overloads: the first variant that accepts the argument types (checked
 * silently) wins; when none does, the first plausible variant whose erased
 * formals resemble the arguments is checked loudly (mypy's check_overload_call
 * steps 4-5), else "No overload variant".  isinstance, super, type,
 * reveal_type, dataclasses.field are implemented here natively.
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

/* Whether CALLABLE `fn` accepts `n` positional arguments. */
static bool accepts_positional(const TpyType *fn, int n)
{
    int required = 0, max = 0;
    for (int i = 0; i < fn->count; i++) {
        const TpyParam *p = &fn->params[i];
        if (p->kind == TPY_PARAM_VARARG)
            max = 1 << 20;
        else if (p->kind == TPY_PARAM_POS || p->kind == TPY_PARAM_POSONLY) {
            max = max < (1 << 20) ? max + 1 : max;
            required += !p->has_default;
        } else if (p->kind == TPY_PARAM_KWONLY && !p->has_default)
            return false;
    }
    return required <= n && n <= max;
}

/* The variant of overloaded `fn` to infer against CALLABLE `formal`: the first
 * one that takes formal's arity (mypy's find_matching_overload_item does the
 * same with full subtyping), else the first. */
static TpyType *overload_for_arity(TpyType *fn, const TpyType *formal)
{
    for (int i = 0; i < fn->count; i++)
        if (fn->items[i]->kind == TPY_TYPE_CALLABLE && accepts_positional(fn->items[i], formal->count))
            return fn->items[i];
    return fn->count > 0 ? fn->items[0] : NULL;
}

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
            /* A generic actual's own variables (the T of `list` in defaultdict(list))
             * say nothing yet: leave the variable to the return context. */
            if (tpy_type_has_typevars(actual))
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
        if (actual->kind == TPY_TYPE_INSTANCE && actual->count > 0) {
            /* A supertype of the formal's class, as when a return type meets its
             * context: map[S] against Iterable[str] gives S = str. */
            TpyType *up = tpy_types_map_to_class(T, formal, actual->cls);
            if (up != NULL) {
                for (int i = 0; i < up->count && i < actual->count; i++)
                    tc_infer(c, up->items[i], actual->items[i], tvars, binds, n, depth + 1);
                return true;
            }
            if ((actual->cls->flags & TPY_CLASS_PROTOCOL) && actual->cls->members != NULL &&
                !(formal->cls->flags & TPY_CLASS_PROTOCOL)) {
                TpyScope *members = actual->cls->members;
                for (int i = 0; i < members->count; i++) {
                    if (members->symbols[i]->kind != TPY_SYM_FUNC)
                        continue;
                    TpyType *have = tc_member_lookup_cb(c, formal, members->symbols[i]->name);
                    TpyType *want = tc_member_lookup_cb(c, actual, members->symbols[i]->name);
                    if (have != NULL && want != NULL)
                        tc_infer(c, have, want, tvars, binds, n, depth + 1);
                }
                return true;
            }
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
        else if (a->kind == TPY_TYPE_INSTANCE)
            a = tc_member(c, a, "__call__", NULL);
        if (a != NULL && a->kind == TPY_TYPE_OVERLOADED)
            a = overload_for_arity(a, formal);
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

/* One constructor variant: the bound __init__ `init` returning `self_t`, named
 * after the class and generic in the class's parameters (when `generic`) plus
 * the variant's own type variables (map.__init__ is generic in T1). */
static TpyType *constructor_variant(TpyChecker *c, TpyType *init, TpyType *raw, TpyClass *cls,
                                    TpyType *self_t, bool generic)
{
    TpyType *v = tpy_types_copy(&c->types, init);
    v->ret = self_t;
    /* An annotated self (`def __init__(self: dict[str, V], **kwargs: V)`) is
     * the instance this variant constructs, as in typeshed. */
    if (generic && raw != NULL && raw->kind == TPY_TYPE_CALLABLE && raw->count > 0 &&
        raw->params[0].type != NULL && raw->params[0].type->kind == TPY_TYPE_INSTANCE &&
        raw->params[0].type->cls == cls)
        v->ret = raw->params[0].type;
    v->name = cls->name;
    v->owner = NULL;
    v->flags |= TPY_FN_TYPE_OBJECT;
    if (generic) {
        int n = cls->tparam_count + init->tvar_count;
        TpyType **tv = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)n);
        memcpy(tv, cls->tparams, sizeof(TpyType *) * (size_t)cls->tparam_count);
        if (init->tvar_count > 0)
            memcpy(tv + cls->tparam_count, init->tvars, sizeof(TpyType *) * (size_t)init->tvar_count);
        v->tvars = tv;
        v->tvar_count = n;
    }
    return v;
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
    TpyType *init = NULL, *raw = NULL;
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
        raw = isym->type;
        TpyType *mapped = tpy_types_map_to_class(T, self_t, owner);
        if (mapped != NULL && owner->tparam_count > 0)
            raw = tpy_types_subst(T, raw, owner->tparams, mapped->items, mapped->count, self_t);
        init = tc_bind_method(c, raw, self_t, false);
    }
    /* Return the instance and name the callee after the class. */
    if (init->kind == TPY_TYPE_OVERLOADED) {
        TpyType *o = tpy_types_copy(T, init);
        o->items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)init->count);
        for (int i = 0; i < init->count; i++)
            o->items[i] = constructor_variant(c, init->items[i],
                                              raw != NULL && raw->kind == TPY_TYPE_OVERLOADED &&
                                                  i < raw->count ? raw->items[i] : NULL,
                                              cls, self_t, generic);
        o->name = cls->name;
        o->owner = NULL;
        return o;
    }
    return constructor_variant(c, init, raw, cls, self_t, generic);
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

static bool has_nothing_part(const TpyType *t, int depth)
{
    if (t == NULL || depth > 20)
        return false;
    if (t->kind == TPY_TYPE_NORETURN)
        return true;
    for (int i = 0; (t->kind == TPY_TYPE_INSTANCE || t->kind == TPY_TYPE_TUPLE || t->kind == TPY_TYPE_UNION) &&
                    i < t->count; i++)
        if (has_nothing_part(t->items[i], depth + 1))
            return true;
    return false;
}

/* mypy's infer_function_type_arguments_using_context: solve the return type of
 * generic `fn` against the expected type.  Optional on both sides is unwrapped;
 * a bare type-variable return only uses a generic-instance context (so that
 * `x: float = max(1, 2)` still infers int).  Sets binds/fixed for the
 * variables it determines. */
static void context_binds(TpyChecker *c, TpyType *fn, TpyType *expected, TpyType **binds, bool *fixed,
                          int ntv)
{
    TpyTypes *T = &c->types;
    if (expected == NULL || expected->kind == TPY_TYPE_ERROR || fn->ret == NULL)
        return;
    TpyType *ret = fn->ret, *ctx = expected;
    if (tpy_type_contains_none(ret) && tpy_type_contains_none(ctx)) {
        ret = tpy_types_remove_none(T, ret);
        ctx = tpy_types_remove_none(T, ctx);
    }
    if (ret->kind == TPY_TYPE_TYPEVAR && !(ctx->kind == TPY_TYPE_INSTANCE && ctx->count > 0))
        return;
    if (ctx->kind == TPY_TYPE_UNION)
        return;   /* tpy's solver has no "any of" constraints: leave it to the arguments */
    TpyType *eb[32] = { NULL };
    tc_infer(c, ret, ctx, fn->tvars, eb, ntv, 0);
    for (int k = 0; k < ntv; k++)
        if (eb[k] != NULL && eb[k]->kind != TPY_TYPE_ERROR && !has_nothing_part(eb[k], 0)) {
            binds[k] = eb[k];
            fixed[k] = true;
        }
}

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
    /* Type inference for generic callees, in mypy's order: the return context
     * first (infer_function_type_arguments_using_context), which fixes the
     * variables it determines; then the arguments bind the rest, lambdas last
     * so that they see what the other arguments inferred. */
    TpyType *binds[32] = { NULL };
    int ntv = fn->tvar_count < 32 ? fn->tvar_count : 32;
    TpyType *sfn = fn;
    if (ntv > 0) {
        bool fixed[32] = { false };
        context_binds(c, fn, expected, binds, fixed, ntv);
        TpyType *argb[32] = { NULL };
        TpyType *cur[32];
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < ntv; k++)
                cur[k] = fixed[k] ? binds[k] : argb[k];
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
                            tc_infer(c, fn->params[k].type, at, fn->tvars, argb, ntv, 0);
                    continue;
                }
                if (map_of[i] < 0)
                    continue;
                TpyType *formal = fn->params[map_of[i]].type;
                TpyType *ctx;
                if (pass == 1) {
                    ctx = tpy_types_subst(&c->types, formal, fn->tvars, cur, ntv, NULL);
                    if (tpy_type_has_typevars(ctx))
                        ctx = tpy_types_subst(&c->types, ctx, fn->tvars,
                                              (TpyType *[32]){ T->error, T->error, T->error, T->error, T->error,
                                                               T->error, T->error, T->error }, ntv < 8 ? ntv : 8, NULL);
                } else {
                    /* The context a fixed variable gives, e.g. Iterable[float]. */
                    TpyType *fixed_only[32];
                    for (int k = 0; k < ntv; k++)
                        fixed_only[k] = fixed[k] ? binds[k] : NULL;
                    ctx = tpy_types_subst(&c->types, formal, fn->tvars, fixed_only, ntv, NULL);
                    if (tpy_type_has_typevars(ctx))
                        ctx = NULL;
                }
                TpyType *at = actual_type(c, a, ctx);
                tc_infer(c, formal, at, fn->tvars, argb, ntv, 0);
            }
            if (pass == 0 && expected != NULL && expected->kind != TPY_TYPE_ERROR) {
                /* Variables the arguments left open take the context's answer. */
                TpyType *eb[32] = { NULL };
                tc_infer(c, fn->ret, expected, fn->tvars, eb, ntv, 0);
                for (int k = 0; k < ntv; k++)
                    if (argb[k] == NULL && eb[k] != NULL)
                        argb[k] = eb[k];
            }
        }
        for (int k = 0; k < ntv; k++) {
            if (!fixed[k])
                binds[k] = argb[k];
            if (binds[k] == NULL)
                binds[k] = T->nothing;
        }
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

/* Map actuals onto the formals of `fn` the way CPython binds them; false when
 * the counts or keywords cannot match (mypy's check_argument_count, for picking
 * plausible overload variants).  map_of[i]: formal of actual i, or -1 (star). */
static bool plausible_variant(const TpyType *fn, const Actual *actuals, int na, int *map_of)
{
    int nf = fn->count < MAX_FORMALS ? fn->count : MAX_FORMALS;
    bool filled[MAX_FORMALS] = { false };
    bool star = false, dstar = false;
    int vararg = -1, kwarg = -1, next = 0;
    for (int k = 0; k < nf; k++) {
        if (fn->params[k].kind == TPY_PARAM_VARARG) vararg = k;
        if (fn->params[k].kind == TPY_PARAM_KWARG) kwarg = k;
    }
    for (int i = 0; i < na; i++) {
        map_of[i] = -1;
        if (actuals[i].star) { star = true; continue; }
        if (actuals[i].dstar) { dstar = true; continue; }
        if (actuals[i].keyword != NULL)
            continue;
        while (next < nf && fn->params[next].kind != TPY_PARAM_POS && fn->params[next].kind != TPY_PARAM_POSONLY)
            next++;
        if (next < nf) {
            map_of[i] = next;
            filled[next++] = true;
        } else if (vararg >= 0) {
            map_of[i] = vararg;
        } else {
            return false;
        }
    }
    for (int i = 0; i < na; i++) {
        if (actuals[i].keyword == NULL || actuals[i].dstar)
            continue;
        int found = -1;
        for (int k = 0; k < nf && found < 0; k++)
            if (fn->params[k].name != NULL && strcmp(fn->params[k].name, actuals[i].keyword) == 0 &&
                (fn->params[k].kind == TPY_PARAM_POS || fn->params[k].kind == TPY_PARAM_KWONLY))
                found = k;
        if (found >= 0 && !filled[found]) {
            map_of[i] = found;
            filled[found] = true;
        } else if (found < 0 && kwarg >= 0) {
            map_of[i] = kwarg;
        } else {
            return false;
        }
    }
    for (int k = 0; k < nf; k++) {
        const TpyParam *p = &fn->params[k];
        if (filled[k] || p->has_default)
            continue;
        if ((p->kind == TPY_PARAM_POS || p->kind == TPY_PARAM_POSONLY) && !star && !dstar)
            return false;
        if (p->kind == TPY_PARAM_KWONLY && !dstar)
            return false;
    }
    return true;
}

/* mypy's erase_type: type variables and type arguments become Any, callables
 * Callable[..., Any], fixed tuples tuple[Any, ...]. */
static TpyType *erase_type(TpyChecker *c, TpyType *t)
{
    TpyTypes *T = &c->types;
    switch (t->kind) {
    case TPY_TYPE_TYPEVAR:
        return T->error;
    case TPY_TYPE_INSTANCE: {
        if (t->count == 0)
            return t;
        TpyType **args = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)t->count);
        for (int i = 0; i < t->count; i++)
            args[i] = T->error;
        return tpy_types_instance(T, t->cls, args, t->count);
    }
    case TPY_TYPE_TUPLE:
        return T->b.tuple != NULL ? tpy_types_instance1(T, T->b.tuple, T->error) : T->error;
    case TPY_TYPE_UNION: {
        TpyType **items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)t->count);
        for (int i = 0; i < t->count; i++)
            items[i] = erase_type(c, t->items[i]);
        return tpy_types_union(T, items, t->count);
    }
    case TPY_TYPE_CALLABLE: case TPY_TYPE_OVERLOADED: {
        TpyParam *ps = tpy_arena_alloc(c->arena, sizeof(TpyParam) * 2);
        ps[0] = (TpyParam){ NULL, T->error, TPY_PARAM_VARARG, false };
        ps[1] = (TpyParam){ NULL, T->error, TPY_PARAM_KWARG, false };
        return tpy_types_callable(T, ps, 2, T->error);
    }
    case TPY_TYPE_CLASSOBJ:
        return tpy_types_classobj(T, erase_type(c, t->items[0]));
    default:
        return t;
    }
}

static bool is_typetype_like(TpyChecker *c, const TpyType *t)
{
    return t->kind == TPY_TYPE_CLASSOBJ ||
           (t->kind == TPY_TYPE_INSTANCE && c->types.b.type != NULL && t->cls == c->types.b.type);
}

/* mypy's arg_approximate_similarity: could `actual` be meant for `formal`?
 * Deliberately loose; used to pick the overload variant to blame. */
static bool approx_similar(TpyChecker *c, TpyType *actual, TpyType *formal, int depth)
{
    TpyTypes *T = &c->types;
    if (depth > 10 || actual->kind == TPY_TYPE_TYPEVAR || formal->kind == TPY_TYPE_TYPEVAR)
        return true;
    if (formal->kind == TPY_TYPE_CALLABLE &&
        (actual->kind == TPY_TYPE_CALLABLE || actual->kind == TPY_TYPE_OVERLOADED ||
         actual->kind == TPY_TYPE_CLASSOBJ))
        return true;
    if (is_typetype_like(c, actual) && is_typetype_like(c, formal))
        return true;
    if (actual->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < actual->count; i++)
            if (approx_similar(c, actual->items[i], formal, depth + 1))
                return true;
        return false;
    }
    if (formal->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < formal->count; i++)
            if (approx_similar(c, actual, formal->items[i], depth + 1))
                return true;
        return false;
    }
    if (formal->kind == TPY_TYPE_INSTANCE) {
        TpyType *a = actual;
        if ((a->kind == TPY_TYPE_CALLABLE || a->kind == TPY_TYPE_OVERLOADED) && T->b.function != NULL)
            a = tpy_types_instance(T, T->b.function, NULL, 0);
        if (a->kind == TPY_TYPE_TUPLE)
            a = tpy_types_tuple_fallback(T, a);
        if (a->kind == TPY_TYPE_INSTANCE && tpy_class_is_subclass(a->cls, formal->cls))
            return true;
    }
    return tc_is_subtype(c, erase_type(c, actual), erase_type(c, formal));
}

/* The overload variant mypy blames when none matches (check_overload_call,
 * steps 4-5): the first plausible one whose formals are approximately similar
 * to the arguments evaluated without context.  NULL if there is none. */
static TpyType *erased_target(TpyChecker *c, TpyType *fn, Actual *actuals, int na)
{
    int map_of[256];
    if (na > 256)
        return NULL;
    for (int v = 0; v < fn->count; v++) {
        TpyType *variant = fn->items[v];
        if (variant->kind != TPY_TYPE_CALLABLE || !plausible_variant(variant, actuals, na, map_of))
            continue;
        bool similar = true;
        for (int i = 0; i < na && similar; i++) {
            if (map_of[i] < 0)
                continue;
            int saved = c->silent;
            c->silent++;
            TpyType *at = actual_type(c, &actuals[i], NULL);
            c->silent = saved;
            TpyType *formal = variant->params[map_of[i]].type;
            if (variant->params[map_of[i]].kind == TPY_PARAM_VARARG ||
                variant->params[map_of[i]].kind == TPY_PARAM_KWARG)
                formal = formal != NULL ? formal : c->types.error;
            similar = at->kind == TPY_TYPE_ERROR || approx_similar(c, at, formal, 0);
        }
        if (similar)
            return variant;
    }
    return NULL;
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
    TpyType *blamed = erased_target(c, fn, actuals, na);
    if (blamed != NULL) {
        /* Report the errors of the variant the call was most likely meant for. */
        TpyType *r = check_args(c, blamed, actuals, na, node, expected, ok);
        *ok = false;
        return r;
    }
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
