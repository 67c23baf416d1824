/* runtime/class_slots.c: protocol slots of user classes that call dunder methods.
 *
 * Generic code (print, dict keys, sorted, len, for, operators on values whose
 * static type is not known) goes through TpyType slots.  For a user class
 * that defines (or inherits) a dunder, the slot is a trampoline here that
 * looks the method up on the instance's type *at call time* (so a later
 * `C.__repr__ = f` is seen, like CPython's slot_tp_repr) and calls it with
 * self prepended, then checks the result the way CPython does ("__len__()
 * should return >= 0", "__bool__ should return bool, returned int", ...).
 *
 * Binary operators follow CPython's SLOT1BINFULL: abstract.c calls a slot
 * once per distinct slot *function*, and every user class shares the same
 * trampoline, so the trampoline itself handles both sides: a.__add__(b),
 * then b.__radd__(a) (the reflected method first when type(b) is a proper
 * subclass of type(a) that overrides it).
 *
 * __hash__: a class that defines __eq__ without __hash__ is unhashable
 * (hash slot NULL, members["__hash__"] = None), as in CPython.
 */
#include "class.h"
#include "class_internal.h"

#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- helpers */

// The member `name` of type(o) if it is defined by a user class (not None).
static TpyObject *find_user(TpyObject *o, const char *name)
{
    TpyObject *m = tpy_class_lookup(tpy_type_of(o), name);
    return m == tpy_None ? NULL : m;
}

static TpyObject *call0(TpyObject *self, const char *name)
{
    return tpy_class_call_special(self, name, NULL, 0, false);
}

static TpyObject *call1(TpyObject *self, const char *name, TpyObject *arg)
{
    return tpy_class_call_special(self, name, &arg, 1, false);
}

/* ---------------------------------------------------------------- text, hash, truth */

static TpyObject *slot_repr(TpyObject *self)
{
    return call0(self, "__repr__");
}

static TpyObject *slot_str(TpyObject *self)
{
    return call0(self, "__str__");
}

static int64_t slot_hash(TpyObject *self)
{
    TpyObject *r = call0(self, "__hash__");
    if (r == NULL)
        return -1;
    if (!tpy_int_check(r)) {
        tpy_decref(r);
        tpy_err_format(&tpy_TypeError_type, "__hash__ method should return an integer");
        return -1;
    }
    // As CPython's slot_tp_hash: a result that fits in 64 bits is kept (so
    // returning hash(y) gives hash(y)); only bigger ones are reduced as
    // hash(int) does.  -1 is reserved for errors.
    int64_t h;
    if (!tpy_int_to_i64(r, &h))
        h = tpy_int_hash(r);
    tpy_decref(r);
    return h == -1 ? -2 : h;
}

static int slot_truth(TpyObject *self)
{
    if (find_user(self, "__bool__") == NULL) {   // only __len__ defined
        int64_t n = tpy_type_of(self)->length(self);
        return n < 0 ? -1 : n > 0;
    }
    TpyObject *r = call0(self, "__bool__");
    if (r == NULL)
        return -1;
    if (!tpy_bool_check(r)) {
        tpy_err_format(&tpy_TypeError_type, "__bool__ should return bool, returned %s",
                       tpy_type_of(r)->name);
        tpy_decref(r);
        return -1;
    }
    int t = r == tpy_True;
    tpy_decref(r);
    return t;
}

static int64_t slot_length(TpyObject *self)
{
    TpyObject *r = call0(self, "__len__");
    if (r == NULL)
        return -1;
    int64_t n = tpy_number_as_i64(r);
    tpy_decref(r);
    if (n == -1 && tpy_err_occurred())
        return -1;
    if (n < 0) {
        tpy_err_format(&tpy_ValueError_type, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

/* ---------------------------------------------------------------- comparison */

static const char *const compare_names[] = {"__lt__", "__le__", "__eq__",
                                            "__ne__", "__gt__", "__ge__"};

// CPython's slot_tp_richcompare: type(a).__op__(b).  The reflected method
// of a proper subclass goes first in abstract.c's tpy_object_richcompare
// (CPython's do_richcompare), which tests subclassing, not slot identity.
static TpyObject *slot_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (find_user(a, compare_names[op]) != NULL)
        return call1(a, compare_names[op], b);
    // object.__ne__: the inverse of __eq__ unless that is NotImplemented.
    if (op == TPY_CMP_OP_NE && find_user(a, "__eq__") != NULL) {
        TpyObject *r = call1(a, "__eq__", b);
        if (r == NULL || r == tpy_NotImplemented)
            return r;
        int t = tpy_object_is_true(r);
        tpy_decref(r);
        return t < 0 ? NULL : tpy_bool_from(!t);
    }
    if (op == TPY_CMP_OP_EQ && a == b)
        return tpy_newref(tpy_True);
    return tpy_newref(tpy_NotImplemented);
}

/* ---------------------------------------------------------------- containers, iteration, call */

static TpyObject *slot_getitem(TpyObject *self, TpyObject *key)
{
    return call1(self, "__getitem__", key);
}

static int slot_setitem(TpyObject *self, TpyObject *key, TpyObject *value)
{
    TpyObject *r;
    if (value == NULL) {
        if (find_user(self, "__delitem__") == NULL) {
            tpy_err_format(&tpy_AttributeError_type, "__delitem__");
            return -1;
        }
        r = call1(self, "__delitem__", key);
    } else {
        if (find_user(self, "__setitem__") == NULL) {
            tpy_err_format(&tpy_AttributeError_type, "__setitem__");
            return -1;
        }
        TpyObject *args[2] = {key, value};
        r = tpy_class_call_special(self, "__setitem__", args, 2, false);
    }
    if (r == NULL)
        return -1;
    tpy_decref(r);
    return 0;
}

static int slot_contains(TpyObject *self, TpyObject *item)
{
    TpyObject *r = call1(self, "__contains__", item);
    if (r == NULL)
        return -1;
    int t = tpy_object_is_true(r);
    tpy_decref(r);
    return t;
}

static TpyObject *slot_iter(TpyObject *self)
{
    return call0(self, "__iter__");
}

static TpyObject *slot_iternext(TpyObject *self)
{
    return call0(self, "__next__");
}

static TpyObject *slot_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                            TpyObject *kwnames)
{
    TpyType *where = NULL;
    TpyObject *m = tpy_class_find_member(tpy_type_of(self), "__call__", &where);
    if (m == NULL)
        return tpy_err_format(&tpy_TypeError_type, "'%s' object is not callable",
                              tpy_type_of(self)->name);
    TpyObject *bound = tpy_class_bind_member(m, where, "__call__", self, tpy_type_of(self));
    if (bound == NULL)
        return NULL;
    TpyObject *r = tpy_object_call(bound, args, nargs, kwnames);
    tpy_decref(bound);
    return r;
}

/* ---------------------------------------------------------------- numbers */

static const char *const binop_names[TPY_BINOP_COUNT] = {
    [TPY_BINOP_ADD] = "__add__", [TPY_BINOP_AND] = "__and__",
    [TPY_BINOP_FLOORDIV] = "__floordiv__", [TPY_BINOP_LSHIFT] = "__lshift__",
    [TPY_BINOP_MATMUL] = "__matmul__", [TPY_BINOP_MUL] = "__mul__",
    [TPY_BINOP_MOD] = "__mod__", [TPY_BINOP_OR] = "__or__", [TPY_BINOP_POW] = "__pow__",
    [TPY_BINOP_RSHIFT] = "__rshift__", [TPY_BINOP_SUB] = "__sub__",
    [TPY_BINOP_TRUEDIV] = "__truediv__", [TPY_BINOP_XOR] = "__xor__",
    [TPY_BINOP_DIVMOD] = "__divmod__",
};
static const char *const rbinop_names[TPY_BINOP_COUNT] = {
    [TPY_BINOP_ADD] = "__radd__", [TPY_BINOP_AND] = "__rand__",
    [TPY_BINOP_FLOORDIV] = "__rfloordiv__", [TPY_BINOP_LSHIFT] = "__rlshift__",
    [TPY_BINOP_MATMUL] = "__rmatmul__", [TPY_BINOP_MUL] = "__rmul__",
    [TPY_BINOP_MOD] = "__rmod__", [TPY_BINOP_OR] = "__ror__", [TPY_BINOP_POW] = "__rpow__",
    [TPY_BINOP_RSHIFT] = "__rrshift__", [TPY_BINOP_SUB] = "__rsub__",
    [TPY_BINOP_TRUEDIV] = "__rtruediv__", [TPY_BINOP_XOR] = "__rxor__",
    [TPY_BINOP_DIVMOD] = "__rdivmod__",
};
static const char *const ibinop_names[TPY_BINOP_COUNT] = {
    [TPY_BINOP_ADD] = "__iadd__", [TPY_BINOP_AND] = "__iand__",
    [TPY_BINOP_FLOORDIV] = "__ifloordiv__", [TPY_BINOP_LSHIFT] = "__ilshift__",
    [TPY_BINOP_MATMUL] = "__imatmul__", [TPY_BINOP_MUL] = "__imul__",
    [TPY_BINOP_MOD] = "__imod__", [TPY_BINOP_OR] = "__ior__", [TPY_BINOP_POW] = "__ipow__",
    [TPY_BINOP_RSHIFT] = "__irshift__", [TPY_BINOP_SUB] = "__isub__",
    [TPY_BINOP_TRUEDIV] = "__itruediv__", [TPY_BINOP_XOR] = "__ixor__",
    [TPY_BINOP_DIVMOD] = NULL,
};
static const char *const unop_names[] = {"__neg__", "__pos__", "__invert__", "__abs__"};

static TpyObject *slot_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op);

static bool uses_slot(const TpyObject *o)
{
    return tpy_type_of(o)->binop == slot_binop;
}

// CPython's SLOT1BINFULL (Objects/typeobject.c).
static TpyObject *slot_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if ((unsigned)op >= TPY_BINOP_COUNT)
        return tpy_newref(tpy_NotImplemented);
    const char *name = binop_names[op], *rname = rbinop_names[op];
    TpyType *ta = tpy_type_of(a), *tb = tpy_type_of(b);
    bool do_other = ta != tb && uses_slot(b) && find_user(b, rname) != NULL;
    if (uses_slot(a) && find_user(a, name) != NULL) {
        if (do_other && tpy_type_is_subtype(tb, ta) &&
            tpy_class_lookup(tb, rname) != tpy_class_lookup(ta, rname)) {
            TpyObject *r = call1(b, rname, a);
            if (r != tpy_NotImplemented)
                return r;
            tpy_decref(r);
            do_other = false;
        }
        TpyObject *r = call1(a, name, b);
        if (r != tpy_NotImplemented || ta == tb)
            return r;
        tpy_decref(r);
    }
    if (do_other)
        return call1(b, rname, a);
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *slot_inplace(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    const char *name = (unsigned)op < TPY_BINOP_COUNT ? ibinop_names[op] : NULL;
    if (name == NULL || find_user(a, name) == NULL)
        return tpy_newref(tpy_NotImplemented);
    return call1(a, name, b);
}

static TpyObject *slot_unaryop(TpyObject *a, TpyUnaryOp op)
{
    if ((unsigned)op > TPY_UNOP_ABS || find_user(a, unop_names[op]) == NULL)
        return tpy_newref(tpy_NotImplemented);
    return call0(a, unop_names[op]);
}

/* ---------------------------------------------------------------- installation */

static bool defines_any(const TpyType *cls, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (names[i] != NULL && tpy_class_lookup(cls, names[i]) != NULL)
            return true;
    return false;
}

static bool own_member(const TpyType *cls, const char *name)
{
    return tpy_dict_get_cstr(cls->members, name) != NULL;
}

void tpy_class_install_slots(TpyType *cls, const TpyClassSpec *spec)
{
    if (tpy_class_lookup(cls, "__repr__") != NULL)
        cls->repr = slot_repr;
    if (tpy_class_lookup(cls, "__str__") != NULL)
        cls->str = slot_str;
    if (defines_any(cls, compare_names, 6))
        cls->richcompare = slot_richcompare;
    // __eq__ without __hash__ in the same class body: unhashable.
    if (own_member(cls, "__eq__") && !own_member(cls, "__hash__") &&
        tpy_dict_setitem_cstr(cls->members, "__hash__", tpy_None) < 0)
        tpy_err_clear();
    TpyObject *h = tpy_class_lookup(cls, "__hash__");
    if (h == tpy_None)
        cls->hash = NULL;
    else if (h != NULL)
        cls->hash = slot_hash;
    if (tpy_class_lookup(cls, "__bool__") != NULL ||
        (tpy_class_lookup(cls, "__len__") != NULL && cls->truth == NULL))
        cls->truth = slot_truth;
    if (tpy_class_lookup(cls, "__len__") != NULL) {
        cls->length = slot_length;
        if (cls->truth == NULL)
            cls->truth = slot_truth;
    }
    if (tpy_class_lookup(cls, "__getitem__") != NULL)
        cls->getitem = slot_getitem;
    if (tpy_class_lookup(cls, "__setitem__") != NULL ||
        tpy_class_lookup(cls, "__delitem__") != NULL)
        cls->setitem = slot_setitem;
    if (tpy_class_lookup(cls, "__contains__") != NULL)
        cls->contains = slot_contains;
    if (tpy_class_lookup(cls, "__iter__") != NULL)
        cls->iter = slot_iter;
    if (tpy_class_lookup(cls, "__next__") != NULL)
        cls->iternext = slot_iternext;
    if (tpy_class_lookup(cls, "__call__") != NULL)
        cls->call = slot_call;
    if (defines_any(cls, binop_names, TPY_BINOP_COUNT) ||
        defines_any(cls, rbinop_names, TPY_BINOP_COUNT))
        cls->binop = slot_binop;
    if (defines_any(cls, ibinop_names, TPY_BINOP_COUNT))
        cls->inplace_binop = slot_inplace;
    if (defines_any(cls, unop_names, 4))
        cls->unaryop = slot_unaryop;
}
