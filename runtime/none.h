/* runtime/none.h: the singletons None, NotImplemented and Ellipsis.
 *
 * Static immortal objects (their refcount starts at 1 and that reference is
 * never dropped), each the only instance of its type. */
#ifndef TPY_RUNTIME_NONE_H
#define TPY_RUNTIME_NONE_H

#include "object.h"
#include "type.h"

extern TpyType tpy_none_type, tpy_notimplemented_type, tpy_ellipsis_type;
extern TpyObject *const tpy_None;             /* borrowed; incref to return it */
extern TpyObject *const tpy_NotImplemented;
extern TpyObject *const tpy_Ellipsis;

/* Return a new reference to None. */
static inline TpyObject *tpy_none_new_ref(void)
{
    tpy_incref(tpy_None);
    return tpy_None;
}

#endif
