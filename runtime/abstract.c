/* runtime/abstract.c: generic operations (repr, hash, compare, len, items,
 * iteration, calls, attributes, operators) dispatched through type slots.
 *
 * The protocols are CPython's (Objects/abstract.c and Objects/object.c):
 *  - binary operators (binary_op1): call type(a)->binop(a, b, op); if it
 *    returns NotImplemented and type(b) has a *different* slot function, call
 *    type(b)->binop(a, b, op) (same operand order: each slot sees both
 *    operands, like nb_add).  A proper subclass of type(a) with its own slot
 *    goes first.  Two user classes share one slot (class_slots.c's
 *    trampoline, CPython's SLOT1BINFULL), so the trampoline itself tries
 *    b.__radd__ first when type(b) is a proper subclass that overrides it.
 *  - rich comparison (do_richcompare): when type(b) is a proper subclass of
 *    type(a), its reflected slot goes first (no override test); then
 *    type(a)->richcompare(a, b, op), then the reflected operation on b
 *    (LT <-> GT, LE <-> GE) if not tried yet; == and != fall back to
 *    identity, ordering raises "'<' not supported between instances of ...".
 *  - `in` falls back to iterating when a type has no contains slot.
 * Error messages are CPython 3.11's, word for word; the tests compare them.
 */
#include "abstract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "exc.h"
#include "complex.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "interp.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- text */

/* The repr slot without the recursion check (object.__str__ calls it so). */
static TpyObject *repr_slot(TpyObject *o)
{
    TpyType *t = tpy_type_of(o);
    if (t->repr == NULL)
        return tpy_object_default_repr(o);
    TpyObject *r = t->repr(o);
    if (r != NULL && !tpy_str_check(r)) {
        tpy_err_format(&tpy_TypeError_type, "__repr__ returned non-string (type %s)",
                       tpy_type_of(r)->name);
        tpy_decref(r);
        return NULL;
    }
    return r;
}

// Both count one recursion level, as PyObject_Repr/PyObject_Str do (see interp.c).
TpyObject *tpy_object_repr(TpyObject *o)
{
    if (tpy_interp_enter_recursive_call(" while getting the repr of an object") < 0)
        return NULL;
    TpyObject *r = repr_slot(o);
    tpy_interp_leave_recursive_call();
    return r;
}

TpyObject *tpy_object_ascii(TpyObject *o)
{
    TpyObject *r = tpy_object_repr(o);
    if (r == NULL || TPY_STR(r)->ascii)
        return r;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    for (int64_t i = 0; i < TPY_STR_LEN(r); i++) {
        uint32_t c = tpy_str_read(r, i);
        char buf[16];
        if (c < 128) {
            buf[0] = (char)c;
            buf[1] = '\0';
        } else if (c < 0x100) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
        } else if (c < 0x10000) {
            snprintf(buf, sizeof buf, "\\u%04x", c);
        } else {
            snprintf(buf, sizeof buf, "\\U%08x", c);
        }
        if (tpy_strbuilder_append_cstr(&b, buf) < 0) {
            tpy_strbuilder_discard(&b);
            tpy_decref(r);
            return NULL;
        }
    }
    tpy_decref(r);
    return tpy_strbuilder_finish(&b);
}

TpyObject *tpy_object_str(TpyObject *o)
{
    TpyType *t = tpy_type_of(o);
    if (t == &tpy_str_type)
        return tpy_newref(o);
    if (tpy_interp_enter_recursive_call(" while getting the str of an object") < 0)
        return NULL;
    TpyObject *r = t->str == NULL ? repr_slot(o) : t->str(o);
    tpy_interp_leave_recursive_call();
    if (r != NULL && !tpy_str_check(r)) {
        tpy_err_format(&tpy_TypeError_type, "__str__ returned non-string (type %s)",
                       tpy_type_of(r)->name);
        tpy_decref(r);
        return NULL;
    }
    return r;
}

TpyObject *tpy_object_format(TpyObject *o, TpyObject *spec)
{
    return tpy_format_object(o, spec);
}

/* ---------------------------------------------------------------- hashing */

int64_t tpy_object_hash(TpyObject *o)
{
    TpyType *t = tpy_type_of(o);
    if (t->hash == NULL) {
        tpy_err_format(&tpy_TypeError_type, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(o);
}

/* ---------------------------------------------------------------- comparison */

static const TpyCompareOp swapped_op[] = {
    [TPY_CMP_OP_LT] = TPY_CMP_OP_GT, [TPY_CMP_OP_LE] = TPY_CMP_OP_GE,
    [TPY_CMP_OP_EQ] = TPY_CMP_OP_EQ, [TPY_CMP_OP_NE] = TPY_CMP_OP_NE,
    [TPY_CMP_OP_GT] = TPY_CMP_OP_LT, [TPY_CMP_OP_GE] = TPY_CMP_OP_LE,
};
static const char *const op_spelling[] = {"<", "<=", "==", "!=", ">", ">="};

TpyObject *tpy_object_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    TpyType *ta = tpy_type_of(a), *tb = tpy_type_of(b);
    // CPython's do_richcompare: when type(b) is a proper subclass of type(a),
    // b's reflected method goes first, overridden or not (`A() < B()` calls
    // B.__gt__, inherited from A, before A.__lt__).  Unlike binary operators
    // (SLOT1BINFULL's method_is_overloaded, class_slots.c) there is no
    // override test, and none on slot identity: user classes share one
    // trampoline, so comparing slot pointers would never fire between them.
    bool reflected_first = ta != tb && tpy_type_is_subtype(tb, ta) && tb->richcompare != NULL;
    TpyObject *r;
    if (reflected_first) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != tpy_NotImplemented)
            return r;
        tpy_decref(r);
    }
    if (ta->richcompare != NULL) {
        r = ta->richcompare(a, b, op);
        if (r != tpy_NotImplemented)
            return r;
        tpy_decref(r);
    }
    if (!reflected_first && tb->richcompare != NULL) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != tpy_NotImplemented)
            return r;
        tpy_decref(r);
    }
    if (op == TPY_CMP_OP_EQ)
        return tpy_bool_from(a == b);
    if (op == TPY_CMP_OP_NE)
        return tpy_bool_from(a != b);
    return tpy_err_format(&tpy_TypeError_type,
                          "'%s' not supported between instances of '%s' and '%s'",
                          op_spelling[op], ta->name, tb->name);
}

int tpy_object_compare_bool(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    if (a == b) {
        if (op == TPY_CMP_OP_EQ)
            return 1;
        if (op == TPY_CMP_OP_NE)
            return 0;
    }
    if (tpy_str_check(a) && tpy_str_check(b)) {
        // str vs str (ch == "x", "a" <= ch): no bool object, no slot call.
        if (op == TPY_CMP_OP_EQ || op == TPY_CMP_OP_NE)
            return tpy_str_equal(a, b) == (op == TPY_CMP_OP_EQ);
        int c = tpy_str_compare(a, b);
        switch (op) {
        case TPY_CMP_OP_LT: return c < 0;
        case TPY_CMP_OP_LE: return c <= 0;
        case TPY_CMP_OP_GT: return c > 0;
        default: return c >= 0;
        }
    }
    TpyObject *r = tpy_object_richcompare(a, b, op);
    if (r == NULL)
        return -1;
    int t;
    if (r == tpy_True)
        t = 1;
    else if (r == tpy_False)
        t = 0;
    else
        t = tpy_object_is_true(r);
    tpy_decref(r);
    return t;
}

int tpy_object_equal(TpyObject *a, TpyObject *b)
{
    return tpy_object_compare_bool(a, b, TPY_CMP_OP_EQ);
}

int tpy_object_is_true(TpyObject *o)
{
    if (o == tpy_True)
        return 1;
    if (o == tpy_False || o == tpy_None)
        return 0;
    if (tpy_is_smallint(o))
        return tpy_smallint_value(o) != 0;
    TpyType *t = o->type;
    if (t->truth != NULL)
        return t->truth(o);
    if (t->length != NULL) {
        int64_t n = t->length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---------------------------------------------------------------- containers */

int64_t tpy_object_length(TpyObject *o)
{
    TpyType *t = tpy_type_of(o);
    if (t->length == NULL) {
        tpy_err_format(&tpy_TypeError_type, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->length(o);
}

TpyObject *tpy_object_getitem(TpyObject *o, TpyObject *key)
{
    TpyType *t = tpy_type_of(o);
    if (t->getitem == NULL) {
        if (t == &tpy_type_type)
            return tpy_err_format(&tpy_TypeError_type, "type '%s' is not subscriptable",
                                  ((TpyType *)o)->name);
        return tpy_err_format(&tpy_TypeError_type, "'%s' object is not subscriptable", t->name);
    }
    return t->getitem(o, key);
}

int tpy_object_setitem(TpyObject *o, TpyObject *key, TpyObject *value)
{
    TpyType *t = tpy_type_of(o);
    if (t->setitem == NULL) {
        tpy_err_format(&tpy_TypeError_type, "'%s' object does not support item assignment",
                       t->name);
        return -1;
    }
    return t->setitem(o, key, value);
}

int tpy_object_delitem(TpyObject *o, TpyObject *key)
{
    TpyType *t = tpy_type_of(o);
    if (t->setitem == NULL) {
        tpy_err_format(&tpy_TypeError_type, "'%s' object doesn't support item deletion", t->name);
        return -1;
    }
    return t->setitem(o, key, NULL);
}

int tpy_object_contains(TpyObject *o, TpyObject *item)
{
    TpyType *t = tpy_type_of(o);
    if (t->contains != NULL)
        return t->contains(o, item);
    if (t->iter == NULL) {
        tpy_err_format(&tpy_TypeError_type, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    TpyObject *it = tpy_object_iter(o);
    if (it == NULL)
        return -1;
    int found = 0;
    for (;;) {
        TpyObject *x = tpy_object_next(it);
        if (x == NULL) {
            found = tpy_err_occurred() ? -1 : 0;
            break;
        }
        int eq = tpy_object_equal(x, item);
        tpy_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    tpy_decref(it);
    return found;
}

TpyObject *tpy_object_iter(TpyObject *o)
{
    TpyType *t = tpy_type_of(o);
    if (t->iter == NULL)
        return tpy_err_format(&tpy_TypeError_type, "'%s' object is not iterable", t->name);
    TpyObject *it = t->iter(o);
    if (it != NULL && tpy_type_of(it)->iternext == NULL) {
        tpy_err_format(&tpy_TypeError_type, "iter() returned non-iterator of type '%s'",
                       tpy_type_of(it)->name);
        tpy_decref(it);
        return NULL;
    }
    return it;
}

TpyObject *tpy_object_next(TpyObject *it)
{
    TpyType *t = tpy_type_of(it);
    if (t->iternext == NULL)
        return tpy_err_format(&tpy_TypeError_type, "'%s' object is not an iterator", t->name);
    TpyObject *x = t->iternext(it);
    if (x == NULL && tpy_err_matches(&tpy_StopIteration_type))
        tpy_err_clear();
    return x;
}

/* ---------------------------------------------------------------- calls, attributes */

TpyObject *tpy_object_call(TpyObject *o, TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    TpyType *t = tpy_type_of(o);
    if (t->call == NULL)
        return tpy_err_format(&tpy_TypeError_type, "'%s' object is not callable", t->name);
    return t->call(o, args, nargs, kwnames);
}

const TpyMethodDef *tpy_type_find_method(const TpyType *type, const char *name)
{
    for (; type != NULL; type = type->base) {
        if (type->methods == NULL)
            continue;
        for (const TpyMethodDef *m = type->methods; m->name != NULL; m++)
            if (strcmp(m->name, name) == 0)
                return m;
    }
    return NULL;
}

TpyObject *tpy_object_call_method(TpyObject *o, const char *name, TpyObject *const *args,
                                  int64_t nargs, TpyObject *kwnames)
{
    TpyType *t = tpy_type_of(o);
    const TpyMethodDef *m = tpy_type_find_method(t, name);
    if (m == NULL)
        return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                              t->name, name);
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    TpyObject *small[8];
    TpyObject **all = small;
    if (nargs + nkw + 1 > 8) {
        all = malloc(sizeof(TpyObject *) * (size_t)(nargs + nkw + 1));
        if (all == NULL)
            return tpy_err_nomemory();
    }
    all[0] = o;
    for (int64_t i = 0; i < nargs + nkw; i++)
        all[i + 1] = args[i];
    TpyObject *r = m->fn(all, nargs + 1, kwnames);
    if (all != small)
        free(all);
    return r;
}

/* Attribute lookup: the type's getattr slot, then the builtin methods of
 * the type as bound methods (`"abc".upper`, `[].append` as values), as
 * CPython finds method descriptors in the type's dict.  When neither knows
 * the name, the slot's AttributeError (or CPython's generic one) stands. */
TpyObject *tpy_object_getattr(TpyObject *o, TpyObject *name)
{
    TpyType *t = tpy_type_of(o);
    if (t->getattr != NULL) {
        TpyObject *r = t->getattr(o, name);
        if (r != NULL || !tpy_err_matches(&tpy_AttributeError_type))
            return r;
    }
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (tpy_type_find_method(t, n) != NULL) {
        if (t->getattr != NULL)
            tpy_err_clear();   // the slot's AttributeError: the method answers instead
        return tpy_method_bind_builtin(o, n);
    }
    if (t->getattr != NULL)
        return NULL;           // keep the slot's own message
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          t->name, n);
}

TpyObject *tpy_object_getattr_str(TpyObject *o, const char *name)
{
    TpyObject *n = tpy_str_from_cstr(name);
    if (n == NULL)
        return NULL;
    TpyObject *r = tpy_object_getattr(o, n);
    tpy_decref(n);
    return r;
}

int tpy_object_setattr(TpyObject *o, TpyObject *name, TpyObject *value)
{
    TpyType *t = tpy_type_of(o);
    if (t->setattr != NULL)
        return t->setattr(o, name, value);
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return -1;
    if (t->getattr == NULL && t->methods == NULL)
        tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'", t->name, n);
    else
        tpy_err_format(&tpy_AttributeError_type,
                       "'%s' object attribute '%s' is read-only", t->name, n);
    return -1;
}

/* ---------------------------------------------------------------- numbers */

static const char *const binop_symbols[] = {
    [TPY_BINOP_ADD] = "+", [TPY_BINOP_AND] = "&", [TPY_BINOP_FLOORDIV] = "//",
    [TPY_BINOP_LSHIFT] = "<<", [TPY_BINOP_MATMUL] = "@", [TPY_BINOP_MUL] = "*",
    [TPY_BINOP_MOD] = "%", [TPY_BINOP_OR] = "|", [TPY_BINOP_POW] = "** or pow()",
    [TPY_BINOP_RSHIFT] = ">>", [TPY_BINOP_SUB] = "-", [TPY_BINOP_TRUEDIV] = "/",
    [TPY_BINOP_XOR] = "^", [TPY_BINOP_DIVMOD] = "divmod()",
};
static const char *const inplace_symbols[] = {
    [TPY_BINOP_ADD] = "+=", [TPY_BINOP_AND] = "&=", [TPY_BINOP_FLOORDIV] = "//=",
    [TPY_BINOP_LSHIFT] = "<<=", [TPY_BINOP_MATMUL] = "@=", [TPY_BINOP_MUL] = "*=",
    [TPY_BINOP_MOD] = "%=", [TPY_BINOP_OR] = "|=", [TPY_BINOP_POW] = "**=",
    [TPY_BINOP_RSHIFT] = ">>=", [TPY_BINOP_SUB] = "-=", [TPY_BINOP_TRUEDIV] = "/=",
    [TPY_BINOP_XOR] = "^=", [TPY_BINOP_DIVMOD] = "divmod()",
};

const char *tpy_number_op_symbol(TpyBinaryOp op)
{
    return (unsigned)op < TPY_BINOP_COUNT ? binop_symbols[op] : "?";
}

// The dispatch of CPython's binary_op1: NotImplemented (new ref) when
// neither operand knows the operation.
static TpyObject *binop_dispatch(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    TpyType *ta = tpy_type_of(a), *tb = tpy_type_of(b);
    TpyObject *(*slota)(TpyObject *, TpyObject *, TpyBinaryOp) = ta->binop;
    TpyObject *(*slotb)(TpyObject *, TpyObject *, TpyBinaryOp) = ta != tb ? tb->binop : NULL;
    if (slotb == slota)
        slotb = NULL;
    TpyObject *r;
    if (slota != NULL) {
        if (slotb != NULL && tpy_type_is_subtype(tb, ta)) {
            r = slotb(a, b, op);
            if (r != tpy_NotImplemented)
                return r;
            tpy_decref(r);
            slotb = NULL;
        }
        r = slota(a, b, op);
        if (r != tpy_NotImplemented)
            return r;
        tpy_decref(r);
    }
    if (slotb != NULL)
        return slotb(a, b, op);
    return tpy_newref(tpy_NotImplemented);
}

static TpyObject *binop_type_error(TpyObject *a, TpyObject *b, const char *symbol)
{
    return tpy_err_format(&tpy_TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'",
                          symbol, tpy_type_of(a)->name, tpy_type_of(b)->name);
}

TpyObject *tpy_number_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    TpyObject *r = binop_dispatch(a, b, op);
    if (r != tpy_NotImplemented)
        return r;
    tpy_decref(r);
    // CPython's sequence fallbacks give these their own words.
    if (op == TPY_BINOP_MUL) {
        TpyType *ta = tpy_type_of(a), *tb = tpy_type_of(b);
        bool seq_a = ta == &tpy_str_type || ta == &tpy_tuple_type || ta->getitem != NULL;
        bool seq_b = tb == &tpy_str_type || tb == &tpy_tuple_type || tb->getitem != NULL;
        if (seq_a && ta->binop != NULL && ta != &tpy_type_type)
            return tpy_err_format(&tpy_TypeError_type,
                                  "can't multiply sequence by non-int of type '%s'", tb->name);
        if (seq_b && tb->binop != NULL && tb != &tpy_type_type)
            return tpy_err_format(&tpy_TypeError_type,
                                  "can't multiply sequence by non-int of type '%s'", ta->name);
    }
    if (op == TPY_BINOP_ADD && tpy_type_of(a) == &tpy_str_type)
        return tpy_err_format(&tpy_TypeError_type, "can only concatenate str (not \"%s\") to str",
                              tpy_type_of(b)->name);
    return binop_type_error(a, b, binop_symbols[op]);
}

TpyObject *tpy_number_inplace(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    TpyType *ta = tpy_type_of(a);
    if (ta->inplace_binop != NULL) {
        TpyObject *r = ta->inplace_binop(a, b, op);
        if (r != tpy_NotImplemented)
            return r;
        tpy_decref(r);
    }
    TpyObject *r = binop_dispatch(a, b, op);
    if (r != tpy_NotImplemented)
        return r;
    tpy_decref(r);
    if (op == TPY_BINOP_MUL || op == TPY_BINOP_ADD)
        return tpy_number_binop(a, b, op);   // the sequence messages
    return binop_type_error(a, b, inplace_symbols[op]);
}

TpyObject *tpy_number_power(TpyObject *a, TpyObject *b, TpyObject *mod)
{
    if (mod == NULL || mod == tpy_None)
        return tpy_number_binop(a, b, TPY_BINOP_POW);
    // CPython's ternary_op: each operand type's nb_power in turn.  int's
    // wants three ints; float's and complex's refuse any modulus once they
    // accept the first two operands.
    TpyObject *ops[3] = {a, b, mod};
    TpyType *seen[3];
    int nseen = 0;
    for (int k = 0; k < 3; k++) {
        TpyType *t = tpy_type_of(ops[k]);
        bool dup = false;
        for (int j = 0; j < nseen; j++)
            dup = dup || seen[j] == t;
        if (dup)
            continue;
        seen[nseen++] = t;
        bool ab_real = (tpy_int_check(a) || tpy_float_check(a)) &&
                       (tpy_int_check(b) || tpy_float_check(b));
        if (tpy_type_is_subtype(t, &tpy_int_type)) {
            if (tpy_int_check(a) && tpy_int_check(b) && tpy_int_check(mod))
                return tpy_int_pow_mod(a, b, mod);
        } else if (t == &tpy_float_type) {
            if (ab_real)
                return tpy_err_format(&tpy_TypeError_type, "pow() 3rd argument not allowed "
                                                           "unless all arguments are integers");
        } else if (t == &tpy_complex_type) {
            if (ab_real || tpy_complex_check(a) || tpy_complex_check(b))
                return tpy_err_format(&tpy_ValueError_type, "complex modulo");
        }
    }
    return tpy_err_format(&tpy_TypeError_type,
                          "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          tpy_type_of(a)->name, tpy_type_of(b)->name, tpy_type_of(mod)->name);
}

TpyObject *tpy_number_unaryop(TpyObject *a, TpyUnaryOp op)
{
    TpyType *t = tpy_type_of(a);
    if (t->unaryop != NULL) {
        TpyObject *r = t->unaryop(a, op);
        if (r != tpy_NotImplemented)
            return r;
        tpy_decref(r);
    }
    if (op == TPY_UNOP_ABS)
        return tpy_err_format(&tpy_TypeError_type, "bad operand type for abs(): '%s'", t->name);
    static const char *const names[] = {"-", "+", "~"};
    return tpy_err_format(&tpy_TypeError_type, "bad operand type for unary %s: '%s'", names[op],
                          t->name);
}

TpyObject *tpy_number_index(TpyObject *o)
{
    if (tpy_is_smallint(o))
        return o;
    if (o == tpy_True || o == tpy_False)
        return tpy_smallint(o == tpy_True);
    if (o->type == &tpy_int_type)
        return tpy_newref(o);
    return tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                          o->type->name);
}

int64_t tpy_number_as_i64(TpyObject *o)
{
    TpyObject *i = tpy_number_index(o);
    if (i == NULL)
        return -1;
    int64_t v;
    bool fits = tpy_int_to_i64(i, &v);
    tpy_decref(i);
    if (!fits) {
        tpy_err_format(&tpy_OverflowError_type, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return v;
}

/* ---------------------------------------------------------------- sizes */

size_t tpy_object_sizeof(TpyObject *o)
{
    TpyType *t = tpy_type_of(o);
    size_t size = t->size_of != NULL ? t->size_of(o) : t->basicsize;
    if (!tpy_is_smallint(o) && (t->flags & TPY_TPFLAG_GC))
        size += sizeof(TpyGCHead);
    return size;
}
