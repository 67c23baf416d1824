/* runtime/weakref.c: weak references (weakref.ref and weakref.proxy objects).
 *
 * A weak reference points at its referent without owning it.  Every object
 * whose type has TPY_TPFLAG_HAS_WEAKLIST keeps, at type->weaklist_offset, one
 * pointer-sized word: the head of a doubly linked list of the TpyWeakRef
 * objects that point at it.  Bit 0 of that word may be the object's PEP 442
 * "finalized" flag (object.h, "Finalizers"; class.c puts it there for a
 * class without GC head), so every read masks it and every write keeps it.
 *
 * Order of the list (CPython's, Objects/weakrefobject.c): the shared ref
 * without callback first, then the shared proxy without callback, then the
 * weak references with callbacks, most recently created first.  Callbacks
 * run in list order, so the most recently created one runs first.
 *
 * Death of a referent, by refcount (tpy_weakref_clear_all, called by
 * object.c's run_dealloc after __del__ and before the type's dealloc
 * releases anything): first every weak reference is cleared (referent NULL,
 * unlinked, its callback taken), and only then are the callbacks called, each
 * with its weak reference as argument.  Clearing first matters: a callback
 * that called another weak reference to the same object must get None, not
 * a pointer to an object whose count is zero (resurrecting it would be a
 * use-after-free).  A weak reference that itself is dying (count zero) is
 * cleared but its callback is not called, as in CPython.  Exceptions in a
 * callback are reported as "Exception ignored in: <callback>" and swallowed;
 * an exception pending before is kept.
 *
 * Death found by the collector (gc.c): tpy_weakref_clear_for_gc clears the
 * references without calling anything and hands those with a callback to
 * the collector, which calls tpy_weakref_call_callback once every
 * unreachable referent is cleared (CPython's handle_weakrefs).  The callback
 * is taken out of the reference before the call, so it runs at most once.
 *
 * Ownership: a weak reference owns its callback (and the referent's list
 * does not own the weak references: a weak reference unlinks itself when it
 * dies).  Weak references are GC objects: the callback may be a closure that
 * refers back to the weak reference.
 *
 * See docs/design.md, "Weak references", and weakref.h.
 */
#include "weakref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "class.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "memstats.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "weakref_internal.h"

/* ---------------------------------------------------------------- the list word */

static uintptr_t *list_word(TpyObject *obj)
{
    return (uintptr_t *)((char *)obj + obj->type->weaklist_offset);
}

static TpyWeakRef *list_head(TpyObject *obj)
{
    return (TpyWeakRef *)(*list_word(obj) & ~(uintptr_t)1);
}

static void set_list_head(TpyObject *obj, TpyWeakRef *head)
{
    uintptr_t *w = list_word(obj);
    *w = (uintptr_t)head | (*w & 1);
}

bool tpy_weakref_supported(TpyObject *obj)
{
    return !tpy_is_smallint(obj) && (obj->type->flags & TPY_TPFLAG_HAS_WEAKLIST) != 0;
}

bool tpy_weakref_has_refs(TpyObject *obj)
{
    return list_head(obj) != NULL;
}

static void unlink_ref(TpyWeakRef *ref)
{
    TpyObject *obj = ref->referent;
    if (ref->prev != NULL)
        ref->prev->next = ref->next;
    else if (obj != NULL && list_head(obj) == ref)
        set_list_head(obj, ref->next);
    if (ref->next != NULL)
        ref->next->prev = ref->prev;
    ref->prev = ref->next = NULL;
    ref->referent = NULL;
}

static void insert_after(TpyWeakRef *ref, TpyWeakRef *prev)
{
    ref->prev = prev;
    ref->next = prev->next;
    if (prev->next != NULL)
        prev->next->prev = ref;
    prev->next = ref;
}

static void insert_head(TpyWeakRef *ref, TpyObject *obj)
{
    TpyWeakRef *head = list_head(obj);
    ref->prev = NULL;
    ref->next = head;
    if (head != NULL)
        head->prev = ref;
    set_list_head(obj, ref);
}

/* The shared callback-less ref and proxy at the front of the list. */
static void basic_refs(TpyObject *obj, TpyWeakRef **ref, TpyWeakRef **proxy)
{
    *ref = *proxy = NULL;
    TpyWeakRef *w = list_head(obj);
    if (w != NULL && w->ob.type == &tpy_weakref_type && w->callback == NULL) {
        *ref = w;
        w = w->next;
    }
    if (w != NULL && w->ob.type == &tpy_weakproxy_type && w->callback == NULL)
        *proxy = w;
}

/* ---------------------------------------------------------------- creation */

static TpyObject *cannot_weakref(TpyObject *obj)
{
    return tpy_err_format(&tpy_TypeError_type, "cannot create weak reference to '%s' object",
                          tpy_type_of(obj)->name);
}

static TpyObject *new_ref(TpyType *type, TpyObject *obj, TpyObject *callback)
{
    if (!tpy_weakref_supported(obj))
        return cannot_weakref(obj);
    if (callback == tpy_None)
        callback = NULL;
    TpyWeakRef *basic_ref, *basic_proxy;
    basic_refs(obj, &basic_ref, &basic_proxy);
    if (callback == NULL) {
        TpyWeakRef *shared = type == &tpy_weakref_type ? basic_ref : basic_proxy;
        if (shared != NULL)
            return tpy_newref(&shared->ob);
    }
    TpyWeakRef *ref = (TpyWeakRef *)tpy_object_new(type);
    if (ref == NULL)
        return NULL;
    ref->referent = obj;
    ref->hash = -1;
    ref->callback = callback;
    tpy_xincref(callback);
    // A callback-less ref goes first, a callback-less proxy right after the
    // basic ref, anything with a callback after both (CPython's order).
    if (callback == NULL && type == &tpy_weakref_type) {
        insert_head(ref, obj);
    } else {
        TpyWeakRef *prev = basic_proxy != NULL ? basic_proxy : basic_ref;
        if (callback == NULL)
            prev = basic_ref;
        if (prev == NULL)
            insert_head(ref, obj);
        else
            insert_after(ref, prev);
    }
    return &ref->ob;
}

TpyObject *tpy_weakref_new(TpyObject *obj, TpyObject *callback)
{
    return new_ref(&tpy_weakref_type, obj, callback);
}

TpyObject *tpy_weakproxy_new(TpyObject *obj, TpyObject *callback)
{
    return new_ref(&tpy_weakproxy_type, obj, callback);
}

TpyObject *tpy_weakref_get(TpyObject *ref)
{
    TpyObject *obj = ((TpyWeakRef *)ref)->referent;
    return obj != NULL ? obj : tpy_None;
}

/* ---------------------------------------------------------------- clearing */

/* Calls `callback(ref)`; reports and swallows an exception.  Borrows both. */
static void call_one(TpyObject *callback, TpyWeakRef *ref)
{
    TpyObject *arg = &ref->ob;
    if (tpy_memstats_trace_del)
        tpy_memstats_log_callback(callback);
    TpyObject *r = tpy_object_call(callback, &arg, 1, NULL);
    if (r == NULL)
        tpy_class_write_unraisable(callback);
    else
        tpy_decref(r);
}

void tpy_weakref_clear_all(TpyObject *obj)
{
    if (list_head(obj) == NULL)
        return;
    // Pairs (ref, callback), both owned, of the refs whose callbacks will
    // run; a small array on the stack covers nearly every object.
    enum { LOCAL = 8 };
    TpyObject *local[2 * LOCAL];
    TpyObject **pending = local;
    size_t cap = LOCAL, n = 0;
    TpyWeakRef *ref;
    while ((ref = list_head(obj)) != NULL) {
        TpyObject *callback = ref->callback;
        ref->callback = NULL;
        unlink_ref(ref);
        if (callback == NULL)
            continue;
        if (ref->ob.refcount <= 0) {     // the weak reference is dying itself
            tpy_decref(callback);
            continue;
        }
        if (n == cap) {
            TpyObject **bigger = malloc(sizeof(TpyObject *) * 4 * cap);
            if (bigger == NULL) {        // no memory: this callback is lost
                tpy_decref(callback);
                continue;
            }
            for (size_t i = 0; i < 2 * n; i++)
                bigger[i] = pending[i];
            if (pending != local)
                free(pending);
            pending = bigger;
            cap *= 2;
        }
        tpy_incref(&ref->ob);
        pending[2 * n] = &ref->ob;
        pending[2 * n + 1] = callback;
        n++;
    }
    if (n == 0)
        return;
    TpyObject *saved = tpy_err_fetch();
    for (size_t i = 0; i < n; i++) {
        call_one(pending[2 * i + 1], (TpyWeakRef *)pending[2 * i]);
        tpy_decref(pending[2 * i + 1]);
        tpy_decref(pending[2 * i]);
    }
    tpy_err_restore(saved);
    if (pending != local)
        free(pending);
}

int tpy_weakref_clear_for_gc(TpyObject *obj, TpyObject *callbacks)
{
    int status = 0;
    TpyWeakRef *ref;
    while ((ref = list_head(obj)) != NULL) {
        unlink_ref(ref);
        if (ref->callback != NULL && ref->ob.refcount > 0 && status == 0 &&
            tpy_list_append(callbacks, &ref->ob) < 0)
            status = -1;   // keep clearing: no reference may survive its referent
    }
    return status;
}

void tpy_weakref_call_callback(TpyObject *ref)
{
    TpyWeakRef *w = (TpyWeakRef *)ref;
    TpyObject *callback = w->callback;
    if (callback == NULL)
        return;
    w->callback = NULL;
    tpy_incref(ref);
    TpyObject *saved = tpy_err_fetch();
    call_one(callback, w);
    tpy_err_restore(saved);
    tpy_decref(callback);
    tpy_decref(ref);
}

int64_t tpy_weakref_count(TpyObject *obj)
{
    if (!tpy_weakref_supported(obj))
        return 0;
    int64_t n = 0;
    for (TpyWeakRef *w = list_head(obj); w != NULL; w = w->next)
        n++;
    return n;
}

TpyObject *tpy_weakref_list(TpyObject *obj)
{
    TpyObject *list = tpy_list_new(0);
    if (list == NULL || !tpy_weakref_supported(obj))
        return list;
    for (TpyWeakRef *w = list_head(obj); w != NULL; w = w->next)
        if (tpy_list_append(list, &w->ob) < 0) {
            tpy_decref(list);
            return NULL;
        }
    return list;
}

/* ---------------------------------------------------------------- the ref type */

static void weakref_dealloc(TpyObject *self)
{
    TpyWeakRef *w = (TpyWeakRef *)self;
    if (w->referent != NULL)
        unlink_ref(w);
    tpy_clear(w->callback);
    tpy_object_free(self);
}

static int weakref_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyWeakRef *w = (TpyWeakRef *)self;
    return w->callback != NULL ? visit(w->callback, arg) : 0;
}

/* The collector breaks a cycle through a weak reference by dropping its
 * callback and its link (CPython's weakref tp_clear). */
static void weakref_clear(TpyObject *self)
{
    TpyWeakRef *w = (TpyWeakRef *)self;
    if (w->referent != NULL)
        unlink_ref(w);
    tpy_clear(w->callback);
}

/* "(name)" suffix of the repr when the referent has a str __name__. */
static void referent_name(TpyObject *obj, char *buf, size_t size)
{
    buf[0] = '\0';
    TpyObject *saved = tpy_err_fetch();
    TpyObject *name = tpy_object_getattr_str(obj, "__name__");
    if (name != NULL && tpy_type_of(name) == &tpy_str_type) {
        const char *s = tpy_str_as_utf8(name, NULL);
        if (s != NULL)
            snprintf(buf, size, " (%s)", s);
    }
    tpy_xdecref(name);
    tpy_err_clear();
    tpy_err_restore(saved);
}

static TpyObject *weakref_repr(TpyObject *self)
{
    TpyWeakRef *w = (TpyWeakRef *)self;
    char buf[400], name[300];
    if (w->referent == NULL) {
        snprintf(buf, sizeof buf, "<weakref at %p; dead>", (void *)self);
    } else {
        TpyObject *obj = w->referent;
        tpy_incref(obj);
        referent_name(obj, name, sizeof name);
        snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p%s>", (void *)self,
                 tpy_type_of(obj)->name, (void *)obj, name);
        tpy_decref(obj);
    }
    return tpy_str_from_cstr(buf);
}

static int64_t weakref_hash(TpyObject *self)
{
    TpyWeakRef *w = (TpyWeakRef *)self;
    if (w->hash != -1)
        return w->hash;
    if (w->referent == NULL) {
        tpy_err_format(&tpy_TypeError_type, "weak object has gone away");
        return -1;
    }
    TpyObject *obj = tpy_newref(w->referent);
    int64_t h = tpy_object_hash(obj);
    tpy_decref(obj);
    w->hash = h;
    return h;
}

/* Two live refs compare their referents; otherwise identity (CPython). */
static TpyObject *weakref_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if ((op != TPY_CMP_OP_EQ && op != TPY_CMP_OP_NE) || tpy_is_smallint(b) ||
        b->type != &tpy_weakref_type)
        return tpy_newref(tpy_NotImplemented);
    TpyObject *x = ((TpyWeakRef *)a)->referent, *y = ((TpyWeakRef *)b)->referent;
    if (x == NULL || y == NULL) {
        bool same = a == b;
        return tpy_newref((same == (op == TPY_CMP_OP_EQ)) ? tpy_True : tpy_False);
    }
    tpy_incref(x);
    tpy_incref(y);
    TpyObject *r = tpy_object_richcompare(x, y, op);
    tpy_decref(x);
    tpy_decref(y);
    return r;
}

static TpyObject *weakref_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                               TpyObject *kwnames)
{
    (void)args;
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0)
        return tpy_err_format(&tpy_TypeError_type, "weakref() takes no keyword arguments");
    if (nargs != 0)
        return tpy_err_format(&tpy_TypeError_type,
                              "weakref() takes exactly 0 arguments (%lld given)", (long long)nargs);
    return tpy_newref(tpy_weakref_get(self));
}

static TpyObject *weakref_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                    TpyObject *kwnames)
{
    (void)type;
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0)
        return tpy_err_format(&tpy_TypeError_type, "ref() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return tpy_err_format(&tpy_TypeError_type, "__new__ expected at most 2 arguments, got %lld",
                              (long long)nargs);
    return tpy_weakref_new(args[0], nargs > 1 ? args[1] : NULL);
}

static TpyObject *weakref_getattr(TpyObject *self, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    TpyWeakRef *w = (TpyWeakRef *)self;
    if (strcmp(n, "__callback__") == 0)
        return tpy_newref(w->callback != NULL ? w->callback : tpy_None);
    return tpy_err_format(&tpy_AttributeError_type, "'weakref.ReferenceType' object has no attribute '%s'", n);
}

TpyType tpy_weakref_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "weakref.ReferenceType",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyWeakRef),
    .flags = TPY_TPFLAG_GC,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .getattr = weakref_getattr,
    .construct = weakref_construct,
};
