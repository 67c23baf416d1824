/* runtime/modules/weakref_finalize.c: weakref.finalize.
 *
 * finalize(obj, func, *args, **kwargs) calls func(*args, **kwargs) once: when
 * obj dies, when the finalize object is called, or at exit (if its `atexit`
 * attribute is true), whichever comes first; detach() cancels it.  As in
 * CPython, a pending finalize object is kept alive by a registry (here a
 * doubly linked list that owns one reference to each pending object), not by
 * the user: `weakref.finalize(obj, print, "gone")` works without storing the
 * result.  The weak reference to obj has a native-closure callback whose data
 * is the finalize object; the cycle finalize -> ref -> callback -> finalize
 * is broken when the finalizer runs or is detached (the ref is dropped).
 * At exit, the pending finalizers with atexit set run most recently created
 * first (CPython's weakref._exitfunc); after that no finalizer runs.
 */
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"
#include "weakref_internal.h"
#include "weakref_module.h"

typedef struct Finalize {
    TpyObject ob;
    TpyObject *ref;        /* owned weakref to the object (with callback); NULL: dead */
    TpyObject *func;       /* owned */
    TpyObject *args;       /* owned tuple: positional args, then keyword values */
    TpyObject *kwnames;    /* owned tuple of str, or NULL */
    bool atexit;
    struct Finalize *prev, *next;   /* registry of pending finalizers */
} Finalize;

#define FIN(o) ((Finalize *)(o))

static Finalize *registry_head, *registry_tail;   /* the registry owns one ref each */
// After the exit pass, no finalizer runs any more (CPython: finalize._shutdown).
static bool shut_down;

static bool pending(Finalize *f)
{
    return f->ref != NULL;
}

/* Leaves the registry: drops the registry's reference.  The caller holds one. */
static void unregister(Finalize *f)
{
    if (f->prev != NULL)
        f->prev->next = f->next;
    else
        registry_head = f->next;
    if (f->next != NULL)
        f->next->prev = f->prev;
    else
        registry_tail = f->prev;
    f->prev = f->next = NULL;
    tpy_clear(f->ref);
    tpy_decref(&f->ob);
}

/* Runs the finalizer if still pending: new reference to func's result, None
 * if it was not pending, NULL with an exception if func raised. */
static TpyObject *run(Finalize *f)
{
    if (!pending(f))
        return tpy_none_new_ref();
    tpy_incref(&f->ob);
    unregister(f);
    int64_t nkw = f->kwnames != NULL ? TPY_TUPLE_SIZE(f->kwnames) : 0;
    TpyObject *r = tpy_object_call(f->func, TPY_TUPLE_ITEMS(f->args),
                                   TPY_TUPLE_SIZE(f->args) - nkw, f->kwnames);
    tpy_decref(&f->ob);
    return r;
}

/* The weak reference's callback: data = the finalize object. */
static TpyObject *referent_died(TpyObject *data, TpyObject *const *args, int64_t nargs,
                                TpyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    if (shut_down)
        return tpy_none_new_ref();
    TpyObject *r = run(FIN(data));
    if (r == NULL)
        tpy_class_write_unraisable(data);
    tpy_xdecref(r);
    return tpy_none_new_ref();
}

static TpyObject *finalize_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                     TpyObject *kwnames)
{
    if (nargs < 2)
        return tpy_err_format(&tpy_TypeError_type,
                              "finalize.__init__() missing required positional arguments");
    int64_t nkw = kwnames != NULL ? TPY_TUPLE_SIZE(kwnames) : 0;
    Finalize *f = (Finalize *)tpy_object_new(type);
    if (f == NULL)
        return NULL;
    f->atexit = true;
    f->func = tpy_newref(args[1]);
    f->args = tpy_tuple_new(nargs - 2 + nkw);
    if (f->args == NULL)
        goto error;
    for (int64_t i = 2; i < nargs + nkw; i++)
        TPY_TUPLE_ITEMS(f->args)[i - 2] = tpy_newref(args[i]);
    if (nkw > 0)
        f->kwnames = tpy_newref(kwnames);
    TpyObject *cb = tpy_native_closure_new("finalize", "finalize._callback", referent_died, &f->ob);
    if (cb == NULL)
        goto error;
    f->ref = tpy_weakref_new(args[0], cb);
    tpy_decref(cb);
    if (f->ref == NULL)
        goto error;
    // Pending: the registry keeps it alive.
    tpy_incref(&f->ob);
    f->prev = registry_tail;
    if (registry_tail != NULL)
        registry_tail->next = f;
    else
        registry_head = f;
    registry_tail = f;
    return &f->ob;
error:
    tpy_decref(&f->ob);
    return NULL;
}

static void finalize_dealloc(TpyObject *self)
{
    Finalize *f = FIN(self);
    tpy_clear(f->ref);
    tpy_clear(f->func);
    tpy_clear(f->args);
    tpy_clear(f->kwnames);
    tpy_object_free(self);
}

static int finalize_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    Finalize *f = FIN(self);
    TpyObject *fields[] = {f->ref, f->func, f->args};
    for (int i = 0; i < 3; i++)
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r != 0)
                return r;
        }
    return 0;
}

static TpyObject *finalize_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                                TpyObject *kwnames)
{
    (void)args;
    if (tpy_args_positional("__call__", nargs, kwnames, 0, 1) < 0)
        return NULL;
    return run(FIN(self));
}

/* (obj, func, args, kwargs) while pending and obj alive, else None. */
static TpyObject *info(Finalize *f, bool detach)
{
    if (!pending(f))
        return tpy_none_new_ref();
    TpyObject *obj = tpy_weakref_get(f->ref);
    if (obj == tpy_None)
        return tpy_none_new_ref();
    int64_t nkw = f->kwnames != NULL ? TPY_TUPLE_SIZE(f->kwnames) : 0;
    int64_t npos = TPY_TUPLE_SIZE(f->args) - nkw;
    TpyObject *pos = tpy_tuple_new(npos), *kw = tpy_dict_new(), *r = NULL;
    if (pos == NULL || kw == NULL)
        goto done;
    for (int64_t i = 0; i < npos; i++)
        TPY_TUPLE_ITEMS(pos)[i] = tpy_newref(TPY_TUPLE_ITEMS(f->args)[i]);
    for (int64_t i = 0; i < nkw; i++)
        if (tpy_dict_setitem(kw, TPY_TUPLE_ITEMS(f->kwnames)[i], TPY_TUPLE_ITEMS(f->args)[npos + i]) < 0)
            goto done;
    r = tpy_tuple_pack(4, obj, f->func, pos, kw);
    if (r != NULL && detach) {
        tpy_incref(&f->ob);
        unregister(f);
        tpy_decref(&f->ob);
    }
done:
    tpy_xdecref(pos);
    tpy_xdecref(kw);
    return r;
}

static TpyObject *m_detach(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("detach", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return info(FIN(args[0]), true);
}

static TpyObject *m_peek(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("peek", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return info(FIN(args[0]), false);
}

static TpyObject *finalize_getattr(TpyObject *self, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (strcmp(n, "alive") == 0)
        return tpy_bool_from(pending(FIN(self)));
    if (strcmp(n, "atexit") == 0)
        return tpy_bool_from(FIN(self)->atexit);
    return tpy_err_format(&tpy_AttributeError_type, "'finalize' object has no attribute '%s'", n);
}

static int finalize_setattr(TpyObject *self, TpyObject *name, TpyObject *value)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return -1;
    if (strcmp(n, "atexit") == 0 && value != NULL) {
        int t = tpy_object_is_true(value);
        if (t < 0)
            return -1;
        FIN(self)->atexit = t != 0;
        return 0;
    }
    tpy_err_format(&tpy_AttributeError_type, "'finalize' object attribute '%s' is read-only", n);
    return -1;
}

static TpyObject *finalize_repr(TpyObject *self)
{
    Finalize *f = FIN(self);
    TpyObject *obj = f->ref != NULL ? tpy_weakref_get(f->ref) : tpy_None;
    char buf[300];
    if (obj == tpy_None)
        snprintf(buf, sizeof buf, "<finalize object at %p; dead>", (void *)self);
    else
        snprintf(buf, sizeof buf, "<finalize object at %p; for '%s' at %p>", (void *)self,
                 tpy_type_of(obj)->name, (void *)obj);
    return tpy_str_from_cstr(buf);
}

void tpy_weakref_finalize_at_exit(void)
{
    // Most recent first; a finalizer may create or run others, so restart
    // from the tail after each call.
    for (;;) {
        Finalize *f = registry_tail;
        while (f != NULL && !f->atexit)
            f = f->prev;
        if (f == NULL)
            break;
        TpyObject *saved = tpy_err_fetch();
        TpyObject *r = run(f);
        if (r == NULL)
            tpy_class_write_unraisable(&f->ob);
        tpy_xdecref(r);
        tpy_err_restore(saved);
    }
    shut_down = true;
    while (registry_head != NULL) {   // the rest will never run: release them
        Finalize *f = registry_head;
        tpy_incref(&f->ob);
        unregister(f);
        tpy_decref(&f->ob);
    }
}

static const TpyMethodDef finalize_methods[] = {
    {"detach", m_detach, 0},
    {"peek", m_peek, 0},
    {NULL, NULL, 0},
};

TpyType tpy_weakfinalize_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "finalize",
    .base = &tpy_object_type,
    .basicsize = sizeof(Finalize),
    .flags = TPY_TPFLAG_GC,
    .dealloc = finalize_dealloc,
    .traverse = finalize_traverse,
    .repr = finalize_repr,
    .call = finalize_call,
    .getattr = finalize_getattr,
    .setattr = finalize_setattr,
    .construct = finalize_construct,
    .methods = finalize_methods,
};
