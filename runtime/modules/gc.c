/* runtime/modules/gc.c: the gc module, a thin layer over runtime/gc.c.
 *
 * collect, enable/disable/isenabled, get_count, get_threshold/set_threshold,
 * get_stats, get_objects, is_tracked, is_finalized, get_referents and
 * get_referrers (through the types' traverse slots), freeze/unfreeze,
 * get_debug/set_debug (kept, no effect), callbacks and garbage.
 *
 * Where tpy differs from CPython (docs/language.md, "gc"): CPython untracks
 * dicts and tuples holding only atomic values lazily, so gc.is_tracked of
 * such a tuple or dict may be False there; tpy tracks every object of a GC
 * type until it dies.  Instances of classes whose fields can never hold a
 * container (an int-only __slots__ class) are not GC objects at all in
 * either.  gc.garbage stays empty: nothing is uncollectable in tpy.
 */
#include "argparse.h"
#include "bool.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules_internal.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static int64_t debug_flags;

static TpyObject *gc_collect(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"generation", NULL};
    static const TpyArgSpec spec = {"collect", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *gen_arg = NULL;
    if (tpy_args_parse(&spec, args, nargs, kwnames, &gen_arg) < 0)
        return NULL;
    int64_t gen = TPY_GC_GENERATIONS - 1;
    if (gen_arg != NULL && tpy_args_i64(gen_arg, &gen) < 0)
        return NULL;
    if (gen < 0 || gen >= TPY_GC_GENERATIONS)
        return tpy_err_format(&tpy_ValueError_type, "invalid generation");
    return tpy_int_from_i64(tpy_gc_collect((int)gen));
}

static TpyObject *gc_enable(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("enable", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_enable();
    return tpy_none_new_ref();
}

static TpyObject *gc_disable(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("disable", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_disable();
    return tpy_none_new_ref();
}

static TpyObject *gc_isenabled(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("isenabled", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool_from(tpy_gc_isenabled());
}

static TpyObject *int_triple(const int64_t v[TPY_GC_GENERATIONS])
{
    TpyObject *t = tpy_tuple_new(TPY_GC_GENERATIONS);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        TpyObject *x = tpy_int_from_i64(v[i]);
        if (x == NULL) {
            tpy_decref(t);
            return NULL;
        }
        TPY_TUPLE_ITEMS(t)[i] = x;
    }
    return t;
}

static TpyObject *gc_get_count(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("get_count", nargs, kwnames) < 0)
        return NULL;
    int64_t v[TPY_GC_GENERATIONS];
    tpy_gc_get_count(v);
    return int_triple(v);
}

static TpyObject *gc_get_threshold(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("get_threshold", nargs, kwnames) < 0)
        return NULL;
    int64_t v[TPY_GC_GENERATIONS];
    tpy_gc_get_threshold(v);
    return int_triple(v);
}

static TpyObject *gc_set_threshold(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("set_threshold", nargs, kwnames, 1, TPY_GC_GENERATIONS) < 0)
        return NULL;
    int64_t v[TPY_GC_GENERATIONS];
    for (int64_t i = 0; i < nargs; i++)
        if (tpy_args_i64(args[i], &v[i]) < 0)
            return NULL;
    tpy_gc_set_threshold(v, (int)nargs);
    return tpy_none_new_ref();
}

static TpyObject *gc_get_stats(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("get_stats", nargs, kwnames) < 0)
        return NULL;
    const TpyGCGenStats *st = tpy_gc_stats();
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        TpyObject *d = tpy_dict_new();
        TpyObject *a = NULL, *b = NULL, *c = NULL;
        if (d == NULL || (a = tpy_int_from_i64(st[i].collections)) == NULL ||
            (b = tpy_int_from_i64(st[i].collected)) == NULL ||
            (c = tpy_int_from_i64(st[i].uncollectable)) == NULL ||
            tpy_dict_setitem_cstr(d, "collections", a) < 0 ||
            tpy_dict_setitem_cstr(d, "collected", b) < 0 ||
            tpy_dict_setitem_cstr(d, "uncollectable", c) < 0 || tpy_list_append(list, d) < 0) {
            tpy_xdecref(a);
            tpy_xdecref(b);
            tpy_xdecref(c);
            tpy_xdecref(d);
            tpy_decref(list);
            return NULL;
        }
        tpy_decref(a);
        tpy_decref(b);
        tpy_decref(c);
        tpy_decref(d);
    }
    return list;
}

typedef struct Collect {
    TpyObject *list;      /* result (owned by the caller) */
    TpyObject *targets;   /* get_referrers: the args tuple */
    TpyObject *current;   /* get_referrers: the object being traversed */
    bool found;
    int error;
} Collect;

static void append_object(TpyObject *o, void *arg)
{
    Collect *c = arg;
    if (c->error || o == c->list)
        return;
    if (tpy_list_append(c->list, o) < 0)
        c->error = -1;
}

static TpyObject *gc_get_objects(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"generation", NULL};
    static const TpyArgSpec spec = {"get_objects", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *gen_arg = NULL;
    if (tpy_args_parse(&spec, args, nargs, kwnames, &gen_arg) < 0)
        return NULL;
    int64_t gen = -1;
    if (gen_arg != NULL && gen_arg != tpy_None) {
        if (tpy_args_i64(gen_arg, &gen) < 0)
            return NULL;
        if (gen >= TPY_GC_GENERATIONS)
            return tpy_err_format(&tpy_ValueError_type, "generation parameter must be less than the number of available generations (%i)", TPY_GC_GENERATIONS);
        if (gen < 0)
            return tpy_err_format(&tpy_ValueError_type, "generation parameter cannot be negative");
    }
    Collect c = {tpy_list_new(0), NULL, NULL, false, 0};
    if (c.list == NULL)
        return NULL;
    tpy_gc_for_each((int)gen, append_object, &c);
    if (c.error) {
        tpy_decref(c.list);
        return NULL;
    }
    return c.list;
}

static TpyObject *gc_is_tracked(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("is_tracked", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool_from(tpy_gc_is_tracked(args[0]));
}

static TpyObject *gc_is_finalized(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("is_finalized", nargs, kwnames) < 0)
        return NULL;
    TpyObject *o = args[0];
    return tpy_bool_from(!tpy_is_smallint(o) && tpy_object_is_finalized(o));
}

static int visit_append(TpyObject *child, void *arg)
{
    Collect *c = arg;
    if (c->error || child == NULL || tpy_is_smallint(child))
        return 0;
    if (tpy_list_append(c->list, child) < 0)
        c->error = -1;
    return c->error;
}

static TpyObject *gc_get_referents(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("get_referents", kwnames) < 0)
        return NULL;
    Collect c = {tpy_list_new(0), NULL, NULL, false, 0};
    if (c.list == NULL)
        return NULL;
    for (int64_t i = 0; i < nargs && !c.error; i++) {
        TpyObject *o = args[i];
        if (tpy_is_smallint(o) || !(o->type->flags & TPY_TPFLAG_GC) || o->type->traverse == NULL)
            continue;
        o->type->traverse(o, visit_append, &c);
    }
    if (c.error) {
        tpy_decref(c.list);
        return NULL;
    }
    return c.list;
}

static int visit_find(TpyObject *child, void *arg)
{
    Collect *c = arg;
    for (int64_t i = 0; i < TPY_TUPLE_SIZE(c->targets); i++)
        if (TPY_TUPLE_ITEMS(c->targets)[i] == child) {
            c->found = true;
            return 1;
        }
    return 0;
}

static void find_referrer(TpyObject *o, void *arg)
{
    Collect *c = arg;
    if (c->error || o == c->list || o == c->targets || o->type->traverse == NULL)
        return;
    c->found = false;
    o->type->traverse(o, visit_find, c);
    if (c->found && tpy_list_append(c->list, o) < 0)
        c->error = -1;
}

static TpyObject *gc_get_referrers(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("get_referrers", kwnames) < 0)
        return NULL;
    TpyObject *targets = tpy_tuple_from_array(args, nargs);
    if (targets == NULL)
        return NULL;
    Collect c = {tpy_list_new(0), targets, NULL, false, 0};
    if (c.list == NULL) {
        tpy_decref(targets);
        return NULL;
    }
    tpy_gc_for_each(-1, find_referrer, &c);
    tpy_decref(targets);
    if (c.error) {
        tpy_decref(c.list);
        return NULL;
    }
    return c.list;
}

static TpyObject *gc_freeze(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("freeze", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_freeze();
    return tpy_none_new_ref();
}

static TpyObject *gc_unfreeze(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("unfreeze", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_unfreeze();
    return tpy_none_new_ref();
}

static TpyObject *gc_get_freeze_count(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("get_freeze_count", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(tpy_gc_freeze_count());
}

static TpyObject *gc_get_debug(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("get_debug", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(debug_flags);
}

static TpyObject *gc_set_debug(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("set_debug", nargs, kwnames) < 0 || tpy_args_i64(args[0], &debug_flags) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static const TpyMethodDef gc_functions[] = {
    {"collect", gc_collect, 0},
    {"enable", gc_enable, 0},
    {"disable", gc_disable, 0},
    {"isenabled", gc_isenabled, 0},
    {"get_count", gc_get_count, 0},
    {"get_threshold", gc_get_threshold, 0},
    {"set_threshold", gc_set_threshold, 0},
    {"get_stats", gc_get_stats, 0},
    {"get_objects", gc_get_objects, 0},
    {"is_tracked", gc_is_tracked, 0},
    {"is_finalized", gc_is_finalized, 0},
    {"get_referents", gc_get_referents, 0},
    {"get_referrers", gc_get_referrers, 0},
    {"freeze", gc_freeze, 0},
    {"unfreeze", gc_unfreeze, 0},
    {"get_freeze_count", gc_get_freeze_count, 0},
    {"get_debug", gc_get_debug, 0},
    {"set_debug", gc_set_debug, 0},
    {NULL, NULL, 0},
};

// gc.callbacks: one list for the whole run; gc.c calls what it holds.
static TpyObject *make_callbacks(void)
{
    TpyObject *list = tpy_list_new(0);
    if (list != NULL)
        tpy_gc_set_callbacks_list(list);
    return list;
}

static TpyObject *make_garbage(void)
{
    return tpy_list_new(0);
}

#define INT_CONSTANT(fn, v)                  \
    static TpyObject *fn(void)               \
    {                                        \
        return tpy_int_from_i64(v);          \
    }
INT_CONSTANT(make_debug_stats, 1)
INT_CONSTANT(make_debug_collectable, 2)
INT_CONSTANT(make_debug_uncollectable, 4)
INT_CONSTANT(make_debug_saveall, 32)
INT_CONSTANT(make_debug_leak, 38)

static const TpyModuleConstant gc_constants[] = {
    {"callbacks", make_callbacks},
    {"garbage", make_garbage},
    {"DEBUG_STATS", make_debug_stats},
    {"DEBUG_COLLECTABLE", make_debug_collectable},
    {"DEBUG_UNCOLLECTABLE", make_debug_uncollectable},
    {"DEBUG_SAVEALL", make_debug_saveall},
    {"DEBUG_LEAK", make_debug_leak},
    {NULL, NULL},
};

const TpyModuleDef tpy_gc_module_def = {"gc", gc_functions, gc_constants, NULL};
