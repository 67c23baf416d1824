/* runtime/weakref_internal.h: the layout of weak reference objects, shared by
 * weakref.c (ref), weakproxy.c (proxy) and modules/weakref*.c. */
#ifndef TPY_RUNTIME_WEAKREF_INTERNAL_H
#define TPY_RUNTIME_WEAKREF_INTERNAL_H

#ifndef TPY_RUNTIME_BUILD
#error "weakref_internal.h is internal to the runtime"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "weakref.h"

typedef struct TpyWeakRef {
    TpyObject ob;
    TpyObject *referent;              /* borrowed; NULL once the referent died */
    TpyObject *callback;              /* owned, or NULL */
    int64_t hash;                     /* hash of the referent, -1 until computed */
    struct TpyWeakRef *prev, *next;   /* in the referent's list (not owned) */
} TpyWeakRef;

/* True if obj's type can be weakly referenced. */
bool tpy_weakref_supported(TpyObject *obj);
/* True if obj (weakly referenceable) has weak references. */
bool tpy_weakref_has_refs(TpyObject *obj);
/* weakref.getweakrefs(obj): a new list of the weak references to obj. */
TpyObject *tpy_weakref_list(TpyObject *obj);

#endif
