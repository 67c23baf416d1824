/* runtime/codegen.c: the compiler's bridge into the runtime (see codegen.h). */
#include "codegen.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "builtins.h"
#include "classdef.h"
#include "bytes.h"
#include "code.h"
#include "complex.h"
#include "exc.h"
#include "icache.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "moduleobj.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "value.h"

_Static_assert((int)TPY_CG_OBJ == (int)TPY_KIND_OBJ && (int)TPY_CG_F64 == (int)TPY_KIND_F64 &&
               (int)TPY_CG_I64 == (int)TPY_KIND_I64 && (int)TPY_CG_C128 == (int)TPY_KIND_C128,
               "kinds");
_Static_assert((int)TPY_CG_ADD == (int)TPY_BINOP_ADD && (int)TPY_CG_MUL == (int)TPY_BINOP_MUL &&
               (int)TPY_CG_XOR == (int)TPY_BINOP_XOR &&
               (int)TPY_CG_TRUEDIV == (int)TPY_BINOP_TRUEDIV, "binops");
_Static_assert((int)TPY_CG_LT == (int)TPY_CMP_OP_LT && (int)TPY_CG_GE == (int)TPY_CMP_OP_GE,
               "compare ops");
_Static_assert((int)TPY_CG_NEG == (int)TPY_UNOP_NEG && (int)TPY_CG_INVERT == (int)TPY_UNOP_INVERT,
               "unary ops");

TpyObject *tpy_cg_str(const char *utf8, size_t len)
{
    return tpy_str_from_utf8(utf8, len);
}

/* Names are not interned: interned strings are immortal in str.c, and the
 * live-object count at exit must reach zero. */
TpyObject *tpy_cg_str_interned(const char *s)
{
    return tpy_str_from_cstr(s);
}

TpyObject *tpy_cg_int(int64_t v)
{
    return tpy_int_from_i64(v);
}

TpyObject *tpy_cg_int_text(const char *digits)
{
    return tpy_int_from_utf8(digits, strlen(digits), 10, NULL);
}

TpyObject *tpy_cg_float(double v)
{
    return tpy_float_from_double(v);
}

TpyObject *tpy_cg_complex(double real, double imag)
{
    return tpy_complex_from_doubles(real, imag);
}

TpyObject *tpy_cg_bytes(const char *s, size_t len)
{
    return tpy_bytes_from(s, (int64_t)len);
}

TpyObject *tpy_cg_ellipsis(void)
{
    return tpy_newref(tpy_Ellipsis);
}

TpyObject *tpy_cg_kwnames(const char *const *names, int n)
{
    TpyObject *t = tpy_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        TpyObject *s = tpy_str_from_cstr(names[i]);
        if (s == NULL) {
            tpy_decref(t);
            return NULL;
        }
        ((TpyTuple *)t)->items[i] = s;
    }
    return t;
}

void tpy_cg_decref(TpyObject *o)
{
    tpy_xdecref(o);
}

TpyObject *tpy_cg_newref(TpyObject *o)
{
    tpy_xincref(o);
    return o;
}

TpyObject *tpy_cg_builtin_type(const char *name)
{
    return (TpyObject *)tpy_builtins_find_type(name);
}

const void *tpy_cg_find_function(const char *module, const char *name)
{
    return tpy_module_find_function(module, name);
}

const void *tpy_cg_find_method(TpyObject *type, const char *name)
{
    if (type == NULL)
        return NULL;
    const TpyMethodDef *def = tpy_type_find_method((TpyType *)type, name);
    if (def == NULL || (def->flags & (TPY_METH_STATIC | TPY_METH_CLASS)))
        return NULL;
    return def;
}

const char *tpy_cg_native_name(const void *def)
{
    return ((const TpyMethodDef *)def)->name;
}

static void free_spec(TpyCgCode *s)
{
    free(s->code);
    free(s->lines);
    for (uint32_t i = 0; i < s->nconsts; i++)
        tpy_xdecref(s->consts[i]);
    free(s->consts);
    free(s->natives);
    free(s->reg_kinds);
    if (s->reg_names != NULL)
        for (uint32_t i = 0; i < s->nregs; i++)
            free(s->reg_names[i]);
    free(s->reg_names);
    if (s->param_names != NULL)
        for (uint32_t i = 0; i < s->nparams; i++)
            free(s->param_names[i]);
    free(s->param_names);
    free(s->param_regs);
    free(s->param_kinds);
    free(s->exc);
    tpy_xdecref(s->doc);
}

TpyObject *tpy_cg_code_build(TpyCgCode *s)
{
    TpyCode *code = tpy_code_new(s->name, s->qualname, s->filename, s->firstline);
    if (code == NULL) {
        free_spec(s);
        return NULL;
    }
    code->flags = s->flags;
    code->code = s->code;
    code->lines = s->lines;
    code->ncode = s->ncode;
    code->consts = s->consts;
    code->nconsts = s->nconsts;
    code->natives = (const TpyMethodDef **)s->natives;
    code->nnatives = s->nnatives;
    code->reg_kinds = s->reg_kinds;
    code->reg_names = s->reg_names;
    code->nregs = s->nregs;
    code->nparams = s->nparams;
    code->npositional = s->npositional;
    code->nposonly = s->nposonly;
    code->nkwonly = s->nkwonly;
    code->param_names = s->param_names;
    code->param_regs = s->param_regs;
    code->param_kinds = s->param_kinds;
    code->ret_kind = s->ret_kind;
    code->exc = s->exc;
    code->nexc = s->nexc;
    code->doc = s->doc;
    memset(s, 0, sizeof *s);
    if (tpy_icache_setup(code) < 0) {
        tpy_decref(&code->ob);
        return NULL;
    }
    return &code->ob;
}

bool tpy_cg_is_code(TpyObject *o)
{
    return o != NULL && tpy_code_check(o);
}

TpyObject *tpy_cg_module_new(const char *name, uint32_t nslots)
{
    return tpy_module_new(name, nslots);
}

int tpy_cg_module_set_slot(TpyObject *module, uint32_t i, const char *name, int kind)
{
    return tpy_module_set_slot(module, i, name, (TpyValueKind)kind);
}

int tpy_cg_module_register(TpyObject *module)
{
    return tpy_module_register(module);
}

TpyObject *tpy_cg_module_lookup(const char *name)
{
    return tpy_module_lookup(name);
}

void tpy_cg_module_set_body(TpyObject *module, TpyObject *code)
{
    TpyModule *m = (TpyModule *)module;
    TpyObject *old = m->body;
    m->body = code;
    tpy_xdecref(old);
}

bool tpy_cg_error_pending(void)
{
    return tpy_err_occurred() != NULL;
}

void tpy_cg_error_clear(void)
{
    tpy_err_clear();
}

void tpy_cg_error_set(const char *message)
{
    tpy_err_format(&tpy_SystemError_type, "%s", message);
}

static const char *plan_str(TpyClassPlan *p, const char *s)
{
    char *d = strdup(s != NULL ? s : "");
    if (d != NULL)
        p->owned[p->nowned++] = d;
    return d != NULL ? d : "";
}

TpyObject *tpy_cg_class_spec(const TpyCgClassSpec *s)
{
    TpyClassPlan *p = (TpyClassPlan *)tpy_object_new(&tpy_class_plan_type);
    if (p == NULL)
        return NULL;
    int nstr = 3 + s->nfields + s->nmethods + s->nclass_attrs;
    p->owned = calloc((size_t)nstr, sizeof(char *));
    p->fields = calloc((size_t)s->nfields + 1, sizeof(TpyFieldSpec));
    p->method_names = calloc((size_t)s->nmethods + 1, sizeof(char *));
    p->method_kinds = calloc((size_t)s->nmethods + 1, sizeof(int));
    p->class_attr_names = calloc((size_t)s->nclass_attrs + 1, sizeof(char *));
    if (p->owned == NULL || p->fields == NULL || p->method_names == NULL || p->method_kinds == NULL ||
        p->class_attr_names == NULL) {
        tpy_decref(&p->ob);
        return tpy_err_nomemory();
    }
    p->name = plan_str(p, s->name);
    p->qualname = plan_str(p, s->qualname);
    p->module = plan_str(p, s->module);
    p->flags = 0;
    if (s->flags & TPY_CG_CLASS_SLOTS)
        p->flags |= TPY_CLASS_SPEC_SLOTS;
    if (s->flags & TPY_CG_CLASS_DATACLASS)
        p->flags |= TPY_CLASS_SPEC_DATACLASS;
    if (s->flags & TPY_CG_CLASS_NAMEDTUPLE)
        p->flags |= TPY_CLASS_SPEC_NAMEDTUPLE;
    if (s->flags & TPY_CG_CLASS_ORDER)
        p->flags |= TPY_CLASS_SPEC_DATACLASS_ORDER;
    if (s->flags & TPY_CG_CLASS_FROZEN)
        p->flags |= TPY_CLASS_SPEC_DATACLASS_FROZEN;
    p->nfields = s->nfields;
    for (int i = 0; i < s->nfields; i++) {
        p->fields[i].name = plan_str(p, s->field_names[i]);
        p->fields[i].kind = (TpyValueKind)s->field_kinds[i];
        p->fields[i].may_hold_container = s->field_containers[i];
    }
    p->nmethods = s->nmethods;
    for (int i = 0; i < s->nmethods; i++) {
        p->method_names[i] = plan_str(p, s->method_names[i]);
        p->method_kinds[i] = s->method_kinds[i];
    }
    p->has_defaults = s->has_defaults;
    p->has_factories = s->has_factories;
    p->nclass_attrs = s->nclass_attrs;
    for (int i = 0; i < s->nclass_attrs; i++)
        p->class_attr_names[i] = plan_str(p, s->class_attr_names[i]);
    return &p->ob;
}
