/* runtime/class_internal.h: what class.c, instance.c, class_slots.c,
 * dataclass.c and namedtuple.c share about a user class.  Not for other
 * areas: use the functions of class.h. */
#ifndef TPY_RUNTIME_CLASS_INTERNAL_H
#define TPY_RUNTIME_CLASS_INTERNAL_H

#ifndef TPY_RUNTIME_BUILD
#error "class_internal.h is private to the runtime"
#endif

#include "class.h"

/* Hangs off TpyType.user of every heap type (TPY_TPFLAG_HEAPTYPE). */
typedef struct TpyClassData {
    char *qualname, *module;      /* owned copies; TpyType.name is owned too */
    uint32_t spec_flags;          /* TPY_CLASS_SPEC_* */
    int nfields;                  /* all fields, inherited first */
    TpyFieldSpec *fields;         /* owned array; names owned */
    size_t *offsets;              /* byte offset of each field in the instance */
    TpyObject **defaults;         /* nfields owned refs or NULLs (dataclass/NamedTuple) */
    TpyObject **factories;        /* nfields owned callables or NULLs (default_factory) */
    TpyMethodSpec *methods;       /* this class body's methods (names owned; objects not) */
    int nmethods;
    TpyType *builtin_base;        /* first non-heap type up the chain (object, an exception, tuple) */
    TpyObject *fields_tuple;      /* NamedTuple: ('x', 'y'); owned */
} TpyClassData;

static inline bool tpy_class_is_heap(const TpyType *t)
{
    return (t->flags & TPY_TPFLAG_HEAPTYPE) != 0;
}

static inline TpyClassData *tpy_class_data(const TpyType *t)
{
    return (TpyClassData *)t->user;
}

/* Index of the field called `name` in cls, or -1. */
int tpy_class_field_index(const TpyType *cls, const char *name);

/* Field value boxed as an object (new reference); NULL without exception
 * when an OBJ field is unset. */
TpyObject *tpy_instance_read_field(TpyObject *self, const TpyClassData *cd, int index);

/* Store into a field (borrows value; value NULL unsets an OBJ field).  0 / -1. */
int tpy_instance_write_field(TpyObject *self, const TpyClassData *cd, int index, TpyObject *value);

/* The member `name` of a heap type, and the class that defines it
 * (borrowed; NULL if absent, no exception).  Walks heap bases only, then
 * the builtin base's members dict if it has one. */
TpyObject *tpy_class_find_member(const TpyType *type, const char *name, TpyType **where);

/* Fill the protocol slots of a new class from its methods (class_slots.c). */
void tpy_class_install_slots(TpyType *cls, const TpyClassSpec *spec);

/* Generated methods (dataclass.c, namedtuple.c): add them to cls->members.
 * 0 / -1. */
int tpy_dataclass_install(TpyType *cls, const TpyClassSpec *spec);
int tpy_namedtuple_install(TpyType *cls, const TpyClassSpec *spec);
/* Bind positional `args[0..npos)` and keyword arguments (values after them,
 * named by kwnames) to the fields of cd, with CPython's TypeError messages
 * for the function called `qual` ("P.__init__").  out[i] receives a borrowed
 * value or NULL (a field with a default/factory).  0 / -1. */
int tpy_dataclass_bind_args(const char *qual, const TpyClassData *cd, TpyObject *const *args,
                            int64_t npos, TpyObject *kwnames, TpyObject **out);
/* dataclass(frozen=True): if `self.name = ...` / `del self.name` is
 * forbidden (type(self) is a frozen dataclass, or `name` is a field of a
 * frozen dataclass it derives from), raise FrozenInstanceError "cannot
 * assign to field 'x'" / "cannot delete field 'x'" and return -1; else 0. */
int tpy_dataclass_check_frozen(TpyObject *self, const char *name, bool del);
/* NamedTuple construction: type(*args, **kw). */
TpyObject *tpy_namedtuple_construct(TpyType *cls, TpyObject *const *args, int64_t nargs,
                                    TpyObject *kwnames);
/* NamedTuple attribute by field name (new ref) or NULL without exception. */
TpyObject *tpy_namedtuple_getfield(TpyObject *self, const char *name);

/* Is `name` one of the plain (not static/class/property) methods the spec of
 * `cls` declared?  Used to bind function objects whose type has no descr_get. */
bool tpy_class_is_plain_method(const TpyType *cls, const char *name);

/* Bind a member found on a type for access through `instance` (NULL: via the
 * class), as the descriptor protocol says.  New reference. */
TpyObject *tpy_class_bind_member(TpyObject *member, TpyType *where, const char *name,
                                 TpyObject *instance, TpyType *owner);

#endif
