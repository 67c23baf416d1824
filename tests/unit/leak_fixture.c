/* tests/unit/leak_fixture.c: see leak_fixture.h. */
#include "leak_fixture.h"

#include <check.h>

#include "alloc.h"
#include "exc.h"

static uint64_t live_at_start;

uint64_t tpy_test_live_objects(void)
{
    const TpyAllocStats *s = tpy_alloc_stats();
    return s->allocated - s->freed;
}

void tpy_test_leaks_begin(void)
{
    tpy_err_clear();
    live_at_start = tpy_test_live_objects();
}

void tpy_test_leaks_end(bool require_no_exception)
{
    if (require_no_exception)
        ck_assert_ptr_null(tpy_err_occurred());
    tpy_err_clear();
    ck_assert_uint_eq(tpy_test_live_objects(), live_at_start);
}
