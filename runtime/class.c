/* runtime/class.c: user classes (heap types) and the lifetime of their instances.
 *
 * tpy_class_new turns a TpyClassSpec (what the checker knows statically) into
 * a TpyType allocated at run time.  The instance layout is fixed (class.h):
 *
 *     [TpyGCHead] TpyObject [builtin base's fields] [weaklist] fields... [weaklist]
 *
 * Inherited fields keep the offsets they have in the base class, so code
 * compiled for the base reads a subclass instance with the same loads.  The
 * weaklist sits in front of the fields in the first user class of a chain
 * that is not a __slots__ class; a non-__slots__ subclass of a __slots__
 * class puts it after all fields instead (it cannot move inherited fields).
 * Offsets of every field are computed once and kept in TpyClassData.offsets.
 *
 * A class is a GC type (has a TpyGCHead) when its builtin base is one
 * (exceptions, tuple) or when some field may reference a container; so a
 * __slots__ class with two int fields is exactly 32 bytes with no header.
 *
 * Members: the class's own dict (TpyType.members) maps names to function
 * objects (plain methods), staticmethod/classmethod/property objects
 * (descr.c), generated methods (dataclass.c, namedtuple.c) and class
 * attributes.  Lookup walks the base chain (single inheritance: the MRO is
 * the chain).  Binding follows the descriptor protocol (type.h descr_get).
 *
 * Destruction (instance_dealloc): if the class defines __del__, the object is
 * revived (refcount 1) while __del__ runs; if __del__ stored `self`
 * somewhere the count stays above 1 and the object is not freed
 * (resurrection, as CPython's PEP 442 finalizers).  Then the fields are
 * released with tpy_clear in layout order, the builtin base's dealloc runs
 * (exceptions, tuple) or the memory is freed.  Exceptions escaping __del__
 * are printed as CPython's "Exception ignored in: <function C.__del__ ...>".
 * As in CPython, __del__ runs once: a resurrected object that dies again is
 * destroyed without a second call (the "finalized" bit, see class.h and
 * object.c's tpy_object_call_finalizer_from_dealloc).
 *
 * See docs/design.md, "Objects", and class_slots.c for the protocol slots.
 */
#include "class.h"
#include "class_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "complex.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "icache.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

void (*tpy_class_unraisable_hook)(TpyObject *obj);

static char *dup_cstr(const char *s)
{
    if (s == NULL)
        s = "";
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p != NULL)
        memcpy(p, s, n);
    return p;
}

bool tpy_class_check(const TpyType *type)
{
    return tpy_class_is_heap(type) && type->user != NULL;
}

const char *tpy_class_qualname(const TpyType *type)
{
    return tpy_class_check(type) ? tpy_class_data(type)->qualname : type->name;
}

const char *tpy_class_module(const TpyType *type)
{
    if (tpy_class_check(type))
        return tpy_class_data(type)->module;
    return type->module != NULL ? type->module : "builtins";
}

int tpy_class_field_index(const TpyType *cls, const char *name)
{
    if (!tpy_class_check(cls))
        return -1;
    const TpyClassData *cd = tpy_class_data(cls);
    for (int i = 0; i < cd->nfields; i++)
        if (strcmp(cd->fields[i].name, name) == 0)
            return i;
    return -1;
}

size_t tpy_class_field_offset(const TpyType *cls, int index)
{
    return tpy_class_data(cls)->offsets[index];
}

bool tpy_class_is_plain_method(const TpyType *cls, const char *name)
{
    if (!tpy_class_check(cls))
        return false;
    const TpyClassData *cd = tpy_class_data(cls);
    for (int i = 0; i < cd->nmethods; i++)
        if (cd->methods[i].kind == TPY_METHOD_PLAIN && strcmp(cd->methods[i].name, name) == 0)
            return true;
    return false;
}

/* ---------------------------------------------------------------- lookup */

TpyObject *tpy_class_find_member(const TpyType *type, const char *name, TpyType **where)
{
    for (const TpyType *t = type; t != NULL; t = t->base) {
        if (t->members == NULL)
            continue;
        TpyObject *m = tpy_dict_get_cstr(t->members, name);
        if (m != NULL) {
            if (where != NULL)
                *where = (TpyType *)t;
            return m;
        }
        if (tpy_err_occurred())
            tpy_err_clear();   // only str keys: cannot fail but for memory
    }
    return NULL;
}

TpyObject *tpy_class_lookup(const TpyType *type, const char *name)
{
    return tpy_class_find_member(type, name, NULL);
}

TpyObject *tpy_class_bind_member(TpyObject *member, TpyType *where, const char *name,
                                 TpyObject *instance, TpyType *owner)
{
    TpyType *mt = tpy_type_of(member);
    if (mt->descr_get != NULL)
        return mt->descr_get(member, instance, owner);
    if (instance != NULL && where != NULL && tpy_class_is_plain_method(where, name))
        return tpy_method_new(member, instance);
    return tpy_newref(member);
}

int tpy_class_set_attr(TpyType *cls, const char *name, TpyObject *value)
{
    if (!tpy_class_check(cls)) {
        tpy_err_format(&tpy_TypeError_type, "cannot set '%s' attribute of immutable type '%s'",
                       name, cls->name);
        return -1;
    }
    tpy_icache_invalidate_all();
    int r = tpy_dict_setitem_cstr(cls->members, name, value);
    tpy_icache_invalidate_all();   // again: releasing the old value may have run code
    if (r < 0)
        return -1;
    if (strcmp(name, "__hash__") == 0 && value == tpy_None)
        cls->hash = NULL;
    return 0;
}

/* ---------------------------------------------------------------- calling special methods */

TpyObject *tpy_class_call_special(TpyObject *o, const char *name, TpyObject *const *args,
                                  int64_t nargs, bool missing_ok)
{
    TpyType *t = tpy_type_of(o), *where = NULL;
    TpyObject *m = tpy_class_find_member(t, name, &where);
    if (m != NULL) {
        TpyType *mt = tpy_type_of(m);
        if (mt->descr_get == tpy_method_function_descr_get ||
            (mt->descr_get == NULL && tpy_class_is_plain_method(where, name)))
            return tpy_method_call_with_self(m, o, args, nargs, NULL);
        TpyObject *bound = tpy_class_bind_member(m, where, name, o, t);
        if (bound == NULL)
            return NULL;
        TpyObject *r = tpy_object_call(bound, args, nargs, NULL);
        tpy_decref(bound);
        return r;
    }
    if (tpy_type_find_method(t, name) != NULL)
        return tpy_object_call_method(o, name, args, nargs, NULL);
    if (missing_ok)
        return NULL;
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'", t->name,
                          name);
}

static bool has_special(TpyObject *o, const char *name)
{
    TpyType *t = tpy_type_of(o);
    return tpy_class_lookup(t, name) != NULL || tpy_type_find_method(t, name) != NULL;
}

TpyObject *tpy_class_enter(TpyObject *mgr)
{
    const char *tn = tpy_type_of(mgr)->name;
    if (!has_special(mgr, "__enter__"))
        return tpy_err_format(&tpy_TypeError_type,
                              "'%s' object does not support the context manager protocol", tn);
    if (!has_special(mgr, "__exit__"))
        return tpy_err_format(&tpy_TypeError_type,
                              "'%s' object does not support the context manager protocol "
                              "(missed __exit__ method)", tn);
    return tpy_class_call_special(mgr, "__enter__", NULL, 0, false);
}

int tpy_class_exit(TpyObject *mgr, TpyObject *exc)
{
    TpyObject *args[3] = {tpy_None, tpy_None, tpy_None};
    if (exc != NULL) {
        args[0] = &tpy_type_of(exc)->ob;
        args[1] = exc;
        if (tpy_exc_check(exc) && TPY_EXC_OBJ(exc)->traceback != NULL)
            args[2] = TPY_EXC_OBJ(exc)->traceback;
    }
    TpyObject *r = tpy_class_call_special(mgr, "__exit__", args, 3, false);
    if (r == NULL)
        return -1;
    int t = exc == NULL ? 0 : tpy_object_is_true(r);
    tpy_decref(r);
    return t;
}

/* ---------------------------------------------------------------- unraisable */

void tpy_class_write_unraisable(TpyObject *obj)
{
    if (tpy_class_unraisable_hook != NULL) {
        tpy_class_unraisable_hook(obj);
        return;
    }
    TpyObject *exc = tpy_err_fetch();
    if (exc == NULL)
        return;
    fflush(stdout);
    TpyObject *r = obj != NULL ? tpy_object_repr(obj) : NULL;
    const char *text = r != NULL ? tpy_str_as_utf8(r, NULL) : NULL;
    if (text == NULL)
        tpy_err_clear();
    fprintf(stderr, "Exception ignored in: %s\n", text != NULL ? text : "<object repr() failed>");
    tpy_xdecref(r);
    {
        TpyType *t = tpy_type_of(exc);
        const char *module = tpy_class_module(t);
        char name[300];
        if (strcmp(module, "__main__") == 0 || strcmp(module, "builtins") == 0)
            snprintf(name, sizeof name, "%s", tpy_class_qualname(t));
        else
            snprintf(name, sizeof name, "%s.%s", module, tpy_class_qualname(t));
        TpyObject *s = tpy_object_str(exc);
        const char *msg = s != NULL ? tpy_str_as_utf8(s, NULL) : NULL;
        if (msg == NULL)
            tpy_err_clear();
        fprintf(stderr, "Traceback (most recent call last):\n");
        if (msg != NULL && msg[0] != '\0')
            fprintf(stderr, "%s: %s\n", name, msg);
        else
            fprintf(stderr, "%s\n", name);
        tpy_xdecref(s);
    }
    fflush(stderr);
    tpy_decref(exc);
}

/* ---------------------------------------------------------------- instances */

TpyObject *tpy_instance_new(TpyType *cls)
{
    return tpy_object_new(cls);
}

static int instance_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyType *type = self->type;
    TpyClassData *cd = tpy_class_data(type);
    if (!(cd->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE)) {
        for (int i = 0; i < cd->nfields; i++) {
            if (cd->fields[i].kind != TPY_KIND_OBJ)
                continue;
            TpyObject *v = *(TpyObject **)((char *)self + cd->offsets[i]);
            if (v != NULL && !tpy_is_smallint(v)) {
                int r = visit(v, arg);
                if (r != 0)
                    return r;
            }
        }
    }
    if (cd->builtin_base->traverse != NULL)
        return cd->builtin_base->traverse(self, visit, arg);
    return 0;
}

static void instance_clear_fields(TpyObject *self)
{
    TpyClassData *cd = tpy_class_data(self->type);
    if (cd->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE)
        return;
    for (int i = 0; i < cd->nfields; i++) {
        if (cd->fields[i].kind != TPY_KIND_OBJ)
            continue;
        TpyObject **slot = (TpyObject **)((char *)self + cd->offsets[i]);
        tpy_clear(*slot);
    }
}

static void instance_clear(TpyObject *self)
{
    instance_clear_fields(self);
    TpyClassData *cd = tpy_class_data(self->type);
    if (cd->builtin_base->clear != NULL)
        cd->builtin_base->clear(self);
}

// type->finalize: runs __del__, keeping a pending exception intact.
static void instance_finalize(TpyObject *self)
{
    TpyType *where = NULL;
    TpyObject *del = tpy_class_find_member(self->type, "__del__", &where);
    if (del == NULL)
        return;
    tpy_incref(del);   // __del__ may rebind C.__del__
    TpyObject *saved = tpy_err_fetch();
    TpyObject *r = tpy_method_call_with_self(del, self, NULL, 0, NULL);
    if (r == NULL)
        tpy_class_write_unraisable(del);
    else
        tpy_decref(r);
    tpy_decref(del);
    tpy_err_restore(saved);
}

static void instance_dealloc(TpyObject *self)
{
    TpyType *type = self->type;
    // __del__ runs once (PEP 442); true: it stored self somewhere.
    if ((type->flags & TPY_TPFLAG_HAS_FINALIZER) && tpy_object_call_finalizer_from_dealloc(self))
        return;
    instance_clear_fields(self);
    TpyClassData *cd = tpy_class_data(type);
    TpyType *bb = cd->builtin_base;
    if (bb != &tpy_object_type && bb->dealloc != NULL)
        bb->dealloc(self);    // exception / tuple contents, then the memory
    else
        tpy_object_free(self);
}

static TpyObject *class_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                  TpyObject *kwnames)
{
    TpyClassData *cd = tpy_class_data(type);
    int64_t nkw = kwnames == NULL ? 0 : TPY_TUPLE_SIZE(kwnames);
    if (cd->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE)
        return tpy_namedtuple_construct(type, args, nargs, kwnames);
    TpyType *where = NULL;
    TpyObject *init = tpy_class_find_member(type, "__init__", &where);
    bool is_exc = (type->flags & TPY_TPFLAG_EXCEPTION) != 0;
    TpyObject *self;
    if (is_exc) {
        if (init == NULL && nkw != 0)
            return tpy_err_format(&tpy_TypeError_type, "%s() takes no keyword arguments",
                                  type->name);
        self = tpy_exc_new(type, args, nargs);
    } else {
        if (init == NULL && nargs + nkw != 0)
            return tpy_err_format(&tpy_TypeError_type, "%s() takes no arguments", type->name);
        self = tpy_instance_new(type);
    }
    if (self == NULL || init == NULL)
        return self;
    tpy_incref(init);
    TpyObject *r;
    TpyType *it = tpy_type_of(init);
    if (it->descr_get == tpy_method_function_descr_get ||
        (it->descr_get == NULL && tpy_class_is_plain_method(where, "__init__")))
        r = tpy_method_call_with_self(init, self, args, nargs, kwnames);
    else {
        TpyObject *bound = tpy_class_bind_member(init, where, "__init__", self, type);
        r = bound != NULL ? tpy_object_call(bound, args, nargs, kwnames) : NULL;
        tpy_xdecref(bound);
    }
    tpy_decref(init);
    if (r == NULL) {
        tpy_decref(self);
        return NULL;
    }
    if (r != tpy_None) {
        tpy_err_format(&tpy_TypeError_type, "__init__() should return None, not '%s'",
                       tpy_type_of(r)->name);
        tpy_decref(r);
        tpy_decref(self);
        return NULL;
    }
    tpy_decref(r);
    return self;
}

/* ---------------------------------------------------------------- the metatype's slots */

static void class_data_free(TpyClassData *cd)
{
    if (cd == NULL)
        return;
    free(cd->qualname);
    free(cd->module);
    if (cd->fields != NULL)
        for (int i = 0; i < cd->nfields; i++)
            free((char *)cd->fields[i].name);
    free(cd->fields);
    free(cd->offsets);
    for (int i = 0; i < cd->nfields; i++) {
        if (cd->defaults != NULL)
            tpy_clear(cd->defaults[i]);
        if (cd->factories != NULL)
            tpy_clear(cd->factories[i]);
    }
    free(cd->defaults);
    free(cd->factories);
    if (cd->methods != NULL)
        for (int i = 0; i < cd->nmethods; i++)
            free((char *)cd->methods[i].name);
    free(cd->methods);
    tpy_clear(cd->fields_tuple);
    free(cd);
}

void tpy_class_type_dealloc(TpyObject *o)
{
    TpyType *t = (TpyType *)o;
    if (tpy_class_is_heap(t)) {
        tpy_icache_invalidate_all();   // inline caches may name t; its address may be reused
        tpy_clear(t->members);
        class_data_free(tpy_class_data(t));
        t->user = NULL;
        free((char *)t->name);
        t->name = NULL;
        if (t->base != NULL && tpy_class_is_heap(t->base))
            tpy_decref(&t->base->ob);
        t->base = NULL;
    }
    tpy_object_free(o);
}

TpyObject *tpy_class_type_repr(TpyObject *o)
{
    TpyType *t = (TpyType *)o;
    const char *module = tpy_class_module(t);
    char buf[600];
    if (strcmp(module, "builtins") == 0)
        snprintf(buf, sizeof buf, "<class '%s'>", tpy_class_qualname(t));
    else
        snprintf(buf, sizeof buf, "<class '%s.%s'>", module, tpy_class_qualname(t));
    return tpy_str_from_cstr(buf);
}

static TpyObject *type_mro(TpyType *t, bool skip_self)
{
    int64_t n = 0;
    for (TpyType *b = skip_self ? t->base : t; b != NULL; b = b->base)
        n++;
    TpyObject *tuple = tpy_tuple_new(n);
    if (tuple == NULL)
        return NULL;
    int64_t i = 0;
    for (TpyType *b = skip_self ? t->base : t; b != NULL; b = b->base)
        TPY_TUPLE_ITEMS(tuple)[i++] = tpy_newref(&b->ob);
    return tuple;
}

TpyObject *tpy_class_type_getattr(TpyObject *o, TpyObject *name)
{
    TpyType *t = (TpyType *)o;
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (n[0] == '_' && n[1] == '_') {
        if (strcmp(n, "__name__") == 0)
            return tpy_str_from_cstr(t->name);
        if (strcmp(n, "__qualname__") == 0)
            return tpy_str_from_cstr(tpy_class_qualname(t));
        if (strcmp(n, "__module__") == 0)
            return tpy_str_from_cstr(tpy_class_module(t));
        if (strcmp(n, "__class__") == 0)
            return tpy_newref(&tpy_type_of(o)->ob);
        if (strcmp(n, "__base__") == 0)
            return tpy_newref(t->base != NULL ? &t->base->ob : tpy_None);
        if (strcmp(n, "__bases__") == 0)
            return t->base != NULL ? tpy_tuple_pack(1, &t->base->ob) : tpy_tuple_new(0);
        if (strcmp(n, "__mro__") == 0)
            return type_mro(t, false);
    }
    TpyType *where = NULL;
    TpyObject *m = tpy_class_find_member(t, n, &where);
    if (m != NULL)
        return tpy_class_bind_member(m, where, n, NULL, t);
    const TpyMethodDef *def = tpy_type_find_method(t, n);
    if (def != NULL) {
        if (def->flags & TPY_METH_CLASS)
            return tpy_native_new(def, o);
        if (def->flags & TPY_METH_STATIC)
            return tpy_native_new(def, NULL);
        // the type that actually defines it, for the descriptor's repr
        TpyType *owner = t;
        while (owner->base != NULL && tpy_type_find_method(owner->base, n) == def)
            owner = owner->base;
        return tpy_method_descriptor_new(owner, def);
    }
    if (strcmp(n, "__doc__") == 0)
        return tpy_newref(tpy_None);
    return tpy_err_format(&tpy_AttributeError_type, "type object '%s' has no attribute '%s'",
                          t->name, n);
}

int tpy_class_type_setattr(TpyObject *o, TpyObject *name, TpyObject *value)
{
    TpyType *t = (TpyType *)o;
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return -1;
    if (!tpy_class_check(t)) {
        tpy_err_format(&tpy_TypeError_type, "cannot set '%s' attribute of immutable type '%s'", n,
                       t->name);
        return -1;
    }
    if (value == NULL) {
        TpyObject *key = tpy_str_from_cstr(n);
        if (key == NULL)
            return -1;
        int r = tpy_dict_contains(t->members, key);
        tpy_icache_invalidate_all();
        if (r == 1) {
            r = tpy_dict_delitem(t->members, key);
            tpy_icache_invalidate_all();
        } else if (r == 0) {
            tpy_err_format(&tpy_AttributeError_type, "type object '%s' has no attribute '%s'",
                           t->name, n);
            r = -1;
        }
        tpy_decref(key);
        return r < 0 ? -1 : 0;
    }
    return tpy_class_set_attr(t, n, value);
}

void tpy_class_runtime_init(void)
{
    tpy_type_type.repr = tpy_class_type_repr;
    if (tpy_type_type.getattr == NULL)
        tpy_type_type.getattr = tpy_class_type_getattr;
    if (tpy_type_type.setattr == NULL)
        tpy_type_type.setattr = tpy_class_type_setattr;
    if (tpy_type_type.dealloc == NULL)
        tpy_type_type.dealloc = tpy_class_type_dealloc;
}

/* ---------------------------------------------------------------- creation */

static TpyType *builtin_base_of(TpyType *t)
{
    while (t != NULL && tpy_class_is_heap(t))
        t = t->base;
    return t != NULL ? t : &tpy_object_type;
}

static bool spec_defines(const TpyClassSpec *spec, const char *name)
{
    for (int i = 0; i < spec->nmethods; i++)
        if (strcmp(spec->methods[i].name, name) == 0)
            return true;
    return false;
}

// Copy the spec's field table, compute offsets and sizes.  0 / -1.
static int layout_fields(TpyType *cls, TpyClassData *cd, const TpyClassSpec *spec)
{
    TpyType *base = cls->base;
    bool base_heap = tpy_class_is_heap(base);
    TpyClassData *bd = base_heap ? tpy_class_data(base) : NULL;
    int ninherited = bd != NULL ? bd->nfields : 0;
    if (spec->nfields < ninherited || spec->nfields < 0) {
        tpy_err_format(&tpy_TypeError_type, "class %s: field table shorter than its base's",
                       spec->name);
        return -1;
    }
    int n = spec->nfields;
    cd->nfields = n;
    cd->fields = calloc((size_t)(n > 0 ? n : 1), sizeof(TpyFieldSpec));
    cd->offsets = calloc((size_t)(n > 0 ? n : 1), sizeof(size_t));
    cd->defaults = calloc((size_t)(n > 0 ? n : 1), sizeof(TpyObject *));
    cd->factories = calloc((size_t)(n > 0 ? n : 1), sizeof(TpyObject *));
    if (cd->fields == NULL || cd->offsets == NULL || cd->defaults == NULL ||
        cd->factories == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    bool slots = (spec->flags & TPY_CLASS_SPEC_SLOTS) != 0;
    bool named = (spec->flags & TPY_CLASS_SPEC_NAMEDTUPLE) != 0;
    size_t size = base->basicsize;
    if (!base_heap && !slots && !named && !(base->flags & TPY_TPFLAG_HAS_WEAKLIST)) {
        cls->flags |= TPY_TPFLAG_HAS_WEAKLIST;
        cls->weaklist_offset = size;
        size += sizeof(TpyObject *);
    }
    bool gc = (base->flags & TPY_TPFLAG_GC) != 0;
    for (int i = 0; i < n; i++) {
        cd->fields[i] = spec->fields[i];
        cd->fields[i].name = dup_cstr(spec->fields[i].name);
        if (cd->fields[i].name == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        if (spec->field_defaults != NULL && spec->field_defaults[i] != NULL)
            cd->defaults[i] = tpy_newref(spec->field_defaults[i]);
        if (spec->field_factories != NULL && spec->field_factories[i] != NULL)
            cd->factories[i] = tpy_newref(spec->field_factories[i]);
        if (spec->fields[i].kind == TPY_KIND_OBJ && spec->fields[i].may_hold_container)
            gc = true;
        if (named)
            continue;   // NamedTuple fields are tuple items
        if (i < ninherited) {
            cd->offsets[i] = bd->offsets[i];
            continue;
        }
        cd->offsets[i] = size;
        size += sizeof(TpyValue) * (size_t)tpy_value_kind_slots(spec->fields[i].kind);
    }
    if (base_heap && !slots && !named && !(base->flags & TPY_TPFLAG_HAS_WEAKLIST)) {
        cls->flags |= TPY_TPFLAG_HAS_WEAKLIST;
        cls->weaklist_offset = size;
        size += sizeof(TpyObject *);
    }
    cls->basicsize = size;
    if (gc)
        cls->flags |= TPY_TPFLAG_GC;
    return 0;
}

// Methods of the class body into members, wrapped as the spec's kind says.
static int fill_members(TpyType *cls, TpyClassData *cd, const TpyClassSpec *spec)
{
    cd->nmethods = spec->nmethods;
    cd->methods = calloc((size_t)(spec->nmethods > 0 ? spec->nmethods : 1), sizeof(TpyMethodSpec));
    if (cd->methods == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    for (int i = 0; i < spec->nmethods; i++) {
        const TpyMethodSpec *ms = &spec->methods[i];
        cd->methods[i].kind = ms->kind;
        cd->methods[i].name = dup_cstr(ms->name);
        if (cd->methods[i].name == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        TpyObject *value;
        switch (ms->kind) {
        case TPY_METHOD_STATIC: value = tpy_staticmethod_new(ms->function); break;
        case TPY_METHOD_CLASS: value = tpy_classmethod_new(ms->function); break;
        case TPY_METHOD_PROPERTY: value = tpy_property_new(ms->function, ms->setter, ms->name); break;
        default: value = tpy_newref(ms->function); break;
        }
        if (value == NULL)
            return -1;
        int r = tpy_dict_setitem_cstr(cls->members, ms->name, value);
        tpy_decref(value);
        if (r < 0)
            return -1;
    }
    for (int i = 0; i < spec->nclass_attrs; i++)
        if (tpy_dict_setitem_cstr(cls->members, spec->class_attr_names[i],
                                  spec->class_attr_values[i]) < 0)
            return -1;
    return 0;
}

TpyType *tpy_class_new(const TpyClassSpec *spec)
{
    tpy_class_runtime_init();
    TpyType *base = spec->base != NULL ? spec->base : &tpy_object_type;
    if (!(base->flags & TPY_TPFLAG_BASETYPE)) {
        tpy_err_format(&tpy_TypeError_type, "type '%s' is not an acceptable base type", base->name);
        return NULL;
    }
    TpyType *cls = (TpyType *)tpy_object_new(&tpy_type_type);
    if (cls == NULL)
        return NULL;
    TpyClassData *cd = calloc(1, sizeof *cd);
    cls->user = cd;
    cls->flags = TPY_TPFLAG_HEAPTYPE | TPY_TPFLAG_BASETYPE;
    cls->name = dup_cstr(spec->name);
    cls->base = base;
    if (tpy_class_is_heap(base))
        tpy_incref(&base->ob);
    if (cd == NULL || cls->name == NULL) {
        tpy_err_nomemory();
        goto error;
    }
    cd->qualname = dup_cstr(spec->qualname != NULL ? spec->qualname : spec->name);
    cd->module = dup_cstr(spec->module != NULL ? spec->module : "__main__");
    cd->spec_flags = spec->flags;
    if (tpy_class_is_heap(base))
        cd->spec_flags |= tpy_class_data(base)->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE;
    cd->builtin_base = builtin_base_of(base);
    if (cd->qualname == NULL || cd->module == NULL) {
        tpy_err_nomemory();
        goto error;
    }
    cls->flags |= base->flags & (TPY_TPFLAG_EXCEPTION | TPY_TPFLAG_GC | TPY_TPFLAG_HAS_FINALIZER);
    cls->itemsize = base->itemsize;
    if (base->flags & TPY_TPFLAG_HAS_WEAKLIST) {
        cls->flags |= TPY_TPFLAG_HAS_WEAKLIST;
        cls->weaklist_offset = base->weaklist_offset;
    }
    if (layout_fields(cls, cd, spec) < 0)
        goto error;

    // Inherit the base's slots, then override what this class defines.
    cls->repr = base->repr;
    cls->str = base->str;
    cls->hash = base->hash;
    cls->richcompare = base->richcompare;
    cls->truth = base->truth;
    cls->length = base->length;
    cls->iter = base->iter;
    cls->iternext = base->iternext;
    cls->getitem = base->getitem;
    cls->setitem = base->setitem;
    cls->contains = base->contains;
    cls->call = base->call;
    cls->binop = base->binop;
    cls->inplace_binop = base->inplace_binop;
    cls->unaryop = base->unaryop;
    cls->size_of = base->size_of;
    cls->descr_get = base->descr_get;
    cls->descr_set = base->descr_set;
    cls->getattr = tpy_instance_getattr;
    cls->setattr = tpy_instance_setattr;
    cls->construct = class_construct;
    cls->dealloc = instance_dealloc;
    cls->finalize = instance_finalize;
    if (cls->flags & TPY_TPFLAG_GC) {
        cls->traverse = instance_traverse;
        cls->clear = instance_clear;
    }
    if (spec_defines(spec, "__del__"))
        cls->flags |= TPY_TPFLAG_HAS_FINALIZER;
    // Where the "finalized" bit lives (class.h): inherited with the layout
    // prefix, else the GC head, else the weakref-list word, else a word of
    // its own appended to the instance.
    cls->finalized_offset = base->finalized_offset;
    if ((cls->flags & TPY_TPFLAG_HAS_FINALIZER) && cls->finalized_offset == 0) {
        if (cls->flags & TPY_TPFLAG_GC) {
            cls->finalized_offset = TPY_GC_FINALIZED_OFFSET;
        } else if (cls->flags & TPY_TPFLAG_HAS_WEAKLIST) {
            cls->finalized_offset = (ptrdiff_t)cls->weaklist_offset;
        } else {
            cls->finalized_offset = (ptrdiff_t)cls->basicsize;
            cls->basicsize += sizeof(uintptr_t);
        }
    }

    cls->members = tpy_dict_new();
    if (cls->members == NULL || fill_members(cls, cd, spec) < 0)
        goto error;
    if ((spec->flags & TPY_CLASS_SPEC_NAMEDTUPLE) && tpy_namedtuple_install(cls, spec) < 0)
        goto error;
    if ((spec->flags & TPY_CLASS_SPEC_DATACLASS) && tpy_dataclass_install(cls, spec) < 0)
        goto error;
    tpy_class_install_slots(cls, spec);
    return cls;
error:
    tpy_decref(&cls->ob);
    return NULL;
}
