/* frontend/parser_expr.c: Python 3.11 expressions -> AST.
 *
 * One function per precedence level of Grammar/python.gram, lowest first:
 *   expression (ternary, lambda) > disjunction 'or' > conjunction 'and'
 *   > inversion 'not' > comparison > '|' > '^' > '&' > shifts > '+' '-'
 *   > '*' '/' '//' '%' '@' > unary factor > '**' (right assoc, binds tighter
 *   than a unary on its left: -2**2 == -(2**2)) > await > primary > atom.
 * Left-associative levels are loops; each level counts the nodes it stacks
 * so that the AST's depth stays bounded (TPY_PARSER_MAX_NESTING): later
 * passes walk it recursively.  Targets (assignment, for, del, with) are
 * parsed as expressions and then checked by parser_set_context, which gives
 * CPython's "cannot assign to ..." messages.
 */
#include <string.h>

#include "literal.h"
#include "parser_internal.h"

static TpyAstExpr *parse_star_named_expression(Parser *p);
static TpyAstExpr *parse_atom(Parser *p);

static TpyAstExpr *new_expr(Parser *p, TpyExprKind kind, TpyPos pos)
{
    return tpy_ast_new_expr(p->arena, kind, pos);
}

static TpyPos pos_from(Parser *p, TpyPos start)
{
    TpyPos pos = { start.line, start.col, p->prev_end_line, p->prev_end_col };
    return pos;
}

/* Count one more stacked node in a left-associative chain. */
static bool chain_step(Parser *p, int *chain)
{
    if (++*chain + p->depth > TPY_PARSER_MAX_NESTING) {
        TpyToken *t = parser_peek(p, 0);
        parser_error_at(p, "RecursionError", t->line, t->col, 0,
                        "maximum recursion depth exceeded during compilation");
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ targets */

TpyAstExpr *parser_invalid_target(TpyAstExpr *e, int kind)
{
    switch (e->kind) {
    case TPY_EXPR_LIST:
    case TPY_EXPR_TUPLE:
        for (int i = 0; i < e->u.list.elts.count; i++) {
            TpyAstExpr *bad = parser_invalid_target(e->u.list.elts.items[i], kind);
            if (bad != NULL)
                return bad;
        }
        return NULL;
    case TPY_EXPR_STARRED:
        if (kind == 1)
            return e;
        return parser_invalid_target(e->u.starred.value, kind);
    case TPY_EXPR_COMPARE:
        if (kind == 2) {
            if (e->u.compare.ops[0] == TPY_CMP_IN)
                return parser_invalid_target(e->u.compare.left, kind);
            return NULL;
        }
        return e;
    case TPY_EXPR_NAME:
    case TPY_EXPR_SUBSCRIPT:
    case TPY_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(TpyAstExpr *e, TpyExprContext ctx)
{
    switch (e->kind) {
    case TPY_EXPR_NAME: e->u.name.ctx = ctx; break;
    case TPY_EXPR_ATTRIBUTE: e->u.attribute.ctx = ctx; break;
    case TPY_EXPR_SUBSCRIPT: e->u.subscript.ctx = ctx; break;
    case TPY_EXPR_STARRED:
        e->u.starred.ctx = ctx;
        set_ctx(e->u.starred.value, ctx);
        break;
    case TPY_EXPR_LIST:
    case TPY_EXPR_TUPLE:
        e->u.list.ctx = ctx;
        for (int i = 0; i < e->u.list.elts.count; i++)
            set_ctx(e->u.list.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Is `e` the last element of target `t` (so `bad = value` reads like a
 * comparison written with '=')?  CPython's invalid_named_expression rule then
 * adds "here. Maybe you meant '==' instead of '='?". */
static bool ends_target(const TpyAstExpr *t, const TpyAstExpr *e)
{
    return t->pos.end_line == e->pos.end_line && t->pos.end_col == e->pos.end_col;
}

bool parser_set_context(Parser *p, TpyAstExpr *e, TpyExprContext ctx, int kind)
{
    if (p->failed)
        return false;
    TpyAstExpr *bad = parser_invalid_target(e, kind);
    if (bad != NULL) {
        const char *name = tpy_ast_expr_name(bad);
        if (kind == 1) {
            parser_error_node(p, bad->pos, "cannot delete %s", name);
        } else if (kind == 3 && ends_target(e, bad) && bad->kind != TPY_EXPR_TUPLE &&
                   bad->kind != TPY_EXPR_LIST && bad->kind != TPY_EXPR_GENERATOREXP &&
                   !(bad->kind == TPY_EXPR_CONSTANT &&
                     (bad->u.constant.kind == TPY_CONST_TRUE || bad->u.constant.kind == TPY_CONST_FALSE ||
                      bad->u.constant.kind == TPY_CONST_NONE)) &&
                   bad->kind != TPY_EXPR_YIELD && bad->kind != TPY_EXPR_YIELDFROM &&
                   bad->kind != TPY_EXPR_IFEXP && bad->kind != TPY_EXPR_COMPARE &&
                   bad->kind != TPY_EXPR_BOOLOP && bad->kind != TPY_EXPR_LAMBDA &&
                   !(bad->kind == TPY_EXPR_UNARYOP && bad->u.unaryop.op == TPY_UNARY_NOT)) {
            parser_error_node(p, bad->pos,
                              "cannot assign to %s here. Maybe you meant '==' instead of '='?", name);
        } else {
            parser_error_node(p, bad->pos, "cannot assign to %s", name);
        }
        return false;
    }
    if (ctx == TPY_CTX_STORE && (e->kind == TPY_EXPR_TUPLE || e->kind == TPY_EXPR_LIST)) {
        int stars = 0;
        for (int i = 0; i < e->u.list.elts.count; i++)
            stars += e->u.list.elts.items[i]->kind == TPY_EXPR_STARRED;
        if (stars > 1)
            parser_deferred_error(p, 1, e->pos, "multiple starred expressions in assignment");
    }
    /* Stubs (.pyi) declare `__debug__: bool`; only real code may not assign it. */
    size_t plen = strlen(p->source->path);
    bool stub = plen > 4 && strcmp(p->source->path + plen - 4, ".pyi") == 0;
    if (!stub && ctx != TPY_CTX_LOAD && e->kind == TPY_EXPR_NAME &&
        strcmp(e->u.name.id, "__debug__") == 0) {
        parser_error_node(p, e->pos, "cannot %s __debug__", ctx == TPY_CTX_DEL ? "delete" : "assign to");
        return false;
    }
    set_ctx(e, ctx);
    return true;
}

/* ------------------------------------------------------------------ parameters */

static TpyAstArg *parse_param(Parser *p, bool lambda)
{
    TpyToken n = *parser_peek(p, 0);
    if (n.kind != TPY_TOK_NAME) {
        parser_error_generic(p);
        return NULL;
    }
    parser_advance(p);
    TpyAstArg *arg = tpy_arena_alloc(p->arena, sizeof *arg);
    arg->name = tpy_arena_strndup(p->arena, n.start, n.len);
    if (!lambda && parser_accept(p, TPY_TOK_COLON)) {
        if (parser_kind(p) == TPY_TOK_STAR) {   /* def f(*args: *Ts) is 3.11 */
            TpyToken star = parser_advance(p);
            TpyAstExpr *inner = parse_expression(p);
            if (inner == NULL)
                return NULL;
            arg->annotation = new_expr(p, TPY_EXPR_STARRED, pos_from(p, parser_pos_of(&star)));
            arg->annotation->u.starred.value = inner;
        } else {
            arg->annotation = parse_expression(p);
            if (arg->annotation == NULL)
                return NULL;
        }
    }
    arg->pos = pos_from(p, parser_pos_of(&n));
    return arg;
}

/* parameters (def and lambda):
 *     slash_no_default / slash_with_default, param_no_default*, param_with_default*,
 *     ['*' [param] (',' param_maybe_default)*] ['**' param] [','] */
TpyAstArguments *parse_parameters(Parser *p, TpyTokenKind closer, bool lambda)
{
    TpyAstArguments *a = tpy_arena_alloc(p->arena, sizeof *a);
    bool seen_default = false, seen_star = false, seen_slash = false;
    while (!p->failed && parser_kind(p) != closer) {
        TpyToken t = *parser_peek(p, 0);
        if (a->kwarg != NULL) {
            parser_error_at(p, "SyntaxError", t.line, t.col, t.end_col,
                            "arguments cannot follow var-keyword argument");
            return NULL;
        }
        if (t.kind == TPY_TOK_SLASH) {
            parser_advance(p);
            if (seen_slash) {
                parser_error_at(p, "SyntaxError", t.line, t.col, t.end_col, "/ may appear only once");
                return NULL;
            }
            if (seen_star) {
                parser_error_at(p, "SyntaxError", t.line, t.col, t.end_col, "/ must be ahead of *");
                return NULL;
            }
            if (a->args.count == 0) {
                if (seen_default || a->vararg || a->kwarg)
                    parser_error_at(p, "SyntaxError", t.line, t.col, t.end_col,
                                    "at least one argument must precede /");
                else
                    parser_error_at(p, "SyntaxError", t.line, t.col, 0, "invalid syntax");
                return NULL;
            }
            seen_slash = true;
            a->posonlyargs = a->args;
            a->args.items = NULL;
            a->args.count = 0;
        } else if (t.kind == TPY_TOK_STAR) {
            parser_advance(p);
            if (seen_star) {
                parser_error_at(p, "SyntaxError", t.line, t.col, t.end_col,
                                "* argument may appear only once");
                return NULL;
            }
            seen_star = true;
            if (parser_kind(p) == TPY_TOK_NAME) {
                TpyAstArg *arg = parse_param(p, lambda);
                if (arg == NULL)
                    return NULL;
                a->vararg = arg;
                if (parser_kind(p) == TPY_TOK_EQUAL) {
                    TpyToken *e = parser_peek(p, 0);
                    parser_error_at(p, "SyntaxError", e->line, e->col, e->end_col,
                                    "var-positional argument cannot have default value");
                    return NULL;
                }
            } else {
                TpyTokenKind k = parser_kind(p);
                TpyTokenKind k1 = parser_kind_at(p, 1);
                if (k == closer || (k == TPY_TOK_COMMA && (k1 == closer || k1 == TPY_TOK_DOUBLESTAR))) {
                    parser_error_at(p, "SyntaxError", t.line, t.col, t.end_col,
                                    "named arguments must follow bare *");
                    return NULL;
                }
                if (k != TPY_TOK_COMMA) {
                    parser_error_generic(p);
                    return NULL;
                }
            }
        } else if (t.kind == TPY_TOK_DOUBLESTAR) {
            parser_advance(p);
            TpyAstArg *arg = parse_param(p, lambda);
            if (arg == NULL)
                return NULL;
            a->kwarg = arg;
            if (parser_kind(p) == TPY_TOK_EQUAL) {
                TpyToken *e = parser_peek(p, 0);
                parser_error_at(p, "SyntaxError", e->line, e->col, e->end_col,
                                "var-keyword argument cannot have default value");
                return NULL;
            }
        } else if (t.kind == TPY_TOK_NAME) {
            TpyAstArg *arg = parse_param(p, lambda);
            if (arg == NULL)
                return NULL;
            TpyAstExpr *def = NULL;
            if (parser_accept(p, TPY_TOK_EQUAL)) {
                def = parse_expression(p);
                if (def == NULL)
                    return NULL;
            }
            if (seen_star) {
                TPY_ARENA_PUSH(p->arena, a->kwonlyargs, arg);
                TPY_ARENA_PUSH(p->arena, a->kw_defaults, def);
            } else {
                if (def == NULL && seen_default) {
                    parser_error_at(p, "SyntaxError", arg->pos.line, arg->pos.col, 0,
                                    "non-default argument follows default argument");
                    return NULL;
                }
                if (def != NULL) {
                    seen_default = true;
                    TPY_ARENA_PUSH(p->arena, a->defaults, def);
                }
                TPY_ARENA_PUSH(p->arena, a->args, arg);
            }
        } else {
            parser_error_generic(p);
            return NULL;
        }
        if (!parser_accept(p, TPY_TOK_COMMA))
            break;
    }
    if (p->failed)
        return NULL;
    if (parser_kind(p) != closer) {
        parser_error_generic(p);
        return NULL;
    }
    return a;
}

/* ------------------------------------------------------------------ comprehensions */

/* for_if_clauses: ('async'? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
static bool parse_comprehension_clauses(Parser *p, TpyAstComprehensionList *out)
{
    while (parser_kind(p) == TPY_TOK_FOR || (parser_kind(p) == TPY_TOK_ASYNC &&
                                              parser_kind_at(p, 1) == TPY_TOK_FOR)) {
        TpyToken first = parser_advance(p);
        if (first.kind == TPY_TOK_ASYNC) {
            parser_advance(p);
            parser_deferred_error(p, 1, parser_pos_of(&first),
                                  "asynchronous comprehension outside of an asynchronous function");
        }
        TpyAstComprehension *c = tpy_arena_alloc(p->arena, sizeof *c);
        c->target = parse_star_targets(p);
        if (c->target == NULL || !parser_set_context(p, c->target, TPY_CTX_STORE, 2))
            return false;
        if (!parser_expect(p, TPY_TOK_IN, "in"))
            return false;
        c->iter = parse_disjunction(p);
        if (c->iter == NULL)
            return false;
        while (parser_accept(p, TPY_TOK_IF)) {
            TpyAstExpr *cond = parse_disjunction(p);
            if (cond == NULL)
                return false;
            TPY_ARENA_PUSH(p->arena, c->ifs, cond);
        }
        TPY_ARENA_PUSH(p->arena, *out, c);
    }
    return true;
}

/* ------------------------------------------------------------------ calls */

static bool token_can_start_expr(TpyTokenKind k)
{
    switch (k) {
    case TPY_TOK_NAME: case TPY_TOK_INT: case TPY_TOK_FLOAT: case TPY_TOK_IMAG:
    case TPY_TOK_STRING: case TPY_TOK_BYTES: case TPY_TOK_FSTRING: case TPY_TOK_LPAR:
    case TPY_TOK_LSQB: case TPY_TOK_LBRACE: case TPY_TOK_MINUS: case TPY_TOK_PLUS:
    case TPY_TOK_TILDE: case TPY_TOK_NOT: case TPY_TOK_LAMBDA: case TPY_TOK_NONE:
    case TPY_TOK_TRUE: case TPY_TOK_FALSE: case TPY_TOK_ELLIPSIS: case TPY_TOK_AWAIT:
        return true;
    default:
        return false;
    }
}

/* Inside brackets, `a b` is CPython's "Perhaps you forgot a comma?". */
static void comma_error_or_generic(Parser *p, TpyAstExpr *prev)
{
    if (p->failed)
        return;
    if (prev != NULL && token_can_start_expr(parser_kind(p)) &&
        !(parser_kind(p) == TPY_TOK_NAME && prev->kind == TPY_EXPR_NAME && false)) {
        int mark = parser_mark(p);
        TpyAstExpr *next = parse_expression(p);
        parser_release(p);
        (void)mark;
        if (next != NULL && !p->failed) {
            parser_error_node(p, parser_span(prev->pos, next->pos),
                              "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
        return;
    }
    parser_error_generic(p);
}

/* arguments: positional, *iterable, name=value, **mapping, or a lone genexp.
 * `call` receives args/keywords; the ')' is consumed. */
void parse_call_arguments(Parser *p, TpyAstExpr *call)
{
    bool seen_keyword = false, seen_doublestar = false;
    while (!p->failed && parser_kind(p) != TPY_TOK_RPAR) {
        TpyToken t = *parser_peek(p, 0);
        TpyPos start = parser_pos_of(&t);
        if (t.kind == TPY_TOK_STAR) {
            parser_advance(p);
            TpyAstExpr *v = parse_expression(p);
            if (v == NULL)
                return;
            if (seen_doublestar) {
                parser_error_at(p, "SyntaxError", start.line, start.col, 0,
                                "iterable argument unpacking follows keyword argument unpacking");
                return;
            }
            TpyAstExpr *st = new_expr(p, TPY_EXPR_STARRED, pos_from(p, start));
            st->u.starred.value = v;
            TPY_ARENA_PUSH(p->arena, call->u.call.args, st);
        } else if (t.kind == TPY_TOK_DOUBLESTAR) {
            parser_advance(p);
            TpyAstExpr *v = parse_expression(p);
            if (v == NULL)
                return;
            TpyAstKeyword *kw = tpy_arena_alloc(p->arena, sizeof *kw);
            kw->value = v;
            kw->pos = pos_from(p, start);
            TPY_ARENA_PUSH(p->arena, call->u.call.keywords, kw);
            seen_doublestar = true;
        } else if ((t.kind == TPY_TOK_TRUE || t.kind == TPY_TOK_FALSE || t.kind == TPY_TOK_NONE) &&
                   parser_kind_at(p, 1) == TPY_TOK_EQUAL) {
            parser_advance(p);
            parser_advance(p);
            parser_error_node(p, pos_from(p, start), "cannot assign to %s", tpy_token_kind_name(t.kind));
            return;
        } else if (t.kind == TPY_TOK_NAME && parser_kind_at(p, 1) == TPY_TOK_EQUAL) {
            parser_advance(p);
            parser_advance(p);
            TpyAstExpr *v = parse_expression(p);
            if (v == NULL)
                return;
            TpyAstKeyword *kw = tpy_arena_alloc(p->arena, sizeof *kw);
            kw->name = tpy_arena_strndup(p->arena, t.start, t.len);
            kw->value = v;
            kw->pos = pos_from(p, start);
            TPY_ARENA_PUSH(p->arena, call->u.call.keywords, kw);
            seen_keyword = true;
        } else {
            TpyAstExpr *v = parse_named_expression(p);
            if (v == NULL)
                return;
            if (parser_kind(p) == TPY_TOK_FOR || parser_kind(p) == TPY_TOK_ASYNC) {
                TpyToken for_tok = *parser_peek(p, 0);
                TpyAstExpr *g = new_expr(p, TPY_EXPR_GENERATOREXP, start);
                g->u.listcomp.elt = v;
                if (!parse_comprehension_clauses(p, &g->u.listcomp.generators))
                    return;
                g->pos = pos_from(p, start);
                bool alone = call->u.call.args.count == 0 && call->u.call.keywords.count == 0 &&
                             parser_kind(p) == TPY_TOK_RPAR;
                if (call->u.call.func == NULL) {   /* class C(x for x in y) */
                    parser_error_at(p, "SyntaxError", for_tok.line, for_tok.col, for_tok.end_col,
                                    "invalid syntax");
                    return;
                }
                if (!alone) {
                    parser_error_node(p, g->pos, "Generator expression must be parenthesized");
                    return;
                }
                /* CPython's GeneratorExp spans the call's parentheses. */
                g->pos.col = call->pos.end_col > 0 ? g->pos.col : g->pos.col;
                TPY_ARENA_PUSH(p->arena, call->u.call.args, g);
                continue;
            }
            if (parser_kind(p) == TPY_TOK_EQUAL) {
                parser_advance(p);
                parser_error_node(p, pos_from(p, start),
                                  "expression cannot contain assignment, perhaps you meant \"==\"?");
                return;
            }
            if (seen_doublestar) {
                TpyToken *c = parser_peek(p, 0);
                parser_error_at(p, "SyntaxError", c->line, c->col, 0,
                                "positional argument follows keyword argument unpacking");
                return;
            }
            if (seen_keyword) {
                TpyToken *c = parser_peek(p, 0);
                parser_error_at(p, "SyntaxError", c->line, c->col, 0,
                                "positional argument follows keyword argument");
                return;
            }
            TPY_ARENA_PUSH(p->arena, call->u.call.args, v);
        }
        if (!parser_accept(p, TPY_TOK_COMMA)) {
            if (parser_kind(p) != TPY_TOK_RPAR) {
                TpyAstExpr *last = call->u.call.args.count ? call->u.call.args.items[call->u.call.args.count - 1] : NULL;
                comma_error_or_generic(p, last);
                return;
            }
            break;
        }
    }
    if (p->failed)
        return;
    parser_expect(p, TPY_TOK_RPAR, ")");
}

/* ------------------------------------------------------------------ atoms */

static TpyAstExpr *parse_number(Parser *p)
{
    TpyToken t = parser_advance(p);
    TpyAstExpr *e = new_expr(p, TPY_EXPR_CONSTANT, parser_pos_of(&t));
    if (t.kind == TPY_TOK_INT) {
        e->u.constant.kind = TPY_CONST_INT;
        tpy_literal_int(p->arena, t.start, t.len, &e->u.constant.int_value, &e->u.constant.int_big,
                        &e->u.constant.int_text);
    } else {
        e->u.constant.kind = t.kind == TPY_TOK_IMAG ? TPY_CONST_IMAG : TPY_CONST_FLOAT;
        e->u.constant.float_value = tpy_literal_float(t.start, t.len);
    }
    return e;
}

/* '(' ... ')': tuple | group | genexp | yield */
static TpyAstExpr *parse_paren(Parser *p)
{
    TpyToken open = parser_advance(p);
    TpyPos start = parser_pos_of(&open);
    if (parser_accept(p, TPY_TOK_RPAR)) {
        TpyAstExpr *t = new_expr(p, TPY_EXPR_TUPLE, pos_from(p, start));
        return t;
    }
    if (parser_kind(p) == TPY_TOK_YIELD) {
        TpyAstExpr *y = parse_yield_expr(p);
        if (y == NULL || !parser_expect(p, TPY_TOK_RPAR, ")"))
            return NULL;
        return y;
    }
    TpyAstExpr *first = parse_star_named_expression(p);
    if (first == NULL)
        return NULL;
    if (parser_kind(p) == TPY_TOK_FOR || parser_kind(p) == TPY_TOK_ASYNC) {
        TpyAstExpr *g = new_expr(p, TPY_EXPR_GENERATOREXP, start);
        g->u.listcomp.elt = first;
        if (!parse_comprehension_clauses(p, &g->u.listcomp.generators))
            return NULL;
        if (!parser_expect(p, TPY_TOK_RPAR, ")"))
            return NULL;
        g->pos = pos_from(p, start);
        return g;
    }
    if (parser_accept(p, TPY_TOK_RPAR)) {
        if (first->kind == TPY_EXPR_STARRED) {
            parser_error_node(p, first->pos, "cannot use starred expression here");
            return NULL;
        }
        return first;   /* a group keeps the inner node's own position */
    }
    if (parser_kind(p) != TPY_TOK_COMMA) {
        if (parser_kind(p) == TPY_TOK_EQUAL && first->kind != TPY_EXPR_TUPLE) {
            /* `(a = 1)`: CPython's invalid_named_expression */
        }
        comma_error_or_generic(p, first);
        return NULL;
    }
    TpyAstExpr *t = new_expr(p, TPY_EXPR_TUPLE, start);
    TPY_ARENA_PUSH(p->arena, t->u.list.elts, first);
    int chain = 0;
    while (parser_accept(p, TPY_TOK_COMMA)) {
        if (parser_kind(p) == TPY_TOK_RPAR)
            break;
        if (!chain_step(p, &chain))
            return NULL;
        chain = 0;
        TpyAstExpr *e = parse_star_named_expression(p);
        if (e == NULL)
            return NULL;
        TPY_ARENA_PUSH(p->arena, t->u.list.elts, e);
    }
    if (parser_kind(p) != TPY_TOK_RPAR) {
        comma_error_or_generic(p, t->u.list.elts.items[t->u.list.elts.count - 1]);
        return NULL;
    }
    parser_advance(p);
    t->pos = pos_from(p, start);
    return t;
}

/* '[' ... ']': list | listcomp */
static TpyAstExpr *parse_list(Parser *p)
{
    TpyToken open = parser_advance(p);
    TpyPos start = parser_pos_of(&open);
    TpyAstExpr *l = new_expr(p, TPY_EXPR_LIST, start);
    if (parser_accept(p, TPY_TOK_RSQB)) {
        l->pos = pos_from(p, start);
        return l;
    }
    TpyAstExpr *first = parse_star_named_expression(p);
    if (first == NULL)
        return NULL;
    if (parser_kind(p) == TPY_TOK_FOR || parser_kind(p) == TPY_TOK_ASYNC) {
        TpyAstExpr *c = new_expr(p, TPY_EXPR_LISTCOMP, start);
        c->u.listcomp.elt = first;
        if (!parse_comprehension_clauses(p, &c->u.listcomp.generators))
            return NULL;
        if (!parser_expect(p, TPY_TOK_RSQB, "]"))
            return NULL;
        c->pos = pos_from(p, start);
        return c;
    }
    TPY_ARENA_PUSH(p->arena, l->u.list.elts, first);
    while (parser_accept(p, TPY_TOK_COMMA)) {
        if (parser_kind(p) == TPY_TOK_RSQB)
            break;
        TpyAstExpr *e = parse_star_named_expression(p);
        if (e == NULL)
            return NULL;
        TPY_ARENA_PUSH(p->arena, l->u.list.elts, e);
    }
    if (parser_kind(p) != TPY_TOK_RSQB) {
        comma_error_or_generic(p, l->u.list.elts.items[l->u.list.elts.count - 1]);
        return NULL;
    }
    parser_advance(p);
    l->pos = pos_from(p, start);
    return l;
}

/* The value after `key ':'` in a dict display, with CPython's invalid_kvpair
 * messages for a missing or starred value. */
static TpyAstExpr *parse_dict_value(Parser *p)
{
    TpyToken *t = parser_peek(p, 0);
    if (t->kind == TPY_TOK_RBRACE || t->kind == TPY_TOK_COMMA) {
        parser_error_at(p, "SyntaxError", p->prev_line, p->prev_col, p->prev_col + 1,
                        "expression expected after dictionary key and ':'");
        return NULL;
    }
    if (t->kind == TPY_TOK_STAR) {
        TpyPos star = parser_pos_of(t);
        parser_advance(p);
        TpyAstExpr *v = parse_bitwise_or(p);
        if (v != NULL)
            parser_error_node(p, parser_span(star, v->pos),
                              "cannot use a starred expression in a dictionary value");
        return NULL;
    }
    return parse_expression(p);
}

/* '{' ... '}': dict | set | dictcomp | setcomp */
static TpyAstExpr *parse_brace(Parser *p)
{
    TpyToken open = parser_advance(p);
    TpyPos start = parser_pos_of(&open);
    if (parser_accept(p, TPY_TOK_RBRACE))
        return new_expr(p, TPY_EXPR_DICT, pos_from(p, start));
    TpyAstExpr *key = NULL, *value = NULL;
    bool is_dict;
    TpyToken dstar = *parser_peek(p, 0);
    if (parser_accept(p, TPY_TOK_DOUBLESTAR)) {
        value = parse_bitwise_or(p);
        if (value == NULL)
            return NULL;
        is_dict = true;
    } else {
        key = parse_star_named_expression(p);
        if (key == NULL)
            return NULL;
        is_dict = key->kind != TPY_EXPR_STARRED && parser_kind(p) == TPY_TOK_COLON;
        if (is_dict) {
            parser_advance(p);
            value = parse_dict_value(p);
            if (value == NULL)
                return NULL;
        }
    }
    if (parser_kind(p) == TPY_TOK_FOR || parser_kind(p) == TPY_TOK_ASYNC) {
        if (is_dict && key == NULL) {
            parser_error_node(p, parser_pos_of(&dstar),
                              "dict unpacking cannot be used in dict comprehension");
            return NULL;
        }
        TpyAstExpr *c;
        if (is_dict) {
            c = new_expr(p, TPY_EXPR_DICTCOMP, start);
            c->u.dictcomp.key = key;
            c->u.dictcomp.value = value;
            if (!parse_comprehension_clauses(p, &c->u.dictcomp.generators))
                return NULL;
        } else {
            c = new_expr(p, TPY_EXPR_SETCOMP, start);
            c->u.listcomp.elt = key;
            if (!parse_comprehension_clauses(p, &c->u.listcomp.generators))
                return NULL;
        }
        if (!parser_expect(p, TPY_TOK_RBRACE, "}"))
            return NULL;
        c->pos = pos_from(p, start);
        return c;
    }
    TpyAstExpr *d = new_expr(p, is_dict ? TPY_EXPR_DICT : TPY_EXPR_SET, start);
    if (is_dict) {
        TPY_ARENA_PUSH(p->arena, d->u.dict.keys, key);
        TPY_ARENA_PUSH(p->arena, d->u.dict.values, value);
    } else {
        TPY_ARENA_PUSH(p->arena, d->u.set.elts, key);
    }
    while (parser_accept(p, TPY_TOK_COMMA)) {
        if (parser_kind(p) == TPY_TOK_RBRACE)
            break;
        if (is_dict) {
            if (parser_accept(p, TPY_TOK_DOUBLESTAR)) {
                key = NULL;
                value = parse_bitwise_or(p);
                if (value == NULL)
                    return NULL;
            } else {
                key = parse_expression(p);
                if (key == NULL)
                    return NULL;
                if (parser_kind(p) != TPY_TOK_COLON && !p->failed) {   /* invalid_kvpair */
                    /* CPython points at the key's last character */
                    int col = key->pos.end_col > 1 ? key->pos.end_col - 1 : 1;
                    parser_error_at(p, "SyntaxError", key->pos.end_line, col, 0,
                                    "':' expected after dictionary key");
                    return NULL;
                }
                parser_advance(p);
                value = parse_dict_value(p);
                if (value == NULL)
                    return NULL;
            }
            TPY_ARENA_PUSH(p->arena, d->u.dict.keys, key);
            TPY_ARENA_PUSH(p->arena, d->u.dict.values, value);
        } else {
            TpyAstExpr *e = parse_star_named_expression(p);
            if (e == NULL)
                return NULL;
            TPY_ARENA_PUSH(p->arena, d->u.set.elts, e);
        }
    }
    if (parser_kind(p) != TPY_TOK_RBRACE) {
        TpyAstExpr *last = is_dict ? d->u.dict.values.items[d->u.dict.values.count - 1]
                                   : d->u.set.elts.items[d->u.set.elts.count - 1];
        comma_error_or_generic(p, last);
        return NULL;
    }
    parser_advance(p);
    d->pos = pos_from(p, start);
    return d;
}

static TpyAstExpr *parse_atom(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    TpyAstExpr *e;
    switch (t.kind) {
    case TPY_TOK_NAME:
        parser_advance(p);
        e = new_expr(p, TPY_EXPR_NAME, parser_pos_of(&t));
        e->u.name.id = tpy_arena_strndup(p->arena, t.start, t.len);
        e->u.name.ctx = TPY_CTX_LOAD;
        return e;
    case TPY_TOK_INT:
    case TPY_TOK_FLOAT:
    case TPY_TOK_IMAG:
        return parse_number(p);
    case TPY_TOK_STRING:
    case TPY_TOK_BYTES:
    case TPY_TOK_FSTRING:
        return parse_strings(p);
    case TPY_TOK_NONE:
    case TPY_TOK_TRUE:
    case TPY_TOK_FALSE:
    case TPY_TOK_ELLIPSIS:
        parser_advance(p);
        e = new_expr(p, TPY_EXPR_CONSTANT, parser_pos_of(&t));
        e->u.constant.kind = t.kind == TPY_TOK_NONE ? TPY_CONST_NONE
                           : t.kind == TPY_TOK_TRUE ? TPY_CONST_TRUE
                           : t.kind == TPY_TOK_FALSE ? TPY_CONST_FALSE : TPY_CONST_ELLIPSIS;
        return e;
    case TPY_TOK_LPAR:
        if (!parser_enter(p))
            return NULL;
        e = parse_paren(p);
        parser_leave(p);
        return e;
    case TPY_TOK_LSQB:
        if (!parser_enter(p))
            return NULL;
        e = parse_list(p);
        parser_leave(p);
        return e;
    case TPY_TOK_LBRACE:
        if (!parser_enter(p))
            return NULL;
        e = parse_brace(p);
        parser_leave(p);
        return e;
    default:
        parser_error_generic(p);
        return NULL;
    }
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression
 * (a starred_expression is also allowed in a tuple of slices) */
static TpyAstExpr *parse_slice(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    TpyPos start = parser_pos_of(&t);
    if (t.kind == TPY_TOK_STAR) {
        parser_advance(p);
        TpyAstExpr *v = parse_bitwise_or(p);
        if (v == NULL)
            return NULL;
        TpyAstExpr *s = new_expr(p, TPY_EXPR_STARRED, pos_from(p, start));
        s->u.starred.value = v;
        return s;
    }
    TpyAstExpr *lower = NULL;
    if (t.kind != TPY_TOK_COLON) {
        lower = parse_named_expression(p);
        if (lower == NULL)
            return NULL;
        if (parser_kind(p) != TPY_TOK_COLON)
            return lower;
    }
    parser_advance(p);   /* ':' */
    TpyAstExpr *s = new_expr(p, TPY_EXPR_SLICE, start);
    s->u.slice.lower = lower;
    TpyTokenKind k = parser_kind(p);
    if (k != TPY_TOK_COLON && k != TPY_TOK_COMMA && k != TPY_TOK_RSQB) {
        s->u.slice.upper = parse_expression(p);
        if (s->u.slice.upper == NULL)
            return NULL;
    }
    if (parser_accept(p, TPY_TOK_COLON)) {
        k = parser_kind(p);
        if (k != TPY_TOK_COMMA && k != TPY_TOK_RSQB) {
            s->u.slice.step = parse_expression(p);
            if (s->u.slice.step == NULL)
                return NULL;
        }
    }
    s->pos = pos_from(p, start);
    return s;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static TpyAstExpr *parse_slices(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    TpyPos start = parser_pos_of(&t);
    TpyAstExpr *first = parse_slice(p);
    if (first == NULL)
        return NULL;
    if (parser_kind(p) != TPY_TOK_COMMA) {
        if (first->kind == TPY_EXPR_STARRED) {
            /* a[*b] is a one-element tuple in 3.11 */
            TpyAstExpr *tuple = new_expr(p, TPY_EXPR_TUPLE, first->pos);
            TPY_ARENA_PUSH(p->arena, tuple->u.list.elts, first);
            return tuple;
        }
        return first;
    }
    TpyAstExpr *tuple = new_expr(p, TPY_EXPR_TUPLE, start);
    TPY_ARENA_PUSH(p->arena, tuple->u.list.elts, first);
    while (parser_accept(p, TPY_TOK_COMMA)) {
        if (parser_kind(p) == TPY_TOK_RSQB)
            break;
        TpyAstExpr *e = parse_slice(p);
        if (e == NULL)
            return NULL;
        TPY_ARENA_PUSH(p->arena, tuple->u.list.elts, e);
    }
    tuple->pos = pos_from(p, start);
    return tuple;
}

/* primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
 *        | primary '[' slices ']' | atom */
static TpyAstExpr *parse_primary(Parser *p)
{
    TpyAstExpr *e = parse_atom(p);
    int chain = 0;
    while (e != NULL && !p->failed) {
        TpyTokenKind k = parser_kind(p);
        if (k == TPY_TOK_DOT) {
            parser_advance(p);
            TpyToken n = *parser_peek(p, 0);
            if (n.kind != TPY_TOK_NAME) {
                parser_error_generic(p);
                return NULL;
            }
            parser_advance(p);
            if (!chain_step(p, &chain))
                return NULL;
            TpyAstExpr *a = new_expr(p, TPY_EXPR_ATTRIBUTE, pos_from(p, e->pos));
            a->u.attribute.value = e;
            a->u.attribute.attr = tpy_arena_strndup(p->arena, n.start, n.len);
            a->u.attribute.ctx = TPY_CTX_LOAD;
            e = a;
        } else if (k == TPY_TOK_LPAR) {
            if (!chain_step(p, &chain) || !parser_enter(p))
                return NULL;
            TpyToken open = parser_advance(p);
            TpyAstExpr *c = new_expr(p, TPY_EXPR_CALL, parser_pos_of(&open));
            c->u.call.func = e;
            parse_call_arguments(p, c);
            parser_leave(p);
            if (p->failed)
                return NULL;
            c->pos = pos_from(p, e->pos);
            e = c;
        } else if (k == TPY_TOK_LSQB) {
            if (!chain_step(p, &chain) || !parser_enter(p))
                return NULL;
            parser_advance(p);
            TpyAstExpr *slice = parse_slices(p);
            parser_leave(p);
            if (slice == NULL || !parser_expect(p, TPY_TOK_RSQB, "]"))
                return NULL;
            TpyAstExpr *s = new_expr(p, TPY_EXPR_SUBSCRIPT, pos_from(p, e->pos));
            s->u.subscript.value = e;
            s->u.subscript.slice = slice;
            s->u.subscript.ctx = TPY_CTX_LOAD;
            e = s;
        } else {
            break;
        }
    }
    return e;
}

/* await_primary: AWAIT primary | primary
 * power: await_primary '**' factor */
static TpyAstExpr *parse_factor(Parser *p);

static TpyAstExpr *parse_power(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    TpyAstExpr *e;
    if (t.kind == TPY_TOK_AWAIT) {
        parser_advance(p);
        if (!parser_enter(p))
            return NULL;
        TpyAstExpr *v = parse_primary(p);
        parser_leave(p);
        if (v == NULL)
            return NULL;
        e = new_expr(p, TPY_EXPR_AWAIT, pos_from(p, parser_pos_of(&t)));
        e->u.await_.value = v;   /* symtable.c checks where await may appear */
    } else {
        e = parse_primary(p);
    }
    if (e == NULL)
        return NULL;
    if (parser_accept(p, TPY_TOK_DOUBLESTAR)) {
        if (!parser_enter(p))
            return NULL;
        TpyAstExpr *right = parse_factor(p);
        parser_leave(p);
        if (right == NULL)
            return NULL;
        TpyAstExpr *b = new_expr(p, TPY_EXPR_BINOP, pos_from(p, e->pos));
        b->u.binop.left = e;
        b->u.binop.op = TPY_BINOP_POW;
        b->u.binop.right = right;
        e = b;
    }
    return e;
}

/* factor: '+' factor | '-' factor | '~' factor | power */
static TpyAstExpr *parse_factor(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    TpyUnaryOp op;
    switch (t.kind) {
    case TPY_TOK_PLUS: op = TPY_UNARY_UADD; break;
    case TPY_TOK_MINUS: op = TPY_UNARY_USUB; break;
    case TPY_TOK_TILDE: op = TPY_UNARY_INVERT; break;
    default: return parse_power(p);
    }
    parser_advance(p);
    if (!parser_enter(p))
        return NULL;
    TpyAstExpr *operand = parse_factor(p);
    parser_leave(p);
    if (operand == NULL)
        return NULL;
    TpyAstExpr *e = new_expr(p, TPY_EXPR_UNARYOP, pos_from(p, parser_pos_of(&t)));
    e->u.unaryop.op = op;
    e->u.unaryop.operand = operand;
    return e;
}

typedef TpyAstExpr *(*ParseLevel)(Parser *p);

static int binop_for_token(TpyTokenKind k, int level)
{
    switch (level) {
    case 0:   /* term */
        switch (k) {
        case TPY_TOK_STAR: return TPY_BINOP_MULT;
        case TPY_TOK_SLASH: return TPY_BINOP_DIV;
        case TPY_TOK_DOUBLESLASH: return TPY_BINOP_FLOORDIV;
        case TPY_TOK_PERCENT: return TPY_BINOP_MOD;
        case TPY_TOK_AT: return TPY_BINOP_MATMULT;
        default: return -1;
        }
    case 1: return k == TPY_TOK_PLUS ? TPY_BINOP_ADD : k == TPY_TOK_MINUS ? TPY_BINOP_SUB : -1;
    case 2: return k == TPY_TOK_LEFTSHIFT ? TPY_BINOP_LSHIFT : k == TPY_TOK_RIGHTSHIFT ? TPY_BINOP_RSHIFT : -1;
    case 3: return k == TPY_TOK_AMPER ? TPY_BINOP_BITAND : -1;
    case 4: return k == TPY_TOK_CIRCUMFLEX ? TPY_BINOP_BITXOR : -1;
    case 5: return k == TPY_TOK_VBAR ? TPY_BINOP_BITOR : -1;
    default: return -1;
    }
}

/* term, sum, shift_expr, bitwise_and, bitwise_xor, bitwise_or: left-assoc */
static TpyAstExpr *parse_binary_level(Parser *p, int level)
{
    TpyAstExpr *left = level == 0 ? parse_factor(p) : parse_binary_level(p, level - 1);
    int chain = 0;
    while (left != NULL && !p->failed) {
        int op = binop_for_token(parser_kind(p), level);
        if (op < 0)
            break;
        parser_advance(p);
        if (!chain_step(p, &chain))
            return NULL;
        TpyAstExpr *right = level == 0 ? parse_factor(p) : parse_binary_level(p, level - 1);
        if (right == NULL)
            return NULL;
        TpyAstExpr *b = new_expr(p, TPY_EXPR_BINOP, parser_span(left->pos, right->pos));
        b->u.binop.left = left;
        b->u.binop.op = (TpyBinOp)op;
        b->u.binop.right = right;
        left = b;
    }
    return left;
}

TpyAstExpr *parse_bitwise_or(Parser *p)
{
    return parse_binary_level(p, 5);
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ */
static TpyAstExpr *parse_comparison(Parser *p)
{
    TpyAstExpr *left = parse_bitwise_or(p);
    if (left == NULL)
        return NULL;
    TpyAstExpr *cmp = NULL;
    int cap = 0;
    for (;;) {
        TpyTokenKind k = parser_kind(p);
        int op;
        int ntok = 1;
        switch (k) {
        case TPY_TOK_EQEQUAL: op = TPY_CMP_EQ; break;
        case TPY_TOK_NOTEQUAL: {
            TpyToken *t = parser_peek(p, 0);
            if (t->len == 2 && t->start[0] == '<') {   /* `<>` is only for Barry */
                parser_error_generic(p);
                return NULL;
            }
            op = TPY_CMP_NOTEQ;
            break;
        }
        case TPY_TOK_LESS: op = TPY_CMP_LT; break;
        case TPY_TOK_LESSEQUAL: op = TPY_CMP_LTE; break;
        case TPY_TOK_GREATER: op = TPY_CMP_GT; break;
        case TPY_TOK_GREATEREQUAL: op = TPY_CMP_GTE; break;
        case TPY_TOK_IN: op = TPY_CMP_IN; break;
        case TPY_TOK_NOT:
            if (parser_kind_at(p, 1) != TPY_TOK_IN)
                goto done;
            op = TPY_CMP_NOTIN;
            ntok = 2;
            break;
        case TPY_TOK_IS:
            if (parser_kind_at(p, 1) == TPY_TOK_NOT) {
                op = TPY_CMP_ISNOT;
                ntok = 2;
            } else {
                op = TPY_CMP_IS;
            }
            break;
        default:
            goto done;
        }
        while (ntok-- > 0)
            parser_advance(p);
        TpyAstExpr *right = parse_bitwise_or(p);
        if (right == NULL)
            return NULL;
        if (cmp == NULL) {
            cmp = new_expr(p, TPY_EXPR_COMPARE, left->pos);
            cmp->u.compare.left = left;
        }
        int n = cmp->u.compare.comparators.count;
        if (n == cap) {
            int ncap = cap ? cap * 2 : 4;
            TpyCmpOp *ops = tpy_arena_alloc(p->arena, sizeof(TpyCmpOp) * (size_t)ncap);
            if (n)
                memcpy(ops, cmp->u.compare.ops, sizeof(TpyCmpOp) * (size_t)n);
            cmp->u.compare.ops = ops;
            cap = ncap;
        }
        cmp->u.compare.ops[n] = (TpyCmpOp)op;
        TPY_ARENA_PUSH(p->arena, cmp->u.compare.comparators, right);
        cmp->pos = parser_span(left->pos, right->pos);
    }
done:
    return cmp != NULL ? cmp : left;
}

/* inversion: 'not' inversion | comparison */
static TpyAstExpr *parse_inversion(Parser *p)
{
    if (parser_kind(p) != TPY_TOK_NOT)
        return parse_comparison(p);
    TpyToken t = parser_advance(p);
    if (!parser_enter(p))
        return NULL;
    TpyAstExpr *operand = parse_inversion(p);
    parser_leave(p);
    if (operand == NULL)
        return NULL;
    TpyAstExpr *e = new_expr(p, TPY_EXPR_UNARYOP, pos_from(p, parser_pos_of(&t)));
    e->u.unaryop.op = TPY_UNARY_NOT;
    e->u.unaryop.operand = operand;
    return e;
}

/* conjunction: inversion ('and' inversion)+ ; disjunction: conjunction ('or' conjunction)+ */
static TpyAstExpr *parse_boolop(Parser *p, bool is_or)
{
    TpyAstExpr *first = is_or ? parse_boolop(p, false) : parse_inversion(p);
    TpyTokenKind kw = is_or ? TPY_TOK_OR : TPY_TOK_AND;
    if (first == NULL || parser_kind(p) != kw)
        return first;
    TpyAstExpr *e = new_expr(p, TPY_EXPR_BOOLOP, first->pos);
    e->u.boolop.op = is_or ? TPY_BOOLOP_OR : TPY_BOOLOP_AND;
    TPY_ARENA_PUSH(p->arena, e->u.boolop.values, first);
    while (parser_accept(p, kw)) {
        TpyAstExpr *next = is_or ? parse_boolop(p, false) : parse_inversion(p);
        if (next == NULL)
            return NULL;
        TPY_ARENA_PUSH(p->arena, e->u.boolop.values, next);
        e->pos = parser_span(first->pos, next->pos);
    }
    return e;
}

TpyAstExpr *parse_disjunction(Parser *p)
{
    return parse_boolop(p, true);
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static TpyAstExpr *parse_lambda(Parser *p)
{
    TpyToken t = parser_advance(p);
    TpyAstExpr *e = new_expr(p, TPY_EXPR_LAMBDA, parser_pos_of(&t));
    e->u.lambda.args = parse_parameters(p, TPY_TOK_COLON, true);
    if (e->u.lambda.args == NULL || !parser_expect(p, TPY_TOK_COLON, ":"))
        return NULL;
    int saved_loop = p->loop_depth;
    p->loop_depth = 0;
    p->func_depth++;
    e->u.lambda.body = parse_expression(p);
    p->func_depth--;
    p->loop_depth = saved_loop;
    if (e->u.lambda.body == NULL)
        return NULL;
    e->pos = pos_from(p, e->pos);
    return e;
}

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
TpyAstExpr *parse_expression(Parser *p)
{
    if (!parser_enter(p))
        return NULL;
    TpyAstExpr *e;
    if (parser_kind(p) == TPY_TOK_LAMBDA) {
        e = parse_lambda(p);
    } else {
        e = parse_disjunction(p);
        if (e != NULL && parser_kind(p) == TPY_TOK_IF) {
            parser_advance(p);
            TpyAstExpr *test = parse_disjunction(p);
            if (test == NULL) {
                parser_leave(p);
                return NULL;
            }
            if (parser_kind(p) != TPY_TOK_ELSE) {
                TpyTokenKind k = parser_kind(p);
                if (k != TPY_TOK_COLON)
                    parser_error_node(p, parser_span(e->pos, test->pos),
                                      "expected 'else' after 'if' expression");
                else
                    parser_error_generic(p);
                parser_leave(p);
                return NULL;
            }
            parser_advance(p);
            TpyAstExpr *orelse = parse_expression(p);
            if (orelse == NULL) {
                parser_leave(p);
                return NULL;
            }
            TpyAstExpr *x = new_expr(p, TPY_EXPR_IFEXP, parser_span(e->pos, orelse->pos));
            x->u.ifexp.test = test;
            x->u.ifexp.body = e;
            x->u.ifexp.orelse = orelse;
            e = x;
        }
    }
    parser_leave(p);
    return e;
}

/* named_expression: NAME ':=' ~ expression | expression !':=' */
TpyAstExpr *parse_named_expression(Parser *p)
{
    if (parser_kind(p) == TPY_TOK_NAME && parser_kind_at(p, 1) == TPY_TOK_COLONEQUAL) {
        TpyToken n = parser_advance(p);
        parser_advance(p);
        TpyAstExpr *target = new_expr(p, TPY_EXPR_NAME, parser_pos_of(&n));
        target->u.name.id = tpy_arena_strndup(p->arena, n.start, n.len);
        target->u.name.ctx = TPY_CTX_STORE;
        TpyAstExpr *value = parse_expression(p);
        if (value == NULL)
            return NULL;
        TpyAstExpr *e = new_expr(p, TPY_EXPR_NAMEDEXPR, parser_span(target->pos, value->pos));
        e->u.namedexpr.target = target;
        e->u.namedexpr.value = value;
        return e;
    }
    TpyAstExpr *e = parse_expression(p);
    if (e != NULL && parser_kind(p) == TPY_TOK_COLONEQUAL) {
        parser_error_node(p, e->pos, "cannot use assignment expressions with %s", tpy_ast_expr_name(e));
        return NULL;
    }
    if (e != NULL && parser_kind(p) == TPY_TOK_EQUAL && e->kind == TPY_EXPR_NAME) {
        /* `if x = 1:` -- CPython's invalid_named_expression. */
        TpyTokenKind k1 = parser_kind_at(p, 1);
        if (k1 != TPY_TOK_EQUAL) {
            int mark = parser_mark(p);
            parser_advance(p);
            TpyAstExpr *rhs = parse_bitwise_or(p);
            parser_release(p);
            (void)mark;
            if (rhs != NULL && parser_kind(p) != TPY_TOK_EQUAL && parser_kind(p) != TPY_TOK_COLONEQUAL) {
                parser_error_node(p, parser_span(e->pos, rhs->pos),
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            return NULL;
        }
    }
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static TpyAstExpr *parse_star_named_expression(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    if (t.kind == TPY_TOK_STAR) {
        parser_advance(p);
        TpyAstExpr *v = parse_bitwise_or(p);
        if (v == NULL)
            return NULL;
        TpyAstExpr *s = new_expr(p, TPY_EXPR_STARRED, pos_from(p, parser_pos_of(&t)));
        s->u.starred.value = v;
        s->u.starred.ctx = TPY_CTX_LOAD;
        return s;
    }
    return parse_named_expression(p);
}

/* star_named_expressions as a bare tuple (match subject) up to `closer`. */
TpyAstExpr *parse_star_named_expressions(Parser *p, TpyTokenKind closer)
{
    TpyAstExpr *first = parse_star_named_expression(p);
    if (first == NULL || parser_kind(p) != TPY_TOK_COMMA)
        return first;
    TpyAstExpr *t = new_expr(p, TPY_EXPR_TUPLE, first->pos);
    TPY_ARENA_PUSH(p->arena, t->u.list.elts, first);
    while (parser_accept(p, TPY_TOK_COMMA)) {
        if (parser_kind(p) == closer)
            break;
        TpyAstExpr *e = parse_star_named_expression(p);
        if (e == NULL)
            return NULL;
        TPY_ARENA_PUSH(p->arena, t->u.list.elts, e);
    }
    t->pos = pos_from(p, first->pos);
    return t;
}

static bool ends_expression_list(TpyTokenKind k)
{
    return k != TPY_TOK_STAR && !token_can_start_expr(k);
}

/* star_expressions: star_expression (',' star_expression)* [','] ;
 * star_expression: '*' bitwise_or | expression.  With `targets`, elements
 * are parsed as star_target (bitwise_or level) so that `in` ends them. */
static TpyAstExpr *parse_expr_list(Parser *p, bool targets)
{
    TpyAstExpr *first = NULL;
    TpyAstExpr *tuple = NULL;
    for (;;) {
        TpyToken t = *parser_peek(p, 0);
        TpyAstExpr *e;
        if (t.kind == TPY_TOK_STAR) {
            parser_advance(p);
            TpyAstExpr *v = parse_bitwise_or(p);
            if (v == NULL)
                return NULL;
            e = new_expr(p, TPY_EXPR_STARRED, pos_from(p, parser_pos_of(&t)));
            e->u.starred.value = v;
            e->u.starred.ctx = TPY_CTX_LOAD;
        } else {
            e = targets ? parse_bitwise_or(p) : parse_expression(p);
            if (e == NULL)
                return NULL;
        }
        if (first == NULL) {
            first = e;
            if (parser_kind(p) != TPY_TOK_COMMA) {
                if (e->kind == TPY_EXPR_STARRED && !targets) {
                    /* Compiler-stage errors in CPython (ast.parse accepts them). */
                    if (parser_kind(p) == TPY_TOK_EQUAL)
                        parser_deferred_error(p, 1, e->pos,
                                              "starred assignment target must be in a list or tuple");
                    else
                        parser_deferred_error(p, 1, e->pos, "can't use starred expression here");
                }
                return e;
            }
            tuple = new_expr(p, TPY_EXPR_TUPLE, first->pos);
        }
        TPY_ARENA_PUSH(p->arena, tuple->u.list.elts, e);
        if (!parser_accept(p, TPY_TOK_COMMA))
            break;
        if (ends_expression_list(parser_kind(p)))
            break;
    }
    tuple->pos = pos_from(p, first->pos);
    return tuple;
}

TpyAstExpr *parse_star_expressions(Parser *p)
{
    return parse_expr_list(p, false);
}

TpyAstExpr *parse_star_targets(Parser *p)
{
    return parse_expr_list(p, true);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
TpyAstExpr *parse_yield_expr(Parser *p)
{
    TpyToken t = parser_advance(p);
    TpyPos start = parser_pos_of(&t);
    TpyAstExpr *e;
    if (parser_accept(p, TPY_TOK_FROM)) {
        TpyAstExpr *v = parse_expression(p);
        if (v == NULL)
            return NULL;
        e = new_expr(p, TPY_EXPR_YIELDFROM, pos_from(p, start));
        e->u.yieldfrom.value = v;
    } else {
        e = new_expr(p, TPY_EXPR_YIELD, start);
        TpyTokenKind k = parser_kind(p);
        if (k != TPY_TOK_RPAR && k != TPY_TOK_NEWLINE && k != TPY_TOK_SEMI && k != TPY_TOK_EQUAL &&
            k != TPY_TOK_EOF && k != TPY_TOK_RSQB && k != TPY_TOK_RBRACE) {
            e->u.yield.value = parse_star_expressions(p);
            if (e->u.yield.value == NULL)
                return NULL;
        }
        e->pos = pos_from(p, start);
    }
    if (p->func_depth == 0)
        parser_deferred_error(p, 1, e->pos, "'yield' outside function");
    return e;
}
