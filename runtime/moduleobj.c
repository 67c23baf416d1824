/* runtime/moduleobj.c: module objects, the module registry, builtin module
 * instantiation and teardown at exit (see moduleobj.h).
 *
 * Teardown follows CPython's finalisation closely enough for __del__ output:
 * `__main__` is cleared first, its names starting with one underscore before
 * the others, each in definition order; then the other modules in reverse
 * import order.  Clearing a slot releases the value, which may run __del__.
 */
#include "moduleobj.h"

#include "gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abstract.h"
#include "code.h"
#include "exc.h"
#include "frame.h"
#include "func.h"
#include "interp.h"
#include "method.h"
#include "none.h"
#include "str.h"
#include "traceback.h"

static TpyObject **registry;
static int registry_count, registry_cap;

TpyObject *tpy_module_new(const char *name, uint32_t nslots)
{
    TpyModule *m = (TpyModule *)tpy_object_new(&tpy_module_type);
    if (m == NULL)
        return NULL;
    m->name = tpy_str_from_cstr(name);
    m->nslots = nslots;
    size_t n = nslots > 0 ? nslots : 1;
    m->values = calloc(n, sizeof(TpyValue));
    m->kinds = calloc(n, 1);
    m->names = calloc(n, sizeof(TpyObject *));
    if (m->name == NULL || m->values == NULL || m->kinds == NULL || m->names == NULL) {
        tpy_decref(&m->ob);
        tpy_err_nomemory();
        return NULL;
    }
    return &m->ob;
}

int tpy_module_set_slot(TpyObject *module, uint32_t i, const char *name, TpyValueKind kind)
{
    TpyModule *m = (TpyModule *)module;
    if (i >= m->nslots)
        return 0;
    m->kinds[i] = (uint8_t)kind;
    if (name != NULL) {
        TpyObject *s = tpy_str_from_cstr(name);
        if (s == NULL)
            return -1;
        tpy_clear(m->names[i]);
        m->names[i] = s;
    }
    return 0;
}

int64_t tpy_module_find_slot(TpyObject *module, const char *name)
{
    TpyModule *m = (TpyModule *)module;
    for (uint32_t i = 0; i < m->nslots; i++)
        if (m->names[i] != NULL && tpy_str_equal_cstr(m->names[i], name))
            return i;
    return -1;
}

static int64_t find_slot_obj(TpyModule *m, TpyObject *name)
{
    for (uint32_t i = 0; i < m->nslots; i++)
        if (m->names[i] != NULL && (m->names[i] == name || tpy_str_equal(m->names[i], name)))
            return i;
    return -1;
}

static const char *module_name_cstr(TpyModule *m)
{
    const char *s = m->name != NULL ? tpy_str_as_utf8(m->name, NULL) : NULL;
    return s != NULL ? s : "?";
}

/* __file__: the source path made absolute against the current directory, as
 * CPython 3.9+ reports it for the main script and sys.path imports. */
static TpyObject *module_file(const char *filename)
{
    if (filename == NULL)
        return tpy_newref(tpy_None);
    char cwd[4096];
    if (filename[0] == '/' || getcwd(cwd, sizeof cwd) == NULL)
        return tpy_str_from_cstr(filename);
    const char *rest = filename;
    while (rest[0] == '.' && rest[1] == '/')
        rest += 2;
    size_t n = strlen(cwd) + strlen(rest) + 2;
    char *path = malloc(n);
    if (path == NULL)
        return tpy_err_nomemory();
    snprintf(path, n, "%s%s%s", cwd, strcmp(cwd, "/") == 0 ? "" : "/", rest);
    TpyObject *r = tpy_str_from_cstr(path);
    free(path);
    return r;
}

TpyObject *tpy_module_getattr(TpyObject *module, TpyObject *name)
{
    TpyModule *m = (TpyModule *)module;
    int64_t i = find_slot_obj(m, name);
    if (i >= 0) {
        TpyObject *v = tpy_value_box(&m->values[i], (TpyValueKind)m->kinds[i]);
        if (v != NULL || m->kinds[i] != TPY_KIND_OBJ)
            return v;
    }
    if (tpy_str_equal_cstr(name, "__name__"))
        return tpy_newref(m->name);
    if (m->body != NULL && tpy_code_check(m->body)) {
        TpyCode *body = (TpyCode *)m->body;
        if (tpy_str_equal_cstr(name, "__doc__"))
            return tpy_newref(body->doc != NULL ? body->doc : tpy_None);
        if (tpy_str_equal_cstr(name, "__file__"))
            return module_file(body->filename);
    } else if (tpy_str_equal_cstr(name, "__doc__")) {
        return tpy_newref(tpy_None);
    }
    const char *s = tpy_str_as_utf8(name, NULL);
    return tpy_err_format(&tpy_AttributeError_type, "module '%s' has no attribute '%s'",
                          module_name_cstr(m), s != NULL ? s : "?");
}

/* Append a new OBJ slot named `name` (borrowed).  Its index, or -1. */
static int64_t module_add_slot(TpyModule *m, TpyObject *name)
{
    uint32_t n = m->nslots + 1;
    TpyValue *values = realloc(m->values, n * sizeof(TpyValue));
    if (values == NULL)
        goto nomem;
    m->values = values;
    uint8_t *kinds = realloc(m->kinds, n);
    if (kinds == NULL)
        goto nomem;
    m->kinds = kinds;
    TpyObject **names = realloc(m->names, n * sizeof(TpyObject *));
    if (names == NULL)
        goto nomem;
    m->names = names;
    m->values[m->nslots].o = NULL;
    m->kinds[m->nslots] = TPY_KIND_OBJ;
    tpy_incref(name);
    m->names[m->nslots] = name;
    return m->nslots++;
nomem:
    tpy_err_nomemory();
    return -1;
}

static int module_setattr(TpyObject *module, TpyObject *name, TpyObject *value)
{
    TpyModule *m = (TpyModule *)module;
    int64_t i = find_slot_obj(m, name);
    if (i < 0) {
        if (value == NULL) {
            const char *s = tpy_str_as_utf8(name, NULL);
            tpy_err_format(&tpy_AttributeError_type, "module '%s' has no attribute '%s'",
                           module_name_cstr(m), s != NULL ? s : "?");
            return -1;
        }
        i = module_add_slot(m, name);
        if (i < 0)
            return -1;
    }
    TpyValueKind kind = (TpyValueKind)m->kinds[i];
    if (value == NULL) {
        if (kind == TPY_KIND_OBJ)
            tpy_clear(m->values[i].o);
        return 0;
    }
    TpyValue v[2];
    if (tpy_value_unbox(value, kind, v) < 0)
        return -1;
    if (kind == TPY_KIND_OBJ) {
        TpyObject *old = m->values[i].o;
        m->values[i].o = v[0].o;
        tpy_xdecref(old);
    } else {
        m->values[i] = v[0];
        if (kind == TPY_KIND_C128 && i + 1 < m->nslots)
            m->values[i + 1] = v[1];
    }
    return 0;
}

static void module_clear_slots(TpyModule *m)
{
    for (uint32_t i = 0; i < m->nslots; i++)
        if (m->kinds[i] == TPY_KIND_OBJ)
            tpy_clear(m->values[i].o);
}

static void module_dealloc(TpyObject *self)
{
    TpyModule *m = (TpyModule *)self;
    module_clear_slots(m);
    for (uint32_t i = 0; i < m->nslots; i++)
        tpy_clear(m->names[i]);
    free(m->values);
    free(m->kinds);
    free(m->names);
    tpy_clear(m->body);
    tpy_clear(m->name);
    tpy_object_free(self);
}

static int module_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyModule *m = (TpyModule *)self;
    for (uint32_t i = 0; i < m->nslots; i++)
        if (m->kinds[i] == TPY_KIND_OBJ && m->values[i].o != NULL && visit(m->values[i].o, arg) < 0)
            return -1;
    if (m->body != NULL && visit(m->body, arg) < 0)
        return -1;
    return 0;
}

static void module_clear(TpyObject *self)
{
    module_clear_slots((TpyModule *)self);
    tpy_clear(((TpyModule *)self)->body);
}

static TpyObject *module_repr(TpyObject *self)
{
    TpyModule *m = (TpyModule *)self;
    char buf[512];
    if (m->def != NULL)
        snprintf(buf, sizeof buf, "<module '%s' (built-in)>", module_name_cstr(m));
    else
        snprintf(buf, sizeof buf, "<module '%s'>", module_name_cstr(m));
    return tpy_str_from_cstr(buf);
}

TpyType tpy_module_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "module",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyModule),
    .flags = TPY_TPFLAG_GC,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattr = tpy_module_getattr,
    .setattr = module_setattr,
};

/* ---------------------------------------------------------------- registry */

int tpy_module_register(TpyObject *module)
{
    if (registry_count == registry_cap) {
        int cap = registry_cap ? registry_cap * 2 : 16;
        TpyObject **grown = realloc(registry, (size_t)cap * sizeof *grown);
        if (grown == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        registry = grown;
        registry_cap = cap;
    }
    tpy_incref(module);
    registry[registry_count++] = module;
    return 0;
}

TpyObject *tpy_module_lookup(const char *name)
{
    for (int i = 0; i < registry_count; i++)
        if (tpy_str_equal_cstr(((TpyModule *)registry[i])->name, name))
            return registry[i];
    return NULL;
}

/* Build a module object from a builtin TpyModuleDef.  New reference. */
static TpyObject *module_from_def(const TpyModuleDef *def)
{
    uint32_t n = 0;
    for (const TpyMethodDef *f = def->functions; f != NULL && f->name != NULL; f++)
        n++;
    for (const TpyModuleConstant *c = def->constants; c != NULL && c->name != NULL; c++)
        n++;
    TpyObject *module = tpy_module_new(def->name, n);
    if (module == NULL)
        return NULL;
    TpyModule *m = (TpyModule *)module;
    m->def = def;
    uint32_t i = 0;
    for (const TpyMethodDef *f = def->functions; f != NULL && f->name != NULL; f++, i++) {
        if (tpy_module_set_slot(module, i, f->name, TPY_KIND_OBJ) < 0)
            goto error;
        m->values[i].o = tpy_native_new(f, NULL);
        if (m->values[i].o == NULL)
            goto error;
    }
    for (const TpyModuleConstant *c = def->constants; c != NULL && c->name != NULL; c++, i++) {
        if (tpy_module_set_slot(module, i, c->name, TPY_KIND_OBJ) < 0)
            goto error;
        m->values[i].o = c->make();
        if (m->values[i].o == NULL)
            goto error;
    }
    if (def->init != NULL && def->init(module) < 0)
        goto error;
    return module;
error:
    tpy_decref(module);
    return NULL;
}

int tpy_module_exec(TpyObject *module)
{
    TpyModule *m = (TpyModule *)module;
    if (m->executed || m->body == NULL)
        return 0;
    m->executed = true;
    TpyObject *func = tpy_function_new((TpyCode *)m->body, module);
    if (func == NULL)
        return -1;
    TpyObject *r = tpy_function_call(func, NULL, 0, NULL);
    tpy_decref(func);
    if (r == NULL)
        return -1;
    tpy_decref(r);
    return 0;
}

TpyObject *tpy_module_import(const char *name)
{
    TpyObject *m = tpy_module_lookup(name);
    if (m != NULL) {
        if (tpy_module_exec(m) < 0)
            return NULL;
        return m;
    }
    const TpyModuleDef *def = tpy_module_find_builtin(name);
    if (def == NULL)
        return tpy_err_format(&tpy_ModuleNotFoundError_type, "No module named '%s'", name);
    m = module_from_def(def);
    if (m == NULL)
        return NULL;
    int rc = tpy_module_register(m);
    tpy_decref(m);
    return rc < 0 ? NULL : m;
}

/* Clear one module's slots in CPython's order: _names first, then the rest. */
static void module_teardown_one(TpyModule *m)
{
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < m->nslots; i++) {
            if (m->kinds[i] != TPY_KIND_OBJ || m->values[i].o == NULL)
                continue;
            const char *s = m->names[i] != NULL ? tpy_str_as_utf8(m->names[i], NULL) : NULL;
            bool underscore = s != NULL && s[0] == '_' && s[1] != '_';
            if ((pass == 0) != underscore)
                continue;
            tpy_clear(m->values[i].o);
            if (tpy_err_occurred() != NULL)
                tpy_traceback_write_unraisable(NULL);
        }
    }
}

void tpy_module_teardown(void)
{
    TpyObject *main_module = tpy_module_lookup("__main__");
    if (main_module != NULL)
        module_teardown_one((TpyModule *)main_module);
    // Cyclic garbage dies here, its __del__ running while the other modules
    // (sys.stdout) still work, as CPython's finalize_modules collects.
    tpy_gc_collect_at_exit();
    for (int i = registry_count - 1; i >= 0; i--)
        module_teardown_one((TpyModule *)registry[i]);
    for (int i = registry_count - 1; i >= 0; i--) {
        TpyObject *m = registry[i];
        registry[i] = NULL;
        module_clear(m);
        tpy_decref(m);
    }
    free(registry);
    registry = NULL;
    registry_count = registry_cap = 0;
    tpy_gc_finalize();   // cycles through the modules themselves
}
