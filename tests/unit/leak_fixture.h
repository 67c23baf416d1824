/* tests/unit/leak_fixture.h: the runtime suites' "no object leaked" fixture.
 *
 * Every runtime test starts by recording how many objects are alive and ends
 * by asserting the count is back where it started: the allocator's exact
 * counts (runtime/alloc.h) turn any refcount leak into a failing test. */
#ifndef TPY_TESTS_UNIT_LEAK_FIXTURE_H
#define TPY_TESTS_UNIT_LEAK_FIXTURE_H

#include <stdbool.h>
#include <stdint.h>

/* Objects allocated and not yet freed. */
uint64_t tpy_test_live_objects(void);
/* Clear any pending exception and record the live-object count. */
void tpy_test_leaks_begin(void);
/* Assert no object leaked since tpy_test_leaks_begin (and, if asked, that no
 * exception is pending), then clear the exception state. */
void tpy_test_leaks_end(bool require_no_exception);

#endif
