/* runtime/memstats.c: --mem-stats, --trace-del and --mem-trace (memstats.h).
 *
 * Per-type counts: an open-addressing hash table keyed by the type pointer
 * (linear probing, grown at half full).  Each entry copies the type's name
 * and instance size when it is (re)used, so the report never dereferences a
 * type that may have died since (a class defined in a function dies with its
 * last instance; an entry whose live count is zero is refreshed from the
 * type at its next allocation, which covers a new type at a dead one's
 * address).  The table is only touched while tpy_memstats_hook is set, so
 * the default allocation path pays one predictable branch.
 *
 * Instance size: what sys.getsizeof reports for an instance with no items,
 * i.e. the type's basicsize plus the GC head when the type has one — so
 * `__slots__` classes (no dict, maybe no GC head) show smaller numbers.
 *
 * The trace-del cause is a global set by the collector around its work
 * (tpy_memstats_set_cause); outside it a destructor runs because a count
 * reached zero, and the current Python frame's last saved pc gives the line
 * (the interpreter saves pc at calls and errors, so the line is that of the
 * last call in the frame: exact for `f()` or `x = None` right after a call,
 * approximate otherwise).
 */
#include "memstats.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "code.h"
#include "frame.h"
#include "func.h"
#include "gc.h"
#include "str.h"
#include "type.h"

bool tpy_memstats_hook;
bool tpy_memstats_trace_del;

typedef struct TypeEntry {
    const TpyType *type;      /* key; NULL: empty slot */
    char *name;               /* owned copy */
    size_t inst_size;
    bool user;                /* a class defined in Python */
    int64_t live, allocated;
} TypeEntry;

static bool stats_on;
static TypeEntry *table;
static size_t table_cap, table_used;

static FILE *trace_file;
static uint64_t trace_every = 1000;

static TypeEntry *snapshot;
static size_t snapshot_n;
static uint64_t snapshot_live_objects, snapshot_live_bytes;
static bool snapshot_taken;

static TpyDelCause cause;

/* ---------------------------------------------------------------- options */

void tpy_memstats_enable_stats(void)
{
    stats_on = true;
    tpy_memstats_hook = true;
}

void tpy_memstats_enable_trace_del(void)
{
    tpy_memstats_trace_del = true;
}

int tpy_memstats_enable_trace(const char *path, uint64_t every)
{
    trace_file = fopen(path, "w");
    if (trace_file == NULL) {
        fprintf(stderr, "tpy: can't open --mem-trace file '%s': %s\n", path, strerror(errno));
        return -1;
    }
    if (every > 0)
        trace_every = every;
    fputs("allocations,freed,live_objects,live_bytes,collections\n", trace_file);
    tpy_memstats_hook = true;
    return 0;
}

/* ---------------------------------------------------------------- per-type table */

static size_t slot_of(const TpyType *t, size_t cap)
{
    uintptr_t h = (uintptr_t)t;
    h ^= h >> 17;
    h *= (uintptr_t)0x9E3779B97F4A7C15u;
    return (size_t)(h >> 7) & (cap - 1);
}

static bool table_grow(void)
{
    size_t cap = table_cap == 0 ? 256 : table_cap * 2;
    TypeEntry *t = calloc(cap, sizeof *t);
    if (t == NULL)
        return false;
    for (size_t i = 0; i < table_cap; i++) {
        if (table[i].type == NULL)
            continue;
        size_t j = slot_of(table[i].type, cap);
        while (t[j].type != NULL)
            j = (j + 1) & (cap - 1);
        t[j] = table[i];
    }
    free(table);
    table = t;
    table_cap = cap;
    return true;
}

// The entry of `t`, created if needed; NULL if out of memory.
static TypeEntry *lookup(const TpyType *t, bool create)
{
    if (table_cap == 0 || (create && 2 * (table_used + 1) > table_cap)) {
        if (!create || !table_grow())
            return NULL;
    }
    size_t j = slot_of(t, table_cap);
    while (table[j].type != NULL) {
        if (table[j].type == t)
            return &table[j];
        j = (j + 1) & (table_cap - 1);
    }
    if (!create)
        return NULL;
    table[j].type = t;
    table[j].live = 0;
    table[j].allocated = 0;
    table[j].name = NULL;
    table_used++;
    return &table[j];
}

static void write_trace_row(void)
{
    const TpyAllocStats *st = tpy_alloc_stats();
    const TpyGCGenStats *gs = tpy_gc_stats();
    int64_t collections = 0;
    for (int g = 0; g < TPY_GC_GENERATIONS; g++)
        collections += gs[g].collections;
    fprintf(trace_file, "%llu,%llu,%llu,%llu,%lld\n", (unsigned long long)st->allocated,
            (unsigned long long)st->freed, (unsigned long long)(st->allocated - st->freed),
            (unsigned long long)st->live_bytes, (long long)collections);
}

void tpy_memstats_note_alloc(const TpyType *type, size_t size)
{
    (void)size;
    if (stats_on) {
        TypeEntry *e = lookup(type, true);
        if (e != NULL) {
            if (e->live <= 0) {
                // (Re)describe the type: it may be a new one at a dead one's address.
                const char *name = type->name != NULL ? type->name : "?";
                if (e->name == NULL || strcmp(e->name, name) != 0) {
                    free(e->name);
                    e->name = strdup(name);
                }
                e->inst_size = tpy_object_alloc_size(type, 0);
                e->user = (type->flags & TPY_TPFLAG_HEAPTYPE) != 0;
            }
            e->live++;
            e->allocated++;
        }
    }
    if (trace_file != NULL && tpy_alloc_stats()->allocated % trace_every == 0)
        write_trace_row();
}

void tpy_memstats_note_free(const TpyType *type)
{
    if (!stats_on)
        return;
    TypeEntry *e = lookup(type, false);
    if (e != NULL)
        e->live--;
}

/* ---------------------------------------------------------------- trace-del */

TpyDelCause tpy_memstats_set_cause(TpyDelCause c)
{
    TpyDelCause old = cause;
    cause = c;
    return old;
}

static void print_cause(void)
{
    switch (cause) {
    case TPY_DEL_REFCOUNT: {
        TpyFrame *f = tpy_frame_current;
        if (f != NULL && f->code != NULL)
            fprintf(stderr, "refcount reached zero at %s:%d\n",
                    f->code->filename != NULL ? f->code->filename : "?",
                    tpy_code_line(f->code, f->pc));
        else
            fputs("refcount reached zero at exit (module teardown)\n", stderr);
        break;
    }
    case TPY_DEL_CYCLE_GEN0:
    case TPY_DEL_CYCLE_GEN1:
    case TPY_DEL_CYCLE_GEN2:
        fprintf(stderr, "found in a cycle by the collector (generation %d)\n",
                (int)(cause - TPY_DEL_CYCLE_GEN0));
        break;
    case TPY_DEL_TRACING:
        fputs("tracing collection\n", stderr);
        break;
    }
}

void tpy_memstats_log_del(TpyObject *o)
{
    fprintf(stderr, "tpy: trace-del: %s.__del__: ", o->type->name != NULL ? o->type->name : "?");
    print_cause();
}

void tpy_memstats_log_callback(TpyObject *callback)
{
    const char *name = callback->type->name;
    if (callback->type == &tpy_function_type) {
        TpyFunction *fn = (TpyFunction *)callback;
        const char *q = fn->qualname != NULL ? tpy_str_as_utf8(fn->qualname, NULL) : NULL;
        if (q != NULL)
            name = q;
    }
    fprintf(stderr, "tpy: trace-del: weakref callback %s: ", name != NULL ? name : "?");
    print_cause();
}

/* ---------------------------------------------------------------- report */

static int by_live_desc(const void *a, const void *b)
{
    const TypeEntry *x = a, *y = b;
    if (x->live != y->live)
        return x->live > y->live ? -1 : 1;
    return strcmp(x->name != NULL ? x->name : "", y->name != NULL ? y->name : "");
}

static int by_name_size(const void *a, const void *b)
{
    const TypeEntry *x = a, *y = b;
    int c = strcmp(x->name != NULL ? x->name : "", y->name != NULL ? y->name : "");
    if (c != 0)
        return c;
    return x->inst_size < y->inst_size ? -1 : x->inst_size > y->inst_size ? 1 : 0;
}

void tpy_memstats_snapshot(void)
{
    if (!stats_on || snapshot_taken)
        return;
    snapshot_taken = true;
    const TpyAllocStats *st = tpy_alloc_stats();
    snapshot_live_objects = st->allocated - st->freed;
    snapshot_live_bytes = st->live_bytes;
    snapshot = calloc(table_used > 0 ? table_used : 1, sizeof *snapshot);
    if (snapshot == NULL)
        return;
    for (size_t i = 0; i < table_cap; i++) {
        if (table[i].type == NULL || (table[i].live <= 0 && !table[i].user))
            continue;
        snapshot[snapshot_n] = table[i];
        snapshot[snapshot_n].name = table[i].name != NULL ? strdup(table[i].name) : NULL;
        snapshot_n++;
    }
    qsort(snapshot, snapshot_n, sizeof *snapshot, by_live_desc);
}

static void print_report(void)
{
    const TpyAllocStats *st = tpy_alloc_stats();
    FILE *out = stderr;
    fputs("tpy: --mem-stats\n", out);
    fprintf(out, "  objects allocated:   %llu\n", (unsigned long long)st->allocated);
    fprintf(out, "  objects freed:       %llu\n", (unsigned long long)st->freed);
    fprintf(out, "  live at exit:        %lld\n", (long long)(st->allocated - st->freed));
    fprintf(out, "  peak live objects:   %llu\n", (unsigned long long)st->peak_live_objects);
    fprintf(out, "  peak live bytes:     %llu\n", (unsigned long long)st->peak_live_bytes);
    const TpyGCGenStats *gs = tpy_gc_stats();
    fputs("  collections:\n", out);
    fputs("    generation  count  collected  pause-total-ms  pause-max-ms\n", out);
    for (int g = 0; g < TPY_GC_GENERATIONS; g++)
        fprintf(out, "    %10d  %5lld  %9lld  %14.3f  %12.3f\n", g, (long long)gs[g].collections,
                (long long)gs[g].collected, (double)gs[g].pause_ns_total / 1e6,
                (double)gs[g].pause_ns_max / 1e6);
    fprintf(out, "  live before teardown: %llu objects, %llu bytes\n",
            (unsigned long long)snapshot_live_objects, (unsigned long long)snapshot_live_bytes);
    fputs("  most common types (live before teardown):\n", out);
    size_t shown = 0;
    for (size_t i = 0; i < snapshot_n && shown < 10; i++) {
        if (snapshot[i].live <= 0)
            continue;
        fprintf(out, "    %-28s %lld\n", snapshot[i].name != NULL ? snapshot[i].name : "?",
                (long long)snapshot[i].live);
        shown++;
    }
    // Classes of the same name and size (a class statement run many times,
    // e.g. in a function) make one row.
    size_t nuser = 0;
    for (size_t i = 0; i < snapshot_n; i++) {
        if (snapshot[i].user)
            snapshot[nuser++] = snapshot[i];   // moves the owned name
        else
            free(snapshot[i].name);
    }
    snapshot_n = nuser;
    qsort(snapshot, snapshot_n, sizeof *snapshot, by_name_size);
    fputs("  user classes:\n", out);
    fputs("    class                    instance-bytes  live  allocated\n", out);
    for (size_t i = 0; i < snapshot_n;) {
        TypeEntry row = snapshot[i];
        size_t nclasses = 1;
        for (i++; i < snapshot_n && by_name_size(&row, &snapshot[i]) == 0; i++, nclasses++) {
            row.live += snapshot[i].live;
            row.allocated += snapshot[i].allocated;
        }
        fprintf(out, "    %-24s %14zu  %4lld  %9lld", row.name != NULL ? row.name : "?",
                row.inst_size, (long long)row.live, (long long)row.allocated);
        if (nclasses > 1)
            fprintf(out, "  (%zu classes of this name)", nclasses);
        fputc('\n', out);
    }
}

void tpy_memstats_finish(void)
{
    if (trace_file != NULL) {
        write_trace_row();
        fclose(trace_file);
        trace_file = NULL;
    }
    if (stats_on) {
        tpy_memstats_snapshot();   // no-op if taken before teardown
        print_report();
        stats_on = false;
    }
    tpy_memstats_hook = false;
    for (size_t i = 0; i < snapshot_n; i++)
        free(snapshot[i].name);
    free(snapshot);
    snapshot = NULL;
    snapshot_n = 0;
    for (size_t i = 0; i < table_cap; i++)
        free(table[i].name);
    free(table);
    table = NULL;
    table_cap = table_used = 0;
}
