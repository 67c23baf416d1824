/* frontend/types.c: constructing, comparing, relating and printing types.
 *
 * Subtyping follows mypy: nominal for classes (type arguments compared
 * invariantly unless the class's TypeVar was declared covariant; tuples are
 * covariant), int/float/complex promotions, structural for Protocol classes
 * (every protocol member must exist on the candidate with a compatible type;
 * a pair already under test is assumed to hold, which makes recursive
 * protocols like Iterator terminate).  The ERROR type is compatible in both
 * directions so one mistake reports once.
 *
 * Joins (inferred types of `[a, b]`, `x if c else y`) follow mypy's join:
 * int v float = float, X v None = Optional[X], unrelated classes meet at their
 * nearest common base (often object).  Printing reproduces mypy 1.0's spelling
 * of types in messages (`List[int]`, `Optional[str]`, `Tuple[int, ...]`).
 *
 * Overlap (tpy_types_overlap) is mypy's is_overlapping_types, the basis of
 * --strict-equality: could one value have both types?  Unrelated classes never
 * overlap, related ones when their mapped type arguments do; protocols count
 * as bases of whatever matches them structurally (typeshed makes them nominal).
 */
#include "types.h"

#include <stdio.h>
#include <string.h>

#include "scope.h"

void tpy_types_init(TpyTypes *types, TpyArena *arena)
{
    memset(types, 0, sizeof *types);
    types->arena = arena;
    types->error = tpy_arena_alloc(arena, sizeof(TpyType));
    types->error->kind = TPY_TYPE_ERROR;
    types->none = tpy_arena_alloc(arena, sizeof(TpyType));
    types->none->kind = TPY_TYPE_NONE;
    types->noreturn = tpy_arena_alloc(arena, sizeof(TpyType));
    types->noreturn->kind = TPY_TYPE_NORETURN;
    types->nothing = tpy_arena_alloc(arena, sizeof(TpyType));
    types->nothing->kind = TPY_TYPE_NORETURN;
    types->nothing->flags = TPY_NORETURN_NOTHING;
    types->self_tv = tpy_types_typevar(types, "Self", TPY_TV_SELF);
}

static TpyType *class_instance_or_error(TpyTypes *types, TpyClass *cls)
{
    return cls != NULL ? tpy_types_instance(types, cls, NULL, 0) : types->error;
}

void tpy_types_set_builtins(TpyTypes *types)
{
    types->t_int = class_instance_or_error(types, types->b.int_);
    types->t_float = class_instance_or_error(types, types->b.float_);
    types->t_complex = class_instance_or_error(types, types->b.complex_);
    types->t_bool = class_instance_or_error(types, types->b.bool_);
    types->t_str = class_instance_or_error(types, types->b.str);
    types->t_bytes = class_instance_or_error(types, types->b.bytes);
    types->t_object = class_instance_or_error(types, types->b.object);
}

TpyClass *tpy_types_new_class(TpyTypes *types, const char *name, const char *module)
{
    TpyClass *cls = tpy_arena_alloc(types->arena, sizeof *cls);
    cls->name = name;
    cls->module = module;
    return cls;
}

static TpyType *type_new(TpyTypes *types, TpyTypeKind kind)
{
    TpyType *t = tpy_arena_alloc(types->arena, sizeof *t);
    t->kind = kind;
    return t;
}

static TpyType **type_array(TpyTypes *types, TpyType **items, int count)
{
    if (count <= 0)
        return NULL;
    TpyType **out = tpy_arena_alloc(types->arena, sizeof(TpyType *) * (size_t)count);
    if (items != NULL)
        memcpy(out, items, sizeof(TpyType *) * (size_t)count);
    return out;
}

TpyType *tpy_types_instance(TpyTypes *types, TpyClass *cls, TpyType **args, int count)
{
    if (count == 0 && cls->tparam_count > 0) {
        /* A bare generic class (`list`): its parameters become the error type. */
        TpyType **fill = type_array(types, NULL, cls->tparam_count);
        for (int i = 0; i < cls->tparam_count; i++)
            fill[i] = types->error;
        args = fill;
        count = cls->tparam_count;
    } else if (count == 0 && cls->instance != NULL) {
        return cls->instance;
    }
    TpyType *t = type_new(types, TPY_TYPE_INSTANCE);
    t->cls = cls;
    t->count = count;
    t->items = type_array(types, args, count);
    if (count == 0)
        cls->instance = t;
    return t;
}

TpyType *tpy_types_instance1(TpyTypes *types, TpyClass *cls, TpyType *arg)
{
    if (cls == NULL)
        return types->error;
    return tpy_types_instance(types, cls, &arg, 1);
}

TpyType *tpy_types_instance2(TpyTypes *types, TpyClass *cls, TpyType *a, TpyType *b)
{
    if (cls == NULL)
        return types->error;
    TpyType *args[2] = { a, b };
    return tpy_types_instance(types, cls, args, 2);
}

TpyType *tpy_types_tuple(TpyTypes *types, TpyType **items, int count)
{
    TpyType *t = type_new(types, TPY_TYPE_TUPLE);
    t->count = count;
    t->items = type_array(types, items, count);
    return t;
}

TpyType *tpy_types_classobj(TpyTypes *types, TpyType *instance)
{
    if (instance->kind == TPY_TYPE_INSTANCE && instance->count == 0 &&
        instance->cls->classobj != NULL)
        return instance->cls->classobj;
    TpyType *t = type_new(types, TPY_TYPE_CLASSOBJ);
    t->count = 1;
    t->items = type_array(types, &instance, 1);
    t->cls = instance->kind == TPY_TYPE_INSTANCE ? instance->cls : NULL;
    if (instance->kind == TPY_TYPE_INSTANCE && instance->count == 0)
        instance->cls->classobj = t;
    return t;
}

TpyType *tpy_types_callable(TpyTypes *types, TpyParam *params, int count, TpyType *ret)
{
    TpyType *t = type_new(types, TPY_TYPE_CALLABLE);
    t->count = count;
    if (count > 0) {
        t->params = tpy_arena_alloc(types->arena, sizeof(TpyParam) * (size_t)count);
        memcpy(t->params, params, sizeof(TpyParam) * (size_t)count);
    }
    t->ret = ret;
    return t;
}

TpyType *tpy_types_special(TpyTypes *types, int special, const char *name)
{
    TpyType *t = type_new(types, TPY_TYPE_SPECIAL);
    t->special = special;
    t->name = name;
    return t;
}

TpyType *tpy_types_typevar(TpyTypes *types, const char *name, unsigned flags)
{
    TpyType *t = type_new(types, TPY_TYPE_TYPEVAR);
    t->name = name;
    t->flags = flags;
    return t;
}

TpyType *tpy_types_copy(TpyTypes *types, const TpyType *t)
{
    TpyType *c = type_new(types, t->kind);
    *c = *t;
    return c;
}

/* ------------------------------------------------------------------ equality */

bool tpy_type_equal(const TpyType *a, const TpyType *b)
{
    if (a == b)
        return true;
    if (a == NULL || b == NULL || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TPY_TYPE_ERROR: case TPY_TYPE_NONE:
        return true;
    case TPY_TYPE_NORETURN:
        return true;
    case TPY_TYPE_INSTANCE: case TPY_TYPE_CLASSOBJ:
        if (a->cls != b->cls)
            return false;
        /* fall through */
    case TPY_TYPE_TUPLE: case TPY_TYPE_OVERLOADED:
        if (a->count != b->count)
            return false;
        for (int i = 0; i < a->count; i++)
            if (!tpy_type_equal(a->items[i], b->items[i]))
                return false;
        return true;
    case TPY_TYPE_UNION:
        if (a->count != b->count)
            return false;
        for (int i = 0; i < a->count; i++) {
            bool found = false;
            for (int j = 0; j < b->count && !found; j++)
                found = tpy_type_equal(a->items[i], b->items[j]);
            if (!found)
                return false;
        }
        return true;
    case TPY_TYPE_CALLABLE:
        if (a->count != b->count || !tpy_type_equal(a->ret, b->ret))
            return false;
        for (int i = 0; i < a->count; i++)
            if (a->params[i].kind != b->params[i].kind ||
                a->params[i].has_default != b->params[i].has_default ||
                !tpy_type_equal(a->params[i].type, b->params[i].type))
                return false;
        return true;
    case TPY_TYPE_MODULE:
        return a->module == b->module;
    case TPY_TYPE_TYPEVAR: case TPY_TYPE_SPECIAL:
        return false;
    }
    return false;
}

bool tpy_class_is_subclass(const TpyClass *sub, const TpyClass *sup)
{
    for (int guard = 0; sub != NULL && guard < 1000; sub = sub->base, guard++)
        if (sub == sup)
            return true;
    return false;
}

bool tpy_type_is_instance_of(const TpyType *t, const TpyClass *cls)
{
    return t != NULL && t->kind == TPY_TYPE_INSTANCE && tpy_class_is_subclass(t->cls, cls);
}

/* ------------------------------------------------------------ substitution */

bool tpy_type_has_typevars(const TpyType *t)
{
    if (t == NULL)
        return false;
    switch (t->kind) {
    case TPY_TYPE_TYPEVAR:
        return true;
    case TPY_TYPE_INSTANCE: case TPY_TYPE_TUPLE: case TPY_TYPE_UNION: case TPY_TYPE_CLASSOBJ:
    case TPY_TYPE_OVERLOADED:
        for (int i = 0; i < t->count; i++)
            if (tpy_type_has_typevars(t->items[i]))
                return true;
        return false;
    case TPY_TYPE_CALLABLE:
        for (int i = 0; i < t->count; i++)
            if (tpy_type_has_typevars(t->params[i].type))
                return true;
        return tpy_type_has_typevars(t->ret);
    default:
        return false;
    }
}

TpyType *tpy_types_subst(TpyTypes *types, TpyType *t, TpyType **tvars, TpyType **args,
                         int count, TpyType *self_type)
{
    if (t == NULL)
        return NULL;
    switch (t->kind) {
    case TPY_TYPE_TYPEVAR:
        if ((t->flags & TPY_TV_SELF) && self_type != NULL)
            return self_type;
        for (int i = 0; i < count; i++)
            if (tvars[i] == t)
                return args[i] != NULL ? args[i] : t;
        return t;
    case TPY_TYPE_INSTANCE: case TPY_TYPE_TUPLE: case TPY_TYPE_UNION: case TPY_TYPE_CLASSOBJ:
    case TPY_TYPE_OVERLOADED: {
        if (t->count == 0 || !tpy_type_has_typevars(t))
            return t;
        TpyType **items = type_array(types, NULL, t->count);
        for (int i = 0; i < t->count; i++)
            items[i] = tpy_types_subst(types, t->items[i], tvars, args, count, self_type);
        if (t->kind == TPY_TYPE_UNION)
            return tpy_types_union(types, items, t->count);
        TpyType *c = tpy_types_copy(types, t);
        c->items = items;
        return c;
    }
    case TPY_TYPE_CALLABLE: {
        if (!tpy_type_has_typevars(t))
            return t;
        TpyType *c = tpy_types_copy(types, t);
        if (t->count > 0) {
            c->params = tpy_arena_alloc(types->arena, sizeof(TpyParam) * (size_t)t->count);
            for (int i = 0; i < t->count; i++) {
                c->params[i] = t->params[i];
                c->params[i].type = tpy_types_subst(types, t->params[i].type, tvars, args,
                                                    count, self_type);
            }
        }
        c->ret = tpy_types_subst(types, t->ret, tvars, args, count, self_type);
        return c;
    }
    default:
        return t;
    }
}

/* ------------------------------------------------------------------ unions */

static void union_add(TpyTypes *types, TpyType ***out, int *n, int *cap, TpyType *t)
{
    if (t->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < t->count; i++)
            union_add(types, out, n, cap, t->items[i]);
        return;
    }
    for (int i = 0; i < *n; i++)
        if (tpy_type_equal((*out)[i], t))
            return;
    if (*n == *cap) {
        int grown = *cap * 2 + 4;
        TpyType **bigger = type_array(types, NULL, grown);
        if (*n > 0)
            memcpy(bigger, *out, sizeof(TpyType *) * (size_t)*n);
        *out = bigger;
        *cap = grown;
    }
    (*out)[(*n)++] = t;
}

TpyType *tpy_types_union(TpyTypes *types, TpyType **items, int count)
{
    TpyType **out = NULL;
    int n = 0, cap = 0;
    for (int i = 0; i < count; i++)
        if (items[i]->kind != TPY_TYPE_NORETURN)
            union_add(types, &out, &n, &cap, items[i]);
    if (n == 0)
        return count > 0 ? items[0] : types->noreturn;
    for (int i = 0; i < n; i++)
        if (out[i]->kind == TPY_TYPE_ERROR)
            return types->error;
    if (n == 1)
        return out[0];
    TpyType *t = type_new(types, TPY_TYPE_UNION);
    t->items = out;
    t->count = n;
    return t;
}

TpyType *tpy_types_union2(TpyTypes *types, TpyType *a, TpyType *b)
{
    TpyType *items[2] = { a, b };
    return tpy_types_union(types, items, 2);
}

static bool subtype(TpyTypes *types, TpyType *a, TpyType *b, bool promote);

TpyType *tpy_types_simplified_union(TpyTypes *types, TpyType **items, int count)
{
    TpyType *u = tpy_types_union(types, items, count);
    if (u->kind != TPY_TYPE_UNION)
        return u;
    TpyType **keep = type_array(types, NULL, u->count);
    int n = 0;
    for (int i = 0; i < u->count; i++) {
        bool subsumed = false;
        for (int j = 0; j < u->count && !subsumed; j++)
            if (i != j && subtype(types, u->items[i], u->items[j], false) &&
                (!subtype(types, u->items[j], u->items[i], false) || j < i))
                subsumed = true;
        if (!subsumed)
            keep[n++] = u->items[i];
    }
    return tpy_types_union(types, keep, n);
}

TpyType *tpy_types_optional(TpyTypes *types, TpyType *t)
{
    return tpy_types_union2(types, t, types->none);
}

bool tpy_type_contains_none(const TpyType *t)
{
    if (t->kind == TPY_TYPE_NONE)
        return true;
    if (t->kind == TPY_TYPE_UNION)
        for (int i = 0; i < t->count; i++)
            if (t->items[i]->kind == TPY_TYPE_NONE)
                return true;
    return false;
}

TpyType *tpy_types_remove_none(TpyTypes *types, TpyType *t)
{
    if (t->kind != TPY_TYPE_UNION)
        return t->kind == TPY_TYPE_NONE ? types->noreturn : t;
    TpyType **keep = type_array(types, NULL, t->count);
    int n = 0;
    for (int i = 0; i < t->count; i++)
        if (t->items[i]->kind != TPY_TYPE_NONE)
            keep[n++] = t->items[i];
    if (n == 0)
        return types->noreturn;
    return tpy_types_union(types, keep, n);
}

/* ----------------------------------------------------------- class mapping */

TpyType *tpy_types_tuple_fallback(TpyTypes *types, TpyType *t)
{
    if (types->b.tuple == NULL)
        return types->error;
    TpyType *elem = types->nothing;
    for (int i = 0; i < t->count; i++)
        elem = i == 0 ? t->items[0] : tpy_types_join(types, elem, t->items[i]);
    return tpy_types_instance1(types, types->b.tuple, elem);
}

TpyType *tpy_types_map_to_class(TpyTypes *types, TpyType *t, TpyClass *target)
{
    if (t->kind == TPY_TYPE_TUPLE)
        t = tpy_types_tuple_fallback(types, t);
    if (t->kind != TPY_TYPE_INSTANCE)
        return NULL;
    TpyClass *cls = t->cls;
    TpyType **args = t->items;
    int count = t->count;
    for (int guard = 0; cls != NULL && guard < 1000; guard++) {
        if (cls == target)
            return count == t->count && cls == t->cls ? t
                                                      : tpy_types_instance(types, cls, args, count);
        TpyClass *base = cls->base;
        if (base == NULL)
            break;
        TpyType **base_args = NULL;
        int base_count = base->tparam_count;
        if (base_count > 0) {
            base_args = type_array(types, NULL, base_count);
            for (int i = 0; i < base_count; i++)
                base_args[i] = i < cls->base_arg_count
                                   ? tpy_types_subst(types, cls->base_args[i], cls->tparams,
                                                     args, count < cls->tparam_count
                                                               ? count : cls->tparam_count,
                                                     NULL)
                                   : types->error;
        }
        cls = base;
        args = base_args;
        count = base_count;
    }
    return NULL;
}

/* --------------------------------------------------------------- subtyping */

void tpy_types_set_member_lookup(TpyTypes *types, TpyMemberLookup lookup, void *ctx)
{
    types->member_lookup = lookup;
    types->member_lookup_ctx = ctx;
}

#define ASSUME_MAX 64
static TpyType *assume_a[ASSUME_MAX], *assume_b[ASSUME_MAX];
static int assume_count;

static bool protocol_member_names(TpyClass *proto, const char **names, int *n, int max)
{
    for (TpyClass *c = proto; c != NULL && (c->flags & TPY_CLASS_PROTOCOL); c = c->base) {
        if (c->members == NULL)
            continue;
        for (int i = 0; i < c->members->count; i++) {
            TpySymbol *sym = c->members->symbols[i];
            if (sym->kind == TPY_SYM_TYPEVAR || strncmp(sym->name, "__slots__", 9) == 0)
                continue;
            bool dup = false;
            for (int j = 0; j < *n && !dup; j++)
                dup = strcmp(names[j], sym->name) == 0;
            if (!dup) {
                if (*n >= max)
                    return false;
                names[(*n)++] = sym->name;
            }
        }
    }
    return true;
}

static bool structural(TpyTypes *types, TpyType *a, TpyType *b)
{
    if (types->member_lookup == NULL)
        return false;
    for (int i = 0; i < assume_count; i++)
        if (tpy_type_equal(assume_a[i], a) && tpy_type_equal(assume_b[i], b))
            return true;
    if (assume_count >= ASSUME_MAX)
        return false;
    const char *names[32];
    int n = 0;
    if (!protocol_member_names(b->cls, names, &n, 32))
        return false;
    assume_a[assume_count] = a;
    assume_b[assume_count] = b;
    assume_count++;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        TpyType *want = types->member_lookup(types->member_lookup_ctx, b, names[i]);
        TpyType *have = types->member_lookup(types->member_lookup_ctx, a, names[i]);
        if (have == NULL)
            ok = false;
        else if (want != NULL)
            ok = subtype(types, have, want, true);
    }
    assume_count--;
    return ok;
}

static bool args_compatible(TpyTypes *types, TpyType *a, TpyType *b)
{
    bool covariant_class = b->cls == types->b.tuple;
    for (int i = 0; i < a->count && i < b->count; i++) {
        bool covariant = covariant_class ||
                         (i < b->cls->tparam_count &&
                          (b->cls->tparams[i]->flags & TPY_TV_COVARIANT));
        if (covariant) {
            if (!subtype(types, a->items[i], b->items[i], true))
                return false;
        } else if (!subtype(types, a->items[i], b->items[i], false) ||
                   !subtype(types, b->items[i], a->items[i], false)) {
            return false;
        }
    }
    return true;
}

static bool is_promotable(TpyTypes *types, TpyClass *from, TpyClass *to)
{
    TpyBuiltins *b = &types->b;
    if (to == b->float_ || to == b->complex_)
        if (tpy_class_is_subclass(from, b->int_))
            return true;
    if (to == b->complex_ && from == b->float_)
        return true;
    return false;
}

/* Bind the variables `tvars` occurring in `pattern` to the matching parts of
 * `target` (first binding wins).  Structural only: enough to instantiate a
 * generic callable against a concrete one. */
static void unify(TpyType *pattern, TpyType *target, TpyType **tvars, TpyType **binds, int n,
                  int depth)
{
    if (pattern == NULL || target == NULL || depth > 20 || !tpy_type_has_typevars(pattern))
        return;
    if (pattern->kind == TPY_TYPE_TYPEVAR) {
        for (int i = 0; i < n; i++)
            if (tvars[i] == pattern && binds[i] == NULL && !tpy_type_has_typevars(target))
                binds[i] = target;
        return;
    }
    if (pattern->kind != target->kind)
        return;
    switch (pattern->kind) {
    case TPY_TYPE_INSTANCE: case TPY_TYPE_CLASSOBJ:
        if (pattern->cls != target->cls)
            return;
        /* fall through */
    case TPY_TYPE_TUPLE:
        if (pattern->count == target->count)
            for (int i = 0; i < pattern->count; i++)
                unify(pattern->items[i], target->items[i], tvars, binds, n, depth + 1);
        return;
    case TPY_TYPE_CALLABLE:
        unify(pattern->ret, target->ret, tvars, binds, n, depth + 1);
        for (int i = 0; i < pattern->count && i < target->count; i++)
            unify(pattern->params[i].type, target->params[i].type, tvars, binds, n, depth + 1);
        return;
    default:
        return;
    }
}

/* A generic callable `a` instantiated for comparison with `b` (mypy's
 * unify_generic_callable): its variables are bound from b's return and
 * parameter types; whatever stays free becomes the error type (Any). */
static TpyType *instantiate_against(TpyTypes *types, TpyType *a, TpyType *b)
{
    TpyType *binds[32] = { NULL };
    int n = a->tvar_count < 32 ? a->tvar_count : 32;
    unify(a->ret, b->ret, a->tvars, binds, n, 0);
    for (int i = 0; i < a->count && i < b->count; i++)
        unify(a->params[i].type, b->params[i].type, a->tvars, binds, n, 0);
    for (int i = 0; i < n; i++)
        if (binds[i] == NULL)
            binds[i] = types->error;
    TpyType *r = tpy_types_subst(types, a, a->tvars, binds, n, NULL);
    if (r == a)
        r = tpy_types_copy(types, a);
    r->tvars = NULL;
    r->tvar_count = 0;
    return r;
}

static bool callable_subtype(TpyTypes *types, TpyType *a, TpyType *b)
{
    if (a->tvar_count > 0 && b->tvar_count == 0)
        a = instantiate_against(types, a, b);
    if (!subtype(types, a->ret, b->ret, true))
        return false;
    /* Callable[..., R] accepts any parameters. */
    if (b->count == 2 && b->params[0].kind == TPY_PARAM_VARARG && b->params[0].type->kind == TPY_TYPE_ERROR &&
        b->params[1].kind == TPY_PARAM_KWARG && b->params[1].type->kind == TPY_TYPE_ERROR)
        return true;
    /* Positional parameters of b must be accepted positionally by a. */
    int ai = 0;
    for (int bi = 0; bi < b->count; bi++) {
        TpyParam *bp = &b->params[bi];
        if (bp->kind == TPY_PARAM_POSONLY || bp->kind == TPY_PARAM_POS) {
            while (ai < a->count && a->params[ai].kind != TPY_PARAM_POSONLY &&
                   a->params[ai].kind != TPY_PARAM_POS && a->params[ai].kind != TPY_PARAM_VARARG)
                ai++;
            if (ai >= a->count)
                return false;
            TpyParam *ap = &a->params[ai];
            if (!subtype(types, bp->type, ap->type, true))
                return false;
            if (ap->kind != TPY_PARAM_VARARG)
                ai++;
        } else if (bp->kind == TPY_PARAM_VARARG || bp->kind == TPY_PARAM_KWARG) {
            bool found = false;
            for (int j = 0; j < a->count; j++)
                if (a->params[j].kind == bp->kind) {
                    found = subtype(types, bp->type, a->params[j].type, true);
                    break;
                }
            if (!found)
                return false;
        } else {     /* keyword-only: a needs a parameter of that name */
            bool found = false;
            for (int j = 0; j < a->count && !found; j++)
                if (a->params[j].name != NULL && bp->name != NULL &&
                    strcmp(a->params[j].name, bp->name) == 0 &&
                    a->params[j].kind != TPY_PARAM_POSONLY)
                    found = subtype(types, bp->type, a->params[j].type, true);
            for (int j = 0; j < a->count && !found; j++)
                if (a->params[j].kind == TPY_PARAM_KWARG)
                    found = subtype(types, bp->type, a->params[j].type, true);
            if (!found)
                return false;
        }
    }
    /* Remaining required parameters of a would be left without a value. */
    for (; ai < a->count; ai++) {
        TpyParam *ap = &a->params[ai];
        if ((ap->kind == TPY_PARAM_POS || ap->kind == TPY_PARAM_POSONLY) && !ap->has_default)
            return false;
    }
    for (int j = 0; j < a->count; j++) {
        TpyParam *ap = &a->params[j];
        if (ap->kind == TPY_PARAM_KWONLY && !ap->has_default) {
            bool given = false;
            for (int k = 0; k < b->count && !given; k++)
                given = b->params[k].name != NULL && strcmp(b->params[k].name, ap->name) == 0;
            if (!given)
                return false;
        }
    }
    return true;
}

static TpyType *callable_view(TpyTypes *types, TpyType *a)
{
    if (a->kind == TPY_TYPE_CALLABLE || a->kind == TPY_TYPE_OVERLOADED)
        return a;
    if ((a->kind == TPY_TYPE_CLASSOBJ || a->kind == TPY_TYPE_INSTANCE) && types->member_lookup)
        return types->member_lookup(types->member_lookup_ctx, a, "__call__");
    return NULL;
}

static bool subtype(TpyTypes *types, TpyType *a, TpyType *b, bool promote)
{
    if (a == b)
        return true;
    if (a == NULL || b == NULL)
        return true;
    if (a->kind == TPY_TYPE_ERROR || b->kind == TPY_TYPE_ERROR || a->kind == TPY_TYPE_NORETURN)
        return true;
    if (types->depth > 64)
        return true;
    if (b->kind == TPY_TYPE_INSTANCE && b->cls == types->b.object)
        return true;
    bool result = false;
    types->depth++;
    if (a->kind == TPY_TYPE_UNION) {
        result = true;
        for (int i = 0; i < a->count && result; i++)
            result = subtype(types, a->items[i], b, promote);
        goto done;
    }
    if (b->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < b->count && !result; i++)
            result = subtype(types, a, b->items[i], promote);
        goto done;
    }
    if (a->kind == TPY_TYPE_TYPEVAR || b->kind == TPY_TYPE_TYPEVAR) {
        result = a == b;
        goto done;
    }
    switch (b->kind) {
    case TPY_TYPE_NONE:
        result = a->kind == TPY_TYPE_NONE;
        break;
    case TPY_TYPE_INSTANCE:
        if (a->kind == TPY_TYPE_INSTANCE || a->kind == TPY_TYPE_TUPLE) {
            if (a->kind == TPY_TYPE_INSTANCE && promote && is_promotable(types, a->cls, b->cls)) {
                result = true;
                break;
            }
            TpyType *mapped = tpy_types_map_to_class(types, a, b->cls);
            if (mapped != NULL) {
                result = args_compatible(types, mapped, b);
                break;
            }
        } else if (a->kind == TPY_TYPE_CLASSOBJ && b->cls == types->b.type) {
            result = true;
            break;
        } else if ((a->kind == TPY_TYPE_CALLABLE || a->kind == TPY_TYPE_OVERLOADED) &&
                   b->cls == types->b.function) {
            result = true;
            break;
        }
        if (b->cls->flags & TPY_CLASS_PROTOCOL)
            result = structural(types, a, b);
        break;
    case TPY_TYPE_TUPLE:
        if (a->kind == TPY_TYPE_TUPLE && a->count == b->count) {
            result = true;
            for (int i = 0; i < a->count && result; i++)
                result = subtype(types, a->items[i], b->items[i], promote);
        }
        break;
    case TPY_TYPE_CALLABLE: {
        TpyType *view = callable_view(types, a);
        if (view == NULL)
            break;
        if (view->kind == TPY_TYPE_OVERLOADED) {
            for (int i = 0; i < view->count && !result; i++)
                result = callable_subtype(types, view->items[i], b);
        } else if (view->kind == TPY_TYPE_CALLABLE) {
            result = callable_subtype(types, view, b);
        } else {
            result = subtype(types, view, b, promote);
        }
        break;
    }
    case TPY_TYPE_OVERLOADED:
        result = true;
        for (int i = 0; i < b->count && result; i++)
            result = subtype(types, a, b->items[i], promote);
        break;
    case TPY_TYPE_CLASSOBJ:
        if (a->kind == TPY_TYPE_CLASSOBJ)
            result = subtype(types, a->items[0], b->items[0], promote);
        break;
    case TPY_TYPE_MODULE:
        result = a->kind == TPY_TYPE_MODULE && a->module == b->module;
        break;
    default:
        result = tpy_type_equal(a, b);
        break;
    }
done:
    types->depth--;
    return result;
}

bool tpy_types_is_subtype(TpyTypes *types, TpyType *a, TpyType *b)
{
    return subtype(types, a, b, true);
}

/* ----------------------------------------------------------------- overlap */

/* A NamedTuple instance seen as the fixed tuple of its fields (mypy's TupleType). */
static TpyType *namedtuple_as_tuple(TpyTypes *types, TpyType *t)
{
    if (t->kind != TPY_TYPE_INSTANCE || !(t->cls->flags & TPY_CLASS_NAMEDTUPLE))
        return t;
    TpyClass *cls = t->cls;
    TpyType **items = type_array(types, NULL, cls->field_count);
    for (int i = 0; i < cls->field_count; i++)
        items[i] = cls->fields[i]->type != NULL ? cls->fields[i]->type : types->error;
    return tpy_types_tuple(types, items, cls->field_count);
}

static bool is_variadic_tuple(TpyTypes *types, const TpyType *t)
{
    return t->kind == TPY_TYPE_INSTANCE && t->cls == types->b.tuple && t->count == 1;
}

static bool overlap(TpyTypes *types, TpyType *a, TpyType *b, int depth);

/* mypy's are_tuples_overlapping: a variadic tuple takes the other's length. */
static bool tuples_overlap(TpyTypes *types, TpyType *a, TpyType *b, int depth)
{
    if (a->kind != TPY_TYPE_TUPLE && b->kind != TPY_TYPE_TUPLE)
        return overlap(types, a->items[0], b->items[0], depth + 1);
    TpyType *fixed = a->kind == TPY_TYPE_TUPLE ? a : b, *other = fixed == a ? b : a;
    for (int i = 0; i < fixed->count; i++) {
        TpyType *o = other->kind == TPY_TYPE_TUPLE ? (i < other->count ? other->items[i] : NULL)
                                                   : other->items[0];
        if (other->kind == TPY_TYPE_TUPLE && other->count != fixed->count)
            return false;
        if (!overlap(types, fixed->items[i], o, depth + 1))
            return false;
    }
    return other->kind != TPY_TYPE_TUPLE || other->count == fixed->count;
}

/* `t` satisfies protocol `proto` with its type arguments erased to Any. */
static bool satisfies_erased_protocol(TpyTypes *types, TpyType *t, TpyClass *proto)
{
    TpyType **args = type_array(types, NULL, proto->tparam_count);
    for (int i = 0; i < proto->tparam_count; i++)
        args[i] = types->error;
    return subtype(types, t, tpy_types_instance(types, proto, args, proto->tparam_count), true);
}

/* Protocol instance `proto` (Iterable[int]) and a class that matches it
 * structurally (list[str]): the class's view as the protocol (Iterable[str],
 * solved member by member) must overlap proto's arguments. */
static bool protocol_overlap(TpyTypes *types, TpyType *proto, TpyType *other, int depth)
{
    TpyClass *p = proto->cls;
    if (!satisfies_erased_protocol(types, other, p))
        return false;
    if (p->tparam_count == 0 || proto->count != p->tparam_count || types->member_lookup == NULL)
        return true;
    TpyType *binds[8] = { NULL };
    int n = p->tparam_count < 8 ? p->tparam_count : 8;
    const char *names[32];
    int count = 0;
    if (!protocol_member_names(p, names, &count, 32))
        return true;
    TpyType *generic = tpy_types_instance(types, p, p->tparams, p->tparam_count);
    for (int i = 0; i < count; i++) {
        TpyType *want = types->member_lookup(types->member_lookup_ctx, generic, names[i]);
        TpyType *have = types->member_lookup(types->member_lookup_ctx, other, names[i]);
        if (want != NULL && have != NULL)
            unify(want, have, p->tparams, binds, n, 0);
    }
    for (int i = 0; i < n; i++)
        if (binds[i] != NULL && !overlap(types, binds[i], proto->items[i], depth + 1))
            return false;
    return true;
}

/* mypy's is_overlapping_types (subtypes.py/meet.py), for tpy's kinds of types. */
static bool overlap(TpyTypes *types, TpyType *a, TpyType *b, int depth)
{
    if (a == NULL || b == NULL || depth > 20)
        return true;
    if (a->kind == TPY_TYPE_ERROR || b->kind == TPY_TYPE_ERROR)
        return true;
    a = namedtuple_as_tuple(types, a);
    b = namedtuple_as_tuple(types, b);
    /* Complete overlap, also for NoReturn, object, promotions and protocols. */
    if (subtype(types, a, b, true) || subtype(types, b, a, true))
        return true;
    if (a->kind == TPY_TYPE_UNION || b->kind == TPY_TYPE_UNION) {
        int an = a->kind == TPY_TYPE_UNION ? a->count : 1, bn = b->kind == TPY_TYPE_UNION ? b->count : 1;
        for (int i = 0; i < an; i++)
            for (int j = 0; j < bn; j++)
                if (overlap(types, a->kind == TPY_TYPE_UNION ? a->items[i] : a,
                            b->kind == TPY_TYPE_UNION ? b->items[j] : b, depth + 1))
                    return true;
        return false;
    }
    if ((a->kind == TPY_TYPE_NONE) != (b->kind == TPY_TYPE_NONE))
        return false;
    bool a_tuple = a->kind == TPY_TYPE_TUPLE || is_variadic_tuple(types, a);
    bool b_tuple = b->kind == TPY_TYPE_TUPLE || is_variadic_tuple(types, b);
    if (a_tuple && b_tuple)
        return tuples_overlap(types, a, b, depth);
    if (a->kind == TPY_TYPE_TUPLE)
        a = tpy_types_tuple_fallback(types, a);
    if (b->kind == TPY_TYPE_TUPLE)
        b = tpy_types_tuple_fallback(types, b);
    if (a->kind == TPY_TYPE_CLASSOBJ && b->kind == TPY_TYPE_CLASSOBJ)
        return overlap(types, a->items[0], b->items[0], depth + 1);
    if (a->kind == TPY_TYPE_CLASSOBJ || b->kind == TPY_TYPE_CLASSOBJ) {
        /* Type[C] overlaps only metaclass instances: `type` and its subclasses. */
        TpyType *other = a->kind == TPY_TYPE_CLASSOBJ ? b : a;
        return other->kind != TPY_TYPE_INSTANCE ||
               (types->b.type != NULL && tpy_class_is_subclass(other->cls, types->b.type));
    }
    bool a_fn = a->kind == TPY_TYPE_CALLABLE || a->kind == TPY_TYPE_OVERLOADED;
    bool b_fn = b->kind == TPY_TYPE_CALLABLE || b->kind == TPY_TYPE_OVERLOADED;
    if (a_fn || b_fn) {
        /* Two callables may overlap (mypy compares them loosely); a callable and
         * an instance overlap when the instance could be a function object. */
        if (a_fn && b_fn)
            return true;
        TpyType *other = a_fn ? b : a;
        return other->kind != TPY_TYPE_INSTANCE || types->b.function == NULL ||
               tpy_class_is_subclass(types->b.function, other->cls) ||
               (other->cls->flags & TPY_CLASS_PROTOCOL);
    }
    if (a->kind != TPY_TYPE_INSTANCE || b->kind != TPY_TYPE_INSTANCE)
        return true;   /* modules, type variables: assume they may */
    /* Instances: unrelated classes never overlap; related ones overlap when their
     * type arguments (mapped onto the base) overlap pairwise.  typeshed makes the
     * protocols nominal bases of the builtins; here a protocol is related to
     * whatever matches it with its arguments erased. */
    if ((a->cls->flags & TPY_CLASS_PROTOCOL) && !tpy_class_is_subclass(b->cls, a->cls))
        return protocol_overlap(types, a, b, depth);
    if ((b->cls->flags & TPY_CLASS_PROTOCOL) && !tpy_class_is_subclass(a->cls, b->cls))
        return protocol_overlap(types, b, a, depth);
    if (tpy_class_is_subclass(a->cls, b->cls))
        a = tpy_types_map_to_class(types, a, b->cls);
    else if (tpy_class_is_subclass(b->cls, a->cls))
        b = tpy_types_map_to_class(types, b, a->cls);
    else
        return false;
    if (a == NULL || b == NULL)
        return true;
    if (a->count != b->count)
        return false;
    for (int i = 0; i < a->count; i++)
        if (!overlap(types, a->items[i], b->items[i], depth + 1))
            return false;
    return true;
}

bool tpy_types_overlap(TpyTypes *types, TpyType *a, TpyType *b)
{
    return overlap(types, a, b, 0);
}

/* -------------------------------------------------------------------- join */

TpyType *tpy_types_join(TpyTypes *types, TpyType *a, TpyType *b)
{
    if (a->kind == TPY_TYPE_ERROR || b->kind == TPY_TYPE_ERROR)
        return types->error;
    if (a->kind == TPY_TYPE_NORETURN)
        return b;
    if (b->kind == TPY_TYPE_NORETURN)
        return a;
    if (tpy_types_is_subtype(types, a, b))
        return b;
    if (tpy_types_is_subtype(types, b, a))
        return a;
    if (a->kind == TPY_TYPE_NONE || b->kind == TPY_TYPE_NONE || a->kind == TPY_TYPE_UNION ||
        b->kind == TPY_TYPE_UNION) {
        TpyType *items[2] = { a, b };
        return tpy_types_simplified_union(types, items, 2);
    }
    if (a->kind == TPY_TYPE_TUPLE && b->kind == TPY_TYPE_TUPLE && a->count == b->count) {
        TpyType **items = type_array(types, NULL, a->count);
        for (int i = 0; i < a->count; i++)
            items[i] = tpy_types_join(types, a->items[i], b->items[i]);
        return tpy_types_tuple(types, items, a->count);
    }
    if (a->kind == TPY_TYPE_TUPLE)
        a = tpy_types_tuple_fallback(types, a);
    if (b->kind == TPY_TYPE_TUPLE)
        b = tpy_types_tuple_fallback(types, b);
    if (a->kind == TPY_TYPE_INSTANCE && b->kind == TPY_TYPE_INSTANCE) {
        for (TpyClass *c = a->cls; c != NULL; c = c->base) {
            if (!tpy_class_is_subclass(b->cls, c))
                continue;
            TpyType *ma = tpy_types_map_to_class(types, a, c);
            TpyType *mb = tpy_types_map_to_class(types, b, c);
            if (ma != NULL && mb != NULL && tpy_type_equal(ma, mb))
                return ma;
            if (ma != NULL && c->tparam_count == 0)
                return ma;
            break;
        }
    }
    return types->t_object;
}

/* ---------------------------------------------------------------- printing */

typedef struct Buf { char *p; size_t size, len; } Buf;

static void buf_put(Buf *b, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n && b->len + 1 < b->size; i++)
        b->p[b->len++] = s[i];
    if (b->size > 0)
        b->p[b->len] = '\0';
}

static void format_type(Buf *b, const TpyType *t, int depth);

static void format_list(Buf *b, TpyType *const *items, int count, int depth)
{
    for (int i = 0; i < count; i++) {
        if (i > 0)
            buf_put(b, ", ");
        format_type(b, items[i], depth);
    }
}

static void format_callable(Buf *b, const TpyType *t, int depth)
{
    buf_put(b, "Callable[[");
    int shown = 0;
    for (int i = 0; i < t->count; i++) {
        const TpyParam *p = &t->params[i];
        if (shown++ > 0)
            buf_put(b, ", ");
        const char *wrap = NULL;
        switch (p->kind) {
        case TPY_PARAM_POSONLY: case TPY_PARAM_POS:
            wrap = p->has_default ? "DefaultArg" : NULL;
            break;
        case TPY_PARAM_VARARG: wrap = "VarArg"; break;
        case TPY_PARAM_KWONLY: wrap = p->has_default ? "DefaultNamedArg" : "NamedArg"; break;
        case TPY_PARAM_KWARG: wrap = "KwArg"; break;
        }
        if (wrap == NULL) {
            format_type(b, p->type, depth);
            continue;
        }
        buf_put(b, wrap);
        buf_put(b, "(");
        format_type(b, p->type, depth);
        if (p->name != NULL && p->kind != TPY_PARAM_VARARG && p->kind != TPY_PARAM_KWARG &&
            !(p->kind == TPY_PARAM_POSONLY)) {
            buf_put(b, ", '");
            buf_put(b, p->name);
            buf_put(b, "'");
        }
        buf_put(b, ")");
    }
    buf_put(b, "], ");
    format_type(b, t->ret, depth);
    buf_put(b, "]");
}

static const char *builtin_alias(const TpyClass *cls)
{
    if (cls->module == NULL || strcmp(cls->module, "builtins") != 0)
        return NULL;
    static const char *const map[][2] = {
        { "list", "List" }, { "dict", "Dict" }, { "set", "Set" }, { "frozenset", "FrozenSet" },
        { "type", "Type" }, { NULL, NULL }
    };
    for (int i = 0; map[i][0] != NULL; i++)
        if (strcmp(cls->name, map[i][0]) == 0)
            return map[i][1];
    return NULL;
}

static void format_type(Buf *b, const TpyType *t, int depth)
{
    if (t == NULL) {
        buf_put(b, "?");
        return;
    }
    if (depth > 20) {
        buf_put(b, "...");
        return;
    }
    depth++;
    switch (t->kind) {
    case TPY_TYPE_ERROR: buf_put(b, "Any"); break;
    case TPY_TYPE_NONE: buf_put(b, "None"); break;
    case TPY_TYPE_NORETURN:
        buf_put(b, (t->flags & TPY_NORETURN_NOTHING) ? "<nothing>" : "NoReturn");
        break;
    case TPY_TYPE_INSTANCE: {
        const char *alias = builtin_alias(t->cls);
        if (t->cls->module != NULL && strcmp(t->cls->module, "builtins") == 0 &&
            strcmp(t->cls->name, "tuple") == 0) {
            buf_put(b, "Tuple[");
            format_list(b, t->items, t->count, depth);
            buf_put(b, ", ...]");
            break;
        }
        buf_put(b, alias != NULL ? alias : t->cls->name);
        if (t->count > 0) {
            buf_put(b, "[");
            format_list(b, t->items, t->count, depth);
            buf_put(b, "]");
        }
        break;
    }
    case TPY_TYPE_TUPLE:
        buf_put(b, "Tuple[");
        format_list(b, t->items, t->count, depth);
        buf_put(b, "]");
        break;
    case TPY_TYPE_UNION: {
        int nones = 0;
        for (int i = 0; i < t->count; i++)
            nones += t->items[i]->kind == TPY_TYPE_NONE;
        if (nones == 1 && t->count == 2) {
            buf_put(b, "Optional[");
            format_type(b, t->items[t->items[0]->kind == TPY_TYPE_NONE ? 1 : 0], depth);
            buf_put(b, "]");
        } else {
            buf_put(b, "Union[");
            format_list(b, t->items, t->count, depth);
            buf_put(b, "]");
        }
        break;
    }
    case TPY_TYPE_CALLABLE:
        format_callable(b, t, depth);
        break;
    case TPY_TYPE_OVERLOADED:
        buf_put(b, "Overload(");
        format_list(b, t->items, t->count, depth);
        buf_put(b, ")");
        break;
    case TPY_TYPE_CLASSOBJ:
        buf_put(b, "Type[");
        format_type(b, t->items[0], depth);
        buf_put(b, "]");
        break;
    case TPY_TYPE_MODULE: buf_put(b, "Module"); break;
    case TPY_TYPE_TYPEVAR: case TPY_TYPE_SPECIAL:
        buf_put(b, t->name != NULL ? t->name : "?");
        break;
    }
}

char *tpy_type_format(const TpyType *t, char *buf, size_t size)
{
    Buf b = { buf, size, 0 };
    if (size > 0)
        buf[0] = '\0';
    format_type(&b, t, 0);
    return buf;
}

const char *tpy_type_str(TpyTypes *types, const TpyType *t)
{
    char buf[1024];
    tpy_type_format(t, buf, sizeof buf);
    return tpy_arena_strdup(types->arena, buf);
}
