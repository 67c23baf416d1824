/* runtime/modules/weakref_module.h: the types of the weakref module that are
 * written in C on top of weakref.h (weakref_dicts.c, weakref_finalize.c). */
#ifndef TPY_RUNTIME_MODULES_WEAKREF_MODULE_H
#define TPY_RUNTIME_MODULES_WEAKREF_MODULE_H

#include "object.h"
#include "type.h"

/* Extra entries of the module's constant table (none yet). */
#define TPY_WEAKREF_MODULE_CONSTANTS

#endif
