/* frontend/symtable.c: the syntax errors CPython reports after parsing.
 *
 * CPython 3.11 compiles a parsed module in three steps, and each can raise a
 * SyntaxError the parser did not: Python/future.c checks the leading
 * `from __future__ import ...` block; Python/symtable.c walks the tree with a
 * stack of scopes, recording for every name how each scope uses it (flags
 * below), raising on the spot for contradictions such as `global x` after
 * `x = 1`, and afterwards "analyses" each scope (does every `nonlocal x` find
 * an enclosing function that binds x?); Python/compile.c then raises for a
 * few more things while it generates code.  This file reproduces the three
 * steps in that order over tpy's AST:
 *
 *   1. future_check()      -- the leading block only, as future.c does;
 *   2. visit_stmt/expr     -- one walk in symtable.c's visiting order; a
 *                             symtable error stops it; compile-stage errors
 *                             met on the way are remembered (earliest
 *                             position wins, see below);
 *   3. analyze_block()     -- nonlocal/global analysis, scope by scope.
 *
 * Compile-stage errors are ordered by source position: CPython's compiler
 * visits the tree in (nearly) source order, and tpy_parse_module merges them
 * with the compile-stage errors the parser itself found ('return' outside
 * function, ...) by the same rule.
 *
 * Scopes (`Block`) hold their names in insertion order (CPython's symbol
 * dict is ordered and the analysis reports the first bad name) with an
 * open-addressing hash index beside them.  `async def` bodies are not in
 * tpy's AST (they become TPY_STMT_UNSUPPORTED), so every function here is a
 * plain one.  Memory: blocks and tables are malloc'ed and freed at the end;
 * only messages go to the arena.
 */
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Symbol flags, as Include/internal/pycore_symtable.h names them. */
enum {
    DEF_GLOBAL = 1 << 0,      /* global statement */
    DEF_LOCAL = 1 << 1,       /* assignment in this scope */
    DEF_PARAM = 1 << 2,       /* parameter */
    DEF_NONLOCAL = 1 << 3,    /* nonlocal statement */
    USE = 1 << 4,             /* read */
    DEF_IMPORT = 1 << 6,      /* bound by import */
    DEF_ANNOT = 1 << 7,       /* simple annotated assignment */
    DEF_COMP_ITER = 1 << 8    /* comprehension iteration variable */
};

typedef enum BlockKind { BLOCK_MODULE, BLOCK_CLASS, BLOCK_FUNCTION, BLOCK_COMPREHENSION } BlockKind;

typedef struct Symbol {
    TpyIdent name;
    unsigned hash;
    int flags;
    TpyPos directive;         /* first global/nonlocal statement naming it */
    bool has_directive;
} Symbol;

typedef struct Block {
    BlockKind kind;
    TpyExprKind comp_kind;    /* BLOCK_COMPREHENSION: LISTCOMP, SETCOMP, ... */
    TpyPos pos;               /* the comprehension (for its compile error) */
    Symbol *symbols;          /* insertion order */
    int count, capacity;
    int *index;               /* hash -> symbols index + 1; 0 = empty */
    int index_capacity;       /* power of two */
    int comp_iter_expr;       /* > 0 while visiting a comprehension's iterable */
    bool comp_iter_target;    /* visiting a comprehension's target */
    bool has_await;           /* a comprehension containing await */
    struct Block *parent;
    struct Block *children, *last_child, *next;
} Block;

typedef struct Symtable {
    TpyArena *arena;
    Block *current;
    bool failed;              /* a future/symtable error is in `error` */
    TpySymtableError error;
    TpySymtableError compile; /* the earliest compile-stage error so far */
    int future_line;          /* last line of the leading __future__ block (ff_lineno) */
} Symtable;

/* ------------------------------------------------------------------ errors */

static void symtable_fail(Symtable *st, TpySymtableStage stage, TpyPos pos, bool single_caret,
                          const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void symtable_fail(Symtable *st, TpySymtableStage stage, TpyPos pos, bool single_caret,
                          const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    TpySymtableError e = { true, stage, pos, single_caret, tpy_arena_strdup(st->arena, buf) };
    if (stage == TPY_SYMTABLE_STAGE_COMPILE) {
        TpyPos old = st->compile.pos;
        if (!st->compile.set || pos.line < old.line || (pos.line == old.line && pos.col < old.col))
            st->compile = e;
        return;
    }
    if (!st->failed) {
        st->failed = true;
        st->error = e;
    }
}

/* ------------------------------------------------------------------ blocks */

static unsigned hash_name(const char *s)
{
    unsigned h = 2166136261u;   /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void *xrealloc(void *ptr, size_t size)
{
    void *q = realloc(ptr, size);
    if (q == NULL) {
        fprintf(stderr, "tpy: out of memory in the symbol table\n");
        exit(2);
    }
    return q;
}

static Symbol *block_find(const Block *b, const char *name, unsigned hash)
{
    if (b->index_capacity == 0)
        return NULL;
    unsigned mask = (unsigned)b->index_capacity - 1;
    for (unsigned i = hash & mask;; i = (i + 1) & mask) {
        int slot = b->index[i];
        if (slot == 0)
            return NULL;
        Symbol *s = &b->symbols[slot - 1];
        if (s->hash == hash && strcmp(s->name, name) == 0)
            return s;
    }
}

static void block_reindex(Block *b, int capacity)
{
    free(b->index);
    b->index = xrealloc(NULL, sizeof(int) * (size_t)capacity);
    memset(b->index, 0, sizeof(int) * (size_t)capacity);
    b->index_capacity = capacity;
    unsigned mask = (unsigned)capacity - 1;
    for (int k = 0; k < b->count; k++) {
        unsigned i = b->symbols[k].hash & mask;
        while (b->index[i] != 0)
            i = (i + 1) & mask;
        b->index[i] = k + 1;
    }
}

/* The symbol `name` of `b`, created (flags 0) if new. */
static Symbol *block_lookup(Block *b, TpyIdent name)
{
    unsigned hash = hash_name(name);
    Symbol *s = block_find(b, name, hash);
    if (s != NULL)
        return s;
    if (b->count == b->capacity) {
        b->capacity = b->capacity ? b->capacity * 2 : 8;
        b->symbols = xrealloc(b->symbols, sizeof(Symbol) * (size_t)b->capacity);
    }
    s = &b->symbols[b->count++];
    memset(s, 0, sizeof *s);
    s->name = name;
    s->hash = hash;
    if (b->count * 2 > b->index_capacity) {
        block_reindex(b, b->index_capacity ? b->index_capacity * 2 : 16);
    } else {
        unsigned mask = (unsigned)b->index_capacity - 1;
        unsigned i = hash & mask;
        while (b->index[i] != 0)
            i = (i + 1) & mask;
        b->index[i] = b->count;
    }
    return s;
}

static int block_flags(const Block *b, const char *name)
{
    const Symbol *s = block_find(b, name, hash_name(name));
    return s ? s->flags : 0;
}

static Block *block_enter(Symtable *st, BlockKind kind, TpyPos pos)
{
    Block *b = xrealloc(NULL, sizeof *b);
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->pos = pos;
    b->parent = st->current;
    if (b->parent != NULL) {
        if (b->parent->last_child)
            b->parent->last_child->next = b;
        else
            b->parent->children = b;
        b->parent->last_child = b;
    }
    st->current = b;
    return b;
}

static void block_exit(Symtable *st)
{
    st->current = st->current->parent;
}

static void block_free(Block *b)
{
    while (b != NULL) {
        Block *next = b->next;
        block_free(b->children);
        free(b->symbols);
        free(b->index);
        free(b);
        b = next;
    }
}

/* symtable_add_def: record a binding (or use) of `name` in the current scope. */
static void add_def(Symtable *st, TpyIdent name, int flag, TpyPos pos)
{
    Symbol *s = block_lookup(st->current, name);
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM)) {
        symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, pos, false,
                      "duplicate argument '%s' in function definition", name);
        return;
    }
    s->flags |= flag;
    if (st->current->comp_iter_target && (flag & DEF_LOCAL))
        s->flags |= DEF_COMP_ITER;
}

/* ------------------------------------------------------------------ visiting */

static void visit_expr(Symtable *st, const TpyAstExpr *e);
static void visit_stmts(Symtable *st, const TpyAstStmtList *list);

static void visit_exprs(Symtable *st, const TpyAstExprList *list)
{
    for (int i = 0; i < list->count && !st->failed; i++)
        if (list->items[i] != NULL)
            visit_expr(st, list->items[i]);
}

static void visit_arg_annotations(Symtable *st, const TpyAstArgList *list)
{
    for (int i = 0; i < list->count && !st->failed; i++)
        if (list->items[i]->annotation != NULL)
            visit_expr(st, list->items[i]->annotation);
}

static void visit_params(Symtable *st, const TpyAstArgList *list)
{
    for (int i = 0; i < list->count && !st->failed; i++)
        add_def(st, list->items[i]->name, DEF_PARAM, list->items[i]->pos);
}

/* symtable_visit_arguments: posonly, args, kwonly, then *args and **kwargs. */
static void visit_arguments(Symtable *st, const TpyAstArguments *a)
{
    visit_params(st, &a->posonlyargs);
    visit_params(st, &a->args);
    visit_params(st, &a->kwonlyargs);
    if (a->vararg != NULL && !st->failed)
        add_def(st, a->vararg->name, DEF_PARAM, a->vararg->pos);
    if (a->kwarg != NULL && !st->failed)
        add_def(st, a->kwarg->name, DEF_PARAM, a->kwarg->pos);
}

/* compile.c's validate_keywords: a keyword given twice in a call or class. */
static void check_keywords(Symtable *st, const TpyAstKeywordList *keywords)
{
    for (int i = 0; i < keywords->count; i++) {
        const TpyAstKeyword *k = keywords->items[i];
        if (k->name == NULL)
            continue;
        for (int j = i + 1; j < keywords->count; j++) {
            const TpyAstKeyword *other = keywords->items[j];
            if (other->name != NULL && strcmp(k->name, other->name) == 0) {
                symtable_fail(st, TPY_SYMTABLE_STAGE_COMPILE, other->pos, false,
                              "keyword argument repeated: %s", k->name);
                return;
            }
        }
    }
}

static const char *comprehension_what(TpyExprKind kind)
{
    switch (kind) {
    case TPY_EXPR_LISTCOMP: return "list comprehension";
    case TPY_EXPR_SETCOMP: return "set comprehension";
    case TPY_EXPR_DICTCOMP: return "dict comprehension";
    default: return "generator expression";
    }
}

/* symtable_handle_comprehension: the first iterable is evaluated in the
 * enclosing scope, everything else in the comprehension's own scope. */
static void visit_comprehension(Symtable *st, const TpyAstExpr *e,
                                const TpyAstComprehensionList *generators,
                                const TpyAstExpr *elt, const TpyAstExpr *value)
{
    const TpyAstComprehension *outermost = generators->items[0];
    st->current->comp_iter_expr++;
    visit_expr(st, outermost->iter);
    st->current->comp_iter_expr--;
    if (st->failed)
        return;
    Block *b = block_enter(st, BLOCK_COMPREHENSION, e->pos);
    b->comp_kind = e->kind;
    b->comp_iter_target = true;
    visit_expr(st, outermost->target);
    b->comp_iter_target = false;
    visit_exprs(st, &outermost->ifs);
    for (int i = 1; i < generators->count && !st->failed; i++) {
        const TpyAstComprehension *c = generators->items[i];
        b->comp_iter_target = true;
        visit_expr(st, c->target);
        b->comp_iter_target = false;
        b->comp_iter_expr++;
        if (!st->failed)
            visit_expr(st, c->iter);
        b->comp_iter_expr--;
        visit_exprs(st, &c->ifs);
    }
    if (value != NULL && !st->failed)
        visit_expr(st, value);
    if (!st->failed)
        visit_expr(st, elt);
    block_exit(st);
    /* compile.c: an await makes the comprehension asynchronous, which only an
     * async function (none in tpy's AST) or an enclosing comprehension may
     * hold; a generator expression just becomes an async generator. */
    if (b->has_await) {
        if (st->current->kind == BLOCK_COMPREHENSION)
            st->current->has_await = true;
        else if (e->kind != TPY_EXPR_GENERATOREXP)
            symtable_fail(st, TPY_SYMTABLE_STAGE_COMPILE, e->pos, false,
                          "asynchronous comprehension outside of an asynchronous function");
    }
}

/* symtable_extend_namedexpr_scope: `(x := v)` in a comprehension binds x in
 * the nearest enclosing function (or module). */
static void extend_namedexpr_scope(Symtable *st, const TpyAstExpr *target)
{
    TpyIdent name = target->u.name.id;
    for (Block *b = st->current; b != NULL; b = b->parent) {
        if (b->kind == BLOCK_COMPREHENSION) {
            if (block_flags(b, name) & DEF_COMP_ITER) {
                symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, target->pos, false,
                              "assignment expression cannot rebind comprehension iteration "
                              "variable '%s'", name);
                return;
            }
            continue;
        }
        if (b->kind == BLOCK_FUNCTION) {
            block_lookup(b, name)->flags |= DEF_LOCAL;
            return;
        }
        if (b->kind == BLOCK_MODULE) {
            block_lookup(b, name)->flags |= DEF_GLOBAL;
            return;
        }
        symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, target->pos, false,
                      "assignment expression within a comprehension cannot be used in a "
                      "class body");
        return;
    }
}

static void visit_expr(Symtable *st, const TpyAstExpr *e)
{
    if (st->failed)
        return;
    switch (e->kind) {
    case TPY_EXPR_BOOLOP:
        visit_exprs(st, &e->u.boolop.values);
        break;
    case TPY_EXPR_NAMEDEXPR:
        if (st->current->comp_iter_expr > 0) {
            symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, e->pos, false,
                          "assignment expression cannot be used in a comprehension iterable "
                          "expression");
            return;
        }
        if (st->current->kind == BLOCK_COMPREHENSION)
            extend_namedexpr_scope(st, e->u.namedexpr.target);
        visit_expr(st, e->u.namedexpr.value);
        if (st->current->kind != BLOCK_COMPREHENSION)
            visit_expr(st, e->u.namedexpr.target);
        break;
    case TPY_EXPR_BINOP:
        visit_expr(st, e->u.binop.left);
        visit_expr(st, e->u.binop.right);
        break;
    case TPY_EXPR_UNARYOP:
        visit_expr(st, e->u.unaryop.operand);
        break;
    case TPY_EXPR_LAMBDA: {
        const TpyAstArguments *a = e->u.lambda.args;
        visit_exprs(st, &a->defaults);
        visit_exprs(st, &a->kw_defaults);
        if (st->failed)
            return;
        block_enter(st, BLOCK_FUNCTION, e->pos);
        visit_arguments(st, a);
        visit_expr(st, e->u.lambda.body);
        block_exit(st);
        break;
    }
    case TPY_EXPR_IFEXP:
        visit_expr(st, e->u.ifexp.test);
        visit_expr(st, e->u.ifexp.body);
        visit_expr(st, e->u.ifexp.orelse);
        break;
    case TPY_EXPR_DICT:
        visit_exprs(st, &e->u.dict.keys);
        visit_exprs(st, &e->u.dict.values);
        break;
    case TPY_EXPR_SET:
        visit_exprs(st, &e->u.set.elts);
        break;
    case TPY_EXPR_LISTCOMP:
    case TPY_EXPR_SETCOMP:
    case TPY_EXPR_GENERATOREXP:
        visit_comprehension(st, e, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
        break;
    case TPY_EXPR_DICTCOMP:
        visit_comprehension(st, e, &e->u.dictcomp.generators, e->u.dictcomp.key,
                            e->u.dictcomp.value);
        break;
    case TPY_EXPR_AWAIT:
        visit_expr(st, e->u.await_.value);
        if (st->current->kind == BLOCK_COMPREHENSION)
            st->current->has_await = true;
        else if (st->current->kind == BLOCK_FUNCTION)
            symtable_fail(st, TPY_SYMTABLE_STAGE_COMPILE, e->pos, false,
                          "'await' outside async function");
        else
            symtable_fail(st, TPY_SYMTABLE_STAGE_COMPILE, e->pos, false,
                          "'await' outside function");
        break;
    case TPY_EXPR_YIELD:
    case TPY_EXPR_YIELDFROM:
        if (e->u.yield.value != NULL)
            visit_expr(st, e->u.yield.value);
        if (!st->failed && st->current->kind == BLOCK_COMPREHENSION)
            symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, e->pos, false, "'yield' inside %s",
                          comprehension_what(st->current->comp_kind));
        break;
    case TPY_EXPR_COMPARE:
        visit_expr(st, e->u.compare.left);
        visit_exprs(st, &e->u.compare.comparators);
        break;
    case TPY_EXPR_CALL:
        visit_expr(st, e->u.call.func);
        check_keywords(st, &e->u.call.keywords);
        visit_exprs(st, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.count && !st->failed; i++)
            visit_expr(st, e->u.call.keywords.items[i]->value);
        break;
    case TPY_EXPR_FORMATTEDVALUE:
        visit_expr(st, e->u.formattedvalue.value);
        if (e->u.formattedvalue.format_spec != NULL)
            visit_expr(st, e->u.formattedvalue.format_spec);
        break;
    case TPY_EXPR_JOINEDSTR:
        visit_exprs(st, &e->u.joinedstr.values);
        break;
    case TPY_EXPR_CONSTANT:
        break;
    case TPY_EXPR_ATTRIBUTE:
        visit_expr(st, e->u.attribute.value);
        break;
    case TPY_EXPR_SUBSCRIPT:
        visit_expr(st, e->u.subscript.value);
        visit_expr(st, e->u.subscript.slice);
        break;
    case TPY_EXPR_STARRED:
        visit_expr(st, e->u.starred.value);
        break;
    case TPY_EXPR_NAME:
        add_def(st, e->u.name.id, e->u.name.ctx == TPY_CTX_LOAD ? USE : DEF_LOCAL, e->pos);
        break;
    case TPY_EXPR_LIST:
    case TPY_EXPR_TUPLE:
        visit_exprs(st, &e->u.list.elts);
        break;
    case TPY_EXPR_SLICE:
        if (e->u.slice.lower) visit_expr(st, e->u.slice.lower);
        if (e->u.slice.upper) visit_expr(st, e->u.slice.upper);
        if (e->u.slice.step) visit_expr(st, e->u.slice.step);
        break;
    }
}

/* global_stmt / nonlocal_stmt, symtable.c's Global_kind and Nonlocal_kind. */
static void visit_declaration(Symtable *st, const TpyAstStmt *s)
{
    bool global = s->kind == TPY_STMT_GLOBAL;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < s->u.global.names.count; i++) {
        TpyIdent name = s->u.global.names.items[i];
        Symbol *sym = block_lookup(st->current, name);
        int cur = sym->flags;
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const char *fmt = (cur & DEF_PARAM) ? "name '%s' is parameter and %s"
                              : (cur & USE) ? "name '%s' is used prior to %s declaration"
                              : (cur & DEF_ANNOT) ? "annotated name '%s' can't be %s"
                              : "name '%s' is assigned to before %s declaration";
            symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, s->pos, false, fmt, name, what);
            return;
        }
        sym->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
        if (!sym->has_directive) {
            sym->has_directive = true;
            sym->directive = s->pos;
        }
    }
}

static void visit_alias(Symtable *st, const TpyAstAlias *a, bool from_import)
{
    if (strcmp(a->name, "*") == 0) {
        if (st->current->kind != BLOCK_MODULE)
            symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, a->pos, false,
                          "import * only allowed at module level");
        return;
    }
    if (a->asname != NULL) {
        add_def(st, a->asname, DEF_IMPORT, a->pos);
        return;
    }
    const char *dot = from_import ? NULL : strchr(a->name, '.');
    if (dot == NULL) {
        add_def(st, a->name, DEF_IMPORT, a->pos);
        return;
    }
    add_def(st, tpy_arena_strndup(st->arena, a->name, (size_t)(dot - a->name)), DEF_IMPORT,
            a->pos);
}

static void visit_stmt(Symtable *st, const TpyAstStmt *s)
{
    if (st->failed)
        return;
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF: {
        const TpyAstArguments *a = s->u.functiondef.args;
        add_def(st, s->u.functiondef.name, DEF_LOCAL, s->pos);
        visit_exprs(st, &a->defaults);
        visit_exprs(st, &a->kw_defaults);
        visit_arg_annotations(st, &a->posonlyargs);
        visit_arg_annotations(st, &a->args);
        if (a->vararg && a->vararg->annotation && !st->failed)
            visit_expr(st, a->vararg->annotation);
        visit_arg_annotations(st, &a->kwonlyargs);
        if (a->kwarg && a->kwarg->annotation && !st->failed)
            visit_expr(st, a->kwarg->annotation);
        if (s->u.functiondef.returns && !st->failed)
            visit_expr(st, s->u.functiondef.returns);
        visit_exprs(st, &s->u.functiondef.decorators);
        if (st->failed)
            return;
        block_enter(st, BLOCK_FUNCTION, s->pos);
        visit_arguments(st, a);
        visit_stmts(st, &s->u.functiondef.body);
        block_exit(st);
        break;
    }
    case TPY_STMT_CLASSDEF:
        add_def(st, s->u.classdef.name, DEF_LOCAL, s->pos);
        visit_exprs(st, &s->u.classdef.bases);
        check_keywords(st, &s->u.classdef.keywords);
        for (int i = 0; i < s->u.classdef.keywords.count && !st->failed; i++)
            visit_expr(st, s->u.classdef.keywords.items[i]->value);
        visit_exprs(st, &s->u.classdef.decorators);
        if (st->failed)
            return;
        block_enter(st, BLOCK_CLASS, s->pos);
        visit_stmts(st, &s->u.classdef.body);
        block_exit(st);
        break;
    case TPY_STMT_RETURN:
        if (s->u.return_.value)
            visit_expr(st, s->u.return_.value);
        break;
    case TPY_STMT_DELETE:
        visit_exprs(st, &s->u.delete_.targets);
        break;
    case TPY_STMT_ASSIGN:
        visit_exprs(st, &s->u.assign.targets);
        visit_expr(st, s->u.assign.value);
        break;
    case TPY_STMT_AUGASSIGN:
        visit_expr(st, s->u.augassign.target);
        visit_expr(st, s->u.augassign.value);
        break;
    case TPY_STMT_ANNASSIGN: {
        const TpyAstExpr *target = s->u.annassign.target;
        if (target->kind == TPY_EXPR_NAME) {
            TpyIdent name = target->u.name.id;
            int cur = block_flags(st->current, name);
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->current->kind != BLOCK_MODULE &&
                s->u.annassign.simple) {
                symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, s->pos, false,
                              "annotated name '%s' can't be %s", name,
                              (cur & DEF_GLOBAL) ? "global" : "nonlocal");
                return;
            }
            if (s->u.annassign.simple)
                add_def(st, name, DEF_ANNOT | DEF_LOCAL, target->pos);
            else if (s->u.annassign.value)
                add_def(st, name, DEF_LOCAL, target->pos);
        } else {
            visit_expr(st, target);
        }
        visit_expr(st, s->u.annassign.annotation);
        if (s->u.annassign.value)
            visit_expr(st, s->u.annassign.value);
        break;
    }
    case TPY_STMT_FOR:
        visit_expr(st, s->u.for_.target);
        visit_expr(st, s->u.for_.iter);
        visit_stmts(st, &s->u.for_.body);
        visit_stmts(st, &s->u.for_.orelse);
        break;
    case TPY_STMT_WHILE:
        visit_expr(st, s->u.while_.test);
        visit_stmts(st, &s->u.while_.body);
        visit_stmts(st, &s->u.while_.orelse);
        break;
    case TPY_STMT_IF:
        visit_expr(st, s->u.if_.test);
        visit_stmts(st, &s->u.if_.body);
        visit_stmts(st, &s->u.if_.orelse);
        break;
    case TPY_STMT_WITH:
        for (int i = 0; i < s->u.with.items.count && !st->failed; i++) {
            visit_expr(st, s->u.with.items.items[i]->context_expr);
            if (s->u.with.items.items[i]->optional_vars)
                visit_expr(st, s->u.with.items.items[i]->optional_vars);
        }
        visit_stmts(st, &s->u.with.body);
        break;
    case TPY_STMT_RAISE:
        if (s->u.raise.exc)
            visit_expr(st, s->u.raise.exc);
        if (s->u.raise.cause)
            visit_expr(st, s->u.raise.cause);
        break;
    case TPY_STMT_TRY: {
        /* symtable.c visits the else block before the handlers. */
        const TpyAstHandlerList *handlers = &s->u.try_.handlers;
        visit_stmts(st, &s->u.try_.body);
        visit_stmts(st, &s->u.try_.orelse);
        for (int i = 0; i < handlers->count && !st->failed; i++) {
            const TpyAstExceptHandler *h = handlers->items[i];
            if (h->type == NULL && i < handlers->count - 1)
                symtable_fail(st, TPY_SYMTABLE_STAGE_COMPILE, h->pos, false,
                              "default 'except:' must be last");
            if (h->type)
                visit_expr(st, h->type);
            if (h->name && !st->failed)
                add_def(st, h->name, DEF_LOCAL, h->pos);
            visit_stmts(st, &h->body);
        }
        visit_stmts(st, &s->u.try_.finalbody);
        break;
    }
    case TPY_STMT_ASSERT:
        visit_expr(st, s->u.assert_.test);
        if (s->u.assert_.msg)
            visit_expr(st, s->u.assert_.msg);
        break;
    case TPY_STMT_IMPORT:
        for (int i = 0; i < s->u.import.names.count && !st->failed; i++)
            visit_alias(st, s->u.import.names.items[i], false);
        break;
    case TPY_STMT_IMPORTFROM:
        /* compile.c: a __future__ import after the leading block. */
        if (s->u.importfrom.module && strcmp(s->u.importfrom.module, "__future__") == 0 &&
            s->pos.line > st->future_line)
            symtable_fail(st, TPY_SYMTABLE_STAGE_COMPILE, s->pos, false,
                          "from __future__ imports must occur at the beginning of the file");
        for (int i = 0; i < s->u.importfrom.names.count && !st->failed; i++)
            visit_alias(st, s->u.importfrom.names.items[i], true);
        break;
    case TPY_STMT_GLOBAL:
    case TPY_STMT_NONLOCAL:
        visit_declaration(st, s);
        break;
    case TPY_STMT_EXPR:
        visit_expr(st, s->u.expr.value);
        break;
    case TPY_STMT_PASS:
    case TPY_STMT_BREAK:
    case TPY_STMT_CONTINUE:
    case TPY_STMT_UNSUPPORTED:
        break;
    }
}

static void visit_stmts(Symtable *st, const TpyAstStmtList *list)
{
    for (int i = 0; i < list->count && !st->failed; i++)
        visit_stmt(st, list->items[i]);
}

/* ------------------------------------------------------------------ future.c */

static bool is_future_import(const TpyAstStmt *s)
{
    return s->kind == TPY_STMT_IMPORTFROM && s->u.importfrom.module != NULL &&
           s->u.importfrom.level == 0 && strcmp(s->u.importfrom.module, "__future__") == 0;
}

/* future_check_features */
static void future_check_features(Symtable *st, const TpyAstStmt *s)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"
    };
    for (int i = 0; i < s->u.importfrom.names.count; i++) {
        const char *feature = s->u.importfrom.names.items[i]->name;
        bool ok = false;
        for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
            ok = ok || strcmp(feature, known[k]) == 0;
        if (ok)
            continue;
        if (strcmp(feature, "braces") == 0)
            symtable_fail(st, TPY_SYMTABLE_STAGE_FUTURE, s->pos, true, "not a chance");
        else
            symtable_fail(st, TPY_SYMTABLE_STAGE_FUTURE, s->pos, true,
                          "future feature %s is not defined", feature);
        return;
    }
}

/* future_parse: only a docstring and other __future__ imports may precede a
 * __future__ import; the compiler catches the later ones (visit_stmt). */
static void future_check(Symtable *st, const TpyAstModule *module)
{
    const TpyAstStmtList *body = &module->body;
    int i = 0, prev_line = 0;
    bool done = false;
    if (body->count > 0 && body->items[0]->kind == TPY_STMT_EXPR &&
        body->items[0]->u.expr.value->kind == TPY_EXPR_CONSTANT &&
        body->items[0]->u.expr.value->u.constant.kind == TPY_CONST_STR)
        i = 1;
    for (; i < body->count; i++) {
        const TpyAstStmt *s = body->items[i];
        if (done && s->pos.line > prev_line)
            return;
        prev_line = s->pos.line;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        if (done) {
            /* future.c passes the 0-based column where a 1-based one belongs. */
            TpyPos pos = s->pos;
            pos.col = pos.col > 1 ? pos.col - 1 : 1;
            symtable_fail(st, TPY_SYMTABLE_STAGE_FUTURE, pos, true,
                          "from __future__ imports must occur at the beginning of the file");
            return;
        }
        future_check_features(st, s);
        if (st->failed)
            return;
        st->future_line = s->pos.line;
    }
}

/* ------------------------------------------------------------------ analysis */

/* Is `name` bound for code in `b`, i.e. in the set CPython's analyze_block
 * passes to `b` as `bound`?  The module passes an empty set; a function or
 * comprehension adds its locals and drops its globals; a class adds only
 * __class__. */
static bool bound_in(const Block *b, const char *name)
{
    const Block *parent = b->parent;
    if (parent == NULL || parent->kind == BLOCK_MODULE)
        return false;
    if (parent->kind == BLOCK_CLASS)
        return strcmp(name, "__class__") == 0 || bound_in(parent, name);
    int flags = block_flags(parent, name);
    if (flags & DEF_GLOBAL)
        return false;
    if ((flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) && !(flags & DEF_NONLOCAL))
        return true;
    return bound_in(parent, name);
}

/* analyze_block / analyze_name: scope by scope, names in insertion order. */
static void analyze_block(Symtable *st, const Block *b)
{
    for (int i = 0; i < b->count && !st->failed; i++) {
        const Symbol *s = &b->symbols[i];
        if ((s->flags & DEF_GLOBAL) && (s->flags & DEF_NONLOCAL)) {
            symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, s->directive, false,
                          "name '%s' is nonlocal and global", s->name);
        } else if (s->flags & DEF_NONLOCAL) {
            if (b->kind == BLOCK_MODULE)
                symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, s->directive, false,
                              "nonlocal declaration not allowed at module level");
            else if (!bound_in(b, s->name))
                symtable_fail(st, TPY_SYMTABLE_STAGE_SYMTABLE, s->directive, false,
                              "no binding for nonlocal '%s' found", s->name);
        }
    }
    for (const Block *c = b->children; c != NULL && !st->failed; c = c->next)
        analyze_block(st, c);
}

/* ------------------------------------------------------------------ entry */

bool tpy_symtable_check(TpyArena *arena, const TpyAstModule *module, TpySymtableError *error)
{
    Symtable st;
    memset(&st, 0, sizeof st);
    st.arena = arena;
    future_check(&st, module);
    if (!st.failed) {
        TpyPos nowhere = { 1, 1, 1, 1 };
        Block *top = block_enter(&st, BLOCK_MODULE, nowhere);
        visit_stmts(&st, &module->body);
        if (!st.failed)
            analyze_block(&st, top);
        block_free(top);
    }
    if (!st.failed && st.compile.set) {
        st.failed = true;
        st.error = st.compile;
    }
    if (st.failed)
        *error = st.error;
    return !st.failed;
}
