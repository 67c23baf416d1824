/* runtime/abstract.h: generic operations on any value, dispatched through type slots.
 *
 * These are what the dynamic paths of the interpreter, print(), containers
 * (dict lookups, list.sort, `in`) and builtins call when the static type does
 * not pin down a specific function.  Each one follows CPython's protocol
 * (reflected operands, NotImplemented, identity fallbacks for == and !=) and
 * raises CPython's TypeError messages word for word.
 *
 * Conventions: a TpyObject * result is a new reference, NULL with an
 * exception pending; int results are -1 with an exception pending on error.
 * Arguments are borrowed.
 */
#ifndef TPY_RUNTIME_ABSTRACT_H
#define TPY_RUNTIME_ABSTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

/* ---------------------------------------------------------------- text */

/* repr(o) / str(o): a new str. */
TpyObject *tpy_object_repr(TpyObject *o);
TpyObject *tpy_object_str(TpyObject *o);
/* ascii(o): repr(o) with every non-ASCII character escaped as \xhh, \uhhhh or
 * \Uhhhhhhhh.  New reference. */
TpyObject *tpy_object_ascii(TpyObject *o);
/* object.__repr__: "<__main__.C object at 0x...>" ("<C object ...>" for
 * builtin types), what types without a repr of their own print. */
TpyObject *tpy_object_default_repr(TpyObject *o);
/* format(o, spec): spec is a str (borrowed) or NULL for ''. */
TpyObject *tpy_object_format(TpyObject *o, TpyObject *spec);

/* ---------------------------------------------------------------- identity, hashing */

/* hash(o): never -1 on success; -1 with TypeError "unhashable type: 'list'". */
int64_t tpy_object_hash(TpyObject *o);
/* CPython's _Py_HashPointer (identity hash of `object`). */
int64_t tpy_object_hash_pointer(const void *p);
/* isinstance(o, type) for a single type. */
static inline bool tpy_object_is_instance(const TpyObject *o, const TpyType *type)
{
    return tpy_type_is_subtype(tpy_type_of(o), type);
}

/* ---------------------------------------------------------------- comparison, truth */

/* a op b: a new reference (any object; bool for builtin types).  TypeError
 * "'<' not supported between instances of 'int' and 'str'". */
TpyObject *tpy_object_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);
/* a op b as a C truth value: 1, 0, or -1 with an exception.  Like CPython's
 * PyObject_RichCompareBool, identity implies equality for EQ/NE (so a list
 * containing nan finds it). */
int tpy_object_compare_bool(TpyObject *a, TpyObject *b, TpyCompareOp op);
/* a == b as 1 / 0 / -1 (identity shortcut included). */
int tpy_object_equal(TpyObject *a, TpyObject *b);
/* bool(o): 1, 0, -1. */
int tpy_object_is_true(TpyObject *o);

/* ---------------------------------------------------------------- containers */

/* len(o): >= 0, or -1 with TypeError "object of type 'int' has no len()". */
int64_t tpy_object_length(TpyObject *o);
/* o[key]: TypeError "'int' object is not subscriptable". */
TpyObject *tpy_object_getitem(TpyObject *o, TpyObject *key);
/* o[key] = value: 0 / -1 ("'int' object does not support item assignment"). */
int tpy_object_setitem(TpyObject *o, TpyObject *key, TpyObject *value);
/* del o[key]: 0 / -1 ("'int' object doesn't support item deletion"). */
int tpy_object_delitem(TpyObject *o, TpyObject *key);
/* item in o: 1 / 0 / -1.  Falls back to iteration like CPython; TypeError
 * "argument of type 'int' is not iterable". */
int tpy_object_contains(TpyObject *o, TpyObject *item);
/* iter(o): TypeError "'int' object is not iterable". */
TpyObject *tpy_object_iter(TpyObject *o);
/* next(it): a new reference; NULL *without* an exception when exhausted
 * (a StopIteration raised by the iterator is cleared and treated so);
 * NULL with an exception on error.  TypeError "'int' object is not an iterator". */
TpyObject *tpy_object_next(TpyObject *it);

/* ---------------------------------------------------------------- calls, attributes */

/* o(*args): kwnames is NULL or a tuple of str naming the last arguments.
 * TypeError "'int' object is not callable". */
TpyObject *tpy_object_call(TpyObject *o, TpyObject *const *args, int64_t nargs, TpyObject *kwnames);
/* The TpyMethodDef called `name` in o's type or a base, or NULL. */
const TpyMethodDef *tpy_type_find_method(const TpyType *type, const char *name);
/* o.name(*args) for builtin methods (self is prepended to args).
 * AttributeError "'int' object has no attribute 'x'" if there is none. */
TpyObject *tpy_object_call_method(TpyObject *o, const char *name, TpyObject *const *args,
                                  int64_t nargs, TpyObject *kwnames);
/* getattr(o, name) through the type's getattr slot; AttributeError otherwise. */
TpyObject *tpy_object_getattr_str(TpyObject *o, const char *name);
TpyObject *tpy_object_getattr(TpyObject *o, TpyObject *name);
/* setattr(o, name, value); value NULL deletes.  0 / -1. */
int tpy_object_setattr(TpyObject *o, TpyObject *name, TpyObject *value);

/* ---------------------------------------------------------------- numbers */

/* a op b for every binary operator, CPython's dispatch: type(a)'s binop, then
 * type(b)'s (first if type(b) is a proper subclass of type(a) with its own
 * slot).  TypeError "unsupported operand type(s) for +: 'int' and 'str'". */
TpyObject *tpy_number_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op);
/* a op= b: inplace_binop of type(a) first, then as tpy_number_binop, with
 * "unsupported operand type(s) for +=: ..." messages. */
TpyObject *tpy_number_inplace(TpyObject *a, TpyObject *b, TpyBinaryOp op);
/* pow(a, b, mod): mod NULL or None is the 2-argument form. */
TpyObject *tpy_number_power(TpyObject *a, TpyObject *b, TpyObject *mod);
/* -a, +a, ~a, abs(a): TypeError "bad operand type for unary -: 'str'",
 * "bad operand type for abs(): 'str'". */
TpyObject *tpy_number_unaryop(TpyObject *a, TpyUnaryOp op);
/* The operator's spelling ("+", "//", "divmod()") for messages. */
const char *tpy_number_op_symbol(TpyBinaryOp op);
/* operator.index(o): an int (new ref; bool becomes a plain int);
 * TypeError "'float' object cannot be interpreted as an integer". */
TpyObject *tpy_number_index(TpyObject *o);
/* o as an int64 via __index__: -1 with an exception if not an int (TypeError)
 * or out of range (OverflowError "Python int too large to convert to C ssize_t"
 * -- CPython's words for index-sized values).  Check tpy_err_occurred() on -1. */
int64_t tpy_number_as_i64(TpyObject *o);

/* ---------------------------------------------------------------- sizes */

/* sys.getsizeof(o): the type's size_of slot (or basicsize), plus the GC head
 * for GC types, as CPython's sys.getsizeof adds it. */
size_t tpy_object_sizeof(TpyObject *o);

#endif
