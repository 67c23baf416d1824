/* tests/unit/check_lexer.c: the tokenizer (frontend/lexer.c).
 * Token kinds for tricky inputs, INDENT/DEDENT bookkeeping, literals, and the
 * tokenizer's own errors (CPython 3.11's messages and positions). */
#include <string.h>

#include "lexer.h"
#include "suites.h"

/* Lex `src` and return the kinds (up to `max`); *count gets the number. */
static int lex_kinds(const char *src, TpyTokenKind *kinds, int max, TpyLexError *error)
{
    TpySource *source = tpy_source_from_string("t.py", src, strlen(src));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyLexer lexer;
    tpy_lexer_init(&lexer, &arena, source);
    int n = 0;
    for (;;) {
        TpyToken t = tpy_lexer_next(&lexer);
        if (n < max)
            kinds[n] = t.kind;
        n++;
        if (t.kind == TPY_TOK_EOF || t.kind == TPY_TOK_ERROR)
            break;
    }
    if (error != NULL) {
        *error = lexer.error;
        /* keep the message readable after the arena is gone */
        static char msg[512];
        if (lexer.error.set) {
            strncpy(msg, lexer.error.message, sizeof msg - 1);
            error->message = msg;
        }
    }
    tpy_arena_free(&arena);
    tpy_source_free(source);
    return n;
}

#define ASSERT_KINDS(src, ...)                                                              \
    do {                                                                                    \
        TpyTokenKind want[] = { __VA_ARGS__ };                                              \
        TpyTokenKind got[64];                                                               \
        int n = lex_kinds((src), got, 64, NULL);                                            \
        ck_assert_int_eq(n, (int)(sizeof want / sizeof want[0]));                           \
        for (int i = 0; i < n; i++)                                                         \
            ck_assert_msg(got[i] == want[i], "token %d: got %s want %s", i,                 \
                          tpy_token_kind_name(got[i]), tpy_token_kind_name(want[i]));       \
    } while (0)

static void assert_lex_error(const char *src, const char *exc, const char *msg, int line, int col)
{
    TpyTokenKind got[64];
    TpyLexError error;
    lex_kinds(src, got, 64, &error);
    ck_assert_msg(error.set, "no error for %s", src);
    ck_assert_str_eq(error.exc_name, exc);
    ck_assert_str_eq(error.message, msg);
    ck_assert_int_eq(error.line, line);
    ck_assert_int_eq(error.col, col);
}

START_TEST(test_kind_names)
{
    ck_assert_str_eq(tpy_token_kind_name(TPY_TOK_LPAR), "(");
    ck_assert_str_eq(tpy_token_kind_name(TPY_TOK_DEF), "def");
    ck_assert_str_eq(tpy_token_kind_name(TPY_TOK_NAME), "name");
    ck_assert_str_eq(tpy_token_kind_name(TPY_TOK_DOUBLESTAREQUAL), "**=");
}
END_TEST

START_TEST(test_empty_file)
{
    ASSERT_KINDS("", TPY_TOK_EOF);
    ASSERT_KINDS("# only a comment\n\n   \n", TPY_TOK_EOF);
}
END_TEST

START_TEST(test_simple_line_without_newline)
{
    ASSERT_KINDS("x = 1", TPY_TOK_NAME, TPY_TOK_EQUAL, TPY_TOK_INT, TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_indent_dedent)
{
    ASSERT_KINDS("if x:\n    y\nz\n", TPY_TOK_IF, TPY_TOK_NAME, TPY_TOK_COLON, TPY_TOK_NEWLINE,
                 TPY_TOK_INDENT, TPY_TOK_NAME, TPY_TOK_NEWLINE, TPY_TOK_DEDENT, TPY_TOK_NAME,
                 TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_dedents_at_eof)
{
    ASSERT_KINDS("if a:\n  if b:\n    c", TPY_TOK_IF, TPY_TOK_NAME, TPY_TOK_COLON, TPY_TOK_NEWLINE,
                 TPY_TOK_INDENT, TPY_TOK_IF, TPY_TOK_NAME, TPY_TOK_COLON, TPY_TOK_NEWLINE,
                 TPY_TOK_INDENT, TPY_TOK_NAME, TPY_TOK_NEWLINE, TPY_TOK_DEDENT, TPY_TOK_DEDENT,
                 TPY_TOK_EOF);
}
END_TEST

START_TEST(test_blank_and_comment_lines_ignore_indent)
{
    ASSERT_KINDS("if x:\n    a\n\n  # c\n    b\n", TPY_TOK_IF, TPY_TOK_NAME, TPY_TOK_COLON,
                 TPY_TOK_NEWLINE, TPY_TOK_INDENT, TPY_TOK_NAME, TPY_TOK_NEWLINE, TPY_TOK_NAME,
                 TPY_TOK_NEWLINE, TPY_TOK_DEDENT, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_brackets_join_lines)
{
    ASSERT_KINDS("f(1,\n  2)\n", TPY_TOK_NAME, TPY_TOK_LPAR, TPY_TOK_INT, TPY_TOK_COMMA,
                 TPY_TOK_INT, TPY_TOK_RPAR, TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_backslash_continuation)
{
    ASSERT_KINDS("x = 1 + \\\n    2\n", TPY_TOK_NAME, TPY_TOK_EQUAL, TPY_TOK_INT, TPY_TOK_PLUS,
                 TPY_TOK_INT, TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_crlf_line_endings)
{
    ASSERT_KINDS("if x:\r\n    y\r\n", TPY_TOK_IF, TPY_TOK_NAME, TPY_TOK_COLON, TPY_TOK_NEWLINE,
                 TPY_TOK_INDENT, TPY_TOK_NAME, TPY_TOK_NEWLINE, TPY_TOK_DEDENT, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_lone_cr_line_endings)
{
    /* CPython reads a bare "\r" (old Mac files) as a line end. */
    ASSERT_KINDS("if x:\r    y\rz = 'a\\\rb'\r", TPY_TOK_IF, TPY_TOK_NAME, TPY_TOK_COLON,
                 TPY_TOK_NEWLINE, TPY_TOK_INDENT, TPY_TOK_NAME, TPY_TOK_NEWLINE, TPY_TOK_DEDENT,
                 TPY_TOK_NAME, TPY_TOK_EQUAL, TPY_TOK_STRING, TPY_TOK_NEWLINE, TPY_TOK_EOF);
    assert_lex_error("x = 1\ry = 'ab\r", "SyntaxError",
                     "unterminated string literal (detected at line 2)", 2, 5);
}
END_TEST

START_TEST(test_bom_is_skipped)
{
    ASSERT_KINDS("\xEF\xBB\xBFx = 1\n", TPY_TOK_NAME, TPY_TOK_EQUAL, TPY_TOK_INT,
                 TPY_TOK_NEWLINE, TPY_TOK_EOF);
    /* columns do not count it */
    assert_lex_error("\xEF\xBB\xBFx = 'ab", "SyntaxError",
                     "unterminated string literal (detected at line 1)", 1, 5);
}
END_TEST

START_TEST(test_every_keyword_is_found)
{
    for (int k = TPY_TOK_KW_FIRST_ + 1; k < TPY_TOK_KW_LAST_; k++) {
        TpyTokenKind got[4];
        lex_kinds(tpy_token_kind_name((TpyTokenKind)k), got, 4, NULL);
        ck_assert_msg(got[0] == (TpyTokenKind)k, "%s", tpy_token_kind_name((TpyTokenKind)k));
    }
    ASSERT_KINDS("i ifx Nonex nonlocals", TPY_TOK_NAME, TPY_TOK_NAME, TPY_TOK_NAME, TPY_TOK_NAME,
                 TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_utf8_cookie_checks_tokens_not_lines)
{
    /* With `coding: utf-8` CPython decodes each literal and name itself: a
     * bad byte in a comment passes, one in a string is a (unicode error). */
    ASSERT_KINDS("# -*- coding: utf-8 -*-\nx = 1  # \xff\n", TPY_TOK_NAME, TPY_TOK_EQUAL,
                 TPY_TOK_INT, TPY_TOK_NEWLINE, TPY_TOK_EOF);
    assert_lex_error("# coding: utf-8\nx = 'a\xe2\x82" "A'\n", "SyntaxError",
                     "(unicode error) 'utf-8' codec can't decode bytes in position 1-2: "
                     "invalid continuation byte", 2, 9);
    /* without a cookie, the line check reports it first */
    assert_lex_error("x = 1  # \xff\n", "SyntaxError",
                     "Non-UTF-8 code starting with '\\xff' in file t.py on line 1, but no "
                     "encoding declared; see https://peps.python.org/pep-0263/ for details", 1, 1);
}
END_TEST

START_TEST(test_operators_longest_match)
{
    ASSERT_KINDS("a **= b // c ... -> := != <<= .",
                 TPY_TOK_NAME, TPY_TOK_DOUBLESTAREQUAL, TPY_TOK_NAME, TPY_TOK_DOUBLESLASH,
                 TPY_TOK_NAME, TPY_TOK_ELLIPSIS, TPY_TOK_ARROW, TPY_TOK_COLONEQUAL,
                 TPY_TOK_NOTEQUAL, TPY_TOK_LEFTSHIFTEQUAL, TPY_TOK_DOT, TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_keywords_and_soft_keywords)
{
    ASSERT_KINDS("match lambda None", TPY_TOK_NAME, TPY_TOK_LAMBDA, TPY_TOK_NONE, TPY_TOK_NEWLINE,
                 TPY_TOK_EOF);
}
END_TEST

START_TEST(test_string_prefixes)
{
    ASSERT_KINDS("r'a' b'b' Rb'c' f'd' rF'e' u'f' '''g'''", TPY_TOK_STRING, TPY_TOK_BYTES,
                 TPY_TOK_BYTES, TPY_TOK_FSTRING, TPY_TOK_FSTRING, TPY_TOK_STRING, TPY_TOK_STRING,
                 TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_triple_quoted_spans_lines)
{
    ASSERT_KINDS("s = '''a\nb\n'''\nx", TPY_TOK_NAME, TPY_TOK_EQUAL, TPY_TOK_STRING,
                 TPY_TOK_NEWLINE, TPY_TOK_NAME, TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_numbers)
{
    ASSERT_KINDS("1_000 0x_ff 0o17 0b1 1.5 .5 1e-3 2j 1.J 1if 1else 0", TPY_TOK_INT, TPY_TOK_INT,
                 TPY_TOK_INT, TPY_TOK_INT, TPY_TOK_FLOAT, TPY_TOK_FLOAT, TPY_TOK_FLOAT,
                 TPY_TOK_IMAG, TPY_TOK_IMAG, TPY_TOK_INT, TPY_TOK_IF, TPY_TOK_INT, TPY_TOK_ELSE,
                 TPY_TOK_INT, TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_unicode_identifier)
{
    ASSERT_KINDS("caf\xc3\xa9 = \xce\xbb", TPY_TOK_NAME, TPY_TOK_EQUAL, TPY_TOK_NAME,
                 TPY_TOK_NEWLINE, TPY_TOK_EOF);
}
END_TEST

START_TEST(test_token_columns_count_code_points)
{
    const char *src = "\xc3\xa9\xc3\xa9 = 1";
    TpySource *source = tpy_source_from_string("t.py", src, strlen(src));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyLexer lexer;
    tpy_lexer_init(&lexer, &arena, source);
    TpyToken name = tpy_lexer_next(&lexer);
    TpyToken eq = tpy_lexer_next(&lexer);
    ck_assert_int_eq(name.col, 1);
    ck_assert_int_eq(name.end_col, 3);
    ck_assert_int_eq(eq.col, 4);
    tpy_arena_free(&arena);
    tpy_source_free(source);
}
END_TEST

START_TEST(test_type_ignore_lines)
{
    const char *src = "x = 1  # type: ignore\ny = 2\nz = 3 #type:ignore[attr-defined]\nw = 4 # type: ignored\n";
    TpySource *source = tpy_source_from_string("t.py", src, strlen(src));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyLexer lexer;
    tpy_lexer_init(&lexer, &arena, source);
    while (tpy_lexer_next(&lexer).kind != TPY_TOK_EOF)
        ;
    ck_assert_int_eq(lexer.ignore_count, 2);
    ck_assert_int_eq(lexer.ignore_lines[0], 1);
    ck_assert_int_eq(lexer.ignore_lines[1], 3);
    tpy_arena_free(&arena);
    tpy_source_free(source);
}
END_TEST

START_TEST(test_error_unterminated_string)
{
    assert_lex_error("s = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
}
END_TEST

START_TEST(test_error_unterminated_triple)
{
    assert_lex_error("s = \"\"\"abc\n\n", "SyntaxError",
                     "unterminated triple-quoted string literal (detected at line 2)", 1, 5);
}
END_TEST

START_TEST(test_error_tab_space_mix)
{
    assert_lex_error("if x:\n\tif y:\n        pass\n", "TabError",
                     "inconsistent use of tabs and spaces in indentation", 3, 1);
}
END_TEST

START_TEST(test_error_dedent_mismatch)
{
    assert_lex_error("if x:\n    a\n  b\n", "IndentationError",
                     "unindent does not match any outer indentation level", 3, 4);
}
END_TEST

START_TEST(test_error_invalid_character)
{
    assert_lex_error("x = 1 \xe2\x82\xac\n", "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 7);
    assert_lex_error("x = 1\xe2\x80\x8b\n", "SyntaxError", "invalid non-printable character U+200B", 1, 6);
}
END_TEST

START_TEST(test_error_number_literals)
{
    assert_lex_error("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5);
    assert_lex_error("x = 0x1g\n", "SyntaxError", "invalid hexadecimal literal", 1, 7);
    assert_lex_error("x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6);
    assert_lex_error("x = 012\n", "SyntaxError",
                     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                     1, 5);
}
END_TEST

START_TEST(test_error_brackets)
{
    assert_lex_error("x = )\n", "SyntaxError", "unmatched ')'", 1, 5);
    assert_lex_error("x = (]\n", "SyntaxError",
                     "closing parenthesis ']' does not match opening parenthesis '('", 1, 6);
    assert_lex_error("x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5);
}
END_TEST

START_TEST(test_error_too_many_parens)
{
    char src[1024];
    memset(src, '(', 201);
    src[201] = '\0';
    assert_lex_error(src, "SyntaxError", "too many nested parentheses", 1, 201);
}
END_TEST

START_TEST(test_error_null_byte_and_utf8)
{
    TpySource *source = tpy_source_from_string("t.py", "x = 1\0\n", 7);
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyLexer lexer;
    tpy_lexer_init(&lexer, &arena, source);
    while (tpy_lexer_next(&lexer).kind != TPY_TOK_ERROR)
        ;
    ck_assert_str_eq(lexer.error.message, "source code cannot contain null bytes");
    tpy_arena_free(&arena);
    tpy_source_free(source);
    assert_lex_error("x = 1\ny = '\xff'\n", "SyntaxError",
                     "Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding "
                     "declared; see https://peps.python.org/pep-0263/ for details", 2, 1);
}
END_TEST

START_TEST(test_error_backslash)
{
    assert_lex_error("x = \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 6);
    assert_lex_error("x = 1\n\\", "SyntaxError", "unexpected EOF while parsing", 2, 2);
}
END_TEST

Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_kind_names);
    tcase_add_test(tc, test_empty_file);
    tcase_add_test(tc, test_simple_line_without_newline);
    tcase_add_test(tc, test_indent_dedent);
    tcase_add_test(tc, test_dedents_at_eof);
    tcase_add_test(tc, test_blank_and_comment_lines_ignore_indent);
    tcase_add_test(tc, test_brackets_join_lines);
    tcase_add_test(tc, test_backslash_continuation);
    tcase_add_test(tc, test_crlf_line_endings);
    tcase_add_test(tc, test_lone_cr_line_endings);
    tcase_add_test(tc, test_bom_is_skipped);
    tcase_add_test(tc, test_every_keyword_is_found);
    tcase_add_test(tc, test_utf8_cookie_checks_tokens_not_lines);
    tcase_add_test(tc, test_operators_longest_match);
    tcase_add_test(tc, test_keywords_and_soft_keywords);
    tcase_add_test(tc, test_string_prefixes);
    tcase_add_test(tc, test_triple_quoted_spans_lines);
    tcase_add_test(tc, test_numbers);
    tcase_add_test(tc, test_unicode_identifier);
    tcase_add_test(tc, test_token_columns_count_code_points);
    tcase_add_test(tc, test_type_ignore_lines);
    tcase_add_test(tc, test_error_unterminated_string);
    tcase_add_test(tc, test_error_unterminated_triple);
    tcase_add_test(tc, test_error_tab_space_mix);
    tcase_add_test(tc, test_error_dedent_mismatch);
    tcase_add_test(tc, test_error_invalid_character);
    tcase_add_test(tc, test_error_number_literals);
    tcase_add_test(tc, test_error_brackets);
    tcase_add_test(tc, test_error_too_many_parens);
    tcase_add_test(tc, test_error_null_byte_and_utf8);
    tcase_add_test(tc, test_error_backslash);
    suite_add_tcase(s, tc);
    return s;
}
