/* runtime/weakproxy.c: weakref.proxy objects.
 *
 * A proxy is a weak reference (same layout and list as weakref.c's refs)
 * that forwards every operation to its referent: attribute reads and writes,
 * calls, str, comparison, truth, len, iteration, items, arithmetic.  Once the
 * referent is dead each operation raises ReferenceError("weakly-referenced
 * object no longer exists").  Proxies are not hashable.  CPython has two
 * types (ProxyType, CallableProxyType); tpy has one whose call slot forwards
 * and lets the referent's own call raise for a non-callable.
 *
 * Every forwarded operation holds a strong reference to the referent while
 * it runs: the operation may drop the last other reference.
 */
#include "weakref.h"

#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "exc.h"
#include "str.h"
#include "weakref_internal.h"

/* The live referent (new reference) or NULL with ReferenceError. */
static TpyObject *referent(TpyObject *self)
{
    TpyObject *obj = ((TpyWeakRef *)self)->referent;
    if (obj == NULL)
        return tpy_err_format(&tpy_ReferenceError_type, "weakly-referenced object no longer exists");
    return tpy_newref(obj);
}

/* Unwraps a proxy argument (new reference), anything else is increfed. */
static TpyObject *unwrap(TpyObject *o)
{
    if (!tpy_is_smallint(o) && o->type == &tpy_weakproxy_type)
        return referent(o);
    return tpy_newref(o);
}

static TpyObject *proxy_repr(TpyObject *self)
{
    TpyObject *obj = ((TpyWeakRef *)self)->referent;
    char buf[400];
    if (obj == NULL)
        snprintf(buf, sizeof buf, "<weakproxy at %p; dead>", (void *)self);
    else
        snprintf(buf, sizeof buf, "<weakproxy at %p to %s at %p>", (void *)self,
                 tpy_type_of(obj)->name, (void *)obj);
    return tpy_str_from_cstr(buf);
}

static TpyObject *proxy_str(TpyObject *self)
{
    TpyObject *obj = referent(self);
    if (obj == NULL)
        return NULL;
    TpyObject *r = tpy_object_str(obj);
    tpy_decref(obj);
    return r;
}

static int64_t proxy_hash(TpyObject *self)
{
    (void)self;
    tpy_err_format(&tpy_TypeError_type, "unhashable type: 'weakref.ProxyType'");
    return -1;
}

static TpyObject *proxy_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    TpyObject *x = unwrap(a);
    if (x == NULL)
        return NULL;
    TpyObject *y = unwrap(b);
    if (y == NULL) {
        tpy_decref(x);
        return NULL;
    }
    TpyObject *r = tpy_object_richcompare(x, y, op);
    tpy_decref(x);
    tpy_decref(y);
    return r;
}

/* A slot that forwards to the live referent: fetch it (ReferenceError if it
 * is dead), apply the generic operation, drop the temporary reference. */
#define PROXY_FORWARD(RET, ERR, NAME, PARAMS, CALL) \
    static RET NAME PARAMS                          \
    {                                               \
        TpyObject *obj = referent(self);            \
        if (obj == NULL)                            \
            return ERR;                             \
        RET r = CALL;                               \
        tpy_decref(obj);                            \
        return r;                                   \
    }

PROXY_FORWARD(int, -1, proxy_truth, (TpyObject *self), tpy_object_is_true(obj))

PROXY_FORWARD(int64_t, -1, proxy_length, (TpyObject *self), tpy_object_length(obj))

PROXY_FORWARD(TpyObject *, NULL, proxy_iter, (TpyObject *self), tpy_object_iter(obj))

PROXY_FORWARD(TpyObject *, NULL, proxy_getitem, (TpyObject *self, TpyObject *key),
              tpy_object_getitem(obj, key))

PROXY_FORWARD(int, -1, proxy_setitem, (TpyObject *self, TpyObject *key, TpyObject *value),
              tpy_object_setitem(obj, key, value))

PROXY_FORWARD(int, -1, proxy_contains, (TpyObject *self, TpyObject *item), tpy_object_contains(obj, item))

PROXY_FORWARD(TpyObject *, NULL, proxy_call,
              (TpyObject *self, TpyObject *const *args, int64_t nargs, TpyObject *kwnames),
              tpy_object_call(obj, args, nargs, kwnames))

PROXY_FORWARD(TpyObject *, NULL, proxy_getattr, (TpyObject *self, TpyObject *name), tpy_object_getattr(obj, name))

PROXY_FORWARD(int, -1, proxy_setattr, (TpyObject *self, TpyObject *name, TpyObject *value),
              tpy_object_setattr(obj, name, value))

static TpyObject *proxy_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    TpyObject *x = unwrap(a);
    if (x == NULL)
        return NULL;
    TpyObject *y = unwrap(b);
    if (y == NULL) {
        tpy_decref(x);
        return NULL;
    }
    TpyObject *r = tpy_number_binop(x, y, op);
    tpy_decref(x);
    tpy_decref(y);
    return r;
}

static TpyObject *proxy_unaryop(TpyObject *a, TpyUnaryOp op)
{
    TpyObject *x = referent(a);
    if (x == NULL)
        return NULL;
    TpyObject *r = tpy_number_unaryop(x, op);
    tpy_decref(x);
    return r;
}

/* Same lifetime slots as weakref.ReferenceType (weakref.c). */
static void proxy_dealloc(TpyObject *self)
{
    tpy_weakref_type.dealloc(self);
}

static int proxy_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    return tpy_weakref_type.traverse(self, visit, arg);
}

static void proxy_clear(TpyObject *self)
{
    tpy_weakref_type.clear(self);
}

TpyType tpy_weakproxy_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "weakref.ProxyType",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyWeakRef),
    .flags = TPY_TPFLAG_GC,
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .clear = proxy_clear,
    .repr = proxy_repr,
    .str = proxy_str,
    .hash = proxy_hash,
    .richcompare = proxy_richcompare,
    .truth = proxy_truth,
    .length = proxy_length,
    .iter = proxy_iter,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .contains = proxy_contains,
    .call = proxy_call,
    .getattr = proxy_getattr,
    .setattr = proxy_setattr,
    .binop = proxy_binop,
    .unaryop = proxy_unaryop,
};
