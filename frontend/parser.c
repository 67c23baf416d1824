/* frontend/parser.c: Python 3.11 statements -> AST, and the parser's plumbing.
 *
 * A recursive-descent parser over tokens pulled on demand from the lexer
 * (lexer.c).  Expressions live in parser_expr.c, string literals and
 * f-strings in fstring.c; the shared state is in parser_internal.h.
 *
 * Errors follow CPython 3.11 (Parser/pegen_errors.c, Grammar/python.gram):
 *  - The first error wins and parsing stops (`failed`).
 *  - A generic "invalid syntax" is reported at the token the parser could not
 *    use.  After any error of the parser's own, like CPython's
 *    _PyPegen_tokenize_full_source_to_check_for_errors we lex the rest of the
 *    file: a tokenizer error there, or a bracket still open at EOF that was
 *    opened on a line before the last token fetched, replaces it.
 *  - INDENT/DEDENT where no statement may start are "unexpected indent" /
 *    "unexpected unindent" (IndentationError).
 *  - Errors that CPython's compiler finds after parsing ('return' outside
 *    function, 'break' outside loop ...) are recorded as `deferred` and
 *    reported only if the whole file parses, since a later syntax error would
 *    have been reported instead.  The __future__, symbol-table and remaining
 *    compiler checks run over the finished tree in symtable.c; see
 *    parser_check_symtable for how the two are ordered.
 * Statement rules are quoted from Grammar/python.gram above each function.
 */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"
#include "symtable.h"

/* ------------------------------------------------------------------ tokens */

#define PARSER_KEEP_TOKENS 64   /* tokens kept behind `pos` when the buffer is compacted */

static void parser_fill(Parser *p, int index)
{
    while (p->base + p->count <= index) {
        if (p->count == p->capacity) {
            /* Compact: drop consumed tokens nobody can go back to. */
            int drop = p->pos - p->base - PARSER_KEEP_TOKENS;
            if (p->marks == 0 && drop > p->count / 2) {
                memmove(p->tokens, p->tokens + drop, sizeof(TpyToken) * (size_t)(p->count - drop));
                p->base += drop;
                p->count -= drop;
            } else {
                /* f-string fields and annotations get their own small parser */
                int cap = p->capacity ? p->capacity * 2 : p->lexer.expr_mode ? 16 : 256;
                TpyToken *grown = realloc(p->tokens, sizeof(TpyToken) * (size_t)cap);
                if (grown == NULL) {
                    fprintf(stderr, "tpy: out of memory in the parser\n");
                    exit(2);
                }
                p->tokens = grown;
                p->capacity = cap;
            }
        }
        TpyToken t = tpy_lexer_next(&p->lexer);
        if (t.kind == TPY_TOK_ERROR && p->lexer.error.set && !p->failed) {
            p->failed = true;
            p->generic_error = false;
            p->lexer_error = true;
            p->error.exc_name = p->lexer.error.exc_name;
            p->error.message = (char *)p->lexer.error.message;
            if (p->msg_prefix[0] != '\0')
                p->error.message = tpy_arena_printf(p->arena, "%s%s", p->msg_prefix,
                                                    p->lexer.error.message);
            p->error.line = p->lexer.error.line;
            p->error.col = p->lexer.error.col;
            p->error.end_col = p->lexer.error.end_col;
        }
        if (t.kind != TPY_TOK_ERROR || !p->lexer.error.set)
            p->last_token_line = t.line;
        p->tokens[p->count++] = t;
    }
}

TpyToken *parser_peek_slow(Parser *p, int k)
{
    parser_fill(p, p->pos + k);
    return &p->tokens[p->pos + k - p->base];
}

TpyToken parser_advance(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    if (t.kind != TPY_TOK_EOF && t.kind != TPY_TOK_ERROR)
        p->pos++;
    p->prev_end_line = t.end_line;
    p->prev_end_col = t.end_col;
    p->prev_line = t.line;
    p->prev_col = t.col;
    if (t.kind == TPY_TOK_NEWLINE) {
        p->newline_line = t.line;
        p->newline_col = t.col;
    }
    return t;
}

bool parser_accept(Parser *p, TpyTokenKind kind)
{
    if (parser_kind(p) != kind)
        return false;
    parser_advance(p);
    return true;
}

/* Expect `kind`; on failure a generic syntax error. */
bool parser_expect(Parser *p, TpyTokenKind kind, const char *what)
{
    (void)what;
    if (parser_accept(p, kind))
        return true;
    parser_error_generic(p);
    return false;
}

/* CPython's forced token (&&':'): "expected ':'" at the current token. */
static bool parser_expect_forced(Parser *p, TpyTokenKind kind)
{
    if (parser_accept(p, kind))
        return true;
    TpyToken *t = parser_peek(p, 0);
    if (t->kind == TPY_TOK_ERROR) {
        parser_error_generic(p);
        return false;
    }
    int end = t->end_line == t->line && t->end_col > t->col ? t->end_col : t->col + 1;
    parser_error_at(p, "SyntaxError", t->line, t->col, end, "expected '%s'",
                    tpy_token_kind_name(kind));
    return false;
}

/* ':' after `if x`, `while x`, `class C`, `with a`, `except E`: CPython says
 * "expected ':'" only when the line ends there; else invalid syntax. */
static bool parser_expect_colon(Parser *p)
{
    if (parser_accept(p, TPY_TOK_COLON))
        return true;
    if (parser_kind(p) == TPY_TOK_NEWLINE)
        return parser_expect_forced(p, TPY_TOK_COLON);
    parser_error_generic(p);
    return false;
}

int parser_mark(Parser *p)
{
    p->marks++;
    return p->pos;
}

void parser_reset(Parser *p, int mark)
{
    p->pos = mark;
}

void parser_release(Parser *p)
{
    p->marks--;
}

bool parser_is_soft_kw(Parser *p, const char *word)
{
    TpyToken *t = parser_peek(p, 0);
    size_t n = strlen(word);
    return t->kind == TPY_TOK_NAME && t->len == n && memcmp(t->start, word, n) == 0;
}

/* ------------------------------------------------------------------ errors */

static void parser_verror(Parser *p, const char *exc, int line, int col, int end_col,
                          const char *fmt, va_list ap)
{
    if (p->failed)
        return;
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    p->failed = true;
    p->generic_error = false;
    p->error.exc_name = exc;
    p->error.message = tpy_arena_printf(p->arena, "%s%s", p->msg_prefix, buf);
    p->error.line = line;
    p->error.col = col;
    p->error.end_col = end_col;
}

void parser_error_at(Parser *p, const char *exc, int line, int col, int end_col,
                     const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    parser_verror(p, exc, line, col, end_col, fmt, ap);
    va_end(ap);
}

/* End column of a range starting at `pos` as CPython's caret shows it: to
 * the node's end on the same line, else to the end of the first line. */
static int parser_caret_end(Parser *p, TpyPos pos)
{
    if (pos.end_line == pos.line)
        return pos.end_col;
    size_t len = 0;
    const char *text = tpy_source_line(p->source, pos.line, &len);
    if (text == NULL)
        return pos.col + 1;
    return tpy_lexer_column(text, text + len);
}

void parser_error_node(Parser *p, TpyPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    parser_verror(p, "SyntaxError", pos.line, pos.col, parser_caret_end(p, pos), fmt, ap);
    va_end(ap);
}

void parser_error_generic(Parser *p)
{
    if (p->failed)
        return;
    TpyToken t = *parser_peek(p, 0);
    if (p->failed)   /* the lexer failed while fetching it */
        return;
    if (t.kind == TPY_TOK_INDENT) {
        parser_error_at(p, "IndentationError", t.line, t.col > 1 ? t.col - 1 : 1, 0,
                        "unexpected indent");
        return;
    }
    if (t.kind == TPY_TOK_DEDENT) {
        parser_error_at(p, "IndentationError", t.line, t.col, 0, "unexpected unindent");
        return;
    }
    int end = t.end_line == t.line && t.end_col > t.col ? t.end_col : 0;
    if (t.kind == TPY_TOK_EOF)
        end = 0;
    parser_error_at(p, "SyntaxError", t.line, t.col, end, "invalid syntax");
    p->generic_error = true;
}

void parser_deferred_error(Parser *p, int rank, TpyPos pos, const char *fmt, ...)
{
    if (p->has_deferred && p->deferred_rank <= rank)
        return;
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    p->has_deferred = true;
    p->deferred_rank = rank;
    p->deferred.exc_name = "SyntaxError";
    p->deferred.message = tpy_arena_strdup(p->arena, buf);
    p->deferred.line = pos.line;
    p->deferred.col = pos.col;
    p->deferred.end_col = parser_caret_end(p, pos);
}

bool parser_enter(Parser *p)
{
    if (p->failed)
        return false;
    if (++p->depth > TPY_PARSER_MAX_NESTING) {
        TpyToken *t = parser_peek(p, 0);
        parser_error_at(p, "RecursionError", t->line, t->col, 0,
                        "maximum recursion depth exceeded during compilation");
        p->depth--;
        return false;
    }
    return true;
}

void parser_leave(Parser *p)
{
    p->depth--;
}

void parser_init(Parser *p, TpyArena *arena, const TpySource *source)
{
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->source = source;
    p->msg_prefix = "";
}

void parser_finish(Parser *p)
{
    free(p->tokens);
    p->tokens = NULL;
    p->count = p->capacity = 0;
}

/* After a syntax error found by the parser (not the lexer): lex on to the
 * end, as CPython's _PyPegen_tokenize_full_source_to_check_for_errors does.
 * A lexer error there replaces the parser's error.  Reaching the end of the
 * file inside a bracket is no error of its own, but the bracket is reported
 * instead ("'(' was never closed") when it was opened on a line before the
 * last token the parser had fetched: the parser ran past the line where the
 * bracket should have closed. */
static void parser_check_rest(Parser *p)
{
    if (p->lexer.error.set || p->lexer.done)
        return;
    for (;;) {
        TpyToken t = tpy_lexer_next(&p->lexer);
        if (t.kind == TPY_TOK_EOF)
            return;
        if (t.kind != TPY_TOK_ERROR || !p->lexer.error.set)
            continue;
        bool at_eof = p->lexer.p >= p->lexer.end && p->lexer.paren_depth > 0 &&
                      strstr(p->lexer.error.message, "was never closed") != NULL;
        if (at_eof && p->lexer.error.line >= p->last_token_line)
            return;
        p->error.exc_name = p->lexer.error.exc_name;
        p->error.message = (char *)p->lexer.error.message;
        p->error.line = p->lexer.error.line;
        p->error.col = p->lexer.error.col;
        p->error.end_col = p->lexer.error.end_col;
        return;
    }
}

/* ------------------------------------------------------------------ statements */

static TpyAstStmt *parse_statement_into(Parser *p, TpyAstStmtList *list);
static bool parse_block(Parser *p, TpyAstStmtList *body, const char *after, int line);
static bool parse_simple_stmts(Parser *p, TpyAstStmtList *list);

static TpyAstStmt *new_stmt(Parser *p, TpyStmtKind kind, TpyPos pos)
{
    return tpy_ast_new_stmt(p->arena, kind, pos);
}

static TpyPos pos_to_prev(Parser *p, TpyPos start)
{
    TpyPos pos = { start.line, start.col, p->prev_end_line, p->prev_end_col };
    return pos;
}

/* A body list's last statement end, for the enclosing statement's end. */
static TpyPos pos_to_body_end(TpyPos start, const TpyAstStmtList *body)
{
    TpyPos pos = start;
    if (body->count > 0) {
        TpyPos last = body->items[body->count - 1]->pos;
        pos.end_line = last.end_line;
        pos.end_col = last.end_col;
    }
    return pos;
}

static bool token_starts_expression(TpyTokenKind k)
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

static int binop_for_augassign(TpyTokenKind k)
{
    switch (k) {
    case TPY_TOK_PLUSEQUAL: return TPY_BINOP_ADD;
    case TPY_TOK_MINEQUAL: return TPY_BINOP_SUB;
    case TPY_TOK_STAREQUAL: return TPY_BINOP_MULT;
    case TPY_TOK_ATEQUAL: return TPY_BINOP_MATMULT;
    case TPY_TOK_SLASHEQUAL: return TPY_BINOP_DIV;
    case TPY_TOK_PERCENTEQUAL: return TPY_BINOP_MOD;
    case TPY_TOK_AMPEREQUAL: return TPY_BINOP_BITAND;
    case TPY_TOK_VBAREQUAL: return TPY_BINOP_BITOR;
    case TPY_TOK_CIRCUMFLEXEQUAL: return TPY_BINOP_BITXOR;
    case TPY_TOK_LEFTSHIFTEQUAL: return TPY_BINOP_LSHIFT;
    case TPY_TOK_RIGHTSHIFTEQUAL: return TPY_BINOP_RSHIFT;
    case TPY_TOK_DOUBLESTAREQUAL: return TPY_BINOP_POW;
    case TPY_TOK_DOUBLESLASHEQUAL: return TPY_BINOP_FLOORDIV;
    default: return -1;
    }
}

/* The right-hand side of an assignment: yield_expr | star_expressions */
static TpyAstExpr *parse_assignment_value(Parser *p)
{
    if (parser_kind(p) == TPY_TOK_YIELD)
        return parse_yield_expr(p);
    return parse_star_expressions(p);
}

/* assignment:
 *     | NAME ':' expression ['=' annotated_rhs]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *     | (star_targets '=')+ (yield_expr | star_expressions) !'='
 *     | single_target augassign ~ (yield_expr | star_expressions)
 * star_expressions (an expression statement) */
static TpyAstStmt *parse_expr_or_assign(Parser *p)
{
    TpyToken first = *parser_peek(p, 0);
    TpyAstExpr *e = parse_assignment_value(p);
    if (e == NULL)
        return NULL;
    TpyTokenKind k = parser_kind(p);
    if (k == TPY_TOK_COLON) {
        parser_advance(p);
        if (e->kind == TPY_EXPR_TUPLE) {
            parser_error_node(p, e->u.list.elts.count > 0 ? e->u.list.elts.items[0]->pos : e->pos,
                              "only single target (not tuple) can be annotated");
            return NULL;
        }
        if (e->kind == TPY_EXPR_LIST) {
            parser_error_node(p, e->pos, "only single target (not list) can be annotated");
            return NULL;
        }
        if (e->kind != TPY_EXPR_NAME && e->kind != TPY_EXPR_ATTRIBUTE &&
            e->kind != TPY_EXPR_SUBSCRIPT) {
            parser_error_node(p, e->pos, "illegal target for annotation");
            return NULL;
        }
        parser_set_context(p, e, TPY_CTX_STORE, 0);
        TpyAstExpr *annotation = parse_expression(p);
        if (annotation == NULL)
            return NULL;
        TpyAstExpr *value = NULL;
        if (parser_accept(p, TPY_TOK_EQUAL)) {
            value = parse_assignment_value(p);
            if (value == NULL)
                return NULL;
        }
        TpyAstStmt *s = new_stmt(p, TPY_STMT_ANNASSIGN, pos_to_prev(p, e->pos));
        s->u.annassign.target = e;
        s->u.annassign.annotation = annotation;
        s->u.annassign.value = value;
        s->u.annassign.simple = e->kind == TPY_EXPR_NAME && first.kind == TPY_TOK_NAME;
        return s;
    }
    int op = binop_for_augassign(k);
    if (op >= 0) {
        if (e->kind != TPY_EXPR_NAME && e->kind != TPY_EXPR_ATTRIBUTE &&
            e->kind != TPY_EXPR_SUBSCRIPT) {
            parser_error_node(p, e->pos, "'%s' is an illegal expression for augmented assignment",
                              tpy_ast_expr_name(e));
            return NULL;
        }
        parser_advance(p);
        parser_set_context(p, e, TPY_CTX_STORE, 0);
        TpyAstExpr *value = parse_assignment_value(p);
        if (value == NULL)
            return NULL;
        TpyAstStmt *s = new_stmt(p, TPY_STMT_AUGASSIGN, pos_to_prev(p, e->pos));
        s->u.augassign.target = e;
        s->u.augassign.op = (TpyBinOp)op;
        s->u.augassign.value = value;
        return s;
    }
    if (k == TPY_TOK_EQUAL) {
        TpyAstExprList targets = { 0 };
        TpyAstExpr *value = e;
        while (parser_accept(p, TPY_TOK_EQUAL)) {
            TPY_ARENA_PUSH(p->arena, targets, value);
            value = parse_assignment_value(p);
            if (value == NULL)
                return NULL;
        }
        for (int i = 0; i < targets.count; i++) {
            TpyAstExpr *t = targets.items[i];
            /* CPython's invalid_named_expression: `bad = value` with a simple
             * value and no further '=' reads like a mistyped comparison. */
            bool hint = i == targets.count - 1 && value->kind != TPY_EXPR_TUPLE &&
                        value->kind != TPY_EXPR_YIELD && value->kind != TPY_EXPR_YIELDFROM &&
                        value->kind != TPY_EXPR_COMPARE && value->kind != TPY_EXPR_BOOLOP &&
                        value->kind != TPY_EXPR_IFEXP && value->kind != TPY_EXPR_LAMBDA &&
                        !(value->kind == TPY_EXPR_UNARYOP && value->u.unaryop.op == TPY_UNARY_NOT) &&
                        value->kind != TPY_EXPR_STARRED;
            if (!parser_set_context(p, t, TPY_CTX_STORE, hint ? 3 : 0))
                return NULL;
        }
        TpyAstStmt *s = new_stmt(p, TPY_STMT_ASSIGN, pos_to_prev(p, e->pos));
        s->u.assign.targets = targets;
        s->u.assign.value = value;
        return s;
    }
    /* print "x": CPython's legacy-statement hint. */
    if (e->kind == TPY_EXPR_NAME && token_starts_expression(k) &&
        (strcmp(e->u.name.id, "print") == 0 || strcmp(e->u.name.id, "exec") == 0)) {
        int mark = parser_mark(p);
        TpyAstExpr *arg = parse_star_expressions(p);
        parser_release(p);
        if (arg != NULL && !p->failed) {
            parser_error_node(p, parser_span(e->pos, arg->pos),
                              "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                              e->u.name.id, e->u.name.id);
            return NULL;
        }
        (void)mark;
        return NULL;
    }
    TpyAstStmt *s = new_stmt(p, TPY_STMT_EXPR, e->pos);
    s->u.expr.value = e;
    return s;
}

/* dotted_name: dotted_name '.' NAME | NAME */
static TpyIdent parse_dotted_name(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    if (t.kind != TPY_TOK_NAME) {
        parser_error_generic(p);
        return NULL;
    }
    parser_advance(p);
    const char *start = t.start;
    const char *end = t.start + t.len;
    bool simple = true;
    while (parser_kind(p) == TPY_TOK_DOT) {
        parser_advance(p);
        TpyToken n = *parser_peek(p, 0);
        if (n.kind != TPY_TOK_NAME) {
            parser_error_generic(p);
            return NULL;
        }
        parser_advance(p);
        if (n.start != end + 1)
            simple = false;   /* `a . b`: rebuild without the spaces */
        end = n.start + n.len;
    }
    if (simple)
        return tpy_arena_strndup(p->arena, start, (size_t)(end - start));
    /* Rebuild "a.b.c" from the names, dropping white space and comments. */
    char *out = tpy_arena_alloc(p->arena, (size_t)(end - start) + 1);
    size_t n = 0;
    for (const char *s = start; s < end; s++) {
        if (*s == '#') {
            while (s < end && *s != '\n')
                s++;
            continue;
        }
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\\' || *s == '\f')
            continue;
        out[n++] = *s;
    }
    out[n] = '\0';
    return out;
}

/* import_name: 'import' dotted_as_names */
static TpyAstStmt *parse_import(Parser *p)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_IMPORT, parser_pos_of(&kw));
    do {
        TpyToken first = *parser_peek(p, 0);
        TpyAstAlias *alias = tpy_arena_alloc(p->arena, sizeof *alias);
        alias->name = parse_dotted_name(p);
        if (alias->name == NULL)
            return NULL;
        if (parser_accept(p, TPY_TOK_AS)) {
            TpyToken n = *parser_peek(p, 0);
            if (!parser_expect(p, TPY_TOK_NAME, "name"))
                return NULL;
            alias->asname = tpy_arena_strndup(p->arena, n.start, n.len);
        }
        alias->pos = pos_to_prev(p, parser_pos_of(&first));
        TPY_ARENA_PUSH(p->arena, s->u.import.names, alias);
    } while (parser_accept(p, TPY_TOK_COMMA));
    s->pos = pos_to_prev(p, s->pos);
    return s;
}

/* import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' */
static TpyAstStmt *parse_import_from(Parser *p)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_IMPORTFROM, parser_pos_of(&kw));
    int level = 0;
    for (;;) {
        if (parser_accept(p, TPY_TOK_DOT))
            level++;
        else if (parser_accept(p, TPY_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    s->u.importfrom.level = level;
    if (parser_kind(p) != TPY_TOK_IMPORT || level == 0) {
        s->u.importfrom.module = parse_dotted_name(p);
        if (s->u.importfrom.module == NULL)
            return NULL;
    }
    if (!parser_expect(p, TPY_TOK_IMPORT, "import"))
        return NULL;
    TpyToken star = *parser_peek(p, 0);
    if (parser_accept(p, TPY_TOK_STAR)) {
        TpyAstAlias *alias = tpy_arena_alloc(p->arena, sizeof *alias);
        alias->name = "*";
        alias->pos = parser_pos_of(&star);
        TPY_ARENA_PUSH(p->arena, s->u.importfrom.names, alias);
        s->pos = pos_to_prev(p, s->pos);
        return s;
    }
    bool paren = parser_accept(p, TPY_TOK_LPAR);
    for (;;) {
        TpyToken n = *parser_peek(p, 0);
        if (!parser_expect(p, TPY_TOK_NAME, "name"))
            return NULL;
        TpyAstAlias *alias = tpy_arena_alloc(p->arena, sizeof *alias);
        alias->name = tpy_arena_strndup(p->arena, n.start, n.len);
        if (parser_accept(p, TPY_TOK_AS)) {
            TpyToken a = *parser_peek(p, 0);
            if (!parser_expect(p, TPY_TOK_NAME, "name"))
                return NULL;
            alias->asname = tpy_arena_strndup(p->arena, a.start, a.len);
        }
        alias->pos = pos_to_prev(p, parser_pos_of(&n));
        TPY_ARENA_PUSH(p->arena, s->u.importfrom.names, alias);
        if (!parser_accept(p, TPY_TOK_COMMA))
            break;
        if (paren && parser_kind(p) == TPY_TOK_RPAR)
            break;
        if (!paren && parser_kind(p) == TPY_TOK_NEWLINE) {
            TpyToken *c = parser_peek(p, 0);
            parser_error_at(p, "SyntaxError", c->line, c->col, 0,
                            "trailing comma not allowed without surrounding parentheses");
            return NULL;
        }
    }
    if (paren && !parser_expect(p, TPY_TOK_RPAR, ")"))
        return NULL;
    s->pos = pos_to_prev(p, s->pos);
    return s;
}

/* global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+ */
static TpyAstStmt *parse_global(Parser *p, TpyStmtKind kind)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, kind, parser_pos_of(&kw));
    TpyIdentList *names = &s->u.global.names;
    int cap = 0;
    do {
        TpyToken n = *parser_peek(p, 0);
        if (!parser_expect(p, TPY_TOK_NAME, "name"))
            return NULL;
        if (names->count == cap) {
            int ncap = cap ? cap * 2 : 4;
            TpyIdent *items = tpy_arena_alloc(p->arena, sizeof(TpyIdent) * (size_t)ncap);
            TpyPos *pos = tpy_arena_alloc(p->arena, sizeof(TpyPos) * (size_t)ncap);
            if (cap) {
                memcpy(items, names->items, sizeof(TpyIdent) * (size_t)cap);
                memcpy(pos, names->pos, sizeof(TpyPos) * (size_t)cap);
            }
            names->items = items;
            names->pos = pos;
            cap = ncap;
        }
        names->items[names->count] = tpy_arena_strndup(p->arena, n.start, n.len);
        names->pos[names->count] = parser_pos_of(&n);
        names->count++;
    } while (parser_accept(p, TPY_TOK_COMMA));
    s->pos = pos_to_prev(p, s->pos);
    return s;   /* symtable.c checks where global/nonlocal may appear */
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) */
static TpyAstStmt *parse_del(Parser *p)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_DELETE, parser_pos_of(&kw));
    do {
        if (parser_kind(p) == TPY_TOK_NEWLINE || parser_kind(p) == TPY_TOK_SEMI)
            break;
        TpyToken star = *parser_peek(p, 0);
        bool starred = parser_accept(p, TPY_TOK_STAR);
        TpyAstExpr *t = parse_bitwise_or(p);
        if (t == NULL)
            return NULL;
        if (starred) {
            TpyAstExpr *s2 = tpy_ast_new_expr(p->arena, TPY_EXPR_STARRED,
                                              parser_span(parser_pos_of(&star), t->pos));
            s2->u.starred.value = t;
            t = s2;
        }
        if (!parser_set_context(p, t, TPY_CTX_DEL, 1))
            return NULL;
        TPY_ARENA_PUSH(p->arena, s->u.delete_.targets, t);
    } while (parser_accept(p, TPY_TOK_COMMA));
    if (s->u.delete_.targets.count == 0) {
        parser_error_generic(p);
        return NULL;
    }
    s->pos = pos_to_prev(p, s->pos);
    return s;
}

static bool at_simple_stmt_end(Parser *p)
{
    TpyTokenKind k = parser_kind(p);
    return k == TPY_TOK_NEWLINE || k == TPY_TOK_SEMI || k == TPY_TOK_EOF;
}

/* simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
 *     | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
 *     | global_stmt | nonlocal_stmt */
static TpyAstStmt *parse_simple_stmt(Parser *p)
{
    TpyToken t = *parser_peek(p, 0);
    TpyPos pos = parser_pos_of(&t);
    TpyAstStmt *s;
    switch (t.kind) {
    case TPY_TOK_PASS:
        parser_advance(p);
        return new_stmt(p, TPY_STMT_PASS, pos);
    case TPY_TOK_BREAK:
        parser_advance(p);
        if (p->loop_depth == 0)
            parser_deferred_error(p, 1, pos, "'break' outside loop");
        return new_stmt(p, TPY_STMT_BREAK, pos);
    case TPY_TOK_CONTINUE:
        parser_advance(p);
        if (p->loop_depth == 0)
            parser_deferred_error(p, 1, pos, "'continue' not properly in loop");
        return new_stmt(p, TPY_STMT_CONTINUE, pos);
    case TPY_TOK_RETURN:
        parser_advance(p);
        s = new_stmt(p, TPY_STMT_RETURN, pos);
        if (!at_simple_stmt_end(p)) {
            s->u.return_.value = parse_star_expressions(p);
            if (s->u.return_.value == NULL)
                return NULL;
        }
        s->pos = pos_to_prev(p, pos);
        if (p->func_depth == 0)
            parser_deferred_error(p, 1, s->pos, "'return' outside function");
        return s;
    case TPY_TOK_RAISE:
        parser_advance(p);
        s = new_stmt(p, TPY_STMT_RAISE, pos);
        if (!at_simple_stmt_end(p)) {
            s->u.raise.exc = parse_expression(p);
            if (s->u.raise.exc == NULL)
                return NULL;
            if (parser_accept(p, TPY_TOK_FROM)) {
                s->u.raise.cause = parse_expression(p);
                if (s->u.raise.cause == NULL)
                    return NULL;
            }
        }
        s->pos = pos_to_prev(p, pos);
        return s;
    case TPY_TOK_ASSERT:
        parser_advance(p);
        s = new_stmt(p, TPY_STMT_ASSERT, pos);
        s->u.assert_.test = parse_expression(p);
        if (s->u.assert_.test == NULL)
            return NULL;
        if (parser_accept(p, TPY_TOK_COMMA)) {
            s->u.assert_.msg = parse_expression(p);
            if (s->u.assert_.msg == NULL)
                return NULL;
        }
        s->pos = pos_to_prev(p, pos);
        return s;
    case TPY_TOK_DEL:
        return parse_del(p);
    case TPY_TOK_GLOBAL:
        return parse_global(p, TPY_STMT_GLOBAL);
    case TPY_TOK_NONLOCAL:
        return parse_global(p, TPY_STMT_NONLOCAL);
    case TPY_TOK_IMPORT:
        return parse_import(p);
    case TPY_TOK_FROM:
        return parse_import_from(p);
    default:
        if (!token_starts_expression(t.kind) && t.kind != TPY_TOK_STAR && t.kind != TPY_TOK_YIELD) {
            parser_error_generic(p);
            return NULL;
        }
        return parse_expr_or_assign(p);
    }
}

/* simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
static bool parse_simple_stmts(Parser *p, TpyAstStmtList *list)
{
    for (;;) {
        TpyAstStmt *s = parse_simple_stmt(p);
        if (s == NULL)
            return false;
        TPY_ARENA_PUSH(p->arena, *list, s);
        if (parser_accept(p, TPY_TOK_SEMI)) {
            if (parser_kind(p) == TPY_TOK_NEWLINE || parser_kind(p) == TPY_TOK_EOF)
                break;
            continue;
        }
        break;
    }
    if (parser_accept(p, TPY_TOK_NEWLINE) || parser_kind(p) == TPY_TOK_EOF)
        return true;
    parser_error_generic(p);
    return false;
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static bool parse_block(Parser *p, TpyAstStmtList *body, const char *after, int line)
{
    if (p->failed)
        return false;
    if (!parser_accept(p, TPY_TOK_NEWLINE))
        return parse_simple_stmts(p, body);
    if (parser_kind(p) != TPY_TOK_INDENT) {
        TpyToken *t = parser_peek(p, 0);
        if (p->failed)
            return false;
        int err_line = t->line, err_col = t->col;
        if ((t->kind == TPY_TOK_EOF || t->kind == TPY_TOK_DEDENT) &&
            p->lexer.p >= p->lexer.end && p->lexer.end > p->source->text &&
            (p->lexer.end[-1] == '\n' || p->lexer.end[-1] == '\r') && err_line > 1) {
            /* At the end of the file CPython's ENDMARKER sits on the last line
             * read, not on the empty line after the final newline. */
            err_line--;
            size_t len = 0;
            const char *text = tpy_source_line(p->source, err_line, &len);
            err_col = text ? tpy_lexer_column(text, text + len) : 1;
        }
        parser_error_at(p, "IndentationError", err_line, err_col,
                        t->end_line == t->line && t->kind != TPY_TOK_EOF &&
                        t->kind != TPY_TOK_DEDENT ? t->end_col : 0,
                        "expected an indented block after %s on line %d", after, line);
        return false;
    }
    parser_advance(p);
    while (parser_kind(p) != TPY_TOK_DEDENT && parser_kind(p) != TPY_TOK_EOF) {
        if (parse_statement_into(p, body) == NULL)
            return false;
    }
    parser_accept(p, TPY_TOK_DEDENT);
    return !p->failed;
}

/* The 'else' clause of if/for/while/try: 'else' &&':' block */
static bool parse_else_block(Parser *p, TpyAstStmtList *orelse)
{
    TpyToken kw = parser_advance(p);
    if (!parser_expect_forced(p, TPY_TOK_COLON))
        return false;
    return parse_block(p, orelse, "'else' statement", kw.line);
}

/* if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]) */
static TpyAstStmt *parse_if(Parser *p)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_IF, parser_pos_of(&kw));
    s->u.if_.test = parse_named_expression(p);
    if (s->u.if_.test == NULL || !parser_expect_colon(p))
        return NULL;
    const char *what = kw.kind == TPY_TOK_IF ? "'if' statement" : "'elif' statement";
    if (!parse_block(p, &s->u.if_.body, what, kw.line))
        return NULL;
    s->pos = pos_to_body_end(s->pos, &s->u.if_.body);
    if (parser_kind(p) == TPY_TOK_ELIF) {
        TpyAstStmt *elif = parse_if(p);
        if (elif == NULL)
            return NULL;
        TPY_ARENA_PUSH(p->arena, s->u.if_.orelse, elif);
        s->pos = pos_to_body_end(s->pos, &s->u.if_.orelse);
    } else if (parser_kind(p) == TPY_TOK_ELSE) {
        if (!parse_else_block(p, &s->u.if_.orelse))
            return NULL;
        s->pos = pos_to_body_end(s->pos, &s->u.if_.orelse);
    }
    return s;
}

static bool parser_push_block(Parser *p, TpyPos pos)
{
    if (++p->block_depth > 20)
        parser_deferred_error(p, 1, pos, "too many statically nested blocks");
    return true;
}

/* while_stmt: 'while' named_expression ':' block [else_block] */
static TpyAstStmt *parse_while(Parser *p)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_WHILE, parser_pos_of(&kw));
    s->u.while_.test = parse_named_expression(p);
    if (s->u.while_.test == NULL || !parser_expect_colon(p))
        return NULL;
    TpyPos head = pos_to_prev(p, s->pos);
    parser_push_block(p, head);
    p->loop_depth++;
    bool ok = parse_block(p, &s->u.while_.body, "'while' statement", kw.line);
    p->loop_depth--;
    p->block_depth--;
    if (!ok)
        return NULL;
    s->pos = pos_to_body_end(s->pos, &s->u.while_.body);
    if (parser_kind(p) == TPY_TOK_ELSE) {
        if (!parse_else_block(p, &s->u.while_.orelse))
            return NULL;
        s->pos = pos_to_body_end(s->pos, &s->u.while_.orelse);
    }
    return s;
}

/* for_stmt: 'for' star_targets 'in' ~ star_expressions &&':' block [else_block] */
static TpyAstStmt *parse_for(Parser *p, TpyPos start, bool is_async)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_FOR, start);
    s->u.for_.is_async = is_async;
    TpyAstExpr *target = parse_star_targets(p);
    if (target == NULL)
        return NULL;
    if (!parser_set_context(p, target, TPY_CTX_STORE, 2))
        return NULL;
    s->u.for_.target = target;
    if (!parser_expect(p, TPY_TOK_IN, "in"))
        return NULL;
    s->u.for_.iter = parse_star_expressions(p);
    if (s->u.for_.iter == NULL || !parser_expect_colon(p))
        return NULL;
    TpyPos head = pos_to_prev(p, start);
    parser_push_block(p, head);
    p->loop_depth++;
    bool ok = parse_block(p, &s->u.for_.body, "'for' statement", kw.line);
    p->loop_depth--;
    p->block_depth--;
    if (!ok)
        return NULL;
    s->pos = pos_to_body_end(s->pos, &s->u.for_.body);
    if (parser_kind(p) == TPY_TOK_ELSE) {
        if (!parse_else_block(p, &s->u.for_.orelse))
            return NULL;
        s->pos = pos_to_body_end(s->pos, &s->u.for_.orelse);
    }
    return s;
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static TpyAstWithItem *parse_with_item(Parser *p)
{
    TpyAstWithItem *item = tpy_arena_alloc(p->arena, sizeof *item);
    item->context_expr = parse_expression(p);
    if (item->context_expr == NULL)
        return NULL;
    if (parser_accept(p, TPY_TOK_AS)) {
        TpyAstExpr *t;
        TpyToken star = *parser_peek(p, 0);
        if (parser_accept(p, TPY_TOK_STAR)) {
            TpyAstExpr *inner = parse_bitwise_or(p);
            if (inner == NULL)
                return NULL;
            t = tpy_ast_new_expr(p->arena, TPY_EXPR_STARRED, parser_span(parser_pos_of(&star), inner->pos));
            t->u.starred.value = inner;
        } else {
            t = parse_bitwise_or(p);
        }
        if (t == NULL)
            return NULL;
        TpyTokenKind k = parser_kind(p);
        if (k != TPY_TOK_COMMA && k != TPY_TOK_RPAR && k != TPY_TOK_COLON) {
            parser_error_generic(p);
            return NULL;
        }
        if (!parser_set_context(p, t, TPY_CTX_STORE, 0))
            return NULL;
        item->optional_vars = t;
    }
    return item;
}

/* with_stmt:
 *     | 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | 'with' ','.with_item+ ':' block */
static TpyAstStmt *parse_with(Parser *p, TpyPos start, bool is_async)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_WITH, start);
    s->u.with.is_async = is_async;
    bool done = false;
    if (parser_kind(p) == TPY_TOK_LPAR) {
        /* Try the parenthesized form; fall back to an expression in parens. */
        int mark = parser_mark(p);
        Parser saved = *p;
        parser_advance(p);
        TpyAstWithItemList items = { 0 };
        bool ok = true;
        for (;;) {
            TpyAstWithItem *item = parse_with_item(p);
            if (item == NULL) {
                ok = false;
                break;
            }
            TPY_ARENA_PUSH(p->arena, items, item);
            if (!parser_accept(p, TPY_TOK_COMMA))
                break;
            if (parser_kind(p) == TPY_TOK_RPAR)
                break;
        }
        if (ok && parser_accept(p, TPY_TOK_RPAR) && parser_kind(p) == TPY_TOK_COLON) {
            s->u.with.items = items;
            done = true;
        } else if (!p->lexer.error.set) {
            /* Back out: restore the error state and the position. */
            TpyLexer lexer_now = p->lexer;
            TpyToken *tokens = p->tokens;
            int base = p->base, count = p->count, capacity = p->capacity;
            *p = saved;
            p->lexer = lexer_now;
            p->tokens = tokens;
            p->base = base;
            p->count = count;
            p->capacity = capacity;
            parser_reset(p, mark);
        }
        parser_release(p);
        if (p->failed)
            return NULL;
    }
    if (!done) {
        for (;;) {
            TpyAstWithItem *item = parse_with_item(p);
            if (item == NULL)
                return NULL;
            TPY_ARENA_PUSH(p->arena, s->u.with.items, item);
            if (!parser_accept(p, TPY_TOK_COMMA))
                break;
        }
    }
    if (!parser_expect_colon(p))
        return NULL;
    TpyPos head = pos_to_prev(p, start);
    parser_push_block(p, head);
    bool ok = parse_block(p, &s->u.with.body, "'with' statement", kw.line);
    p->block_depth--;
    if (!ok)
        return NULL;
    s->pos = pos_to_body_end(s->pos, &s->u.with.body);
    return s;
}

/* try_stmt:
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 * except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block */
static TpyAstStmt *parse_try(Parser *p)
{
    TpyToken kw = parser_advance(p);
    TpyAstStmt *s = new_stmt(p, TPY_STMT_TRY, parser_pos_of(&kw));
    if (!parser_expect_forced(p, TPY_TOK_COLON))
        return NULL;
    parser_push_block(p, s->pos);
    bool ok = parse_block(p, &s->u.try_.body, "'try' statement", kw.line);
    p->block_depth--;
    if (!ok)
        return NULL;
    bool star = false, plain = false;
    while (parser_kind(p) == TPY_TOK_EXCEPT) {
        TpyToken ex = parser_advance(p);
        TpyAstExceptHandler *h = tpy_arena_alloc(p->arena, sizeof *h);
        h->pos = parser_pos_of(&ex);
        if (parser_accept(p, TPY_TOK_STAR))
            star = true;
        else
            plain = true;
        if (star && plain) {
            parser_error_at(p, "SyntaxError", ex.line, ex.col, ex.end_col,
                            "cannot have both 'except' and 'except*' on the same 'try'");
            return NULL;
        }
        if (parser_kind(p) != TPY_TOK_COLON) {
            h->type = parse_expression(p);
            if (h->type == NULL)
                return NULL;
            if (parser_kind(p) == TPY_TOK_COMMA) {
                int mark = parser_mark(p);
                parser_advance(p);
                TpyAstExpr *more = parse_expression(p);
                parser_release(p);
                if (more == NULL)
                    return NULL;
                (void)mark;
                parser_error_node(p, parser_span(h->type->pos, more->pos),
                                  "multiple exception types must be parenthesized");
                return NULL;
            }
            if (parser_accept(p, TPY_TOK_AS)) {
                TpyToken n = *parser_peek(p, 0);
                if (!parser_expect(p, TPY_TOK_NAME, "name"))
                    return NULL;
                h->name = tpy_arena_strndup(p->arena, n.start, n.len);
            }
        } else if (star) {
            parser_error_at(p, "SyntaxError", parser_peek(p, 0)->line, parser_peek(p, 0)->col, 0,
                            "expected one or more exception types");
            return NULL;
        }
        if (!parser_expect_colon(p))
            return NULL;
        parser_push_block(p, h->pos);
        ok = parse_block(p, &h->body, star ? "'except*' statement" : "'except' statement", ex.line);
        p->block_depth--;
        if (!ok)
            return NULL;
        h->pos = pos_to_body_end(h->pos, &h->body);
        TPY_ARENA_PUSH(p->arena, s->u.try_.handlers, h);
        s->pos = pos_to_body_end(s->pos, &h->body);
    }
    if (s->u.try_.handlers.count > 0 && parser_kind(p) == TPY_TOK_ELSE) {
        if (!parse_else_block(p, &s->u.try_.orelse))
            return NULL;
        s->pos = pos_to_body_end(s->pos, &s->u.try_.orelse);
    }
    if (parser_kind(p) == TPY_TOK_FINALLY) {
        TpyToken fin = parser_advance(p);
        if (!parser_expect_forced(p, TPY_TOK_COLON))
            return NULL;
        parser_push_block(p, parser_pos_of(&fin));
        ok = parse_block(p, &s->u.try_.finalbody, "'finally' statement", fin.line);
        p->block_depth--;
        if (!ok)
            return NULL;
        s->pos = pos_to_body_end(s->pos, &s->u.try_.finalbody);
    }
    if (s->u.try_.handlers.count == 0 && s->u.try_.finalbody.count == 0) {
        /* CPython points at the last token it read: the body's NEWLINE. */
        TpyToken *t = parser_peek(p, 0);
        if (t->kind == TPY_TOK_EOF)
            parser_error_at(p, "SyntaxError", p->newline_line, p->newline_col, 0,
                            "expected 'except' or 'finally' block");
        else
            parser_error_at(p, "SyntaxError", t->line, t->col, 0,
                            "expected 'except' or 'finally' block");
        return NULL;
    }
    if (star) {
        TpyAstStmt *u = new_stmt(p, TPY_STMT_UNSUPPORTED, s->pos);
        u->u.unsupported.what = "except*";
        return u;
    }
    return s;
}

/* function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
static TpyAstStmt *parse_funcdef(Parser *p, TpyPos start, TpyAstExprList decorators, bool is_async)
{
    TpyToken kw = parser_advance(p);
    TpyToken name = *parser_peek(p, 0);
    if (!parser_expect(p, TPY_TOK_NAME, "name"))
        return NULL;
    if (!parser_expect_forced(p, TPY_TOK_LPAR))
        return NULL;
    TpyAstStmt *s = new_stmt(p, TPY_STMT_FUNCTIONDEF, start);
    s->u.functiondef.name = tpy_arena_strndup(p->arena, name.start, name.len);
    s->u.functiondef.decorators = decorators;
    s->u.functiondef.is_async = is_async;
    s->u.functiondef.args = parse_parameters(p, TPY_TOK_RPAR, false);
    if (s->u.functiondef.args == NULL)
        return NULL;
    if (!parser_expect(p, TPY_TOK_RPAR, ")"))
        return NULL;
    if (parser_accept(p, TPY_TOK_ARROW)) {
        s->u.functiondef.returns = parse_expression(p);
        if (s->u.functiondef.returns == NULL)
            return NULL;
    }
    if (!parser_expect_forced(p, TPY_TOK_COLON))
        return NULL;
    int saved_loop = p->loop_depth, saved_block = p->block_depth;
    bool saved_class = p->in_class_body;
    p->loop_depth = 0;
    p->block_depth = 0;
    p->in_class_body = false;
    p->func_depth++;
    bool ok = parse_block(p, &s->u.functiondef.body, "function definition", kw.line);
    p->func_depth--;
    p->loop_depth = saved_loop;
    p->block_depth = saved_block;
    p->in_class_body = saved_class;
    if (!ok)
        return NULL;
    s->pos = pos_to_body_end(s->pos, &s->u.functiondef.body);
    return s;
}

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
static TpyAstStmt *parse_classdef(Parser *p, TpyPos start, TpyAstExprList decorators)
{
    TpyToken kw = parser_advance(p);
    TpyToken name = *parser_peek(p, 0);
    if (!parser_expect(p, TPY_TOK_NAME, "name"))
        return NULL;
    TpyAstStmt *s = new_stmt(p, TPY_STMT_CLASSDEF, start);
    s->u.classdef.name = tpy_arena_strndup(p->arena, name.start, name.len);
    s->u.classdef.decorators = decorators;
    if (parser_kind(p) == TPY_TOK_LPAR) {
        TpyToken lpar = parser_advance(p);
        TpyAstExpr *call = tpy_ast_new_expr(p->arena, TPY_EXPR_CALL, parser_pos_of(&lpar));
        parse_call_arguments(p, call);
        if (p->failed)
            return NULL;
        s->u.classdef.bases = call->u.call.args;
        s->u.classdef.keywords = call->u.call.keywords;
    }
    if (!parser_expect_colon(p))
        return NULL;
    int saved_loop = p->loop_depth, saved_block = p->block_depth, saved_func = p->func_depth;
    bool saved_class = p->in_class_body;
    p->loop_depth = 0;
    p->block_depth = 0;
    p->func_depth = 0;
    p->in_class_body = true;
    bool ok = parse_block(p, &s->u.classdef.body, "class definition", kw.line);
    p->loop_depth = saved_loop;
    p->block_depth = saved_block;
    p->func_depth = saved_func;
    p->in_class_body = saved_class;
    if (!ok)
        return NULL;
    s->pos = pos_to_body_end(s->pos, &s->u.classdef.body);
    return s;
}

/* decorators: ('@' f=named_expression NEWLINE)+ then class_def | function_def */
static TpyAstStmt *parse_decorated(Parser *p)
{
    TpyAstExprList decorators = { 0 };
    while (parser_accept(p, TPY_TOK_AT)) {
        TpyAstExpr *d = parse_named_expression(p);
        if (d == NULL)
            return NULL;
        if (!parser_expect(p, TPY_TOK_NEWLINE, "newline"))
            return NULL;
        TPY_ARENA_PUSH(p->arena, decorators, d);
    }
    TpyToken t = *parser_peek(p, 0);
    TpyPos start = parser_pos_of(&t);
    if (t.kind == TPY_TOK_DEF)
        return parse_funcdef(p, start, decorators, false);
    if (t.kind == TPY_TOK_CLASS)
        return parse_classdef(p, start, decorators);
    if (t.kind == TPY_TOK_ASYNC && parser_kind_at(p, 1) == TPY_TOK_DEF) {
        parser_advance(p);
        TpyAstStmt *f = parse_funcdef(p, start, decorators, true);
        if (f == NULL)
            return NULL;
        TpyAstStmt *u = new_stmt(p, TPY_STMT_UNSUPPORTED, f->pos);
        u->u.unsupported.what = "async def";
        return u;
    }
    parser_error_generic(p);
    return NULL;
}

/* async_stmt: ASYNC (function_def | for_stmt | with_stmt) -- parsed, then
 * recorded as unsupported. */
static TpyAstStmt *parse_async(Parser *p)
{
    TpyToken kw = parser_advance(p);
    TpyPos start = parser_pos_of(&kw);
    TpyAstStmt *inner;
    const char *what;
    TpyAstExprList none = { 0 };
    switch (parser_kind(p)) {
    case TPY_TOK_DEF:
        inner = parse_funcdef(p, start, none, true);
        what = "async def";
        break;
    case TPY_TOK_FOR:
        inner = parse_for(p, start, true);
        what = "async for";
        if (inner != NULL && p->func_depth == 0)
            parser_deferred_error(p, 1, inner->pos, "'async for' outside async function");
        break;
    case TPY_TOK_WITH:
        inner = parse_with(p, start, true);
        what = "async with";
        if (inner != NULL && p->func_depth == 0)
            parser_deferred_error(p, 1, inner->pos, "'async with' outside async function");
        break;
    default:
        parser_error_generic(p);
        return NULL;
    }
    if (inner == NULL)
        return NULL;
    TpyAstStmt *u = new_stmt(p, TPY_STMT_UNSUPPORTED, inner->pos);
    u->u.unsupported.what = what;
    return u;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 * `match` is a soft keyword: only this shape makes it a statement.  The
 * cases are skipped (tpy does not support them), tracking INDENT/DEDENT. */
static TpyAstStmt *parse_maybe_match(Parser *p)
{
    TpyToken kw = *parser_peek(p, 0);
    int mark = parser_mark(p);
    Parser saved = *p;
    parser_advance(p);
    bool is_match = false, newline_after = false;
    TpyAstExpr *subject = NULL;
    if (token_starts_expression(parser_kind(p)) || parser_kind(p) == TPY_TOK_STAR) {
        subject = parse_star_named_expressions(p, TPY_TOK_COLON);
        if (subject != NULL && !p->failed && parser_kind(p) == TPY_TOK_COLON &&
            parser_kind_at(p, 1) == TPY_TOK_NEWLINE && parser_kind_at(p, 2) == TPY_TOK_INDENT) {
            TpyToken *c = parser_peek(p, 3);
            is_match = c->kind == TPY_TOK_NAME && c->len == 4 && memcmp(c->start, "case", 4) == 0;
        }
        newline_after = subject != NULL && !p->failed && parser_kind(p) == TPY_TOK_NEWLINE;
    }
    if (!is_match) {
        if (p->lexer.error.set) {
            parser_release(p);
            return NULL;
        }
        TpyLexer lexer_now = p->lexer;
        TpyToken *tokens = p->tokens;
        int base = p->base, count = p->count, capacity = p->capacity;
        *p = saved;
        p->lexer = lexer_now;
        p->tokens = tokens;
        p->base = base;
        p->count = count;
        p->capacity = capacity;
        parser_reset(p, mark);
        parser_release(p);
        TpyAstStmt *s = parse_expr_or_assign(p);
        if (s != NULL && newline_after && parser_kind(p) != TPY_TOK_NEWLINE &&
            parser_kind(p) != TPY_TOK_SEMI) {
            parser_error_generic(p);
            s = NULL;
        }
        if (s == NULL && p->generic_error && newline_after) {
            /* CPython's invalid_match_stmt: `match x` + NEWLINE */
            int line = p->error.line, col = p->error.col;
            for (int k = mark - p->base; k >= 0 && k < p->count; k++) {
                TpyToken *t = &p->tokens[k];
                if (t->kind == TPY_TOK_NEWLINE || t->kind == TPY_TOK_EOF) {
                    line = t->line;
                    col = t->col;
                    break;
                }
            }
            p->failed = false;
            parser_error_at(p, "SyntaxError", line, col, 0, "expected ':'");
        }
        return s;
    }
    parser_release(p);
    parser_advance(p);   /* ':' */
    parser_advance(p);   /* NEWLINE */
    parser_advance(p);   /* INDENT */
    int level = 1;
    while (level > 0 && !p->failed) {
        TpyToken t = parser_advance(p);
        if (t.kind == TPY_TOK_INDENT)
            level++;
        else if (t.kind == TPY_TOK_DEDENT)
            level--;
        else if (t.kind == TPY_TOK_EOF || t.kind == TPY_TOK_ERROR)
            break;
    }
    if (p->failed)
        return NULL;
    TpyPos pos = pos_to_prev(p, parser_pos_of(&kw));
    TpyAstStmt *u = new_stmt(p, TPY_STMT_UNSUPPORTED, pos);
    u->u.unsupported.what = "match statement";
    return u;
}

/* statement: compound_stmt | simple_stmts.  Appends to `list`; returns the
 * last statement added or NULL on error. */
static TpyAstStmt *parse_statement_into(Parser *p, TpyAstStmtList *list)
{
    if (p->failed)
        return NULL;
    TpyToken t = *parser_peek(p, 0);
    if (p->failed)
        return NULL;
    TpyPos start = parser_pos_of(&t);
    TpyAstStmt *s = NULL;
    TpyAstExprList none = { 0 };
    switch (t.kind) {
    case TPY_TOK_IF: s = parse_if(p); break;
    case TPY_TOK_WHILE: s = parse_while(p); break;
    case TPY_TOK_FOR: s = parse_for(p, start, false); break;
    case TPY_TOK_TRY: s = parse_try(p); break;
    case TPY_TOK_WITH: s = parse_with(p, start, false); break;
    case TPY_TOK_DEF: s = parse_funcdef(p, start, none, false); break;
    case TPY_TOK_CLASS: s = parse_classdef(p, start, none); break;
    case TPY_TOK_AT: s = parse_decorated(p); break;
    case TPY_TOK_ASYNC: s = parse_async(p); break;
    case TPY_TOK_NAME:
        if (t.len == 5 && memcmp(t.start, "match", 5) == 0) {
            s = parse_maybe_match(p);
            if (s == NULL)
                return NULL;
            if (s->kind == TPY_STMT_UNSUPPORTED)
                break;
            /* It was an ordinary statement: finish the simple_stmts line. */
            TPY_ARENA_PUSH(p->arena, *list, s);
            if (parser_accept(p, TPY_TOK_SEMI)) {
                if (parser_kind(p) != TPY_TOK_NEWLINE && parser_kind(p) != TPY_TOK_EOF)
                    return parse_simple_stmts(p, list) ? list->items[list->count - 1] : NULL;
            }
            if (parser_accept(p, TPY_TOK_NEWLINE) || parser_kind(p) == TPY_TOK_EOF)
                return s;
            parser_error_generic(p);
            return NULL;
        }
        /* fall through */
    default:
        if (!parse_simple_stmts(p, list))
            return NULL;
        return list->items[list->count - 1];
    }
    if (s == NULL)
        return NULL;
    TPY_ARENA_PUSH(p->arena, *list, s);
    return s;
}

/* ------------------------------------------------------------------ entry points */

static void parser_emit_error(Parser *p, TpyDiags *diags)
{
    const char *exc = p->error.exc_name;
    if (!p->lexer_error && !p->post_parse_error &&
        (strcmp(exc, "SyntaxError") == 0 || strcmp(exc, "IndentationError") == 0 ||
         strcmp(exc, "TabError") == 0))
        parser_check_rest(p);
    tpy_diag_syntax(diags, p->source, p->error.exc_name, p->error.line, p->error.col,
                    p->error.end_col, "%s", p->error.message);
}

/* The errors CPython finds after parsing (symtable.c).  Those of its future
 * and symtable stages come before any compile-stage error the parser
 * deferred; two compile-stage errors are ordered by position. */
static void parser_check_symtable(Parser *p, TpyAstModule *module)
{
    TpySymtableError e;
    if (tpy_symtable_check(p->arena, module, &e))
        return;
    if (e.stage == TPY_SYMTABLE_STAGE_COMPILE && p->has_deferred &&
        (p->deferred.line < e.pos.line ||
         (p->deferred.line == e.pos.line && p->deferred.col <= e.pos.col)))
        return;
    p->failed = true;
    p->generic_error = false;
    p->post_parse_error = true;
    p->error.exc_name = "SyntaxError";
    p->error.message = (char *)e.message;
    p->error.line = e.pos.line;
    p->error.col = e.pos.col;
    p->error.end_col = e.single_caret ? 0 : parser_caret_end(p, e.pos);
}

/* file: [statements] ENDMARKER */
TpyAstModule *tpy_parse_module(TpyArena *arena, const TpySource *source, TpyDiags *diags)
{
    Parser parser;
    Parser *p = &parser;
    parser_init(p, arena, source);
    tpy_lexer_init(&p->lexer, arena, source);
    TpyAstModule *module = tpy_arena_alloc(arena, sizeof *module);
    module->source = source;
    p->module = module;
    while (!p->failed && parser_kind(p) != TPY_TOK_EOF) {
        if (parse_statement_into(p, &module->body) == NULL)
            break;
    }
    if (!p->failed)
        parser_check_symtable(p, module);
    if (!p->failed && p->has_deferred) {
        p->error = p->deferred;
        p->failed = true;
        p->generic_error = false;
        p->post_parse_error = true;
    }
    if (p->failed) {
        parser_emit_error(p, diags);
        parser_finish(p);
        return NULL;
    }
    module->ignore_lines = p->lexer.ignore_lines;
    module->ignore_count = p->lexer.ignore_count;
    parser_finish(p);
    return module;
}

TpyAstExpr *tpy_parse_expression(TpyArena *arena, const TpySource *source, const char *text,
                                 size_t len, int line, int col, TpyDiags *diags)
{
    Parser parser;
    Parser *p = &parser;
    parser_init(p, arena, source);
    tpy_lexer_init_expr(&p->lexer, arena, source, text, len, line, col);
    p->func_depth = 1;   /* no 'yield' outside function complaints in annotations */
    TpyAstExpr *e = NULL;
    if (parser_kind(p) == TPY_TOK_EOF) {
        parser_error_at(p, "SyntaxError", line, col, 0, "invalid syntax");
    } else {
        e = parse_expression(p);
        if (e != NULL && parser_kind(p) != TPY_TOK_EOF)
            parser_error_generic(p);
    }
    if (p->failed) {
        tpy_diag_syntax(diags, source, p->error.exc_name, p->error.line, p->error.col,
                        p->error.end_col, "%s", p->error.message);
        parser_finish(p);
        return NULL;
    }
    parser_finish(p);
    return e;
}
