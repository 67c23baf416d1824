/* frontend/lexer.c: UTF-8 source -> Python tokens, on demand.
 *
 * A hand-written scanner modelled on CPython 3.11's Parser/tokenizer.c:
 *  - Physical lines are checked (NUL bytes, UTF-8) as the scanner enters
 *    them, so errors come out in the order CPython reports them.
 *  - At the start of a logical line outside brackets the indentation is
 *    measured twice, with tabs to multiples of 8 and with tabs as 1 column;
 *    the two must agree in ordering or it is a TabError (CPython's "altcol").
 *    Blank and comment-only lines produce no tokens.
 *  - Brackets are kept on a stack (at most TPY_LEXER_MAX_PARENS deep) so that
 *    mismatches and unclosed brackets get CPython's messages.
 *  - Strings and f-strings come out as one token holding the whole literal
 *    (prefix and quotes included); the parser decodes them (literal.c) and
 *    splits f-strings (fstring.c).
 * Invariant: after the first error, lexer->error is set and every call
 * returns TPY_TOK_ERROR.  Columns are 1-based code points, computed
 * incrementally from a cache so a 1 MB line stays linear.
 */
#include "lexer.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *tpy_token_kind_name(TpyTokenKind kind)
{
    static const char *const names[] = {
#define TPY_TOKEN(name, spelling) spelling,
#include "token.def"
#undef TPY_TOKEN
    };
    if ((int)kind < 0 || kind >= TPY_TOK_COUNT_)
        return "?";
    return names[kind];
}

int tpy_lexer_column(const char *line_start, const char *ptr)
{
    int col = 1;
    for (const char *q = line_start; q < ptr; q++)
        if (((unsigned char)*q & 0xC0) != 0x80)
            col++;
    return col;
}

/* Column of `ptr` on the current line, counted forward from the cache. */
static int lexer_col(TpyLexer *lx, const char *ptr)
{
    if (ptr < lx->col_ptr || lx->col_ptr < lx->line_start) {
        lx->col_ptr = lx->line_start;
        lx->col_at = 1;
    }
    int col = lx->col_at;
    for (const char *q = lx->col_ptr; q < ptr; q++)
        if (((unsigned char)*q & 0xC0) != 0x80)
            col++;
    lx->col_ptr = ptr;
    lx->col_at = col;
    return col;
}

static void lexer_error_at(TpyLexer *lx, const char *exc, int line, int col, int end_col,
                           const char *msg)
{
    if (lx->error.set)
        return;
    lx->error.set = true;
    lx->error.exc_name = exc;
    lx->error.message = tpy_arena_strdup(lx->arena, msg);
    lx->error.line = line;
    lx->error.col = col;
    lx->error.end_col = end_col;
}

static void lexer_error(TpyLexer *lx, const char *ptr, const char *msg)
{
    lexer_error_at(lx, "SyntaxError", lx->line, lexer_col(lx, ptr), 0, msg);
}

/* Decode one UTF-8 sequence at s (s < end).  Returns its length, or 0 if it
 * is invalid; *cp receives the code point. */
static int utf8_decode(const unsigned char *s, const unsigned char *end, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (end - s < n)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* Check one physical line (from lx->line_start) for NUL bytes and UTF-8. */
static void lexer_check_line(TpyLexer *lx)
{
    const unsigned char *s = (const unsigned char *)lx->line_start;
    const unsigned char *end = (const unsigned char *)lx->end;
    if (s < (const unsigned char *)lx->checked_to)
        return;
    while (s < end) {
        if (*s == '\0') {
            lexer_error_at(lx, "SyntaxError", lx->line, 1, 0,
                           "source code cannot contain null bytes");
            return;
        }
        if (*s == '\n') {
            s++;
            break;
        }
        if (*s == '\r') {   /* "\r\n" or a lone "\r" (old Mac) ends the line */
            s += s + 1 < end && s[1] == '\n' ? 2 : 1;
            break;
        }
        if (lx->utf8_declared || *s < 0x80) {   /* see lexer_utf8_error() */
            s++;
            continue;
        }
        uint32_t cp;
        int n = utf8_decode(s, end, &cp);
        if (n == 0) {
            char msg[256];
            if (lx->expr_mode)
                snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x",
                         *s);
            else
                snprintf(msg, sizeof msg,
                         "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                         "encoding declared; see https://peps.python.org/pep-0263/ for details",
                         *s, lx->source->path, lx->line);
            lexer_error_at(lx, "SyntaxError", lx->line, 1, 0, msg);
            return;
        }
        s += n;
    }
    lx->checked_to = (const char *)s;
}

/* CPython's UTF-8 decoder's complaint about the bad sequence at `bad`, where
 * `base` is offset 0 of the text being decoded and `end` its end:
 * "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: ...". */
static int utf8_error_message(char *msg, size_t size, const unsigned char *base,
                              const unsigned char *bad, const unsigned char *end)
{
    unsigned c = bad[0];
    int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    const char *reason = "invalid start byte";
    int k = 0;   /* continuation bytes that were fine */
    if (n > 0) {
        reason = NULL;
        for (; k < n - 1 && reason == NULL; k++) {
            const unsigned char *t = bad + 1 + k;
            unsigned lo = 0x80, hi = 0xBF;
            if (k == 0) {
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
                else if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            }
            if (t >= end)
                reason = "unexpected end of data";
            else if (*t < lo || *t > hi)
                reason = "invalid continuation byte";
            else
                continue;
            break;
        }
        if (reason == NULL)
            reason = "invalid continuation byte";
    }
    int pos = (int)(bad - base);
    if (k == 0)
        snprintf(msg, size, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position "
                 "%d: %s", c, pos, reason);
    else
        snprintf(msg, size, "(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: "
                 "%s", pos, pos + k, reason);
    return k + 1;   /* bytes in the bad sequence */
}

/* First invalid UTF-8 sequence in [s, end), or NULL. */
static const unsigned char *utf8_find_invalid(const unsigned char *s, const unsigned char *end)
{
    while (s < end) {
        if (*s < 0x80) {
            s++;
            continue;
        }
        uint32_t cp;
        int n = utf8_decode(s, end, &cp);
        if (n == 0)
            return s;
        s += n;
    }
    return NULL;
}

/* PEP 263: does a `coding[:=]utf-8` comment stand on line 1, or on line 2
 * after a blank or comment-only line 1 (CPython's check_coding_spec and
 * get_normal_name)?  Then CPython does not check the file's bytes as it
 * reads lines; each string literal and identifier is decoded on its own, and
 * a bad byte is a "(unicode error)" there (lexer_utf8_error). */
static bool lexer_utf8_cookie(const char *s, const char *end)
{
    for (int line = 1; line <= 2 && s < end; line++) {
        const char *eol = s;
        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        const char *q = s;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q < eol && *q == '#') {
            for (const char *t = q; t + 6 < eol; t++) {
                if (memcmp(t, "coding", 6) != 0 || (t[6] != ':' && t[6] != '='))
                    continue;
                const char *b = t + 7;
                while (b < eol && (*b == ' ' || *b == '\t'))
                    b++;
                char name[13];
                int n = 0;
                const char *e = b;
                while (e < eol && ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') ||
                                   (*e >= '0' && *e <= '9') || *e == '-' || *e == '_' || *e == '.')) {
                    if (n < 12)
                        name[n++] = *e == '_' ? '-' : (char)(*e | (*e >= 'A' && *e <= 'Z' ? 0x20 : 0));
                    e++;
                }
                if (e == b)
                    continue;
                name[n] = '\0';
                return (e - b <= 12 && strcmp(name, "utf-8") == 0) || strncmp(name, "utf-8-", 6) == 0;
            }
        } else if (q < eol) {
            return false;   /* code on line 1: no cookie on line 2 */
        }
        s = eol;
        if (s < end && *s == '\r')
            s++;
        if (s < end && *s == '\n')
            s++;
    }
    return false;
}

/* The scanner moved past a '\n' at ptr[-1]: start the next physical line. */
static void lexer_new_line(TpyLexer *lx, const char *ptr)
{
    lx->line++;
    lx->line_start = ptr;
    lx->col_ptr = ptr;
    lx->col_at = 1;
    lexer_check_line(lx);
}

static void lexer_common_init(TpyLexer *lx, TpyArena *arena, const TpySource *source)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = arena;
    lx->source = source;
    lx->at_line_start = true;
}

void tpy_lexer_init(TpyLexer *lx, TpyArena *arena, const TpySource *source)
{
    lexer_common_init(lx, arena, source);
    lx->p = source->text;
    lx->end = source->text + source->len;
    /* A UTF-8 BOM is skipped and not counted in columns, as CPython does. */
    if (source->len >= 3 && memcmp(lx->p, "\xEF\xBB\xBF", 3) == 0)
        lx->p += 3;
    lx->utf8_declared = lexer_utf8_cookie(lx->p, lx->end);
    lx->line = 1;
    lx->line_start = lx->p;
    lx->col_ptr = lx->p;
    lx->col_at = 1;
    lx->checked_to = lx->p;
    lexer_check_line(lx);
}

void tpy_lexer_init_expr(TpyLexer *lx, TpyArena *arena, const TpySource *source,
                         const char *text, size_t len, int line, int col)
{
    lexer_common_init(lx, arena, source);
    lx->expr_mode = true;
    lx->at_line_start = false;
    lx->p = text;
    lx->end = text + len;
    lx->line = line;
    lx->line_start = text;
    lx->col_ptr = text;
    lx->col_at = col;
    lx->checked_to = text + len;   /* the text came from checked source */
    const char *nul = memchr(text, '\0', len);
    if (nul != NULL)
        lexer_error_at(lx, "SyntaxError", line, col, 0, "source code cannot contain null bytes");
}

static void lexer_record_ignore(TpyLexer *lx, int line)
{
    if (lx->ignore_count > 0 && lx->ignore_lines[lx->ignore_count - 1] == line)
        return;
    if (lx->ignore_count == lx->ignore_capacity) {
        int cap = lx->ignore_capacity ? lx->ignore_capacity * 2 : 16;
        int *grown = tpy_arena_alloc(lx->arena, sizeof(int) * (size_t)cap);
        if (lx->ignore_count)
            memcpy(grown, lx->ignore_lines, sizeof(int) * (size_t)lx->ignore_count);
        lx->ignore_lines = grown;
        lx->ignore_capacity = cap;
    }
    lx->ignore_lines[lx->ignore_count++] = line;
}

/* Skip a comment starting at '#'; note `# type: ignore[...]`. */
static void lexer_skip_comment(TpyLexer *lx)
{
    const char *s = lx->p + 1;
    while (lx->p < lx->end && *lx->p != '\n' && *lx->p != '\r')
        lx->p++;
    /* `#\s*type:\s*ignore` followed by end, whitespace, '[' or '#'. */
    while (s < lx->p && (*s == ' ' || *s == '\t'))
        s++;
    if (lx->p - s >= 5 && memcmp(s, "type:", 5) == 0) {
        s += 5;
        while (s < lx->p && (*s == ' ' || *s == '\t'))
            s++;
        if (lx->p - s >= 6 && memcmp(s, "ignore", 6) == 0) {
            s += 6;
            if (s == lx->p || *s == ' ' || *s == '\t' || *s == '[' || *s == '#')
                lexer_record_ignore(lx, lx->line);
        }
    }
}

static bool is_ascii_ident_start(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/* An approximation of XID_Continue for non-ASCII code points without
 * Unicode tables: letters of the common scripts are accepted, the symbol,
 * punctuation and space blocks are rejected. */
static bool is_unicode_ident_char(uint32_t cp)
{
    if (cp < 0xC0)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7;
    if (cp == 0xD7 || cp == 0xF7)
        return false;
    if (cp >= 0x2000 && cp <= 0x2BFF)      /* punctuation, currency, arrows, math, box ... */
        return (cp >= 0x2070 && cp <= 0x209F && cp != 0x207A && cp != 0x207B && cp != 0x207C &&
                cp != 0x208A && cp != 0x208B && cp != 0x208C) ||
               cp == 0x2118 || cp == 0x212E || (cp >= 0x2100 && cp <= 0x214F && cp != 0x2116) ||
               (cp >= 0x2160 && cp <= 0x2188) || cp == 0x203F || cp == 0x2040 || cp == 0x2054;
    if (cp >= 0x3000 && cp <= 0x303F)      /* CJK punctuation */
        return cp == 0x3005 || cp == 0x3006 || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) ||
               (cp >= 0x3031 && cp <= 0x3035) || (cp >= 0x3038 && cp <= 0x303C);
    if (cp >= 0xE000 && cp <= 0xF8FF)      /* private use */
        return false;
    if (cp >= 0xFE10 && cp <= 0xFE6F && !(cp >= 0xFE20 && cp <= 0xFE2F) && cp != 0xFE33 &&
        cp != 0xFE34 && cp != 0xFE4D && cp != 0xFE4E && cp != 0xFE4F)
        return false;
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
    if (cp >= 0xFF1A && cp <= 0xFF20) return false;
    if (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) return false;
    if (cp >= 0xFF5B && cp <= 0xFF65) return false;
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
    if (cp == 0xFEFF) return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF)    /* emoji, symbols */
        return false;
    if (cp == 0x037E || cp == 0x0387 || cp == 0x055D || cp == 0x0589 || cp == 0x05BE ||
        cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4)
        return false;
    return true;
}

/* Non-printable: controls, format characters and spaces. */
static bool is_unicode_nonprintable(uint32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
           (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
           (cp >= 0xFFF9 && cp <= 0xFFFB);
}

static void lexer_invalid_character(TpyLexer *lx, const char *ptr, uint32_t cp, int n)
{
    char msg[96];
    if (is_unicode_nonprintable(cp))
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
    else
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, ptr, cp);
    lexer_error(lx, ptr, msg);
}

static TpyToken lexer_make(TpyLexer *lx, TpyTokenKind kind, const char *start, int line, int col)
{
    TpyToken t;
    t.kind = kind;
    t.line = line;
    t.col = col;
    t.end_line = lx->line;
    t.end_col = lexer_col(lx, lx->p);
    t.start = start;
    t.len = (size_t)(lx->p - start);
    return t;
}

static TpyToken lexer_error_token(TpyLexer *lx)
{
    TpyToken t;
    memset(&t, 0, sizeof t);
    t.kind = TPY_TOK_ERROR;
    t.line = t.end_line = lx->error.line;
    t.col = t.end_col = lx->error.col;
    t.start = lx->p;
    return t;
}

/* ------------------------------------------------------------------ numbers */

static bool is_digit_in_base(char c, int base)
{
    switch (base) {
    case 2: return c == '0' || c == '1';
    case 8: return c >= '0' && c <= '7';
    case 10: return c >= '0' && c <= '9';
    default: return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

/* After a number: a letter right after it is an error unless it starts one
 * of the keywords CPython tolerates there (`1if x else y`). */
static bool lexer_verify_end_of_number(TpyLexer *lx, const char *kind_name)
{
    const char *s = lx->p;
    if (s >= lx->end)
        return true;
    unsigned c = (unsigned char)*s;
    static const char *const ok[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        size_t n = strlen(ok[i]);
        if ((size_t)(lx->end - s) >= n && memcmp(s, ok[i], n) == 0)
            return true;
    }
    if (c >= 0x80) {
        uint32_t cp;
        int n = utf8_decode((const unsigned char *)s, (const unsigned char *)lx->end, &cp);
        if (n > 0 && !is_unicode_ident_char(cp)) {
            lexer_invalid_character(lx, s, cp, n);
            return false;
        }
    }
    if (is_ascii_ident_start(c) || (c >= '0' && c <= '9') || c >= 0x80) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind_name);
        /* CPython points at the last character of the number. */
        lexer_error(lx, s > lx->line_start ? s - 1 : s, msg);
        return false;
    }
    return true;
}

/* Digits of `base` with single underscores between them.  Returns false
 * (error reported) on a misplaced underscore. */
static bool lexer_scan_digits(TpyLexer *lx, int base, const char *kind_name)
{
    for (;;) {
        while (lx->p < lx->end && is_digit_in_base(*lx->p, base))
            lx->p++;
        if (lx->p < lx->end && *lx->p == '_') {
            lx->p++;
            if (lx->p >= lx->end || !is_digit_in_base(*lx->p, base)) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid %s literal", kind_name);
                lexer_error(lx, lx->p - 1, msg);
                return false;
            }
            continue;
        }
        return true;
    }
}

static TpyToken lexer_number(TpyLexer *lx, int line, int col)
{
    const char *start = lx->p;
    if (*lx->p == '0' && lx->p + 1 < lx->end &&
        strchr("xXoObB", lx->p[1]) != NULL && lx->p[1] != '\0') {
        char x = (char)(lx->p[1] | 0x20);
        int base = x == 'x' ? 16 : x == 'o' ? 8 : 2;
        const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        lx->p += 2;
        if (lx->p < lx->end && *lx->p == '_')
            lx->p++;
        if (lx->p >= lx->end || !is_digit_in_base(*lx->p, base)) {
            char msg[64];
            if (lx->p < lx->end && (*lx->p >= '0' && *lx->p <= '9'))
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *lx->p, kind);
            else
                snprintf(msg, sizeof msg, "invalid %s literal", kind);
            lexer_error(lx, lx->p, msg);
            return lexer_error_token(lx);
        }
        if (!lexer_scan_digits(lx, base, kind))
            return lexer_error_token(lx);
        if (lx->p < lx->end && *lx->p >= '0' && *lx->p <= '9') {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *lx->p, kind);
            lexer_error(lx, lx->p, msg);
            return lexer_error_token(lx);
        }
        if (!lexer_verify_end_of_number(lx, kind))
            return lexer_error_token(lx);
        return lexer_make(lx, TPY_TOK_INT, start, line, col);
    }
    bool is_float = false;
    if (*lx->p != '.') {
        if (!lexer_scan_digits(lx, 10, "decimal"))
            return lexer_error_token(lx);
    }
    if (lx->p < lx->end && *lx->p == '.') {
        is_float = true;
        lx->p++;
        if (lx->p < lx->end && *lx->p >= '0' && *lx->p <= '9')
            if (!lexer_scan_digits(lx, 10, "decimal"))
                return lexer_error_token(lx);
    }
    if (lx->p < lx->end && (*lx->p == 'e' || *lx->p == 'E')) {
        const char *e = lx->p;
        lx->p++;
        if (lx->p < lx->end && (*lx->p == '+' || *lx->p == '-'))
            lx->p++;
        if (lx->p >= lx->end || !(*lx->p >= '0' && *lx->p <= '9')) {
            /* `1else`-style keyword after a number: back off. */
            lx->p = e;
            if (!lexer_verify_end_of_number(lx, "decimal"))
                return lexer_error_token(lx);
            goto done;
        }
        is_float = true;
        if (!lexer_scan_digits(lx, 10, "decimal"))
            return lexer_error_token(lx);
    }
    if (lx->p < lx->end && (*lx->p == 'j' || *lx->p == 'J')) {
        lx->p++;
        if (!lexer_verify_end_of_number(lx, "imaginary"))
            return lexer_error_token(lx);
        return lexer_make(lx, TPY_TOK_IMAG, start, line, col);
    }
    if (!lexer_verify_end_of_number(lx, "decimal"))
        return lexer_error_token(lx);
done:
    if (!is_float && start[0] == '0') {
        /* Leading zeros: only 0, 00, 0_0 ... are allowed. */
        for (const char *s = start; s < lx->p; s++) {
            if (*s != '0' && *s != '_') {
                lexer_error_at(lx, "SyntaxError", line, col, lexer_col(lx, lx->p),
                               "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers");
                lx->error.end_col = 0;
                return lexer_error_token(lx);
            }
        }
    }
    return lexer_make(lx, is_float ? TPY_TOK_FLOAT : TPY_TOK_INT, start, line, col);
}

/* ------------------------------------------------------------------ strings */

/* Is s[0..n) a valid string prefix? Sets *is_bytes / *is_fstring. */
static bool lexer_string_prefix(const char *s, size_t n, bool *is_bytes, bool *is_fstring)
{
    bool r = false, b = false, u = false, f = false;
    if (n > 2)
        return false;
    for (size_t i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': if (r) return false; r = true; break;
        case 'b': if (b) return false; b = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    if (u && n > 1)
        return false;
    if (b && f)
        return false;
    *is_bytes = b;
    *is_fstring = f;
    return true;
}

/* lx->p is at the opening quote of a literal whose prefix starts at `start`. */
/* Under a utf-8 cookie: CPython decodes the literal `start`..`lx->p` now and
 * fails on a bad byte.  Positions count from the body's start, or, when
 * escapes are processed (a backslash in a non-raw literal, or any f-string),
 * from the start of the run of non-ASCII bytes, which decode_unicode_with_escapes
 * hands to the decoder one run at a time. */
static bool lexer_string_utf8(TpyLexer *lx, const char *start, const char *body, int quotes,
                              int line, int col, TpyTokenKind kind)
{
    const unsigned char *b = (const unsigned char *)body;
    const unsigned char *e = (const unsigned char *)lx->p - quotes;
    const unsigned char *bad = utf8_find_invalid(b, e);
    if (bad == NULL || kind == TPY_TOK_BYTES)
        return true;
    bool raw = false;
    for (const char *q = start; q < body - quotes; q++)
        raw = raw || *q == 'r' || *q == 'R';
    bool runs = kind == TPY_TOK_FSTRING || (!raw && memchr(b, '\\', (size_t)(e - b)) != NULL);
    const unsigned char *base = b;
    if (runs) {
        base = bad;
        while (base > b && base[-1] >= 0x80)
            base--;
        const unsigned char *run_end = bad;
        while (run_end < e && *run_end >= 0x80)
            run_end++;
        e = run_end;
    }
    char msg[160];
    int n = utf8_error_message(msg, sizeof msg, base, bad, e);
    /* CPython reports the line the literal ends on, and the column just after
     * the bad bytes (each counted as one character) when it is on that line. */
    (void)line;
    const char *after = (const char *)bad;
    if (after >= lx->line_start)
        col = lexer_col(lx, after) + n;
    lexer_error_at(lx, "SyntaxError", lx->line, col, 0, msg);
    return false;
}

static TpyToken lexer_string(TpyLexer *lx, const char *start, int line, int col, TpyTokenKind kind)
{
    char quote = *lx->p;
    int quote_col = col;
    bool triple = lx->end - lx->p >= 3 && lx->p[1] == quote && lx->p[2] == quote;
    lx->p += triple ? 3 : 1;
    const char *body = lx->p;
    bool non_ascii = false;
    for (;;) {
        if (lx->error.set)
            return lexer_error_token(lx);
        if (lx->p >= lx->end) {
            char msg[96];
            int detected = lx->line;
            if (lx->p > lx->source->text && (lx->p[-1] == '\n' || lx->p[-1] == '\r') &&
                detected > line)
                detected--;   /* CPython counts the last line read, not the empty one after it */
            if (triple)
                snprintf(msg, sizeof msg,
                         "unterminated triple-quoted string literal (detected at line %d)",
                         detected);
            else
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         detected);
            lexer_error_at(lx, "SyntaxError", line, quote_col, 0, msg);
            return lexer_error_token(lx);
        }
        char c = *lx->p;
        if (c == quote) {
            if (!triple) {
                lx->p++;
                break;
            }
            if (lx->end - lx->p >= 3 && lx->p[1] == quote && lx->p[2] == quote) {
                lx->p += 3;
                break;
            }
            lx->p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                char msg[96];
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         lx->line);
                lexer_error_at(lx, "SyntaxError", line, quote_col, 0, msg);
                return lexer_error_token(lx);
            }
            lx->p += c == '\r' && lx->p + 1 < lx->end && lx->p[1] == '\n' ? 2 : 1;
            lexer_new_line(lx, lx->p);
            continue;
        }
        if (c == '\\') {
            lx->p++;
            if (lx->p >= lx->end)
                continue;
            if (*lx->p == '\r') {
                lx->p += lx->p + 1 < lx->end && lx->p[1] == '\n' ? 2 : 1;
                lexer_new_line(lx, lx->p);
                continue;
            }
            if (*lx->p == '\n') {
                lx->p++;
                lexer_new_line(lx, lx->p);
                continue;
            }
            non_ascii |= (unsigned char)*lx->p >= 0x80;
            lx->p++;
            continue;
        }
        non_ascii |= (unsigned char)c >= 0x80;
        lx->p++;
    }
    if (non_ascii && lx->utf8_declared &&
        !lexer_string_utf8(lx, start, body, triple ? 3 : 1, line, col, kind))
        return lexer_error_token(lx);
    return lexer_make(lx, kind, start, line, col);
}

/* ------------------------------------------------------------------ indentation */

/* At the start of a logical line: measure indentation and queue
 * INDENT/DEDENT.  Returns false if the line is blank (nothing queued). */
static bool lexer_indentation(TpyLexer *lx)
{
    int col = 0, alt = 0;
    const char *s = lx->p;
    for (; s < lx->end; s++) {
        if (*s == ' ') {
            col++;
            alt++;
        } else if (*s == '\t') {
            col = (col / 8 + 1) * 8;
            alt++;
        } else if (*s == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    lx->p = s;
    if (s >= lx->end || *s == '#' || *s == '\n' || *s == '\r')
        return false;
    int top = lx->indent_depth;
    if (col == lx->indents[top]) {
        if (alt != lx->alt_indents[top])
            goto tab_error;
    } else if (col > lx->indents[top]) {
        if (top + 1 >= TPY_LEXER_MAX_INDENT) {
            lexer_error_at(lx, "IndentationError", lx->line, lexer_col(lx, s), 0,
                           "too many levels of indentation");
            return true;
        }
        if (alt <= lx->alt_indents[top])
            goto tab_error;
        lx->indent_depth++;
        lx->indents[lx->indent_depth] = col;
        lx->alt_indents[lx->indent_depth] = alt;
        lx->pending_indent = true;
    } else {
        while (lx->indent_depth > 0 && col < lx->indents[lx->indent_depth]) {
            lx->pending_dedents++;
            lx->indent_depth--;
        }
        if (col != lx->indents[lx->indent_depth]) {
            const char *eol = s;
            while (eol < lx->end && *eol != '\n' && *eol != '\r')
                eol++;
            lexer_error_at(lx, "IndentationError", lx->line, lexer_col(lx, eol), 0,
                           "unindent does not match any outer indentation level");
            return true;
        }
        if (alt != lx->alt_indents[lx->indent_depth])
            goto tab_error;
    }
    return true;
tab_error:
    lexer_error_at(lx, "TabError", lx->line, 1, 0,
                   "inconsistent use of tabs and spaces in indentation");
    return true;
}

/* ------------------------------------------------------------------ main scanner */

static TpyTokenKind lexer_operator(const char *s, const char *end, int *len)
{
    char c = s[0], c1 = s + 1 < end ? s[1] : '\0', c2 = s + 2 < end ? s[2] : '\0';
    *len = 1;
#define TWO(ch, kind) if (c1 == (ch)) { *len = 2; return (kind); }
    switch (c) {
    case '(': return TPY_TOK_LPAR;
    case ')': return TPY_TOK_RPAR;
    case '[': return TPY_TOK_LSQB;
    case ']': return TPY_TOK_RSQB;
    case '{': return TPY_TOK_LBRACE;
    case '}': return TPY_TOK_RBRACE;
    case ':': TWO('=', TPY_TOK_COLONEQUAL) return TPY_TOK_COLON;
    case ',': return TPY_TOK_COMMA;
    case ';': return TPY_TOK_SEMI;
    case '.':
        if (c1 == '.' && c2 == '.') { *len = 3; return TPY_TOK_ELLIPSIS; }
        return TPY_TOK_DOT;
    case '@': TWO('=', TPY_TOK_ATEQUAL) return TPY_TOK_AT;
    case '+': TWO('=', TPY_TOK_PLUSEQUAL) return TPY_TOK_PLUS;
    case '-': TWO('=', TPY_TOK_MINEQUAL) TWO('>', TPY_TOK_ARROW) return TPY_TOK_MINUS;
    case '*':
        if (c1 == '*') { if (c2 == '=') { *len = 3; return TPY_TOK_DOUBLESTAREQUAL; } *len = 2; return TPY_TOK_DOUBLESTAR; }
        TWO('=', TPY_TOK_STAREQUAL) return TPY_TOK_STAR;
    case '/':
        if (c1 == '/') { if (c2 == '=') { *len = 3; return TPY_TOK_DOUBLESLASHEQUAL; } *len = 2; return TPY_TOK_DOUBLESLASH; }
        TWO('=', TPY_TOK_SLASHEQUAL) return TPY_TOK_SLASH;
    case '%': TWO('=', TPY_TOK_PERCENTEQUAL) return TPY_TOK_PERCENT;
    case '&': TWO('=', TPY_TOK_AMPEREQUAL) return TPY_TOK_AMPER;
    case '|': TWO('=', TPY_TOK_VBAREQUAL) return TPY_TOK_VBAR;
    case '^': TWO('=', TPY_TOK_CIRCUMFLEXEQUAL) return TPY_TOK_CIRCUMFLEX;
    case '~': return TPY_TOK_TILDE;
    case '<':
        if (c1 == '<') { if (c2 == '=') { *len = 3; return TPY_TOK_LEFTSHIFTEQUAL; } *len = 2; return TPY_TOK_LEFTSHIFT; }
        TWO('=', TPY_TOK_LESSEQUAL) TWO('>', TPY_TOK_NOTEQUAL) return TPY_TOK_LESS;
    case '>':
        if (c1 == '>') { if (c2 == '=') { *len = 3; return TPY_TOK_RIGHTSHIFTEQUAL; } *len = 2; return TPY_TOK_RIGHTSHIFT; }
        TWO('=', TPY_TOK_GREATEREQUAL) return TPY_TOK_GREATER;
    case '=': TWO('=', TPY_TOK_EQEQUAL) return TPY_TOK_EQUAL;
    case '!': TWO('=', TPY_TOK_NOTEQUAL) return TPY_TOK_EXCLAMATION;
    default: return TPY_TOK_ERROR;
    }
#undef TWO
}

/* NAME or the keyword spelled s[0..n).  Every NAME token comes through
 * here, so compare lengths and first letters before any bytes. */
static TpyTokenKind lexer_keyword(const char *s, size_t n)
{
    static const char *const spellings[] = {
#define TPY_TOKEN(name, spelling) spelling,
#include "token.def"
#undef TPY_TOKEN
    };
    static const unsigned char lengths[] = {
#define TPY_TOKEN(name, spelling) sizeof(spelling) - 1,
#include "token.def"
#undef TPY_TOKEN
    };
    if (n < 2 || n > 8)   /* "as" .. "nonlocal" */
        return TPY_TOK_NAME;
    for (int k = TPY_TOK_KW_FIRST_ + 1; k < TPY_TOK_KW_LAST_; k++)
        if (lengths[k] == n && spellings[k][0] == s[0] && memcmp(spellings[k], s, n) == 0)
            return (TpyTokenKind)k;
    return TPY_TOK_NAME;
}

static TpyToken lexer_eof(TpyLexer *lx)
{
    int col = lexer_col(lx, lx->p);
    if (lx->paren_depth > 0 && !lx->expr_mode) {
        char msg[64];
        int i = lx->paren_depth - 1;
        snprintf(msg, sizeof msg, "'%c' was never closed", lx->parens[i].ch);
        lexer_error_at(lx, "SyntaxError", lx->parens[i].line, lx->parens[i].col, 0, msg);
        return lexer_error_token(lx);
    }
    TpyToken t;
    memset(&t, 0, sizeof t);
    t.line = t.end_line = lx->line;
    t.col = col;
    t.end_col = col;
    t.start = lx->p;
    if (lx->line_has_tokens && !lx->expr_mode) {
        lx->line_has_tokens = false;
        t.kind = TPY_TOK_NEWLINE;
        t.end_col = col + 1;
        return t;
    }
    if (lx->indent_depth > 0 && !lx->expr_mode) {
        lx->indent_depth--;
        t.kind = TPY_TOK_DEDENT;
        return t;
    }
    lx->done = true;
    t.kind = TPY_TOK_EOF;
    return t;
}

TpyToken tpy_lexer_next(TpyLexer *lx)
{
    if (lx->error.set)
        return lexer_error_token(lx);
    if (lx->pending_dedents > 0 || lx->pending_indent) {
        TpyToken t;
        memset(&t, 0, sizeof t);
        t.line = t.end_line = lx->line;
        t.col = t.end_col = lexer_col(lx, lx->p);
        t.start = lx->p;
        if (lx->pending_dedents > 0) {
            lx->pending_dedents--;
            t.kind = TPY_TOK_DEDENT;
        } else {
            lx->pending_indent = false;
            t.kind = TPY_TOK_INDENT;
        }
        return t;
    }
    for (;;) {
        if (lx->error.set)
            return lexer_error_token(lx);
        if (lx->at_line_start && lx->paren_depth == 0 && !lx->expr_mode) {
            bool real = lexer_indentation(lx);
            if (lx->error.set)
                return lexer_error_token(lx);
            if (real) {
                lx->at_line_start = false;
                if (lx->pending_dedents > 0 || lx->pending_indent)
                    return tpy_lexer_next(lx);
            }
        }
        if (lx->p >= lx->end)
            return lexer_eof(lx);
        const char *s = lx->p;
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\f') {
            lx->p++;
            continue;
        }
        if (c == '#') {
            lexer_skip_comment(lx);
            continue;
        }
        if (c == '\n' || c == '\r') {   /* "\n", "\r\n" or a lone "\r" as CPython reads lines */
            int line = lx->line, col = lexer_col(lx, s);
            lx->p += c == '\r' && s + 1 < lx->end && s[1] == '\n' ? 2 : 1;
            bool emit = lx->paren_depth == 0 && !lx->expr_mode && !lx->at_line_start &&
                        lx->line_has_tokens;
            lexer_new_line(lx, lx->p);
            if (lx->paren_depth == 0)
                lx->at_line_start = true;
            if (emit) {
                lx->line_has_tokens = false;
                TpyToken t;
                t.kind = TPY_TOK_NEWLINE;
                t.line = t.end_line = line;
                t.col = col;
                t.end_col = col + 1;
                t.start = s;
                t.len = 1;
                return t;
            }
            continue;
        }
        if (c == '\\') {
            const char *q = s + 1;
            if (q < lx->end && *q == '\r' && q + 1 < lx->end && q[1] == '\n')
                q++;
            bool eol = q < lx->end && (*q == '\n' || *q == '\r');   /* lone "\r" too */
            if (q >= lx->end || (eol && q + 1 >= lx->end)) {
                lx->p = q >= lx->end ? q : q + 1;
                if (q < lx->end)
                    lexer_new_line(lx, lx->p);
                lexer_error_at(lx, "SyntaxError", lx->line, lexer_col(lx, lx->p), 0,
                               "unexpected EOF while parsing");
                return lexer_error_token(lx);
            }
            if (!eol) {
                lexer_error(lx, s + 1, "unexpected character after line continuation character");
                lx->error.col = lexer_col(lx, s) + 1;
                return lexer_error_token(lx);
            }
            lx->p = q + 1;
            lexer_new_line(lx, lx->p);
            continue;
        }
        /* A real token. */
        int line = lx->line, col = lexer_col(lx, s);
        lx->line_has_tokens = true;
        lx->at_line_start = false;
        if (is_ascii_ident_start(c) || c >= 0x80) {
            const char *q = s;
            while (q < lx->end) {
                unsigned char d = (unsigned char)*q;
                if (is_ascii_ident_start(d) || (d >= '0' && d <= '9')) {
                    q++;
                    continue;
                }
                if (d < 0x80)
                    break;
                uint32_t cp;
                int n = utf8_decode((const unsigned char *)q, (const unsigned char *)lx->end, &cp);
                if (n == 0 && lx->utf8_declared) {
                    /* CPython's verify_identifier decodes the whole name: every
                     * byte >= 0x80 belongs to it. */
                    const char *e = q;
                    while (e < lx->end && ((unsigned char)*e >= 0x80 || *e == '_' ||
                                           is_ascii_ident_start((unsigned char)*e) ||
                                           (*e >= '0' && *e <= '9')))
                        e++;
                    char msg[160];
                    utf8_error_message(msg, sizeof msg, (const unsigned char *)s,
                                       (const unsigned char *)q, (const unsigned char *)e);
                    lexer_error(lx, q, msg);
                    return lexer_error_token(lx);
                }
                if (n == 0)
                    n = 1, cp = 0xFFFD;
                if (!is_unicode_ident_char(cp)) {
                    if (q == s) {
                        lexer_invalid_character(lx, q, cp, n);
                        return lexer_error_token(lx);
                    }
                    break;
                }
                q += n;
            }
            bool is_bytes, is_fstring;
            if (q < lx->end && (*q == '"' || *q == '\'') &&
                lexer_string_prefix(s, (size_t)(q - s), &is_bytes, &is_fstring)) {
                lx->p = q;
                TpyTokenKind kind = is_bytes ? TPY_TOK_BYTES : is_fstring ? TPY_TOK_FSTRING
                                                                           : TPY_TOK_STRING;
                return lexer_string(lx, s, line, col, kind);
            }
            lx->p = q;
            TpyTokenKind kind = TPY_TOK_NAME;
            if (c < 0x80)
                kind = lexer_keyword(s, (size_t)(q - s));
            return lexer_make(lx, kind, s, line, col);
        }
        if ((c >= '0' && c <= '9') || (c == '.' && s + 1 < lx->end && s[1] >= '0' && s[1] <= '9'))
            return lexer_number(lx, line, col);
        if (c == '"' || c == '\'')
            return lexer_string(lx, s, line, col, TPY_TOK_STRING);
        int len;
        TpyTokenKind kind = lexer_operator(s, lx->end, &len);
        if (kind == TPY_TOK_ERROR) {
            if (c == '\0') {
                lexer_error(lx, s, "source code cannot contain null bytes");
                return lexer_error_token(lx);
            }
            /* `$`, `?`, '`': CPython's parser says "invalid syntax" here;
             * hand the parser a token it cannot use. */
            lx->p++;
            return lexer_make(lx, TPY_TOK_ERROR, s, line, col);
        }
        lx->p += len;
        if (kind == TPY_TOK_LPAR || kind == TPY_TOK_LSQB || kind == TPY_TOK_LBRACE) {
            if (lx->paren_depth >= TPY_LEXER_MAX_PARENS) {
                lexer_error(lx, s, "too many nested parentheses");
                return lexer_error_token(lx);
            }
            lx->parens[lx->paren_depth].ch = (char)c;
            lx->parens[lx->paren_depth].line = line;
            lx->parens[lx->paren_depth].col = col;
            lx->paren_depth++;
        } else if (kind == TPY_TOK_RPAR || kind == TPY_TOK_RSQB || kind == TPY_TOK_RBRACE) {
            if (lx->paren_depth == 0) {
                char msg[32];
                snprintf(msg, sizeof msg, "unmatched '%c'", c);
                lexer_error(lx, s, msg);
                return lexer_error_token(lx);
            }
            /* CPython pops the bracket before it checks the match. */
            lx->paren_depth--;
            char open = lx->parens[lx->paren_depth].ch;
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (want != (char)c) {
                char msg[128];
                int pl = lx->parens[lx->paren_depth].line;
                if (pl != line)
                    snprintf(msg, sizeof msg,
                             "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                             c, open, pl);
                else
                    snprintf(msg, sizeof msg,
                             "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                             open);
                lexer_error(lx, s, msg);
                return lexer_error_token(lx);
            }
        }
        return lexer_make(lx, kind, s, line, col);
    }
}
