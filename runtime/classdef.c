/* runtime/classdef.c: MAKE_CLASS -- a compiled class statement becomes a
 * class object through class.h's tpy_class_new.
 *
 * The compiler knows everything static about a class (fields and their
 * kinds, method names and kinds, flags) and stores it in a "class spec"
 * constant (a TpyClassPlan object, made by codegen.c).  What only exists at
 * run time -- the base class object, the method functions, field defaults,
 * class attribute values -- arrives in a block of registers (layout in
 * codegen.h).  Zero-argument super() loads the class through its name
 * (SUPER), so methods hold no reference back to their class (no cycle).
 */
#include "classdef.h"

#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "exc.h"
#include "func.h"
#include "interp.h"
#include "none.h"

static void plan_dealloc(TpyObject *self)
{
    TpyClassPlan *p = (TpyClassPlan *)self;
    for (int i = 0; i < p->nowned; i++)
        free(p->owned[i]);
    free(p->owned);
    free(p->fields);
    free(p->method_names);
    free(p->method_kinds);
    free(p->class_attr_names);
    tpy_object_free(self);
}

TpyType tpy_class_plan_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "class_plan",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyClassPlan),
    .dealloc = plan_dealloc,
};

TpyObject *tpy_interp_make_class(TpyFrame *frame, TpyObject *spec_obj, TpyValue *regs,
                                 uint32_t nregs, TpyValue *unused, uint32_t unused_n)
{
    (void)frame;
    (void)unused;
    (void)unused_n;
    TpyClassPlan *p = (TpyClassPlan *)spec_obj;
    uint32_t k = 0;
    TpyObject *base = regs[k++].o;
    if (base == NULL || tpy_is_smallint(base) || !tpy_type_is_subtype(tpy_type_of(base), &tpy_type_type)) {
        tpy_err_format(&tpy_TypeError_type, "class base must be a class");
        goto done_error;
    }
    TpyMethodSpec *methods = calloc((size_t)p->nmethods + 1, sizeof *methods);
    TpyObject **defaults = NULL, **factories = NULL;
    if (methods == NULL) {
        tpy_err_nomemory();
        goto done_error;
    }
    for (int i = 0; i < p->nmethods; i++) {
        methods[i].name = p->method_names[i];
        methods[i].function = regs[k++].o;
        methods[i].kind = p->method_kinds[i];
    }
    for (int i = 0; i < p->nmethods; i++) {
        TpyObject *setter = regs[k++].o;
        methods[i].setter = setter != NULL && setter != tpy_None ? setter : NULL;
    }
    if (p->has_defaults) {
        defaults = (TpyObject **)&regs[k].o;
        k += (uint32_t)p->nfields;
    }
    if (p->has_factories) {
        factories = (TpyObject **)&regs[k].o;
        k += (uint32_t)p->nfields;
    }
    TpyObject **attr_values = (TpyObject **)&regs[k].o;
    k += (uint32_t)p->nclass_attrs;
    TpyClassSpec spec;
    memset(&spec, 0, sizeof spec);
    spec.name = p->name;
    spec.qualname = p->qualname;
    spec.module = p->module;
    spec.base = (TpyType *)base;
    spec.flags = p->flags;
    spec.fields = p->fields;
    spec.nfields = p->nfields;
    spec.methods = methods;
    spec.nmethods = p->nmethods;
    spec.field_defaults = defaults;
    spec.field_factories = factories;
    spec.class_attr_names = p->class_attr_names;
    spec.class_attr_values = attr_values;
    spec.nclass_attrs = p->nclass_attrs;
    TpyType *cls = k <= nregs ? tpy_class_new(&spec) : NULL;
    if (k > nregs && tpy_err_occurred() == NULL)
        tpy_err_format(&tpy_SystemError_type, "MAKE_CLASS: bad register block");
    free(methods);
    for (uint32_t i = 0; i < nregs; i++)
        tpy_clear(regs[i].o);
    return cls != NULL ? &cls->ob : NULL;
done_error:
    for (uint32_t i = 0; i < nregs; i++)
        tpy_clear(regs[i].o);
    return NULL;
}
