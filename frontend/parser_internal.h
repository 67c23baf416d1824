/* frontend/parser_internal.h: state shared by parser.c (statements),
 * parser_expr.c (expressions) and fstring.c.  Not for use outside the parser.
 *
 * The parser is recursive descent with a token buffer filled on demand from
 * the lexer; a saved position (parser_mark/parser_reset) gives the little
 * backtracking Python's grammar needs (parenthesized with-items).  The first
 * error wins: once `failed` is set every parse function returns NULL quickly.
 */
#ifndef TPY_FRONTEND_PARSER_INTERNAL_H
#define TPY_FRONTEND_PARSER_INTERNAL_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"
#include "parser.h"
#include "source.h"

/* Bound on expression nesting (recursion in the parser, and so depth of the
 * AST that later passes walk recursively). */
#define TPY_PARSER_MAX_NESTING 800

typedef struct ParserError {
    const char *exc_name;
    char *message;            /* arena */
    int line, col, end_col;
} ParserError;

typedef struct Parser {
    TpyArena *arena;
    const TpySource *source;
    TpyLexer lexer;
    TpyToken *tokens;         /* malloc'ed; tokens[i - base] is token i */
    int base, count, capacity;
    int pos;                  /* index of the current token */
    int marks;                /* active marks: no token may be dropped */
    int prev_end_line, prev_end_col;   /* end of the last consumed token */
    int prev_line, prev_col;           /* start of the last consumed token */
    int newline_line, newline_col;     /* the last NEWLINE token consumed */
    bool failed;
    bool generic_error;       /* the error is a plain "invalid syntax" */
    bool lexer_error;         /* the error came from the lexer (CPython's tokenizer) */
    int last_token_line;
    bool post_parse_error;    /* the error is a deferred or symtable.c one */      /* line of the last token fetched (CPython's tokens[fill-1]) */
    ParserError error;
    ParserError deferred;     /* first compiler-stage error ('return' outside function) */
    bool has_deferred;
    int deferred_rank;        /* 0 = symtable stage (reported first), 1 = compiler stage */
    int depth;                /* expression nesting */
    const char *msg_prefix;   /* "f-string: " inside f-string fields, else "" */
    /* statement context for compiler-stage errors */
    int func_depth;           /* > 0 inside def (or lambda for yield) */
    int loop_depth;           /* loops enclosing, within the current function */
    int block_depth;          /* statically nested blocks (CPython's CO_MAXBLOCKS = 20) */
    bool in_class_body;
    bool in_finally;
    TpyAstModule *module;
} Parser;

/* parser.c: tokens and errors */
TpyToken *parser_peek_slow(Parser *p, int k);     /* fills the buffer up to token pos + k */

/* k tokens ahead; valid until the next call.  Inline: the parser asks for
 * the current token's kind several times per token. */
static inline TpyToken *parser_peek(Parser *p, int k)
{
    int i = p->pos + k - p->base;
    if (i >= 0 && i < p->count)
        return &p->tokens[i];
    return parser_peek_slow(p, k);
}

static inline TpyTokenKind parser_kind(Parser *p)
{
    return parser_peek(p, 0)->kind;
}

static inline TpyTokenKind parser_kind_at(Parser *p, int k)
{
    return parser_peek(p, k)->kind;
}
TpyToken parser_advance(Parser *p);
bool parser_accept(Parser *p, TpyTokenKind kind);
bool parser_expect(Parser *p, TpyTokenKind kind, const char *what);
int parser_mark(Parser *p);
void parser_reset(Parser *p, int mark);
void parser_release(Parser *p);
void parser_error_at(Parser *p, const char *exc, int line, int col, int end_col,
                     const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void parser_error_node(Parser *p, TpyPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void parser_error_generic(Parser *p);
void parser_deferred_error(Parser *p, int rank, TpyPos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
bool parser_enter(Parser *p);                     /* depth++; false (error set) if too deep */
void parser_leave(Parser *p);
void parser_init(Parser *p, TpyArena *arena, const TpySource *source);
void parser_finish(Parser *p);                    /* frees the token buffer */
bool parser_is_soft_kw(Parser *p, const char *word);

/* ast.c helpers used while building */
TpyAstExpr *tpy_ast_new_expr(TpyArena *arena, TpyExprKind kind, TpyPos pos);
TpyAstStmt *tpy_ast_new_stmt(TpyArena *arena, TpyStmtKind kind, TpyPos pos);
const char *tpy_ast_expr_name(const TpyAstExpr *expr);

/* parser_expr.c */
TpyAstExpr *parse_expression(Parser *p);           /* expression (ternary, lambda) */
TpyAstExpr *parse_named_expression(Parser *p);     /* NAME ':=' expression | expression */
TpyAstExpr *parse_star_expressions(Parser *p);     /* a, *b, c  (Tuple if a comma) */
TpyAstExpr *parse_star_named_expressions(Parser *p, TpyTokenKind closer); /* in [] {} display */
TpyAstExpr *parse_star_targets(Parser *p);         /* for/comprehension targets (no 'in') */
TpyAstExpr *parse_bitwise_or(Parser *p);
TpyAstExpr *parse_yield_expr(Parser *p);
TpyAstExpr *parse_disjunction(Parser *p);
TpyAstArguments *parse_parameters(Parser *p, TpyTokenKind closer, bool lambda);
void parse_call_arguments(Parser *p, TpyAstExpr *call);
/* Mark `e` (and its elements) as an assignment/del target; reports CPython's
 * error and returns false if it cannot be one.  `kind`: 0 assign, 1 del, 2 for. */
bool parser_set_context(Parser *p, TpyAstExpr *e, TpyExprContext ctx, int kind);
TpyAstExpr *parser_invalid_target(TpyAstExpr *e, int kind);

/* fstring.c / strings */
TpyAstExpr *parse_strings(Parser *p);              /* adjacent string/bytes/f-string tokens */

static inline TpyPos parser_pos_of(const TpyToken *t)
{
    TpyPos pos = { t->line, t->col, t->end_line, t->end_col };
    return pos;
}

static inline TpyPos parser_span(TpyPos a, TpyPos b)
{
    TpyPos pos = { a.line, a.col, b.end_line, b.end_col };
    return pos;
}

#endif
