/* runtime/class.h: user classes and their instances.
 *
 * A class statement is compiled into a TpyClassSpec (everything the checker
 * knows statically: fields, their kinds, methods, flags) and turned into a
 * TpyType at run time by tpy_class_new.  Instances have a *fixed layout*
 * known at compile time, so `self.x` is a load at a constant offset in both
 * the interpreter and the JIT:
 *
 *     [TpyGCHead]  only if some field can reference a container
 *     TpyObject    refcount, type                         16 bytes
 *     [exception]  BaseException subclasses: the exception fields
 *     [weaklist]   ordinary classes only (not __slots__ classes)
 *     fields       one 8-byte TpyValue per field, inherited fields first;
 *                  float fields are unboxed doubles, bool fields 0/1,
 *                  complex fields take two slots, everything else OBJ
 *
 * So a `__slots__` class with two int fields is 16 + 2 * 8 = 32 bytes and
 * carries no GC head.
 *
 * The "finalized" bit (PEP 442: __del__ runs once even if it resurrects the
 * object; object.h, "Finalizers"): a class that defines __del__ keeps it in
 * bit 0 of a word its instances already have -- the GC head's `prev` for GC
 * classes, else the weaklist word -- and only a non-GC __slots__ class
 * (no head, no weaklist) gets one extra word, appended after its fields.
 * Subclasses inherit the place with the layout (TpyType.finalized_offset).
 * Classes without __del__ pay nothing.  There is no per-instance __dict__: every attribute is
 * declared (the checker enforces it); `vars(obj)` and `obj.__dict__` build a
 * fresh dict from the fields.
 *
 * sys.getsizeof(instance) is basicsize, plus sizeof(TpyGCHead) (24 bytes)
 * when the class is a GC type -- CPython 3.11's convention (its getsizeof
 * adds the GC header of GC objects).  So the 2-int-field __slots__ instance
 * reports 32 (CPython 3.11: 48), an ordinary 2-field instance whose fields
 * may hold containers 16 + 8 (weaklist) + 2 * 8 + 24 = 64.
 *
 * Generic operations on instances (print -> __str__/__repr__, dict keys ->
 * __hash__/__eq__, sorted -> __lt__, len(), iteration, with, del) go through
 * the type's slots, which class.c fills with trampolines calling the user's
 * dunder methods.  Statically typed code calls the methods directly.
 */
#ifndef TPY_RUNTIME_CLASS_H
#define TPY_RUNTIME_CLASS_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"
#include "type.h"
#include "value.h"

typedef struct TpyFieldSpec {
    const char *name;
    TpyValueKind kind;
    bool may_hold_container;   /* OBJ fields whose static type can reference a container */
} TpyFieldSpec;

typedef struct TpyMethodSpec {
    const char *name;
    TpyObject *function;       /* a function object (func.h); borrowed by the spec */
    enum { TPY_METHOD_PLAIN, TPY_METHOD_STATIC, TPY_METHOD_CLASS, TPY_METHOD_PROPERTY } kind;
    TpyObject *setter;         /* property setter function, or NULL */
} TpyMethodSpec;

enum {
    TPY_CLASS_SPEC_SLOTS = 1 << 0,       /* declared __slots__: no weaklist */
    TPY_CLASS_SPEC_DATACLASS = 1 << 1,   /* generated __init__/__repr__/__eq__ unless defined */
    TPY_CLASS_SPEC_NAMEDTUPLE = 1 << 2,  /* instances are tuples (tuple subclass layout) */
    TPY_CLASS_SPEC_DATACLASS_ORDER = 1 << 3,
    TPY_CLASS_SPEC_DATACLASS_FROZEN = 1 << 4   /* assignment/deletion raise FrozenInstanceError */
};

typedef struct TpyClassSpec {
    const char *name;              /* __name__ */
    const char *qualname;          /* __qualname__ */
    const char *module;            /* __module__ ("__main__" for the script) */
    TpyType *base;                 /* object, an exception type, or a user class */
    uint32_t flags;
    const TpyFieldSpec *fields;    /* ALL fields, inherited first, in layout order */
    int nfields;
    const TpyMethodSpec *methods;  /* methods defined in this class body */
    int nmethods;
    TpyObject *const *field_defaults;  /* dataclass/NamedTuple defaults (NULL = required), nfields entries or NULL */
    /* ---- added by the objects helper (additive; zero = absent) ---- */
    /* dataclass `field(default_factory=f)`: nfields entries (callable or NULL),
     * or NULL for none.  Borrowed by the spec. */
    TpyObject *const *field_factories;
    /* Class attributes assigned in the class body (`count = 0`), stored in the
     * class's members: names and values, nclass_attrs entries.  Borrowed. */
    const char *const *class_attr_names;
    TpyObject *const *class_attr_values;
    int nclass_attrs;
} TpyClassSpec;

/* Create the class.  Returns a new reference to the type, NULL on error. */
TpyType *tpy_class_new(const TpyClassSpec *spec);

/* Byte offset of field slot `index` in instances of a class with the given
 * base layout; the compiler and the JIT use it to emit constant offsets. */
size_t tpy_class_field_offset(const TpyType *cls, int index);

/* A new, zero-filled instance (OBJ fields NULL = unset: reading one raises
 * AttributeError "'C' object has no attribute 'x'").  New reference. */
TpyObject *tpy_instance_new(TpyType *cls);

/* ---- added by the objects helper ---- */

/* Does `type` come from tpy_class_new (a user class)? */
bool tpy_class_check(const TpyType *type);

/* The member `name` of a class or its bases (methods as function objects,
 * property/staticmethod/classmethod objects, class attributes), looked up
 * along the base chain (user classes, then the builtin base's members
 * dict).  Borrowed; NULL without exception if absent. */
TpyObject *tpy_class_lookup(const TpyType *type, const char *name);

/* `C.name = value` for a user class: stores into the class's own members
 * (value borrowed).  0 / -1. */
int tpy_class_set_attr(TpyType *cls, const char *name, TpyObject *value);

/* Generic attribute access on instances of user classes (the getattr /
 * setattr slots; getattr(), setattr(), hasattr(), delattr(), dynamic paths):
 * data descriptors (property), fields (float fields boxed), methods (bound),
 * class attributes, __class__, __dict__; CPython's AttributeError messages.
 * value NULL deletes.  New reference / 0, NULL / -1 with an exception. */
TpyObject *tpy_instance_getattr(TpyObject *self, TpyObject *name);
int tpy_instance_setattr(TpyObject *self, TpyObject *name, TpyObject *value);
/* vars(obj) / obj.__dict__: a fresh dict of the fields that are set. */
TpyObject *tpy_instance_vars(TpyObject *self);

/* Slots of `type` itself (the metatype), for object.c's tpy_type_type:
 * getattr on a class (`C.x`, `C.__name__`, `int.__name__`, `list.append`),
 * setattr (`C.count = 1`), repr (`<class '__main__.C'>`, `<class 'int'>`),
 * and dealloc of a user class. */
TpyObject *tpy_class_type_getattr(TpyObject *type, TpyObject *name);
/* Installs the four metatype slots above into tpy_type_type (getattr,
 * setattr, dealloc where still NULL; repr always, since builtin types print
 * the same either way).  tpy_class_new calls it; the driver should call it at
 * start-up so `type(3).__name__` works in scripts without classes.
 * Idempotent. */
void tpy_class_runtime_init(void);
int tpy_class_type_setattr(TpyObject *type, TpyObject *name, TpyObject *value);
TpyObject *tpy_class_type_repr(TpyObject *type);
void tpy_class_type_dealloc(TpyObject *type);
/* __qualname__ and __module__ of any type ("int" and "builtins" for builtins). */
const char *tpy_class_qualname(const TpyType *type);
const char *tpy_class_module(const TpyType *type);

/* Call o.name(*args) looking the method up on type(o) like CPython's special
 * method lookup (user-class members, then builtin TpyMethodDefs).  Sets
 * AttributeError "'C' object has no attribute 'name'" if absent, or returns
 * NULL *without* an exception when `missing_ok` and absent.  New reference. */
TpyObject *tpy_class_call_special(TpyObject *o, const char *name, TpyObject *const *args,
                                  int64_t nargs, bool missing_ok);

/* The `with` statement (the vm's WITH opcodes): mgr.__enter__() (new ref),
 * and mgr.__exit__(type, value, traceback) for exception `exc` (NULL: a
 * normal exit, called with three Nones).  exit returns 1 if the exception is
 * to be suppressed (a true result), 0 otherwise, -1 with an exception.
 * Errors: TypeError "'C' object does not support the context manager
 * protocol". */
TpyObject *tpy_class_enter(TpyObject *mgr);
int tpy_class_exit(TpyObject *mgr, TpyObject *exc);

/* Uncaught exception in __del__ (and other "unraisable" places): prints
 * "Exception ignored in: <repr of obj>" and the exception's traceback to
 * stderr, as CPython's PyErr_WriteUnraisable.  Takes the pending exception.
 * If the vm installs tpy_class_unraisable_hook (tpy_traceback_write_unraisable,
 * which prints the full traceback), that is used; otherwise a fallback prints
 * the header, "Traceback (most recent call last):" and "Type: message". */
void tpy_class_write_unraisable(TpyObject *obj);
extern void (*tpy_class_unraisable_hook)(TpyObject *obj);

#endif
