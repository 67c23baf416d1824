/* tests/unit/check_main.c: runs every Check suite of the unit tests under CTest.
 * Set CK_FORK=no to debug a failing test under gdb or valgrind. */
#include <check.h>
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    SRunner *runner = srunner_create(lexer_suite());
    srunner_add_suite(runner, parser_suite());
    srunner_add_suite(runner, typecheck_suite());
    srunner_add_suite(runner, stubs_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
