/* runtime/bool.c: bool, the int subclass with two instances.
 *
 * True and False are static immortal objects; int.c reads them as 1 and 0.
 * Only &, | and ^ of two bools give a bool (True & False is False); every
 * other operation is int's (True + 1 == 2, ~True == -2).
 */
#include "bool.h"

#include "abstract.h"
#include "exc.h"
#include "int.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

typedef struct TpyBool {
    TpyObject ob;
} TpyBool;

static TpyBool true_object = {{.refcount = 1, .type = &tpy_bool_type}};
static TpyBool false_object = {{.refcount = 1, .type = &tpy_bool_type}};

TpyObject *const tpy_True = &true_object.ob;
TpyObject *const tpy_False = &false_object.ob;

TpyObject *tpy_bool_from(bool value)
{
    TpyObject *o = value ? tpy_True : tpy_False;
    tpy_incref(o);
    return o;
}

static TpyObject *bool_repr(TpyObject *self)
{
    return tpy_str_from_cstr(self == tpy_True ? "True" : "False");
}

static TpyObject *bool_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (tpy_bool_check(a) && tpy_bool_check(b)) {
        bool x = a == tpy_True, y = b == tpy_True;
        if (op == TPY_BINOP_AND)
            return tpy_bool_from(x & y);
        if (op == TPY_BINOP_OR)
            return tpy_bool_from(x | y);
        if (op == TPY_BINOP_XOR)
            return tpy_bool_from(x ^ y);
    }
    return tpy_int_binop(a, b, op);
}

static int64_t bool_hash(TpyObject *self)
{
    return self == tpy_True;
}

static int bool_truth(TpyObject *self)
{
    return self == tpy_True;
}

static TpyObject *bool_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                 TpyObject *kwnames)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) != 0)
        return tpy_err_format(&tpy_TypeError_type, "bool() takes no keyword arguments");
    if (nargs > 1)
        return tpy_err_format(&tpy_TypeError_type, "bool expected at most 1 argument, got %lld",
                              (long long)nargs);
    if (nargs == 0)
        return tpy_bool_from(false);
    int t = tpy_object_is_true(args[0]);
    return t < 0 ? NULL : tpy_bool_from(t);
}

// Never called for the immortal singletons; here for completeness.
static void bool_dealloc(TpyObject *self)
{
    self->refcount = 1;
}

static size_t bool_size_of(TpyObject *self)
{
    return sizeof(TpyBool);
}

TpyType tpy_bool_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "bool",
    .base = &tpy_int_type,
    .basicsize = sizeof(TpyBool),
    .flags = 0,
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .hash = bool_hash,
    .richcompare = tpy_int_richcompare,
    .truth = bool_truth,
    .methods = NULL,
    .binop = bool_binop,
    .unaryop = tpy_int_unaryop,
    .construct = bool_construct,
    .size_of = bool_size_of,
};
