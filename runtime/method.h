/* runtime/method.h: bound methods and native (C-implemented) function objects.
 *
 * Three kinds of objects live here:
 *  - `method` (tpy_method_type): a function bound to an object, what
 *    `obj.method` evaluates to when the vm cannot call the method directly.
 *    Calling it calls the function with `self` prepended.  __self__,
 *    __func__, CPython's equality (same __self__ object, equal __func__) and
 *    repr `<bound method C.m of <__main__.C object at 0x...>>`.
 *  - `builtin_function_or_method` (tpy_native_type): a TpyMethodDef as a
 *    value.  Unbound it is a builtin function (`<built-in function len>`);
 *    bound to `self` it is a builtin method (`[].append`,
 *    `<built-in method append of list object at 0x...>`).
 *  - `method_descriptor` (tpy_method_descriptor_type): `list.append`, a
 *    TpyMethodDef of a type read through the type; binds like a function.
 *  - `function` natives with context (tpy_native_closure_type): a C function
 *    that receives a `data` object and binds like a Python function.
 *    class.c uses them for generated methods (dataclass __init__, __repr__,
 *    NamedTuple _replace) and the unit tests use them as tiny "methods".
 *
 * Calling convention everywhere: CPython's vectorcall (type.h TpyNativeFn):
 * positional arguments, then the values of keyword arguments named by the
 * tuple `kwnames` (NULL for none).  Results: new reference or NULL with an
 * exception pending.  Arguments are borrowed.
 */
#ifndef TPY_RUNTIME_METHOD_H
#define TPY_RUNTIME_METHOD_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_method_type, tpy_native_type, tpy_method_descriptor_type,
    tpy_native_closure_type;

typedef struct TpyMethod {
    TpyObject ob;
    TpyObject *func;    /* owned: the function (or any callable) */
    TpyObject *self;    /* owned: the bound object (a class for classmethods) */
    TpyObject *weaklist;  /* weak references (weakref.h); not owned */
} TpyMethod;

typedef struct TpyNative {
    TpyObject ob;
    const TpyMethodDef *def;   /* static table entry, never freed */
    TpyObject *self;           /* owned; NULL: builtin function / descriptor */
    TpyType *owner;            /* method_descriptor: the type that defines it (borrowed, static) */
    const char *module;        /* builtin function: module name for repr-less uses, or NULL */
} TpyNative;

/* A C function with a context object: `data` is the closure's data. */
typedef TpyObject *(*TpyNativeClosureFn)(TpyObject *data, TpyObject *const *args, int64_t nargs,
                                         TpyObject *kwnames);

typedef struct TpyNativeClosure {
    TpyObject ob;
    TpyNativeClosureFn fn;
    TpyObject *data;       /* owned, may be NULL */
    TpyObject *name;       /* owned str: __name__ */
    TpyObject *qualname;   /* owned str: __qualname__ ("Point.__init__") */
} TpyNativeClosure;

static inline bool tpy_method_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_method_type;
}

/* A bound method: borrows func and self (increfs both).  New reference. */
TpyObject *tpy_method_new(TpyObject *func, TpyObject *self);

/* descr_get for function types: `instance` NULL returns func itself, else a
 * bound method.  The vm's function type sets `.descr_get` to this. */
TpyObject *tpy_method_function_descr_get(TpyObject *func, TpyObject *instance, TpyType *owner);

/* func(self, *args): calls any callable with `self` prepended, without
 * allocating a bound method (kwnames as in TpyNativeFn).  New reference. */
TpyObject *tpy_method_call_with_self(TpyObject *func, TpyObject *self, TpyObject *const *args,
                                     int64_t nargs, TpyObject *kwnames);

/* A builtin function (self NULL) or a builtin method bound to `self`
 * (borrowed, increfed).  `def` must outlive the object (static tables).
 * New reference. */
TpyObject *tpy_native_new(const TpyMethodDef *def, TpyObject *self);

/* `type.name` for a TpyMethodDef of a builtin type (list.append):
 * a method_descriptor that binds when read through an instance. */
TpyObject *tpy_method_descriptor_new(TpyType *owner, const TpyMethodDef *def);

/* A native closure named `name` / `qualname` (UTF-8, copied); borrows data.
 * It binds like a Python function (descr_get), so it can be a class member. */
TpyObject *tpy_native_closure_new(const char *name, const char *qualname, TpyNativeClosureFn fn,
                                  TpyObject *data);

/* getattr(o, name) for the builtin methods of o's type (`[].append`):
 * a bound builtin method, or NULL *without* an exception when the type has
 * no method of that name.  Generic attribute lookup (abstract.c) can use it
 * as the fallback for types without a getattr slot. */
TpyObject *tpy_method_bind_builtin(TpyObject *o, const char *name);

/* The function's __qualname__ (or __name__) as UTF-8 into buf, for reprs
 * and messages: works for natives, closures and any object exposing
 * __qualname__ through getattr; "?" otherwise.  Never raises. */
const char *tpy_method_qualname(TpyObject *func, char *buf, size_t size);

#endif
