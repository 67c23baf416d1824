/* frontend/typecheck.c: the checker's driver, annotations, classes and defs.
 *
 * A module is checked in two passes, the way mypy's semantic analysis and
 * type checking are split:
 *  1. declare: bind every top-level name (a class gets its TpyClass at once so
 *     forward references work), run imports, then resolve class bases, class
 *     members (annotated fields, methods, `self.x = ...` in methods), function
 *     signatures and annotated globals.  Overrides are checked here.
 *  2. check: the module body in order (inferring unannotated globals from
 *     their first assignment), then every function body.  A field whose type
 *     comes from `self.x = value` in a method is inferred on demand by checking
 *     that method first (tc_ensure_field_type), guarded against cycles.
 * Stubs only go through pass 1.  Errors on `# type: ignore` lines are dropped
 * by tc_error, which also counts instead of reporting while `silent` > 0
 * (overload trials).  See docs/design.md, "Type checking".
 */
#include "typecheck.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "typecheck_internal.h"

/* ------------------------------------------------------------------ errors */

static bool line_ignored(const TpyAstModule *ast, int line)
{
    if (ast == NULL)
        return false;
    int lo = 0, hi = ast->ignore_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (ast->ignore_lines[mid] == line)
            return true;
        if (ast->ignore_lines[mid] < line)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return false;
}

void tc_error(TpyChecker *c, int line, int col, const char *fmt, ...)
{
    if (c->silent > 0) {
        c->silent_errors++;
        return;
    }
    if (c->module == NULL || c->module->is_stub)
        return;
    if (line_ignored(c->module->ast, line))
        return;
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    /* mypy reports a message once per line (errors.py, remove_duplicates: the
     * column is ignored, the leftmost one stays).  Duplicates come from one
     * statement, so looking at the recent errors is enough. */
    TpyDiags *d = c->diags;
    for (int i = d->count - 1; i >= 0 && i >= d->count - 64; i--) {
        TpyDiag *prev = &d->items[i];
        if (prev->kind == TPY_DIAG_ERROR && prev->source == c->module->source && prev->line == line &&
            strcmp(prev->message, buf) == 0) {
            if (col < prev->col)
                prev->col = col;
            return;
        }
    }
    tpy_diag_error(c->diags, c->module->source, line, col, "%s", buf);
}

const char *tc_str(TpyChecker *c, TpyType *t)
{
    return tpy_type_str(&c->types, t);
}

bool tc_is_subtype(TpyChecker *c, TpyType *a, TpyType *b)
{
    return tpy_types_is_subtype(&c->types, a, b);
}

/* ----------------------------------------------------------------- natives */

typedef struct NativeName { const char *name; int special; const char *module; } NativeName;

static const NativeName native_names[] = {
    { "isinstance", TPY_SP_ISINSTANCE, "builtins" }, { "issubclass", TPY_SP_ISSUBCLASS, "builtins" },
    { "super", TPY_SP_SUPER, "builtins" }, { "reveal_type", TPY_SP_REVEAL_TYPE, "builtins" },
    { "staticmethod", TPY_SP_STATICMETHOD, "builtins" },
    { "classmethod", TPY_SP_CLASSMETHOD, "builtins" }, { "property", TPY_SP_PROPERTY, "builtins" },
    { "TypeVar", TPY_SP_TYPEVAR, "typing" }, { "Generic", TPY_SP_GENERIC, "typing" },
    { "Protocol", TPY_SP_PROTOCOL, "typing" }, { "overload", TPY_SP_OVERLOAD, "typing" },
    { "Callable", TPY_SP_CALLABLE, "typing" }, { "Optional", TPY_SP_OPTIONAL, "typing" },
    { "Union", TPY_SP_UNION, "typing" }, { "NamedTuple", TPY_SP_NAMEDTUPLE, "typing" },
    { "NoReturn", TPY_SP_NORETURN, "typing" }, { "Self", TPY_SP_SELF, "typing" },
    { "List", TPY_SP_LIST, "typing" }, { "Dict", TPY_SP_DICT, "typing" },
    { "Set", TPY_SP_SET, "typing" }, { "Tuple", TPY_SP_TUPLE, "typing" },
    { "Type", TPY_SP_TYPE, "typing" }, { "FrozenSet", TPY_SP_FROZENSET, "typing" },
    { "Any", TPY_SP_ANY, "typing" }, { "Final", TPY_SP_FINAL, "typing" },
    { "ClassVar", TPY_SP_CLASSVAR, "typing" }, { "Literal", TPY_SP_LITERAL, "typing" },
    { "Deque", TPY_SP_DEQUE, "typing" }, { "DefaultDict", TPY_SP_DEFAULTDICT, "typing" },
    { "dataclass", TPY_SP_DATACLASS, "dataclasses" }, { "field", TPY_SP_FIELD, "dataclasses" },
    { NULL, 0, NULL }
};

/* A native name that `module` provides, or NULL. */
static TpySymbol *native_in_module(TpyChecker *c, const char *module, const char *name)
{
    TpySymbol *sym = tpy_scope_lookup(c->natives, name);
    if (sym == NULL)
        return NULL;
    for (const NativeName *n = native_names; n->name != NULL; n++)
        if (strcmp(n->name, name) == 0)
            return strcmp(n->module, module) == 0 ? sym : NULL;
    return NULL;
}

TpyChecker *tpy_typecheck_new(TpyArena *arena, TpyDiags *diags, TpyImportHook hook, void *ctx)
{
    TpyChecker *c = tpy_arena_alloc(arena, sizeof *c);
    c->arena = arena;
    c->diags = diags;
    c->import_hook = hook;
    c->import_ctx = ctx;
    tpy_types_init(&c->types, arena);
    tpy_types_set_member_lookup(&c->types, tc_member_lookup_cb, c);
    c->natives = tpy_scope_new(arena, TPY_SCOPE_BUILTINS, "<natives>", NULL);
    for (const NativeName *n = native_names; n->name != NULL; n++) {
        TpySymbol *sym = tpy_scope_add(arena, c->natives, n->name, TPY_SYM_SPECIAL);
        sym->type = tpy_types_special(&c->types, n->special, n->name);
    }
    c->types.t_int = c->types.t_float = c->types.t_str = c->types.t_bool = c->types.error;
    c->types.t_complex = c->types.t_bytes = c->types.t_object = c->types.error;
    return c;
}

void tpy_typecheck_unbind(TpyChecker *c)
{
    c->arena = NULL;
    c->diags = NULL;
    c->import_hook = NULL;
    c->import_ctx = NULL;
    c->types.arena = NULL;
    tpy_types_set_member_lookup(&c->types, NULL, NULL);
}

void tpy_typecheck_rebind(TpyChecker *c, TpyArena *arena, TpyDiags *diags, TpyImportHook hook,
                          void *ctx)
{
    c->arena = arena;
    c->diags = diags;
    c->import_hook = hook;
    c->import_ctx = ctx;
    c->types.arena = arena;
    tpy_types_set_member_lookup(&c->types, tc_member_lookup_cb, c);
}

TpyTypes *tpy_typecheck_types(TpyChecker *checker)
{
    return &checker->types;
}

/* ------------------------------------------------------------ name lookup */

TpySymbol *tc_lookup_name(TpyChecker *c, TpyScope *scope, const char *name)
{
    TpyScope *start = scope;
    for (TpyScope *s = scope; s != NULL; s = s->parent) {
        if (s->kind == TPY_SCOPE_CLASS && s != start)
            continue;
        TpySymbol *sym = tpy_scope_lookup(s, name);
        if (sym == NULL)
            continue;
        if ((sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL)) && sym->target != NULL)
            sym = sym->target;
        if (s != start && (s->kind == TPY_SCOPE_FUNCTION || s->kind == TPY_SCOPE_LAMBDA ||
                           s->kind == TPY_SCOPE_COMPREHENSION))
            sym->flags |= TPY_SYMF_CELL;
        return sym;
    }
    bool stub = scope != NULL && scope->module != NULL && scope->module->is_stub;
    TpySymbol *sym = stub ? tpy_scope_lookup(c->natives, name) : native_in_module(c, "builtins", name);
    if (sym != NULL)
        return sym;
    if (c->builtins != NULL && c->builtins->scope != NULL) {
        sym = tpy_scope_lookup(c->builtins->scope, name);
        if (sym != NULL && !(sym->flags & TPY_SYMF_IMPORTED))
            return sym;
    }
    return NULL;
}

/* ------------------------------------------------------------- annotations */

static TpyType *ann(TpyChecker *c, TpyAstExpr *e, TpyScope *scope, int depth);

static int special_of(TpyType *t)
{
    return t != NULL && t->kind == TPY_TYPE_SPECIAL ? t->special : 0;
}

/* The symbol an annotation name or dotted name refers to, or NULL (error given). */
static TpySymbol *ann_symbol(TpyChecker *c, TpyAstExpr *e, TpyScope *scope)
{
    if (e->kind == TPY_EXPR_NAME) {
        TpySymbol *sym = tc_lookup_name(c, scope, e->u.name.id);
        if (sym == NULL)
            tc_error(c, e->pos.line, e->pos.col, "Name \"%s\" is not defined", e->u.name.id);
        e->u.name.sym = sym;
        return sym;
    }
    if (e->kind == TPY_EXPR_ATTRIBUTE) {
        TpySymbol *base = ann_symbol(c, e->u.attribute.value, scope);
        if (base == NULL)
            return NULL;
        if (base->kind != TPY_SYM_MODULE || base->module == NULL) {
            tc_error(c, e->pos.line, e->pos.col, "Name \"%s\" is not defined", e->u.attribute.attr);
            return NULL;
        }
        TpyModuleInfo *m = base->module;
        TpySymbol *sym = native_in_module(c, m->name, e->u.attribute.attr);
        if (sym == NULL && m->scope != NULL)
            sym = tpy_scope_lookup(m->scope, e->u.attribute.attr);
        if (sym == NULL)
            tc_error(c, e->pos.line, e->pos.col, "Name \"%s.%s\" is not defined", m->name,
                     e->u.attribute.attr);
        return sym;
    }
    return NULL;
}

static void ann_args(TpyAstExpr *slice, TpyAstExpr ***items, int *count)
{
    if (slice->kind == TPY_EXPR_TUPLE) {
        *items = slice->u.list.elts.items;
        *count = slice->u.list.elts.count;
    } else {
        static TpyAstExpr *one[1];
        one[0] = slice;
        *items = one;
        *count = 1;
    }
}

static bool is_ellipsis(const TpyAstExpr *e)
{
    return e->kind == TPY_EXPR_CONSTANT && e->u.constant.kind == TPY_CONST_ELLIPSIS;
}

static TpyType *ann_generic(TpyChecker *c, TpyClass *cls, TpyAstExpr **args, int n,
                            TpyScope *scope, int depth, TpyAstExpr *node)
{
    TpyTypes *T = &c->types;
    if (!(cls->flags & TPY_CLASS_DECLARED) && cls->def != NULL && cls->def->u.classdef.sym != NULL &&
        cls->def->u.classdef.sym->cls == cls && cls->def->u.classdef.sym->scope != NULL &&
        cls->def->u.classdef.sym->scope->module != NULL &&
        cls->def->u.classdef.sym->scope->module->names_ready)
        tc_declare_class(c, cls->def->u.classdef.sym);   /* a forward reference: learn its parameters */
    if (cls == T->b.tuple) {
        if (n == 2 && is_ellipsis(args[1]))
            return tpy_types_instance1(T, cls, ann(c, args[0], scope, depth));
        if (n == 1 && args[0]->kind == TPY_EXPR_TUPLE && args[0]->u.list.elts.count == 0)
            return tpy_types_tuple(T, NULL, 0);
        TpyType **items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)(n + 1));
        for (int i = 0; i < n; i++)
            items[i] = ann(c, args[i], scope, depth);
        return tpy_types_tuple(T, items, n);
    }
    if (cls == T->b.type && n == 1) {
        TpyType *inner = ann(c, args[0], scope, depth);
        return inner->kind == TPY_TYPE_ERROR ? inner : tpy_types_classobj(T, inner);
    }
    if (cls->tparam_count != n) {
        if (cls->tparam_count == 0)
            tc_error(c, node->pos.line, node->pos.col, "\"%s\" expects no type arguments, but %d given",
                     cls->name, n);
        else
            tc_error(c, node->pos.line, node->pos.col,
                     "\"%s\" expects %d type argument%s, but %d given", cls->name,
                     cls->tparam_count, cls->tparam_count == 1 ? "" : "s", n);
        return tpy_types_instance(T, cls, NULL, 0);
    }
    TpyType **items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)n);
    for (int i = 0; i < n; i++)
        items[i] = ann(c, args[i], scope, depth);
    return tpy_types_instance(T, cls, items, n);
}

static TpyClass *special_alias_class(TpyChecker *c, int special)
{
    TpyBuiltins *b = &c->types.b;
    switch (special) {
    case TPY_SP_LIST: return b->list;
    case TPY_SP_DICT: return b->dict;
    case TPY_SP_SET: return b->set;
    case TPY_SP_TUPLE: return b->tuple;
    case TPY_SP_TYPE: return b->type;
    case TPY_SP_FROZENSET: return b->frozenset;
    default: return NULL;
    }
}

/* The symbol a name or module.attr expression denotes, looked up quietly. */
static TpySymbol *quiet_symbol(TpyChecker *c, TpyAstExpr *e, TpyScope *scope)
{
    int saved = c->silent;
    c->silent++;
    TpySymbol *sym = ann_symbol(c, e, scope);
    c->silent = saved;
    return sym;
}

/* Is `e`, the value of `X = e` at module level, a type expression, making X an
 * implicit type alias (mypy): a class, list[int], Optional[str], int | None,
 * Callable[[int], str], another alias? */
bool tc_is_alias_value(TpyChecker *c, TpyAstExpr *e, TpyScope *scope, int depth)
{
    if (e == NULL || depth > 20)
        return false;
    switch (e->kind) {
    case TPY_EXPR_NAME: case TPY_EXPR_ATTRIBUTE: {
        if (e->kind == TPY_EXPR_ATTRIBUTE && e->u.attribute.value->kind != TPY_EXPR_NAME)
            return false;
        TpySymbol *sym = quiet_symbol(c, e, scope);
        if (sym == NULL)
            return false;
        if (sym->kind == TPY_SYM_CLASS)
            return true;
        if (sym->kind == TPY_SYM_SPECIAL) {
            switch (special_of(sym->type)) {
            case TPY_SP_OPTIONAL: case TPY_SP_UNION: case TPY_SP_CALLABLE: case TPY_SP_LIST:
            case TPY_SP_DICT: case TPY_SP_SET: case TPY_SP_TUPLE: case TPY_SP_TYPE:
            case TPY_SP_FROZENSET: case TPY_SP_DEQUE: case TPY_SP_DEFAULTDICT:
                return true;
            default:
                return false;
            }
        }
        return sym->kind == TPY_SYM_VAR && sym->value != NULL && !(sym->flags & TPY_SYMF_DECLARED) &&
               sym->scope != NULL && sym->scope->kind == TPY_SCOPE_MODULE && sym->value != e &&
               tc_is_alias_value(c, sym->value, sym->scope, depth + 1);
    }
    case TPY_EXPR_SUBSCRIPT:
        return tc_is_alias_value(c, e->u.subscript.value, scope, depth + 1);
    case TPY_EXPR_BINOP:
        if (e->u.binop.op != TPY_BINOP_BITOR)
            return false;
        return (tc_is_alias_value(c, e->u.binop.left, scope, depth + 1) ||
                (e->u.binop.left->kind == TPY_EXPR_CONSTANT &&
                 e->u.binop.left->u.constant.kind == TPY_CONST_NONE)) &&
               (tc_is_alias_value(c, e->u.binop.right, scope, depth + 1) ||
                (e->u.binop.right->kind == TPY_EXPR_CONSTANT &&
                 e->u.binop.right->u.constant.kind == TPY_CONST_NONE));
    default:
        return false;
    }
}

static TpyType *ann_from_symbol(TpyChecker *c, TpySymbol *sym, TpyAstExpr *e)
{
    TpyTypes *T = &c->types;
    switch (sym->kind) {
    case TPY_SYM_CLASS:
        if (sym->cls->tparam_count > 0 && c->module != NULL && !c->module->is_stub &&
            sym->cls != T->b.tuple)
            tc_error(c, e->pos.line, e->pos.col, "Missing type parameters for generic type \"%s\"",
                     sym->cls->name);
        return tpy_types_instance(T, sym->cls, NULL, 0);
    case TPY_SYM_TYPEVAR:
        return sym->type;
    case TPY_SYM_SPECIAL: {
        int sp = special_of(sym->type);
        if (sp == TPY_SP_NORETURN)
            return T->noreturn;
        if (sp == TPY_SP_SELF)
            return T->self_tv;
        if (sp == TPY_SP_ANY) {
            tc_error(c, e->pos.line, e->pos.col, "unsupported in tpy: Any");
            return T->error;
        }
        TpyClass *cls = special_alias_class(c, sp);
        if (cls != NULL) {
            if (cls->tparam_count > 0 && cls != T->b.tuple && !c->module->is_stub)
                tc_error(c, e->pos.line, e->pos.col, "Missing type parameters for generic type \"%s\"",
                         sym->name);
            return tpy_types_instance(T, cls, NULL, 0);
        }
        if (sp == TPY_SP_FINAL)
            return T->error;   /* x: Final = value: the value's type (approximated) */
        if (sp == TPY_SP_CALLABLE) {
            tc_error(c, e->pos.line, e->pos.col, "Missing type parameters for generic type \"Callable\"");
            return T->error;
        }
        tc_error(c, e->pos.line, e->pos.col, "Variable \"typing.%s\" is not valid as a type", sym->name);
        return T->error;
    }
    case TPY_SYM_MODULE:
        tc_error(c, e->pos.line, e->pos.col, "Module \"%s\" is not valid as a type", sym->name);
        return T->error;
    default:
        if (sym->type != NULL && sym->type->kind == TPY_TYPE_CLASSOBJ && sym->value != NULL)
            return sym->type->items[0];   /* an alias: X = SomeClass */
        if (sym->kind == TPY_SYM_VAR && sym->value != NULL && !(sym->flags & TPY_SYMF_INFERRING) &&
            !(sym->flags & TPY_SYMF_DECLARED) && sym->scope != NULL &&
            sym->scope->kind == TPY_SCOPE_MODULE && tc_is_alias_value(c, sym->value, sym->scope, 0)) {
            /* An implicit alias: Matrix = list[list[float]].  Its own errors are
             * reported where it is defined; a recursive use resolves to Any. */
            sym->flags |= TPY_SYMF_INFERRING;
            TpyModuleInfo *saved_module = c->module;
            if (sym->scope->module != NULL)
                c->module = sym->scope->module;
            int saved = c->silent;
            c->silent++;
            TpyType *t = ann(c, sym->value, sym->scope, 1);
            c->silent = saved;
            c->module = saved_module;
            sym->flags &= ~(unsigned)TPY_SYMF_INFERRING;
            return t;
        }
        tc_error(c, e->pos.line, e->pos.col, "Variable \"%s.%s\" is not valid as a type",
                 sym->scope && sym->scope->module ? sym->scope->module->name : "__main__", sym->name);
        return T->error;
    }
}

static TpyType *ann(TpyChecker *c, TpyAstExpr *e, TpyScope *scope, int depth)
{
    TpyTypes *T = &c->types;
    if (e == NULL)
        return T->error;
    if (depth > 50)
        return T->error;
    depth++;
    switch (e->kind) {
    case TPY_EXPR_CONSTANT:
        if (e->u.constant.kind == TPY_CONST_NONE)
            return e->type = T->none;
        if (e->u.constant.kind == TPY_CONST_STR) {
            TpyAstExpr *parsed = tpy_parse_expression(c->arena, c->module->source, e->u.constant.str,
                                                      e->u.constant.str_len, e->pos.line,
                                                      e->pos.col + 1, c->diags);
            if (parsed == NULL)
                return T->error;
            return ann(c, parsed, scope, depth);
        }
        break;
    case TPY_EXPR_NAME: case TPY_EXPR_ATTRIBUTE: {
        TpySymbol *sym = ann_symbol(c, e, scope);
        if (sym == NULL)
            return T->error;
        return ann_from_symbol(c, sym, e);
    }
    case TPY_EXPR_BINOP:
        if (e->u.binop.op == TPY_BINOP_BITOR)
            return tpy_types_union2(T, ann(c, e->u.binop.left, scope, depth),
                                    ann(c, e->u.binop.right, scope, depth));
        break;
    case TPY_EXPR_SUBSCRIPT: {
        TpyAstExpr *base = e->u.subscript.value;
        if (base->kind != TPY_EXPR_NAME && base->kind != TPY_EXPR_ATTRIBUTE)
            break;
        TpySymbol *sym = ann_symbol(c, base, scope);
        if (sym == NULL)
            return T->error;
        TpyAstExpr **args;
        int n;
        ann_args(e->u.subscript.slice, &args, &n);
        TpyAstExpr *argv[16];
        if (n > 16)
            n = 16;
        memcpy(argv, args, sizeof(TpyAstExpr *) * (size_t)n);
        if (sym->kind == TPY_SYM_CLASS)
            return ann_generic(c, sym->cls, argv, n, scope, depth, e);
        if (sym->kind != TPY_SYM_SPECIAL)
            break;
        int sp = special_of(sym->type);
        TpyClass *alias = special_alias_class(c, sp);
        if (alias != NULL)
            return ann_generic(c, alias, argv, n, scope, depth, e);
        switch (sp) {
        case TPY_SP_OPTIONAL:
            return tpy_types_optional(T, ann(c, argv[0], scope, depth));
        case TPY_SP_UNION: {
            TpyType *items[16];
            for (int i = 0; i < n; i++)
                items[i] = ann(c, argv[i], scope, depth);
            return tpy_types_union(T, items, n);
        }
        case TPY_SP_FINAL: case TPY_SP_CLASSVAR:
            return ann(c, argv[0], scope, depth);
        case TPY_SP_DEQUE: case TPY_SP_DEFAULTDICT:
            break;
        case TPY_SP_CALLABLE: {
            if (n != 2)
                break;
            TpyType *ret = ann(c, argv[1], scope, depth);
            if (is_ellipsis(argv[0])) {
                TpyParam ps[2] = { { NULL, T->error, TPY_PARAM_VARARG, false },
                                   { NULL, T->error, TPY_PARAM_KWARG, false } };
                return tpy_types_callable(T, ps, 2, ret);
            }
            if (argv[0]->kind != TPY_EXPR_LIST)
                break;
            int np = argv[0]->u.list.elts.count;
            TpyParam *ps = tpy_arena_alloc(c->arena, sizeof(TpyParam) * (size_t)(np + 1));
            for (int i = 0; i < np; i++) {
                ps[i].kind = TPY_PARAM_POSONLY;
                ps[i].type = ann(c, argv[0]->u.list.elts.items[i], scope, depth);
            }
            return tpy_types_callable(T, ps, np, ret);
        }
        case TPY_SP_LITERAL:
            tc_error(c, e->pos.line, e->pos.col, "unsupported in tpy: Literal types");
            return T->error;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    tc_error(c, e->pos.line, e->pos.col, "Invalid type comment or annotation");
    return T->error;
}

TpyType *tc_resolve_annotation(TpyChecker *c, TpyAstExpr *e, TpyScope *scope)
{
    return ann(c, e, scope, 0);
}

/* ----------------------------------------------------------------- imports */

TpyModuleInfo *tc_import(TpyChecker *c, const char *name, TpyAstStmt *stmt, int line, int col,
                         bool report)
{
    bool unsupported = false;
    TpyModuleInfo *m = c->import_hook(c->import_ctx, name, &unsupported);
    if (m == NULL) {
        if (report) {
            if (unsupported)
                tc_error(c, line, col, "unsupported in tpy: module '%s'", name);
            else
                tc_error(c, line, col, "Cannot find implementation or library stub for module named \"%s\"",
                         name);
        }
        return NULL;
    }
    if (m->state == TPY_MODULE_NEW) {
        TpyModuleInfo *saved_module = c->module;
        FuncCtx *saved_fn = c->fn;
        Env saved_env = c->env;
        int saved_silent = c->silent;
        c->silent = 0;
        tpy_typecheck_module(c, m);
        c->silent = saved_silent;
        c->module = saved_module;
        c->fn = saved_fn;
        c->env = saved_env;
    }
    return m;
}

static TpyType *module_type(TpyChecker *c, TpyModuleInfo *m)
{
    if (m->type == NULL) {
        m->type = tpy_arena_alloc(c->arena, sizeof(TpyType));
        m->type->kind = TPY_TYPE_MODULE;
        m->type->module = m;
        m->type->name = m->name;
    }
    return m->type;
}

/* Bind the names of an import statement in `scope`. */
void tc_declare_import(TpyChecker *c, TpyAstStmt *s, TpyScope *scope)
{
    if (s->kind == TPY_STMT_IMPORT) {
        for (int i = 0; i < s->u.import.names.count; i++) {
            TpyAstAlias *a = s->u.import.names.items[i];
            TpyModuleInfo *m = tc_import(c, a->name, s, s->pos.line, s->pos.col, true);
            const char *bind = a->asname;
            TpyModuleInfo *bound = m;
            if (bind == NULL) {
                /* `import os.path` binds `os` (and loads os.path as its attribute). */
                const char *dot = strchr(a->name, '.');
                if (dot != NULL) {
                    bind = tpy_arena_strndup(c->arena, a->name, (size_t)(dot - a->name));
                    bound = tc_import(c, bind, s, s->pos.line, s->pos.col, false);
                } else {
                    bind = a->name;
                }
            }
            TpySymbol *sym = tpy_scope_get_or_add(c->arena, scope, bind);
            if (bound != NULL) {
                sym->kind = TPY_SYM_MODULE;
                sym->module = bound;
                sym->type = module_type(c, bound);
            } else if (sym->type == NULL) {
                sym->type = c->types.error;
            }
            sym->flags |= TPY_SYMF_IMPORTED;
        }
        return;
    }
    /* from M import a as b */
    const char *mname = s->u.importfrom.module;
    if (mname == NULL || s->u.importfrom.level > 0) {
        tc_error(c, s->pos.line, s->pos.col, "unsupported in tpy: relative imports");
        return;
    }
    TpyModuleInfo *m = tc_import(c, mname, s, s->pos.line, s->pos.col, true);
    for (int i = 0; i < s->u.importfrom.names.count; i++) {
        TpyAstAlias *a = s->u.importfrom.names.items[i];
        if (strcmp(a->name, "*") == 0) {
            if (m != NULL && m->scope != NULL)
                for (int k = 0; k < m->scope->count; k++) {
                    TpySymbol *src = m->scope->symbols[k];
                    if (src->name[0] == '_' || (src->flags & TPY_SYMF_IMPORTED))
                        continue;
                    TpySymbol *sym = tpy_scope_get_or_add(c->arena, scope, src->name);
                    sym->kind = src->kind == TPY_SYM_VAR ? TPY_SYM_VAR : src->kind;
                    sym->target = src;
                    sym->flags |= TPY_SYMF_GLOBAL | TPY_SYMF_IMPORTED;
                }
            continue;
        }
        const char *bind = a->asname != NULL ? a->asname : a->name;
        TpySymbol *sym = tpy_scope_get_or_add(c->arena, scope, bind);
        sym->flags |= TPY_SYMF_IMPORTED;
        if (m == NULL) {
            sym->type = c->types.error;
            continue;
        }
        TpySymbol *src = native_in_module(c, m->name, a->name);
        if (src == NULL && m->scope != NULL)
            src = tpy_scope_lookup(m->scope, a->name);
        if (src == NULL) {
            /* A submodule: from os import path */
            char *full = tpy_arena_printf(c->arena, "%s.%s", m->name, a->name);
            TpyModuleInfo *sub = tc_import(c, full, s, s->pos.line, s->pos.col, false);
            if (sub != NULL) {
                sym->kind = TPY_SYM_MODULE;
                sym->module = sub;
                sym->type = module_type(c, sub);
                continue;
            }
            if (m->state == TPY_MODULE_DONE || m->state == TPY_MODULE_DECLARED || m->is_stub)
                tc_error(c, s->pos.line, s->pos.col,
                         "Module \"%s\" has no attribute \"%s\"", m->name, a->name);
            sym->type = c->types.error;
            continue;
        }
        if (src->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL))
            src = src->target != NULL ? src->target : src;
        /* Share the definition: classes, functions and specials are copied;
         * variables are aliased through `target` so a later inferred type shows. */
        sym->kind = src->kind;
        sym->cls = src->cls;
        sym->module = src->module;
        sym->def = src->def;
        sym->type = src->type;
        if (src->kind == TPY_SYM_VAR || src->type == NULL) {
            sym->target = src;
            sym->flags |= TPY_SYMF_GLOBAL;
        }
    }
}

/* ------------------------------------------------------------ functions */

static const char *decorator_name(TpyChecker *c, TpyAstExpr *d)
{
    if (d->kind == TPY_EXPR_CALL)
        d = d->u.call.func;
    if (d->kind == TPY_EXPR_NAME)
        return d->u.name.id;
    if (d->kind == TPY_EXPR_ATTRIBUTE) {
        const char *inner = decorator_name(c, d->u.attribute.value);
        return tpy_arena_printf(c->arena, "%s.%s", inner ? inner : "?", d->u.attribute.attr);
    }
    return "?";
}

static int decorator_special(TpyChecker *c, TpyAstExpr *d, TpyScope *scope)
{
    if (d->kind == TPY_EXPR_CALL)
        d = d->u.call.func;
    if (d->kind == TPY_EXPR_NAME) {
        TpySymbol *sym = tc_lookup_name(c, scope, d->u.name.id);
        d->u.name.sym = sym;
        if (sym != NULL && sym->kind == TPY_SYM_SPECIAL)
            return sym->type->special;
        if (sym != NULL && sym->kind == TPY_SYM_CLASS && c->builtins &&
            sym->scope == c->builtins->scope) {
            if (strcmp(sym->name, "staticmethod") == 0) return TPY_SP_STATICMETHOD;
            if (strcmp(sym->name, "classmethod") == 0) return TPY_SP_CLASSMETHOD;
            if (strcmp(sym->name, "property") == 0) return TPY_SP_PROPERTY;
        }
        return 0;
    }
    if (d->kind == TPY_EXPR_ATTRIBUTE && d->u.attribute.value->kind == TPY_EXPR_NAME) {
        TpySymbol *sym = tc_lookup_name(c, scope, d->u.attribute.value->u.name.id);
        d->u.attribute.value->u.name.sym = sym;
        if (sym != NULL && sym->kind == TPY_SYM_MODULE && sym->module != NULL) {
            TpySymbol *n = native_in_module(c, sym->module->name, d->u.attribute.attr);
            if (n != NULL)
                return n->type->special;
        }
    }
    return 0;
}

static bool body_has_yield_expr(TpyAstExpr *e, int depth);

static bool list_has_yield(TpyAstExprList *l, int depth)
{
    for (int i = 0; i < l->count; i++)
        if (body_has_yield_expr(l->items[i], depth))
            return true;
    return false;
}

static bool body_has_yield_expr(TpyAstExpr *e, int depth)
{
    if (e == NULL || depth > 100)
        return false;
    depth++;
    switch (e->kind) {
    case TPY_EXPR_YIELD: case TPY_EXPR_YIELDFROM: return true;
    case TPY_EXPR_LAMBDA: return false;
    case TPY_EXPR_BOOLOP: return list_has_yield(&e->u.boolop.values, depth);
    case TPY_EXPR_NAMEDEXPR: return body_has_yield_expr(e->u.namedexpr.value, depth);
    case TPY_EXPR_BINOP:
        return body_has_yield_expr(e->u.binop.left, depth) || body_has_yield_expr(e->u.binop.right, depth);
    case TPY_EXPR_UNARYOP: return body_has_yield_expr(e->u.unaryop.operand, depth);
    case TPY_EXPR_IFEXP:
        return body_has_yield_expr(e->u.ifexp.test, depth) || body_has_yield_expr(e->u.ifexp.body, depth) ||
               body_has_yield_expr(e->u.ifexp.orelse, depth);
    case TPY_EXPR_CALL:
        if (body_has_yield_expr(e->u.call.func, depth) || list_has_yield(&e->u.call.args, depth))
            return true;
        for (int i = 0; i < e->u.call.keywords.count; i++)
            if (body_has_yield_expr(e->u.call.keywords.items[i]->value, depth))
                return true;
        return false;
    case TPY_EXPR_COMPARE:
        return body_has_yield_expr(e->u.compare.left, depth) || list_has_yield(&e->u.compare.comparators, depth);
    case TPY_EXPR_LIST: case TPY_EXPR_TUPLE: return list_has_yield(&e->u.list.elts, depth);
    case TPY_EXPR_SET: return list_has_yield(&e->u.set.elts, depth);
    case TPY_EXPR_ATTRIBUTE: return body_has_yield_expr(e->u.attribute.value, depth);
    case TPY_EXPR_SUBSCRIPT:
        return body_has_yield_expr(e->u.subscript.value, depth) || body_has_yield_expr(e->u.subscript.slice, depth);
    case TPY_EXPR_STARRED: return body_has_yield_expr(e->u.starred.value, depth);
    default: return false;
    }
}

static bool stmts_have_yield(TpyAstStmtList *body, int depth);

static bool stmt_has_yield(TpyAstStmt *s, int depth)
{
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF: case TPY_STMT_CLASSDEF: return false;
    case TPY_STMT_EXPR: return body_has_yield_expr(s->u.expr.value, depth);
    case TPY_STMT_ASSIGN: return body_has_yield_expr(s->u.assign.value, depth);
    case TPY_STMT_ANNASSIGN: return body_has_yield_expr(s->u.annassign.value, depth);
    case TPY_STMT_AUGASSIGN: return body_has_yield_expr(s->u.augassign.value, depth);
    case TPY_STMT_RETURN: return body_has_yield_expr(s->u.return_.value, depth);
    case TPY_STMT_IF:
        return body_has_yield_expr(s->u.if_.test, depth) || stmts_have_yield(&s->u.if_.body, depth) ||
               stmts_have_yield(&s->u.if_.orelse, depth);
    case TPY_STMT_WHILE:
        return body_has_yield_expr(s->u.while_.test, depth) || stmts_have_yield(&s->u.while_.body, depth) ||
               stmts_have_yield(&s->u.while_.orelse, depth);
    case TPY_STMT_FOR:
        return body_has_yield_expr(s->u.for_.iter, depth) || stmts_have_yield(&s->u.for_.body, depth) ||
               stmts_have_yield(&s->u.for_.orelse, depth);
    case TPY_STMT_WITH:
        for (int i = 0; i < s->u.with.items.count; i++)
            if (body_has_yield_expr(s->u.with.items.items[i]->context_expr, depth))
                return true;
        return stmts_have_yield(&s->u.with.body, depth);
    case TPY_STMT_TRY:
        if (stmts_have_yield(&s->u.try_.body, depth) || stmts_have_yield(&s->u.try_.orelse, depth) ||
            stmts_have_yield(&s->u.try_.finalbody, depth))
            return true;
        for (int i = 0; i < s->u.try_.handlers.count; i++)
            if (stmts_have_yield(&s->u.try_.handlers.items[i]->body, depth))
                return true;
        return false;
    default: return false;
    }
}

static bool stmts_have_yield(TpyAstStmtList *body, int depth)
{
    if (depth > 100)
        return false;
    for (int i = 0; i < body->count; i++)
        if (stmt_has_yield(body->items[i], depth + 1))
            return true;
    return false;
}

static void collect_tvars(TpyType *t, TpyType **out, int *n, int max, TpyClass *cls)
{
    if (t == NULL)
        return;
    if (t->kind == TPY_TYPE_TYPEVAR) {
        if (t->flags & TPY_TV_SELF)
            return;
        if (cls != NULL)
            for (int i = 0; i < cls->tparam_count; i++)
                if (cls->tparams[i] == t)
                    return;
        for (int i = 0; i < *n; i++)
            if (out[i] == t)
                return;
        if (*n < max)
            out[(*n)++] = t;
        return;
    }
    if (t->kind == TPY_TYPE_CALLABLE) {
        for (int i = 0; i < t->count; i++)
            collect_tvars(t->params[i].type, out, n, max, cls);
        collect_tvars(t->ret, out, n, max, cls);
        return;
    }
    for (int i = 0; i < t->count && t->items != NULL; i++)
        if (t->kind != TPY_TYPE_CALLABLE)
            collect_tvars(t->items[i], out, n, max, cls);
}

/* The instance type of `cls` as seen inside its own methods. */
static TpyType *self_type_of(TpyChecker *c, TpyClass *cls)
{
    if (cls->tparam_count == 0)
        return tpy_types_instance(&c->types, cls, NULL, 0);
    return tpy_types_instance(&c->types, cls, cls->tparams, cls->tparam_count);
}

/* Build the CALLABLE type of a def from its annotations (reports missing ones).
 * Sets def->u.functiondef flags through the returned type's flags. */
TpyType *tc_declare_function(TpyChecker *c, TpyAstStmt *def, TpyScope *scope, TpyClass *cls)
{
    TpyTypes *T = &c->types;
    TpyAstArguments *a = def->u.functiondef.args;
    bool stub = c->module->is_stub;
    unsigned flags = 0;
    for (int i = 0; i < def->u.functiondef.decorators.count; i++) {
        TpyAstExpr *d = def->u.functiondef.decorators.items[i];
        int sp = decorator_special(c, d, scope);
        if (sp == TPY_SP_STATICMETHOD) flags |= TPY_FN_STATIC;
        else if (sp == TPY_SP_CLASSMETHOD) flags |= TPY_FN_CLASSMETHOD;
        else if (sp == TPY_SP_PROPERTY) flags |= TPY_FN_PROPERTY;
        else if (sp == TPY_SP_OVERLOAD) { /* handled by the class/module declaration */ }
        else if (d->kind == TPY_EXPR_ATTRIBUTE && (strcmp(d->u.attribute.attr, "setter") == 0 ||
                                                   strcmp(d->u.attribute.attr, "deleter") == 0)) {
            flags |= TPY_FN_HAS_SETTER;
        } else if (!stub) {
            tc_error(c, d->pos.line, d->pos.col, "unsupported in tpy: decorator '%s'",
                     decorator_name(c, d));
        }
    }
    if (cls == NULL && (flags & (TPY_FN_STATIC | TPY_FN_CLASSMETHOD)) && !stub)
        tc_error(c, def->u.functiondef.decorators.items[0]->pos.line,
                 def->u.functiondef.decorators.items[0]->pos.col + 1,
                 "\"%s\" used with a non-method", (flags & TPY_FN_STATIC) ? "staticmethod" : "classmethod");

    int total = a->posonlyargs.count + a->args.count + (a->vararg != NULL) + a->kwonlyargs.count +
                (a->kwarg != NULL);
    TpyParam *ps = tpy_arena_alloc(c->arena, sizeof(TpyParam) * (size_t)(total + 1));
    int n = 0, annotated = 0, unannotated = 0;
    int npos = a->posonlyargs.count + a->args.count;
    for (int i = 0; i < npos; i++) {
        TpyAstArg *arg = i < a->posonlyargs.count ? a->posonlyargs.items[i]
                                                  : a->args.items[i - a->posonlyargs.count];
        TpyParam *p = &ps[n++];
        p->name = arg->name;
        p->kind = i < a->posonlyargs.count ? TPY_PARAM_POSONLY : TPY_PARAM_POS;
        p->has_default = i >= npos - a->defaults.count;
        bool implicit_self = i == 0 && cls != NULL && !(flags & TPY_FN_STATIC);
        if (arg->annotation != NULL) {
            p->type = ann(c, arg->annotation, scope, 0);
            if (!implicit_self)
                annotated++;
        } else if (implicit_self) {
            TpyType *st = self_type_of(c, cls);
            p->type = (flags & TPY_FN_CLASSMETHOD) ? tpy_types_classobj(T, st) : st;
        } else {
            p->type = T->error;
            unannotated++;
        }
    }
    TpyAstArg *extra[2] = { a->vararg, a->kwarg };
    for (int k = 0; k < a->kwonlyargs.count + 2; k++) {
        TpyAstArg *arg;
        TpyParamKind kind;
        bool has_default = false;
        if (k == 0) {
            arg = extra[0];
            kind = TPY_PARAM_VARARG;
        } else if (k <= a->kwonlyargs.count) {
            arg = a->kwonlyargs.items[k - 1];
            kind = TPY_PARAM_KWONLY;
            has_default = k - 1 < a->kw_defaults.count && a->kw_defaults.items[k - 1] != NULL;
        } else {
            arg = extra[1];
            kind = TPY_PARAM_KWARG;
        }
        if (arg == NULL)
            continue;
        TpyParam *p = &ps[n++];
        p->name = arg->name;
        p->kind = kind;
        p->has_default = has_default;
        if (arg->annotation != NULL) {
            p->type = ann(c, arg->annotation, scope, 0);
            annotated++;
        } else {
            p->type = T->error;
            unannotated++;
        }
    }
    TpyType *ret;
    bool is_init = cls != NULL && strcmp(def->u.functiondef.name, "__init__") == 0;
    if (def->u.functiondef.returns != NULL) {
        ret = ann(c, def->u.functiondef.returns, scope, 0);
    } else {
        ret = is_init && annotated > 0 ? T->none : T->error;
        if (!stub && !(is_init && annotated > 0 && unannotated == 0)) {
            if (annotated == 0 && unannotated > 0)
                tc_error(c, def->pos.line, def->pos.col, "Function is missing a type annotation");
            else
                tc_error(c, def->pos.line, def->pos.col, "Function is missing a return type annotation");
        }
    }
    if (!stub && unannotated > 0 && (def->u.functiondef.returns != NULL || annotated > 0))
        tc_error(c, def->pos.line, def->pos.col,
                 "Function is missing a type annotation for one or more arguments");
    if (stmts_have_yield(&def->u.functiondef.body, 0)) {
        flags |= TPY_FN_GENERATOR;
        bool ok = ret->kind == TPY_TYPE_ERROR ||
                  (ret->kind == TPY_TYPE_INSTANCE &&
                   (ret->cls == T->b.generator || ret->cls == T->b.iterator ||
                    ret->cls == T->b.iterable || ret->cls == T->b.object));
        if (!ok)
            tc_error(c, def->pos.line, def->pos.col,
                     "The return type of a generator function should be \"Generator\" or one of its supertypes");
    }
    TpyType *fn = tpy_types_callable(T, ps, n, ret);
    fn->flags = flags;
    fn->name = def->u.functiondef.name;
    fn->owner = cls != NULL ? cls->name : NULL;
    fn->def = def;
    TpyType *tv[16];
    int ntv = 0;
    collect_tvars(fn, tv, &ntv, 16, cls);
    if (ntv > 0) {
        fn->tvars = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)ntv);
        memcpy(fn->tvars, tv, sizeof(TpyType *) * (size_t)ntv);
        fn->tvar_count = ntv;
    }
    return fn;
}

/* ----------------------------------------------------------------- classes */

static bool is_overload_def(TpyChecker *c, TpyAstStmt *s, TpyScope *scope)
{
    if (s->kind != TPY_STMT_FUNCTIONDEF)
        return false;
    for (int i = 0; i < s->u.functiondef.decorators.count; i++)
        if (decorator_special(c, s->u.functiondef.decorators.items[i], scope) == TPY_SP_OVERLOAD)
            return true;
    return false;
}

/* Declare one def into `scope` (module or class), merging @overload variants
 * and property setters into the existing symbol. */
void tc_declare_def(TpyChecker *c, TpyAstStmt *s, TpyScope *scope, TpyClass *cls)
{
    TpySymbol *sym = tpy_scope_lookup(scope, s->u.functiondef.name);
    bool overload = is_overload_def(c, s, scope);
    TpyType *fn = tc_declare_function(c, s, scope, cls);
    if (sym == NULL)
        sym = tpy_scope_add(c->arena, scope, s->u.functiondef.name, TPY_SYM_FUNC);
    s->u.functiondef.sym = sym;
    if (fn->flags & TPY_FN_HAS_SETTER) {
        sym->flags |= TPY_SYMF_SETTABLE;
        if (sym->type != NULL && sym->type->kind == TPY_TYPE_CALLABLE)
            sym->type->flags |= TPY_FN_HAS_SETTER;
        return;
    }
    if (!overload && sym->def != NULL && sym->def != s && sym->def->kind == TPY_STMT_FUNCTIONDEF &&
        !(sym->type != NULL && sym->type->kind == TPY_TYPE_OVERLOADED) && !c->module->is_stub)
        tc_error(c, s->pos.line, s->pos.col, "Name \"%s\" already defined on line %d", sym->name,
                 sym->def->pos.line);
    if (cls != NULL && !c->module->is_stub && !(fn->flags & TPY_FN_STATIC) &&
        s->u.functiondef.args->posonlyargs.count + s->u.functiondef.args->args.count == 0 &&
        s->u.functiondef.args->vararg == NULL)
        tc_error(c, s->pos.line, s->pos.col,
                 "Method must have at least one argument. Did you forget the \"self\" argument?");
    sym->kind = TPY_SYM_FUNC;
    sym->cls = cls;
    sym->source = c->module->source;
    if (overload && sym->type != NULL && sym->type->kind == TPY_TYPE_OVERLOADED && sym->def != NULL &&
        is_overload_def(c, sym->def, scope)) {
        TpyType *o = sym->type;
        TpyType **items = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)(o->count + 1));
        memcpy(items, o->items, sizeof(TpyType *) * (size_t)o->count);
        items[o->count] = fn;
        o->items = items;
        o->count++;
        sym->def = s;
        return;
    }
    if (overload) {
        TpyType *o = tpy_arena_alloc(c->arena, sizeof(TpyType));
        o->kind = TPY_TYPE_OVERLOADED;
        o->items = tpy_arena_alloc(c->arena, sizeof(TpyType *));
        o->items[0] = fn;
        o->count = 1;
        o->name = fn->name;
        o->owner = fn->owner;
        sym->type = o;
    } else if (sym->type != NULL && sym->type->kind == TPY_TYPE_OVERLOADED && sym->def != NULL &&
               is_overload_def(c, sym->def, scope)) {
        /* the implementation after the overloads: keep the overloads */
    } else {
        sym->type = fn;
    }
    sym->def = s;
    sym->line = s->pos.line;
    sym->col = s->pos.col;
}

static TpyClass *class_of_expr(TpyChecker *c, TpyAstExpr *e, TpyScope *scope)
{
    if (e->kind != TPY_EXPR_NAME && e->kind != TPY_EXPR_ATTRIBUTE)
        return NULL;
    int saved = c->silent;
    c->silent = 1;
    TpySymbol *sym = ann_symbol(c, e, scope);
    c->silent = saved;
    return sym != NULL && sym->kind == TPY_SYM_CLASS ? sym->cls : NULL;
}


static void add_field(TpyChecker *c, TpyClass *cls, TpySymbol *sym)
{
    TpySymbol **grown = tpy_arena_alloc(c->arena, sizeof(TpySymbol *) * (size_t)(cls->field_count + 1));
    if (cls->field_count > 0)
        memcpy(grown, cls->fields, sizeof(TpySymbol *) * (size_t)cls->field_count);
    grown[cls->field_count] = sym;
    cls->fields = grown;
    cls->field_count++;
}

static TpySymbol *class_member(TpyClass *cls, const char *name)
{
    for (int guard = 0; cls != NULL && guard < 1000; cls = cls->base, guard++) {
        TpySymbol *sym = tpy_scope_lookup(cls->members, name);
        if (sym != NULL)
            return sym;
    }
    return NULL;
}

static bool slots_allow(TpyClass *cls, const char *name)
{
    for (TpyClass *k = cls; k != NULL && k->base != NULL; k = k->base) {
        if (!(k->flags & TPY_CLASS_SLOTS))
            return true;   /* a base without __slots__ has a __dict__ */
        for (int i = 0; i < k->slot_count; i++)
            if (strcmp(k->slots[i], name) == 0)
                return true;
    }
    return false;
}

/* self.NAME = value / self.NAME: T = value inside a method body. */
static void scan_self_assigns(TpyChecker *c, TpyClass *cls, TpyAstStmt *method,
                              const char *self_name, TpyAstStmtList *body, int depth)
{
    if (depth > 50)
        return;
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        TpyAstExpr *targets[64];
        int nt = 0;
        TpyAstExpr *annotation = NULL, *value = NULL;
        switch (s->kind) {
        case TPY_STMT_ASSIGN:
            for (int k = 0; k < s->u.assign.targets.count && nt < 64; k++) {
                TpyAstExpr *t = s->u.assign.targets.items[k];
                if (t->kind == TPY_EXPR_TUPLE || t->kind == TPY_EXPR_LIST) {
                    for (int j = 0; j < t->u.list.elts.count && nt < 64; j++)
                        targets[nt++] = t->u.list.elts.items[j];
                } else {
                    targets[nt++] = t;
                }
            }
            value = s->u.assign.targets.count == 1 && s->u.assign.targets.items[0]->kind == TPY_EXPR_ATTRIBUTE
                        ? s->u.assign.value : NULL;
            break;
        case TPY_STMT_ANNASSIGN:
            targets[nt++] = s->u.annassign.target;
            annotation = s->u.annassign.annotation;
            value = s->u.annassign.value;
            break;
        case TPY_STMT_IF:
            scan_self_assigns(c, cls, method, self_name, &s->u.if_.body, depth + 1);
            scan_self_assigns(c, cls, method, self_name, &s->u.if_.orelse, depth + 1);
            break;
        case TPY_STMT_FOR:
            scan_self_assigns(c, cls, method, self_name, &s->u.for_.body, depth + 1);
            scan_self_assigns(c, cls, method, self_name, &s->u.for_.orelse, depth + 1);
            break;
        case TPY_STMT_WHILE:
            scan_self_assigns(c, cls, method, self_name, &s->u.while_.body, depth + 1);
            scan_self_assigns(c, cls, method, self_name, &s->u.while_.orelse, depth + 1);
            break;
        case TPY_STMT_WITH:
            scan_self_assigns(c, cls, method, self_name, &s->u.with.body, depth + 1);
            break;
        case TPY_STMT_TRY:
            scan_self_assigns(c, cls, method, self_name, &s->u.try_.body, depth + 1);
            scan_self_assigns(c, cls, method, self_name, &s->u.try_.orelse, depth + 1);
            scan_self_assigns(c, cls, method, self_name, &s->u.try_.finalbody, depth + 1);
            for (int k = 0; k < s->u.try_.handlers.count; k++)
                scan_self_assigns(c, cls, method, self_name, &s->u.try_.handlers.items[k]->body, depth + 1);
            break;
        default:
            break;
        }
        for (int k = 0; k < nt; k++) {
            TpyAstExpr *t = targets[k];
            if (t->kind != TPY_EXPR_ATTRIBUTE || t->u.attribute.value->kind != TPY_EXPR_NAME ||
                strcmp(t->u.attribute.value->u.name.id, self_name) != 0)
                continue;
            const char *name = t->u.attribute.attr;
            TpySymbol *existing = class_member(cls, name);
            if (existing != NULL) {
                if (annotation != NULL && existing->type == NULL && existing->cls == cls)
                    existing->type = ann(c, annotation, cls->members->parent, 0);
                continue;
            }
            if (!slots_allow(cls, name))
                continue;   /* reported when the assignment is checked */
            TpySymbol *sym = tpy_scope_add(c->arena, cls->members, name, TPY_SYM_VAR);
            sym->flags |= TPY_SYMF_FIELD;
            sym->cls = cls;
            sym->def = method;
            sym->value = value;
            sym->line = t->pos.line;
            sym->col = t->pos.col;
            sym->source = c->module->source;
            if (annotation != NULL) {
                sym->type = ann(c, annotation, cls->members->parent, 0);
                sym->flags |= TPY_SYMF_DECLARED;
            }
            add_field(c, cls, sym);
        }
    }
}

static TpyType *synth_init(TpyChecker *c, TpyClass *cls)
{
    TpyTypes *T = &c->types;
    TpyParam *ps = tpy_arena_alloc(c->arena, sizeof(TpyParam) * (size_t)(cls->field_count + 1));
    int n = 0;
    ps[n++] = (TpyParam){ "self", self_type_of(c, cls), TPY_PARAM_POS, false };
    for (int i = 0; i < cls->field_count; i++) {
        TpySymbol *f = cls->fields[i];
        if (f->flags & TPY_SYMF_INIT_FALSE)
            continue;
        if (!(f->cls->flags & (TPY_CLASS_DATACLASS | TPY_CLASS_NAMEDTUPLE)))
            continue;
        ps[n++] = (TpyParam){ f->name, f->type ? f->type : T->error, TPY_PARAM_POS,
                              (f->flags & TPY_SYMF_HAS_DEFAULT) != 0 };
    }
    TpyType *fn = tpy_types_callable(T, ps, n, T->none);
    fn->name = "__init__";
    fn->owner = cls->name;
    return fn;
}

/* The methods typing.NamedTuple gives a class (mypy's semantanal_namedtuple):
 * _replace(self, *, field=...) -> C and _asdict(self) -> dict[str, Any]. */
static void synth_namedtuple_methods(TpyChecker *c, TpyClass *cls)
{
    TpyTypes *T = &c->types;
    TpyScope *ms = cls->members;
    TpyType *self_t = self_type_of(c, cls);
    if (tpy_scope_lookup(ms, "_replace") == NULL) {
        TpyParam *ps = tpy_arena_alloc(c->arena, sizeof(TpyParam) * (size_t)(cls->field_count + 1));
        int n = 0;
        ps[n++] = (TpyParam){ "self", self_t, TPY_PARAM_POS, false };
        for (int i = 0; i < cls->field_count; i++) {
            TpySymbol *f = cls->fields[i];
            ps[n++] = (TpyParam){ f->name, f->type ? f->type : T->error, TPY_PARAM_KWONLY, true };
        }
        TpySymbol *m = tpy_scope_add(c->arena, ms, "_replace", TPY_SYM_FUNC);
        m->type = tpy_types_callable(T, ps, n, self_t);
        m->type->name = "_replace";
        m->type->owner = cls->name;
        m->cls = cls;
    }
    if (tpy_scope_lookup(ms, "_fields") == NULL && T->b.tuple != NULL) {
        TpySymbol *f = tpy_scope_add(c->arena, ms, "_fields", TPY_SYM_VAR);
        f->type = tpy_types_instance1(T, T->b.tuple, T->t_str);
        f->flags |= TPY_SYMF_CLASSVAR | TPY_SYMF_DECLARED;
        f->cls = cls;
    }
    if (tpy_scope_lookup(ms, "_asdict") == NULL && T->b.dict != NULL) {
        TpyParam *ps = tpy_arena_alloc(c->arena, sizeof(TpyParam));
        ps[0] = (TpyParam){ "self", self_t, TPY_PARAM_POS, false };
        TpySymbol *m = tpy_scope_add(c->arena, ms, "_asdict", TPY_SYM_FUNC);
        m->type = tpy_types_callable(T, ps, 1, tpy_types_instance2(T, T->b.dict, T->t_str, T->error));
        m->type->name = "_asdict";
        m->type->owner = cls->name;
        m->cls = cls;
    }
}

static bool is_field_call(TpyChecker *c, TpyAstExpr *v, TpyScope *scope, bool *init_false,
                          bool *has_default)
{
    if (v == NULL || v->kind != TPY_EXPR_CALL)
        return false;
    if (decorator_special(c, v, scope) != TPY_SP_FIELD)
        return false;
    *has_default = false;
    for (int i = 0; i < v->u.call.keywords.count; i++) {
        TpyAstKeyword *k = v->u.call.keywords.items[i];
        if (k->name == NULL)
            continue;
        if (strcmp(k->name, "default") == 0 || strcmp(k->name, "default_factory") == 0)
            *has_default = true;
        if (strcmp(k->name, "init") == 0 && k->value->kind == TPY_EXPR_CONSTANT &&
            k->value->u.constant.kind == TPY_CONST_FALSE)
            *init_false = true;
    }
    return true;
}

static void check_overrides(TpyChecker *c, TpyClass *cls);

void tc_declare_class(TpyChecker *c, TpySymbol *csym)
{
    TpyClass *cls = csym->cls;
    if (cls->flags & TPY_CLASS_DECLARED)
        return;
    cls->flags |= TPY_CLASS_DECLARED;
    TpyTypes *T = &c->types;
    TpyAstStmt *def = cls->def;
    TpyScope *outer = cls->members->parent;
    TpyModuleInfo *saved_module = c->module;
    if (csym->scope != NULL && csym->scope->module != NULL)
        c->module = csym->scope->module;
    bool stub = c->module->is_stub;
    if (stub)
        cls->flags |= TPY_CLASS_STUB;

    /* Bases. */
    TpyAstExpr *real_base = NULL;
    TpyAstExpr *generic_args = NULL;
    int real_count = 0;
    for (int i = 0; i < def->u.classdef.bases.count; i++) {
        TpyAstExpr *b = def->u.classdef.bases.items[i];
        TpyAstExpr *head = b->kind == TPY_EXPR_SUBSCRIPT ? b->u.subscript.value : b;
        int saved = c->silent;
        c->silent = 1;
        TpySymbol *sym = ann_symbol(c, head, outer);
        c->silent = saved;
        int sp = sym != NULL && sym->kind == TPY_SYM_SPECIAL ? sym->type->special : 0;
        if (sp == TPY_SP_GENERIC || sp == TPY_SP_PROTOCOL) {
            if (!stub) {   /* user-defined generics and protocols are outside the subset */
                tc_error(c, def->pos.line, def->pos.col, "unsupported in tpy: %s",
                         sp == TPY_SP_GENERIC ? "Generic" : "Protocol");
                continue;
            }
            if (sp == TPY_SP_PROTOCOL)
                cls->flags |= TPY_CLASS_PROTOCOL;
            if (b->kind == TPY_EXPR_SUBSCRIPT)
                generic_args = b->u.subscript.slice;
            continue;
        }
        if (sp == TPY_SP_NAMEDTUPLE) {
            cls->flags |= TPY_CLASS_NAMEDTUPLE;
            continue;
        }
        if (sym == NULL) {
            ann_symbol(c, head, outer);   /* report the name */
            continue;
        }
        if (sym->kind != TPY_SYM_CLASS) {
            tc_error(c, b->pos.line, b->pos.col, "Invalid base class \"%s\"", sym->name);
            continue;
        }
        real_count++;
        if (real_count == 2 && !stub)
            tc_error(c, def->pos.line, def->pos.col, "unsupported in tpy: multiple inheritance");
        if (real_count == 1)
            real_base = b;
    }
    for (int i = 0; i < def->u.classdef.keywords.count; i++) {
        TpyAstKeyword *k = def->u.classdef.keywords.items[i];
        tc_error(c, k->pos.line, k->pos.col, "unsupported in tpy: class keyword '%s'",
                 k->name ? k->name : "**");
    }
    /* Type parameters: Generic[...] / Protocol[...] or those used by the base. */
    if (generic_args != NULL) {
        TpyAstExpr **args;
        int n;
        ann_args(generic_args, &args, &n);
        cls->tparams = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)(n + 1));
        TpyAstExpr *argv[16];
        if (n > 16) n = 16;
        memcpy(argv, args, sizeof(TpyAstExpr *) * (size_t)n);
        for (int i = 0; i < n; i++) {
            TpyType *tv = ann(c, argv[i], outer, 0);
            if (tv->kind == TPY_TYPE_TYPEVAR)
                cls->tparams[cls->tparam_count++] = tv;
        }
    }
    if (real_base != NULL) {
        TpyAstExpr *head = real_base->kind == TPY_EXPR_SUBSCRIPT ? real_base->u.subscript.value : real_base;
        TpyClass *base = class_of_expr(c, head, outer);
        if (base != NULL && base->def != NULL && !(base->flags & TPY_CLASS_DECLARED)) {
            TpySymbol *bsym = base->def->u.classdef.sym;
            if (bsym != NULL)
                tc_declare_class(c, bsym);
        }
        if (base != NULL && tpy_class_is_subclass(base, cls)) {
            tc_error(c, real_base->pos.line, real_base->pos.col, "Cycle in inheritance hierarchy");
            base = NULL;
        }
        if (base != NULL) {
            cls->base = base;
            if (real_base->kind == TPY_EXPR_SUBSCRIPT) {
                TpyType *bt = ann(c, real_base, outer, 0);
                if (bt->kind == TPY_TYPE_INSTANCE && bt->cls == base) {
                    cls->base_args = bt->items;
                    cls->base_arg_count = bt->count;
                }
                if (generic_args == NULL) {
                    TpyType *tv[16];
                    int ntv = 0;
                    collect_tvars(bt, tv, &ntv, 16, NULL);
                    cls->tparams = tpy_arena_alloc(c->arena, sizeof(TpyType *) * (size_t)(ntv + 1));
                    memcpy(cls->tparams, tv, sizeof(TpyType *) * (size_t)ntv);
                    cls->tparam_count = ntv;
                }
            } else if (base->tparam_count > 0 && !stub) {
                tc_error(c, real_base->pos.line, real_base->pos.col,
                         "Missing type parameters for generic type \"%s\"", base->name);
            }
        }
    }
    if (cls->base == NULL && cls != T->b.object)
        cls->base = T->b.object;
    if (cls->flags & TPY_CLASS_NAMEDTUPLE)
        cls->base = T->b.tuple != NULL ? T->b.tuple : T->b.object;
    if (cls->base != NULL) {
        cls->depth = cls->base->depth + 1;
        /* object's annotated attributes (__dict__, __module__...) are not fields */
        if (cls->base != T->b.object)
            for (int i = 0; i < cls->base->field_count; i++)
                add_field(c, cls, cls->base->fields[i]);
        if (cls->base->flags & TPY_CLASS_EXCEPTION)
            cls->flags |= TPY_CLASS_EXCEPTION;
        if ((cls->base->flags & TPY_CLASS_DATACLASS) && cls->base->def != NULL)
            cls->flags |= 0;
    }
    if (T->b.base_exception == cls)
        cls->flags |= TPY_CLASS_EXCEPTION;

    /* Decorators. */
    for (int i = 0; i < def->u.classdef.decorators.count; i++) {
        TpyAstExpr *d = def->u.classdef.decorators.items[i];
        int sp = decorator_special(c, d, outer);
        if (sp == TPY_SP_DATACLASS) {
            cls->flags |= TPY_CLASS_DATACLASS;
            if (d->kind == TPY_EXPR_CALL)
                for (int k = 0; k < d->u.call.keywords.count; k++) {
                    TpyAstKeyword *kw = d->u.call.keywords.items[k];
                    bool on = kw->value->kind == TPY_EXPR_CONSTANT &&
                              kw->value->u.constant.kind == TPY_CONST_TRUE;
                    if (kw->name && strcmp(kw->name, "order") == 0 && on)
                        cls->flags |= TPY_CLASS_ORDER;
                    if (kw->name && strcmp(kw->name, "frozen") == 0 && on)
                        cls->flags |= TPY_CLASS_FROZEN;
                }
        } else if (!stub) {
            tc_error(c, d->pos.line, d->pos.col, "unsupported in tpy: decorator '%s'", decorator_name(c, d));
        }
    }

    /* Members of the class body. */
    TpyClass *saved_cls = c->class_ctx;
    c->class_ctx = cls;
    TpyScope *ms = cls->members;
    TpyAstStmtList *body = &def->u.classdef.body;
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind == TPY_STMT_ANNASSIGN && s->u.annassign.target->kind == TPY_EXPR_NAME) {
            const char *name = s->u.annassign.target->u.name.id;
            TpySymbol *sym = tpy_scope_get_or_add(c->arena, ms, name);
            TpyAstExpr *an = s->u.annassign.annotation;
            bool classvar = false;
            if (an->kind == TPY_EXPR_SUBSCRIPT) {
                int saved = c->silent;
                c->silent = 1;
                TpySymbol *h = ann_symbol(c, an->u.subscript.value, outer);
                c->silent = saved;
                classvar = h != NULL && h->kind == TPY_SYM_SPECIAL && h->type->special == TPY_SP_CLASSVAR;
            }
            sym->type = ann(c, an, ms, 0);
            sym->flags |= TPY_SYMF_DECLARED | (classvar ? TPY_SYMF_CLASSVAR : TPY_SYMF_FIELD);
            sym->cls = cls;
            sym->line = s->pos.line;
            sym->col = s->pos.col;
            sym->value = s->u.annassign.value;
            sym->def = s;
            sym->source = c->module->source;
            s->u.annassign.target->u.name.sym = sym;
            bool init_false = false, has_default = s->u.annassign.value != NULL;
            is_field_call(c, s->u.annassign.value, outer, &init_false, &has_default);
            if (has_default)
                sym->flags |= TPY_SYMF_HAS_DEFAULT;
            if (init_false)
                sym->flags |= TPY_SYMF_INIT_FALSE;
            if (!classvar) {
                /* A redeclared inherited field keeps its slot. */
                bool inherited = false;
                for (int k = 0; k < cls->field_count; k++)
                    if (strcmp(cls->fields[k]->name, name) == 0) {
                        cls->fields[k] = sym;
                        inherited = true;
                    }
                if (!inherited)
                    add_field(c, cls, sym);
            }
        } else if (s->kind == TPY_STMT_ASSIGN) {
            for (int k = 0; k < s->u.assign.targets.count; k++) {
                TpyAstExpr *t = s->u.assign.targets.items[k];
                if (t->kind != TPY_EXPR_NAME)
                    continue;
                const char *name = t->u.name.id;
                if (strcmp(name, "__slots__") == 0) {
                    cls->flags |= TPY_CLASS_SLOTS;
                    TpyAstExpr *v = s->u.assign.value;
                    if (v->kind == TPY_EXPR_CONSTANT && v->u.constant.kind == TPY_CONST_STR) {
                        cls->slots = tpy_arena_alloc(c->arena, sizeof(char *));
                        cls->slots[cls->slot_count++] = v->u.constant.str;
                    } else if (v->kind == TPY_EXPR_TUPLE || v->kind == TPY_EXPR_LIST) {
                        int n = v->u.list.elts.count;
                        cls->slots = tpy_arena_alloc(c->arena, sizeof(char *) * (size_t)(n + 1));
                        for (int j = 0; j < n; j++) {
                            TpyAstExpr *el = v->u.list.elts.items[j];
                            if (el->kind == TPY_EXPR_CONSTANT && el->u.constant.kind == TPY_CONST_STR)
                                cls->slots[cls->slot_count++] = el->u.constant.str;
                        }
                    }
                }
                TpySymbol *sym = tpy_scope_get_or_add(c->arena, ms, name);
                if (sym->value == NULL && !(sym->flags & TPY_SYMF_DECLARED)) {
                    sym->flags |= TPY_SYMF_CLASSVAR;
                    sym->value = s->u.assign.value;
                    sym->cls = cls;
                    sym->def = s;
                    sym->line = t->pos.line;
                    sym->col = t->pos.col;
                    sym->source = c->module->source;
                }
                t->u.name.sym = sym;
            }
        } else if (s->kind == TPY_STMT_FUNCTIONDEF) {
            tc_declare_def(c, s, ms, cls);
        } else if (s->kind == TPY_STMT_CLASSDEF) {
            TpySymbol *sym = tpy_scope_lookup(ms, s->u.classdef.name);
            if (sym != NULL && sym->kind == TPY_SYM_CLASS)
                tc_declare_class(c, sym);
        }
    }
    /* Fields assigned through self in methods. */
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind != TPY_STMT_FUNCTIONDEF || stub)
            continue;
        TpySymbol *msym = s->u.functiondef.sym;
        if (msym == NULL || msym->type == NULL || msym->type->kind != TPY_TYPE_CALLABLE ||
            (msym->type->flags & (TPY_FN_STATIC | TPY_FN_CLASSMETHOD)))
            continue;
        TpyAstArguments *a = s->u.functiondef.args;
        TpyAstArg *first = a->posonlyargs.count > 0 ? a->posonlyargs.items[0]
                           : a->args.count > 0 ? a->args.items[0] : NULL;
        if (first != NULL)
            scan_self_assigns(c, cls, s, first->name, &s->u.functiondef.body, 0);
    }
    c->class_ctx = saved_cls;

    if ((cls->flags & (TPY_CLASS_DATACLASS | TPY_CLASS_NAMEDTUPLE)) &&
        tpy_scope_lookup(ms, "__init__") == NULL) {
        TpySymbol *init = tpy_scope_add(c->arena, ms, "__init__", TPY_SYM_FUNC);
        init->type = synth_init(c, cls);
        init->cls = cls;
        if (!stub && (cls->flags & TPY_CLASS_DATACLASS)) {
            /* Fields without defaults may not follow fields with defaults. */
            bool seen_default = false;
            for (int i = 0; i < cls->field_count; i++) {
                TpySymbol *f = cls->fields[i];
                if (!(f->cls->flags & TPY_CLASS_DATACLASS) || (f->flags & TPY_SYMF_INIT_FALSE))
                    continue;
                if (f->flags & TPY_SYMF_HAS_DEFAULT)
                    seen_default = true;
                else if (seen_default && f->cls == cls)
                    tc_error(c, f->line, f->col, "Attributes without a default cannot follow attributes with one");
            }
        }
    }
    if (cls->flags & TPY_CLASS_NAMEDTUPLE) {
        synth_namedtuple_methods(c, cls);
        TpyType *elem = T->nothing;
        for (int i = 0; i < cls->field_count; i++)
            elem = tpy_types_join(T, elem, cls->fields[i]->type ? cls->fields[i]->type : T->error);
        if (T->b.tuple != NULL) {
            cls->base_args = tpy_arena_alloc(c->arena, sizeof(TpyType *));
            cls->base_args[0] = elem;
            cls->base_arg_count = 1;
        }
    }
    if ((cls->flags & TPY_CLASS_ORDER)) {
        static const char *const cmp[] = { "__lt__", "__le__", "__gt__", "__ge__" };
        for (int i = 0; i < 4; i++) {
            if (tpy_scope_lookup(ms, cmp[i]) != NULL)
                continue;
            TpyParam ps[2] = { { "self", self_type_of(c, cls), TPY_PARAM_POS, false },
                               { "other", self_type_of(c, cls), TPY_PARAM_POS, false } };
            TpySymbol *m = tpy_scope_add(c->arena, ms, cmp[i], TPY_SYM_FUNC);
            m->type = tpy_types_callable(T, ps, 2, T->t_bool);
            m->type->name = cmp[i];
            m->type->owner = cls->name;
            m->cls = cls;
        }
    }
    cls->flags |= TPY_CLASS_FIELDS_DONE;
    if (!stub)
        check_overrides(c, cls);
    c->module = saved_module;
}

/* --------------------------------------------------------------- overrides */

static TpyType *unbound_callable(TpyType *t)
{
    if (t == NULL)
        return NULL;
    if (t->kind == TPY_TYPE_OVERLOADED && t->count > 0)
        return t->items[0];
    return t->kind == TPY_TYPE_CALLABLE ? t : NULL;
}

static void check_overrides(TpyChecker *c, TpyClass *cls)
{
    if (cls->base == NULL)
        return;
    for (int i = 0; i < cls->members->count; i++) {
        TpySymbol *sym = cls->members->symbols[i];
        if (sym->kind != TPY_SYM_FUNC || sym->def == NULL)
            continue;
        const char *name = sym->name;
        if (strcmp(name, "__init__") == 0 || strcmp(name, "__new__") == 0 ||
            strcmp(name, "__init_subclass__") == 0 || strcmp(name, "__post_init__") == 0)
            continue;
        TpySymbol *base_sym = class_member(cls->base, name);
        if (base_sym == NULL || base_sym->kind != TPY_SYM_FUNC)
            continue;
        TpyType *sub = unbound_callable(sym->type);
        TpyType *sup = unbound_callable(base_sym->type);
        if (sub == NULL || sup == NULL)
            continue;
        /* Map the base's signature through the base type arguments. */
        TpyType *self_t = self_type_of(c, cls);
        TpyType *mapped = tpy_types_map_to_class(&c->types, self_t, base_sym->cls);
        if (mapped != NULL && base_sym->cls->tparam_count > 0)
            sup = tpy_types_subst(&c->types, sup, base_sym->cls->tparams, mapped->items,
                                  mapped->count, self_t);
        int line = sym->def->pos.line, col = sym->def->pos.col;
        const char *base_name = base_sym->cls ? base_sym->cls->name : "?";
        if ((sub->flags & TPY_FN_PROPERTY) || (sup->flags & TPY_FN_PROPERTY)) {
            if ((sub->flags & TPY_FN_PROPERTY) && (sup->flags & TPY_FN_PROPERTY) &&
                !tc_is_subtype(c, sub->ret, sup->ret))
                tc_error(c, line, col,
                         "Return type \"%s\" of \"%s\" incompatible with return type \"%s\" in supertype \"%s\"",
                         tc_str(c, sub->ret), name, tc_str(c, sup->ret), base_name);
            continue;
        }
        /* Parameters after self, positionally. */
        int si = (sub->flags & TPY_FN_STATIC) ? 0 : 1, pi = (sup->flags & TPY_FN_STATIC) ? 0 : 1;
        bool shape_ok = true;
        int reported = 0;
        int argno = 1;
        for (; pi < sup->count; pi++, argno++) {
            TpyParam *pp = &sup->params[pi];
            if (pp->kind == TPY_PARAM_VARARG || pp->kind == TPY_PARAM_KWARG || pp->kind == TPY_PARAM_KWONLY) {
                bool found = false;
                for (int k = 0; k < sub->count; k++)
                    if (sub->params[k].kind == pp->kind ||
                        (pp->kind == TPY_PARAM_KWONLY && sub->params[k].name && pp->name &&
                         strcmp(sub->params[k].name, pp->name) == 0))
                        found = true;
                if (!found)
                    shape_ok = false;
                continue;
            }
            if (si >= sub->count || (sub->params[si].kind != TPY_PARAM_POS &&
                                     sub->params[si].kind != TPY_PARAM_POSONLY)) {
                bool vararg = si < sub->count && sub->params[si].kind == TPY_PARAM_VARARG;
                if (!vararg)
                    shape_ok = false;
                continue;
            }
            TpyParam *sp = &sub->params[si++];
            if (!tc_is_subtype(c, pp->type, sp->type)) {
                tc_error(c, line, col,
                         "Argument %d of \"%s\" is incompatible with supertype \"%s\"; supertype defines the argument type as \"%s\"",
                         argno, name, base_name, tc_str(c, pp->type));
                reported++;
            }
        }
        for (; si < sub->count; si++) {
            TpyParam *sp = &sub->params[si];
            if ((sp->kind == TPY_PARAM_POS || sp->kind == TPY_PARAM_POSONLY || sp->kind == TPY_PARAM_KWONLY) &&
                !sp->has_default)
                shape_ok = false;
        }
        if (!shape_ok) {
            tc_error(c, line, col, "Signature of \"%s\" incompatible with supertype \"%s\"", name, base_name);
            continue;
        }
        if (!tc_is_subtype(c, sub->ret, sup->ret))
            tc_error(c, line, col,
                     "Return type \"%s\" of \"%s\" incompatible with return type \"%s\" in supertype \"%s\"",
                     tc_str(c, sub->ret), name, tc_str(c, sup->ret), base_name);
        (void)reported;
    }
}

/* ------------------------------------------------------- module declaration */

/* The class record for a class statement, created when its name is bound. */
void tc_bind_class(TpyChecker *c, TpyAstStmt *s, TpyScope *scope)
{
    TpySymbol *sym = tpy_scope_lookup(scope, s->u.classdef.name);
    if (sym == NULL)
        sym = tpy_scope_add(c->arena, scope, s->u.classdef.name, TPY_SYM_CLASS);
    if (sym->kind == TPY_SYM_CLASS && sym->cls != NULL)
        return;   /* redefinition: keep the first */
    sym->kind = TPY_SYM_CLASS;
    TpyClass *cls = tpy_types_new_class(&c->types, s->u.classdef.name,
                                        c->module->is_stub ? c->module->name : c->module->name);
    cls->def = s;
    cls->members = tpy_scope_new(c->arena, TPY_SCOPE_CLASS, s->u.classdef.name, scope);
    cls->members->cls = cls;
    sym->cls = cls;
    sym->def = s;
    sym->line = s->pos.line;
    sym->col = s->pos.col;
    sym->source = c->module->source;
    s->u.classdef.sym = sym;
    s->u.classdef.scope = cls->members;
    /* Nested classes. */
    for (int i = 0; i < s->u.classdef.body.count; i++)
        if (s->u.classdef.body.items[i]->kind == TPY_STMT_CLASSDEF)
            tc_bind_class(c, s->u.classdef.body.items[i], cls->members);
}

static void note_builtin_class(TpyChecker *c, TpyClass *cls)
{
    TpyBuiltins *b = &c->types.b;
    const char *n = cls->name;
    if (strcmp(c->module->name, "builtins") == 0) {
        struct { const char *name; TpyClass **slot; } map[] = {
            { "object", &b->object }, { "int", &b->int_ }, { "float", &b->float_ },
            { "complex", &b->complex_ }, { "bool", &b->bool_ }, { "str", &b->str },
            { "bytes", &b->bytes }, { "list", &b->list }, { "dict", &b->dict }, { "set", &b->set },
            { "frozenset", &b->frozenset }, { "tuple", &b->tuple }, { "range", &b->range },
            { "type", &b->type }, { "function", &b->function },
            { "BaseException", &b->base_exception }, { "slice", &b->slice },
            { "bytearray", &b->bytearray }, { NULL, NULL }
        };
        for (int i = 0; map[i].name != NULL; i++)
            if (strcmp(map[i].name, n) == 0)
                *map[i].slot = cls;
    } else if (strcmp(c->module->name, "typing") == 0) {
        if (strcmp(n, "Iterator") == 0) b->iterator = cls;
        if (strcmp(n, "Iterable") == 0) b->iterable = cls;
        if (strcmp(n, "Generator") == 0) b->generator = cls;
        if (strcmp(n, "Sized") == 0) b->sized = cls;
        if (strcmp(n, "Collection") == 0) b->collection = cls;
        if (strcmp(n, "AbstractSet") == 0) b->abstract_set = cls;
    }
}

static bool is_typevar_call(TpyChecker *c, TpyAstExpr *v, TpyScope *scope)
{
    if (v == NULL || v->kind != TPY_EXPR_CALL)
        return false;
    return decorator_special(c, v, scope) == TPY_SP_TYPEVAR;
}

static void declare_typevar(TpyChecker *c, TpyAstStmt *s, TpyScope *scope)
{
    TpyAstExpr *t = s->u.assign.targets.items[0];
    TpyAstExpr *v = s->u.assign.value;
    if (!c->module->is_stub) {
        tc_error(c, s->pos.line, s->pos.col, "unsupported in tpy: TypeVar");
    }
    unsigned flags = 0;
    for (int i = 0; i < v->u.call.keywords.count; i++) {
        TpyAstKeyword *k = v->u.call.keywords.items[i];
        if (k->name && strcmp(k->name, "covariant") == 0 && k->value->kind == TPY_EXPR_CONSTANT &&
            k->value->u.constant.kind == TPY_CONST_TRUE)
            flags |= TPY_TV_COVARIANT;
    }
    if (t->kind != TPY_EXPR_NAME)
        return;
    TpySymbol *sym = tpy_scope_get_or_add(c->arena, scope, t->u.name.id);
    sym->kind = TPY_SYM_TYPEVAR;
    sym->type = tpy_types_typevar(&c->types, t->u.name.id, flags);
    t->u.name.sym = sym;
}

static void declare_module(TpyChecker *c, TpyModuleInfo *m)
{
    TpyAstStmtList *body = &m->ast->body;
    TpyScope *scope = m->scope;
    /* 1. every top-level binding; classes get their record now */
    tc_collect_bindings(c, body, scope, false);
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind == TPY_STMT_CLASSDEF) {
            tc_bind_class(c, s, scope);
            if (m->is_stub && s->u.classdef.sym && s->u.classdef.sym->cls)
                note_builtin_class(c, s->u.classdef.sym->cls);
        }
    }
    if (m->is_stub && strcmp(m->name, "builtins") == 0)
        tpy_types_set_builtins(&c->types);
    /* 2. TypeVars and imports (needed by annotations) */
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind == TPY_STMT_ASSIGN && s->u.assign.targets.count == 1 &&
            is_typevar_call(c, s->u.assign.value, scope))
            declare_typevar(c, s, scope);
        else if (s->kind == TPY_STMT_IMPORT || s->kind == TPY_STMT_IMPORTFROM)
            tc_declare_import(c, s, scope);
    }
    m->names_ready = true;
    /* 3. classes, functions, annotated globals */
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind == TPY_STMT_CLASSDEF && s->u.classdef.sym != NULL &&
            s->u.classdef.sym->kind == TPY_SYM_CLASS)
            tc_declare_class(c, s->u.classdef.sym);
    }
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind == TPY_STMT_FUNCTIONDEF) {
            tc_declare_def(c, s, scope, NULL);
        } else if (s->kind == TPY_STMT_ANNASSIGN && s->u.annassign.target->kind == TPY_EXPR_NAME) {
            TpySymbol *sym = tpy_scope_get_or_add(c->arena, scope, s->u.annassign.target->u.name.id);
            if (!(sym->flags & TPY_SYMF_DECLARED)) {
                sym->type = ann(c, s->u.annassign.annotation, scope, 0);
                sym->flags |= TPY_SYMF_DECLARED;
                sym->line = s->pos.line;
                sym->col = s->pos.col;
            }
        }
    }
    if (m->is_stub && strcmp(m->name, "builtins") == 0)
        tpy_types_set_builtins(&c->types);
}

/* ----------------------------------------------------------- field inference */

void tc_ensure_field_type(TpyChecker *c, TpySymbol *sym)
{
    if (sym->type != NULL || (sym->flags & TPY_SYMF_INFERRING))
        return;
    sym->flags |= TPY_SYMF_INFERRING;
    if (sym->def != NULL && sym->def->kind == TPY_STMT_FUNCTIONDEF) {
        tc_check_function_body(c, sym->def);
    } else if (sym->value != NULL && (sym->flags & TPY_SYMF_CLASSVAR) && sym->cls != NULL) {
        /* class variable `x = value`: infer from the value in the class scope */
        TpyModuleInfo *saved_module = c->module;
        FuncCtx *saved_fn = c->fn;
        Env saved_env = c->env;
        FuncCtx fc = { 0 };
        fc.scope = sym->cls->members;
        c->fn = &fc;
        memset(&c->env, 0, sizeof c->env);
        if (sym->scope && sym->scope->parent && sym->scope->parent->module)
            c->module = sym->scope->parent->module;
        int saved_silent = c->silent;
        c->silent = 1;   /* errors are reported when the class body is checked */
        TpyType *t = tc_expr(c, sym->value, NULL);
        c->silent = saved_silent;
        if (sym->type == NULL)
            sym->type = t;
        c->module = saved_module;
        c->fn = saved_fn;
        c->env = saved_env;
    }
    sym->flags &= ~(unsigned)TPY_SYMF_INFERRING;
}

/* ---------------------------------------------------------- function bodies */

static void bind_params(TpyChecker *c, TpyAstStmt *def, TpyScope *scope, TpyType *fn)
{
    TpyTypes *T = &c->types;
    TpyAstArguments *a = def->u.functiondef.args;
    int k = 0;
    TpyAstArg *all[256];
    int n = 0;
    for (int i = 0; i < a->posonlyargs.count && n < 250; i++) all[n++] = a->posonlyargs.items[i];
    for (int i = 0; i < a->args.count && n < 250; i++) all[n++] = a->args.items[i];
    if (a->vararg) all[n++] = a->vararg;
    for (int i = 0; i < a->kwonlyargs.count && n < 254; i++) all[n++] = a->kwonlyargs.items[i];
    if (a->kwarg && n < 256) all[n++] = a->kwarg;
    for (int i = 0; i < n; i++) {
        TpyAstArg *arg = all[i];
        TpySymbol *sym = tpy_scope_lookup(scope, arg->name);
        if (sym == NULL)
            sym = tpy_scope_add(c->arena, scope, arg->name, TPY_SYM_PARAM);
        sym->kind = TPY_SYM_PARAM;
        sym->flags |= TPY_SYMF_DECLARED;
        sym->line = arg->pos.line;
        sym->col = arg->pos.col;
        TpyType *t = T->error;
        if (fn != NULL && fn->kind == TPY_TYPE_CALLABLE && k < fn->count) {
            TpyParam *p = &fn->params[k++];
            t = p->type;
            if (p->kind == TPY_PARAM_VARARG)
                t = T->b.tuple ? tpy_types_instance1(T, T->b.tuple, t) : T->error;
            else if (p->kind == TPY_PARAM_KWARG)
                t = T->b.dict ? tpy_types_instance2(T, T->b.dict, T->t_str, t) : T->error;
        }
        sym->type = t;
        arg->sym = sym;
    }
}

static bool body_is_trivial(TpyAstStmtList *body)
{
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind == TPY_STMT_PASS)
            continue;
        if (s->kind == TPY_STMT_EXPR && s->u.expr.value->kind == TPY_EXPR_CONSTANT &&
            (s->u.expr.value->u.constant.kind == TPY_CONST_ELLIPSIS ||
             s->u.expr.value->u.constant.kind == TPY_CONST_STR))
            continue;
        return false;
    }
    return true;
}

void tc_check_function_body(TpyChecker *c, TpyAstStmt *def)
{
    if (def->u.functiondef.scope != NULL)
        return;   /* checked, or being checked */
    TpySymbol *fsym = def->u.functiondef.sym;
    TpyScope *parent = fsym != NULL ? fsym->scope : NULL;
    if (parent == NULL)
        return;
    TpyTypes *T = &c->types;
    TpyScope *scope = tpy_scope_new(c->arena, TPY_SCOPE_FUNCTION, def->u.functiondef.name, parent);
    def->u.functiondef.scope = scope;
    TpyType *fn = fsym->type;
    if (fn != NULL && fn->kind == TPY_TYPE_OVERLOADED)
        fn = fn->def == def ? fn : NULL;
    if (fn != NULL && fn->kind == TPY_TYPE_CALLABLE && fn->def != def)
        fn = NULL;
    if (fn == NULL) {
        /* An overload variant or property setter: rebuild its own signature silently. */
        int saved = c->silent;
        c->silent = 1;
        TpyModuleInfo *saved_module = c->module;
        if (parent->module)
            c->module = parent->module;
        fn = tc_declare_function(c, def, parent, parent->kind == TPY_SCOPE_CLASS ? parent->cls : NULL);
        c->module = saved_module;
        c->silent = saved;
    }
    scope->func = fn;
    TpyModuleInfo *saved_module = c->module;
    FuncCtx *saved_fn = c->fn;
    Env saved_env = c->env;
    int saved_silent = c->silent;
    if (parent->module != NULL)
        c->module = parent->module;
    if (c->module->is_stub) {
        c->module = saved_module;
        return;
    }
    c->silent = 0;
    FuncCtx fc = { 0 };
    fc.parent = saved_fn;
    fc.scope = scope;
    fc.ret = fn->ret;
    fc.name = def->u.functiondef.name;
    fc.cls = parent->kind == TPY_SCOPE_CLASS ? parent->cls : NULL;
    fc.is_generator = (fn->flags & TPY_FN_GENERATOR) != 0;
    if (fc.is_generator) {
        TpyType *r = fn->ret;
        fc.yield_type = r->kind == TPY_TYPE_INSTANCE && r->count > 0 ? r->items[0] : T->error;
        fc.ret = r->kind == TPY_TYPE_INSTANCE && r->count > 2 ? r->items[2] : T->none;
        /* What `yield` evaluates to: Generator's S; None for Iterator/Iterable (mypy). */
        fc.send_type = r->kind == TPY_TYPE_INSTANCE && r->count > 2 ? r->items[1]
                       : r->kind == TPY_TYPE_INSTANCE ? T->none : T->error;
    }
    c->fn = &fc;
    memset(&c->env, 0, sizeof c->env);
    bind_params(c, def, scope, fn);
    if (fc.cls != NULL && !(fn->flags & TPY_FN_STATIC) && def->u.functiondef.args->args.count > 0)
        fc.self_sym = def->u.functiondef.args->args.items[0]->sym;
    /* default values */
    TpyAstArguments *a = def->u.functiondef.args;
    int npos = a->posonlyargs.count + a->args.count;
    for (int i = 0; i < a->defaults.count; i++) {
        int pi = npos - a->defaults.count + i;
        TpyAstArg *arg = pi < a->posonlyargs.count ? a->posonlyargs.items[pi]
                                                   : a->args.items[pi - a->posonlyargs.count];
        TpyAstExpr *d = a->defaults.items[i];
        FuncCtx *inner = c->fn;
        c->fn = saved_fn != NULL ? saved_fn : inner;
        TpyScope *saved_scope = inner->scope;
        if (saved_fn == NULL)
            inner->scope = parent;
        TpyType *want = arg->sym ? arg->sym->type : T->error;
        TpyType *dt = tc_expr(c, d, want);
        inner->scope = saved_scope;
        c->fn = inner;
        if (arg->annotation != NULL && !tc_is_subtype(c, dt, want))
            tc_error(c, d->pos.line, d->pos.col,
                     "Incompatible default for argument \"%s\" (default has type \"%s\", argument has type \"%s\")",
                     arg->name, tc_str(c, dt), tc_str(c, want));
    }
    for (int i = 0; i < a->kw_defaults.count && i < a->kwonlyargs.count; i++) {
        TpyAstExpr *d = a->kw_defaults.items[i];
        if (d == NULL)
            continue;
        TpyAstArg *arg = a->kwonlyargs.items[i];
        TpyType *want = arg->sym ? arg->sym->type : T->error;
        TpyType *dt = tc_expr(c, d, want);
        if (arg->annotation != NULL && !tc_is_subtype(c, dt, want))
            tc_error(c, d->pos.line, d->pos.col,
                     "Incompatible default for argument \"%s\" (default has type \"%s\", argument has type \"%s\")",
                     arg->name, tc_str(c, dt), tc_str(c, want));
    }
    tc_collect_bindings(c, &def->u.functiondef.body, scope, false);
    tc_check_block(c, &def->u.functiondef.body);
    tc_finish_scope(c, scope);
    if (!c->env.unreachable && !fc.is_generator) {
        TpyType *r = fn->ret;
        bool protocol_stub = fc.cls != NULL && (fc.cls->flags & TPY_CLASS_PROTOCOL) &&
                             body_is_trivial(&def->u.functiondef.body);
        if (r->kind == TPY_TYPE_NORETURN)
            tc_error(c, def->pos.line, def->pos.col, "Implicit return in function which does not return");
        else if (r->kind != TPY_TYPE_NONE && r->kind != TPY_TYPE_ERROR && !protocol_stub &&
                 !(r->kind == TPY_TYPE_INSTANCE && r->cls == T->b.object) &&
                 !(fn->flags & TPY_FN_HAS_SETTER && 0))
            tc_error(c, def->pos.line, def->pos.col, "Missing return statement");
    }
    c->module = saved_module;
    c->fn = saved_fn;
    c->env = saved_env;
    c->silent = saved_silent;
}

/* ---------------------------------------------------------------- modules */

static void check_all_defs(TpyChecker *c, TpyAstStmtList *body, int depth)
{
    if (depth > 50)
        return;
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *s = body->items[i];
        if (s->kind == TPY_STMT_FUNCTIONDEF && s->u.functiondef.sym != NULL)
            tc_check_function_body(c, s);
        else if (s->kind == TPY_STMT_CLASSDEF)
            check_all_defs(c, &s->u.classdef.body, depth + 1);
        else if (s->kind == TPY_STMT_IF) {
            check_all_defs(c, &s->u.if_.body, depth + 1);
            check_all_defs(c, &s->u.if_.orelse, depth + 1);
        }
    }
}

void tpy_typecheck_module(TpyChecker *c, TpyModuleInfo *m)
{
    if (m->state != TPY_MODULE_NEW || m->ast == NULL) {
        if (m->ast == NULL)
            m->state = TPY_MODULE_DONE;
        return;
    }
    TpyModuleInfo *saved_module = c->module;
    c->module = m;
    m->state = TPY_MODULE_DECLARING;
    if (m->scope == NULL) {
        m->scope = tpy_scope_new(c->arena, TPY_SCOPE_MODULE, m->name, NULL);
        m->scope->module = m;
    }
    m->ast->scope = m->scope;
    if (m->is_stub && strcmp(m->name, "builtins") == 0)
        c->builtins = m;
    if (!m->is_stub && c->builtins == NULL)
        tc_import(c, "builtins", NULL, 0, 0, false);
    declare_module(c, m);
    m->state = TPY_MODULE_DECLARED;
    if (m->is_stub) {
        m->state = TPY_MODULE_DONE;
        c->module = saved_module;
        return;
    }
    m->state = TPY_MODULE_CHECKING;
    FuncCtx *saved_fn = c->fn;
    Env saved_env = c->env;
    FuncCtx fc = { 0 };
    fc.scope = m->scope;
    fc.name = "<module>";
    c->fn = &fc;
    memset(&c->env, 0, sizeof c->env);
    tc_check_block(c, &m->ast->body);
    check_all_defs(c, &m->ast->body, 0);
    tc_finish_scope(c, m->scope);
    /* Unresolved partial types left in the module scope. */
    c->fn = saved_fn;
    c->env = saved_env;
    m->state = TPY_MODULE_DONE;
    c->module = saved_module;
}
