/* runtime/func.c: function objects, cells, and boxed-argument calls.
 *
 * The interpreter calls functions without boxing when the compiler knows the
 * callee (CALL_FUNC).  Everything else -- natives calling back (sorted with
 * key=, map), calls through variables of Callable type, keyword arguments,
 * star-args and double-star-kwargs -- goes through tpy_function_call, which binds boxed
 * arguments to the typed parameter registers the way CPython's
 * _PyEval_MakeFrameVector does and produces CPython's TypeError messages.
 */
#include "func.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "complex.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "frame.h"
#include "gen.h"
#include "int.h"
#include "interp.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- values */

TpyObject *tpy_value_box(const TpyValue *v, TpyValueKind kind)
{
    switch (kind) {
    case TPY_KIND_OBJ:
        if (v->o != NULL)
            tpy_incref(v->o);
        return v->o;
    case TPY_KIND_F64:
        return tpy_float_from_double(v->f);
    case TPY_KIND_I64:
        return tpy_newref(v->i ? tpy_True : tpy_False);
    case TPY_KIND_C128:
        return tpy_complex_from_doubles(v[0].f, v[1].f);
    }
    return NULL;
}

int tpy_value_unbox(TpyObject *o, TpyValueKind kind, TpyValue *out)
{
    switch (kind) {
    case TPY_KIND_OBJ:
        tpy_incref(o);
        out->o = o;
        return 0;
    case TPY_KIND_F64:
        return tpy_float_as_double(o, &out->f);
    case TPY_KIND_I64: {
        int t = tpy_object_is_true(o);
        if (t < 0)
            return -1;
        out->i = t;
        return 0;
    }
    case TPY_KIND_C128: {
        TpyComplexValue c;
        if (tpy_complex_as_value(o, &c) < 0)
            return -1;
        out[0].f = c.real;
        out[1].f = c.imag;
        return 0;
    }
    }
    return -1;
}

/* ---------------------------------------------------------------- functions */

TpyObject *tpy_function_new(TpyCode *code, TpyObject *module)
{
    TpyFunction *f = (TpyFunction *)tpy_object_new(&tpy_function_type);
    if (f == NULL)
        return NULL;
    tpy_incref(&code->ob);
    f->code = code;
    tpy_xincref(module);
    f->module = module;
    f->name = tpy_str_from_cstr(code->name);
    f->qualname = tpy_str_from_cstr(code->qualname);
    if (f->name == NULL || f->qualname == NULL) {
        tpy_decref(&f->ob);
        return NULL;
    }
    return &f->ob;
}

static void function_clear(TpyObject *self)
{
    TpyFunction *f = (TpyFunction *)self;
    if (f->defaults != NULL) {
        for (uint32_t i = 0; i < f->code->nparams; i++)
            tpy_clear(f->defaults[i]);
    }
    if (f->cells != NULL) {
        for (uint32_t i = 0; i < f->ncells; i++)
            tpy_clear(f->cells[i]);
    }
    tpy_clear(f->module);
    tpy_clear(f->cls);
}

static void function_dealloc(TpyObject *self)
{
    TpyFunction *f = (TpyFunction *)self;
    function_clear(self);
    free(f->defaults);
    free(f->cells);
    tpy_clear(f->name);
    tpy_clear(f->qualname);
    TpyCode *code = f->code;
    f->code = NULL;
    if (code != NULL)
        tpy_decref(&code->ob);
    tpy_object_free(self);
}

static int function_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyFunction *f = (TpyFunction *)self;
    if (f->defaults != NULL)
        for (uint32_t i = 0; i < f->code->nparams; i++)
            if (f->defaults[i] != NULL && visit(f->defaults[i], arg) < 0)
                return -1;
    for (uint32_t i = 0; i < f->ncells; i++)
        if (f->cells != NULL && f->cells[i] != NULL && visit(f->cells[i], arg) < 0)
            return -1;
    if (f->module != NULL && visit(f->module, arg) < 0)
        return -1;
    if (f->cls != NULL && visit(f->cls, arg) < 0)
        return -1;
    return 0;
}

static TpyObject *function_repr(TpyObject *self)
{
    TpyFunction *f = (TpyFunction *)self;
    char buf[512];
    snprintf(buf, sizeof buf, "<function %s at %p>", f->code->qualname, (void *)self);
    return tpy_str_from_cstr(buf);
}

static TpyObject *function_getattr(TpyObject *self, TpyObject *name)
{
    TpyFunction *f = (TpyFunction *)self;
    if (tpy_str_equal_cstr(name, "__name__"))
        return tpy_newref(f->name);
    if (tpy_str_equal_cstr(name, "__qualname__"))
        return tpy_newref(f->qualname);
    if (tpy_str_equal_cstr(name, "__module__")) {
        if (f->module != NULL) {
            TpyObject *n = tpy_object_getattr_str(f->module, "__name__");
            if (n != NULL)
                return n;
            tpy_err_clear();
        }
        return tpy_newref(tpy_None);
    }
    if (tpy_str_equal_cstr(name, "__doc__"))
        return tpy_newref(tpy_None);
    const char *s = tpy_str_as_utf8(name, NULL);
    return tpy_err_format(&tpy_AttributeError_type, "'function' object has no attribute '%s'",
                          s != NULL ? s : "?");
}

/* How many parameters are positional-or-keyword and come before *args. */
static const char *qual(TpyFunction *f)
{
    return f->code->qualname;
}

static void missing_error(TpyFunction *f, const char *what, uint32_t *missing, int n)
{
    TpyCode *code = f->code;
    char names[1024];
    size_t len = 0;
    names[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *sep = "";
        if (i > 0)
            sep = (i == n - 1) ? (n > 2 ? ", and " : " and ") : ", ";
        len += (size_t)snprintf(names + len, len < sizeof names ? sizeof names - len : 0, "%s'%s'",
                                sep, code->param_names[missing[i]]);
        if (len >= sizeof names)
            break;
    }
    tpy_err_format(&tpy_TypeError_type, "%s() missing %d required %s argument%s: %s", qual(f), n,
                   what, n == 1 ? "" : "s", names);
}

/* Bind boxed arguments (borrowed) into frame registers.  0 / -1. */
int tpy_function_bind(TpyFunction *f, TpyValue *regs, TpyObject *const *args, int64_t nargs,
                      TpyObject *kwnames)
{
    TpyCode *code = f->code;
    uint32_t nparams = code->nparams;
    bool set_small[64];
    bool *set = nparams <= 64 ? set_small : calloc(nparams, 1);
    if (set == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    memset(set, 0, nparams <= 64 ? sizeof set_small : 0);
    int64_t nkw = kwnames != NULL ? tpy_tuple_length(kwnames) : 0;
    int64_t npos_given = nargs;   /* keyword values follow the positional ones */
    uint32_t npos = code->npositional;
    bool varargs = (code->flags & TPY_CODE_VARARGS) != 0;
    bool varkw = (code->flags & TPY_CODE_VARKW) != 0;
    uint32_t vararg_index = npos;
    uint32_t kwonly_start = npos + (varargs ? 1 : 0);
    uint32_t varkw_index = kwonly_start + code->nkwonly;
    TpyObject *kwdict = NULL;
    int64_t i;
    for (i = 0; i < npos_given && i < (int64_t)npos; i++) {
        if (tpy_value_unbox(args[i], code->param_kinds[i], &regs[code->param_regs[i]]) < 0)
            goto error;
        set[i] = true;
    }
    if (npos_given > (int64_t)npos) {
        if (!varargs) {
            uint32_t required = 0;
            for (uint32_t p = 0; p < npos; p++)
                if (f->defaults == NULL || f->defaults[p] == NULL)
                    required++;
            if (required == npos)
                tpy_err_format(&tpy_TypeError_type,
                               "%s() takes %u positional argument%s but %lld %s given", qual(f), npos,
                               npos == 1 ? "" : "s", (long long)npos_given,
                               npos_given == 1 ? "was" : "were");
            else
                tpy_err_format(&tpy_TypeError_type,
                               "%s() takes from %u to %u positional arguments but %lld %s given",
                               qual(f), required, npos, (long long)npos_given,
                               npos_given == 1 ? "was" : "were");
            goto error;
        }
    }
    if (varargs) {
        int64_t extra = npos_given > (int64_t)npos ? npos_given - npos : 0;
        TpyObject *t = tpy_tuple_from_array(args + npos, extra);
        if (t == NULL)
            goto error;
        regs[code->param_regs[vararg_index]].o = t;
        set[vararg_index] = true;
    }
    if (varkw) {
        kwdict = tpy_dict_new();
        if (kwdict == NULL)
            goto error;
    }
    for (int64_t k = 0; k < nkw; k++) {
        TpyObject *name = tpy_tuple_getitem_index(kwnames, k);   /* new reference */
        if (name == NULL)
            goto error;
        TpyObject *value = args[npos_given + k];
        int64_t found = -1;
        for (uint32_t p = code->nposonly; p < nparams; p++) {
            if ((varargs && p == vararg_index) || (varkw && p == varkw_index))
                continue;
            if (tpy_str_equal_cstr(name, code->param_names[p])) {
                found = p;
                break;
            }
        }
        if (found < 0) {
            if (kwdict != NULL) {
                int rc = tpy_dict_setitem(kwdict, name, value);
                tpy_decref(name);
                if (rc < 0)
                    goto error;
                continue;
            }
            const char *s = tpy_str_as_utf8(name, NULL);
            tpy_err_format(&tpy_TypeError_type, "%s() got an unexpected keyword argument '%s'",
                           qual(f), s != NULL ? s : "?");
            tpy_decref(name);
            goto error;
        }
        tpy_decref(name);
        if (set[found]) {
            tpy_err_format(&tpy_TypeError_type, "%s() got multiple values for argument '%s'",
                           qual(f), code->param_names[found]);
            goto error;
        }
        if (tpy_value_unbox(value, code->param_kinds[found], &regs[code->param_regs[found]]) < 0)
            goto error;
        set[found] = true;
    }
    if (varkw) {
        regs[code->param_regs[varkw_index]].o = kwdict;
        kwdict = NULL;
        set[varkw_index] = true;
    }
    /* defaults and missing arguments */
    uint32_t missing[64];
    int nmissing = 0;
    for (uint32_t p = 0; p < nparams; p++) {
        if (set[p])
            continue;
        if (f->defaults != NULL && f->defaults[p] != NULL) {
            if (tpy_value_unbox(f->defaults[p], code->param_kinds[p], &regs[code->param_regs[p]]) < 0)
                goto error;
            set[p] = true;
            continue;
        }
        if (nmissing < 64)
            missing[nmissing++] = p;
    }
    if (nmissing > 0) {
        /* CPython reports the positional ones first, then keyword-only ones. */
        uint32_t posm[64], kwm[64];
        int np = 0, nk = 0;
        for (int m = 0; m < nmissing; m++) {
            if (missing[m] < npos)
                posm[np++] = missing[m];
            else
                kwm[nk++] = missing[m];
        }
        if (np > 0)
            missing_error(f, "positional", posm, np);
        else
            missing_error(f, "keyword-only", kwm, nk);
        goto error;
    }
    if (set != set_small)
        free(set);
    return 0;
error:
    tpy_xdecref(kwdict);
    if (set != set_small)
        free(set);
    return -1;
}

TpyObject *tpy_function_call(TpyObject *func, TpyObject *const *args, int64_t nargs,
                             TpyObject *kwnames)
{
    TpyFunction *f = (TpyFunction *)func;
    TpyCode *code = f->code;
    if (code->flags & TPY_CODE_GENERATOR) {
        TpyFrame *frame = tpy_frame_new_heap(f);
        if (frame == NULL)
            return NULL;
        if (tpy_function_bind(f, frame->regs, args, nargs, kwnames) < 0) {
            tpy_frame_free_heap(frame);
            return NULL;
        }
        return tpy_gen_new(frame);
    }
    TpyFrame *frame = tpy_frame_push(f);
    if (frame == NULL)
        return NULL;
    if (tpy_function_bind(f, frame->regs, args, nargs, kwnames) < 0) {
        tpy_frame_pop(frame);
        return NULL;
    }
    frame->flags |= TPY_FRAME_ENTRY;
    TpyValue result[2];
    TpyInterpStatus status = tpy_interp_run(frame, result);
    tpy_frame_pop(frame);
    if (status != TPY_INTERP_RETURN)
        return NULL;
    if (code->ret_kind == TPY_KIND_OBJ)
        return result[0].o;   /* already owned */
    return tpy_value_box(result, (TpyValueKind)code->ret_kind);
}

static TpyObject *function_call_slot(TpyObject *self, TpyObject *const *args, int64_t nargs,
                                     TpyObject *kwnames)
{
    return tpy_function_call(self, args, nargs, kwnames);
}

TpyType tpy_function_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "function",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyFunction),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_HAS_WEAKLIST,
    .weaklist_offset = offsetof(TpyFunction, weaklist),
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
    .repr = function_repr,
    .call = function_call_slot,
    .getattr = function_getattr,
};

/* ---------------------------------------------------------------- cells */

TpyObject *tpy_cell_new(TpyValueKind kind)
{
    TpyCell *c = (TpyCell *)tpy_object_new(&tpy_cell_type);
    if (c == NULL)
        return NULL;
    c->kind = (uint8_t)kind;
    return &c->ob;
}

static void cell_clear(TpyObject *self)
{
    TpyCell *c = (TpyCell *)self;
    if (c->kind == TPY_KIND_OBJ)
        tpy_clear(c->value[0].o);
    c->set = false;
}

static void cell_dealloc(TpyObject *self)
{
    cell_clear(self);
    tpy_object_free(self);
}

static int cell_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyCell *c = (TpyCell *)self;
    if (c->kind == TPY_KIND_OBJ && c->value[0].o != NULL)
        return visit(c->value[0].o, arg);
    return 0;
}

TpyType tpy_cell_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "cell",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyCell),
    .flags = TPY_TPFLAG_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
};
