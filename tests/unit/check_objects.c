/* tests/unit/check_objects.c: user classes, instances, bound methods, descriptors.
 *
 * No compiler is needed: classes are built from TpyClassSpec by hand, and
 * "methods" are native closures (method.h) standing in for compiled
 * functions.  Every test runs between setup and a teardown that asserts the
 * live-object count is back where it started (refcounting bugs show up as
 * leaks) and no exception is pending.  Expected strings (reprs, messages)
 * were printed by python3 3.11 for the equivalent Python code.
 */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "leak_fixture.h"
#include "runtime_suites.h"

#include "abstract.h"
#include "alloc.h"
#include "bool.h"
#include "class.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "tuple.h"


static void setup(void)
{
    tpy_test_leaks_begin();
}

static void teardown(void)
{
    tpy_test_leaks_end(true);
}

/* ---------------------------------------------------------------- helpers */

// repr(o) as a malloc'd C string (steals o).
static char *repr_of(TpyObject *o)
{
    ck_assert_ptr_nonnull(o);
    TpyObject *r = tpy_object_repr(o);
    tpy_decref(o);
    ck_assert_ptr_nonnull(r);
    char *s = strdup(tpy_str_as_utf8(r, NULL));
    tpy_decref(r);
    return s;
}

static void assert_repr(TpyObject *o, const char *expected)
{
    char *s = repr_of(o);
    ck_assert_str_eq(s, expected);
    free(s);
}

// The pending exception must be `type` with str() == msg; clears it.
static void assert_raised(TpyType *type, const char *msg)
{
    TpyObject *exc = tpy_err_fetch();
    ck_assert_ptr_nonnull(exc);
    ck_assert_str_eq(tpy_type_of(exc)->name, type->name);
    TpyObject *s = tpy_object_str(exc);
    ck_assert_str_eq(tpy_str_as_utf8(s, NULL), msg);
    tpy_decref(s);
    tpy_decref(exc);
}

static TpyObject *getattr(TpyObject *o, const char *name)
{
    return tpy_object_getattr_str(o, name);
}

static int setattr(TpyObject *o, const char *name, TpyObject *value)
{
    TpyObject *n = tpy_str_from_cstr(name);
    int r = tpy_object_setattr(o, n, value);
    tpy_decref(n);
    return r;
}

static TpyObject *call0(TpyObject *f)
{
    return tpy_object_call(f, NULL, 0, NULL);
}

static TpyObject *fn(const char *name, TpyNativeClosureFn f)
{
    TpyObject *o = tpy_native_closure_new(name, name, f, NULL);
    ck_assert_ptr_nonnull(o);
    return o;
}

static const TpyFieldSpec xy_int_fields[] = {
    {"x", TPY_KIND_OBJ, false},
    {"y", TPY_KIND_OBJ, false},
};

static TpyType *make_class(const char *name, TpyType *base, uint32_t flags,
                           const TpyFieldSpec *fields, int nfields, const TpyMethodSpec *methods,
                           int nmethods)
{
    TpyClassSpec spec = {
        .name = name, .qualname = name, .module = "__main__", .base = base, .flags = flags,
        .fields = fields, .nfields = nfields, .methods = methods, .nmethods = nmethods,
    };
    TpyType *cls = tpy_class_new(&spec);
    ck_assert_ptr_nonnull(cls);
    return cls;
}

static TpyObject *new_instance(TpyType *cls, int64_t nargs, ...)
{
    TpyObject *args[8];
    va_list ap;
    va_start(ap, nargs);
    for (int64_t i = 0; i < nargs; i++)
        args[i] = va_arg(ap, TpyObject *);
    va_end(ap);
    return tpy_object_call(&cls->ob, args, nargs, NULL);
}

/* ---------------------------------------------------------------- native "methods" */

// def __init__(self, x, y): self.x = x; self.y = y
static TpyObject *m_init_xy(TpyObject *data, TpyObject *const *args, int64_t nargs,
                            TpyObject *kw)
{
    if (nargs != 3)
        return tpy_err_format(&tpy_TypeError_type, "bad arity");
    if (setattr(args[0], "x", args[1]) < 0 || setattr(args[0], "y", args[2]) < 0)
        return NULL;
    return tpy_newref(tpy_None);
}

// def get_x(self): return self.x
static TpyObject *m_get_x(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    return getattr(args[0], "x");
}

// def set_x(self, v): self.x = v
static TpyObject *m_set_x(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    if (setattr(args[0], "x", args[1]) < 0)
        return NULL;
    return tpy_newref(tpy_None);
}

// def __repr__(self): return "P!"
static TpyObject *m_repr(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    return tpy_str_from_cstr("P!");
}

// def __eq__(self, other): return self.x == other.x  (NotImplemented for non-instances)
static TpyObject *m_eq(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    if (tpy_type_of(args[1]) != tpy_type_of(args[0]))
        return tpy_newref(tpy_NotImplemented);
    TpyObject *a = getattr(args[0], "x"), *b = getattr(args[1], "x");
    TpyObject *r = tpy_object_richcompare(a, b, TPY_CMP_OP_EQ);
    tpy_decref(a);
    tpy_decref(b);
    return r;
}

// def __add__(self, o: int): return self.x + o ; __radd__ the same
static TpyObject *m_add(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    if (!tpy_int_check(args[1]))
        return tpy_newref(tpy_NotImplemented);
    TpyObject *a = getattr(args[0], "x");
    TpyObject *r = tpy_number_binop(a, args[1], TPY_BINOP_ADD);
    tpy_decref(a);
    return r;
}

// def __len__(self): return self.x
static TpyObject *m_len(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    return getattr(args[0], "x");
}

static int del_calls;
static TpyObject *saved_self;

// def __del__(self): global del_calls; del_calls += 1
static TpyObject *m_del_count(TpyObject *data, TpyObject *const *args, int64_t nargs,
                              TpyObject *kw)
{
    del_calls++;
    return tpy_newref(tpy_None);
}

// def __del__(self): raise ValueError("boom")
static TpyObject *m_del_raise(TpyObject *data, TpyObject *const *args, int64_t nargs,
                              TpyObject *kw)
{
    del_calls++;
    return tpy_err_format(&tpy_ValueError_type, "boom");
}

// def __del__(self): global saved; saved = self   (resurrects once)
static TpyObject *m_del_resurrect(TpyObject *data, TpyObject *const *args, int64_t nargs,
                                  TpyObject *kw)
{
    del_calls++;
    if (saved_self == NULL && del_calls == 1)
        saved_self = tpy_newref(args[0]);
    return tpy_newref(tpy_None);
}

/* ---------------------------------------------------------------- layout */

START_TEST(test_slots_two_int_fields_is_32_bytes)
{
    TpyType *cls = make_class("P", NULL, TPY_CLASS_SPEC_SLOTS, xy_int_fields, 2, NULL, 0);
    ck_assert_uint_eq(cls->basicsize, 32);
    ck_assert(!(cls->flags & TPY_TPFLAG_GC));
    ck_assert(!(cls->flags & TPY_TPFLAG_HAS_WEAKLIST));
    ck_assert_uint_eq(tpy_class_field_offset(cls, 0), 16);
    ck_assert_uint_eq(tpy_class_field_offset(cls, 1), 24);
    TpyObject *p = tpy_instance_new(cls);
    ck_assert_uint_eq(tpy_object_sizeof(p), 32);
    ck_assert_uint_eq(tpy_object_alloc_size(cls, 0), 32);
    tpy_decref(p);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_plain_class_has_weaklist_and_gc_when_needed)
{
    static const TpyFieldSpec fields[] = {
        {"items", TPY_KIND_OBJ, true},
        {"w", TPY_KIND_F64, false},
        {"z", TPY_KIND_C128, false},
    };
    TpyType *cls = make_class("Node", NULL, 0, fields, 3, NULL, 0);
    ck_assert(cls->flags & TPY_TPFLAG_GC);
    ck_assert(cls->flags & TPY_TPFLAG_HAS_WEAKLIST);
    ck_assert_uint_eq(cls->weaklist_offset, 16);
    ck_assert_uint_eq(tpy_class_field_offset(cls, 0), 24);
    ck_assert_uint_eq(tpy_class_field_offset(cls, 1), 32);
    ck_assert_uint_eq(tpy_class_field_offset(cls, 2), 40);
    ck_assert_uint_eq(cls->basicsize, 56);
    TpyObject *o = tpy_instance_new(cls);
    ck_assert_uint_eq(tpy_object_sizeof(o), 56 + sizeof(TpyGCHead));
    tpy_decref(o);

    // A subclass keeps the inherited offsets and appends its own field.
    static const TpyFieldSpec sub_fields[] = {
        {"items", TPY_KIND_OBJ, true}, {"w", TPY_KIND_F64, false},
        {"z", TPY_KIND_C128, false},   {"extra", TPY_KIND_OBJ, false},
    };
    TpyType *sub = make_class("Sub", cls, 0, sub_fields, 4, NULL, 0);
    ck_assert_uint_eq(tpy_class_field_offset(sub, 1), 32);
    ck_assert_uint_eq(tpy_class_field_offset(sub, 3), 56);
    ck_assert_uint_eq(sub->basicsize, 64);
    ck_assert(tpy_type_is_subtype(sub, cls));
    ck_assert(tpy_type_is_subtype(sub, &tpy_object_type));
    ck_assert(!tpy_type_is_subtype(cls, sub));
    tpy_decref(&sub->ob);
    tpy_decref(&cls->ob);
}
END_TEST

/* ---------------------------------------------------------------- attributes */

START_TEST(test_fields_by_name_and_unset_field_error)
{
    static const TpyFieldSpec fields[] = {{"x", TPY_KIND_OBJ, false}, {"f", TPY_KIND_F64, false}};
    TpyType *cls = make_class("C", NULL, TPY_CLASS_SPEC_SLOTS, fields, 2, NULL, 0);
    TpyObject *c = tpy_instance_new(cls);
    ck_assert_ptr_null(getattr(c, "x"));
    assert_raised(&tpy_AttributeError_type, "'C' object has no attribute 'x'");
    ck_assert_ptr_null(getattr(c, "zz"));
    assert_raised(&tpy_AttributeError_type, "'C' object has no attribute 'zz'");
    ck_assert_int_eq(setattr(c, "zz", tpy_None), -1);
    assert_raised(&tpy_AttributeError_type, "'C' object has no attribute 'zz'");

    ck_assert_int_eq(setattr(c, "x", tpy_smallint(7)), 0);
    assert_repr(getattr(c, "x"), "7");
    TpyObject *half = tpy_float_from_double(0.5);
    ck_assert_int_eq(setattr(c, "f", half), 0);
    tpy_decref(half);
    assert_repr(getattr(c, "f"), "0.5");
    ck_assert_int_eq(setattr(c, "f", tpy_smallint(3)), 0);   // int -> float field
    assert_repr(getattr(c, "f"), "3.0");

    ck_assert_int_eq(setattr(c, "x", NULL), 0);   // del c.x
    ck_assert_int_eq(setattr(c, "x", NULL), -1);
    assert_raised(&tpy_AttributeError_type, "'C' object has no attribute 'x'");

    TpyObject *cl = getattr(c, "__class__");
    ck_assert_ptr_eq(cl, &cls->ob);
    tpy_decref(cl);
    // __slots__ instances have no __dict__
    ck_assert_ptr_null(getattr(c, "__dict__"));
    assert_raised(&tpy_AttributeError_type, "'C' object has no attribute '__dict__'");
    tpy_decref(c);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_vars_builds_a_fresh_dict)
{
    static const TpyFieldSpec fields[] = {{"a", TPY_KIND_OBJ, false},
                                          {"b", TPY_KIND_OBJ, true}};
    TpyType *cls = make_class("F", NULL, 0, fields, 2, NULL, 0);
    TpyObject *f = tpy_instance_new(cls);
    assert_repr(tpy_instance_vars(f), "{}");
    TpyObject *list = tpy_list_new(0);
    tpy_list_append(list, tpy_smallint(1));
    setattr(f, "a", tpy_smallint(1));
    setattr(f, "b", list);
    tpy_decref(list);
    assert_repr(getattr(f, "__dict__"), "{'a': 1, 'b': [1]}");
    tpy_decref(f);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_methods_bind_and_bound_method_protocol)
{
    TpyObject *init = fn("__init__", m_init_xy), *get = fn("P.get_x", m_get_x);
    TpyMethodSpec methods[] = {
        {"__init__", init, TPY_METHOD_PLAIN, NULL},
        {"get_x", get, TPY_METHOD_PLAIN, NULL},
    };
    TpyType *cls = make_class("P", NULL, TPY_CLASS_SPEC_SLOTS, xy_int_fields, 2, methods, 2);
    tpy_decref(init);
    tpy_decref(get);
    TpyObject *p = new_instance(cls, 2, tpy_smallint(1), tpy_smallint(2));
    ck_assert_ptr_nonnull(p);
    TpyObject *m = getattr(p, "get_x");
    ck_assert(tpy_method_check(m));
    assert_repr(call0(m), "1");
    TpyObject *self = getattr(m, "__self__");
    ck_assert_ptr_eq(self, p);
    tpy_decref(self);
    TpyObject *m2 = getattr(p, "get_x");
    ck_assert_ptr_ne(m, m2);
    ck_assert_int_eq(tpy_object_equal(m, m2), 1);
    char *text = repr_of(tpy_newref(m));
    // python3: <bound method P.get_x of <__main__.P object at 0x...>>
    ck_assert(strncmp(text, "<bound method P.get_x of <__main__.P object at 0x", 49) == 0);
    free(text);
    tpy_decref(m2);
    tpy_decref(m);
    // Through the class: the plain function.
    TpyObject *f = getattr(&cls->ob, "get_x");
    ck_assert_ptr_eq(tpy_type_of(f), &tpy_native_closure_type);
    tpy_decref(f);
    // Wrong arity reaches __init__'s own check.
    ck_assert_ptr_null(new_instance(cls, 1, tpy_smallint(1)));
    assert_raised(&tpy_TypeError_type, "bad arity");
    tpy_decref(p);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_no_init_takes_no_arguments)
{
    TpyType *cls = make_class("E", NULL, 0, NULL, 0, NULL, 0);
    ck_assert_ptr_null(new_instance(cls, 1, tpy_smallint(1)));
    assert_raised(&tpy_TypeError_type, "E() takes no arguments");
    TpyObject *e = new_instance(cls, 0);
    ck_assert_ptr_nonnull(e);
    char *text = repr_of(e);
    ck_assert(strncmp(text, "<__main__.E object at 0x", 24) == 0);   // python3's object.__repr__
    free(text);
    assert_repr(tpy_class_type_repr(&cls->ob), "\"<class '__main__.E'>\"");
    assert_repr(tpy_class_type_repr(&tpy_int_type.ob), "\"<class 'int'>\"");
    assert_repr(getattr(&cls->ob, "__name__"), "'E'");
    assert_repr(getattr(&cls->ob, "__module__"), "'__main__'");
    ck_assert_ptr_null(getattr(&cls->ob, "y"));
    assert_raised(&tpy_AttributeError_type, "type object 'E' has no attribute 'y'");
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_class_attributes_and_shadowing)
{
    TpyObject *zero = tpy_smallint(0);
    const char *names[] = {"count"};
    TpyObject *values[] = {zero};
    TpyClassSpec spec = {.name = "K", .qualname = "K", .module = "__main__", .base = NULL,
                         .class_attr_names = names, .class_attr_values = values,
                         .nclass_attrs = 1};
    TpyType *cls = tpy_class_new(&spec);
    ck_assert_ptr_nonnull(cls);
    TpyObject *k = tpy_instance_new(cls);
    assert_repr(getattr(k, "count"), "0");
    TpyObject *n = tpy_str_from_cstr("count");
    ck_assert_int_eq(tpy_object_setattr(&cls->ob, n, tpy_smallint(5)), 0);
    tpy_decref(n);
    assert_repr(getattr(k, "count"), "5");
    assert_repr(getattr(&cls->ob, "count"), "5");
    tpy_decref(k);
    tpy_decref(&cls->ob);
}
END_TEST

/* ---------------------------------------------------------------- descriptors */

START_TEST(test_property_getter_setter_and_missing_setter)
{
    TpyObject *get = fn("x", m_get_x), *set = fn("x", m_set_x);
    static const TpyFieldSpec fields[] = {{"_x", TPY_KIND_OBJ, false}, {"x", TPY_KIND_OBJ, false}};
    TpyMethodSpec methods[] = {
        {"px", get, TPY_METHOD_PROPERTY, set},
        {"ro", get, TPY_METHOD_PROPERTY, NULL},
    };
    TpyType *cls = make_class("P", NULL, 0, fields, 2, methods, 2);
    tpy_decref(get);
    tpy_decref(set);
    TpyObject *p = tpy_instance_new(cls);
    ck_assert_int_eq(setattr(p, "px", tpy_smallint(42)), 0);   // calls set_x
    assert_repr(getattr(p, "px"), "42");
    assert_repr(getattr(p, "ro"), "42");
    ck_assert_int_eq(setattr(p, "ro", tpy_smallint(1)), -1);
    assert_raised(&tpy_AttributeError_type, "property 'ro' of 'P' object has no setter");
    ck_assert_int_eq(setattr(p, "ro", NULL), -1);
    assert_raised(&tpy_AttributeError_type, "property 'ro' of 'P' object has no deleter");
    TpyObject *prop = getattr(&cls->ob, "ro");
    ck_assert_ptr_eq(tpy_type_of(prop), &tpy_property_type);
    tpy_decref(prop);
    tpy_decref(p);
    tpy_decref(&cls->ob);
}
END_TEST

// def sm(*args): return len(args)
static TpyObject *m_count_args(TpyObject *data, TpyObject *const *args, int64_t nargs,
                               TpyObject *kw)
{
    return tpy_smallint(nargs);
}

// def cm(cls): return cls
static TpyObject *m_first_arg(TpyObject *data, TpyObject *const *args, int64_t nargs,
                              TpyObject *kw)
{
    return tpy_newref(args[0]);
}

START_TEST(test_staticmethod_and_classmethod)
{
    TpyObject *sm = fn("sm", m_count_args), *cm = fn("cm", m_first_arg);
    TpyMethodSpec methods[] = {
        {"sm", sm, TPY_METHOD_STATIC, NULL},
        {"cm", cm, TPY_METHOD_CLASS, NULL},
    };
    TpyType *cls = make_class("S", NULL, 0, NULL, 0, methods, 2);
    TpyType *sub = make_class("T", cls, 0, NULL, 0, NULL, 0);
    tpy_decref(sm);
    tpy_decref(cm);
    TpyObject *t = tpy_instance_new(sub);
    TpyObject *f = getattr(t, "sm");
    assert_repr(call0(f), "0");   // no self prepended
    tpy_decref(f);
    f = getattr(&cls->ob, "sm");
    assert_repr(call0(f), "0");
    tpy_decref(f);
    f = getattr(t, "cm");
    TpyObject *r = call0(f);
    ck_assert_ptr_eq(r, &sub->ob);   // bound to type(t)
    tpy_decref(r);
    tpy_decref(f);
    f = getattr(&cls->ob, "cm");
    r = call0(f);
    ck_assert_ptr_eq(r, &cls->ob);
    tpy_decref(r);
    tpy_decref(f);
    tpy_decref(t);
    tpy_decref(&sub->ob);
    tpy_decref(&cls->ob);
}
END_TEST

/* ---------------------------------------------------------------- slots */

START_TEST(test_repr_eq_hash_trampolines)
{
    TpyObject *init = fn("__init__", m_init_xy), *rep = fn("__repr__", m_repr),
              *eq = fn("__eq__", m_eq);
    TpyMethodSpec methods[] = {
        {"__init__", init, TPY_METHOD_PLAIN, NULL},
        {"__repr__", rep, TPY_METHOD_PLAIN, NULL},
        {"__eq__", eq, TPY_METHOD_PLAIN, NULL},
    };
    TpyType *cls = make_class("P", NULL, TPY_CLASS_SPEC_SLOTS, xy_int_fields, 2, methods, 3);
    tpy_decref(init);
    tpy_decref(rep);
    tpy_decref(eq);
    TpyObject *a = new_instance(cls, 2, tpy_smallint(1), tpy_smallint(2));
    TpyObject *b = new_instance(cls, 2, tpy_smallint(1), tpy_smallint(3));
    TpyObject *c = new_instance(cls, 2, tpy_smallint(2), tpy_smallint(3));
    assert_repr(tpy_newref(a), "P!");
    TpyObject *s = tpy_object_str(a);   // str falls back to __repr__
    ck_assert_str_eq(tpy_str_as_utf8(s, NULL), "P!");
    tpy_decref(s);
    ck_assert_int_eq(tpy_object_equal(a, b), 1);
    ck_assert_int_eq(tpy_object_equal(a, c), 0);
    ck_assert_int_eq(tpy_object_compare_bool(a, c, TPY_CMP_OP_NE), 1);   // inverse of __eq__
    ck_assert_int_eq(tpy_object_equal(a, tpy_smallint(1)), 0);            // NotImplemented -> identity
    // __eq__ without __hash__: unhashable, and C.__hash__ is None
    ck_assert_int_eq(tpy_object_hash(a), -1);
    assert_raised(&tpy_TypeError_type, "unhashable type: 'P'");
    assert_repr(getattr(&cls->ob, "__hash__"), "None");
    ck_assert_ptr_null(getattr(a, "nope"));
    assert_raised(&tpy_AttributeError_type, "'P' object has no attribute 'nope'");
    // An ordering without __lt__
    ck_assert_ptr_null(tpy_object_richcompare(a, b, TPY_CMP_OP_LT));
    assert_raised(&tpy_TypeError_type, "'<' not supported between instances of 'P' and 'P'");
    tpy_decref(a);
    tpy_decref(b);
    tpy_decref(c);
    // default hash is identity-based and stable
    TpyType *plain = make_class("Q", NULL, 0, NULL, 0, NULL, 0);
    TpyObject *q = tpy_instance_new(plain);
    ck_assert_int_eq(tpy_object_hash(q), tpy_object_hash(q));
    ck_assert_int_eq(tpy_object_equal(q, q), 1);
    tpy_decref(q);
    tpy_decref(&plain->ob);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_binop_and_reflected)
{
    TpyObject *init = fn("__init__", m_init_xy), *add = fn("__add__", m_add),
              *radd = fn("__radd__", m_add);
    TpyMethodSpec methods[] = {
        {"__init__", init, TPY_METHOD_PLAIN, NULL},
        {"__add__", add, TPY_METHOD_PLAIN, NULL},
        {"__radd__", radd, TPY_METHOD_PLAIN, NULL},
    };
    TpyType *cls = make_class("V", NULL, TPY_CLASS_SPEC_SLOTS, xy_int_fields, 2, methods, 3);
    tpy_decref(init);
    tpy_decref(add);
    tpy_decref(radd);
    TpyObject *v = new_instance(cls, 2, tpy_smallint(10), tpy_smallint(0));
    assert_repr(tpy_number_binop(v, tpy_smallint(5), TPY_BINOP_ADD), "15");
    assert_repr(tpy_number_binop(tpy_smallint(5), v, TPY_BINOP_ADD), "15");
    assert_repr(tpy_number_inplace(v, tpy_smallint(1), TPY_BINOP_ADD), "11");   // falls back
    ck_assert_ptr_null(tpy_number_binop(v, v, TPY_BINOP_ADD));
    assert_raised(&tpy_TypeError_type, "unsupported operand type(s) for +: 'V' and 'V'");
    ck_assert_ptr_null(tpy_number_binop(v, tpy_smallint(1), TPY_BINOP_SUB));
    assert_raised(&tpy_TypeError_type, "unsupported operand type(s) for -: 'V' and 'int'");
    tpy_decref(v);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_len_and_truth)
{
    TpyObject *init = fn("__init__", m_init_xy), *len = fn("__len__", m_len);
    TpyMethodSpec methods[] = {
        {"__init__", init, TPY_METHOD_PLAIN, NULL},
        {"__len__", len, TPY_METHOD_PLAIN, NULL},
    };
    TpyType *cls = make_class("L", NULL, TPY_CLASS_SPEC_SLOTS, xy_int_fields, 2, methods, 2);
    tpy_decref(init);
    tpy_decref(len);
    TpyObject *a = new_instance(cls, 2, tpy_smallint(3), tpy_None);
    TpyObject *z = new_instance(cls, 2, tpy_smallint(0), tpy_None);
    TpyObject *neg = new_instance(cls, 2, tpy_smallint(-1), tpy_None);
    ck_assert_int_eq(tpy_object_length(a), 3);
    ck_assert_int_eq(tpy_object_is_true(a), 1);
    ck_assert_int_eq(tpy_object_is_true(z), 0);
    ck_assert_int_eq(tpy_object_length(neg), -1);
    assert_raised(&tpy_ValueError_type, "__len__() should return >= 0");
    tpy_decref(a);
    tpy_decref(z);
    tpy_decref(neg);
    tpy_decref(&cls->ob);
}
END_TEST

/* ---------------------------------------------------------------- destruction */

START_TEST(test_del_runs_once_when_last_reference_goes)
{
    TpyObject *del = fn("C.__del__", m_del_count);
    TpyMethodSpec methods[] = {{"__del__", del, TPY_METHOD_PLAIN, NULL}};
    TpyType *cls = make_class("C", NULL, 0, NULL, 0, methods, 1);
    tpy_decref(del);
    del_calls = 0;
    TpyObject *c = tpy_instance_new(cls);
    tpy_incref(c);
    tpy_decref(c);
    ck_assert_int_eq(del_calls, 0);
    intptr_t type_refs = cls->ob.refcount;
    tpy_decref(c);
    ck_assert_int_eq(del_calls, 1);
    ck_assert_int_eq(cls->ob.refcount, type_refs - 1);   // the instance's type reference
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_del_exception_is_printed_and_pending_error_kept)
{
    TpyObject *del = fn("C.__del__", m_del_raise);
    TpyMethodSpec methods[] = {{"__del__", del, TPY_METHOD_PLAIN, NULL}};
    TpyType *cls = make_class("C", NULL, 0, NULL, 0, methods, 1);
    tpy_decref(del);
    del_calls = 0;
    // Capture stderr in a temporary file.
    fflush(stderr);
    FILE *tmp = tmpfile();
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    tpy_err_format(&tpy_KeyError_type, "pending");   // an exception being propagated
    TpyObject *c = tpy_instance_new(cls);
    tpy_decref(c);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    ck_assert_int_eq(del_calls, 1);
    assert_raised(&tpy_KeyError_type, "'pending'");
    char buf[512] = {0};
    rewind(tmp);
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    fclose(tmp);
    buf[n] = '\0';
    ck_assert(strncmp(buf, "Exception ignored in: <function C.__del__ at 0x", 47) == 0);
    ck_assert_ptr_nonnull(strstr(buf, "\nValueError: boom\n"));
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_del_resurrection_keeps_object)
{
    TpyObject *del = fn("C.__del__", m_del_resurrect);
    TpyMethodSpec methods[] = {{"__del__", del, TPY_METHOD_PLAIN, NULL}};
    static const TpyFieldSpec fields[] = {{"x", TPY_KIND_OBJ, false}};
    TpyType *cls = make_class("C", NULL, 0, fields, 1, methods, 1);
    tpy_decref(del);
    del_calls = 0;
    saved_self = NULL;
    TpyObject *c = tpy_instance_new(cls);
    setattr(c, "x", tpy_smallint(9));
    tpy_decref(c);
    ck_assert_int_eq(del_calls, 1);
    ck_assert_ptr_eq(saved_self, c);          // still alive, fields intact
    ck_assert_int_eq(c->refcount, 1);
    assert_repr(getattr(c, "x"), "9");
    TpyObject *again = saved_self;
    saved_self = NULL;
    tpy_decref(again);                        // dies for good; __del__ ran once (PEP 442)
    ck_assert_int_eq(del_calls, 1);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_fields_released_on_dealloc)
{
    static const TpyFieldSpec fields[] = {{"a", TPY_KIND_OBJ, true}, {"b", TPY_KIND_OBJ, true}};
    TpyType *cls = make_class("H", NULL, 0, fields, 2, NULL, 0);
    TpyObject *list = tpy_list_new(0);
    TpyObject *h = tpy_instance_new(cls);
    setattr(h, "a", list);
    setattr(h, "b", list);
    ck_assert_int_eq(list->refcount, 3);
    tpy_decref(h);
    ck_assert_int_eq(list->refcount, 1);
    tpy_decref(list);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_long_chain_dealloc_does_not_overflow)
{
    static const TpyFieldSpec fields[] = {{"next", TPY_KIND_OBJ, true}};
    TpyType *cls = make_class("Link", NULL, TPY_CLASS_SPEC_SLOTS, fields, 1, NULL, 0);
    TpyObject *head = tpy_newref(tpy_None);
    for (int i = 0; i < 1000000; i++) {
        TpyObject *n = tpy_instance_new(cls);
        ck_assert_ptr_nonnull(n);
        setattr(n, "next", head);
        tpy_decref(head);
        head = n;
    }
    tpy_decref(head);
    tpy_decref(&cls->ob);
}
END_TEST

/* ---------------------------------------------------------------- exceptions, super */

// def __init__(self, code): super().__init__(f"code {code}"); self.code = code
static TpyObject *m_exc_init(TpyObject *data, TpyObject *const *args, int64_t nargs,
                             TpyObject *kw)
{
    TpyObject *self = args[0];
    TpyObject *init = tpy_super_getattr_str((TpyType *)data, self, "__init__");
    if (init == NULL)
        return NULL;
    TpyObject *msg = tpy_object_str(args[1]);
    TpyObject *prefix = tpy_str_from_cstr("code ");
    TpyObject *text = tpy_str_concat(prefix, msg);
    tpy_decref(prefix);
    tpy_decref(msg);
    TpyObject *r = tpy_object_call(init, &text, 1, NULL);
    tpy_decref(text);
    tpy_decref(init);
    if (r == NULL)
        return NULL;
    tpy_decref(r);
    if (setattr(self, "code", args[1]) < 0)
        return NULL;
    return tpy_newref(tpy_None);
}

START_TEST(test_exception_subclass_layout_and_super_init)
{
    TpyType *base = make_class("AppError", &tpy_Exception_type, 0, NULL, 0, NULL, 0);
    ck_assert(base->flags & TPY_TPFLAG_EXCEPTION);
    ck_assert(base->flags & TPY_TPFLAG_GC);
    ck_assert_uint_ge(base->basicsize, tpy_Exception_type.basicsize);
    TpyObject *e = new_instance(base, 2, tpy_smallint(1), tpy_smallint(2));
    assert_repr(tpy_newref(e), "AppError(1, 2)");
    assert_repr(getattr(e, "args"), "(1, 2)");
    ck_assert(tpy_exc_matches(e, &tpy_Exception_type));
    tpy_decref(e);

    static const TpyFieldSpec fields[] = {{"code", TPY_KIND_OBJ, false}};
    TpyObject *init = tpy_native_closure_new("__init__", "CodeError.__init__", m_exc_init, NULL);
    TpyMethodSpec methods[] = {{"__init__", init, TPY_METHOD_PLAIN, NULL}};
    TpyType *sub = make_class("CodeError", base, 0, fields, 1, methods, 1);
    tpy_decref(init);
    // The closure needs the class for super(); patch its data (test only).
    TpyObject *m = tpy_class_lookup(sub, "__init__");
    ((TpyNativeClosure *)m)->data = tpy_newref(&sub->ob);
    TpyObject *ce = new_instance(sub, 1, tpy_smallint(3));
    ck_assert_ptr_nonnull(ce);
    assert_repr(tpy_newref(ce), "CodeError('code 3')");
    assert_repr(getattr(ce, "code"), "3");
    TpyObject *s = tpy_object_str(ce);
    ck_assert_str_eq(tpy_str_as_utf8(s, NULL), "code 3");
    tpy_decref(s);
    tpy_decref(ce);
    tpy_clear(((TpyNativeClosure *)m)->data);   // break the test-made cycle
    tpy_decref(&sub->ob);
    tpy_decref(&base->ob);
}
END_TEST

START_TEST(test_super_object_and_builtin_methods)
{
    TpyType *cls = make_class("A", NULL, 0, NULL, 0, NULL, 0);
    TpyObject *a = tpy_instance_new(cls);
    TpyObject *sup = tpy_super_new(cls, a);
    ck_assert_ptr_null(getattr(sup, "zz"));
    assert_raised(&tpy_AttributeError_type, "'super' object has no attribute 'zz'");
    TpyObject *init = getattr(sup, "__init__");
    assert_repr(call0(init), "None");
    tpy_decref(init);
    tpy_decref(sup);
    tpy_decref(a);
    tpy_decref(&cls->ob);
    // `[].append` as a value and `list.append` through the type
    TpyObject *list = tpy_list_new(0);
    TpyObject *append = tpy_method_bind_builtin(list, "append");
    ck_assert_ptr_nonnull(append);
    TpyObject *one = tpy_smallint(1);
    assert_repr(tpy_object_call(append, &one, 1, NULL), "None");
    assert_repr(tpy_newref(list), "[1]");
    tpy_decref(append);
    TpyObject *d = getattr(&tpy_list_type.ob, "append");
    assert_repr(d, "<method 'append' of 'list' objects>");
    tpy_decref(list);
}
END_TEST

/* ---------------------------------------------------------------- dataclass, NamedTuple */

START_TEST(test_dataclass_generated_methods)
{
    static const TpyFieldSpec fields[] = {
        {"x", TPY_KIND_OBJ, false}, {"y", TPY_KIND_F64, false}, {"z", TPY_KIND_OBJ, true}};
    TpyObject *y_default = tpy_float_from_double(2.5);
    TpyObject *defaults[] = {NULL, y_default, NULL};
    TpyObject *list_type = &tpy_list_type.ob;
    TpyObject *factories[] = {NULL, NULL, list_type};
    TpyClassSpec spec = {.name = "P", .qualname = "P", .module = "__main__",
                         .flags = TPY_CLASS_SPEC_DATACLASS | TPY_CLASS_SPEC_DATACLASS_ORDER,
                         .fields = fields, .nfields = 3, .field_defaults = defaults,
                         .field_factories = factories};
    TpyType *cls = tpy_class_new(&spec);
    tpy_decref(y_default);
    ck_assert_ptr_nonnull(cls);
    TpyObject *p = new_instance(cls, 1, tpy_smallint(1));
    ck_assert_ptr_nonnull(p);
    assert_repr(tpy_newref(p), "P(x=1, y=2.5, z=[])");
    TpyObject *q = new_instance(cls, 1, tpy_smallint(1));
    ck_assert_int_eq(tpy_object_equal(p, q), 1);
    TpyObject *pz = getattr(p, "z"), *qz = getattr(q, "z");
    ck_assert_ptr_ne(pz, qz);   // one factory call per instance
    tpy_decref(pz);
    tpy_decref(qz);
    ck_assert_int_eq(tpy_object_equal(p, tpy_smallint(1)), 0);
    TpyObject *r = new_instance(cls, 2, tpy_smallint(1), tpy_smallint(3));
    ck_assert_int_eq(tpy_object_compare_bool(p, r, TPY_CMP_OP_LT), 1);
    ck_assert_ptr_null(tpy_object_richcompare(p, tpy_smallint(3), TPY_CMP_OP_LT));
    assert_raised(&tpy_TypeError_type, "'<' not supported between instances of 'P' and 'int'");
    ck_assert_int_eq(tpy_object_hash(p), -1);
    assert_raised(&tpy_TypeError_type, "unhashable type: 'P'");

    ck_assert_ptr_null(new_instance(cls, 0));
    assert_raised(&tpy_TypeError_type, "P.__init__() missing 1 required positional argument: 'x'");
    ck_assert_ptr_null(new_instance(cls, 4, tpy_smallint(1), tpy_smallint(1), tpy_None, tpy_None));
    assert_raised(&tpy_TypeError_type,
                  "P.__init__() takes from 2 to 4 positional arguments but 5 were given");
    TpyObject *kw = tpy_tuple_pack(1, tpy_str_from_cstr("x"));
    tpy_decref(TPY_TUPLE_ITEMS(kw)[0]);   // tuple_pack increfed the fresh str
    TpyObject *args[2] = {tpy_smallint(1), tpy_smallint(2)};
    ck_assert_ptr_null(tpy_object_call(&cls->ob, args, 1, kw));
    assert_raised(&tpy_TypeError_type, "P.__init__() got multiple values for argument 'x'");
    TpyObject *ok = tpy_object_call(&cls->ob, args + 1, 0, kw);
    assert_repr(ok, "P(x=2, y=2.5, z=[])");
    tpy_decref(kw);
    tpy_decref(p);
    tpy_decref(q);
    tpy_decref(r);
    tpy_decref(&cls->ob);
}
END_TEST

START_TEST(test_namedtuple_is_a_tuple_with_names)
{
    static const TpyFieldSpec fields[] = {{"x", TPY_KIND_OBJ, false}, {"y", TPY_KIND_OBJ, false}};
    TpyObject *defaults[] = {NULL, tpy_smallint(5)};
    TpyClassSpec spec = {.name = "N", .qualname = "N", .module = "__main__",
                         .base = &tpy_tuple_type, .flags = TPY_CLASS_SPEC_NAMEDTUPLE,
                         .fields = fields, .nfields = 2, .field_defaults = defaults};
    TpyType *cls = tpy_class_new(&spec);
    ck_assert_ptr_nonnull(cls);
    TpyObject *n = new_instance(cls, 1, tpy_smallint(1));
    ck_assert_ptr_nonnull(n);
    assert_repr(tpy_newref(n), "N(x=1, y=5)");
    assert_repr(getattr(n, "y"), "5");
    assert_repr(tpy_object_getitem(n, tpy_smallint(0)), "1");
    ck_assert_int_eq(tpy_object_length(n), 2);
    ck_assert(tpy_object_is_instance(n, &tpy_tuple_type));
    TpyObject *t = tpy_tuple_pack(2, tpy_smallint(1), tpy_smallint(5));
    ck_assert_int_eq(tpy_object_equal(n, t), 1);
    ck_assert_int_eq(tpy_object_equal(t, n), 1);
    ck_assert_int_eq(tpy_object_hash(n), tpy_object_hash(t));
    tpy_decref(t);
    assert_repr(getattr(&cls->ob, "_fields"), "('x', 'y')");
    assert_repr(getattr(n, "_fields"), "('x', 'y')");
    TpyObject *asdict = getattr(n, "_asdict");
    assert_repr(call0(asdict), "{'x': 1, 'y': 5}");
    tpy_decref(asdict);
    TpyObject *replace = getattr(n, "_replace");
    TpyObject *kw = tpy_tuple_pack(1, tpy_str_from_cstr("y"));
    tpy_decref(TPY_TUPLE_ITEMS(kw)[0]);
    TpyObject *three = tpy_smallint(3);
    assert_repr(tpy_object_call(replace, &three, 0, kw), "N(x=1, y=3)");
    tpy_decref(kw);
    kw = tpy_tuple_pack(1, tpy_str_from_cstr("z"));
    tpy_decref(TPY_TUPLE_ITEMS(kw)[0]);
    ck_assert_ptr_null(tpy_object_call(replace, &three, 0, kw));
    assert_raised(&tpy_ValueError_type, "Got unexpected field names: ['z']");
    tpy_decref(kw);
    tpy_decref(replace);
    ck_assert_int_eq(setattr(n, "x", tpy_smallint(3)), -1);
    assert_raised(&tpy_AttributeError_type, "can't set attribute");
    ck_assert_ptr_null(new_instance(cls, 0));
    assert_raised(&tpy_TypeError_type, "N.__new__() missing 1 required positional argument: 'x'");
    ck_assert_ptr_null(new_instance(cls, 3, tpy_smallint(1), tpy_smallint(1), tpy_smallint(1)));
    assert_raised(&tpy_TypeError_type,
                  "N.__new__() takes from 2 to 3 positional arguments but 4 were given");
    tpy_decref(n);
    tpy_decref(&cls->ob);
}
END_TEST


/* ---------------------------------------------------------------- protocols */

// __getitem__(self, k): return k * 2 ; __contains__: k == self.x ; __call__(self, a): self.x + a
static TpyObject *m_getitem(TpyObject *data, TpyObject *const *args, int64_t nargs,
                            TpyObject *kw)
{
    return tpy_number_binop(args[1], tpy_smallint(2), TPY_BINOP_MUL);
}

static TpyObject *m_contains(TpyObject *data, TpyObject *const *args, int64_t nargs,
                             TpyObject *kw)
{
    TpyObject *x = getattr(args[0], "x");
    TpyObject *r = tpy_object_richcompare(x, args[1], TPY_CMP_OP_EQ);
    tpy_decref(x);
    return r;
}

// __iter__(self): return self ; __next__: counts self.x down to 0, then StopIteration
static TpyObject *m_iter(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    return tpy_newref(args[0]);
}

static TpyObject *m_next(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    TpyObject *x = getattr(args[0], "x");
    if (tpy_smallint_value(x) == 0) {
        tpy_decref(x);
        return tpy_err_set_object(&tpy_StopIteration_type, NULL);
    }
    TpyObject *next = tpy_smallint(tpy_smallint_value(x) - 1);
    setattr(args[0], "x", next);
    return x;
}

// __enter__(self): return 1 ; __exit__(self, t, e, tb): return e is not None
static TpyObject *m_enter(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    return tpy_smallint(1);
}

static TpyObject *m_exit(TpyObject *data, TpyObject *const *args, int64_t nargs, TpyObject *kw)
{
    if (nargs != 4)
        return tpy_err_format(&tpy_TypeError_type, "exit arity");
    return tpy_bool_from(args[2] != tpy_None);
}

START_TEST(test_container_iterator_call_and_with_protocols)
{
    TpyObject *init = fn("__init__", m_init_xy), *gi = fn("__getitem__", m_getitem),
              *co = fn("__contains__", m_contains), *it = fn("__iter__", m_iter),
              *nx = fn("__next__", m_next), *ca = fn("__call__", m_add),
              *en = fn("__enter__", m_enter), *ex = fn("__exit__", m_exit);
    TpyMethodSpec methods[] = {
        {"__init__", init, TPY_METHOD_PLAIN, NULL}, {"__getitem__", gi, TPY_METHOD_PLAIN, NULL},
        {"__contains__", co, TPY_METHOD_PLAIN, NULL}, {"__iter__", it, TPY_METHOD_PLAIN, NULL},
        {"__next__", nx, TPY_METHOD_PLAIN, NULL}, {"__call__", ca, TPY_METHOD_PLAIN, NULL},
        {"__enter__", en, TPY_METHOD_PLAIN, NULL}, {"__exit__", ex, TPY_METHOD_PLAIN, NULL},
    };
    TpyType *cls = make_class("Box", NULL, TPY_CLASS_SPEC_SLOTS, xy_int_fields, 2, methods, 8);
    TpyObject *objs[] = {init, gi, co, it, nx, ca, en, ex};
    for (int i = 0; i < 8; i++)
        tpy_decref(objs[i]);
    TpyObject *b = new_instance(cls, 2, tpy_smallint(3), tpy_None);
    assert_repr(tpy_object_getitem(b, tpy_smallint(21)), "42");
    ck_assert_int_eq(tpy_object_contains(b, tpy_smallint(3)), 1);
    ck_assert_int_eq(tpy_object_contains(b, tpy_smallint(4)), 0);
    TpyObject *one = tpy_smallint(1);
    assert_repr(tpy_object_call(b, &one, 1, NULL), "4");
    ck_assert_int_eq(tpy_object_setitem(b, one, one), -1);
    assert_raised(&tpy_TypeError_type, "'Box' object does not support item assignment");
    // for v in b: collect -> [3, 2, 1]
    TpyObject *list = tpy_list_new(0), *iter = tpy_object_iter(b), *v;
    while ((v = tpy_object_next(iter)) != NULL) {
        tpy_list_append(list, v);
        tpy_decref(v);
    }
    ck_assert_ptr_null(tpy_err_occurred());
    assert_repr(list, "[3, 2, 1]");
    tpy_decref(iter);
    // with b as v: ...
    assert_repr(tpy_class_enter(b), "1");
    ck_assert_int_eq(tpy_class_exit(b, NULL), 0);
    TpyObject *exc = tpy_exc_new(&tpy_ValueError_type, NULL, 0);
    ck_assert_int_eq(tpy_class_exit(b, exc), 1);   // suppressed
    tpy_decref(exc);
    ck_assert_ptr_null(tpy_class_enter(tpy_smallint(1)));
    assert_raised(&tpy_TypeError_type, "'int' object does not support the context manager protocol");
    tpy_decref(b);
    tpy_decref(&cls->ob);
}
END_TEST

// def __str__(self): return "E:" + super().__str__()
static TpyObject *m_exc_str(TpyObject *data, TpyObject *const *args, int64_t nargs,
                            TpyObject *kw)
{
    TpyObject *sup = tpy_super_new(tpy_type_of(args[0]), args[0]);
    TpyObject *f = getattr(sup, "__str__");
    tpy_decref(sup);
    if (f == NULL)
        return NULL;
    TpyObject *inner = call0(f);
    tpy_decref(f);
    if (inner == NULL)
        return NULL;
    TpyObject *prefix = tpy_str_from_cstr("E:");
    TpyObject *r = tpy_str_concat(prefix, inner);
    tpy_decref(prefix);
    tpy_decref(inner);
    return r;
}

START_TEST(test_super_str_of_exception_base)
{
    TpyObject *st = fn("E.__str__", m_exc_str);
    TpyMethodSpec methods[] = {{"__str__", st, TPY_METHOD_PLAIN, NULL}};
    TpyType *cls = make_class("E", &tpy_Exception_type, 0, NULL, 0, methods, 1);
    tpy_decref(st);
    TpyObject *msg = tpy_str_from_cstr("a");
    TpyObject *e = tpy_object_call(&cls->ob, &msg, 1, NULL);
    tpy_decref(msg);
    TpyObject *s = tpy_object_str(e);
    ck_assert_str_eq(tpy_str_as_utf8(s, NULL), "E:a");
    tpy_decref(s);
    assert_repr(e, "E('a')");
    tpy_decref(&cls->ob);
}
END_TEST

/* ---------------------------------------------------------------- fixups: metatype, dispatch, NamedTuple ops, PEP 442 */

START_TEST(test_metatype_slots_are_static)
{
    // Set in object.c's tpy_type_type itself: nothing to patch at start-up.
    ck_assert_ptr_eq(tpy_type_type.getattr, tpy_class_type_getattr);
    ck_assert_ptr_eq(tpy_type_type.setattr, tpy_class_type_setattr);
    ck_assert_ptr_eq(tpy_type_type.repr, tpy_class_type_repr);
    ck_assert_ptr_eq(tpy_type_type.dealloc, tpy_class_type_dealloc);
    // python3: repr(int), repr(type), int.__name__, a user class
    assert_repr(tpy_newref(&tpy_int_type.ob), "<class 'int'>");
    assert_repr(tpy_newref(&tpy_type_type.ob), "<class 'type'>");
    assert_repr(getattr(&tpy_int_type.ob, "__name__"), "'int'");
    TpyType *cls = make_class("P", NULL, 0, NULL, 0, NULL, 0);
    assert_repr(tpy_newref(&cls->ob), "<class '__main__.P'>");
    tpy_decref(&cls->ob);
}
END_TEST

static char dispatch_log[256];

// A dunder that logs its tag (the closure's data, a str) and declines.
static TpyObject *m_log_notimpl(TpyObject *data, TpyObject *const *args, int64_t nargs,
                                TpyObject *kw)
{
    strncat(dispatch_log, tpy_str_as_utf8(data, NULL),
            sizeof dispatch_log - strlen(dispatch_log) - 1);
    strncat(dispatch_log, " ", sizeof dispatch_log - strlen(dispatch_log) - 1);
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *logger(const char *name, const char *tag)
{
    TpyObject *t = tpy_str_from_cstr(tag);
    TpyObject *f = tpy_native_closure_new(name, tag, m_log_notimpl, t);
    tpy_decref(t);
    ck_assert_ptr_nonnull(f);
    return f;
}

// Runs a < b and a + b, returning the log ("A.gt A.lt | A.add A.radd").
static const char *dispatch_order(TpyObject *a, TpyObject *b)
{
    dispatch_log[0] = '\0';
    ck_assert_ptr_null(tpy_object_richcompare(a, b, TPY_CMP_OP_LT));
    ck_assert(tpy_err_matches(&tpy_TypeError_type));
    tpy_err_clear();
    strcat(dispatch_log, "| ");
    ck_assert_ptr_null(tpy_number_binop(a, b, TPY_BINOP_ADD));
    ck_assert(tpy_err_matches(&tpy_TypeError_type));
    tpy_err_clear();
    return dispatch_log;
}

/* class A: __lt__, __gt__, __add__, __radd__ (all log and return NotImplemented)
 * class B(A): pass
 * class C(A): __gt__, __radd__
 * python3 prints, for a < b then a + b:
 *   A, B: A.gt A.lt | A.add A.radd   (comparison: the subclass's reflected
 *                                     method first even if inherited)
 *   A, C: C.gt A.lt | C.radd A.add   (binop: only if overridden)
 *   B, A: A.lt A.gt | A.add A.radd */
START_TEST(test_subclass_reflected_operand_goes_first)
{
    TpyObject *lt = logger("__lt__", "A.lt"), *gt = logger("__gt__", "A.gt"),
              *add = logger("__add__", "A.add"), *radd = logger("__radd__", "A.radd"),
              *cgt = logger("__gt__", "C.gt"), *cradd = logger("__radd__", "C.radd");
    TpyMethodSpec am[] = {
        {"__lt__", lt, TPY_METHOD_PLAIN, NULL}, {"__gt__", gt, TPY_METHOD_PLAIN, NULL},
        {"__add__", add, TPY_METHOD_PLAIN, NULL}, {"__radd__", radd, TPY_METHOD_PLAIN, NULL},
    };
    TpyMethodSpec cm[] = {
        {"__gt__", cgt, TPY_METHOD_PLAIN, NULL}, {"__radd__", cradd, TPY_METHOD_PLAIN, NULL},
    };
    TpyType *A = make_class("A", NULL, 0, NULL, 0, am, 4);
    TpyType *B = make_class("B", A, 0, NULL, 0, NULL, 0);
    TpyType *C = make_class("C", A, 0, NULL, 0, cm, 2);
    TpyObject *fns[] = {lt, gt, add, radd, cgt, cradd};
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++)
        tpy_decref(fns[i]);
    TpyObject *a = tpy_instance_new(A), *b = tpy_instance_new(B), *c = tpy_instance_new(C);
    ck_assert_str_eq(dispatch_order(a, b), "A.gt A.lt | A.add A.radd ");
    ck_assert_str_eq(dispatch_order(a, c), "C.gt A.lt | C.radd A.add ");
    ck_assert_str_eq(dispatch_order(b, a), "A.lt A.gt | A.add A.radd ");
    tpy_decref(a);
    tpy_decref(b);
    tpy_decref(c);
    tpy_decref(&C->ob);
    tpy_decref(&B->ob);
    tpy_decref(&A->ob);
}
END_TEST

static TpyObject *make_pair(TpyObject *x, TpyObject *y)
{
    return tpy_tuple_pack(2, x, y);
}

// repr(r) and type(r).__name__ must be want / tname; steals r.
static void assert_tuple_result(TpyObject *r, const char *want, const char *tname)
{
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(tpy_type_of(r)->name, tname);
    assert_repr(r, want);
}

/* class P(NamedTuple): x: int; y: int  -- p = P(1, 2); python3 prints the
 * expectations below (every result is a plain tuple). */
START_TEST(test_namedtuple_concat_repeat_compare_as_tuple)
{
    static const TpyFieldSpec fields[] = {{"x", TPY_KIND_OBJ, false}, {"y", TPY_KIND_OBJ, false}};
    TpyClassSpec spec = {.name = "P", .qualname = "P", .module = "__main__",
                         .base = &tpy_tuple_type, .flags = TPY_CLASS_SPEC_NAMEDTUPLE,
                         .fields = fields, .nfields = 2};
    TpyType *P = tpy_class_new(&spec);
    ck_assert_ptr_nonnull(P);
    TpyObject *p = new_instance(P, 2, tpy_smallint(1), tpy_smallint(2));
    TpyObject *t3 = tpy_tuple_pack(1, tpy_smallint(3)), *t0 = tpy_tuple_pack(1, tpy_smallint(0));
    TpyObject *empty = tpy_tuple_new(0);
    assert_tuple_result(tpy_number_binop(p, t3, TPY_BINOP_ADD), "(1, 2, 3)", "tuple");
    assert_tuple_result(tpy_number_binop(t0, p, TPY_BINOP_ADD), "(0, 1, 2)", "tuple");
    assert_tuple_result(tpy_number_binop(p, empty, TPY_BINOP_ADD), "(1, 2)", "tuple");
    assert_tuple_result(tpy_number_binop(empty, p, TPY_BINOP_ADD), "(1, 2)", "tuple");
    assert_tuple_result(tpy_number_binop(p, tpy_smallint(2), TPY_BINOP_MUL), "(1, 2, 1, 2)", "tuple");
    assert_tuple_result(tpy_number_binop(tpy_smallint(2), p, TPY_BINOP_MUL), "(1, 2, 1, 2)", "tuple");
    assert_tuple_result(tpy_number_binop(p, tpy_smallint(1), TPY_BINOP_MUL), "(1, 2)", "tuple");
    assert_tuple_result(tpy_number_binop(p, p, TPY_BINOP_ADD), "(1, 2, 1, 2)", "tuple");
    assert_tuple_result(tpy_tuple_slice(p, 0, 2), "(1, 2)", "tuple");   // p[:]
    // p == (1, 2), (1, 2) == p, p != (1, 2), p < (1, 3), (1, 3) > p, p <= (1, 2),
    // p >= (1, 2, 0), (0, 5) < p:  True True False True True True False True
    TpyObject *t12 = make_pair(tpy_smallint(1), tpy_smallint(2));
    TpyObject *t13 = make_pair(tpy_smallint(1), tpy_smallint(3));
    TpyObject *t05 = make_pair(tpy_smallint(0), tpy_smallint(5));
    TpyObject *t120 = tpy_tuple_pack(3, tpy_smallint(1), tpy_smallint(2), tpy_smallint(0));
    ck_assert_int_eq(tpy_object_compare_bool(p, t12, TPY_CMP_OP_EQ), 1);
    ck_assert_int_eq(tpy_object_compare_bool(t12, p, TPY_CMP_OP_EQ), 1);
    ck_assert_int_eq(tpy_object_compare_bool(p, t12, TPY_CMP_OP_NE), 0);
    ck_assert_int_eq(tpy_object_compare_bool(p, t13, TPY_CMP_OP_LT), 1);
    ck_assert_int_eq(tpy_object_compare_bool(t13, p, TPY_CMP_OP_GT), 1);
    ck_assert_int_eq(tpy_object_compare_bool(p, t12, TPY_CMP_OP_LE), 1);
    ck_assert_int_eq(tpy_object_compare_bool(p, t120, TPY_CMP_OP_GE), 0);
    ck_assert_int_eq(tpy_object_compare_bool(t05, p, TPY_CMP_OP_LT), 1);
    ck_assert_int_eq(tpy_object_hash(p), tpy_object_hash(t12));
    // Errors, word for word.
    TpyObject *list = tpy_list_new(0), *f = tpy_float_from_double(1.5);
    TpyObject *sa = tpy_str_from_cstr("a"), *t1a = make_pair(tpy_smallint(1), sa);
    ck_assert_ptr_null(tpy_number_binop(p, list, TPY_BINOP_ADD));
    assert_raised(&tpy_TypeError_type, "can only concatenate tuple (not \"list\") to tuple");
    ck_assert_ptr_null(tpy_number_binop(p, f, TPY_BINOP_MUL));
    assert_raised(&tpy_TypeError_type, "can't multiply sequence by non-int of type 'float'");
    ck_assert_ptr_null(tpy_object_richcompare(p, t1a, TPY_CMP_OP_LT));
    assert_raised(&tpy_TypeError_type, "'<' not supported between instances of 'int' and 'str'");
    TpyObject *all[] = {p, t3, t0, empty, t12, t13, t05, t120, list, f, sa, t1a};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        tpy_decref(all[i]);
    tpy_decref(&P->ob);
}
END_TEST

/* python3: a __del__ that stores self runs once; when the resurrected object
 * dies again it is destroyed without a second call (PEP 442).  Checked for
 * each place the "finalized" bit can live: a non-GC __slots__ class (a word
 * of its own), a plain class (the weaklist word), a GC class (the GC head),
 * and a subclass inheriting __del__. */
START_TEST(test_del_runs_once_after_resurrection)
{
    TpyObject *del = fn("C.__del__", m_del_resurrect);
    TpyMethodSpec methods[] = {{"__del__", del, TPY_METHOD_PLAIN, NULL}};
    static const TpyFieldSpec int_field[] = {{"x", TPY_KIND_OBJ, false}};
    static const TpyFieldSpec list_field[] = {{"x", TPY_KIND_OBJ, true}};
    TpyType *slots = make_class("S", NULL, TPY_CLASS_SPEC_SLOTS, int_field, 1, methods, 1);
    TpyType *plain = make_class("C", NULL, 0, int_field, 1, methods, 1);
    TpyType *gc = make_class("G", NULL, 0, list_field, 1, methods, 1);
    TpyType *sub = make_class("D", slots, TPY_CLASS_SPEC_SLOTS, int_field, 1, NULL, 0);
    tpy_decref(del);
    // Only the non-GC __slots__ class pays a word for the bit.
    ck_assert_uint_eq(slots->basicsize, 16 + 8 + 8);
    ck_assert(!(slots->flags & TPY_TPFLAG_GC));
    ck_assert_int_eq(slots->finalized_offset, 16 + 8);
    ck_assert_uint_eq(plain->basicsize, 16 + 8 + 8);   // header, weaklist, x
    ck_assert(!(plain->flags & TPY_TPFLAG_GC));
    ck_assert_int_eq(plain->finalized_offset, (ptrdiff_t)plain->weaklist_offset);
    ck_assert_int_eq(gc->finalized_offset, TPY_GC_FINALIZED_OFFSET);
    ck_assert_int_eq(sub->finalized_offset, slots->finalized_offset);
    TpyType *classes[] = {slots, plain, gc, sub};
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) {
        del_calls = 0;
        saved_self = NULL;
        TpyObject *o = tpy_instance_new(classes[i]);
        setattr(o, "x", tpy_smallint(9));
        ck_assert(!tpy_object_is_finalized(o));
        tpy_decref(o);
        ck_assert_int_eq(del_calls, 1);
        ck_assert_ptr_eq(saved_self, o);          // resurrected, fields intact
        ck_assert(tpy_object_is_finalized(o));
        assert_repr(getattr(o, "x"), "9");
        saved_self = NULL;
        tpy_decref(o);                            // dies for good, no second __del__
        ck_assert_int_eq(del_calls, 1);
    }
    tpy_decref(&sub->ob);
    tpy_decref(&gc->ob);
    tpy_decref(&plain->ob);
    tpy_decref(&slots->ob);
}
END_TEST

Suite *objects_suite(void)
{
    Suite *s = suite_create("objects");
    TCase *tc = tcase_create("classes");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_slots_two_int_fields_is_32_bytes);
    tcase_add_test(tc, test_plain_class_has_weaklist_and_gc_when_needed);
    tcase_add_test(tc, test_fields_by_name_and_unset_field_error);
    tcase_add_test(tc, test_vars_builds_a_fresh_dict);
    tcase_add_test(tc, test_methods_bind_and_bound_method_protocol);
    tcase_add_test(tc, test_no_init_takes_no_arguments);
    tcase_add_test(tc, test_class_attributes_and_shadowing);
    tcase_add_test(tc, test_property_getter_setter_and_missing_setter);
    tcase_add_test(tc, test_staticmethod_and_classmethod);
    tcase_add_test(tc, test_repr_eq_hash_trampolines);
    tcase_add_test(tc, test_binop_and_reflected);
    tcase_add_test(tc, test_len_and_truth);
    tcase_add_test(tc, test_del_runs_once_when_last_reference_goes);
    tcase_add_test(tc, test_del_exception_is_printed_and_pending_error_kept);
    tcase_add_test(tc, test_del_resurrection_keeps_object);
    tcase_add_test(tc, test_fields_released_on_dealloc);
    tcase_add_test(tc, test_long_chain_dealloc_does_not_overflow);
    tcase_add_test(tc, test_exception_subclass_layout_and_super_init);
    tcase_add_test(tc, test_super_object_and_builtin_methods);
    tcase_add_test(tc, test_dataclass_generated_methods);
    tcase_add_test(tc, test_namedtuple_is_a_tuple_with_names);
    tcase_add_test(tc, test_container_iterator_call_and_with_protocols);
    tcase_add_test(tc, test_super_str_of_exception_base);
    tcase_add_test(tc, test_metatype_slots_are_static);
    tcase_add_test(tc, test_subclass_reflected_operand_goes_first);
    tcase_add_test(tc, test_namedtuple_concat_repeat_compare_as_tuple);
    tcase_add_test(tc, test_del_runs_once_after_resurrection);
    suite_add_tcase(s, tc);
    return s;
}
