/* runtime/descr.h: property, staticmethod, classmethod and super objects.
 *
 * The first three are descriptors (type.h descr_get/descr_set) stored in a
 * class's members by tpy_class_new from the spec's method kinds:
 *   property      read through an instance calls fget(instance); assignment
 *                 calls fset or raises AttributeError "property 'x' of 'C'
 *                 object has no setter" (CPython 3.11's words); read through
 *                 the class gives the property object itself.
 *   staticmethod  gives the function unchanged (and is callable itself).
 *   classmethod   binds the function to the class (type(instance) or owner).
 * `super` is the object `super()` / `super(C, obj)` evaluates to on the
 * generic path: attribute lookup starts after C in type(obj)'s base chain and
 * binds to obj.  Builtin bases answer through their TpyMethodDefs and a few
 * slot wrappers (__init__, __repr__, __str__, __hash__, __eq__, __ne__), so
 * `super().__init__(msg)` in an exception subclass sets args as in CPython.
 *
 * Conventions: new references / NULL with an exception; arguments borrowed.
 */
#ifndef TPY_RUNTIME_DESCR_H
#define TPY_RUNTIME_DESCR_H

#include "object.h"
#include "type.h"

extern TpyType tpy_property_type, tpy_staticmethod_type, tpy_classmethod_type, tpy_super_type;

/* property(fget, fset): fset may be NULL; `name` (UTF-8) is the attribute
 * name used in error messages. */
TpyObject *tpy_property_new(TpyObject *fget, TpyObject *fset, const char *name);
TpyObject *tpy_staticmethod_new(TpyObject *func);
TpyObject *tpy_classmethod_new(TpyObject *func);

/* super(cls, obj): lookups start after `cls` in type(obj)'s chain (for a
 * classmethod, obj may be a class: then its own chain). */
TpyObject *tpy_super_new(TpyType *cls, TpyObject *obj);
/* super(cls, obj).name without building the super object: the bound
 * attribute (new reference) or AttributeError "'super' object has no
 * attribute 'name'". */
TpyObject *tpy_super_getattr_str(TpyType *cls, TpyObject *obj, const char *name);

#endif
