/* tests/unit/check_stubs.c: the embedded standard-library stubs (frontend/stubs.c).
 * Every stub listed in CMakeLists.txt's TPY_STUBS must be findable by module name,
 * embedded byte for byte, and accepted by tpy's own parser (tests/check_stubs.py
 * checks the same files against CPython). */
#include <string.h>

#include "suites.h"

#include "arena.h"
#include "diag.h"
#include "parser.h"
#include "source.h"
#include "stubs.h"

static const char *const expected_modules[] = {
    "builtins", "typing", "sys", "math", "time", "gc", "weakref",
    "collections", "dataclasses", "os", "os.path", "random",
};

START_TEST(test_every_module_is_found)
{
    for (size_t i = 0; i < sizeof expected_modules / sizeof expected_modules[0]; i++) {
        const TpyEmbeddedStub *stub = tpy_stub_find(expected_modules[i]);
        ck_assert_msg(stub != NULL, "no stub for %s", expected_modules[i]);
        ck_assert_str_eq(stub->module, expected_modules[i]);
    }
}
END_TEST

START_TEST(test_unknown_module_is_null)
{
    ck_assert_ptr_null(tpy_stub_find("nosuchmodule"));
    ck_assert_ptr_null(tpy_stub_find(""));
    ck_assert_ptr_null(tpy_stub_find("os.pat"));      /* no prefix matches */
    ck_assert_ptr_null(tpy_stub_find("builtins.pyi"));
}
END_TEST

START_TEST(test_text_is_embedded_whole)
{
    for (const TpyEmbeddedStub *stub = tpy_embedded_stubs; stub->module != NULL; stub++) {
        ck_assert_msg(stub->len > 0, "%s is empty", stub->path);
        ck_assert_uint_eq(strlen(stub->text), stub->len);   /* no NUL inside, NUL after */
        ck_assert_msg(stub->text[stub->len - 1] == '\n', "%s does not end with a newline", stub->path);
        ck_assert_msg(strncmp(stub->path, "frontend/stubs/", 15) == 0, "odd path %s", stub->path);
    }
}
END_TEST

START_TEST(test_builtins_declares_the_basics)
{
    const TpyEmbeddedStub *stub = tpy_stub_find("builtins");
    ck_assert_ptr_nonnull(stub);
    ck_assert_ptr_nonnull(strstr(stub->text, "\nclass object:"));
    ck_assert_ptr_nonnull(strstr(stub->text, "\nclass int:"));
    ck_assert_ptr_nonnull(strstr(stub->text, "\nclass BaseException:"));
    ck_assert_ptr_nonnull(strstr(stub->text, "\ndef print("));
}
END_TEST

/* Loop test over the stub table: _i is the index. */
START_TEST(test_stub_parses_with_tpy_parser)
{
    const TpyEmbeddedStub *stub = &tpy_embedded_stubs[_i];
    TpyArena arena;
    TpyDiags diags;
    tpy_arena_init(&arena);
    tpy_diags_init(&diags);
    TpySource *source = tpy_source_from_string(stub->path, stub->text, stub->len);
    ck_assert_ptr_nonnull(source);
    TpyAstModule *module = tpy_parse_module(&arena, source, &diags);
    if (diags.error_count > 0)
        tpy_diags_print(&diags, stderr);
    ck_assert_msg(module != NULL && diags.error_count == 0, "%s does not parse", stub->path);
    tpy_diags_free(&diags);
    tpy_source_free(source);
    tpy_arena_free(&arena);
}
END_TEST

Suite *stubs_suite(void)
{
    Suite *suite = suite_create("stubs");
    TCase *lookup = tcase_create("lookup");
    tcase_add_test(lookup, test_every_module_is_found);
    tcase_add_test(lookup, test_unknown_module_is_null);
    tcase_add_test(lookup, test_text_is_embedded_whole);
    tcase_add_test(lookup, test_builtins_declares_the_basics);
    suite_add_tcase(suite, lookup);

    int count = 0;
    while (tpy_embedded_stubs[count].module != NULL)
        count++;
    TCase *parse = tcase_create("parse");
    tcase_add_loop_test(parse, test_stub_parses_with_tpy_parser, 0, count);
    suite_add_tcase(suite, parse);
    return suite;
}
