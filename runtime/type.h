/* runtime/type.h: type objects and the slots generic code dispatches through.
 *
 * A TpyType is itself an object (type(x) returns it).  Builtin types are
 * static TpyType structs filled in their own file (int.c, str.c, ...); user
 * classes are created at run time by class.c.  Slots are C function pointers,
 * as in CPython's tp_* slots: the generic operations in abstract.c (repr,
 * hash, compare, len, iteration, item access) call them, so containers, print
 * and the dynamic paths of the interpreter work on any value.  The typed fast
 * paths of the interpreter and the JIT call type-specific functions directly
 * (tpy_list_append, tpy_str_concat, ...) and never look at slots.
 *
 * Conventions for every slot and runtime function: a TpyObject * result is a
 * new reference, NULL means an exception is pending (see exc.h); an int result
 * is -1 with an exception pending on error.
 */
#ifndef TPY_RUNTIME_TYPE_H
#define TPY_RUNTIME_TYPE_H

#include "object.h"

typedef int (*TpyVisitFn)(TpyObject *child, void *arg);

/* Rich comparison operators, numbered as CPython's Py_LT ... Py_GE. */
typedef enum TpyCompareOp {
    TPY_CMP_OP_LT = 0, TPY_CMP_OP_LE = 1, TPY_CMP_OP_EQ = 2,
    TPY_CMP_OP_NE = 3, TPY_CMP_OP_GT = 4, TPY_CMP_OP_GE = 5
} TpyCompareOp;

/* Binary operators for the binop slot; the order is the one of CPython's
 * nb_* slots and of the `dis` names (NB_ADD ...). */
typedef enum TpyBinaryOp {
    TPY_BINOP_ADD, TPY_BINOP_AND, TPY_BINOP_FLOORDIV, TPY_BINOP_LSHIFT,
    TPY_BINOP_MATMUL, TPY_BINOP_MUL, TPY_BINOP_MOD, TPY_BINOP_OR,
    TPY_BINOP_POW, TPY_BINOP_RSHIFT, TPY_BINOP_SUB, TPY_BINOP_TRUEDIV,
    TPY_BINOP_XOR, TPY_BINOP_DIVMOD,
    TPY_BINOP_COUNT
} TpyBinaryOp;

typedef enum TpyUnaryOp {
    TPY_UNOP_NEG, TPY_UNOP_POS, TPY_UNOP_INVERT, TPY_UNOP_ABS
} TpyUnaryOp;

/* A method of a builtin type, or a builtin function, callable generically.
 * `args[0]` is self for methods.  CPython's vectorcall convention: `nargs`
 * positional values, then one value per name in `kwnames` (NULL or a tuple
 * of str), i.e. args[nargs + i] is the value of kwnames[i]. */
typedef TpyObject *(*TpyNativeFn)(TpyObject *const *args, int64_t nargs, TpyObject *kwnames);

typedef struct TpyMethodDef {
    const char *name;
    TpyNativeFn fn;
    int flags;                 /* TPY_METH_STATIC, TPY_METH_CLASS */
} TpyMethodDef;

enum { TPY_METH_STATIC = 1, TPY_METH_CLASS = 2 };

enum {
    TPY_TPFLAG_GC = 1 << 0,           /* instances have a TpyGCHead and traverse/clear */
    TPY_TPFLAG_BASETYPE = 1 << 1,     /* may be subclassed */
    TPY_TPFLAG_HEAPTYPE = 1 << 2,     /* a user class, created at run time */
    TPY_TPFLAG_HAS_DICT = 1 << 3,     /* instances carry a __dict__ (at dict_offset) */
    TPY_TPFLAG_HAS_WEAKLIST = 1 << 4, /* instances carry a weakref list (at weaklist_offset) */
    TPY_TPFLAG_EXCEPTION = 1 << 5,    /* BaseException or a subclass */
    TPY_TPFLAG_HAS_FINALIZER = 1 << 6 /* defines __del__ */
};

struct TpyType {
    TpyObject ob;
    const char *name;                  /* "int", "Node": what type(x).__name__ prints */
    TpyType *base;                     /* NULL only for object */
    size_t basicsize;                  /* bytes of an instance, TpyObject header included, no GC head */
    size_t itemsize;                   /* for variable-size instances (tuple, bigint), else 0 */
    uint32_t flags;
    size_t dict_offset, weaklist_offset;  /* valid when the flag says so */

    /* lifetime */
    void (*dealloc)(TpyObject *self);
    int (*traverse)(TpyObject *self, TpyVisitFn visit, void *arg);   /* GC types */
    void (*clear)(TpyObject *self);                                  /* GC types */
    void (*finalize)(TpyObject *self);                               /* runs __del__ */

    /* protocol slots; NULL = not supported by this type */
    TpyObject *(*repr)(TpyObject *self);
    TpyObject *(*str)(TpyObject *self);
    int64_t (*hash)(TpyObject *self);                 /* -1 with exception = unhashable/error */
    TpyObject *(*richcompare)(TpyObject *a, TpyObject *b, TpyCompareOp op);  /* may return tpy_NotImplemented */
    int (*truth)(TpyObject *self);                    /* 1 true, 0 false, -1 error */
    int64_t (*length)(TpyObject *self);               /* -1 with exception on error */
    TpyObject *(*iter)(TpyObject *self);
    TpyObject *(*iternext)(TpyObject *self);          /* NULL without exception = exhausted */
    TpyObject *(*getitem)(TpyObject *self, TpyObject *key);
    int (*setitem)(TpyObject *self, TpyObject *key, TpyObject *value);   /* value NULL: delete */
    int (*contains)(TpyObject *self, TpyObject *item);                  /* 1, 0, -1 */
    TpyObject *(*call)(TpyObject *self, TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
    TpyObject *(*getattr)(TpyObject *self, TpyObject *name);            /* generic fallback */
    int (*setattr)(TpyObject *self, TpyObject *name, TpyObject *value);

    const TpyMethodDef *methods;       /* builtin methods, terminated by {NULL} */
    TpyObject *members;                /* dict: name -> function/descriptor (filled at startup / class creation) */
    void *user;                        /* class.c: layout and method table of a user class */

    /* ---- added by the numbers helper (additive; NULL = unsupported) ---- */
    /* Numeric and sequence operators.  Called as CPython calls nb_add: with
     * both operands in source order, first on type(a), then (if that returned
     * tpy_NotImplemented and the types differ) on type(b).  Returns a new
     * reference, tpy_NotImplemented (new reference), or NULL with an exception. */
    TpyObject *(*binop)(TpyObject *a, TpyObject *b, TpyBinaryOp op);
    /* `a op= b` for mutable types (list +=, set |=); NULL or NotImplemented
     * falls back to binop. */
    TpyObject *(*inplace_binop)(TpyObject *a, TpyObject *b, TpyBinaryOp op);
    /* -a, +a, ~a, abs(a); NotImplemented or NULL slot = TypeError. */
    TpyObject *(*unaryop)(TpyObject *a, TpyUnaryOp op);
    /* `type(*args, **kw)`: builds an instance (int("12"), ValueError("x")).
     * Returns a new reference or NULL with an exception. */
    TpyObject *(*construct)(TpyType *type, TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
    /* sys.getsizeof(self) without the GC head (abstract.c adds it); NULL means
     * basicsize + itemsize * 0. */
    size_t (*size_of)(TpyObject *self);

    /* ---- added by the objects helper (additive; NULL = not a descriptor) ---- */
    /* The descriptor protocol (CPython's tp_descr_get / tp_descr_set): a value
     * found in a class's members is passed through its type's descr_get when
     * read through an instance (`instance` non-NULL) or the class (`instance`
     * NULL).  Function objects bind (func.c sets descr_get =
     * tpy_method_function_descr_get, see method.h), property/classmethod/
     * staticmethod live in descr.c.  A type with descr_set is a *data*
     * descriptor: it wins over instance fields on both read and write.
     * Both return a new reference / 0, or NULL / -1 with an exception. */
    TpyObject *(*descr_get)(TpyObject *descr, TpyObject *instance, TpyType *owner);
    int (*descr_set)(TpyObject *descr, TpyObject *instance, TpyObject *value);  /* value NULL: delete */

    /* ---- added by fixups (additive; 0 = none) ---- */
    /* PEP 442: `finalize` runs at most once per object, even if the object
     * was resurrected by it.  This is the byte offset, from the object's
     * start, of the pointer-sized word whose bit 0 records "finalized";
     * negative offsets reach into the TpyGCHead (TPY_GC_FINALIZED_OFFSET).
     * 0: the type keeps no bit and finalize runs at every death.  See
     * object.h, "Finalizers", and class.h for where user classes keep it. */
    ptrdiff_t finalized_offset;

    /* ---- added by weakref (additive) ---- */
    /* Weak references to this type object (weakref.h; type objects are
     * weakly referenceable, as in CPython).  Not owned. */
    TpyObject *weaklist;
    /* __module__ of a static type defined outside builtins ("dataclasses" for
     * FrozenInstanceError); NULL = "builtins".  User classes keep theirs in
     * TpyClassData.  Tracebacks print "module.Name: msg" for such types. */
    const char *module;
};

/* Static type objects start with this header (types are immortal: their
 * refcount never reaches 0 because this 1 is never dropped). */
#define TPY_STATIC_TYPE_HEADER { .refcount = 1, .type = &tpy_type_type }

extern TpyType tpy_type_type;
extern TpyType tpy_object_type;

/* True if `type` is `base` or derives from it. */
bool tpy_type_is_subtype(const TpyType *type, const TpyType *base);

/* Allocate an instance of a fixed-size type (zeroed, refcount 1).  GC types
 * get their TpyGCHead (untracked).  Returns NULL with MemoryError set. */
TpyObject *tpy_object_new(TpyType *type);
/* Same for a variable-size type with `nitems` items. */
TpyObject *tpy_object_new_var(TpyType *type, size_t nitems);
/* Same, but the `nitems` items are left uninitialised (the caller fills them). */
TpyObject *tpy_object_new_var_uninit(TpyType *type, size_t nitems);
/* Free the memory of an object whose dealloc has released its contents.
 * For fixed-size types (itemsize == 0) only. */
void tpy_object_free(TpyObject *o);
/* Free a variable-size object allocated by tpy_object_new_var(type, nitems);
 * `nitems` must be the count it was allocated with (live-byte accounting). */
void tpy_object_free_var(TpyObject *o, size_t nitems);
/* Bytes of a fixed/variable instance as allocated, GC head included. */
size_t tpy_object_alloc_size(const TpyType *type, size_t nitems);

#endif
