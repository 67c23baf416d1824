/* runtime/weakref.h: weak references (weakref.ref, weakref.proxy).
 *
 * An object whose type has TPY_TPFLAG_HAS_WEAKLIST keeps, at
 * type->weaklist_offset, the head of a doubly linked list of the weak
 * reference objects that point at it.  Bit 0 of that word may be the
 * object's PEP 442 "finalized" flag (object.h, "Finalizers"): every reader
 * masks it and every writer keeps it.
 *
 * A weak reference does not own its referent.  When the referent dies
 * (refcount zero, or found unreachable by the collector), every weak
 * reference to it is cleared (calling it then returns None, a proxy raises
 * ReferenceError) and the callbacks of those that are still alive run, in
 * CPython's order (most recently created first).
 */
#ifndef TPY_RUNTIME_WEAKREF_H
#define TPY_RUNTIME_WEAKREF_H

#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_weakref_type;        /* weakref.ref / weakref.ReferenceType */
extern TpyType tpy_weakproxy_type;      /* weakref.proxy / ProxyType (and CallableProxyType) */

/* weakref.ref(obj, callback=None).  New reference, or NULL with TypeError
 * "cannot create weak reference to 'int' object" for types without a
 * weaklist.  A ref without callback is shared (CPython returns the same
 * object for repeated ref(obj)). */
TpyObject *tpy_weakref_new(TpyObject *obj, TpyObject *callback);
TpyObject *tpy_weakproxy_new(TpyObject *obj, TpyObject *callback);
/* The referent (borrowed) or None if it is dead. */
TpyObject *tpy_weakref_get(TpyObject *ref);

/* Called by tpy_object_dealloc for types with a weaklist, after the
 * finalizer has run and before the object's contents are released: clears
 * every weak reference to `obj` and calls the callbacks (errors are reported
 * as "Exception ignored in: <callback>" and swallowed). */
void tpy_weakref_clear_all(TpyObject *obj);

/* For the collector (gc.c): clear every weak reference to `obj` without
 * calling anything, and append to `callbacks` (a list, owned by the caller)
 * each cleared weak reference that has a callback, so that the collector can
 * call them once all unreachable referents are cleared.  0 / -1 (memory). */
int tpy_weakref_clear_for_gc(TpyObject *obj, TpyObject *callbacks);
/* Call the callback of a cleared weak reference as CPython does (error
 * reported and swallowed). */
void tpy_weakref_call_callback(TpyObject *ref);

int64_t tpy_weakref_count(TpyObject *obj);    /* weakref.getweakrefcount */

#endif
