/* runtime/descr.c: property, staticmethod, classmethod and super (see descr.h).
 *
 * All four are small GC objects holding one to three references.  The
 * descriptor behaviour lives in the descr_get / descr_set slots; class.c and
 * instance.c call them through tpy_class_bind_member, exactly as CPython's
 * generic getattr calls tp_descr_get.
 *
 * super on a builtin base: CPython finds slot wrappers (object.__init__,
 * BaseException.__str__, ...) in the base's __dict__.  Our builtin types have
 * C slots instead, so super_lookup wraps the slot in a native closure on
 * demand (slot_wrapper_*), bound to the object like any method.
 */
#include "descr.h"

#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "class.h"
#include "class_internal.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- helpers */

typedef struct TpyDescr {
    TpyObject ob;
    TpyObject *a, *b;     /* property: fget, fset; static/classmethod: func, NULL; super: type, obj */
    TpyObject *name;      /* property: attribute name (str) */
} TpyDescr;

#define DESCR(o) ((TpyDescr *)(o))

static TpyObject *descr_alloc(TpyType *type, TpyObject *a, TpyObject *b)
{
    TpyObject *o = tpy_object_new(type);
    if (o == NULL)
        return NULL;
    DESCR(o)->a = a != NULL ? tpy_newref(a) : NULL;
    DESCR(o)->b = b != NULL ? tpy_newref(b) : NULL;
    return o;
}

static void descr_clear(TpyObject *self)
{
    tpy_clear(DESCR(self)->a);
    tpy_clear(DESCR(self)->b);
    tpy_clear(DESCR(self)->name);
}

static void descr_dealloc(TpyObject *self)
{
    descr_clear(self);
    tpy_object_free(self);
}

static int descr_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyObject *refs[3] = {DESCR(self)->a, DESCR(self)->b, DESCR(self)->name};
    for (int i = 0; i < 3; i++) {
        if (refs[i] != NULL && !tpy_is_smallint(refs[i])) {
            int r = visit(refs[i], arg);
            if (r != 0)
                return r;
        }
    }
    return 0;
}

static TpyObject *wrapped_repr(TpyObject *self, const char *kind)
{
    TpyObject *inner = tpy_object_repr(DESCR(self)->a);
    if (inner == NULL)
        return NULL;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    TpyObject *r = NULL;
    if (tpy_strbuilder_append_cstr(&b, kind) == 0 && tpy_strbuilder_append_char(&b, '(') == 0 &&
        tpy_strbuilder_append_str(&b, inner) == 0 && tpy_strbuilder_append_char(&b, ')') == 0)
        r = tpy_strbuilder_finish(&b);
    else
        tpy_strbuilder_discard(&b);
    tpy_decref(inner);
    return r;
}

static TpyObject *no_attribute(TpyObject *self, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          tpy_type_of(self)->name, n != NULL ? n : "?");
}

/* ---------------------------------------------------------------- property */

TpyObject *tpy_property_new(TpyObject *fget, TpyObject *fset, const char *name)
{
    TpyObject *o = descr_alloc(&tpy_property_type, fget, fset);
    if (o == NULL)
        return NULL;
    DESCR(o)->name = tpy_str_from_cstr(name != NULL ? name : "?");
    if (DESCR(o)->name == NULL) {
        tpy_decref(o);
        return NULL;
    }
    return o;
}

static TpyObject *property_get(TpyObject *descr, TpyObject *instance, TpyType *owner)
{
    if (instance == NULL)
        return tpy_newref(descr);
    if (DESCR(descr)->a == NULL)
        return tpy_err_format(&tpy_AttributeError_type, "property '%s' of '%s' object has no getter",
                              tpy_str_as_utf8(DESCR(descr)->name, NULL),
                              tpy_type_of(instance)->name);
    return tpy_method_call_with_self(DESCR(descr)->a, instance, NULL, 0, NULL);
}

static int property_set(TpyObject *descr, TpyObject *instance, TpyObject *value)
{
    const char *name = tpy_str_as_utf8(DESCR(descr)->name, NULL);
    if (value == NULL) {
        tpy_err_format(&tpy_AttributeError_type, "property '%s' of '%s' object has no deleter",
                       name, tpy_type_of(instance)->name);
        return -1;
    }
    if (DESCR(descr)->b == NULL) {
        tpy_err_format(&tpy_AttributeError_type, "property '%s' of '%s' object has no setter",
                       name, tpy_type_of(instance)->name);
        return -1;
    }
    TpyObject *r = tpy_method_call_with_self(DESCR(descr)->b, instance, &value, 1, NULL);
    if (r == NULL)
        return -1;
    tpy_decref(r);
    return 0;
}

static TpyObject *property_repr(TpyObject *self)
{
    char buf[80];
    snprintf(buf, sizeof buf, "<property object at %p>", (void *)self);
    return tpy_str_from_cstr(buf);
}

static TpyObject *property_getattr(TpyObject *self, TpyObject *name)
{
    if (tpy_str_equal_cstr(name, "fget") || tpy_str_equal_cstr(name, "fset")) {
        TpyObject *v = tpy_str_equal_cstr(name, "fget") ? DESCR(self)->a : DESCR(self)->b;
        return tpy_newref(v != NULL ? v : tpy_None);
    }
    if (tpy_str_equal_cstr(name, "__doc__"))
        return tpy_newref(tpy_None);
    return no_attribute(self, name);
}

TpyType tpy_property_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "property",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyDescr),
    .flags = TPY_TPFLAG_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .clear = descr_clear,
    .repr = property_repr,
    .getattr = property_getattr,
    .descr_get = property_get,
    .descr_set = property_set,
};

/* ---------------------------------------------------------------- staticmethod, classmethod */

TpyObject *tpy_staticmethod_new(TpyObject *func)
{
    return descr_alloc(&tpy_staticmethod_type, func, NULL);
}

TpyObject *tpy_classmethod_new(TpyObject *func)
{
    return descr_alloc(&tpy_classmethod_type, func, NULL);
}

static TpyObject *staticmethod_get(TpyObject *descr, TpyObject *instance, TpyType *owner)
{
    return tpy_newref(DESCR(descr)->a);
}

// Python 3.10+: a staticmethod object is callable itself.
static TpyObject *staticmethod_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                                    TpyObject *kwnames)
{
    return tpy_object_call(DESCR(self)->a, args, nargs, kwnames);
}

static TpyObject *staticmethod_repr(TpyObject *self)
{
    return wrapped_repr(self, "<staticmethod");
}

static TpyObject *classmethod_repr(TpyObject *self)
{
    return wrapped_repr(self, "<classmethod");
}

static TpyObject *wrapper_getattr(TpyObject *self, TpyObject *name)
{
    if (tpy_str_equal_cstr(name, "__func__") || tpy_str_equal_cstr(name, "__wrapped__"))
        return tpy_newref(DESCR(self)->a);
    return tpy_object_getattr(DESCR(self)->a, name);
}

static TpyObject *classmethod_get(TpyObject *descr, TpyObject *instance, TpyType *owner)
{
    if (owner == NULL)
        owner = tpy_type_of(instance);
    return tpy_method_new(DESCR(descr)->a, &owner->ob);
}

TpyType tpy_staticmethod_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "staticmethod",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyDescr),
    .flags = TPY_TPFLAG_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .clear = descr_clear,
    .repr = staticmethod_repr,
    .call = staticmethod_call,
    .getattr = wrapper_getattr,
    .descr_get = staticmethod_get,
};

TpyType tpy_classmethod_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "classmethod",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyDescr),
    .flags = TPY_TPFLAG_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .clear = descr_clear,
    .repr = classmethod_repr,
    .getattr = wrapper_getattr,
    .descr_get = classmethod_get,
};

/* ---------------------------------------------------------------- slot wrappers for super */

static TpyObject *wrapper_self(const char *what, TpyObject *const *args, int64_t nargs,
                               int64_t want)
{
    if (nargs != want + 1)
        return tpy_err_format(&tpy_TypeError_type, "expected %d argument%s, got %d", (int)want,
                              want == 1 ? "" : "s", (int)(nargs - 1));
    return args[0];
}

static TpyObject *slot_init(TpyObject *data, TpyObject *const *args, int64_t nargs,
                            TpyObject *kwnames)
{
    TpyType *base = (TpyType *)data;
    if (nargs < 1)
        return tpy_err_format(&tpy_TypeError_type, "descriptor '__init__' needs an argument");
    if (tpy_type_is_subtype(base, &tpy_BaseException_type)) {
        if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) != 0)
            return tpy_err_format(&tpy_TypeError_type, "%s() takes no keyword arguments",
                                  base->name);
        TpyObject *t = tpy_tuple_from_array(args + 1, nargs - 1);
        if (t == NULL)
            return NULL;
        TpyBaseException *e = TPY_EXC_OBJ(args[0]);
        TpyObject *old = e->args;
        e->args = t;
        tpy_xdecref(old);
        return tpy_newref(tpy_None);
    }
    if (nargs != 1 || (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) != 0))
        return tpy_err_format(&tpy_TypeError_type,
                              "object.__init__() takes exactly one argument (the instance to "
                              "initialize)");
    return tpy_newref(tpy_None);
}

static TpyObject *slot_repr(TpyObject *data, TpyObject *const *args, int64_t nargs,
                            TpyObject *kwnames)
{
    TpyObject *self = wrapper_self("__repr__", args, nargs, 0);
    return self == NULL ? NULL : ((TpyType *)data)->repr(self);
}

static TpyObject *slot_str(TpyObject *data, TpyObject *const *args, int64_t nargs,
                           TpyObject *kwnames)
{
    TpyObject *self = wrapper_self("__str__", args, nargs, 0);
    if (self == NULL)
        return NULL;
    TpyType *t = (TpyType *)data;
    return t->str != NULL ? t->str(self) : t->repr(self);
}

static TpyObject *slot_hash(TpyObject *data, TpyObject *const *args, int64_t nargs,
                            TpyObject *kwnames)
{
    TpyObject *self = wrapper_self("__hash__", args, nargs, 0);
    if (self == NULL)
        return NULL;
    int64_t h = ((TpyType *)data)->hash(self);
    return h == -1 ? NULL : tpy_int_from_i64(h);
}

static TpyObject *slot_compare(TpyType *t, TpyObject *const *args, int64_t nargs, TpyCompareOp op)
{
    TpyObject *self = wrapper_self("__eq__", args, nargs, 1);
    if (self == NULL)
        return NULL;
    return t->richcompare(self, args[1], op);
}

static TpyObject *slot_eq(TpyObject *data, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames)
{
    return slot_compare((TpyType *)data, args, nargs, TPY_CMP_OP_EQ);
}

static TpyObject *slot_ne(TpyObject *data, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames)
{
    return slot_compare((TpyType *)data, args, nargs, TPY_CMP_OP_NE);
}

// A wrapper for `name` of builtin type `t`, or NULL without exception.
static TpyObject *slot_wrapper(TpyType *t, const char *name)
{
    char qual[200];
    snprintf(qual, sizeof qual, "%s.%s", t->name, name);
    TpyNativeClosureFn fn = NULL;
    if (strcmp(name, "__init__") == 0)
        fn = slot_init;
    else if (strcmp(name, "__repr__") == 0 && t->repr != NULL)
        fn = slot_repr;
    else if (strcmp(name, "__str__") == 0 && (t->str != NULL || t->repr != NULL))
        fn = slot_str;
    else if (strcmp(name, "__hash__") == 0 && t->hash != NULL)
        fn = slot_hash;
    else if (strcmp(name, "__eq__") == 0 && t->richcompare != NULL)
        fn = slot_eq;
    else if (strcmp(name, "__ne__") == 0 && t->richcompare != NULL)
        fn = slot_ne;
    if (fn == NULL)
        return NULL;
    return tpy_native_closure_new(name, qual, fn, &t->ob);
}

/* ---------------------------------------------------------------- super */

TpyObject *tpy_super_new(TpyType *cls, TpyObject *obj)
{
    return descr_alloc(&tpy_super_type, &cls->ob, obj);
}

TpyObject *tpy_super_getattr_str(TpyType *cls, TpyObject *obj, const char *name)
{
    bool obj_is_type = tpy_type_of(obj) == &tpy_type_type;
    TpyType *start = obj_is_type ? (TpyType *)obj : tpy_type_of(obj);
    TpyObject *instance = obj_is_type ? NULL : obj;
    if (!tpy_type_is_subtype(start, cls))
        return tpy_err_format(&tpy_TypeError_type,
                              "super(type, obj): obj must be an instance or subtype of type");
    for (TpyType *t = cls->base; t != NULL; t = t->base) {
        if (t->members != NULL) {
            TpyObject *m = tpy_dict_get_cstr(t->members, name);
            if (m != NULL)
                return tpy_class_bind_member(m, t, name, instance, start);
            if (tpy_err_occurred())
                return NULL;
        }
        if (tpy_class_check(t))
            continue;
        // The first builtin type: its methods, then its slots.
        const TpyMethodDef *def = tpy_type_find_method(t, name);
        if (def != NULL) {
            if (def->flags & TPY_METH_STATIC)
                return tpy_native_new(def, NULL);
            if (def->flags & TPY_METH_CLASS)
                return tpy_native_new(def, &start->ob);
            if (instance == NULL)
                return tpy_method_descriptor_new(t, def);
            return tpy_native_new(def, instance);
        }
        TpyObject *w = slot_wrapper(t, name);
        if (w != NULL) {
            if (instance == NULL)
                return w;
            TpyObject *bound = tpy_method_new(w, instance);
            tpy_decref(w);
            return bound;
        }
        if (tpy_err_occurred())
            return NULL;
        break;
    }
    return tpy_err_format(&tpy_AttributeError_type, "'super' object has no attribute '%s'", name);
}

static TpyObject *super_getattr(TpyObject *self, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (strcmp(n, "__thisclass__") == 0)
        return tpy_newref(DESCR(self)->a);
    if (strcmp(n, "__self__") == 0)
        return tpy_newref(DESCR(self)->b);
    return tpy_super_getattr_str((TpyType *)DESCR(self)->a, DESCR(self)->b, n);
}

static TpyObject *super_repr(TpyObject *self)
{
    TpyObject *cls = tpy_object_repr(DESCR(self)->a);
    if (cls == NULL)
        return NULL;
    TpyObject *obj = DESCR(self)->b;
    char buf[600];
    const char *c = tpy_str_as_utf8(cls, NULL);
    if (tpy_type_of(obj) == &tpy_type_type) {
        TpyObject *o = tpy_object_repr(obj);
        if (o == NULL) {
            tpy_decref(cls);
            return NULL;
        }
        snprintf(buf, sizeof buf, "<super: %s, %s>", c, tpy_str_as_utf8(o, NULL));
        tpy_decref(o);
    } else {
        snprintf(buf, sizeof buf, "<super: %s, <%s object>>", c, tpy_type_of(obj)->name);
    }
    tpy_decref(cls);
    return tpy_str_from_cstr(buf);
}

TpyType tpy_super_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "super",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyDescr),
    .flags = TPY_TPFLAG_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .clear = descr_clear,
    .repr = super_repr,
    .getattr = super_getattr,
};
