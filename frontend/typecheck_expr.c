/* frontend/typecheck_expr.c: the type of every expression.
 *
 * tc_expr(e, expected) computes e->type.  `expected` is the context mypy uses
 * for bidirectional inference: `x: list[int] = []`, lambdas passed to a
 * Callable parameter, `field(default_factory=list)`.  Operators are resolved
 * through dunder methods as Python does (left.__op__, then right.__rop__),
 * with mypy's messages when both fail.  Attribute lookup walks the single-base
 * chain, substituting the class's type arguments and binding `self`.
 */
#include <stdio.h>
#include <string.h>

#include "typecheck_internal.h"

/* ----------------------------------------------------------- members */

static TpyType *symbol_member_type(TpyChecker *c, TpySymbol *sym, TpyClass *owner, TpyType *mapped,
                                   TpyType *recv, bool on_class)
{
    TpyTypes *T = &c->types;
    if (sym->type == NULL)
        tc_ensure_field_type(c, sym);
    TpyType *t = sym->type;
    if (t == NULL)
        return T->error;
    if (sym->kind == TPY_SYM_CLASS)
        return tpy_types_classobj(T, tpy_types_instance(T, sym->cls, NULL, 0));
    if (owner->tparam_count > 0 && mapped != NULL)
        t = tpy_types_subst(T, t, owner->tparams, mapped->items, mapped->count, recv);
    if (sym->kind != TPY_SYM_FUNC)
        return t;
    TpyType *fn = t->kind == TPY_TYPE_OVERLOADED && t->count > 0 ? t->items[0] : t;
    unsigned flags = fn->kind == TPY_TYPE_CALLABLE ? fn->flags : 0;
    if (flags & TPY_FN_STATIC)
        return t;
    if (flags & TPY_FN_CLASSMETHOD)
        return tc_bind_method(c, t, on_class ? recv : tpy_types_classobj(T, recv), true);
    if (flags & TPY_FN_PROPERTY) {
        if (on_class)
            return T->error;
        TpyType *b = tc_bind_method(c, fn, recv, false);
        return b->ret;
    }
    if (on_class)
        return tpy_type_has_typevars(t) ? tpy_types_subst(T, t, NULL, NULL, 0, recv) : t;
    return tc_bind_method(c, t, recv, false);
}

static TpyType *instance_member(TpyChecker *c, TpyType *recv, const char *name, TpySymbol **sym_out,
                                TpyClass *start)
{
    TpyTypes *T = &c->types;
    for (TpyClass *k = start; k != NULL; k = k->base) {
        TpySymbol *sym = tpy_scope_lookup(k->members, name);
        if (sym == NULL || sym->kind == TPY_SYM_TYPEVAR)
            continue;
        if (sym_out)
            *sym_out = sym;
        TpyType *mapped = k->tparam_count > 0 ? tpy_types_map_to_class(T, recv, k) : NULL;
        return symbol_member_type(c, sym, k, mapped, recv, false);
    }
    return NULL;
}

TpyType *tc_member(TpyChecker *c, TpyType *recv, const char *name, TpySymbol **sym_out)
{
    TpyTypes *T = &c->types;
    if (sym_out)
        *sym_out = NULL;
    switch (recv->kind) {
    case TPY_TYPE_ERROR:
        return T->error;
    case TPY_TYPE_INSTANCE:
        return instance_member(c, recv, name, sym_out, recv->cls);
    case TPY_TYPE_TUPLE: {
        TpyType *fb = tpy_types_tuple_fallback(T, recv);
        if (fb->kind != TPY_TYPE_INSTANCE)
            return T->error;
        return instance_member(c, fb, name, sym_out, fb->cls);
    }
    case TPY_TYPE_NONE:
        if (T->b.object == NULL)
            return T->error;
        if (strcmp(name, "__bool__") == 0)
            return tpy_types_callable(T, NULL, 0, T->t_bool);
        return instance_member(c, T->t_object, name, sym_out, T->b.object);
    case TPY_TYPE_UNION: {
        TpyType *parts[64];
        int n = 0;
        for (int i = 0; i < recv->count && n < 64; i++) {
            TpyType *m = tc_member(c, recv->items[i], name, sym_out);
            if (m == NULL)
                return NULL;
            parts[n++] = m;
        }
        return tpy_types_union(T, parts, n);
    }
    case TPY_TYPE_CLASSOBJ: {
        TpyType *inst = recv->items[0];
        if (strcmp(name, "__call__") == 0)
            return tc_constructor(c, recv);
        if (inst->kind == TPY_TYPE_INSTANCE) {
            for (TpyClass *k = inst->cls; k != NULL; k = k->base) {
                TpySymbol *sym = tpy_scope_lookup(k->members, name);
                if (sym == NULL || sym->kind == TPY_SYM_TYPEVAR)
                    continue;
                if (sym_out)
                    *sym_out = sym;
                TpyType *mapped = k->tparam_count > 0 ? tpy_types_map_to_class(T, inst, k) : NULL;
                return symbol_member_type(c, sym, k, mapped, recv, true);
            }
        }
        if (T->b.type != NULL)
            return instance_member(c, tpy_types_instance(T, T->b.type, NULL, 0), name, sym_out, T->b.type);
        return NULL;
    }
    case TPY_TYPE_MODULE: {
        TpyModuleInfo *m = recv->module;
        TpySymbol *sym = NULL;
        if (m->scope != NULL)
            sym = tpy_scope_lookup(m->scope, name);
        if (sym == NULL) {
            /* typing.Optional and friends */
            TpySymbol *nat = tpy_scope_lookup(c->natives, name);
            if (nat != NULL && (strcmp(m->name, "typing") == 0 || strcmp(m->name, "dataclasses") == 0)) {
                if (sym_out)
                    *sym_out = nat;
                return nat->type;
            }
            char *full = tpy_arena_printf(c->arena, "%s.%s", m->name, name);
            TpyModuleInfo *sub = tc_import(c, full, NULL, 0, 0, false);
            if (sub != NULL) {
                if (sub->type == NULL) {
                    sub->type = tpy_arena_alloc(c->arena, sizeof(TpyType));
                    sub->type->kind = TPY_TYPE_MODULE;
                    sub->type->module = sub;
                    sub->type->name = sub->name;
                }
                return sub->type;
            }
            /* Attributes every module object has (typeshed's types.ModuleType). */
            if (strcmp(name, "__name__") == 0 || strcmp(name, "__file__") == 0)
                return c->types.t_str;
            if (strcmp(name, "__doc__") == 0 || strcmp(name, "__package__") == 0)
                return tpy_types_optional(&c->types, c->types.t_str);
            return NULL;
        }
        if (sym_out)
            *sym_out = sym;
        if ((sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL)) && sym->target)
            sym = sym->target;
        switch (sym->kind) {
        case TPY_SYM_CLASS:
            return tpy_types_classobj(T, tpy_types_instance(T, sym->cls, NULL, 0));
        default:
            return sym->type != NULL ? sym->type : T->error;
        }
    }
    case TPY_TYPE_CALLABLE: case TPY_TYPE_OVERLOADED:
        if (strcmp(name, "__call__") == 0)
            return recv;
        if (T->b.function != NULL)
            return instance_member(c, tpy_types_instance(T, T->b.function, NULL, 0), name, sym_out,
                                   T->b.function);
        return instance_member(c, T->t_object, name, sym_out, T->b.object);
    case TPY_TYPE_SPECIAL:
        if (recv->special == TPY_SP_SUPER && recv->cls != NULL && recv->count == 1) {
            TpyType *self_t = recv->items[0];
            if (self_t->kind == TPY_TYPE_CLASSOBJ)
                self_t = self_t->items[0];
            return instance_member(c, self_t, name, sym_out, recv->cls->base);
        }
        return NULL;
    default:
        return NULL;
    }
}

TpyType *tc_member_lookup_cb(void *ctx, TpyType *recv, const char *name)
{
    TpyChecker *c = ctx;
    int saved = c->silent;
    c->silent++;
    TpyType *t = tc_member(c, recv, name, NULL);
    c->silent = saved;
    return t;
}

/* ----------------------------------------------------------- keys */

bool tc_expr_key(TpyAstExpr *e, TpySymbol **sym, const char **attr)
{
    if (e->kind == TPY_EXPR_NAME && e->u.name.sym != NULL &&
        (e->u.name.sym->kind == TPY_SYM_VAR || e->u.name.sym->kind == TPY_SYM_PARAM)) {
        *sym = e->u.name.sym;
        *attr = NULL;
        return true;
    }
    if (e->kind == TPY_EXPR_ATTRIBUTE && e->u.attribute.value->kind == TPY_EXPR_NAME &&
        e->u.attribute.value->u.name.sym != NULL &&
        (e->u.attribute.value->u.name.sym->kind == TPY_SYM_VAR ||
         e->u.attribute.value->u.name.sym->kind == TPY_SYM_PARAM)) {
        *sym = e->u.attribute.value->u.name.sym;
        *attr = e->u.attribute.attr;
        return true;
    }
    return false;
}

TpyType *tc_declared_type_of_key(TpyChecker *c, TpySymbol *sym, const char *attr)
{
    if (attr == NULL)
        return sym->type;
    return sym->type ? tc_member(c, sym->type, attr, NULL) : NULL;
}

/* ----------------------------------------------------------- operators */

static const char *binop_dunder(TpyBinOp op, bool reflected)
{
    static const char *const fwd[] = { "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
                                       "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__",
                                       "__xor__", "__and__", "__floordiv__" };
    static const char *const rev[] = { "__radd__", "__rsub__", "__rmul__", "__rmatmul__",
                                       "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__",
                                       "__rrshift__", "__ror__", "__rxor__", "__rand__",
                                       "__rfloordiv__" };
    return reflected ? rev[op] : fwd[op];
}

static TpyType *try_method(TpyChecker *c, TpyType *recv, const char *name, TpyType *arg, bool *found)
{
    TpyType *m = tc_member(c, recv, name, NULL);
    *found = m != NULL;
    if (m == NULL)
        return NULL;
    bool ok = true;
    int saved = c->silent, saved_errors = c->silent_errors;
    c->silent++;
    TpyType *r = tc_call_types(c, m, &arg, 1, NULL, &ok);
    c->silent = saved;
    c->silent_errors = saved_errors;
    return ok ? r : NULL;
}

static bool is_int_like(TpyChecker *c, TpyType *t)
{
    return t->kind == TPY_TYPE_INSTANCE && (t->cls == c->types.b.int_ || t->cls == c->types.b.bool_);
}

/* One operand pair, no unions: NULL when unsupported. */
static TpyType *binop_simple(TpyChecker *c, TpyBinOp op, TpyType *lt, TpyType *rt, TpyAstExpr *right,
                             bool *left_has)
{
    TpyTypes *T = &c->types;
    if (op == TPY_BINOP_POW && is_int_like(c, lt) && is_int_like(c, rt)) {
        /* mypy: int ** literal >= 0 -> int, literal < 0 -> float; tpy: other int -> int */
        *left_has = true;
        if (right != NULL && right->kind == TPY_EXPR_UNARYOP && right->u.unaryop.op == TPY_UNARY_USUB &&
            right->u.unaryop.operand->kind == TPY_EXPR_CONSTANT &&
            right->u.unaryop.operand->u.constant.kind == TPY_CONST_INT &&
            (right->u.unaryop.operand->u.constant.int_value != 0 || right->u.unaryop.operand->u.constant.int_big))
            return T->t_float;
        return T->t_int;
    }
    if (op == TPY_BINOP_MOD && lt->kind == TPY_TYPE_INSTANCE && (lt->cls == T->b.str || lt->cls == T->b.bytes)) {
        *left_has = true;
        return lt;
    }
    bool found = false, rfound = false;
    TpyType *r = try_method(c, lt, binop_dunder(op, false), rt, &found);
    *left_has = found;
    if (r != NULL)
        return r;
    r = try_method(c, rt, binop_dunder(op, true), lt, &rfound);
    if (r != NULL)
        return r;
    /* Tuples concatenate. */
    if (op == TPY_BINOP_ADD && lt->kind == TPY_TYPE_TUPLE && rt->kind == TPY_TYPE_TUPLE) {
        TpyType *items[128];
        int n = 0;
        for (int i = 0; i < lt->count && n < 128; i++) items[n++] = lt->items[i];
        for (int i = 0; i < rt->count && n < 128; i++) items[n++] = rt->items[i];
        return tpy_types_tuple(T, items, n);
    }
    return NULL;
}

TpyType *tc_binop_types(TpyChecker *c, TpyBinOp op, TpyType *lt, TpyType *rt, TpyAstExpr *node,
                        TpyAstExpr *left, TpyAstExpr *right)
{
    TpyTypes *T = &c->types;
    if (lt->kind == TPY_TYPE_ERROR || rt->kind == TPY_TYPE_ERROR)
        return T->error;
    const char *sym = tpy_binop_symbol(op);
    int line = node ? node->pos.line : left->pos.line, col = node ? node->pos.col : left->pos.col;
    if (op == TPY_BINOP_MATMULT) {
        tc_error(c, line, col, "unsupported in tpy: '@' operator");
        return T->error;
    }
    if (node == NULL) {
        /* augmented assignment: try __iop__ first */
        char iname[32];
        const char *fwd = binop_dunder(op, false);
        snprintf(iname, sizeof iname, "__i%s", fwd + 2);
        bool found = false;
        TpyType *r = try_method(c, lt, iname, rt, &found);
        if (r != NULL)
            return r;
    }
    TpyType **lm;
    int ln = 1;
    TpyType *lone[1] = { lt };
    lm = lone;
    if (lt->kind == TPY_TYPE_UNION) {
        lm = lt->items;
        ln = lt->count;
    }
    TpyType *results[64];
    int nr = 0;
    for (int i = 0; i < ln && nr < 64; i++) {
        TpyType **rm;
        int rn = 1;
        TpyType *rone[1] = { rt };
        rm = rone;
        if (rt->kind == TPY_TYPE_UNION) {
            rm = rt->items;
            rn = rt->count;
        }
        for (int j = 0; j < rn && nr < 64; j++) {
            bool left_has = false;
            TpyType *r = binop_simple(c, op, lm[i], rm[j], right, &left_has);
            if (r != NULL) {
                results[nr++] = r;
                continue;
            }
            if (lt->kind == TPY_TYPE_UNION && ln > 1) {
                tc_error(c, line, col, "Unsupported operand types for %s (\"%s\" and \"%s\")", sym,
                         tc_str(c, lm[i]), tc_str(c, rm[j]));
            } else if (rt->kind == TPY_TYPE_UNION && rn > 1) {
                tc_error(c, right->pos.line, right->pos.col, "Unsupported operand types for %s (\"%s\" and \"%s\")",
                         sym, tc_str(c, lm[i]), tc_str(c, rm[j]));
            } else if (!left_has && lt->kind == TPY_TYPE_NONE) {
                tc_error(c, line, col, "Unsupported operand types for %s (\"None\" and \"%s\")", sym, tc_str(c, rt));
            } else if (!left_has) {
                tc_error(c, line, col, "Unsupported left operand type for %s (\"%s\")", sym, tc_str(c, lt));
            } else if (lm[i]->kind == TPY_TYPE_INSTANCE && tc_member(c, lm[i], binop_dunder(op, false), NULL) != NULL &&
                       tc_member(c, lm[i], binop_dunder(op, false), NULL)->kind == TPY_TYPE_OVERLOADED) {
                tc_error(c, line, col, "No overload variant of \"%s\" of \"%s\" matches argument type \"%s\"",
                         binop_dunder(op, false), lm[i]->cls->name, tc_str(c, rt));
            } else {
                tc_error(c, right->pos.line, right->pos.col, "Unsupported operand types for %s (\"%s\" and \"%s\")",
                         sym, tc_str(c, lt), tc_str(c, rt));
            }
            return T->error;
        }
    }
    return nr == 0 ? T->error : tpy_types_union(T, results, nr);
}

static const char *cmp_dunder(TpyCmpOp op, bool reflected)
{
    switch (op) {
    case TPY_CMP_LT: return reflected ? "__gt__" : "__lt__";
    case TPY_CMP_LTE: return reflected ? "__ge__" : "__le__";
    case TPY_CMP_GT: return reflected ? "__lt__" : "__gt__";
    case TPY_CMP_GTE: return reflected ? "__le__" : "__ge__";
    case TPY_CMP_EQ: return "__eq__";
    case TPY_CMP_NOTEQ: return "__ne__";
    default: return NULL;
    }
}

/* --strict-equality (part of --strict).  Does `t` define __eq__ outside builtins?
 * Then == may hold across types, and mypy keeps quiet (custom_special_method). */
static bool custom_eq(TpyChecker *c, TpyType *t)
{
    switch (t->kind) {
    case TPY_TYPE_INSTANCE:
        for (TpyClass *k = t->cls; k != NULL; k = k->base)
            if (k->members != NULL && tpy_scope_lookup(k->members, "__eq__") != NULL)
                return k->module == NULL || strcmp(k->module, "builtins") != 0;
        return false;
    case TPY_TYPE_UNION:
        for (int i = 0; i < t->count; i++)
            if (custom_eq(c, t->items[i]))
                return true;
        return false;
    case TPY_TYPE_ERROR:
        return true;
    default:
        return false;
    }
}

static bool has_bytes_part(TpyChecker *c, TpyType *t)
{
    TpyBuiltins *b = &c->types.b;
    if (t->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < t->count; i++)
            if (has_bytes_part(c, t->items[i]))
                return true;
        return false;
    }
    return t->kind == TPY_TYPE_INSTANCE && (t->cls == b->bytes || t->cls == b->bytearray);
}

/* Set-like builtins whose == compares members across classes (mypy's
 * OVERLAPPING_TYPES_ALLOWLIST): set, frozenset, dict_keys, dict_items. */
static bool is_set_like(TpyChecker *c, TpyType *t)
{
    TpyBuiltins *b = &c->types.b;
    if (t->kind != TPY_TYPE_INSTANCE || b->abstract_set == NULL)
        return false;
    if (t->cls == b->set || t->cls == b->frozenset)
        return true;
    return t->cls->module != NULL && strcmp(t->cls->module, "builtins") == 0 &&
           (strcmp(t->cls->name, "dict_keys") == 0 || strcmp(t->cls->name, "dict_items") == 0);
}

/* A literal operand (mypy's last_known_value): 1, -1, "a", b"a", True.  `text`
 * is its spelling inside Literal[...]; `key` identifies the value (1 == True). */
typedef struct Literal {
    bool present, is_bool;
    const char *text, *key;
} Literal;

static const char *python_repr(TpyChecker *c, const char *s, size_t n, bool bytes)
{
    bool has_single = memchr(s, '\'', n) != NULL, has_double = memchr(s, '"', n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    size_t cap = n * 4 + 4, k = 0;
    char *out = tpy_arena_alloc(c->arena, cap);
    if (bytes)
        out[k++] = 'b';
    out[k++] = quote;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == (unsigned char)quote || ch == '\\') {
            out[k++] = '\\';
            out[k++] = (char)ch;
        } else if (ch == '\n' || ch == '\t' || ch == '\r') {
            out[k++] = '\\';
            out[k++] = ch == '\n' ? 'n' : ch == '\t' ? 't' : 'r';
        } else if (ch < 0x20 || ch == 0x7f || (bytes && ch >= 0x80)) {
            k += (size_t)snprintf(out + k, cap - k, "\\x%02x", ch);
        } else {
            out[k++] = (char)ch;
        }
    }
    out[k++] = quote;
    out[k] = '\0';
    return out;
}

static Literal literal_of(TpyChecker *c, const TpyAstExpr *e)
{
    Literal lit = { false, false, NULL, NULL };
    if (e == NULL)
        return lit;
    bool negative = false;
    if (e->kind == TPY_EXPR_UNARYOP && e->u.unaryop.op == TPY_UNARY_USUB &&
        e->u.unaryop.operand->kind == TPY_EXPR_CONSTANT &&
        e->u.unaryop.operand->u.constant.kind == TPY_CONST_INT) {
        negative = true;
        e = e->u.unaryop.operand;
    }
    if (e->kind != TPY_EXPR_CONSTANT)
        return lit;
    switch (e->u.constant.kind) {
    case TPY_CONST_INT: {
        const char *digits = e->u.constant.int_text;
        bool zero = strcmp(digits, "0") == 0;
        lit.text = tpy_arena_printf(c->arena, "%s%s", negative && !zero ? "-" : "", digits);
        lit.key = zero ? "i0" : strcmp(lit.text, "1") == 0 ? "i1" : tpy_arena_printf(c->arena, "i%s", lit.text);
        break;
    }
    case TPY_CONST_TRUE: case TPY_CONST_FALSE:
        lit.is_bool = true;
        lit.text = e->u.constant.kind == TPY_CONST_TRUE ? "True" : "False";
        lit.key = e->u.constant.kind == TPY_CONST_TRUE ? "i1" : "i0";   /* True == 1 */
        break;
    case TPY_CONST_STR: case TPY_CONST_BYTES: {
        bool bytes = e->u.constant.kind == TPY_CONST_BYTES;
        lit.text = python_repr(c, e->u.constant.str, e->u.constant.str_len, bytes);
        lit.key = tpy_arena_printf(c->arena, "s%s", lit.text);
        break;
    }
    default:
        return lit;
    }
    lit.present = true;
    return lit;
}

/* How an operand is named in a message: its literal type if it has one. */
static const char *operand_str(TpyChecker *c, TpyType *t, const Literal *lit)
{
    if (lit != NULL && lit->present)
        return tpy_arena_printf(c->arena, "Literal[%s]", lit->text);
    return tc_str(c, t);
}

/* mypy's dangerous_comparison: `left` and `right` can never compare equal.
 * `container` is the right operand of `in` (right is then its item type);
 * `llit`/`rlit` are the operands' literal values, if any. */
static bool dangerous_comparison(TpyChecker *c, TpyType *left, TpyType *right, TpyType *container,
                                 const Literal *llit, const Literal *rlit)
{
    TpyTypes *T = &c->types;
    if (custom_eq(c, left) || custom_eq(c, right))
        return false;
    if (left->kind == TPY_TYPE_NONE || right->kind == TPY_TYPE_NONE)
        return false;
    if (left->kind == TPY_TYPE_UNION && right->kind == TPY_TYPE_UNION) {
        left = tpy_types_remove_none(T, left);
        right = tpy_types_remove_none(T, right);
    }
    if (container != NULL && has_bytes_part(c, container) && has_bytes_part(c, left))
        return false;   /* b"a" in b"abc" is a substring test */
    if (is_set_like(c, left) && is_set_like(c, right)) {
        TpyType *l = tpy_types_map_to_class(T, left, T->b.abstract_set);
        TpyType *r = tpy_types_map_to_class(T, right, T->b.abstract_set);
        if (l != NULL && r != NULL && l->count == 1 && r->count == 1)
            return dangerous_comparison(c, l->items[0], r->items[0], NULL, NULL, NULL);
    }
    if (left->kind == TPY_TYPE_INSTANCE && right->kind == TPY_TYPE_INSTANCE && left->cls == right->cls &&
        (left->cls == T->b.list || left->cls == T->b.tuple) && left->count == 1 && right->count == 1)
        return dangerous_comparison(c, left->items[0], right->items[0], NULL, NULL, NULL);
    if (llit != NULL && llit->present && rlit != NULL && rlit->present) {
        if (llit->is_bool && rlit->is_bool)
            return false;   /* comparing booleans is not dangerous */
        if (strcmp(llit->key, rlit->key) != 0)
            return true;    /* Literal[1] == Literal[2] */
    }
    return !tpy_types_overlap(T, left, right);
}

/* The item type `x in t` compares against, when t is a nominal container
 * (mypy's analyze_container_item_type); NULL otherwise. */
static TpyType *container_item(TpyChecker *c, TpyType *t)
{
    TpyTypes *T = &c->types;
    if (t->kind == TPY_TYPE_UNION) {
        TpyType *items[64];
        int n = 0;
        for (int i = 0; i < t->count && n < 64; i++) {
            TpyType *it = container_item(c, t->items[i]);
            if (it != NULL)
                items[n++] = it;
        }
        return n > 0 ? tpy_types_union(T, items, n) : NULL;
    }
    if (T->b.collection == NULL || (t->kind != TPY_TYPE_INSTANCE && t->kind != TPY_TYPE_TUPLE))
        return NULL;
    TpyType *m = tpy_types_map_to_class(T, t, T->b.collection);
    return m != NULL && m->count == 1 ? m->items[0] : NULL;
}

static TpyType *compare_pair(TpyChecker *c, TpyCmpOp op, TpyType *lt, TpyType *rt, TpyAstExpr *node,
                             TpyAstExpr *left, TpyAstExpr *right)
{
    TpyTypes *T = &c->types;
    if (lt->kind == TPY_TYPE_ERROR || rt->kind == TPY_TYPE_ERROR)
        return T->t_bool;
    switch (op) {
    case TPY_CMP_EQ: case TPY_CMP_NOTEQ: case TPY_CMP_IS: case TPY_CMP_ISNOT: {
        Literal llit = literal_of(c, left), rlit = literal_of(c, right);
        if (dangerous_comparison(c, lt, rt, NULL, &llit, &rlit))
            tc_error(c, node->pos.line, node->pos.col,
                     "Non-overlapping %s check (left operand type: \"%s\", right operand type: \"%s\")",
                     op == TPY_CMP_EQ || op == TPY_CMP_NOTEQ ? "equality" : "identity",
                     operand_str(c, lt, &llit), operand_str(c, rt, &rlit));
        return T->t_bool;
    }
    case TPY_CMP_IN: case TPY_CMP_NOTIN: {
        TpyType **rm;
        int rn = 1;
        TpyType *rone[1] = { rt };
        rm = rone;
        if (rt->kind == TPY_TYPE_UNION) {
            rm = rt->items;
            rn = rt->count;
        }
        for (int i = 0; i < rn; i++) {
            bool found = false;
            TpyType *r = try_method(c, rm[i], "__contains__", lt, &found);
            if (r != NULL)
                continue;
            if (found) {
                TpyType *m = tc_member(c, rm[i], "__contains__", NULL);
                TpyType *want = m && m->kind == TPY_TYPE_CALLABLE && m->count > 0 ? m->params[0].type : T->error;
                tc_error(c, node->pos.line, node->pos.col,
                         "Unsupported operand types for %s (\"%s\" and \"%s\")", tpy_cmpop_symbol(op),
                         tc_str(c, lt), tc_str(c, rm[i]));
                (void)want;
                return T->t_bool;
            }
            if (tc_member(c, rm[i], "__iter__", NULL) != NULL)
                continue;
            tc_error(c, node->pos.line, node->pos.col, "Unsupported right operand type for %s (\"%s\")",
                     tpy_cmpop_symbol(op), tc_str(c, rt));
            return T->t_bool;
        }
        TpyType *item = container_item(c, rt);
        if (item != NULL && dangerous_comparison(c, lt, item, rt, NULL, NULL))
            tc_error(c, node->pos.line, node->pos.col,
                     "Non-overlapping container check (element type: \"%s\", container item type: \"%s\")",
                     tc_str(c, lt), tc_str(c, item));
        return T->t_bool;
    }
    default: {
        TpyType **lm;
        int ln = 1;
        TpyType *lone[1] = { lt };
        lm = lone;
        if (lt->kind == TPY_TYPE_UNION) {
            lm = lt->items;
            ln = lt->count;
        }
        TpyType *result = NULL;
        for (int i = 0; i < ln; i++) {
            bool found = false, rfound = false;
            TpyType *r = try_method(c, lm[i], cmp_dunder(op, false), rt, &found);
            if (r == NULL && rt->kind != TPY_TYPE_UNION)
                r = try_method(c, rt, cmp_dunder(op, true), lm[i], &rfound);
            if (r == NULL) {
                if (ln > 1 && !found)
                    tc_error(c, node->pos.line, node->pos.col, "Unsupported operand types for %s (\"%s\" and \"%s\")",
                             tpy_cmpop_symbol(op == TPY_CMP_LT ? TPY_CMP_GT : op == TPY_CMP_GT ? TPY_CMP_LT
                                              : op == TPY_CMP_LTE ? TPY_CMP_GTE : TPY_CMP_LTE),
                             tc_str(c, rt), tc_str(c, lm[i]));
                else if (ln > 1)
                    tc_error(c, node->pos.line, node->pos.col, "Unsupported operand types for %s (\"%s\" and \"%s\")",
                             tpy_cmpop_symbol(op), tc_str(c, lm[i]), tc_str(c, rt));
                else if (!found || (lm[i]->kind == TPY_TYPE_INSTANCE && lm[i]->cls == T->b.object))
                    tc_error(c, node->pos.line, node->pos.col, "Unsupported left operand type for %s (\"%s\")",
                             tpy_cmpop_symbol(op), tc_str(c, lt));
                else
                    tc_error(c, right->pos.line, right->pos.col, "Unsupported operand types for %s (\"%s\" and \"%s\")",
                             tpy_cmpop_symbol(op), tc_str(c, lt), tc_str(c, rt));
                return T->t_bool;
            }
            result = result ? tpy_types_join(T, result, r) : r;
        }
        return result ? result : T->t_bool;
    }
    }
}

/* ----------------------------------------------------------- iteration */

TpyType *tc_iter_item(TpyChecker *c, TpyType *t, TpyAstExpr *node)
{
    TpyTypes *T = &c->types;
    if (t->kind == TPY_TYPE_ERROR)
        return T->error;
    if (t->kind == TPY_TYPE_TUPLE) {
        TpyType *j = T->nothing;
        for (int i = 0; i < t->count; i++)
            j = tpy_types_join(T, j, t->items[i]);
        return j;
    }
    if (t->kind == TPY_TYPE_UNION) {
        TpyType *parts[64];
        int n = 0;
        for (int i = 0; i < t->count && n < 64; i++) {
            if (t->items[i]->kind == TPY_TYPE_NONE) {
                tc_error(c, node->pos.line, node->pos.col,
                         "Item \"None\" of \"%s\" has no attribute \"__iter__\" (not iterable)", tc_str(c, t));
                parts[n++] = T->error;
                continue;
            }
            parts[n++] = tc_iter_item(c, t->items[i], node);
        }
        return tpy_types_union(T, parts, n);
    }
    TpyType *it = tc_member(c, t, "__iter__", NULL);
    if (it != NULL && it->kind == TPY_TYPE_CALLABLE) {
        TpyType *iter = it->ret;
        TpyType *nx = tc_member(c, iter, "__next__", NULL);
        if (nx != NULL && nx->kind == TPY_TYPE_CALLABLE)
            return nx->ret;
        return T->error;
    }
    TpyType *gi = tc_member(c, t, "__getitem__", NULL);
    if (gi != NULL && gi->kind == TPY_TYPE_CALLABLE)
        return gi->ret;
    tc_error(c, node->pos.line, node->pos.col, "\"%s\" has no attribute \"__iter__\" (not iterable)", tc_str(c, t));
    return T->error;
}

/* ----------------------------------------------------------- displays */

static TpyType *elem_context(TpyChecker *c, TpyType *expected, TpyClass *cls, int index)
{
    if (expected == NULL)
        return NULL;
    if (expected->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < expected->count; i++) {
            TpyType *r = elem_context(c, expected->items[i], cls, index);
            if (r != NULL)
                return r;
        }
        return NULL;
    }
    if (expected->kind != TPY_TYPE_INSTANCE || cls == NULL)
        return NULL;
    if (expected->cls == cls)
        return index < expected->count ? expected->items[index] : NULL;
    /* Iterable[T], Sequence[T], Mapping[K, V] contexts: map our class onto theirs. */
    TpyType *self_t = tpy_types_instance(&c->types, cls, cls->tparams, cls->tparam_count);
    if (cls->tparam_count <= index)
        return NULL;
    TpyType *binds[4] = { NULL };
    int n = cls->tparam_count < 4 ? cls->tparam_count : 4;
    TpyType *mapped = tpy_types_map_to_class(&c->types, self_t, expected->cls);
    if (mapped != NULL) {
        tc_infer(c, mapped, expected, cls->tparams, binds, n, 0);
    } else if ((expected->cls->flags & TPY_CLASS_PROTOCOL) && expected->cls->members != NULL) {
        /* A protocol (Iterable[T], Collection[T]) the class matches structurally:
         * solve list[T].__iter__ against Iterable[X].__iter__, member by member. */
        TpyScope *members = expected->cls->members;
        for (int i = 0; i < members->count; i++) {
            if (members->symbols[i]->kind != TPY_SYM_FUNC)
                continue;
            const char *name = members->symbols[i]->name;
            TpyType *want = tc_member_lookup_cb(c, expected, name);
            TpyType *have = tc_member_lookup_cb(c, self_t, name);
            if (want != NULL && have != NULL)
                tc_infer(c, have, want, cls->tparams, binds, n, 0);
        }
    }
    return binds[index];
}

static TpyType *join_elements(TpyChecker *c, TpyAstExpr **items, int n, TpyType *ctx, bool allow_star,
                              bool is_set)
{
    TpyTypes *T = &c->types;
    TpyType *j = T->nothing;
    bool fits = ctx != NULL;
    for (int i = 0; i < n; i++) {
        TpyAstExpr *e = items[i];
        TpyType *t;
        if (allow_star && e->kind == TPY_EXPR_STARRED) {
            TpyType *st = tc_expr(c, e->u.starred.value, NULL);
            e->type = st;
            t = tc_iter_item(c, st, e);
        } else {
            t = tc_expr(c, e, ctx);
        }
        if (ctx != NULL && !tc_is_subtype(c, t, ctx) && !tpy_type_has_typevars(ctx) &&
            e->kind != TPY_EXPR_STARRED) {
            if (is_set)
                tc_error(c, e->pos.line, e->pos.col, "Argument %d to <set> has incompatible type \"%s\"; expected \"%s\"",
                         i + 1, tc_str(c, t), tc_str(c, ctx));
            else
                tc_error(c, e->pos.line, e->pos.col, "List item %d has incompatible type \"%s\"; expected \"%s\"",
                         i, tc_str(c, t), tc_str(c, ctx));
            t = ctx;
        }
        if (fits && !tc_is_subtype(c, t, ctx))
            fits = false;
        j = i == 0 ? t : tpy_types_join(T, j, t);
    }
    if (fits)
        return ctx;
    return j;
}

static TpyType *check_comprehension(TpyChecker *c, TpyAstExpr *e, TpyAstComprehensionList *gens,
                                    TpyAstExpr *elt, TpyAstExpr *key, TpyType *elt_ctx, TpyType *key_ctx,
                                    TpyType **key_out)
{
    TpyTypes *T = &c->types;
    TpyScope *scope = tpy_scope_new(c->arena, TPY_SCOPE_COMPREHENSION, "<comprehension>", c->fn->scope);
    FuncCtx fc = *c->fn;
    fc.parent = c->fn;
    fc.scope = scope;
    FuncCtx *saved_fn = c->fn;
    Env saved_env = tc_env_copy(c, &c->env);
    for (int g = 0; g < gens->count; g++) {
        TpyAstComprehension *comp = gens->items[g];
        comp->scope = scope;
        /* The first iterable is evaluated in the enclosing scope. */
        TpyType *it = tc_expr(c, comp->iter, NULL);
        TpyType *item = tc_iter_item(c, it, comp->iter);
        c->fn = &fc;
        TpyAstStmtList none = { 0 };
        (void)none;
        /* bind targets */
        TpyAstExpr *stack[64];
        int sp = 0;
        stack[sp++] = comp->target;
        while (sp > 0) {
            TpyAstExpr *t = stack[--sp];
            if (t->kind == TPY_EXPR_NAME) {
                if (tpy_scope_lookup(scope, t->u.name.id) == NULL) {
                    TpySymbol *s = tpy_scope_add(c->arena, scope, t->u.name.id, TPY_SYM_VAR);
                    s->line = t->pos.line;
                    s->col = t->pos.col;
                }
            } else if (t->kind == TPY_EXPR_TUPLE || t->kind == TPY_EXPR_LIST) {
                for (int i = 0; i < t->u.list.elts.count && sp < 64; i++)
                    stack[sp++] = t->u.list.elts.items[i];
            } else if (t->kind == TPY_EXPR_STARRED && sp < 64) {
                stack[sp++] = t->u.starred.value;
            }
        }
        for (int i = 0; i < scope->count; i++)
            tc_env_kill(&c->env, scope->symbols[i], NULL);
        tc_assign_to(c, comp->target, item, NULL);
        for (int i = 0; i < comp->ifs.count; i++) {
            Env t, f;
            tc_narrow_condition(c, comp->ifs.items[i], &t, &f);
            c->env = t;
        }
    }
    c->fn = &fc;
    TpyType *result = T->error;
    /* With a context the element type is fixed and a mismatch is reported at the
     * element, in mypy's words (messages.py, incompatible_argument). */
    if (key != NULL) {
        TpyType *kt = tc_expr(c, key, key_ctx);
        *key_out = key_ctx != NULL && tc_is_subtype(c, kt, key_ctx) ? key_ctx : kt;
        if (key_ctx != NULL && !tpy_type_has_typevars(key_ctx) && !tc_is_subtype(c, kt, key_ctx)) {
            tc_error(c, key->pos.line, key->pos.col,
                     "Key expression in dictionary comprehension has incompatible type \"%s\"; expected type \"%s\"",
                     tc_str(c, kt), tc_str(c, key_ctx));
            *key_out = key_ctx;
        }
    }
    if (elt != NULL) {
        TpyType *et = tc_expr(c, elt, elt_ctx);
        result = elt_ctx != NULL && tc_is_subtype(c, et, elt_ctx) ? elt_ctx : et;
        if (elt_ctx != NULL && !tpy_type_has_typevars(elt_ctx) && !tc_is_subtype(c, et, elt_ctx)) {
            const char *ets = tc_str(c, et), *cts = tc_str(c, elt_ctx);
            int line = elt->pos.line, col = elt->pos.col;
            switch (e->kind) {
            case TPY_EXPR_LISTCOMP:
                tc_error(c, line, col, "List comprehension has incompatible type List[%s]; expected List[%s]", ets, cts);
                break;
            case TPY_EXPR_SETCOMP:
                tc_error(c, line, col, "Set comprehension has incompatible type Set[%s]; expected Set[%s]", ets, cts);
                break;
            case TPY_EXPR_DICTCOMP:
                tc_error(c, line, col,
                         "Value expression in dictionary comprehension has incompatible type \"%s\"; expected type \"%s\"",
                         ets, cts);
                break;
            default:
                tc_error(c, line, col, "Generator has incompatible item type \"%s\"; expected \"%s\"", ets, cts);
                break;
            }
            result = elt_ctx;
        }
    }
    c->fn = saved_fn;
    c->env = saved_env;
    return result;
}

/* Callable[..., R]: parameters unspecified. */
static bool is_any_params(TpyChecker *c, const TpyType *fn)
{
    (void)c;
    return fn->count == 2 && fn->params[0].kind == TPY_PARAM_VARARG &&
           fn->params[0].type->kind == TPY_TYPE_ERROR && fn->params[1].kind == TPY_PARAM_KWARG &&
           fn->params[1].type->kind == TPY_TYPE_ERROR;
}

/* The lambda's parameter kinds (positional or keyword-only, required or
 * optional) equal those of the context's, one for one. */
static bool lambda_kinds_match(const TpyAstArguments *a, const TpyType *ctx)
{
    int np = a->posonlyargs.count + a->args.count;
    if (ctx->count != np + a->kwonlyargs.count)
        return false;
    for (int i = 0; i < ctx->count; i++) {
        const TpyParam *p = &ctx->params[i];
        bool optional, keyword_only = i >= np;
        if (!keyword_only)
            optional = i >= np - a->defaults.count;
        else
            optional = a->kw_defaults.items[i - np] != NULL;
        bool ctx_keyword_only = p->kind == TPY_PARAM_KWONLY;
        if (p->kind == TPY_PARAM_VARARG || p->kind == TPY_PARAM_KWARG ||
            ctx_keyword_only != keyword_only || p->has_default != optional)
            return false;
    }
    return true;
}

static TpyType *check_lambda(TpyChecker *c, TpyAstExpr *e, TpyType *expected)
{
    TpyTypes *T = &c->types;
    TpyAstArguments *a = e->u.lambda.args;
    TpyScope *scope = tpy_scope_new(c->arena, TPY_SCOPE_LAMBDA, "<lambda>", c->fn->scope);
    e->u.lambda.scope = scope;
    TpyType *ctx = expected;
    if (ctx != NULL && ctx->kind == TPY_TYPE_UNION) {
        TpyType *found = NULL;
        for (int i = 0; i < ctx->count; i++)
            if (ctx->items[i]->kind == TPY_TYPE_CALLABLE)
                found = ctx->items[i];
        ctx = found;
    }
    if (ctx != NULL && ctx->kind != TPY_TYPE_CALLABLE)
        ctx = NULL;
    int np = a->posonlyargs.count + a->args.count;
    if (ctx != NULL && !is_any_params(c, ctx) && a->vararg == NULL && a->kwarg == NULL &&
        !lambda_kinds_match(a, ctx)) {
        /* mypy (infer_lambda_type_using_context): a context whose parameter
         * kinds differ from the lambda's cannot type it. */
        tc_error(c, e->pos.line, e->pos.col, "Cannot infer type of lambda");
        ctx = NULL;
    }
    TpyParam *ps = tpy_arena_alloc(c->arena, sizeof(TpyParam) * (size_t)(np + 3));
    int n = 0;
    for (int i = 0; i < np; i++) {
        TpyAstArg *arg = i < a->posonlyargs.count ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.count];
        TpyType *pt = T->error;
        if (ctx != NULL && i < ctx->count && (ctx->params[i].kind == TPY_PARAM_POS ||
                                              ctx->params[i].kind == TPY_PARAM_POSONLY))
            pt = ctx->params[i].type;
        TpySymbol *sym = tpy_scope_add(c->arena, scope, arg->name, TPY_SYM_PARAM);
        sym->type = pt;
        sym->line = arg->pos.line;
        sym->col = arg->pos.col;
        arg->sym = sym;
        ps[n++] = (TpyParam){ arg->name, pt, TPY_PARAM_POS, i >= np - a->defaults.count };
    }
    if (a->vararg) {
        TpySymbol *sym = tpy_scope_add(c->arena, scope, a->vararg->name, TPY_SYM_PARAM);
        sym->type = T->b.tuple ? tpy_types_instance1(T, T->b.tuple, T->error) : T->error;
        a->vararg->sym = sym;
        ps[n++] = (TpyParam){ a->vararg->name, T->error, TPY_PARAM_VARARG, false };
    }
    for (int i = 0; i < a->kwonlyargs.count; i++) {
        TpySymbol *sym = tpy_scope_add(c->arena, scope, a->kwonlyargs.items[i]->name, TPY_SYM_PARAM);
        sym->type = T->error;
        a->kwonlyargs.items[i]->sym = sym;
    }
    if (a->kwarg) {
        TpySymbol *sym = tpy_scope_add(c->arena, scope, a->kwarg->name, TPY_SYM_PARAM);
        sym->type = T->error;
        a->kwarg->sym = sym;
        ps[n++] = (TpyParam){ a->kwarg->name, T->error, TPY_PARAM_KWARG, false };
    }
    for (int i = 0; i < a->defaults.count; i++)
        tc_expr(c, a->defaults.items[i], NULL);
    FuncCtx fc = { 0 };
    fc.parent = c->fn;
    fc.scope = scope;
    fc.is_lambda = true;
    fc.cls = c->fn->cls;
    fc.self_sym = c->fn->self_sym;
    FuncCtx *saved_fn = c->fn;
    c->fn = &fc;
    Env saved_env = tc_env_copy(c, &c->env);
    TpyType *ret_ctx = ctx != NULL ? ctx->ret : NULL;
    if (ret_ctx != NULL && ret_ctx->kind == TPY_TYPE_NONE)
        ret_ctx = NULL;
    TpyType *body = tc_expr(c, e->u.lambda.body, ret_ctx);
    if (ret_ctx != NULL && !tpy_type_has_typevars(ret_ctx) && !tc_is_subtype(c, body, ret_ctx))
        tc_error(c, e->u.lambda.body->pos.line, e->u.lambda.body->pos.col,
                 "Incompatible return value type (got \"%s\", expected \"%s\")", tc_str(c, body),
                 tc_str(c, ret_ctx));
    c->fn = saved_fn;
    c->env = saved_env;
    TpyType *ret = body;
    if (ctx != NULL && ctx->ret != NULL && ctx->ret->kind == TPY_TYPE_NONE)
        ret = T->none;   /* a lambda whose result is ignored */
    /* Adopt the context's return type unless it is a placeholder: an error type
     * stands for a type variable not inferred yet (map(lambda x: x + 1, xs)). */
    if (ctx != NULL && ctx->ret != NULL && ctx->ret->kind != TPY_TYPE_NONE &&
        ctx->ret->kind != TPY_TYPE_ERROR && tc_is_subtype(c, body, ctx->ret) &&
        !tpy_type_has_typevars(ctx->ret))
        ret = ctx->ret;
    TpyType *fn = tpy_types_callable(T, ps, n, ret);
    return fn;
}

/* ----------------------------------------------------------- subscripts */

static TpyType *subscript(TpyChecker *c, TpyAstExpr *e)
{
    TpyTypes *T = &c->types;
    TpyType *vt = tc_expr(c, e->u.subscript.value, NULL);
    TpyAstExpr *idx = e->u.subscript.slice;
    if (vt->kind == TPY_TYPE_CLASSOBJ || (vt->kind == TPY_TYPE_SPECIAL)) {
        /* list[int] used as a value (e.g. a constructor call) */
        int saved = c->silent;
        c->silent++;
        TpyType *t = tc_resolve_annotation(c, e, c->fn->scope);
        c->silent = saved;
        if (idx->type == NULL)
            idx->type = T->error;
        return t->kind == TPY_TYPE_ERROR ? t : tpy_types_classobj(T, t);
    }
    TpyType *it = tc_expr(c, idx, NULL);
    if (vt->kind == TPY_TYPE_ERROR || it->kind == TPY_TYPE_ERROR)
        return T->error;
    TpyType *tuple_view = vt;
    if (vt->kind == TPY_TYPE_INSTANCE && (vt->cls->flags & TPY_CLASS_NAMEDTUPLE)) {
        TpyType *items[64];
        int k = 0;
        for (int i = 0; i < vt->cls->field_count && k < 64; i++)
            items[k++] = vt->cls->fields[i]->type ? vt->cls->fields[i]->type : T->error;
        tuple_view = tpy_types_tuple(T, items, k);
    }
    if (tuple_view->kind == TPY_TYPE_TUPLE) {
        TpyAstExpr *ix = idx;
        bool neg = false;
        if (ix->kind == TPY_EXPR_UNARYOP && ix->u.unaryop.op == TPY_UNARY_USUB) {
            neg = true;
            ix = ix->u.unaryop.operand;
        }
        if (ix->kind == TPY_EXPR_CONSTANT && ix->u.constant.kind == TPY_CONST_INT) {
            long long i = ix->u.constant.int_big ? (1LL << 62) : ix->u.constant.int_value;
            if (neg)
                i = -i;
            if (i < 0)
                i += tuple_view->count;
            if (i < 0 || i >= tuple_view->count) {
                tc_error(c, e->pos.line, e->pos.col, "Tuple index out of range");
                return T->error;
            }
            return tuple_view->items[i];
        }
        if (idx->kind == TPY_EXPR_SLICE && idx->u.slice.step == NULL) {
            long long lo = 0, hi = tuple_view->count;
            bool literal = true;
            TpyAstExpr *bounds[2] = { idx->u.slice.lower, idx->u.slice.upper };
            long long vals[2] = { lo, hi };
            for (int b = 0; b < 2; b++) {
                TpyAstExpr *x = bounds[b];
                if (x == NULL)
                    continue;
                bool ng = false;
                if (x->kind == TPY_EXPR_UNARYOP && x->u.unaryop.op == TPY_UNARY_USUB) {
                    ng = true;
                    x = x->u.unaryop.operand;
                }
                if (x->kind != TPY_EXPR_CONSTANT || x->u.constant.kind != TPY_CONST_INT || x->u.constant.int_big) {
                    literal = false;
                    break;
                }
                long long v = ng ? -x->u.constant.int_value : x->u.constant.int_value;
                if (v < 0) v += tuple_view->count;
                if (v < 0) v = 0;
                if (v > tuple_view->count) v = tuple_view->count;
                vals[b] = v;
            }
            if (literal) {
                int n = vals[1] > vals[0] ? (int)(vals[1] - vals[0]) : 0;
                return tpy_types_tuple(T, tuple_view->items + vals[0], n);
            }
        }
    }
    if (vt->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < vt->count; i++)
            if (vt->items[i]->kind == TPY_TYPE_NONE) {
                tc_error(c, e->pos.line, e->pos.col, "Value of type \"%s\" is not indexable", tc_str(c, vt));
                return T->error;
            }
    }
    TpyType *gi = tc_member(c, vt, "__getitem__", NULL);
    if (gi == NULL) {
        if (vt->kind == TPY_TYPE_CLASSOBJ || vt->kind == TPY_TYPE_NONE || vt->kind == TPY_TYPE_INSTANCE ||
            vt->kind == TPY_TYPE_UNION)
            tc_error(c, e->pos.line, e->pos.col, "Value of type \"%s\" is not indexable", tc_str(c, vt));
        else
            tc_error(c, e->pos.line, e->pos.col, "Value of type \"%s\" is not indexable", tc_str(c, vt));
        return T->error;
    }
    bool ok = true;
    int saved = c->silent, saved_errors = c->silent_errors;
    c->silent++;
    TpyType *r = tc_call_types(c, gi, &it, 1, e, &ok);
    c->silent = saved;
    c->silent_errors = saved_errors;
    if (ok)
        return r;
    if (gi->kind == TPY_TYPE_OVERLOADED) {
        tc_error(c, e->pos.line, e->pos.col, "No overload variant of \"__getitem__\" of \"%s\" matches argument type \"%s\"",
                 vt->kind == TPY_TYPE_INSTANCE ? vt->cls->name : "tuple", tc_str(c, it));
    } else if (gi->kind == TPY_TYPE_CALLABLE && gi->count >= 1) {
        tc_error(c, idx->pos.line, idx->pos.col, "Invalid index type \"%s\" for \"%s\"; expected type \"%s\"",
                 tc_str(c, it), tc_str(c, vt), tc_str(c, gi->params[0].type));
    } else {
        tc_error(c, e->pos.line, e->pos.col, "Value of type \"%s\" is not indexable", tc_str(c, vt));
    }
    return T->error;
}

/* ----------------------------------------------------------- names */

static TpyType *name_type(TpyChecker *c, TpyAstExpr *e)
{
    TpyTypes *T = &c->types;
    TpySymbol *sym = tc_lookup_name(c, c->fn->scope, e->u.name.id);
    e->u.name.sym = sym;
    if (sym == NULL) {
        tc_error(c, e->pos.line, e->pos.col, "Name \"%s\" is not defined", e->u.name.id);
        return T->error;
    }
    if ((sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL)) && sym->target != NULL) {
        sym = sym->target;
        e->u.name.sym = sym;
    }
    switch (sym->kind) {
    case TPY_SYM_CLASS:
        if (sym->cls == NULL)
            return T->error;
        return tpy_types_classobj(T, tpy_types_instance(T, sym->cls, NULL, 0));
    case TPY_SYM_MODULE: case TPY_SYM_SPECIAL: case TPY_SYM_FUNC:
        return sym->type != NULL ? sym->type : T->error;
    case TPY_SYM_TYPEVAR:
        return T->error;
    default: {
        NarrowEntry *n = tc_env_find(&c->env, sym, NULL);
        if (n != NULL)
            return n->type;
        if (sym->type == NULL && (sym->flags & (TPY_SYMF_FIELD | TPY_SYMF_CLASSVAR)))
            tc_ensure_field_type(c, sym);
        return sym->type != NULL ? sym->type : T->error;
    }
    }
}

static TpyType *attribute_type(TpyChecker *c, TpyAstExpr *e)
{
    TpyTypes *T = &c->types;
    TpyType *obj = tc_expr(c, e->u.attribute.value, NULL);
    const char *name = e->u.attribute.attr;
    if (obj->kind == TPY_TYPE_ERROR)
        return T->error;
    TpySymbol *ksym;
    const char *kattr;
    if (tc_expr_key(e, &ksym, &kattr)) {
        NarrowEntry *n = tc_env_find(&c->env, ksym, kattr);
        if (n != NULL) {
            /* still report a missing attribute on the underlying object */
            return n->type;
        }
    }
    if (obj->kind == TPY_TYPE_UNION) {
        TpyType *parts[64];
        int np = 0;
        bool failed = false;
        for (int i = 0; i < obj->count && np < 64; i++) {
            TpyType *m = tc_member(c, obj->items[i], name, NULL);
            if (m == NULL) {
                tc_error(c, e->pos.line, e->pos.col, "Item \"%s\" of \"%s\" has no attribute \"%s\"",
                         tc_str(c, obj->items[i]), tc_str(c, obj), name);
                failed = true;
                continue;
            }
            parts[np++] = m;
        }
        if (failed)
            return T->error;
        return tpy_types_union(T, parts, np);
    }
    TpyType *m = tc_member(c, obj, name, NULL);
    if (m != NULL)
        return m;
    if (obj->kind == TPY_TYPE_MODULE)
        tc_error(c, e->pos.line, e->pos.col, "Module has no attribute \"%s\"", name);
    else if (obj->kind == TPY_TYPE_CLASSOBJ && obj->items[0]->kind == TPY_TYPE_INSTANCE)
        tc_error(c, e->pos.line, e->pos.col, "\"Type[%s]\" has no attribute \"%s\"", tc_str(c, obj->items[0]), name);
    else if (obj->kind == TPY_TYPE_SPECIAL && obj->special == TPY_SP_SUPER)
        tc_error(c, e->pos.line, e->pos.col, "\"%s\" undefined in superclass", name);
    else
        tc_error(c, e->pos.line, e->pos.col, "\"%s\" has no attribute \"%s\"", tc_str(c, obj), name);
    return T->error;
}

/* ----------------------------------------------------------- tc_expr */

static TpyType *expr_inner(TpyChecker *c, TpyAstExpr *e, TpyType *expected)
{
    TpyTypes *T = &c->types;
    switch (e->kind) {
    case TPY_EXPR_CONSTANT:
        switch (e->u.constant.kind) {
        case TPY_CONST_NONE: return T->none;
        case TPY_CONST_TRUE: case TPY_CONST_FALSE: return T->t_bool;
        case TPY_CONST_INT: return T->t_int;
        case TPY_CONST_FLOAT: return T->t_float;
        case TPY_CONST_IMAG: return T->t_complex;
        case TPY_CONST_STR: return T->t_str;
        case TPY_CONST_BYTES: return T->t_bytes;
        case TPY_CONST_ELLIPSIS: return T->error;
        }
        return T->error;
    case TPY_EXPR_NAME:
        return name_type(c, e);
    case TPY_EXPR_ATTRIBUTE:
        return attribute_type(c, e);
    case TPY_EXPR_BINOP: {
        TpyType *lt, *rt;
        if (e->u.binop.op == TPY_BINOP_MULT && e->u.binop.left->kind == TPY_EXPR_LIST) {
            /* [...] * n keeps the list's type, so the list display gets the
             * context of the whole expression (mypy's check_list_multiply):
             * `xs: list[int | None] = [None] * n`. */
            rt = tc_expr(c, e->u.binop.right, NULL);
            bool by_int = T->b.int_ != NULL && tc_is_subtype(c, rt, T->t_int);
            lt = tc_expr(c, e->u.binop.left, by_int ? expected : NULL);
        } else {
            lt = tc_expr(c, e->u.binop.left, NULL);
            rt = tc_expr(c, e->u.binop.right, NULL);
        }
        if (e->u.binop.op == TPY_BINOP_MATMULT) {
            tc_error(c, e->pos.line, e->pos.col, "unsupported in tpy: '@' operator");
            return T->error;
        }
        return tc_binop_types(c, e->u.binop.op, lt, rt, e, e->u.binop.left, e->u.binop.right);
    }
    case TPY_EXPR_UNARYOP: {
        if (e->u.unaryop.op == TPY_UNARY_NOT) {
            tc_expr(c, e->u.unaryop.operand, NULL);
            return T->t_bool;
        }
        TpyType *ot = tc_expr(c, e->u.unaryop.operand, NULL);
        if (ot->kind == TPY_TYPE_ERROR)
            return T->error;
        const char *usym = e->u.unaryop.op == TPY_UNARY_INVERT ? "~" : e->u.unaryop.op == TPY_UNARY_USUB ? "unary -" : "unary +";
        const char *dunder = e->u.unaryop.op == TPY_UNARY_USUB ? "__neg__"
                             : e->u.unaryop.op == TPY_UNARY_UADD ? "__pos__" : "__invert__";
        TpyType *m = tc_member(c, ot, dunder, NULL);
        if (m == NULL || (m->kind != TPY_TYPE_CALLABLE && m->kind != TPY_TYPE_OVERLOADED)) {
            tc_error(c, e->pos.line, e->pos.col, "Unsupported operand type for %s (\"%s\")",
                     usym, tc_str(c, ot));
            return T->error;
        }
        return m->kind == TPY_TYPE_CALLABLE ? m->ret : m->items[0]->ret;
    }
    case TPY_EXPR_BOOLOP: {
        Env t, f, saved = c->env;
        tc_narrow_condition(c, e, &t, &f);
        c->env = saved;
        return e->type != NULL ? e->type : T->error;
    }
    case TPY_EXPR_COMPARE: {
        TpyType *lt = tc_expr(c, e->u.compare.left, NULL);
        TpyAstExpr *l = e->u.compare.left;
        TpyType *result = NULL;
        for (int i = 0; i < e->u.compare.comparators.count; i++) {
            TpyAstExpr *r = e->u.compare.comparators.items[i];
            TpyType *rt = tc_expr(c, r, NULL);
            TpyType *pt = compare_pair(c, e->u.compare.ops[i], lt, rt, e, l, r);
            result = result == NULL ? pt : tpy_types_join(T, result, pt);
            lt = rt;
            l = r;
        }
        return result != NULL ? result : T->t_bool;
    }
    case TPY_EXPR_IFEXP: {
        Env t, f, saved = tc_env_copy(c, &c->env);
        tc_narrow_condition(c, e->u.ifexp.test, &t, &f);
        c->env = t;
        int s1 = c->silent;
        if (t.unreachable) c->silent++;
        TpyType *bt = tc_expr(c, e->u.ifexp.body, expected);
        c->silent = s1;
        c->env = f;
        if (f.unreachable) c->silent++;
        TpyType *ot = tc_expr(c, e->u.ifexp.orelse, expected);
        c->silent = s1;
        c->env = saved;
        if (t.unreachable) return ot;
        if (f.unreachable) return bt;
        if (expected != NULL && tc_is_subtype(c, bt, expected) && tc_is_subtype(c, ot, expected) &&
            expected->kind == TPY_TYPE_UNION)
            return tpy_types_simplified_union(T, (TpyType *[]){ bt, ot }, 2);
        return tpy_types_join(T, bt, ot);
    }
    case TPY_EXPR_LIST: case TPY_EXPR_SET: {
        TpyClass *cls = e->kind == TPY_EXPR_LIST ? T->b.list : T->b.set;
        TpyAstExprList *elts = e->kind == TPY_EXPR_LIST ? &e->u.list.elts : &e->u.set.elts;
        TpyType *ctx = elem_context(c, expected, cls, 0);
        TpyType *el = join_elements(c, elts->items, elts->count, ctx, true, e->kind == TPY_EXPR_SET);
        if (elts->count == 0 && ctx != NULL)
            el = ctx;
        return cls ? tpy_types_instance1(T, cls, el) : T->error;
    }
    case TPY_EXPR_TUPLE: {
        int n = e->u.list.elts.count;
        TpyType **items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)(n + 1));
        bool star = false;
        for (int i = 0; i < n; i++) {
            TpyAstExpr *el = e->u.list.elts.items[i];
            if (el->kind == TPY_EXPR_STARRED) {
                star = true;
                TpyType *st = tc_expr(c, el->u.starred.value, NULL);
                el->type = st;
                items[i] = tc_iter_item(c, st, el);
                continue;
            }
            TpyType *ctx = NULL;
            if (expected != NULL && expected->kind == TPY_TYPE_TUPLE && expected->count == n)
                ctx = expected->items[i];
            else if (expected != NULL)
                ctx = elem_context(c, expected, T->b.tuple, 0);
            items[i] = tc_expr(c, el, ctx);
        }
        if (star) {
            TpyType *j = T->nothing;
            for (int i = 0; i < n; i++)
                j = tpy_types_join(T, j, items[i]);
            return T->b.tuple ? tpy_types_instance1(T, T->b.tuple, j) : T->error;
        }
        return tpy_types_tuple(T, items, n);
    }
    case TPY_EXPR_DICT: {
        TpyType *kctx = elem_context(c, expected, T->b.dict, 0);
        TpyType *vctx = elem_context(c, expected, T->b.dict, 1);
        TpyType *kj = T->nothing, *vj = T->nothing;
        bool kfit = kctx != NULL, vfit = vctx != NULL;
        int n = e->u.dict.values.count;
        for (int i = 0; i < n; i++) {
            TpyAstExpr *k = e->u.dict.keys.items[i];
            TpyAstExpr *v = e->u.dict.values.items[i];
            TpyType *kt, *vt;
            if (k == NULL) {
                TpyType *dt = tc_expr(c, v, NULL);
                TpyType *m = T->b.dict ? tpy_types_map_to_class(T, dt, T->b.dict) : NULL;
                kt = m && m->count == 2 ? m->items[0] : T->error;
                vt = m && m->count == 2 ? m->items[1] : T->error;
            } else {
                kt = tc_expr(c, k, kctx);
                vt = tc_expr(c, v, vctx);
            }
            if (k != NULL && kctx != NULL && vctx != NULL && !tpy_type_has_typevars(kctx) &&
                !tpy_type_has_typevars(vctx) &&
                (!tc_is_subtype(c, kt, kctx) || !tc_is_subtype(c, vt, vctx))) {
                tc_error(c, k->pos.line, k->pos.col,
                         "Dict entry %d has incompatible type \"%s\": \"%s\"; expected \"%s\": \"%s\"", i,
                         tc_str(c, kt), tc_str(c, vt), tc_str(c, kctx), tc_str(c, vctx));
                kt = kctx;
                vt = vctx;
            }
            if (kfit && !tc_is_subtype(c, kt, kctx)) kfit = false;
            if (vfit && !tc_is_subtype(c, vt, vctx)) vfit = false;
            kj = i == 0 ? kt : tpy_types_join(T, kj, kt);
            vj = i == 0 ? vt : tpy_types_join(T, vj, vt);
        }
        if (kfit || (n == 0 && kctx)) kj = kctx;
        if (vfit || (n == 0 && vctx)) vj = vctx;
        return T->b.dict ? tpy_types_instance2(T, T->b.dict, kj, vj) : T->error;
    }
    case TPY_EXPR_LISTCOMP: case TPY_EXPR_SETCOMP: case TPY_EXPR_GENERATOREXP: {
        TpyClass *cls = e->kind == TPY_EXPR_LISTCOMP ? T->b.list : e->kind == TPY_EXPR_SETCOMP ? T->b.set
                        : (T->b.generator ? T->b.generator : T->b.iterator);
        TpyType *ctx = elem_context(c, expected, cls, 0);
        TpyType *el = check_comprehension(c, e, &e->u.listcomp.generators, e->u.listcomp.elt, NULL, ctx,
                                          NULL, NULL);
        if (cls == NULL)
            return T->error;
        if (cls == T->b.generator && cls->tparam_count == 3) {
            TpyType *args[3] = { el, T->none, T->none };
            return tpy_types_instance(T, cls, args, 3);
        }
        return tpy_types_instance1(T, cls, el);
    }
    case TPY_EXPR_DICTCOMP: {
        TpyType *kctx = elem_context(c, expected, T->b.dict, 0);
        TpyType *vctx = elem_context(c, expected, T->b.dict, 1);
        TpyType *kt = T->error;
        TpyType *vt = check_comprehension(c, e, &e->u.dictcomp.generators, e->u.dictcomp.value,
                                          e->u.dictcomp.key, vctx, kctx, &kt);
        return T->b.dict ? tpy_types_instance2(T, T->b.dict, kt, vt) : T->error;
    }
    case TPY_EXPR_LAMBDA:
        return check_lambda(c, e, expected);
    case TPY_EXPR_CALL: {
        TpyType *r = tc_call(c, e, expected);
        return r;
    }
    case TPY_EXPR_SUBSCRIPT:
        return subscript(c, e);
    case TPY_EXPR_STARRED:
        return tc_expr(c, e->u.starred.value, NULL);
    case TPY_EXPR_SLICE: {
        TpyAstExpr *parts[3] = { e->u.slice.lower, e->u.slice.upper, e->u.slice.step };
        for (int i = 0; i < 3; i++) {
            if (parts[i] == NULL)
                continue;
            TpyType *pt = tc_expr(c, parts[i], NULL);
            if (pt->kind == TPY_TYPE_ERROR || pt->kind == TPY_TYPE_NONE)
                continue;
            bool ok = tc_is_subtype(c, pt, tpy_types_optional(T, T->t_int)) ||
                      tc_member(c, pt, "__index__", NULL) != NULL;
            if (!ok)
                tc_error(c, parts[i]->pos.line, parts[i]->pos.col,
                         "Slice index must be an integer, SupportsIndex or None");
        }
        return T->b.slice ? tpy_types_instance(T, T->b.slice, NULL, 0) : T->error;
    }
    case TPY_EXPR_JOINEDSTR:
        for (int i = 0; i < e->u.joinedstr.values.count; i++)
            tc_expr(c, e->u.joinedstr.values.items[i], NULL);
        return T->t_str;
    case TPY_EXPR_FORMATTEDVALUE:
        tc_expr(c, e->u.formattedvalue.value, NULL);
        if (e->u.formattedvalue.format_spec != NULL)
            tc_expr(c, e->u.formattedvalue.format_spec, NULL);
        return T->t_str;
    case TPY_EXPR_NAMEDEXPR: {
        TpyAstExpr *target = e->u.namedexpr.target;
        /* the target binds in the nearest non-comprehension scope */
        FuncCtx *fn = c->fn;
        FuncCtx *owner = fn;
        while (owner->parent != NULL && owner->scope->kind == TPY_SCOPE_COMPREHENSION)
            owner = owner->parent;
        if (target->kind == TPY_EXPR_NAME && tpy_scope_lookup(owner->scope, target->u.name.id) == NULL &&
            tc_lookup_name(c, owner->scope, target->u.name.id) == NULL) {
            TpySymbol *s = tpy_scope_add(c->arena, owner->scope, target->u.name.id, TPY_SYM_VAR);
            s->line = target->pos.line;
            s->col = target->pos.col;
        }
        TpyType *ctx = NULL;
        if (target->kind == TPY_EXPR_NAME) {
            TpySymbol *s = tc_lookup_name(c, owner->scope, target->u.name.id);
            if (s != NULL && s->type != NULL)
                ctx = s->type;
        }
        TpyType *vt = tc_expr(c, e->u.namedexpr.value, ctx);
        c->fn = owner;
        tc_assign_to(c, target, vt, e->u.namedexpr.value);
        c->fn = fn;
        TpySymbol *ks;
        const char *ka;
        if (tc_expr_key(target, &ks, &ka) && vt->kind != TPY_TYPE_ERROR)
            tc_env_set(c, &c->env, ks, ka, vt);
        return vt;
    }
    case TPY_EXPR_YIELD: {
        FuncCtx *fn = c->fn;
        TpyType *vt = e->u.yield.value ? tc_expr(c, e->u.yield.value, fn->yield_type) : T->none;
        if (fn->yield_type != NULL && !tc_is_subtype(c, vt, fn->yield_type))
            tc_error(c, e->pos.line, e->pos.col,
                     "Incompatible types in \"yield\" (actual type \"%s\", expected type \"%s\")",
                     tc_str(c, vt), tc_str(c, fn->yield_type));
        /* The value sent in: Generator's second argument. */
        return fn->send_type != NULL ? fn->send_type : T->none;
    }
    case TPY_EXPR_YIELDFROM: {
        TpyType *it = tc_expr(c, e->u.yieldfrom.value, NULL);
        TpyType *item = tc_iter_item(c, it, e->u.yieldfrom.value);
        FuncCtx *fn = c->fn;
        if (fn->yield_type != NULL && !tc_is_subtype(c, item, fn->yield_type))
            tc_error(c, e->pos.line, e->pos.col,
                     "Incompatible types in \"yield from\" (actual type \"%s\", expected type \"%s\")",
                     tc_str(c, item), tc_str(c, fn->yield_type));
        if (it->kind == TPY_TYPE_INSTANCE && T->b.generator && it->cls == T->b.generator && it->count == 3)
            return it->items[2];
        return T->none;
    }
    case TPY_EXPR_AWAIT:
        tc_expr(c, e->u.await_.value, NULL);
        tc_error(c, e->pos.line, e->pos.col, "unsupported in tpy: await");
        return T->error;
    }
    return T->error;
}

TpyType *tc_expr(TpyChecker *c, TpyAstExpr *e, TpyType *expected)
{
    if (e == NULL)
        return c->types.error;
    if (c->depth > TPY_CHECK_MAX_DEPTH) {
        if (c->depth == TPY_CHECK_MAX_DEPTH + 1) {
            c->depth++;
            tc_error(c, e->pos.line, e->pos.col, "unsupported in tpy: expression nested too deeply");
            c->depth--;
        }
        return e->type = c->types.error;
    }
    c->depth++;
    TpyType *t = expr_inner(c, e, expected);
    c->depth--;
    if (t == NULL)
        t = c->types.error;
    e->type = t;
    return t;
}
