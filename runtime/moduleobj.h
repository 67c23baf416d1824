/* runtime/moduleobj.h: module objects (the module-object half of module.h).
 *
 * A module's globals are typed slots like a frame's registers: compiled code
 * reads `x` with one load of values[index].  `names` and `kinds` describe the
 * slots so getattr(module, name), `from m import x` and teardown work
 * generically.  Builtin C modules (math, sys, ...) are module objects too,
 * with one OBJ slot per function or constant of their TpyModuleDef.
 *
 * Modules are registered by name (tpy_module_import finds or creates them).
 * User modules (`helper.py` beside the script) are compiled ahead of time by
 * the compiler, which registers them unexecuted; the first `import` runs
 * their body.
 */
#ifndef TPY_RUNTIME_MODULEOBJ_H
#define TPY_RUNTIME_MODULEOBJ_H

#include <stdbool.h>
#include <stdint.h>

#include "module.h"
#include "object.h"
#include "type.h"
#include "value.h"

extern TpyType tpy_module_type;

typedef struct TpyModule {
    TpyObject ob;
    TpyObject *name;          /* owned str: "__main__", "helper", "math" */
    uint32_t nslots;
    TpyValue *values;         /* owned slots */
    uint8_t *kinds;           /* TpyValueKind per slot */
    TpyObject **names;        /* owned str per slot (NULL: anonymous slot) */
    TpyObject *body;          /* owned: the module body's code (user modules), or NULL */
    bool executed;            /* body has run (or is running: import cycles) */
    const TpyModuleDef *def;  /* builtin modules */
} TpyModule;

static inline bool tpy_module_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_module_type;
}

/* A new module with `nslots` empty slots.  New reference. */
TpyObject *tpy_module_new(const char *name, uint32_t nslots);
/* Describe slot i: borrows nothing (name copied into a str). */
int tpy_module_set_slot(TpyObject *module, uint32_t i, const char *name, TpyValueKind kind);
/* Index of the slot called `name`, or -1. */
int64_t tpy_module_find_slot(TpyObject *module, const char *name);
/* getattr(module, name): boxed value (new reference); AttributeError
 * "module 'm' has no attribute 'x'". */
TpyObject *tpy_module_getattr(TpyObject *module, TpyObject *name);

/* The registry.  tpy_module_register adds `module` (borrowed, increfed). */
int tpy_module_register(TpyObject *module);
/* The module called `name` (borrowed), or NULL without an exception. */
TpyObject *tpy_module_lookup(const char *name);
/* `import name`: the registered module, or a builtin module built from its
 * TpyModuleDef, or a registered user module, executed on first import.
 * Borrowed reference, NULL with ModuleNotFoundError. */
TpyObject *tpy_module_import(const char *name);

/* Run the body of a module once (it registers first, so cycles see the
 * half-initialised module).  0 / -1. */
int tpy_module_exec(TpyObject *module);

/* Finalisation at exit: clear every registered module's slots (in reverse
 * registration order, `__main__` first, like CPython) and drop the registry. */
void tpy_module_teardown(void);

#endif
