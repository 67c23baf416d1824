/* runtime/modules/time.c: the clocks of the time module.
 *
 * Each clock is a clock_gettime id, as in CPython's Python/pytime.c:
 * time -> CLOCK_REALTIME, monotonic and perf_counter -> CLOCK_MONOTONIC,
 * process_time -> CLOCK_PROCESS_CPUTIME_ID, thread_time ->
 * CLOCK_THREAD_CPUTIME_ID.  The float forms divide the nanosecond count by
 * 1e9, as CPython does.  sleep() restarts after signals until the deadline,
 * but a pending KeyboardInterrupt (set by the vm's SIGINT handler) ends it.
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "argparse.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "modules_internal.h"
#include "none.h"
#include "str.h"

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define CLOCK_FUNCS(pyname, id)                                                                  \
    static TpyObject *time_##pyname(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)   \
    {                                                                                            \
        if (tpy_args_none(#pyname, nargs, kwnames) < 0)                                          \
            return NULL;                                                                         \
        return tpy_float_from_double((double)clock_ns(id) * 1e-9);                               \
    }                                                                                            \
    static TpyObject *time_##pyname##_ns(TpyObject *const *args, int64_t nargs,                  \
                                         TpyObject *kwnames)                                     \
    {                                                                                            \
        if (tpy_args_none(#pyname "_ns", nargs, kwnames) < 0)                                    \
            return NULL;                                                                         \
        return tpy_int_from_i64(clock_ns(id));                                                   \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static TpyObject *time_sleep(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("sleep", nargs, kwnames) < 0)
        return NULL;
    double secs;
    if (tpy_int_check(args[0])) {
        if (tpy_int_as_double(args[0], &secs) < 0)
            return NULL;
    } else if (tpy_float_check(args[0])) {
        secs = TPY_FLOAT_VALUE(args[0]);
        if (isnan(secs))
            return tpy_err_format(&tpy_ValueError_type, "Invalid value NaN (not a number)");
    } else {
        return tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(args[0])->name);
    }
    if (secs < 0)
        return tpy_err_format(&tpy_ValueError_type, "sleep length must be non-negative");
    if (secs > 9.2e9)
        return tpy_err_format(&tpy_OverflowError_type, "timestamp too large to convert to C _PyTime_t");
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&req, &req) < 0 && errno == EINTR)
        if (tpy_err_occurred() != NULL)   // KeyboardInterrupt raised by the SIGINT handler
            return NULL;
    return tpy_none_new_ref();
}

static TpyObject *time_strftime(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("strftime", nargs, kwnames, 1, 1) < 0)
        return NULL;
    const char *fmt = tpy_args_utf8(args[0], "strftime", 1, NULL);
    if (fmt == NULL)
        return NULL;
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    char buf[1024];
    size_t n = strftime(buf, sizeof buf, fmt, &tm);
    return tpy_str_from_utf8(buf, n);
}

static const TpyMethodDef time_functions[] = {
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"perf_counter", time_perf_counter, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"thread_time", time_thread_time, 0},
    {"thread_time_ns", time_thread_time_ns, 0},
    {"sleep", time_sleep, 0},
    {"strftime", time_strftime, 0},
    {NULL, NULL, 0},
};

const TpyModuleDef tpy_time_module_def = {"time", time_functions, NULL, NULL};
