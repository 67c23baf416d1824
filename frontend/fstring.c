/* frontend/fstring.c: string literals, implicit concatenation and f-strings.
 *
 * Adjacent literal tokens concatenate ("a" 'b' -> 'ab'); mixing bytes with
 * str is an error.  Without f-strings the result is one Constant; with any
 * f-string it is a JoinedStr whose values are Constant pieces (adjacent ones
 * merged, empty ones dropped) and FormattedValue fields, as CPython 3.11's
 * Parser/string_parser.c builds them.
 *
 * An f-string body is scanned here, not by the lexer: literal text (with
 * `{{`/`}}`), then `{` expression [`=`] [`!` conversion] [`:` format spec] `}`.
 * The expression's extent is found by a small bracket/quote-aware scan
 * (CPython's fstring_find_expr), and the text is parsed by a nested Parser
 * whose lexer starts at the expression's real line and column, so positions
 * and errors point into the file.  Format specs are f-string bodies
 * themselves (nested at most two levels, like CPython).
 */
#include <string.h>

#include "literal.h"
#include "parser_internal.h"

/* Pieces of the JoinedStr being built. */
typedef struct FBuilder {
    TpyAstExprList values;
    char *lit;                 /* pending literal text (malloc-free: arena, grown) */
    size_t lit_len, lit_cap;
    TpyPos lit_pos;
} FBuilder;

static void fb_add_literal(Parser *p, FBuilder *fb, const char *s, size_t n, TpyPos pos)
{
    if (n == 0)
        return;
    if (fb->lit_len == 0)
        fb->lit_pos = pos;
    if (fb->lit_len + n + 1 > fb->lit_cap) {
        size_t cap = fb->lit_cap ? fb->lit_cap * 2 : 64;
        while (cap < fb->lit_len + n + 1)
            cap *= 2;
        char *grown = tpy_arena_alloc(p->arena, cap);
        if (fb->lit_len)
            memcpy(grown, fb->lit, fb->lit_len);
        fb->lit = grown;
        fb->lit_cap = cap;
    }
    memcpy(fb->lit + fb->lit_len, s, n);
    fb->lit_len += n;
    fb->lit[fb->lit_len] = '\0';
}

static void fb_flush(Parser *p, FBuilder *fb)
{
    if (fb->lit_len == 0)
        return;
    TpyAstExpr *c = tpy_ast_new_expr(p->arena, TPY_EXPR_CONSTANT, fb->lit_pos);
    c->u.constant.kind = TPY_CONST_STR;
    c->u.constant.str = fb->lit;
    c->u.constant.str_len = fb->lit_len;
    TPY_ARENA_PUSH(p->arena, fb->values, c);
    fb->lit = NULL;
    fb->lit_len = fb->lit_cap = 0;
}

/* Position (line, col) of body byte `ptr` of a literal token. */
typedef struct FSource {
    const TpyToken *tok;
    bool raw;
    const TpyToken *after;    /* the token after the literal: where CPython reports */
} FSource;

static void fs_locate(const FSource *fs, const char *ptr, int *line, int *col)
{
    int l = fs->tok->line, c = fs->tok->col;
    for (const char *q = fs->tok->start; q < ptr; q++) {
        if (*q == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)*q & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static void fs_error(Parser *p, const FSource *fs, const char *ptr, const char *msg)
{
    (void)ptr;
    parser_error_at(p, "SyntaxError", fs->after->line, fs->after->col, 0, "f-string: %s", msg);
}

/* Parse the expression text [s, e) of a replacement field. */
static TpyAstExpr *fs_parse_expr(Parser *p, const FSource *fs, const char *s, const char *e)
{
    const char *q = s;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f'))
        q++;
    if (q == e) {
        fs_error(p, fs, e, "empty expression not allowed");
        return NULL;
    }
    int line, col;
    fs_locate(fs, s, &line, &col);
    Parser sub;
    parser_init(&sub, p->arena, p->source);
    tpy_lexer_init_expr(&sub.lexer, p->arena, p->source, s, (size_t)(e - s), line, col);
    sub.msg_prefix = "f-string: ";
    sub.depth = p->depth;
    sub.func_depth = p->func_depth;
    sub.loop_depth = p->loop_depth;
    TpyAstExpr *expr;
    if (parser_kind(&sub) == TPY_TOK_YIELD)
        expr = parse_yield_expr(&sub);
    else
        expr = parse_star_expressions(&sub);
    if (expr != NULL && parser_kind(&sub) != TPY_TOK_EOF)
        parser_error_generic(&sub);
    if (sub.failed) {
        if (!p->failed) {
            p->failed = true;
            p->generic_error = false;
            p->error = sub.error;
            if (sub.generic_error) {   /* CPython points at the f-string itself */
                p->error.line = fs->tok->line;
                p->error.col = fs->tok->col;
                p->error.end_col = 0;
            }
        }
        expr = NULL;
    } else if (sub.has_deferred) {
        parser_deferred_error(p, sub.deferred_rank, (TpyPos){ sub.deferred.line, sub.deferred.col,
                              sub.deferred.line, sub.deferred.end_col }, "%s", sub.deferred.message);
    }
    parser_finish(&sub);
    return expr;
}

static bool fs_body(Parser *p, const FSource *fs, const char **sp, const char *end, int nest,
                    FBuilder *fb);

/* At `{` (not `{{`): one replacement field.  *sp advances past its `}`. */
static bool fs_field(Parser *p, const FSource *fs, const char **sp, const char *end, int nest,
                     FBuilder *fb)
{
    const char *open = *sp;
    const char *s = open + 1;
    if (nest >= 2) {
        fs_error(p, fs, open, "expressions nested too deeply");
        return false;
    }
    /* Find the end of the expression. */
    char stack[TPY_LEXER_MAX_PARENS];
    int depth = 0;
    char quote = 0;
    bool triple = false;
    const char *q = s;
    for (; q < end; q++) {
        char c = *q;
        if (c == '\\') {
            fs_error(p, fs, q, "expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (c == quote) {
                if (!triple) {
                    quote = 0;
                } else if (end - q >= 3 && q[1] == quote && q[2] == quote) {
                    q += 2;
                    quote = 0;
                }
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = end - q >= 3 && q[1] == c && q[2] == c;
            if (triple)
                q += 2;
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            if (depth >= TPY_LEXER_MAX_PARENS) {
                fs_error(p, fs, q, "too many nested parenthesis");
                return false;
            }
            stack[depth++] = c;
            continue;
        }
        if (c == '#') {
            fs_error(p, fs, q, "expression part cannot include '#'");
            return false;
        }
        if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
            char n = q + 1 < end ? q[1] : '\0';
            if (c == '!' && n == '=') { q++; continue; }
            if ((c == '=' || c == '<' || c == '>') && n == '=') { q++; continue; }
            if (c == '<' || c == '>') continue;
            break;
        }
        if (c == ']' || c == ')' || c == '}') {
            if (depth == 0) {
                char msg[64];
                snprintf(msg, sizeof msg, "unmatched '%c'", c);
                fs_error(p, fs, q, msg);
                return false;
            }
            char o = stack[--depth];
            char want = o == '(' ? ')' : o == '[' ? ']' : '}';
            if (c != want) {
                char msg[96];
                snprintf(msg, sizeof msg,
                         "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
                fs_error(p, fs, q, msg);
                return false;
            }
        }
    }
    if (quote) {
        fs_error(p, fs, q, "unterminated string");
        return false;
    }
    if (depth > 0) {
        fs_error(p, fs, q, "expecting '}'");
        return false;
    }
    if (q >= end) {
        fs_error(p, fs, q, "expecting '}'");
        return false;
    }
    const char *expr_end = q;
    TpyAstExpr *value = fs_parse_expr(p, fs, s, expr_end);
    if (value == NULL)
        return false;
    int conversion = -1;
    bool debug = false;
    if (*q == '=') {
        debug = true;
        q++;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f'))
            q++;
        /* The debug text (expression, '=' and spaces) is a literal piece. */
        int line, col;
        fs_locate(fs, s, &line, &col);
        TpyPos pos = { line, col, line, col };
        fb_add_literal(p, fb, s, (size_t)(q - s), pos);
        if (q >= end) {
            fs_error(p, fs, q, "expecting '}'");
            return false;
        }
    }
    if (*q == '!') {
        q++;
        if (q >= end || (*q != 's' && *q != 'r' && *q != 'a')) {
            fs_error(p, fs, q, "invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
        conversion = *q;
        q++;
        if (q >= end || (*q != ':' && *q != '}')) {
            fs_error(p, fs, q, "expecting '}'");
            return false;
        }
    }
    TpyAstExpr *spec = NULL;
    if (q < end && *q == ':') {
        q++;
        int line, col;
        fs_locate(fs, q, &line, &col);
        FBuilder sfb;
        memset(&sfb, 0, sizeof sfb);
        if (!fs_body(p, fs, &q, end, nest + 1, &sfb))
            return false;
        fb_flush(p, &sfb);
        spec = tpy_ast_new_expr(p->arena, TPY_EXPR_JOINEDSTR, (TpyPos){ line, col, line, col });
        spec->u.joinedstr.values = sfb.values;
    }
    if (q >= end || *q != '}') {
        fs_error(p, fs, q, "expecting '}'");
        return false;
    }
    q++;
    if (debug && conversion == -1 && spec == NULL)
        conversion = 'r';
    fb_flush(p, fb);
    int line, col, eline, ecol;
    fs_locate(fs, open, &line, &col);
    fs_locate(fs, q, &eline, &ecol);
    TpyAstExpr *fv = tpy_ast_new_expr(p->arena, TPY_EXPR_FORMATTEDVALUE, (TpyPos){ line, col, eline, ecol });
    fv->u.formattedvalue.value = value;
    fv->u.formattedvalue.conversion = conversion;
    fv->u.formattedvalue.format_spec = spec;
    TPY_ARENA_PUSH(p->arena, fb->values, fv);
    *sp = q;
    return true;
}

/* Literal text and fields up to `end` (nest 0) or an unmatched `}` (a format
 * spec, nest > 0; *sp is left at that `}`). */
static bool fs_body(Parser *p, const FSource *fs, const char **sp, const char *end, int nest,
                    FBuilder *fb)
{
    const char *s = *sp;
    while (s < end && !p->failed) {
        const char *lit = s;
        /* Literal run. */
        while (s < end && *s != '{' && *s != '}') {
            if (*s == '\\' && !fs->raw && s + 1 < end) {
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    while (s < end && *s != '}')
                        s++;
                    if (s < end)
                        s++;
                    continue;
                }
                s += 2;
                continue;
            }
            s++;
        }
        const char *lit_end = s;
        bool doubled = false;
        if (s < end && nest == 0 && s + 1 < end && s[1] == *s) {
            lit_end = s + 1;   /* `{{` or `}}`: keep one brace */
            doubled = true;
        } else if (s < end && nest > 0 && *s == '{' && s + 1 < end && s[1] == '{') {
            lit_end = s + 1;
            doubled = true;
        }
        if (lit_end > lit) {
            char *text;
            size_t len;
            const char *err;
            size_t err_off;
            if (!tpy_literal_unescape(p->arena, lit, (size_t)(lit_end - lit), fs->raw, false, &text,
                                      &len, &err, &err_off)) {
                parser_error_at(p, "SyntaxError", fs->after->line, fs->after->col, 0, "%s", err);
                return false;
            }
            int line, col;
            fs_locate(fs, lit, &line, &col);
            fb_add_literal(p, fb, text, len, (TpyPos){ line, col, line, col });
        }
        if (doubled) {
            s += 2;
            continue;
        }
        if (s >= end)
            break;
        if (*s == '}') {
            if (nest > 0)
                break;
            fs_error(p, fs, s, "single '}' is not allowed");
            return false;
        }
        if (!fs_field(p, fs, &s, end, nest, fb))
            return false;
    }
    *sp = s;
    return !p->failed;
}

/* strings: (STRING | BYTES | FSTRING)+
 * CPython fetches all the pieces before decoding any, so its errors point at
 * the token after the last piece; we do the same. */
TpyAstExpr *parse_strings(Parser *p)
{
    TpyToken first = *parser_peek(p, 0);
    TpyPos start = parser_pos_of(&first);
    bool any_bytes = false, any_str = false, any_f = false;
    int n = 0;
    while (parser_kind_at(p, n) == TPY_TOK_STRING || parser_kind_at(p, n) == TPY_TOK_BYTES ||
           parser_kind_at(p, n) == TPY_TOK_FSTRING)
        n++;
    TpyToken *toks = tpy_arena_alloc(p->arena, sizeof(TpyToken) * (size_t)n);
    for (int i = 0; i < n; i++) {
        /* Field by field, so no stack garbage lands in the padding: arenas
         * are compared byte for byte by the start-up snapshot (snapshot.c). */
        TpyToken t = parser_advance(p);
        toks[i].kind = t.kind;
        toks[i].line = t.line;
        toks[i].col = t.col;
        toks[i].end_line = t.end_line;
        toks[i].end_col = t.end_col;
        toks[i].start = t.start;
        toks[i].len = t.len;
    }
    if (p->failed)
        return NULL;
    TpyToken after = *parser_peek(p, 0);
    FBuilder fb;
    memset(&fb, 0, sizeof fb);
    for (int i = 0; i < n && !p->failed; i++) {
        TpyToken *t = &toks[i];
        TpyStringParts parts;
        tpy_literal_split(t->start, t->len, &parts);
        if (parts.is_bytes)
            any_bytes = true;
        else
            any_str = true;
        if (any_bytes && any_str) {
            parser_error_at(p, "SyntaxError", after.line, after.col, 0,
                            "cannot mix bytes and nonbytes literals");
            return NULL;
        }
    }
    for (int i = 0; i < n && !p->failed; i++) {
        TpyToken *t = &toks[i];
        TpyStringParts parts;
        tpy_literal_split(t->start, t->len, &parts);
        TpyPos tpos = parser_pos_of(t);
        if (parts.is_fstring) {
            any_f = true;
            FSource fs = { t, parts.is_raw, &after };
            const char *s = parts.body;
            if (!fs_body(p, &fs, &s, parts.body + parts.body_len, 0, &fb))
                return NULL;
            continue;
        }
        char *text;
        size_t len;
        const char *err;
        size_t err_off;
        if (!tpy_literal_unescape(p->arena, parts.body, parts.body_len, parts.is_raw,
                                  parts.is_bytes, &text, &len, &err, &err_off)) {
            if (strstr(err, "only contain ASCII") != NULL)
                parser_error_at(p, "SyntaxError", t->line, t->col,
                                t->end_line == t->line ? t->end_col : 0, "%s", err);
            else
                parser_error_at(p, "SyntaxError", after.line, after.col, 0, "%s", err);
            return NULL;
        }
        fb_add_literal(p, &fb, text, len, tpos);
        if (fb.lit == NULL) {   /* empty piece: make sure a Constant exists */
            fb.lit = tpy_arena_alloc(p->arena, 1);
            fb.lit_cap = 1;
            fb.lit_pos = tpos;
        }
    }
    if (p->failed)
        return NULL;
    TpyPos pos = { start.line, start.col, toks[n - 1].end_line, toks[n - 1].end_col };
    if (!any_f) {
        TpyAstExpr *c = tpy_ast_new_expr(p->arena, TPY_EXPR_CONSTANT, pos);
        c->u.constant.kind = any_bytes ? TPY_CONST_BYTES : TPY_CONST_STR;
        c->u.constant.str = fb.lit != NULL ? fb.lit : "";
        c->u.constant.str_len = fb.lit_len;
        return c;
    }
    fb_flush(p, &fb);
    TpyAstExpr *j = tpy_ast_new_expr(p->arena, TPY_EXPR_JOINEDSTR, pos);
    j->u.joinedstr.values = fb.values;
    /* Constant pieces take the JoinedStr's position, as in CPython 3.11. */
    for (int i = 0; i < j->u.joinedstr.values.count; i++)
        if (j->u.joinedstr.values.items[i]->kind == TPY_EXPR_CONSTANT)
            j->u.joinedstr.values.items[i]->pos = pos;
    return j;
}
