/* runtime/modules/registry.c: the table of builtin (C) modules.
 *
 * tpy_module_find_builtin("math") gives the module's definition;
 * tpy_module_find_function("math", "sqrt") the native function, which the
 * compiler binds at compile time.  gc and weakref join in the next part;
 * dataclasses and typing are compile-time modules of the checker and the
 * objects area.
 */
#include "module.h"

#include <string.h>

#include "builtins.h"
#include "modules_internal.h"

static const TpyModuleDef *const modules[] = {
    &tpy_builtins_module_def,
    &tpy_sys_module_def,
    &tpy_math_module_def,
    &tpy_time_module_def,
    &tpy_random_module_def,
    &tpy_os_module_def,
    &tpy_os_path_module_def,
    &tpy_collections_module_def,
    &tpy_gc_module_def,
    &tpy_weakref_module_def,
    &tpy_dataclasses_module_def,
    NULL,
};

const TpyModuleDef *tpy_module_find_builtin(const char *name)
{
    tpy_builtins_init();
    for (int i = 0; modules[i] != NULL; i++)
        if (strcmp(modules[i]->name, name) == 0)
            return modules[i];
    return NULL;
}

const TpyMethodDef *tpy_module_find_function(const char *module, const char *name)
{
    const TpyModuleDef *def = tpy_module_find_builtin(module);
    if (def == NULL || def->functions == NULL)
        return NULL;
    for (const TpyMethodDef *f = def->functions; f->name != NULL; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}
