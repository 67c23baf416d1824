/* runtime/classdef.h: the class-plan constant behind MAKE_CLASS (classdef.c). */
#ifndef TPY_RUNTIME_CLASSDEF_H
#define TPY_RUNTIME_CLASSDEF_H

#include "class.h"
#include "object.h"

extern TpyType tpy_class_plan_type;

typedef struct TpyClassPlan {
    TpyObject ob;
    char **owned;                  /* every string below, malloc'd */
    int nowned;
    const char *name, *qualname, *module;
    uint32_t flags;                /* TPY_CLASS_SPEC_* */
    TpyFieldSpec *fields;
    int nfields;
    const char **method_names;
    int *method_kinds;
    int nmethods;
    bool has_defaults, has_factories;
    const char **class_attr_names;
    int nclass_attrs;
} TpyClassPlan;

#endif
