/* runtime/bool.h: the bool type (a subclass of int) and its two singletons.
 *
 * True and False are static, immortal TpyIntObject-compatible objects of type
 * bool; they are heap objects (not tagged ints) so that `type(True) is bool`
 * holds, but every int operation accepts them (tpy_int_value_*). */
#ifndef TPY_RUNTIME_BOOL_H
#define TPY_RUNTIME_BOOL_H

#include "object.h"
#include "type.h"

extern TpyType tpy_bool_type;
extern TpyObject *const tpy_True;    /* borrowed; incref before returning it */
extern TpyObject *const tpy_False;

/* Returns a new reference to True or False. */
TpyObject *tpy_bool_from(bool value);

static inline bool tpy_bool_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_bool_type;
}

#endif
