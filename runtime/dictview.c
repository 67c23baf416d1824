/* runtime/dictview.c: the set-like side of the dict_keys and dict_items views.
 *
 * `d.keys()` and `d.items()` behave like read-only sets (CPython's
 * collections.abc.Set): `&`, `|`, `-`, `^` with any iterable return a new
 * set, comparisons with sets and other set-like views compare as sets, and
 * `isdisjoint` works.  dict_values is not set-like and has none of this.
 *
 * Every operation follows CPython 3.11's Objects/dictobject.c step by step
 * (dictviews_to_set, _PyDictView_Intersect, dictitems_xor,
 * dictviews_isdisjoint, dictview_richcompare), because the order in which
 * elements are added decides the iteration order of the resulting set, and
 * that order is printed.  The binop slot sees the operands in source order:
 * for `&` the view is moved to the left (CPython swaps them too); `|`, `-`
 * and `^` start from set(left operand), whatever it is, so `[1] | d.keys()`
 * works and `1 - d.keys()` raises "'int' object is not iterable".
 *
 * The view types themselves (layout, iteration, membership, repr) live in
 * dict.c, which installs the slots and the method table defined here.
 */
#include "dict.h"

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "none.h"
#include "set.h"
#include "tuple.h"

static bool is_setlike_view(const TpyObject *o)
{
    return !tpy_is_smallint(o) &&
           (o->type == &tpy_dict_keys_type || o->type == &tpy_dict_items_type);
}

static TpyObject *view_dict(const TpyObject *view)
{
    return ((const TpyDictView *)view)->dict;
}

// dictviews_to_set: set(operand); a keys view of a dict copies the dict's
// keys directly.  New reference.
static TpyObject *to_set(TpyObject *o)
{
    if (!tpy_is_smallint(o) && o->type == &tpy_dict_keys_type && tpy_dict_check(view_dict(o)))
        return tpy_set_new(view_dict(o));
    return tpy_set_new(o);
}

// _PyDictView_Intersect: iterate the smaller side, keep what the view holds.
static TpyObject *intersect(TpyObject *self, TpyObject *other)
{
    if (!is_setlike_view(self)) {
        TpyObject *tmp = self;
        self = other;
        other = tmp;
    }
    int64_t len_self = tpy_dict_length(view_dict(self));
    if (!tpy_is_smallint(other) && other->type == &tpy_set_type &&
        len_self <= tpy_set_length(other))
        return tpy_set_intersection(other, self);
    if (is_setlike_view(other) && tpy_dict_length(view_dict(other)) > len_self) {
        TpyObject *tmp = self;
        self = other;
        other = tmp;
    }
    TpyObject *result = tpy_set_new(NULL);
    if (result == NULL)
        return NULL;
    TpyObject *it = tpy_object_iter(other);
    if (it == NULL)
        goto error;
    TpyObject *key;
    while ((key = tpy_object_next(it)) != NULL) {
        int rv = tpy_object_contains(self, key);
        if (rv > 0)
            rv = tpy_set_add(result, key);
        tpy_decref(key);
        if (rv < 0)
            goto error;
    }
    if (tpy_err_occurred())
        goto error;
    tpy_decref(it);
    return result;
error:
    tpy_xdecref(it);
    tpy_decref(result);
    return NULL;
}

// dictitems_xor: pairs of d2 not equal in d1, then what is left of d1.
static TpyObject *items_xor(TpyObject *self, TpyObject *other)
{
    TpyObject *d1 = view_dict(self), *d2 = view_dict(other);
    TpyObject *temp = tpy_dict_copy(d1), *result = tpy_set_new(NULL), *remaining = NULL;
    if (temp == NULL || result == NULL)
        goto error;
    int64_t pos = 0;
    TpyObject *key, *val2;
    while (tpy_dict_next(d2, &pos, &key, &val2)) {
        // __eq__ may mutate d2: hold what we use.
        tpy_incref(key);
        tpy_incref(val2);
        int to_delete = 0;
        TpyObject *val1 = tpy_dict_get_borrowed(temp, key);
        if (val1 == NULL) {
            to_delete = tpy_err_occurred() ? -1 : 0;
        } else {
            tpy_incref(val1);
            to_delete = tpy_object_equal(val1, val2);
            tpy_decref(val1);
        }
        int rc = to_delete;
        if (to_delete > 0) {
            rc = tpy_dict_delitem(temp, key);
        } else if (to_delete == 0) {
            TpyObject *pair = tpy_tuple_pack(2, key, val2);
            rc = pair == NULL ? -1 : tpy_set_add(result, pair);
            tpy_xdecref(pair);
        }
        tpy_decref(key);
        tpy_decref(val2);
        if (rc < 0)
            goto error;
    }
    remaining = tpy_dict_items(temp);
    if (remaining == NULL || tpy_set_update(result, remaining) < 0)
        goto error;
    tpy_decref(remaining);
    tpy_decref(temp);
    return result;
error:
    tpy_xdecref(remaining);
    tpy_xdecref(temp);
    tpy_xdecref(result);
    return NULL;
}

TpyObject *tpy_dictview_binop(TpyObject *a, TpyObject *b, TpyBinaryOp op)
{
    if (op == TPY_BINOP_AND)
        return intersect(a, b);
    if (op == TPY_BINOP_XOR && !tpy_is_smallint(a) && a->type == &tpy_dict_items_type &&
        !tpy_is_smallint(b) && b->type == &tpy_dict_items_type)
        return items_xor(a, b);
    int (*update)(TpyObject *, TpyObject *);
    switch (op) {
    case TPY_BINOP_OR: update = tpy_set_update; break;
    case TPY_BINOP_SUB: update = tpy_set_difference_update; break;
    case TPY_BINOP_XOR: update = tpy_set_symmetric_difference_update; break;
    default: return tpy_newref(tpy_NotImplemented);
    }
    TpyObject *result = to_set(a);
    if (result == NULL)
        return NULL;
    if (update(result, b) < 0) {
        tpy_decref(result);
        return NULL;
    }
    return result;
}

// Is every element of `a` in `b`?  1 / 0 / -1.
static int all_contained_in(TpyObject *a, TpyObject *b)
{
    TpyObject *it = tpy_object_iter(a);
    if (it == NULL)
        return -1;
    int ok = 1;
    TpyObject *x;
    while ((x = tpy_object_next(it)) != NULL) {
        ok = tpy_object_contains(b, x);
        tpy_decref(x);
        if (ok <= 0)
            break;
    }
    if (x == NULL && tpy_err_occurred())
        ok = -1;
    tpy_decref(it);
    return ok;
}

TpyObject *tpy_dictview_richcompare(TpyObject *self, TpyObject *other, TpyCompareOp op)
{
    if (!is_setlike_view(self) || (!tpy_anyset_check(other) && !is_setlike_view(other)))
        return tpy_newref(tpy_NotImplemented);
    int64_t len_self = tpy_object_length(self), len_other = tpy_object_length(other);
    if (len_self < 0 || len_other < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case TPY_CMP_OP_EQ:
    case TPY_CMP_OP_NE:
        if (len_self == len_other)
            ok = all_contained_in(self, other);
        if (op == TPY_CMP_OP_NE && ok >= 0)
            ok = !ok;
        break;
    case TPY_CMP_OP_LT:
        if (len_self < len_other)
            ok = all_contained_in(self, other);
        break;
    case TPY_CMP_OP_LE:
        if (len_self <= len_other)
            ok = all_contained_in(self, other);
        break;
    case TPY_CMP_OP_GT:
        if (len_self > len_other)
            ok = all_contained_in(other, self);
        break;
    case TPY_CMP_OP_GE:
        if (len_self >= len_other)
            ok = all_contained_in(other, self);
        break;
    }
    return ok < 0 ? NULL : tpy_bool_from(ok != 0);
}

// view.isdisjoint(other): dictviews_isdisjoint.
static TpyObject *m_isdisjoint(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    TpyObject *self = args[0];
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) > 0)
        return tpy_err_format(&tpy_TypeError_type, "%s.isdisjoint() takes no keyword arguments",
                              tpy_type_of(self)->name);
    if (nargs != 2)
        return tpy_err_format(&tpy_TypeError_type,
                              "%s.isdisjoint() takes exactly one argument (%lld given)",
                              tpy_type_of(self)->name, (long long)(nargs - 1));
    TpyObject *other = args[1];
    if (self == other)
        return tpy_bool_from(tpy_dict_length(view_dict(self)) == 0);
    // Iterate over the shorter side, but only when `other` has cheap membership.
    if (tpy_anyset_check(other) || is_setlike_view(other)) {
        int64_t len_self = tpy_dict_length(view_dict(self));
        int64_t len_other = tpy_object_length(other);
        if (len_other < 0)
            return NULL;
        if (len_other > len_self) {
            TpyObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    TpyObject *it = tpy_object_iter(other);
    if (it == NULL)
        return NULL;
    int found = 0;
    TpyObject *x;
    while ((x = tpy_object_next(it)) != NULL) {
        found = tpy_object_contains(self, x);
        tpy_decref(x);
        if (found != 0)
            break;
    }
    tpy_decref(it);
    if (found < 0 || (x == NULL && tpy_err_occurred()))
        return NULL;
    return tpy_bool_from(found == 0);
}

const TpyMethodDef tpy_dictview_methods[] = {
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0},
};
