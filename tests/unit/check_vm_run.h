/* tests/unit/check_vm_run.h: check, compile and run a snippet (check_vm_run.c). */
#ifndef TPY_TESTS_UNIT_CHECK_VM_RUN_H
#define TPY_TESTS_UNIT_CHECK_VM_RUN_H

#include <stddef.h>

/* Returns the exit status; `out` gets stdout; *live the objects alive after
 * finalisation; *check_errors the checker's error count (then nothing ran). */
int vm_run_snippet(const char *src, char *out, size_t size, long long *live, int *check_errors);

#endif
