/* runtime/none.c: None, NotImplemented and Ellipsis.
 *
 * Each is the only instance of its type, a static object that is never
 * freed (its first reference is never dropped).  hash(None) is the identity
 * hash, as in CPython 3.11 (3.12 made it a constant).
 */
#include "none.h"

#include "abstract.h"
#include "bool.h"
#include "exc.h"
#include "str.h"
#include "tuple.h"

static TpyObject none_object = {.refcount = 1, .type = &tpy_none_type};
static TpyObject notimplemented_object = {.refcount = 1, .type = &tpy_notimplemented_type};
static TpyObject ellipsis_object = {.refcount = 1, .type = &tpy_ellipsis_type};

TpyObject *const tpy_None = &none_object;
TpyObject *const tpy_NotImplemented = &notimplemented_object;
TpyObject *const tpy_Ellipsis = &ellipsis_object;

static TpyObject *none_repr(TpyObject *self)
{
    return tpy_str_from_cstr("None");
}

static TpyObject *notimplemented_repr(TpyObject *self)
{
    return tpy_str_from_cstr("NotImplemented");
}

static TpyObject *ellipsis_repr(TpyObject *self)
{
    return tpy_str_from_cstr("Ellipsis");
}

static int none_truth(TpyObject *self)
{
    return 0;
}

static int64_t singleton_hash(TpyObject *self)
{
    return tpy_object_hash_pointer(self);
}

// type(None)() returns None (and likewise for the others).
static TpyObject *singleton_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                      TpyObject *kwnames)
{
    if (nargs != 0 || (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) != 0))
        return tpy_err_format(&tpy_TypeError_type, "%s takes no arguments", type->name);
    if (type == &tpy_none_type)
        return tpy_newref(tpy_None);
    if (type == &tpy_notimplemented_type)
        return tpy_newref(tpy_NotImplemented);
    return tpy_newref(tpy_Ellipsis);
}

// Never reached for an immortal singleton; resets the count defensively.
static void singleton_dealloc(TpyObject *self)
{
    self->refcount = 1;
}

TpyType tpy_none_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "NoneType",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyObject),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = singleton_hash,
    .truth = none_truth,
    .construct = singleton_construct,
};

TpyType tpy_notimplemented_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "NotImplementedType",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyObject),
    .dealloc = singleton_dealloc,
    .repr = notimplemented_repr,
    .hash = singleton_hash,
    .construct = singleton_construct,
};

TpyType tpy_ellipsis_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "ellipsis",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyObject),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .construct = singleton_construct,
};
