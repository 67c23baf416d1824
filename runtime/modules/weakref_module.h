/* runtime/modules/weakref_module.h: the types of the weakref module that are
 * written in C on top of weakref.h (weakref_dicts.c, weakref_finalize.c). */
#ifndef TPY_RUNTIME_MODULES_WEAKREF_MODULE_H
#define TPY_RUNTIME_MODULES_WEAKREF_MODULE_H

#include "object.h"
#include "type.h"

extern TpyType tpy_weakvaluedict_type;     /* weakref_dicts.c */
extern TpyType tpy_weakkeydict_type;
extern TpyType tpy_weakdict_iterator_type;
extern TpyType tpy_weakfinalize_type;      /* weakref_finalize.c */

/* weakref.finalize objects still pending with atexit set run now, most
 * recently created first (CPython's weakref._exitfunc).  Called once at
 * exit, before the modules are torn down. */
void tpy_weakref_finalize_at_exit(void);

#endif
