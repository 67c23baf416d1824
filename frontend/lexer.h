/* frontend/lexer.h: turning UTF-8 source into Python tokens.
 *
 * The lexer works on demand (the parser pulls one token at a time) and
 * produces INDENT/DEDENT/NEWLINE like CPython's tokenizer: newlines inside
 * brackets are ignored, blank and comment-only lines produce nothing.  Errors
 * (bad indentation, unterminated strings, invalid characters, NUL bytes,
 * invalid UTF-8) are reported through TpyDiags as CPython-style SyntaxErrors,
 * after which the lexer returns TPY_TOK_ERROR.
 */
#ifndef TPY_FRONTEND_LEXER_H
#define TPY_FRONTEND_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "source.h"

typedef enum TpyTokenKind {
#define TPY_TOKEN(name, spelling) TPY_TOK_##name,
#include "token.def"
#undef TPY_TOKEN
    TPY_TOK_COUNT_
} TpyTokenKind;

typedef struct TpyToken {
    TpyTokenKind kind;
    int line, col;            /* start; 1-based, col in code points */
    int end_line, end_col;    /* one past the end */
    const char *start;        /* points into the source text */
    size_t len;               /* bytes of source text */
} TpyToken;

/* Spelling of a token kind for messages: "(", "def", "name", ... */
const char *tpy_token_kind_name(TpyTokenKind kind);


/* ------------------------------------------------------------------ the lexer
 * Added by the lexer/parser work (additive).  The struct is public so that a
 * parser can embed it; treat the fields as private to lexer.c. */

#define TPY_LEXER_MAX_INDENT 100     /* CPython's MAXINDENT */
#define TPY_LEXER_MAX_PARENS 200     /* CPython's MAXLEVEL (= TPY_PARSER_MAX_DEPTH) */

/* The first (and only) syntax error the lexer found. */
typedef struct TpyLexError {
    bool set;
    const char *exc_name;     /* "SyntaxError", "IndentationError", "TabError" */
    const char *message;      /* arena-owned */
    int line, col, end_col;   /* end_col 0: single caret */
} TpyLexError;

typedef struct TpyLexer {
    TpyArena *arena;
    const TpySource *source;
    const char *p, *end;      /* next byte to read; end of text */
    const char *line_start;   /* first byte of the current physical line */
    int line;
    const char *col_ptr;      /* column cache: col_ptr is at column col_at */
    int col_at;
    const char *checked_to;   /* bytes before this were checked for NUL/UTF-8 */
    int indents[TPY_LEXER_MAX_INDENT + 1], alt_indents[TPY_LEXER_MAX_INDENT + 1];
    int indent_depth;
    int pending_dedents;      /* DEDENTs still to hand out */
    bool pending_indent;
    bool at_line_start;       /* next token starts a logical line (indent check) */
    bool line_has_tokens;     /* a token was produced on this logical line */
    bool expr_mode;           /* lexing one expression: no NEWLINE/INDENT/DEDENT */
    bool done;                /* EOF handed out */
    bool utf8_declared;       /* a `coding: utf-8` cookie: bytes are checked per token, as
                                 CPython then decodes each literal and identifier itself */
    struct { char ch; int line, col; } parens[TPY_LEXER_MAX_PARENS];
    int paren_depth;
    TpyLexError error;
    int *ignore_lines; int ignore_count, ignore_capacity;   /* `# type: ignore` lines */
} TpyLexer;

/* Lex a whole file.  The lexer keeps pointers into `source` and allocates in
 * `arena` (messages, ignore-line list). */
void tpy_lexer_init(TpyLexer *lexer, TpyArena *arena, const TpySource *source);

/* Lex one expression held in text[0..len), for f-string fields and string
 * annotations: newlines are insignificant, no NEWLINE/INDENT/DEDENT tokens.
 * `line`/`col` is the position of text[0] (for the token positions). */
void tpy_lexer_init_expr(TpyLexer *lexer, TpyArena *arena, const TpySource *source,
                         const char *text, size_t len, int line, int col);

/* The next token.  After an error (see lexer->error) returns TPY_TOK_ERROR
 * forever; after the end returns TPY_TOK_EOF forever. */
TpyToken tpy_lexer_next(TpyLexer *lexer);

/* Code-point column of `ptr` on the line that starts at `line_start` (1-based). */
int tpy_lexer_column(const char *line_start, const char *ptr);

#endif
