/* runtime/method.c: bound methods and native function objects (see method.h).
 *
 * A bound method is the pair (function, self); calling it prepends self to
 * the arguments.  Prepending needs a fresh argument array: up to 8 arguments
 * it lives on the C stack, beyond that it is malloc'd (CPython keeps a spare
 * slot in front of vectorcall arrays instead; our callers do not reserve
 * one, so we copy).
 *
 * Method objects refer to arbitrary objects (self may refer back to the
 * method), so they are GC types with traverse/clear for the cycle collector.
 */
#include "method.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- calling with self */

TpyObject *tpy_method_call_with_self(TpyObject *func, TpyObject *self, TpyObject *const *args,
                                     int64_t nargs, TpyObject *kwnames)
{
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    int64_t total = nargs + nkw + 1;
    TpyObject *small[9];
    TpyObject **all = small;
    if (total > 9) {
        all = malloc(sizeof(TpyObject *) * (size_t)total);
        if (all == NULL)
            return tpy_err_nomemory();
    }
    all[0] = self;
    for (int64_t i = 0; i < nargs + nkw; i++)
        all[i + 1] = args[i];
    TpyObject *r = tpy_object_call(func, all, nargs + 1, kwnames);
    if (all != small)
        free(all);
    return r;
}

/* ---------------------------------------------------------------- names */

static const char *copy_name(const char *src, char *buf, size_t size)
{
    snprintf(buf, size, "%s", src);
    return buf;
}

// Never raises: a pending exception is kept, a failed lookup cleared.
const char *tpy_method_qualname(TpyObject *func, char *buf, size_t size)
{
    TpyType *t = tpy_type_of(func);
    if (t == &tpy_native_closure_type) {
        const char *s = tpy_str_as_utf8(((TpyNativeClosure *)func)->qualname, NULL);
        return copy_name(s != NULL ? s : "?", buf, size);
    }
    if (t == &tpy_native_type)
        return copy_name(((TpyNative *)func)->def->name, buf, size);
    if (t == &tpy_method_descriptor_type) {
        TpyNative *n = (TpyNative *)func;
        snprintf(buf, size, "%s.%s", n->owner->name, n->def->name);
        return buf;
    }
    TpyObject *saved = tpy_err_fetch();
    const char *result = "?";
    if (t->getattr != NULL) {
        TpyObject *q = tpy_object_getattr_str(func, "__qualname__");
        if (q == NULL) {
            tpy_err_clear();
            q = tpy_object_getattr_str(func, "__name__");
        }
        if (q != NULL && tpy_str_check(q)) {
            const char *s = tpy_str_as_utf8(q, NULL);
            if (s != NULL)
                result = copy_name(s, buf, size);
        }
        tpy_xdecref(q);
        tpy_err_clear();
    }
    tpy_err_restore(saved);
    if (result != buf)
        return copy_name(result, buf, size);
    return buf;
}

/* ---------------------------------------------------------------- bound method */

TpyObject *tpy_method_new(TpyObject *func, TpyObject *self)
{
    TpyObject *o = tpy_object_new(&tpy_method_type);
    if (o == NULL)
        return NULL;
    TpyMethod *m = (TpyMethod *)o;
    m->func = tpy_newref(func);
    m->self = tpy_newref(self);
    return o;
}

TpyObject *tpy_method_function_descr_get(TpyObject *func, TpyObject *instance, TpyType *owner)
{
    if (instance == NULL)
        return tpy_newref(func);
    return tpy_method_new(func, instance);
}

static void method_clear(TpyObject *self)
{
    TpyMethod *m = (TpyMethod *)self;
    tpy_clear(m->func);
    tpy_clear(m->self);
}

static void method_dealloc(TpyObject *self)
{
    method_clear(self);
    tpy_object_free(self);
}

static int method_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyMethod *m = (TpyMethod *)self;
    int r = 0;
    if (m->func != NULL && !tpy_is_smallint(m->func))
        r = visit(m->func, arg);
    if (r == 0 && m->self != NULL && !tpy_is_smallint(m->self))
        r = visit(m->self, arg);
    return r;
}

static TpyObject *method_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                              TpyObject *kwnames)
{
    TpyMethod *m = (TpyMethod *)self;
    return tpy_method_call_with_self(m->func, m->self, args, nargs, kwnames);
}

static TpyObject *method_repr(TpyObject *self)
{
    TpyMethod *m = (TpyMethod *)self;
    char name[256];
    tpy_method_qualname(m->func, name, sizeof name);
    TpyObject *inner = tpy_object_repr(m->self);
    if (inner == NULL)
        return NULL;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    TpyObject *r = NULL;
    if (tpy_strbuilder_append_cstr(&b, "<bound method ") == 0 &&
        tpy_strbuilder_append_cstr(&b, name) == 0 && tpy_strbuilder_append_cstr(&b, " of ") == 0 &&
        tpy_strbuilder_append_str(&b, inner) == 0 && tpy_strbuilder_append_char(&b, '>') == 0)
        r = tpy_strbuilder_finish(&b);
    else
        tpy_strbuilder_discard(&b);
    tpy_decref(inner);
    return r;
}

// CPython 3.8+: equal when __self__ is the same object and __func__ compares equal.
static TpyObject *method_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if ((op != TPY_CMP_OP_EQ && op != TPY_CMP_OP_NE) || !tpy_method_check(a) ||
        !tpy_method_check(b))
        return tpy_newref(tpy_NotImplemented);
    TpyMethod *ma = (TpyMethod *)a, *mb = (TpyMethod *)b;
    int eq = 0;
    if (ma->self == mb->self) {
        eq = tpy_object_equal(ma->func, mb->func);
        if (eq < 0)
            return NULL;
    }
    return tpy_bool_from(op == TPY_CMP_OP_EQ ? eq == 1 : eq == 0);
}

static int64_t method_hash(TpyObject *self)
{
    TpyMethod *m = (TpyMethod *)self;
    int64_t y = tpy_object_hash(m->func);
    if (y == -1)
        return -1;
    int64_t h = tpy_object_hash_pointer(m->self) ^ y;
    return h == -1 ? -2 : h;
}

static TpyObject *method_getattr(TpyObject *self, TpyObject *name)
{
    TpyMethod *m = (TpyMethod *)self;
    if (tpy_str_equal_cstr(name, "__self__"))
        return tpy_newref(m->self);
    if (tpy_str_equal_cstr(name, "__func__"))
        return tpy_newref(m->func);
    // __name__, __qualname__, __doc__, ...: the function's.
    TpyObject *r = tpy_object_getattr(m->func, name);
    if (r == NULL && tpy_err_matches(&tpy_AttributeError_type)) {
        tpy_err_clear();
        const char *n = tpy_str_as_utf8(name, NULL);
        return tpy_err_format(&tpy_AttributeError_type, "'method' object has no attribute '%s'",
                              n != NULL ? n : "?");
    }
    return r;
}

TpyType tpy_method_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "method",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyMethod),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_HAS_WEAKLIST,
    .weaklist_offset = offsetof(TpyMethod, weaklist),
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
};

/* ---------------------------------------------------------------- builtin function / method */

TpyObject *tpy_native_new(const TpyMethodDef *def, TpyObject *self)
{
    TpyObject *o = tpy_object_new(&tpy_native_type);
    if (o == NULL)
        return NULL;
    TpyNative *n = (TpyNative *)o;
    n->def = def;
    n->self = self != NULL ? tpy_newref(self) : NULL;
    return o;
}

static void native_clear(TpyObject *self)
{
    tpy_clear(((TpyNative *)self)->self);
}

static void native_dealloc(TpyObject *self)
{
    native_clear(self);
    tpy_object_free(self);
}

static int native_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyObject *s = ((TpyNative *)self)->self;
    return s != NULL && !tpy_is_smallint(s) ? visit(s, arg) : 0;
}

static TpyObject *native_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                              TpyObject *kwnames)
{
    TpyNative *n = (TpyNative *)self;
    if (n->self == NULL)
        return n->def->fn(args, nargs, kwnames);
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    TpyObject *small[9];
    TpyObject **all = small;
    if (nargs + nkw + 1 > 9) {
        all = malloc(sizeof(TpyObject *) * (size_t)(nargs + nkw + 1));
        if (all == NULL)
            return tpy_err_nomemory();
    }
    all[0] = n->self;
    for (int64_t i = 0; i < nargs + nkw; i++)
        all[i + 1] = args[i];
    TpyObject *r = n->def->fn(all, nargs + 1, kwnames);
    if (all != small)
        free(all);
    return r;
}

static TpyObject *native_repr(TpyObject *self)
{
    TpyNative *n = (TpyNative *)self;
    char buf[400];
    if (n->self == NULL)
        snprintf(buf, sizeof buf, "<built-in function %s>", n->def->name);
    else if (tpy_type_of(n->self) == &tpy_type_type)
        snprintf(buf, sizeof buf, "<built-in method %s of type object at %p>", n->def->name,
                 (void *)n->self);
    else
        snprintf(buf, sizeof buf, "<built-in method %s of %s object at %p>", n->def->name,
                 tpy_type_of(n->self)->name, (void *)n->self);
    return tpy_str_from_cstr(buf);
}

static TpyObject *native_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if ((op != TPY_CMP_OP_EQ && op != TPY_CMP_OP_NE) || tpy_type_of(a) != tpy_type_of(b))
        return tpy_newref(tpy_NotImplemented);
    TpyNative *na = (TpyNative *)a, *nb = (TpyNative *)b;
    bool eq = na->def == nb->def && na->self == nb->self && na->owner == nb->owner;
    return tpy_bool_from(op == TPY_CMP_OP_EQ ? eq : !eq);
}

static int64_t native_hash(TpyObject *self)
{
    TpyNative *n = (TpyNative *)self;
    int64_t h = tpy_object_hash_pointer(n->def) ^ tpy_object_hash_pointer(n->self);
    return h == -1 ? -2 : h;
}

static TpyObject *native_getattr(TpyObject *self, TpyObject *name)
{
    TpyNative *n = (TpyNative *)self;
    if (tpy_str_equal_cstr(name, "__name__"))
        return tpy_str_from_cstr(n->def->name);
    if (tpy_str_equal_cstr(name, "__qualname__")) {
        char buf[256];
        if (n->owner != NULL)
            snprintf(buf, sizeof buf, "%s.%s", n->owner->name, n->def->name);
        else if (n->self != NULL && tpy_type_of(n->self) != &tpy_type_type)
            snprintf(buf, sizeof buf, "%s.%s", tpy_type_of(n->self)->name, n->def->name);
        else
            snprintf(buf, sizeof buf, "%s", n->def->name);
        return tpy_str_from_cstr(buf);
    }
    if (tpy_str_equal_cstr(name, "__self__") && n->owner == NULL)
        return tpy_newref(n->self != NULL ? n->self : tpy_None);
    if (tpy_str_equal_cstr(name, "__doc__"))
        return tpy_newref(tpy_None);
    if (tpy_str_equal_cstr(name, "__objclass__") && n->owner != NULL)
        return tpy_newref(&n->owner->ob);
    const char *s = tpy_str_as_utf8(name, NULL);
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          self->type->name, s != NULL ? s : "?");
}

TpyType tpy_native_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "builtin_function_or_method",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyNative),
    .flags = TPY_TPFLAG_GC,
    .dealloc = native_dealloc,
    .traverse = native_traverse,
    .clear = native_clear,
    .repr = native_repr,
    .hash = native_hash,
    .richcompare = native_richcompare,
    .call = native_call,
    .getattr = native_getattr,
};

/* ---------------------------------------------------------------- method descriptor */

TpyObject *tpy_method_descriptor_new(TpyType *owner, const TpyMethodDef *def)
{
    TpyObject *o = tpy_object_new(&tpy_method_descriptor_type);
    if (o == NULL)
        return NULL;
    TpyNative *n = (TpyNative *)o;
    n->def = def;
    n->owner = owner;
    return o;
}

static TpyObject *descriptor_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                                  TpyObject *kwnames)
{
    TpyNative *n = (TpyNative *)self;
    if (n->def->flags & TPY_METH_STATIC)
        return n->def->fn(args, nargs, kwnames);
    if (nargs < 1)
        return tpy_err_format(&tpy_TypeError_type, "unbound method %s.%s() needs an argument",
                              n->owner->name, n->def->name);
    if (!tpy_object_is_instance(args[0], n->owner))
        return tpy_err_format(&tpy_TypeError_type,
                              "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                              n->def->name, n->owner->name, tpy_type_of(args[0])->name);
    return n->def->fn(args, nargs, kwnames);
}

static TpyObject *descriptor_repr(TpyObject *self)
{
    TpyNative *n = (TpyNative *)self;
    char buf[300];
    snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", n->def->name, n->owner->name);
    return tpy_str_from_cstr(buf);
}

static TpyObject *descriptor_get(TpyObject *descr, TpyObject *instance, TpyType *owner)
{
    TpyNative *n = (TpyNative *)descr;
    if (n->def->flags & TPY_METH_CLASS)
        return tpy_native_new(n->def, &(owner != NULL ? owner : n->owner)->ob);
    if (instance == NULL || (n->def->flags & TPY_METH_STATIC))
        return tpy_newref(descr);
    return tpy_native_new(n->def, instance);
}

TpyType tpy_method_descriptor_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "method_descriptor",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyNative),
    .dealloc = native_dealloc,
    .repr = descriptor_repr,
    .hash = native_hash,
    .richcompare = native_richcompare,
    .call = descriptor_call,
    .getattr = native_getattr,
    .descr_get = descriptor_get,
};

TpyObject *tpy_method_bind_builtin(TpyObject *o, const char *name)
{
    TpyType *t = tpy_type_of(o);
    const TpyMethodDef *def = tpy_type_find_method(t, name);
    if (def == NULL)
        return NULL;
    if (def->flags & TPY_METH_STATIC)
        return tpy_native_new(def, NULL);
    if (def->flags & TPY_METH_CLASS)
        return tpy_native_new(def, &t->ob);
    return tpy_native_new(def, o);
}

/* ---------------------------------------------------------------- native closure */

TpyObject *tpy_native_closure_new(const char *name, const char *qualname, TpyNativeClosureFn fn,
                                  TpyObject *data)
{
    TpyObject *o = tpy_object_new(&tpy_native_closure_type);
    if (o == NULL)
        return NULL;
    TpyNativeClosure *c = (TpyNativeClosure *)o;
    c->fn = fn;
    c->data = data != NULL ? tpy_newref(data) : NULL;
    c->name = tpy_str_from_cstr(name);
    c->qualname = c->name != NULL ? tpy_str_from_cstr(qualname != NULL ? qualname : name) : NULL;
    if (c->qualname == NULL) {
        tpy_decref(o);
        return NULL;
    }
    return o;
}

static void closure_clear(TpyObject *self)
{
    TpyNativeClosure *c = (TpyNativeClosure *)self;
    tpy_clear(c->data);
    tpy_clear(c->name);
    tpy_clear(c->qualname);
}

static void closure_dealloc(TpyObject *self)
{
    closure_clear(self);
    tpy_object_free(self);
}

static int closure_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyObject *d = ((TpyNativeClosure *)self)->data;
    return d != NULL && !tpy_is_smallint(d) ? visit(d, arg) : 0;
}

static TpyObject *closure_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                               TpyObject *kwnames)
{
    TpyNativeClosure *c = (TpyNativeClosure *)self;
    return c->fn(c->data, args, nargs, kwnames);
}

static TpyObject *closure_repr(TpyObject *self)
{
    TpyNativeClosure *c = (TpyNativeClosure *)self;
    const char *q = tpy_str_as_utf8(c->qualname, NULL);
    char buf[400];
    snprintf(buf, sizeof buf, "<function %s at %p>", q != NULL ? q : "?", (void *)self);
    return tpy_str_from_cstr(buf);
}

static TpyObject *closure_getattr(TpyObject *self, TpyObject *name)
{
    TpyNativeClosure *c = (TpyNativeClosure *)self;
    if (tpy_str_equal_cstr(name, "__name__"))
        return tpy_newref(c->name);
    if (tpy_str_equal_cstr(name, "__qualname__"))
        return tpy_newref(c->qualname);
    if (tpy_str_equal_cstr(name, "__doc__"))
        return tpy_newref(tpy_None);
    const char *s = tpy_str_as_utf8(name, NULL);
    return tpy_err_format(&tpy_AttributeError_type, "'function' object has no attribute '%s'",
                          s != NULL ? s : "?");
}

static int64_t closure_hash(TpyObject *self)
{
    return tpy_object_hash_pointer(self);
}

TpyType tpy_native_closure_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "function",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyNativeClosure),
    .flags = TPY_TPFLAG_GC,
    .dealloc = closure_dealloc,
    .traverse = closure_traverse,
    .clear = closure_clear,
    .repr = closure_repr,
    .hash = closure_hash,
    .call = closure_call,
    .getattr = closure_getattr,
    .descr_get = tpy_method_function_descr_get,
};
