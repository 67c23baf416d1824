/* runtime/namedtuple.c: typing.NamedTuple classes.
 *
 * A NamedTuple class is a heap subclass of tuple: instances *are* tuples
 * (same variable-size layout, items inline), so indexing, unpacking,
 * iteration, len and hashing are tuple's own slots.  What the class adds:
 *   - construction N(x, y=...) binding arguments to field names, with the
 *     class's defaults and CPython's "N.__new__() ..." messages;
 *   - attribute access by field name (instance.c calls
 *     tpy_namedtuple_getfield), read-only ("can't set attribute");
 *   - repr "N(x=1, y=2)", `_fields`, `_field_defaults`, `_replace(**kw)`,
 *     `_asdict()`;
 *   - comparisons, `+` and `*` are tuple's own slots too (tuple.c accepts
 *     tuple subclasses and returns plain tuples).
 * User methods in the class body work like in any class.
 */
#include "class.h"
#include "class_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

// The NamedTuple class that declares the fields (a subclass may add methods only).
static TpyClassData *nt_data(TpyObject *self)
{
    return tpy_class_data(tpy_type_of(self));
}

TpyObject *tpy_namedtuple_construct(TpyType *cls, TpyObject *const *args, int64_t nargs,
                                    TpyObject *kwnames)
{
    TpyClassData *cd = tpy_class_data(cls);
    int n = cd->nfields;
    char qual[300];
    snprintf(qual, sizeof qual, "%s.__new__", cd->qualname);
    TpyObject **values = calloc((size_t)(n > 0 ? n : 1), sizeof(TpyObject *));
    if (values == NULL)
        return tpy_err_nomemory();
    TpyObject *self = NULL;
    if (tpy_dataclass_bind_args(qual, cd, args, nargs, kwnames, values) < 0)
        goto done;
    self = tpy_object_new_var(cls, (size_t)n);
    if (self == NULL)
        goto done;
    TPY_TUPLE_SIZE(self) = n;
    for (int i = 0; i < n; i++)
        TPY_TUPLE_ITEMS(self)[i] = tpy_newref(values[i] != NULL ? values[i] : cd->defaults[i]);
done:
    free(values);
    return self;
}

TpyObject *tpy_namedtuple_getfield(TpyObject *self, const char *name)
{
    TpyClassData *cd = nt_data(self);
    for (int i = 0; i < cd->nfields && i < TPY_TUPLE_SIZE(self); i++)
        if (strcmp(cd->fields[i].name, name) == 0)
            return tpy_newref(TPY_TUPLE_ITEMS(self)[i]);
    return NULL;
}

/* ---------------------------------------------------------------- slots */

static TpyObject *nt_repr(TpyObject *data, TpyObject *const *args, int64_t nargs,
                          TpyObject *kwnames)
{
    if (nargs != 1)
        return tpy_err_format(&tpy_TypeError_type, "__repr__() takes 1 positional argument");
    TpyObject *self = args[0];
    TpyClassData *cd = nt_data(self);
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_cstr(&b, tpy_type_of(self)->name) < 0 ||
        tpy_strbuilder_append_char(&b, '(') < 0)
        goto error;
    for (int64_t i = 0; i < TPY_TUPLE_SIZE(self); i++) {
        TpyObject *r = tpy_object_repr(TPY_TUPLE_ITEMS(self)[i]);
        if (r == NULL)
            goto error;
        int ok = (i == 0 || tpy_strbuilder_append_cstr(&b, ", ") == 0) &&
                 (i >= cd->nfields || (tpy_strbuilder_append_cstr(&b, cd->fields[i].name) == 0 &&
                                       tpy_strbuilder_append_char(&b, '=') == 0)) &&
                 tpy_strbuilder_append_str(&b, r) == 0;
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

static TpyObject *nt_replace(TpyObject *data, TpyObject *const *args, int64_t nargs,
                             TpyObject *kwnames)
{
    if (nargs != 1) {
        TpyType *t = nargs > 0 ? tpy_type_of(args[0]) : NULL;
        return tpy_err_format(&tpy_TypeError_type,
                              "%s._replace() takes 1 positional argument but %d were given",
                              t != NULL ? tpy_class_qualname(t) : "?", (int)nargs);
    }
    TpyObject *self = args[0];
    TpyClassData *cd = nt_data(self);
    int64_t n = TPY_TUPLE_SIZE(self);
    TpyObject *result = tpy_object_new_var(tpy_type_of(self), (size_t)n);
    if (result == NULL)
        return NULL;
    TPY_TUPLE_SIZE(result) = n;
    for (int64_t i = 0; i < n; i++)
        TPY_TUPLE_ITEMS(result)[i] = tpy_newref(TPY_TUPLE_ITEMS(self)[i]);
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    TpyObject *unknown = NULL;
    for (int64_t k = 0; k < nkw; k++) {
        TpyObject *key = TPY_TUPLE_ITEMS(kwnames)[k];
        int index = -1;
        for (int i = 0; i < cd->nfields && i < n; i++)
            if (tpy_str_equal_cstr(key, cd->fields[i].name))
                index = i;
        if (index < 0) {
            if (unknown == NULL && (unknown = tpy_list_new(0)) == NULL)
                goto error;
            if (tpy_list_append(unknown, key) < 0)
                goto error;
            continue;
        }
        TpyObject *old = TPY_TUPLE_ITEMS(result)[index];
        TPY_TUPLE_ITEMS(result)[index] = tpy_newref(args[1 + k]);
        tpy_decref(old);
    }
    if (unknown != NULL) {
        TpyObject *r = tpy_object_repr(unknown);
        if (r != NULL) {
            tpy_err_format(&tpy_ValueError_type, "Got unexpected field names: %s",
                           tpy_str_as_utf8(r, NULL));
            tpy_decref(r);
        }
        goto error;
    }
    return result;
error:
    tpy_xdecref(unknown);
    tpy_decref(result);
    return NULL;
}

static TpyObject *nt_asdict(TpyObject *data, TpyObject *const *args, int64_t nargs,
                            TpyObject *kwnames)
{
    if (nargs != 1)
        return tpy_err_format(&tpy_TypeError_type, "_asdict() takes 1 positional argument");
    TpyObject *self = args[0];
    TpyClassData *cd = nt_data(self);
    TpyObject *d = tpy_dict_new();
    if (d == NULL)
        return NULL;
    for (int i = 0; i < cd->nfields && i < TPY_TUPLE_SIZE(self); i++) {
        if (tpy_dict_setitem_cstr(d, cd->fields[i].name, TPY_TUPLE_ITEMS(self)[i]) < 0) {
            tpy_decref(d);
            return NULL;
        }
    }
    return d;
}

/* ---------------------------------------------------------------- installation */

static int add_method(TpyType *cls, const char *name, TpyNativeClosureFn fn)
{
    if (tpy_dict_get_cstr(cls->members, name) != NULL)
        return 0;
    char qual[300];
    snprintf(qual, sizeof qual, "%s.%s", tpy_class_qualname(cls), name);
    TpyObject *f = tpy_native_closure_new(name, qual, fn, NULL);
    if (f == NULL)
        return -1;
    int r = tpy_dict_setitem_cstr(cls->members, name, f);
    tpy_decref(f);
    return r;
}

int tpy_namedtuple_install(TpyType *cls, const TpyClassSpec *spec)
{
    TpyClassData *cd = tpy_class_data(cls);
    cls->flags &= ~(uint32_t)TPY_TPFLAG_HAS_WEAKLIST;
    TpyObject *fields = tpy_tuple_new(cd->nfields);
    if (fields == NULL)
        return -1;
    for (int i = 0; i < cd->nfields; i++) {
        TPY_TUPLE_ITEMS(fields)[i] = NULL;
    }
    for (int i = 0; i < cd->nfields; i++) {
        TpyObject *s = tpy_str_from_cstr(cd->fields[i].name);
        if (s == NULL) {
            for (int j = i; j < cd->nfields; j++)
                TPY_TUPLE_ITEMS(fields)[j] = tpy_newref(tpy_None);
            tpy_decref(fields);
            return -1;
        }
        TPY_TUPLE_ITEMS(fields)[i] = s;
    }
    cd->fields_tuple = fields;
    TpyObject *defaults = tpy_dict_new();
    if (defaults == NULL)
        return -1;
    for (int i = 0; i < cd->nfields; i++)
        if (cd->defaults[i] != NULL &&
            tpy_dict_setitem_cstr(defaults, cd->fields[i].name, cd->defaults[i]) < 0) {
            tpy_decref(defaults);
            return -1;
        }
    int r = tpy_dict_setitem_cstr(cls->members, "_fields", fields);
    if (r == 0)
        r = tpy_dict_setitem_cstr(cls->members, "_field_defaults", defaults);
    tpy_decref(defaults);
    if (r < 0 || add_method(cls, "__repr__", nt_repr) < 0 ||
        add_method(cls, "_replace", nt_replace) < 0 || add_method(cls, "_asdict", nt_asdict) < 0)
        return -1;
    return 0;
}
