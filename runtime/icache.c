/* runtime/icache.c: filling the inline caches of attribute and method-call
 * sites, and their generic (uncached) paths.
 *
 * The interpreter (and later the JIT) test an entry inline; only a miss comes
 * here.  A miss decides what generic lookup by name would find for the
 * receiver's type and records it when a direct access is equivalent:
 *   - a field, for attributes: the type is a user class (not a NamedTuple,
 *     whose fields are tuple items), it has no data descriptor (property)
 *     called `name` anywhere on its chain -- a subclass may override a field
 *     with one -- and the field's kind is the instruction's kind;
 *   - a Python function, for method calls: no field of that name shadows it,
 *     it is not a generator, every argument register has the kind of the
 *     parameter it binds, the missing parameters have defaults (or are the
 *     empty *args / **kwargs), and the result kind fits the site.
 * Then the generic path runs anyway for this one access, so a miss behaves
 * exactly like GETATTR/SETATTR/CALL_METHOD (AttributeError wording, class
 * attributes read through instances when a field is unset, properties).
 * Invariants and invalidation: icache.h.
 */
#include "icache.h"
#include "class_internal.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "code.h"
#include "exc.h"
#include "func.h"
#include "str.h"

uint32_t tpy_icache_epoch = 1;

int tpy_icache_setup(TpyCode *code)
{
    uint32_t n = 0;
    for (uint32_t pc = 0; pc < code->ncode;) {
        uint32_t op = code->code[pc] & 0xff;
        if (op >= TPY_OP__COUNT)
            break;
        const char *fmt = tpy_opcode_formats[op];
        for (uint32_t i = 1; fmt[0] != '\0' && fmt[i] != '\0'; i++)
            if (fmt[i] == 'i')
                code->code[pc + i] = n++;
        pc += (uint32_t)tpy_opcode_units((int)op);
    }
    code->ncaches = n;
    if (n == 0)
        return 0;
    code->caches = calloc(n, sizeof(TpyInlineCache));
    if (code->caches == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    return 0;
}

/* A cleared entry of `ic` for `type`: the first empty one, else the next in
 * turn.  A stale cache (old epoch) is emptied first. */
static TpyCacheEntry *new_entry(TpyInlineCache *ic, TpyType *type)
{
    if (ic->epoch != tpy_icache_epoch) {
        memset(ic, 0, sizeof *ic);
        ic->epoch = tpy_icache_epoch;
    }
    TpyCacheEntry *e = NULL;
    for (int i = 0; i < TPY_ICACHE_WAYS && e == NULL; i++)
        if (ic->entries[i].type == NULL || ic->entries[i].type == type)
            e = &ic->entries[i];
    if (e == NULL)
        e = &ic->entries[ic->next++ % TPY_ICACHE_WAYS];
    memset(e, 0, sizeof *e);
    e->type = type;
    return e;
}

/* Is field `name` of type(obj) what obj.name reads and writes, with `kind`?
 * Then remember its offset in `ic`. */
static void fill_field(TpyInlineCache *ic, TpyObject *obj, TpyObject *name, TpyValueKind kind,
                       bool store)
{
    TpyType *type = tpy_type_of(obj);
    if (!tpy_class_check(type) || type->getattr != tpy_instance_getattr ||
        (store && type->setattr != tpy_instance_setattr))
        return;
    const TpyClassData *cd = tpy_class_data(type);
    if (cd->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE)
        return;
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL) {
        tpy_err_clear();
        return;
    }
    TpyObject *m = tpy_class_find_member(type, n, NULL);
    if (m != NULL && tpy_type_of(m)->descr_set != NULL)
        return;
    int index = tpy_class_field_index(type, n);
    if (index < 0 || cd->fields[index].kind != kind || cd->offsets[index] > UINT32_MAX)
        return;
    TpyCacheEntry *e = new_entry(ic, type);
    e->offset = (uint32_t)cd->offsets[index];
}

TpyObject *tpy_icache_load_attr(TpyInlineCache *ic, TpyObject *obj, TpyObject *name)
{
    fill_field(ic, obj, name, TPY_KIND_OBJ, false);
    return tpy_object_getattr(obj, name);
}

int tpy_icache_load_attr_unboxed(TpyInlineCache *ic, TpyObject *obj, TpyObject *name,
                                 TpyValueKind kind, TpyValue *dst)
{
    fill_field(ic, obj, name, kind, false);
    TpyObject *v = tpy_object_getattr(obj, name);
    if (v == NULL)
        return -1;
    int r = tpy_value_unbox(v, kind, dst);
    tpy_decref(v);
    return r;
}

int tpy_icache_store_attr(TpyInlineCache *ic, TpyObject *obj, TpyObject *name, TpyValueKind kind,
                          const TpyValue *value)
{
    fill_field(ic, obj, name, kind, true);
    TpyObject *boxed = kind == TPY_KIND_OBJ ? tpy_newref(value->o) : tpy_value_box(value, kind);
    if (boxed == NULL)
        return -1;
    int r = tpy_object_setattr(obj, name, boxed);
    tpy_decref(boxed);
    return r;
}

/* The Python function a typed call of self.name(...) can enter directly, or
 * NULL. */
static TpyObject *direct_method(TpyObject *self, TpyObject *name, const uint8_t *arg_kinds,
                                uint32_t nargs, TpyValueKind ret_kind, uint32_t *box_result)
{
    TpyType *type = tpy_type_of(self);
    if (!tpy_class_check(type) || type->getattr != tpy_instance_getattr ||
        (tpy_class_data(type)->spec_flags & TPY_CLASS_SPEC_NAMEDTUPLE))
        return NULL;
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL) {
        tpy_err_clear();
        return NULL;
    }
    if (tpy_class_field_index(type, n) >= 0)
        return NULL;   // a field of that name is read first (an instance attribute)
    TpyObject *m = tpy_class_find_member(type, n, NULL);
    if (m == NULL || !tpy_function_check(m))
        return NULL;
    TpyFunction *f = (TpyFunction *)m;
    const TpyCode *code = f->code;
    if ((code->flags & TPY_CODE_GENERATOR) || nargs > code->npositional)
        return NULL;
    uint32_t reg = 0;
    for (uint32_t p = 0; p < nargs; p++) {
        if (arg_kinds[reg] != code->param_kinds[p])
            return NULL;
        reg += arg_kinds[reg] == TPY_KIND_C128 ? 2 : 1;
    }
    for (uint32_t p = nargs; p < code->nparams; p++) {
        bool has_default = f->defaults != NULL && f->defaults[p] != NULL;
        bool star = (code->flags & TPY_CODE_VARARGS) && p == code->npositional;
        bool starstar = (code->flags & TPY_CODE_VARKW) && p == code->nparams - 1;
        if (!has_default && !star && !starstar)
            return NULL;
    }
    if (code->ret_kind == ret_kind)
        *box_result = 0;
    else if (ret_kind == TPY_KIND_OBJ)
        *box_result = 1;
    else
        return NULL;
    return m;
}

const TpyCacheEntry *tpy_icache_fill_method(TpyInlineCache *ic, TpyObject *self, TpyObject *name,
                                            const uint8_t *arg_kinds, uint32_t nargs,
                                            TpyValueKind ret_kind)
{
    uint32_t box = 0;
    TpyObject *f = direct_method(self, name, arg_kinds, nargs, ret_kind, &box);
    TpyCacheEntry *e = new_entry(ic, tpy_type_of(self));
    e->function = f;
    e->box_result = box;
    return e;
}

int tpy_icache_call_method_generic(TpyObject *name, TpyValue *args, const uint8_t *arg_kinds,
                                   uint32_t nargs, TpyValue *dst, TpyValueKind ret_kind)
{
    TpyObject *small[8] = { NULL };
    TpyObject **boxed = nargs <= 8 ? small : calloc(nargs, sizeof(TpyObject *));
    uint32_t nboxed = 0, reg = 0, nregs;
    TpyObject *bound = NULL, *r = NULL;
    int rc = -1;
    if (boxed == NULL) {
        tpy_err_nomemory();
        goto release;
    }
    for (; nboxed < nargs; nboxed++) {
        TpyValueKind k = (TpyValueKind)arg_kinds[reg];
        if (k == TPY_KIND_OBJ)
            boxed[nboxed] = args[reg].o != NULL ? tpy_newref(args[reg].o) : NULL;
        else
            boxed[nboxed] = tpy_value_box(&args[reg], k);
        if (boxed[nboxed] == NULL) {
            if (tpy_err_occurred() == NULL)
                tpy_err_format(&tpy_SystemError_type, "unbound argument");
            goto done;
        }
        reg += k == TPY_KIND_C128 ? 2 : 1;
    }
    bound = tpy_object_getattr(boxed[0], name);
    if (bound == NULL)
        goto done;
    r = tpy_object_call(bound, boxed + 1, nargs - 1, NULL);
    if (r == NULL)
        goto done;
    if (ret_kind == TPY_KIND_OBJ) {
        TpyObject *old = dst->o;
        dst->o = r;
        r = NULL;
        tpy_xdecref(old);
        rc = 0;
    } else {
        rc = tpy_value_unbox(r, ret_kind, dst);
    }
done:
    tpy_xdecref(r);
    tpy_xdecref(bound);
    for (uint32_t i = 0; i < nboxed; i++)
        tpy_decref(boxed[i]);
    if (boxed != small)
        free(boxed);
release:
    // The instruction moves its arguments: release the block's OBJ registers.
    nregs = 0;
    for (uint32_t i = 0; i < nargs; i++) {
        TpyValueKind k = (TpyValueKind)arg_kinds[nregs];
        if (k == TPY_KIND_OBJ)
            tpy_clear(args[nregs].o);
        nregs += k == TPY_KIND_C128 ? 2 : 1;
    }
    return rc;
}
