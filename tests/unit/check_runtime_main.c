/* tests/unit/check_runtime_main.c: runs the runtime's Check suites under CTest.
 * Set CK_FORK=no to debug a failing test under gdb or valgrind. */
#include <check.h>
#include <stdlib.h>

#include "runtime_suites.h"

int main(void)
{
    SRunner *runner = srunner_create(numbers_suite());
    srunner_add_suite(runner, containers_suite());
    srunner_add_suite(runner, methods_suite());
    srunner_add_suite(runner, objects_suite());
    srunner_add_suite(runner, builtins_suite());
    srunner_add_suite(runner, collections_suite());
    srunner_add_suite(runner, vm_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
