/* runtime/module.h: module objects and the builtin (C) modules.
 *
 * A module's globals are typed slots (value.h), like a frame's registers, so
 * compiled code reads a global with one load.  Each module also keeps the
 * names of its globals, so getattr(module, name), `from m import x` and
 * `vars()` work generically.  Builtin modules (builtins, sys, math, time,
 * random, os.path, collections, gc, weakref, dataclasses, typing) are tables
 * of native functions and constants registered here; the compiler resolves a
 * call like `math.sqrt(x)` to the native function at compile time.
 */
#ifndef TPY_RUNTIME_MODULE_H
#define TPY_RUNTIME_MODULE_H

#include "object.h"
#include "type.h"
#include "value.h"

typedef struct TpyModuleConstant {
    const char *name;
    TpyObject *(*make)(void);      /* returns a new reference to the value */
} TpyModuleConstant;

typedef struct TpyModuleDef {
    const char *name;                      /* "math", "os.path" */
    const TpyMethodDef *functions;         /* terminated by {NULL} */
    const TpyModuleConstant *constants;    /* terminated by {NULL}; may be NULL */
    int (*init)(TpyObject *module);        /* extra set-up (sys.argv...), may be NULL */
} TpyModuleDef;

/* The builtin module definition for `name`, or NULL. */
const TpyModuleDef *tpy_module_find_builtin(const char *name);
/* A builtin function by module and name ("builtins", "len"), or NULL.  The
 * compiler uses it to bind calls at compile time. */
const TpyMethodDef *tpy_module_find_function(const char *module, const char *name);

#endif
