/* runtime/memstats.h: memory you can see — --mem-stats, --trace-del, --mem-trace.
 *
 * Teaching instruments over the allocator (alloc.h) and the collector
 * (gc.h).  All are off by default; the hot paths (object allocation and
 * release, finalizer and weakref-callback calls) test one global flag each.
 *  - --mem-stats: per-type live counts (kept only while the flag is on),
 *    snapshot before teardown, report to stderr at exit.
 *  - --trace-del: one stderr line per __del__ and weakref callback, with
 *    its cause (refcount reached zero at FILE:LINE, the collector found it in
 *    a cycle of generation N, or a tracing collection).
 *  - --mem-trace=FILE: CSV time series, one row every N allocations.
 */
#ifndef TPY_RUNTIME_MEMSTATS_H
#define TPY_RUNTIME_MEMSTATS_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

/* True when per-allocation hooks must run (--mem-stats or --mem-trace). */
extern bool tpy_memstats_hook;
/* True with --trace-del. */
extern bool tpy_memstats_trace_del;

/* Options (call before any object exists).  enable_trace returns -1 (message
 * printed) when FILE cannot be opened. */
void tpy_memstats_enable_stats(void);
void tpy_memstats_enable_trace_del(void);
int tpy_memstats_enable_trace(const char *path, uint64_t every);

/* Allocation hooks (object.c, float.c's free list), only if tpy_memstats_hook. */
void tpy_memstats_note_alloc(const TpyType *type, size_t size);
void tpy_memstats_note_free(const TpyType *type);

/* Why destructors run now (gc.c sets it around collections; default is
 * "refcount").  set returns the previous cause, to restore. */
typedef enum TpyDelCause {
    TPY_DEL_REFCOUNT = 0,
    TPY_DEL_CYCLE_GEN0, TPY_DEL_CYCLE_GEN1, TPY_DEL_CYCLE_GEN2,
    TPY_DEL_TRACING
} TpyDelCause;
TpyDelCause tpy_memstats_set_cause(TpyDelCause cause);
/* Only called when tpy_memstats_trace_del: log a __del__ of `o` / a weakref
 * callback about to run (borrowed). */
void tpy_memstats_log_del(TpyObject *o);
void tpy_memstats_log_callback(TpyObject *callback);

/* At the end of the main module, before teardown: snapshot per-type counts. */
void tpy_memstats_snapshot(void);
/* At exit, after teardown: print the --mem-stats report, close the trace. */
void tpy_memstats_finish(void);

#endif
