/* runtime/dataclass.c: the methods @dataclass generates.
 *
 * CPython's dataclasses module writes Python source for __init__, __repr__,
 * __eq__ and, with order=True, __lt__/__le__/__gt__/__ge__, and execs it.
 * We build the same behaviour from native closures (method.h) installed in
 * the class's members, unless the class body defines the method itself:
 *   __init__(self, x, y=default, z=<factory>)  every field of the class,
 *       inherited first; defaults are shared objects, a default_factory is
 *       called once per instance; then __post_init__() if defined.
 *   __repr__  "Point(x=1, y=2.5)": type(self).__qualname__ and repr of each
 *       field of the defining class.
 *   __eq__ / order  compare the field tuples when both operands have exactly
 *       the same class, NotImplemented otherwise.
 *   __hash__  None (eq=True, frozen=False makes instances unhashable) unless
 *       the class body defines __hash__; with frozen=True hash() of the
 *       field tuple.
 *   frozen=True: CPython generates __setattr__/__delattr__ raising
 *       dataclasses.FrozenInstanceError; here the generic setattr of
 *       instances asks tpy_dataclass_check_frozen first (typed code cannot
 *       assign: the checker rejects it, and __init__ writes the fields
 *       directly).
 *
 * A closure must know its *defining* class (a non-dataclass subclass
 * inherits the parent's __init__ with the parent's fields).  Storing the
 * class in the closure would make a reference cycle class -> members ->
 * closure -> class; we store the defining class's depth in the base chain
 * instead (a tagged int) and find the class from type(self).
 *
 * The argument binder (tpy_dataclass_bind_args) is shared with NamedTuple
 * construction and produces CPython's TypeError messages word for word.
 */
#include "class.h"
#include "class_internal.h"

#include <stdio.h>
#include <stdlib.h>
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

/* ---------------------------------------------------------------- argument binding */

static int chain_depth(const TpyType *t)
{
    int d = 0;
    for (; t != NULL; t = t->base)
        d++;
    return d;
}

// The ancestor of `t` at `depth` (counted from object = 1).
static TpyType *ancestor_at(TpyType *t, int depth)
{
    int d = chain_depth(t);
    while (t != NULL && d > depth) {
        t = t->base;
        d--;
    }
    return t;
}

static int missing_error(const char *qual, const TpyClassData *cd, TpyObject **out)
{
    int count = 0;
    for (int i = 0; i < cd->nfields; i++)
        if (out[i] == NULL && cd->defaults[i] == NULL && cd->factories[i] == NULL)
            count++;
    if (count == 0)
        return 0;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    char head[300];
    snprintf(head, sizeof head, "%s() missing %d required positional argument%s: ", qual, count,
             count == 1 ? "" : "s");
    int seen = 0;
    int ok = tpy_strbuilder_append_cstr(&b, head);
    for (int i = 0; i < cd->nfields && ok == 0; i++) {
        if (out[i] != NULL || cd->defaults[i] != NULL || cd->factories[i] != NULL)
            continue;
        seen++;
        if (seen > 1)
            ok = tpy_strbuilder_append_cstr(&b, count == 2 ? " and " : seen == count ? ", and " : ", ");
        if (ok == 0)
            ok = tpy_strbuilder_append_char(&b, '\'');
        if (ok == 0)
            ok = tpy_strbuilder_append_cstr(&b, cd->fields[i].name);
        if (ok == 0)
            ok = tpy_strbuilder_append_char(&b, '\'');
    }
    if (ok < 0) {
        tpy_strbuilder_discard(&b);
        return -1;
    }
    TpyObject *msg = tpy_strbuilder_finish(&b);
    if (msg != NULL) {
        tpy_err_set_object(&tpy_TypeError_type, msg);
        tpy_decref(msg);
    }
    return -1;
}

int tpy_dataclass_bind_args(const char *qual, const TpyClassData *cd, TpyObject *const *args,
                            int64_t npos, TpyObject *kwnames, TpyObject **out)
{
    int n = cd->nfields;
    for (int i = 0; i < n; i++)
        out[i] = NULL;
    if (npos > n) {
        int required = 0;
        for (int i = 0; i < n; i++)
            if (cd->defaults[i] == NULL && cd->factories[i] == NULL)
                required++;
        if (required == n)
            tpy_err_format(&tpy_TypeError_type,
                           "%s() takes %d positional argument%s but %d were given", qual, n + 1,
                           n == 0 ? "" : "s", (int)npos + 1);
        else
            tpy_err_format(&tpy_TypeError_type,
                           "%s() takes from %d to %d positional arguments but %d were given", qual,
                           required + 1, n + 1, (int)npos + 1);
        return -1;
    }
    for (int64_t i = 0; i < npos; i++)
        out[i] = args[i];
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        const char *key = tpy_str_as_utf8(TPY_TUPLE_ITEMS(kwnames)[k], NULL);
        if (key == NULL)
            return -1;
        int index = -1;
        for (int i = 0; i < n; i++)
            if (strcmp(cd->fields[i].name, key) == 0)
                index = i;
        if (index < 0) {
            tpy_err_format(&tpy_TypeError_type, "%s() got an unexpected keyword argument '%s'",
                           qual, key);
            return -1;
        }
        if (out[index] != NULL) {
            tpy_err_format(&tpy_TypeError_type, "%s() got multiple values for argument '%s'", qual,
                           key);
            return -1;
        }
        out[index] = args[npos + k];
    }
    return missing_error(qual, cd, out);
}

/* Fill unbound parameters with defaults / factory results.  `out` then holds
 * new references for factory values only; `owned` marks them. */
static int fill_defaults(const TpyClassData *cd, TpyObject **out, bool *owned)
{
    for (int i = 0; i < cd->nfields; i++) {
        owned[i] = false;
        if (out[i] != NULL)
            continue;
        if (cd->defaults[i] != NULL) {
            out[i] = cd->defaults[i];
        } else {
            out[i] = tpy_object_call(cd->factories[i], NULL, 0, NULL);
            if (out[i] == NULL)
                return -1;
            owned[i] = true;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- generated methods */

static TpyType *defining_class(TpyObject *data, TpyObject *self)
{
    return ancestor_at(tpy_type_of(self), (int)tpy_smallint_value(data));
}

static TpyObject *dc_init(TpyObject *data, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames)
{
    if (nargs < 1)
        return tpy_err_format(&tpy_TypeError_type, "__init__() missing 1 required positional "
                                                    "argument: 'self'");
    TpyObject *self = args[0];
    TpyType *cls = defining_class(data, self);
    TpyClassData *cd = tpy_class_data(cls);
    char qual[300];
    snprintf(qual, sizeof qual, "%s.__init__", cd->qualname);
    int n = cd->nfields;
    TpyObject **values = calloc((size_t)(n > 0 ? n : 1), sizeof(TpyObject *));
    bool *owned = calloc((size_t)(n > 0 ? n : 1), sizeof(bool));
    TpyObject *result = NULL;
    if (values == NULL || owned == NULL) {
        tpy_err_nomemory();
        goto done;
    }
    if (tpy_dataclass_bind_args(qual, cd, args + 1, nargs - 1, kwnames, values) < 0 ||
        fill_defaults(cd, values, owned) < 0)
        goto done;
    TpyClassData *sd = tpy_class_data(self->type);   // same offsets for inherited fields
    for (int i = 0; i < n; i++)
        if (tpy_instance_write_field(self, sd, i, values[i]) < 0)
            goto done;
    if (tpy_class_lookup(self->type, "__post_init__") != NULL) {
        result = tpy_class_call_special(self, "__post_init__", NULL, 0, false);
        goto done;
    }
    result = tpy_newref(tpy_None);
done:
    if (values != NULL && owned != NULL)
        for (int i = 0; i < n; i++)
            if (owned[i])
                tpy_xdecref(values[i]);
    free(values);
    free(owned);
    return result;
}

static TpyObject *read_field_or_raise(TpyObject *self, const TpyClassData *cd, int i)
{
    TpyObject *v = tpy_instance_read_field(self, tpy_class_data(self->type), i);
    if (v == NULL && !tpy_err_occurred())
        tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                       self->type->name, cd->fields[i].name);
    return v;
}

static TpyObject *dc_repr(TpyObject *data, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames)
{
    if (nargs != 1)
        return tpy_err_format(&tpy_TypeError_type, "__repr__() takes 1 positional argument");
    TpyObject *self = args[0];
    TpyClassData *cd = tpy_class_data(defining_class(data, self));
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_cstr(&b, tpy_class_qualname(self->type)) < 0 ||
        tpy_strbuilder_append_char(&b, '(') < 0)
        goto error;
    for (int i = 0; i < cd->nfields; i++) {
        TpyObject *v = read_field_or_raise(self, cd, i);
        if (v == NULL)
            goto error;
        TpyObject *r = tpy_object_repr(v);
        tpy_decref(v);
        if (r == NULL)
            goto error;
        int ok = (i == 0 || tpy_strbuilder_append_cstr(&b, ", ") == 0) &&
                 tpy_strbuilder_append_cstr(&b, cd->fields[i].name) == 0 &&
                 tpy_strbuilder_append_char(&b, '=') == 0 && tpy_strbuilder_append_str(&b, r) == 0;
        tpy_decref(r);
        if (!ok)
            goto error;
    }
    if (tpy_strbuilder_append_char(&b, ')') < 0)
        goto error;
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

// (self.f1, self.f2, ...) over the defining class's fields.
static TpyObject *field_tuple(TpyObject *self, const TpyClassData *cd)
{
    TpyObject *t = tpy_tuple_new(cd->nfields);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < cd->nfields; i++) {
        TpyObject *v = read_field_or_raise(self, cd, i);
        if (v == NULL) {
            // fill the rest so the tuple can be freed
            for (int j = i; j < cd->nfields; j++)
                TPY_TUPLE_ITEMS(t)[j] = tpy_newref(tpy_None);
            tpy_decref(t);
            return NULL;
        }
        TPY_TUPLE_ITEMS(t)[i] = v;
    }
    return t;
}

static TpyObject *dc_compare(TpyObject *data, TpyObject *const *args, int64_t nargs,
                             TpyCompareOp op)
{
    if (nargs != 2)
        return tpy_err_format(&tpy_TypeError_type, "expected 1 argument, got %d", (int)nargs - 1);
    TpyObject *self = args[0], *other = args[1];
    if (tpy_type_of(other) != tpy_type_of(self))
        return tpy_newref(tpy_NotImplemented);
    TpyClassData *cd = tpy_class_data(defining_class(data, self));
    TpyObject *a = field_tuple(self, cd);
    if (a == NULL)
        return NULL;
    TpyObject *b = field_tuple(other, cd);
    if (b == NULL) {
        tpy_decref(a);
        return NULL;
    }
    TpyObject *r = tpy_object_richcompare(a, b, op);
    tpy_decref(a);
    tpy_decref(b);
    return r;
}

#define DC_COMPARE(fname, op)                                                              \
    static TpyObject *fname(TpyObject *data, TpyObject *const *args, int64_t nargs,        \
                            TpyObject *kwnames)                                            \
    {                                                                                      \
        return dc_compare(data, args, nargs, op);                                          \
    }
DC_COMPARE(dc_eq, TPY_CMP_OP_EQ)
DC_COMPARE(dc_lt, TPY_CMP_OP_LT)
DC_COMPARE(dc_le, TPY_CMP_OP_LE)
DC_COMPARE(dc_gt, TPY_CMP_OP_GT)
DC_COMPARE(dc_ge, TPY_CMP_OP_GE)
#undef DC_COMPARE

static TpyObject *dc_hash(TpyObject *data, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames)
{
    (void)kwnames;
    if (nargs != 1)
        return tpy_err_format(&tpy_TypeError_type, "__hash__() takes 1 positional argument");
    TpyObject *t = field_tuple(args[0], tpy_class_data(defining_class(data, args[0])));
    if (t == NULL)
        return NULL;
    int64_t h = tpy_object_hash(t);
    tpy_decref(t);
    return h == -1 && tpy_err_occurred() ? NULL : tpy_int_from_i64(h);
}

int tpy_dataclass_check_frozen(TpyObject *self, const char *name, bool del)
{
    for (TpyType *t = self->type; t != NULL && tpy_class_check(t); t = t->base) {
        TpyClassData *cd = tpy_class_data(t);
        if (!(cd->spec_flags & TPY_CLASS_SPEC_DATACLASS_FROZEN))
            continue;
        if (t == self->type || tpy_class_field_index(t, name) >= 0) {
            tpy_err_format(&tpy_FrozenInstanceError_type, "cannot %s field '%s'",
                           del ? "delete" : "assign to", name);
            return -1;
        }
        return 0;
    }
    return 0;
}

/* ---------------------------------------------------------------- installation */

static int add_method(TpyType *cls, const char *name, TpyNativeClosureFn fn, TpyObject *data)
{
    if (tpy_dict_get_cstr(cls->members, name) != NULL)
        return 0;   // the class body defines it
    char qual[300];
    snprintf(qual, sizeof qual, "%s.%s", tpy_class_qualname(cls), name);
    TpyObject *f = tpy_native_closure_new(name, qual, fn, data);
    if (f == NULL)
        return -1;
    int r = tpy_dict_setitem_cstr(cls->members, name, f);
    tpy_decref(f);
    return r;
}

int tpy_dataclass_install(TpyType *cls, const TpyClassSpec *spec)
{
    TpyObject *depth = tpy_smallint(chain_depth(cls));
    bool user_hash = tpy_dict_get_cstr(cls->members, "__hash__") != NULL;
    bool user_eq = tpy_dict_get_cstr(cls->members, "__eq__") != NULL;
    if (add_method(cls, "__init__", dc_init, depth) < 0 ||
        add_method(cls, "__repr__", dc_repr, depth) < 0 ||
        add_method(cls, "__eq__", dc_eq, depth) < 0)
        return -1;
    if (spec->flags & TPY_CLASS_SPEC_DATACLASS_ORDER) {
        if (add_method(cls, "__lt__", dc_lt, depth) < 0 ||
            add_method(cls, "__le__", dc_le, depth) < 0 ||
            add_method(cls, "__gt__", dc_gt, depth) < 0 ||
            add_method(cls, "__ge__", dc_ge, depth) < 0)
            return -1;
    }
    // eq=True, frozen=False: __hash__ = None unless the body set it;
    // eq=True, frozen=True: hash of the field tuple.
    // (A body's own __eq__ does not count as an explicit __hash__.)
    if (!user_hash) {
        if (spec->flags & TPY_CLASS_SPEC_DATACLASS_FROZEN) {
            if (add_method(cls, "__hash__", dc_hash, depth) < 0)
                return -1;
        } else if (!user_eq && tpy_dict_setitem_cstr(cls->members, "__hash__", tpy_None) < 0) {
            return -1;
        }
    }
    return 0;
}
