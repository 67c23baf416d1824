/* runtime/instance.c: attribute access by name on instances of user classes.
 *
 * Compiled code reads `self.x` at a constant offset (class.h); this file is
 * the generic path (getattr/setattr/hasattr/delattr, `# type: ignore`d
 * spots, vars()).  The lookup order is CPython's PyObject_GenericGetAttr with
 * fields in the role of the instance __dict__:
 *   1. a data descriptor (property) found on the type wins;
 *   2. a field that is set (float fields are boxed, bool fields become
 *      True/False, complex fields complex);
 *   3. any other member of the type, bound (methods -> bound methods,
 *      classmethods -> bound to the class, class attributes as they are);
 *   4. the builtin base's own attributes (exception args, tuple methods);
 *   5. AttributeError "'C' object has no attribute 'x'" -- the same words
 *      for an unset field and, in __slots__ classes, for undeclared names.
 */
#include "class.h"
#include "class_internal.h"

#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "complex.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "method.h"
#include "none.h"
#include "str.h"

static inline TpyValue *field_slot(TpyObject *self, const TpyClassData *cd, int index)
{
    return (TpyValue *)((char *)self + cd->offsets[index]);
}

TpyObject *tpy_instance_read_field(TpyObject *self, const TpyClassData *cd, int index)
{
    TpyValue *v = field_slot(self, cd, index);
    switch (cd->fields[index].kind) {
    case TPY_KIND_F64:
        return tpy_float_from_double(v->f);
    case TPY_KIND_I64:
        return tpy_bool_from(v->i != 0);
    case TPY_KIND_C128:
        return tpy_complex_from_doubles(v[0].f, v[1].f);
    default:
        return v->o != NULL ? tpy_newref(v->o) : NULL;
    }
}

int tpy_instance_write_field(TpyObject *self, const TpyClassData *cd, int index, TpyObject *value)
{
    TpyValue *v = field_slot(self, cd, index);
    switch (cd->fields[index].kind) {
    case TPY_KIND_F64:
        if (value == NULL)
            break;
        return tpy_float_as_double(value, &v->f);
    case TPY_KIND_I64: {
        if (value == NULL)
            break;
        int t = tpy_object_is_true(value);
        if (t < 0)
            return -1;
        v->i = t;
        return 0;
    }
    case TPY_KIND_C128: {
        if (value == NULL)
            break;
        TpyComplexValue c;
        if (tpy_complex_as_value(value, &c) < 0)
            return -1;
        v[0].f = c.real;
        v[1].f = c.imag;
        return 0;
    }
    default: {
        TpyObject *old = v->o;
        if (value == NULL && old == NULL)
            break;
        v->o = value != NULL ? tpy_newref(value) : NULL;
        tpy_xdecref(old);
        return 0;
    }
    }
    // Deleting an unboxed or unset field.
    tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                   self->type->name, cd->fields[index].name);
    return -1;
}

static TpyObject *no_attribute(TpyObject *self, const char *name)
{
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          tpy_type_of(self)->name, name);
}

TpyObject *tpy_instance_getattr(TpyObject *self, TpyObject *name)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    TpyType *type = self->type;
    TpyClassData *cd = tpy_class_data(type);
    if (n[0] == '_' && n[1] == '_') {
        if (strcmp(n, "__class__") == 0)
            return tpy_newref(&type->ob);
        if (strcmp(n, "__dict__") == 0 && (type->flags & TPY_TPFLAG_HAS_WEAKLIST))
            return tpy_instance_vars(self);
    }
    TpyType *where = NULL;
    TpyObject *m = tpy_class_find_member(type, n, &where);
    if (m != NULL && tpy_type_of(m)->descr_set != NULL)
        return tpy_type_of(m)->descr_get(m, self, type);
    if (cd->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE) {
        TpyObject *v = tpy_namedtuple_getfield(self, n);
        if (v != NULL || tpy_err_occurred())
            return v;
    } else {
        int index = tpy_class_field_index(type, n);
        if (index >= 0) {
            TpyObject *v = tpy_instance_read_field(self, cd, index);
            if (v != NULL || tpy_err_occurred())
                return v;
        }
    }
    if (m != NULL)
        return tpy_class_bind_member(m, where, n, self, type);
    TpyType *bb = cd->builtin_base;
    if (bb != &tpy_object_type && bb->getattr != NULL)
        return bb->getattr(self, name);
    TpyObject *bound = tpy_method_bind_builtin(self, n);
    if (bound != NULL || tpy_err_occurred())
        return bound;
    return no_attribute(self, n);
}

int tpy_instance_setattr(TpyObject *self, TpyObject *name, TpyObject *value)
{
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return -1;
    TpyType *type = self->type;
    TpyClassData *cd = tpy_class_data(type);
    if (tpy_dataclass_check_frozen(self, n, value == NULL) < 0)
        return -1;
    TpyObject *m = tpy_class_find_member(type, n, NULL);
    if (m != NULL && tpy_type_of(m)->descr_set != NULL)
        return tpy_type_of(m)->descr_set(m, self, value);
    if (cd->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE) {
        if (tpy_namedtuple_getfield(self, n) != NULL || tpy_err_occurred()) {
            tpy_err_clear();
            tpy_err_format(&tpy_AttributeError_type, "can't set attribute");
            return -1;
        }
    } else {
        int index = tpy_class_field_index(type, n);
        if (index >= 0)
            return tpy_instance_write_field(self, cd, index, value);
    }
    TpyType *bb = cd->builtin_base;
    if (bb != &tpy_object_type && bb->setattr != NULL)
        return bb->setattr(self, name, value);
    if (m != NULL && value != NULL)
        tpy_err_format(&tpy_AttributeError_type, "'%s' object attribute '%s' is read-only",
                       type->name, n);
    else
        no_attribute(self, n);
    return -1;
}

TpyObject *tpy_instance_vars(TpyObject *self)
{
    TpyType *type = tpy_type_of(self);
    if (!tpy_class_check(type) || !(type->flags & TPY_TPFLAG_HAS_WEAKLIST) ||
        (tpy_class_data(type)->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE))
        return tpy_err_format(&tpy_TypeError_type, "vars() argument must have __dict__ attribute");
    TpyClassData *cd = tpy_class_data(type);
    TpyObject *d = tpy_dict_new();
    if (d == NULL)
        return NULL;
    for (int i = 0; i < cd->nfields; i++) {
        TpyObject *v = tpy_instance_read_field(self, cd, i);
        if (v == NULL) {
            if (tpy_err_occurred())
                goto error;
            continue;
        }
        int r = tpy_dict_setitem_cstr(d, cd->fields[i].name, v);
        tpy_decref(v);
        if (r < 0)
            goto error;
    }
    return d;
error:
    tpy_decref(d);
    return NULL;
}
