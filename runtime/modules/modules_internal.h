/* runtime/modules/modules_internal.h: the builtin module tables, for registry.c. */
#ifndef TPY_RUNTIME_MODULES_INTERNAL_H
#define TPY_RUNTIME_MODULES_INTERNAL_H

#ifndef TPY_RUNTIME_BUILD
#error "modules_internal.h is internal to the runtime"
#endif

#include "module.h"

extern const TpyModuleDef tpy_builtins_module_def;
extern const TpyModuleDef tpy_sys_module_def;
extern const TpyModuleDef tpy_math_module_def;
extern const TpyModuleDef tpy_time_module_def;
extern const TpyModuleDef tpy_random_module_def;
extern const TpyModuleDef tpy_os_module_def;
extern const TpyModuleDef tpy_os_path_module_def;
extern const TpyModuleDef tpy_collections_module_def;
extern const TpyModuleDef tpy_gc_module_def;
extern const TpyModuleDef tpy_weakref_module_def;
extern const TpyModuleDef tpy_dataclasses_module_def;

#endif
