/* runtime/interp.c: the bytecode interpreter loop.
 *
 * One C function, tpy_interp_run, executes an entry frame and every Python
 * frame it calls: CALL_FUNC (and CALL/CALL_METHOD on a Python function) push
 * a frame on the frame stack and continue in the same loop; RETURN pops it
 * and stores the result into the caller's register.  Only calls that pass
 * through C (natives calling back, generators) nest tpy_interp_run, so deep
 * Python recursion costs no C stack and ends in RecursionError at the limit.
 *
 * Dispatch: computed goto (`goto *labels[op]`, one indirect jump per
 * instruction, which branch predictors learn per opcode) when the compiler
 * supports it, a `switch` otherwise (-DTPY_SWITCH_DISPATCH).  Both come from
 * the same bodies written as TARGET(op) ... NEXT(units).
 *
 * Registers are typed (code->reg_kinds): OBJ registers own a reference; a
 * write releases the old value (SET_OBJ).  Each body is short: the slow paths
 * are named runtime functions (tpy_int_add, tpy_list_getitem, ...) that the
 * JIT calls too.
 *
 * Errors: a failing operation leaves an exception pending and jumps to
 * `error`, which adds a traceback entry for the frame, then looks for the
 * innermost exception-table entry covering the pc.  Without one, the frame's
 * locals move into the traceback (they live as long as it does, as in
 * CPython) and the frame is popped; the search continues in the caller.
 */
#include "interp.h"

#include <math.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "abstract.h"
#include "bool.h"
#include "complex.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "gen.h"
#include "icache.h"
#include "int.h"
#include "list.h"
#include "mathfn.h"
#include "moduleobj.h"
#include "none.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

#if defined(__GNUC__) && !defined(TPY_SWITCH_DISPATCH)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

int64_t tpy_interp_depth;
static int64_t recursion_limit = 1000;
static TpyObject *handled_exc;          /* the exception being handled, owned */
static volatile sig_atomic_t sigint_pending;

int64_t tpy_interp_get_recursion_limit(void)
{
    return recursion_limit;
}

int tpy_interp_set_recursion_limit(int64_t limit)
{
    if (limit < 1) {
        tpy_err_format(&tpy_ValueError_type, "recursion limit must be greater or equal than 1");
        return -1;
    }
    recursion_limit = limit;
    return 0;
}

/* The C stack guard.  Python-to-Python calls cost no C stack, but natives
 * that call back into Python (a __repr__ calling repr(self)) nest C frames;
 * a high sys.setrecursionlimit() could then overflow the C stack.  The first
 * tpy_interp_run records where the stack starts; deeper C nesting than the
 * stack's size (RLIMIT_STACK, at most 64 MiB) minus a safety margin raises
 * RecursionError instead of crashing. */
static uintptr_t stack_base, stack_budget;

static bool c_stack_exhausted(void)
{
#if defined(__GNUC__)
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);   // the real stack, even under ASan's fake stack
#else
    char here;
    uintptr_t sp = (uintptr_t)&here;
#endif
    if (stack_base == 0) {
        struct rlimit rl;
        uintptr_t size = (uintptr_t)8 << 20;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
            size = rl.rlim_cur < ((rlim_t)64 << 20) ? (uintptr_t)rl.rlim_cur : (uintptr_t)64 << 20;
        stack_base = sp;
        stack_budget = size > ((uintptr_t)1 << 20) ? size - ((uintptr_t)512 << 10) : size / 2;
        return false;
    }
    uintptr_t used = sp < stack_base ? stack_base - sp : sp - stack_base;
    return used > stack_budget;
}

/* CPython 3.11 counts C-level recursion checks in the same counter as Python
 * frames (one per frame, one per checked native entry such as the call of a
 * one-argument builtin, PyObject_Repr or PyObject_Str), and the first check
 * past the limit names its place: "maximum recursion depth exceeded while
 * calling a Python object".  tpy counts the same entries in tpy_interp_depth,
 * so the message and the depth at which it happens match. */
int tpy_interp_enter_recursive_call(const char *where)
{
    if (++tpy_interp_depth > recursion_limit || c_stack_exhausted()) {
        --tpy_interp_depth;
        tpy_err_format(&tpy_RecursionError_type, "maximum recursion depth exceeded%s",
                       where != NULL ? where : "");
        return -1;
    }
    return 0;
}

void tpy_interp_leave_recursive_call(void)
{
    --tpy_interp_depth;
}

TpyObject *tpy_interp_handled_exception(void)
{
    return handled_exc;
}

static void sigint_handler(int sig)
{
    (void)sig;
    sigint_pending = 1;
}

void tpy_interp_install_signal_handlers(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

int tpy_interp_check_signals(void)
{
    if (sigint_pending) {
        sigint_pending = 0;
        tpy_err_set_object(&tpy_KeyboardInterrupt_type, NULL);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- slow paths */

static TpyObject *unbound_local(TpyCode *code, uint32_t name_const)
{
    const char *s = tpy_str_as_utf8(code->consts[name_const], NULL);
    return tpy_err_format(&tpy_UnboundLocalError_type,
                          "cannot access local variable '%s' where it is not associated with a value",
                          s != NULL ? s : "?");
}

static TpyObject *unbound_global(TpyModule *m, uint32_t slot)
{
    const char *s = m->names[slot] != NULL ? tpy_str_as_utf8(m->names[slot], NULL) : NULL;
    return tpy_err_format(&tpy_NameError_type, "name '%s' is not defined", s != NULL ? s : "?");
}

static TpyObject *unbound_free(TpyCode *code, uint32_t name_const)
{
    const char *s = tpy_str_as_utf8(code->consts[name_const], NULL);
    return tpy_err_format(&tpy_NameError_type,
                          "cannot access free variable '%s' where it is not associated with a value"
                          " in enclosing scope",
                          s != NULL ? s : "?");
}

static TpyObject *missing_field(TpyObject *obj, TpyCode *code, uint32_t name_const)
{
    const char *s = tpy_str_as_utf8(code->consts[name_const], NULL);
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          tpy_type_of(obj)->name, s != NULL ? s : "?");
}


/* Python's // and % on small ints (b != 0). */
static inline int64_t floordiv_i64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static inline int64_t mod_i64(int64_t a, int64_t b)
{
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* Compare two ints (tagged or big) with op; 1/0. */
static inline int int_compare(TpyObject *a, TpyObject *b)
{
    if (tpy_is_smallint(a) && tpy_is_smallint(b))
        return (intptr_t)a < (intptr_t)b ? -1 : (intptr_t)a > (intptr_t)b;
    return tpy_int_compare(a, b);
}

/* The unpacking errors CPython raises. */
static int unpack_sequence(TpyObject *src, TpyValue *dst, int64_t n)
{
    TpyObject *const *items = NULL;
    int64_t size = -1;
    if (!tpy_is_smallint(src) && src->type == &tpy_tuple_type) {
        items = ((TpyTuple *)src)->items;
        size = ((TpyTuple *)src)->size;
    } else if (!tpy_is_smallint(src) && src->type == &tpy_list_type) {
        items = ((TpyList *)src)->items;
        size = ((TpyList *)src)->size;
    }
    if (items != NULL) {
        if (size != n) {
            if (size > n)
                tpy_err_format(&tpy_ValueError_type, "too many values to unpack (expected %lld)",
                               (long long)n);
            else
                tpy_err_format(&tpy_ValueError_type,
                               "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                               (long long)size);
            return -1;
        }
        for (int64_t i = 0; i < n; i++) {
            tpy_incref(items[i]);
            TpyObject *old = dst[i].o;
            dst[i].o = items[i];
            tpy_xdecref(old);
        }
        return 0;
    }
    TpyObject *it = tpy_object_iter(src);
    if (it == NULL)
        return -1;
    int64_t i = 0;
    for (; i < n; i++) {
        TpyObject *v = tpy_object_next(it);
        if (v == NULL) {
            if (tpy_err_occurred() == NULL)
                tpy_err_format(&tpy_ValueError_type,
                               "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                               (long long)i);
            tpy_decref(it);
            return -1;
        }
        TpyObject *old = dst[i].o;
        dst[i].o = v;
        tpy_xdecref(old);
    }
    TpyObject *extra = tpy_object_next(it);
    tpy_decref(it);
    if (extra != NULL) {
        tpy_decref(extra);
        tpy_err_format(&tpy_ValueError_type, "too many values to unpack (expected %lld)",
                       (long long)n);
        return -1;
    }
    return tpy_err_occurred() != NULL ? -1 : 0;
}

/* a, *b, c = src: n targets, the starred one at index star. */
static int unpack_ex(TpyObject *src, TpyValue *dst, int64_t n, int64_t star)
{
    TpyObject *list = tpy_list_from_iterable(src);
    if (list == NULL)
        return -1;
    TpyList *l = (TpyList *)list;
    int64_t before = star, after = n - star - 1;
    if (l->size < before + after) {
        tpy_err_format(&tpy_ValueError_type,
                       "not enough values to unpack (expected at least %lld, got %lld)",
                       (long long)(before + after), (long long)l->size);
        tpy_decref(list);
        return -1;
    }
    for (int64_t i = 0; i < before; i++) {
        tpy_incref(l->items[i]);
        TpyObject *old = dst[i].o;
        dst[i].o = l->items[i];
        tpy_xdecref(old);
    }
    for (int64_t i = 0; i < after; i++) {
        TpyObject *v = l->items[l->size - after + i];
        tpy_incref(v);
        TpyObject *old = dst[star + 1 + i].o;
        dst[star + 1 + i].o = v;
        tpy_xdecref(old);
    }
    TpyObject *mid = tpy_list_slice(list, before, l->size - after);
    tpy_decref(list);
    if (mid == NULL)
        return -1;
    TpyObject *old = dst[star].o;
    dst[star].o = mid;
    tpy_xdecref(old);
    return 0;
}

static TpyObject *format_value(TpyObject *v, TpyObject *spec, uint32_t conv)
{
    TpyObject *conv_v = NULL;
    if (conv == 's')
        conv_v = tpy_object_str(v);
    else if (conv == 'r')
        conv_v = tpy_object_repr(v);
    else if (conv == 'a')
        conv_v = tpy_object_ascii(v);
    else
        conv_v = tpy_newref(v);
    if (conv_v == NULL)
        return NULL;
    if (spec == NULL && !tpy_is_smallint(conv_v) && conv_v->type == &tpy_str_type)
        return conv_v;
    TpyObject *r = tpy_object_format(conv_v, spec);
    tpy_decref(conv_v);
    return r;
}

static TpyObject *build_string(TpyValue *regs, int64_t n)
{
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    for (int64_t i = 0; i < n; i++) {
        if (tpy_strbuilder_append_str(&b, regs[i].o) < 0) {
            tpy_strbuilder_discard(&b);
            return NULL;
        }
    }
    return tpy_strbuilder_finish(&b);
}

static bool exc_match(TpyObject *exc, TpyObject *type)
{
    if (!tpy_is_smallint(type) && type->type == &tpy_tuple_type) {
        TpyTuple *t = (TpyTuple *)type;
        for (int64_t i = 0; i < t->size; i++)
            if (exc_match(exc, t->items[i]))
                return true;
        return false;
    }
    if (tpy_is_smallint(type) || !tpy_type_is_subtype(tpy_type_of(type), &tpy_type_type))
        return false;
    return tpy_exc_matches(exc, (TpyType *)type);
}

/* `raise value from cause`: the exception to raise (new reference) or NULL. */
static TpyObject *make_raise(TpyObject *value, TpyObject *cause)
{
    TpyObject *exc;
    if (!tpy_is_smallint(value) && tpy_type_is_subtype(tpy_type_of(value), &tpy_type_type)) {
        if (!tpy_type_is_subtype((TpyType *)value, &tpy_BaseException_type))
            return tpy_err_format(&tpy_TypeError_type, "exceptions must derive from BaseException");
        exc = tpy_object_call(value, NULL, 0, NULL);
        if (exc == NULL)
            return NULL;
    } else if (tpy_exc_check(value)) {
        exc = tpy_newref(value);
    } else {
        return tpy_err_format(&tpy_TypeError_type, "exceptions must derive from BaseException");
    }
    if (cause != NULL) {
        TpyObject *c;
        if (cause == tpy_None) {
            c = tpy_newref(tpy_None);
        } else if (!tpy_is_smallint(cause) &&
                   tpy_type_is_subtype(tpy_type_of(cause), &tpy_type_type)) {
            c = tpy_object_call(cause, NULL, 0, NULL);
            if (c == NULL) {
                tpy_decref(exc);
                return NULL;
            }
        } else if (tpy_exc_check(cause)) {
            c = tpy_newref(cause);
        } else {
            tpy_decref(exc);
            return tpy_err_format(&tpy_TypeError_type,
                                  "exception causes must derive from BaseException");
        }
        tpy_exc_set_cause(exc, c);
    }
    return exc;
}

/* with: exit(type, value, tb) -> truth; exit(None, None, None) when exc NULL. */
static int with_exit(TpyObject *exit_fn, TpyObject *exc)
{
    TpyObject *args[3];
    if (exc == NULL) {
        args[0] = args[1] = args[2] = tpy_None;
    } else {
        args[0] = (TpyObject *)tpy_type_of(exc);
        args[1] = exc;
        TpyObject *tb = tpy_exc_check(exc) ? TPY_EXC_OBJ(exc)->traceback : NULL;
        args[2] = tb != NULL ? tb : tpy_None;
    }
    TpyObject *r = tpy_object_call(exit_fn, args, 3, NULL);
    if (r == NULL)
        return -1;
    int t = exc != NULL ? tpy_object_is_true(r) : 0;
    tpy_decref(r);
    return t;
}

/* Find a Python function `name` in the members of a user class or its bases
 * (borrowed), or NULL. */
static TpyObject *find_user_method(TpyType *type, TpyObject *name)
{
    for (TpyType *t = type; t != NULL; t = t->base) {
        if (!(t->flags & TPY_TPFLAG_HEAPTYPE))
            return NULL;
        if (t->members == NULL)
            continue;
        TpyObject *m = tpy_dict_get_borrowed(t->members, name);
        if (m != NULL)
            return tpy_function_check(m) ? m : NULL;
    }
    return NULL;
}

/* obj.name(*args) without the fast paths (builtin methods, bound objects). */
static TpyObject *call_method_slow(TpyObject *name, TpyObject *const *args, int64_t nargs,
                                   TpyObject *kwnames)
{
    TpyObject *self = args[0];
    TpyType *type = tpy_type_of(self);
    if (!(type->flags & TPY_TPFLAG_HEAPTYPE)) {
        const char *cname = tpy_str_as_utf8(name, NULL);
        const TpyMethodDef *def = cname != NULL ? tpy_type_find_method(type, cname) : NULL;
        if (def != NULL && !(def->flags & (TPY_METH_STATIC | TPY_METH_CLASS)))
            return def->fn(args, nargs, kwnames);
    }
    TpyObject *bound = tpy_object_getattr(self, name);
    if (bound == NULL)
        return NULL;
    TpyObject *r = tpy_object_call(bound, args + 1, nargs - 1, kwnames);
    tpy_decref(bound);
    return r;
}

/* callee(*args, **kw): args a tuple, kw a dict or NULL.  New reference. */
TpyObject *tpy_interp_call_ex(TpyObject *callee, TpyObject *args, TpyObject *kw)
{
    TpyTuple *t = (TpyTuple *)args;
    int64_t nkw = kw != NULL ? tpy_dict_length(kw) : 0;
    int64_t n = t->size + nkw;
    TpyObject *small[16];
    TpyObject **argv = n <= 16 ? small : malloc((size_t)n * sizeof(TpyObject *));
    if (argv == NULL)
        return tpy_err_nomemory();
    for (int64_t i = 0; i < t->size; i++)
        argv[i] = t->items[i];
    TpyObject *kwnames = NULL;
    if (nkw > 0) {
        kwnames = tpy_tuple_new(nkw);
        if (kwnames == NULL) {
            if (argv != small)
                free(argv);
            return NULL;
        }
        int64_t pos = 0, k = 0;
        TpyObject *key, *value;
        while (tpy_dict_next(kw, &pos, &key, &value)) {
            tpy_incref(key);
            ((TpyTuple *)kwnames)->items[k] = key;
            argv[t->size + k] = value;
            k++;
        }
    }
    TpyObject *r = tpy_object_call(callee, argv, t->size, kwnames);
    tpy_xdecref(kwnames);
    if (argv != small)
        free(argv);
    return r;
}

static inline int64_t kw_count(TpyObject *kwnames)
{
    return kwnames != NULL ? ((TpyTuple *)kwnames)->size : 0;
}

static inline void release_block(TpyValue *regs, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        tpy_clear(regs[i].o);
}

/* Move the typed arguments args[..] (nargs values whose kinds match the
 * parameters of f, checked when the inline cache was filled) into the
 * parameter registers of callee, then the defaults of the rest.  OBJ
 * argument registers are left NULL (moved).  0 / -1. */
static int push_typed_args(TpyFunction *f, TpyFrame *callee, TpyValue *args, uint32_t nargs)
{
    const TpyCode *cc = f->code;
    uint32_t cur = 0, p;
    for (p = 0; p < nargs; p++) {
        uint8_t kind = cc->param_kinds[p];
        uint32_t dst = cc->param_regs[p];
        callee->regs[dst] = args[cur];
        if (kind == TPY_KIND_OBJ) {
            args[cur].o = NULL;
        } else if (kind == TPY_KIND_C128) {
            callee->regs[dst + 1] = args[cur + 1];
            cur++;
        }
        cur++;
    }
    for (; p < cc->nparams; p++) {
        TpyObject *d = f->defaults != NULL ? f->defaults[p] : NULL;
        TpyValue *slot = &callee->regs[cc->param_regs[p]];
        if (d != NULL) {
            if (tpy_value_unbox(d, (TpyValueKind)cc->param_kinds[p], slot) < 0)
                return -1;
        } else if ((cc->flags & TPY_CODE_VARARGS) && p == cc->npositional) {
            if ((slot->o = tpy_tuple_new(0)) == NULL)
                return -1;
        } else if ((slot->o = tpy_dict_new()) == NULL) {   // **kwargs (checked at fill time)
            return -1;
        }
    }
    return 0;
}

/* LIST_GET_F64 / LIST_SET_F64 off the fast path (any index, items that are
 * not floats, list subclasses).  0 / -1. */
static int list_get_f64_slow(TpyObject *list, TpyObject *key, TpyValue *dst)
{
    TpyObject *item = tpy_object_getitem(list, key);
    if (item == NULL)
        return -1;
    int r = tpy_value_unbox(item, TPY_KIND_F64, dst);
    tpy_decref(item);
    return r;
}

static int list_set_f64_slow(TpyObject *list, TpyObject *key, double v)
{
    TpyObject *item = tpy_float_from_double(v);
    if (item == NULL)
        return -1;
    int r = tpy_object_setitem(list, key, item);
    tpy_decref(item);
    return r;
}

/* ---------------------------------------------------------------- the loop */

#define SET_OBJ(reg, value)               \
    do {                                  \
        TpyObject *old_ = R[reg].o;       \
        R[reg].o = (value);               \
        tpy_xdecref(old_);                \
    } while (0)

TpyInterpStatus tpy_interp_run(TpyFrame *frame, TpyValue *result)
{
#if USE_COMPUTED_GOTO
    static void *const labels[TPY_OP__COUNT] = {
#define TPY_OP(name, format, doc) &&L_##name,
#include "opcodes.def"
#undef TPY_OP
    };
#define TARGET(name) L_##name:
#define DISPATCH()                       \
    do {                                 \
        ins = code[pc];                  \
        A = ins >> 8;                    \
        goto *labels[ins & 0xff];        \
    } while (0)
#else
#define TARGET(name) case TPY_OP_##name:
#define DISPATCH() goto dispatch
#endif
#define NEXT(units)                      \
    do {                                 \
        pc += (units);                   \
        DISPATCH();                      \
    } while (0)
#define OP(i) (code[pc + (i)])
#define LOAD_FRAME_STATE()               \
    do {                                 \
        R = frame->regs;                 \
        code = frame->code->code;        \
        consts = frame->code->consts;    \
        module = frame->module;          \
    } while (0)

    TpyValue *R;
    const uint32_t *code;
    TpyObject **consts;
    TpyModule *module;
    uint32_t pc, ins, A;
    bool reraise = false;
    TpyObject *exc = NULL;
    TpyFrame *entry = frame;
    TpyFrame *saved_current = tpy_frame_current;
    TpyValue ret_v[2];
    uint8_t ret_kind;
    TpyFrame *callee_frame;

    if (++tpy_interp_depth > recursion_limit || c_stack_exhausted()) {
        tpy_interp_depth--;
        tpy_err_format(&tpy_RecursionError_type, "maximum recursion depth exceeded");
        return TPY_INTERP_ERROR;
    }
    frame->flags |= TPY_FRAME_ENTRY;
    frame->back = saved_current;
    tpy_frame_current = frame;
    LOAD_FRAME_STATE();
    pc = frame->pc;
    if ((frame->flags & TPY_FRAME_GENERATOR) && tpy_err_occurred() != NULL)
        goto error;   /* gen.throw()/close(): raise at the suspended YIELD */
    DISPATCH();

#if !USE_COMPUTED_GOTO
dispatch:
    ins = code[pc];
    A = ins >> 8;
    switch (ins & 0xff) {
#endif

    TARGET(NOP) NEXT(1);
    TARGET(MOVE) {
        TpyObject *v = R[OP(1)].o;
        tpy_xincref(v);
        SET_OBJ(A, v);
        NEXT(2);
    }
    TARGET(MOVE_VAL) { R[A] = R[OP(1)]; NEXT(2); }
    TARGET(MOVE_C128) {
        uint32_t b = OP(1);
        TpyValue re = R[b], im = R[b + 1];
        R[A] = re;
        R[A + 1] = im;
        NEXT(2);
    }
    TARGET(CLEAR) { tpy_clear(R[A].o); NEXT(1); }
    TARGET(LOAD_CONST) {
        TpyObject *v = consts[OP(1)];
        tpy_incref(v);
        SET_OBJ(A, v);
        NEXT(2);
    }
    TARGET(LOAD_F64) { R[A].f = TPY_FLOAT_VALUE(consts[OP(1)]); NEXT(2); }
    TARGET(LOAD_C128) {
        TpyComplexValue c = TPY_COMPLEX_VALUE(consts[OP(1)]);
        R[A].f = c.real;
        R[A + 1].f = c.imag;
        NEXT(2);
    }
    TARGET(LOAD_I64) { R[A].i = (int32_t)OP(1); NEXT(2); }
    TARGET(LOAD_SMALLINT) { SET_OBJ(A, tpy_smallint((int32_t)OP(1))); NEXT(2); }
    TARGET(LOAD_NONE) { SET_OBJ(A, tpy_None); NEXT(1); }
    TARGET(CHECK_BOUND) {
        if (R[A].o == NULL) {
            unbound_local(frame->code, OP(1));
            goto error;
        }
        NEXT(2);
    }

    /* ---- globals and cells */
    TARGET(LOAD_GLOBAL) {
        uint32_t slot = OP(1);
        TpyObject *v = module->values[slot].o;
        if (v == NULL) {
            unbound_global(module, slot);
            goto error;
        }
        tpy_incref(v);
        SET_OBJ(A, v);
        NEXT(2);
    }
    TARGET(LOAD_GLOBAL_VAL) { R[A] = module->values[OP(1)]; NEXT(2); }
    TARGET(LOAD_GLOBAL_C128) {
        uint32_t slot = OP(1);
        R[A] = module->values[slot];
        R[A + 1] = module->values[slot + 1];
        NEXT(2);
    }
    TARGET(STORE_GLOBAL) {
        TpyObject *v = R[OP(1)].o;
        tpy_incref(v);
        TpyObject *old = module->values[A].o;
        module->values[A].o = v;
        tpy_xdecref(old);
        NEXT(2);
    }
    TARGET(STORE_GLOBAL_VAL) { module->values[A] = R[OP(1)]; NEXT(2); }
    TARGET(STORE_GLOBAL_C128) {
        uint32_t b = OP(1);
        module->values[A] = R[b];
        module->values[A + 1] = R[b + 1];
        NEXT(2);
    }
    TARGET(DELETE_GLOBAL) {
        if (module->values[A].o == NULL) {
            unbound_global(module, A);
            goto error;
        }
        tpy_clear(module->values[A].o);
        NEXT(1);
    }
    TARGET(LOAD_MODATTR) {
        TpyModule *m = (TpyModule *)R[OP(1)].o;
        uint32_t slot = OP(2);
        TpyObject *v = m->values[slot].o;
        if (v == NULL) {
            unbound_global(m, slot);
            goto error;
        }
        tpy_incref(v);
        SET_OBJ(A, v);
        NEXT(3);
    }
    TARGET(LOAD_MODATTR_VAL) {
        TpyModule *m = (TpyModule *)R[OP(1)].o;
        R[A] = m->values[OP(2)];
        NEXT(3);
    }
    TARGET(STORE_MODATTR) {
        TpyModule *m = (TpyModule *)R[A].o;
        uint32_t slot = OP(1);
        TpyObject *v = R[OP(2)].o;
        tpy_incref(v);
        TpyObject *old = m->values[slot].o;
        m->values[slot].o = v;
        tpy_xdecref(old);
        NEXT(3);
    }
    TARGET(MAKE_CELL) {
        TpyObject *cell = tpy_cell_new((TpyValueKind)OP(1));
        if (cell == NULL)
            goto error;
        SET_OBJ(A, cell);
        NEXT(2);
    }
    TARGET(CELL_INIT) {
        TpyValueKind kind = (TpyValueKind)OP(2);
        TpyCell *cell = (TpyCell *)tpy_cell_new(kind);
        if (cell == NULL)
            goto error;
        uint32_t src = OP(1);
        cell->value[0] = R[src];
        if (kind == TPY_KIND_C128)
            cell->value[1] = R[src + 1];
        if (kind == TPY_KIND_OBJ)
            tpy_xincref(cell->value[0].o);
        cell->set = kind != TPY_KIND_OBJ || cell->value[0].o != NULL;
        SET_OBJ(A, &cell->ob);
        NEXT(3);
    }
    TARGET(LOAD_CELL) {
        TpyCell *cell = (TpyCell *)R[OP(1)].o;
        if (!cell->set) {
            unbound_free(frame->code, OP(2));
            goto error;
        }
        if (cell->kind == TPY_KIND_OBJ) {
            tpy_incref(cell->value[0].o);
            SET_OBJ(A, cell->value[0].o);
        } else {
            R[A] = cell->value[0];
            if (cell->kind == TPY_KIND_C128)
                R[A + 1] = cell->value[1];
        }
        NEXT(3);
    }
    TARGET(STORE_CELL) {
        TpyCell *cell = (TpyCell *)R[A].o;
        uint32_t src = OP(1);
        if (cell->kind == TPY_KIND_OBJ) {
            TpyObject *v = R[src].o;
            tpy_incref(v);
            TpyObject *old = cell->value[0].o;
            cell->value[0].o = v;
            tpy_xdecref(old);
        } else {
            cell->value[0] = R[src];
            if (cell->kind == TPY_KIND_C128)
                cell->value[1] = R[src + 1];
        }
        cell->set = true;
        NEXT(2);
    }
    TARGET(DELETE_CELL) {
        TpyCell *cell = (TpyCell *)R[A].o;
        if (!cell->set) {
            unbound_local(frame->code, OP(1));
            goto error;
        }
        if (cell->kind == TPY_KIND_OBJ)
            tpy_clear(cell->value[0].o);
        cell->set = false;
        NEXT(2);
    }
    TARGET(LOAD_DEREF) {
        TpyCell *cell = (TpyCell *)frame->func->cells[OP(1)];
        if (!cell->set) {
            unbound_free(frame->code, OP(2));
            goto error;
        }
        if (cell->kind == TPY_KIND_OBJ) {
            tpy_incref(cell->value[0].o);
            SET_OBJ(A, cell->value[0].o);
        } else {
            R[A] = cell->value[0];
            if (cell->kind == TPY_KIND_C128)
                R[A + 1] = cell->value[1];
        }
        NEXT(3);
    }
    TARGET(STORE_DEREF) {
        TpyCell *cell = (TpyCell *)frame->func->cells[A];
        uint32_t src = OP(1);
        if (cell->kind == TPY_KIND_OBJ) {
            TpyObject *v = R[src].o;
            tpy_incref(v);
            TpyObject *old = cell->value[0].o;
            cell->value[0].o = v;
            tpy_xdecref(old);
        } else {
            cell->value[0] = R[src];
            if (cell->kind == TPY_KIND_C128)
                cell->value[1] = R[src + 1];
        }
        cell->set = true;
        NEXT(2);
    }
    TARGET(LOAD_CLOSURE_CELL) {
        TpyObject *cell = frame->func->cells[OP(1)];
        tpy_incref(cell);
        SET_OBJ(A, cell);
        NEXT(2);
    }

    /* ---- int */
#define INT_BINOP(NAME, SLOW, ...)                                   \
    TARGET(NAME) {                                                    \
        TpyObject *a = R[OP(1)].o, *b = R[OP(2)].o, *r;               \
        if (tpy_is_smallint(a) && tpy_is_smallint(b)) {               \
            intptr_t ia = (intptr_t)a, ib = (intptr_t)b, ir;          \
            (void)ia; (void)ib; (void)ir;                             \
            __VA_ARGS__                                               \
        }                                                             \
        r = SLOW(a, b);                                               \
        if (r == NULL)                                                \
            goto error;                                               \
        SET_OBJ(A, r);                                                \
        NEXT(3);                                                      \
    }
    INT_BINOP(ADD_INT, tpy_int_add,
              if (!__builtin_add_overflow(ia, ib - 1, &ir)) {
                  SET_OBJ(A, (TpyObject *)ir);
                  NEXT(3);
              })
    INT_BINOP(SUB_INT, tpy_int_sub,
              if (!__builtin_sub_overflow(ia, ib - 1, &ir)) {
                  SET_OBJ(A, (TpyObject *)ir);
                  NEXT(3);
              })
    INT_BINOP(MUL_INT, tpy_int_mul,
              if (!__builtin_mul_overflow(ia - 1, ib >> 1, &ir)) {
                  SET_OBJ(A, (TpyObject *)(ir + 1));
                  NEXT(3);
              })
    INT_BINOP(FLOORDIV_INT, tpy_int_floordiv,
              int64_t x = ia >> 1, y = ib >> 1;
              if (y != 0 && !(x == TPY_SMALLINT_MIN && y == -1)) {
                  SET_OBJ(A, tpy_smallint(floordiv_i64(x, y)));
                  NEXT(3);
              })
    INT_BINOP(MOD_INT, tpy_int_mod,
              int64_t x = ia >> 1, y = ib >> 1;
              if (y != 0) {
                  SET_OBJ(A, tpy_smallint(mod_i64(x, y)));
                  NEXT(3);
              })
    INT_BINOP(POW_INT, tpy_int_pow, )
    INT_BINOP(LSHIFT_INT, tpy_int_lshift,
              int64_t x = ia >> 1, y = ib >> 1;
              if (y >= 0 && y < 62) {
                  int64_t v = (int64_t)((uint64_t)x << y);
                  if ((v >> y) == x && tpy_fits_smallint(v)) {
                      SET_OBJ(A, tpy_smallint(v));
                      NEXT(3);
                  }
              })
    INT_BINOP(RSHIFT_INT, tpy_int_rshift,
              int64_t x = ia >> 1, y = ib >> 1;
              if (y >= 0) {
                  SET_OBJ(A, tpy_smallint(y > 63 ? (x < 0 ? -1 : 0) : x >> y));
                  NEXT(3);
              })
    INT_BINOP(AND_INT, tpy_int_and, SET_OBJ(A, (TpyObject *)(ia & ib)); NEXT(3);)
    INT_BINOP(OR_INT, tpy_int_or, SET_OBJ(A, (TpyObject *)(ia | ib)); NEXT(3);)
    INT_BINOP(XOR_INT, tpy_int_xor, SET_OBJ(A, (TpyObject *)((ia ^ ib) | 1)); NEXT(3);)
    TARGET(TRUEDIV_INT) {
        TpyObject *a = R[OP(1)].o, *b = R[OP(2)].o;
        if (tpy_is_smallint(a) && tpy_is_smallint(b)) {
            int64_t x = tpy_smallint_value(a), y = tpy_smallint_value(b);
            const int64_t exact = (int64_t)1 << 53;
            if (y != 0 && x > -exact && x < exact && y > -exact && y < exact) {
                R[A].f = (double)x / (double)y;
                NEXT(3);
            }
        }
        TpyObject *r = tpy_int_truediv(a, b);
        if (r == NULL)
            goto error;
        R[A].f = TPY_FLOAT_VALUE(r);
        tpy_decref(r);
        NEXT(3);
    }
/* Unary int operations: a tagged operand whose result stays tagged (v is
 * its value; MIN's negation would not fit) takes the inline path, anything
 * else the runtime function. */
#define INT_UNARY(NAME, FAST_OK, FAST_EXPR, SLOW)                       \
    TARGET(NAME) {                                                      \
        TpyObject *a = R[OP(1)].o;                                      \
        if (tpy_is_smallint(a)) {                                       \
            int64_t v = tpy_smallint_value(a);                          \
            if (FAST_OK) {                                              \
                SET_OBJ(A, tpy_smallint(FAST_EXPR));                    \
                NEXT(2);                                                \
            }                                                           \
        }                                                               \
        TpyObject *r = SLOW(a);                                         \
        if (r == NULL)                                                  \
            goto error;                                                 \
        SET_OBJ(A, r);                                                  \
        NEXT(2);                                                        \
    }
    INT_UNARY(NEG_INT, v != TPY_SMALLINT_MIN, -v, tpy_int_neg)
    INT_UNARY(INVERT_INT, true, ~v, tpy_int_invert)
#define INT_CMP(NAME, OPR)                                         \
    TARGET(NAME) {                                                 \
        R[A].i = int_compare(R[OP(1)].o, R[OP(2)].o) OPR 0;        \
        NEXT(3);                                                   \
    }
    INT_CMP(LT_INT, <)
    INT_CMP(LE_INT, <=)
    INT_CMP(EQ_INT, ==)
    INT_CMP(NE_INT, !=)
    INT_CMP(GT_INT, >)
    INT_CMP(GE_INT, >=)
    TARGET(INT_TO_F64) {
        TpyObject *a = R[OP(1)].o;
        if (tpy_is_smallint(a)) {
            R[A].f = (double)tpy_smallint_value(a);
            NEXT(2);
        }
        double d;
        if (tpy_float_as_double(a, &d) < 0)
            goto error;
        R[A].f = d;
        NEXT(2);
    }
    TARGET(TRUTH_INT) {
        TpyObject *a = R[OP(1)].o;
        if (tpy_is_smallint(a))
            R[A].i = a != tpy_smallint(0);
        else {
            int t = tpy_object_is_true(a);
            if (t < 0)
                goto error;
            R[A].i = t;
        }
        NEXT(2);
    }
    INT_UNARY(ABS_INT, v != TPY_SMALLINT_MIN, v < 0 ? -v : v, tpy_int_abs)
    TARGET(ADD_INT_IMM) {
        TpyObject *a = R[OP(1)].o;
        intptr_t ir;
        // tagged: (2x+1) + 2c = 2(x+c)+1
        if (tpy_is_smallint(a) &&
            !__builtin_add_overflow((intptr_t)a, (intptr_t)(int32_t)OP(2) * 2, &ir)) {
            SET_OBJ(A, (TpyObject *)ir);
            NEXT(3);
        }
        TpyObject *r = tpy_int_add(a, tpy_smallint((int32_t)OP(2)));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }

    /* ---- float */
    TARGET(ADD_F64) { R[A].f = R[OP(1)].f + R[OP(2)].f; NEXT(3); }
    TARGET(SUB_F64) { R[A].f = R[OP(1)].f - R[OP(2)].f; NEXT(3); }
    TARGET(MUL_F64) { R[A].f = R[OP(1)].f * R[OP(2)].f; NEXT(3); }
    TARGET(DIV_F64) {
        double b = R[OP(2)].f;
        if (b == 0.0) {
            tpy_err_format(&tpy_ZeroDivisionError_type, "float division by zero");
            goto error;
        }
        R[A].f = R[OP(1)].f / b;
        NEXT(3);
    }
    TARGET(FLOORDIV_F64) {
        double r;
        if (tpy_float_floordiv_d(R[OP(1)].f, R[OP(2)].f, &r) < 0)
            goto error;
        R[A].f = r;
        NEXT(3);
    }
    TARGET(MOD_F64) {
        double r;
        if (tpy_float_mod_d(R[OP(1)].f, R[OP(2)].f, &r) < 0)
            goto error;
        R[A].f = r;
        NEXT(3);
    }
    TARGET(POW_F64) {
        double r;
        int rc = tpy_float_pow_d(R[OP(1)].f, R[OP(2)].f, &r);
        if (rc < 0)
            goto error;
        if (rc > 0) {
            tpy_err_format(&tpy_ValueError_type,
                           "negative number cannot be raised to a fractional power");
            goto error;
        }
        R[A].f = r;
        NEXT(3);
    }
    TARGET(NEG_F64) { R[A].f = -R[OP(1)].f; NEXT(2); }
    TARGET(ABS_F64) { R[A].f = __builtin_fabs(R[OP(1)].f); NEXT(2); }
    TARGET(LT_F64) { R[A].i = R[OP(1)].f < R[OP(2)].f; NEXT(3); }
    TARGET(LE_F64) { R[A].i = R[OP(1)].f <= R[OP(2)].f; NEXT(3); }
    TARGET(EQ_F64) { R[A].i = R[OP(1)].f == R[OP(2)].f; NEXT(3); }
    TARGET(NE_F64) { R[A].i = R[OP(1)].f != R[OP(2)].f; NEXT(3); }
    TARGET(GT_F64) { R[A].i = R[OP(1)].f > R[OP(2)].f; NEXT(3); }
    TARGET(GE_F64) { R[A].i = R[OP(1)].f >= R[OP(2)].f; NEXT(3); }
    TARGET(CMP_INT_F64) {
        R[A].i = tpy_int_cmp_double(R[OP(1)].o, R[OP(2)].f, (TpyCompareOp)OP(3));
        NEXT(4);
    }
    TARGET(TRUTH_F64) { R[A].i = R[OP(1)].f != 0.0; NEXT(2); }
    TARGET(MATH1_F64) {
        double r;
        if (tpy_mathfn_call((int)OP(2), R[OP(1)].f, &r) < 0)
            goto error;
        R[A].f = r;
        NEXT(3);
    }
    TARGET(MIN_F64) {
        double b = R[OP(1)].f, c = R[OP(2)].f;
        R[A].f = c < b ? c : b;
        NEXT(3);
    }
    TARGET(MAX_F64) {
        double b = R[OP(1)].f, c = R[OP(2)].f;
        R[A].f = c > b ? c : b;
        NEXT(3);
    }

    /* ---- complex */
#define C128_AT(reg) ((TpyComplexValue){ R[reg].f, R[(reg) + 1].f })
#define C128_STORE(reg, v)     \
    do {                       \
        TpyComplexValue v_ = (v); \
        R[reg].f = v_.real;    \
        R[(reg) + 1].f = v_.imag; \
    } while (0)
    TARGET(ADD_C128) { C128_STORE(A, tpy_complex_add_inline(C128_AT(OP(1)), C128_AT(OP(2)))); NEXT(3); }
    TARGET(SUB_C128) { C128_STORE(A, tpy_complex_sub_inline(C128_AT(OP(1)), C128_AT(OP(2)))); NEXT(3); }
    TARGET(MUL_C128) { C128_STORE(A, tpy_complex_mul_inline(C128_AT(OP(1)), C128_AT(OP(2)))); NEXT(3); }
    TARGET(DIV_C128) {
        TpyComplexValue r;
        if (tpy_complex_div(C128_AT(OP(1)), C128_AT(OP(2)), &r) < 0)
            goto error;
        C128_STORE(A, r);
        NEXT(3);
    }
    TARGET(POW_C128) {
        TpyComplexValue r;
        if (tpy_complex_pow(C128_AT(OP(1)), C128_AT(OP(2)), &r) < 0)
            goto error;
        C128_STORE(A, r);
        NEXT(3);
    }
    TARGET(NEG_C128) {
        uint32_t b = OP(1);
        double re = -R[b].f, im = -R[b + 1].f;
        R[A].f = re;
        R[A + 1].f = im;
        NEXT(2);
    }
    TARGET(ABS_C128) {
        double re = R[OP(1)].f, im = R[OP(1) + 1].f;
        if (__builtin_expect(__builtin_isfinite(re) && __builtin_isfinite(im), 1)) {
            double r = hypot(re, im);   // tpy_complex_abs's common case, inline
            if (__builtin_isfinite(r)) {
                R[A].f = r;
                NEXT(2);
            }
        }
        double r;
        if (tpy_complex_abs(C128_AT(OP(1)), &r) < 0)
            goto error;
        R[A].f = r;
        NEXT(2);
    }
    TARGET(EQ_C128) {
        uint32_t b = OP(1), c = OP(2);
        R[A].i = R[b].f == R[c].f && R[b + 1].f == R[c + 1].f;
        NEXT(3);
    }
    TARGET(NE_C128) {
        uint32_t b = OP(1), c = OP(2);
        R[A].i = !(R[b].f == R[c].f && R[b + 1].f == R[c + 1].f);
        NEXT(3);
    }
    TARGET(F64_TO_C128) {
        double re = R[OP(1)].f;
        R[A].f = re;
        R[A + 1].f = 0.0;
        NEXT(2);
    }
    TARGET(TRUTH_C128) {
        uint32_t b = OP(1);
        R[A].i = R[b].f != 0.0 || R[b + 1].f != 0.0;
        NEXT(2);
    }

    /* ---- bool */
    TARGET(NOT) { R[A].i = !R[OP(1)].i; NEXT(2); }
    TARGET(EQ_I64) { R[A].i = R[OP(1)].i == R[OP(2)].i; NEXT(3); }
    TARGET(NE_I64) { R[A].i = R[OP(1)].i != R[OP(2)].i; NEXT(3); }

    /* ---- boxing */
    TARGET(BOX_F64) {
        TpyObject *v = tpy_float_from_double(R[OP(1)].f);
        if (v == NULL)
            goto error;
        SET_OBJ(A, v);
        NEXT(2);
    }
    TARGET(UNBOX_F64) {
        TpyObject *o = R[OP(1)].o;
        if (tpy_float_check(o)) {
            R[A].f = TPY_FLOAT_VALUE(o);
        } else {
            double d;
            if (tpy_float_as_double(o, &d) < 0)
                goto error;
            R[A].f = d;
        }
        NEXT(2);
    }
    TARGET(BOX_BOOL) { SET_OBJ(A, R[OP(1)].i ? tpy_True : tpy_False); NEXT(2); }
    TARGET(UNBOX_BOOL) {
        TpyObject *o = R[OP(1)].o;
        if (o == tpy_True || o == tpy_False) {
            R[A].i = o == tpy_True;
        } else {
            int t = tpy_object_is_true(o);
            if (t < 0)
                goto error;
            R[A].i = t;
        }
        NEXT(2);
    }
    TARGET(BOX_C128) {
        uint32_t b = OP(1);
        TpyObject *v = tpy_complex_from_doubles(R[b].f, R[b + 1].f);
        if (v == NULL)
            goto error;
        SET_OBJ(A, v);
        NEXT(2);
    }
    TARGET(UNBOX_C128) {
        TpyComplexValue c;
        if (tpy_complex_as_value(R[OP(1)].o, &c) < 0)
            goto error;
        C128_STORE(A, c);
        NEXT(2);
    }
    TARGET(BOOL_TO_INT) { SET_OBJ(A, tpy_smallint(R[OP(1)].i != 0)); NEXT(2); }

    /* ---- generic object operations */
    TARGET(BINARY) {
        TpyObject *r = tpy_number_binop(R[OP(1)].o, R[OP(2)].o, (TpyBinaryOp)OP(3));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(4);
    }
    TARGET(INPLACE) {
        TpyObject *r = tpy_number_inplace(R[OP(1)].o, R[OP(2)].o, (TpyBinaryOp)OP(3));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(4);
    }
    TARGET(POWER) {
        TpyObject *r = tpy_number_power(R[OP(1)].o, R[OP(2)].o, NULL);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }
    TARGET(UNARY) {
        TpyObject *r = tpy_number_unaryop(R[OP(1)].o, (TpyUnaryOp)OP(2));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }
    TARGET(COMPARE) {
        TpyObject *r = tpy_object_richcompare(R[OP(1)].o, R[OP(2)].o, (TpyCompareOp)OP(3));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(4);
    }
    TARGET(COMPARE_BOOL) {
        int t = tpy_object_compare_bool(R[OP(1)].o, R[OP(2)].o, (TpyCompareOp)OP(3));
        if (t < 0)
            goto error;
        R[A].i = t;
        NEXT(4);
    }
    TARGET(IS) { R[A].i = R[OP(1)].o == R[OP(2)].o; NEXT(3); }
    TARGET(IS_NOT) { R[A].i = R[OP(1)].o != R[OP(2)].o; NEXT(3); }
    TARGET(IS_NONE) { R[A].i = R[OP(1)].o == tpy_None; NEXT(2); }
    TARGET(CONTAINS) {
        int t = tpy_object_contains(R[OP(1)].o, R[OP(2)].o);
        if (t < 0)
            goto error;
        R[A].i = t;
        NEXT(3);
    }
    TARGET(TRUTH) {
        TpyObject *o = R[OP(1)].o;
        int t;
        if (o == tpy_None)
            t = 0;
        else if (o == tpy_True || o == tpy_False)
            t = o == tpy_True;
        else if ((t = tpy_object_is_true(o)) < 0)
            goto error;
        R[A].i = t;
        NEXT(2);
    }

    /* ---- strings */
    TARGET(STR_CONCAT) {
        TpyObject *r = tpy_str_concat(R[OP(1)].o, R[OP(2)].o);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }
    TARGET(FORMAT_VALUE) {
        uint32_t spec = OP(2);
        TpyObject *r = format_value(R[OP(1)].o, spec == TPY_NO_REG ? NULL : R[spec].o, OP(3));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(4);
    }
    TARGET(BUILD_STRING) {
        uint32_t first = OP(1), n = OP(2);
        TpyObject *r = build_string(&R[first], n);
        release_block(&R[first], n);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }

    /* ---- containers */
    TARGET(BUILD_LIST) {
        uint32_t first = OP(1), n = OP(2);
        TpyObject *l = tpy_list_new(n);
        if (l == NULL)
            goto error;
        for (uint32_t i = 0; i < n; i++) {
            ((TpyList *)l)->items[i] = R[first + i].o;
            R[first + i].o = NULL;
        }
        SET_OBJ(A, l);
        NEXT(3);
    }
    TARGET(BUILD_TUPLE) {
        uint32_t first = OP(1), n = OP(2);
        TpyObject *t = tpy_tuple_new(n);
        if (t == NULL)
            goto error;
        for (uint32_t i = 0; i < n; i++) {
            ((TpyTuple *)t)->items[i] = R[first + i].o;
            R[first + i].o = NULL;
        }
        SET_OBJ(A, t);
        NEXT(3);
    }
    TARGET(BUILD_SET) {
        uint32_t first = OP(1), n = OP(2);
        TpyObject *s = tpy_set_new(NULL);
        if (s == NULL)
            goto error;
        for (uint32_t i = 0; i < n; i++) {
            if (tpy_set_add(s, R[first + i].o) < 0) {
                tpy_decref(s);
                release_block(&R[first], n);
                goto error;
            }
        }
        release_block(&R[first], n);
        SET_OBJ(A, s);
        NEXT(3);
    }
    TARGET(BUILD_DICT) {
        uint32_t first = OP(1), n = OP(2);
        TpyObject *d = tpy_dict_new();
        if (d == NULL)
            goto error;
        for (uint32_t i = 0; i < n; i++) {
            if (tpy_dict_setitem(d, R[first + 2 * i].o, R[first + 2 * i + 1].o) < 0) {
                tpy_decref(d);
                release_block(&R[first], 2 * n);
                goto error;
            }
        }
        release_block(&R[first], 2 * n);
        SET_OBJ(A, d);
        NEXT(3);
    }
    TARGET(BUILD_SLICE) {
        uint32_t b = OP(1), c = OP(2), d = OP(3);
        TpyObject *s = tpy_slice_new(b == TPY_NO_REG ? tpy_None : R[b].o,
                                     c == TPY_NO_REG ? tpy_None : R[c].o,
                                     d == TPY_NO_REG ? tpy_None : R[d].o);
        if (s == NULL)
            goto error;
        SET_OBJ(A, s);
        NEXT(4);
    }
    TARGET(LIST_APPEND) {
        if (tpy_list_append(R[A].o, R[OP(1)].o) < 0)
            goto error;
        NEXT(2);
    }
    TARGET(LIST_EXTEND) {
        if (tpy_list_extend(R[A].o, R[OP(1)].o) < 0)
            goto error;
        NEXT(2);
    }
    TARGET(SET_ADD) {
        if (tpy_set_add(R[A].o, R[OP(1)].o) < 0)
            goto error;
        NEXT(2);
    }
    TARGET(SET_UPDATE) {
        if (tpy_set_update(R[A].o, R[OP(1)].o) < 0)
            goto error;
        NEXT(2);
    }
    TARGET(DICT_SET) {
        if (tpy_dict_setitem(R[A].o, R[OP(1)].o, R[OP(2)].o) < 0)
            goto error;
        NEXT(3);
    }
    TARGET(DICT_UPDATE) {
        if (tpy_dict_update(R[A].o, R[OP(1)].o) < 0)
            goto error;
        NEXT(2);
    }
    TARGET(LIST_TO_TUPLE) {
        TpyObject *t = tpy_list_as_tuple(R[OP(1)].o);
        if (t == NULL)
            goto error;
        SET_OBJ(A, t);
        NEXT(2);
    }
    TARGET(GETITEM) {
        TpyObject *r = tpy_object_getitem(R[OP(1)].o, R[OP(2)].o);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }
    TARGET(SETITEM) {
        if (tpy_object_setitem(R[A].o, R[OP(1)].o, R[OP(2)].o) < 0)
            goto error;
        NEXT(3);
    }
    TARGET(DELITEM) {
        if (tpy_object_delitem(R[A].o, R[OP(1)].o) < 0)
            goto error;
        NEXT(2);
    }
    TARGET(LIST_GET) {
        TpyList *l = (TpyList *)R[OP(1)].o;
        TpyObject *key = R[OP(2)].o;
        if (tpy_is_smallint(key) && l->ob.type == &tpy_list_type) {
            int64_t i = tpy_smallint_value(key);
            if (i < 0)
                i += l->size;
            if ((uint64_t)i < (uint64_t)l->size) {
                TpyObject *v = l->items[i];
                tpy_incref(v);
                SET_OBJ(A, v);
                NEXT(3);
            }
        }
        TpyObject *r = tpy_object_getitem(&l->ob, key);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }
    TARGET(LIST_SET) {
        TpyList *l = (TpyList *)R[A].o;
        TpyObject *key = R[OP(1)].o, *v = R[OP(2)].o;
        if (tpy_is_smallint(key) && l->ob.type == &tpy_list_type) {
            int64_t i = tpy_smallint_value(key);
            if (i < 0)
                i += l->size;
            if ((uint64_t)i < (uint64_t)l->size) {
                tpy_incref(v);
                TpyObject *old = l->items[i];
                l->items[i] = v;
                tpy_decref(old);
                NEXT(3);
            }
        }
        if (tpy_object_setitem(&l->ob, key, v) < 0)
            goto error;
        NEXT(3);
    }
    TARGET(LIST_GET_F64) {
        TpyList *l = (TpyList *)R[OP(1)].o;
        TpyObject *key = R[OP(2)].o;
        if (tpy_is_smallint(key) && l->ob.type == &tpy_list_type) {
            int64_t i = tpy_smallint_value(key);
            if (i < 0)
                i += l->size;
            TpyObject *item = (uint64_t)i < (uint64_t)l->size ? l->items[i] : NULL;
            if (item != NULL && !tpy_is_smallint(item) && item->type == &tpy_float_type) {
                R[A].f = TPY_FLOAT_VALUE(item);
                NEXT(3);
            }
        }
        if (list_get_f64_slow(&l->ob, key, &R[A]) < 0)
            goto error;
        NEXT(3);
    }
    TARGET(LIST_SET_F64) {
        TpyList *l = (TpyList *)R[A].o;
        TpyObject *key = R[OP(1)].o;
        double v = R[OP(2)].f;
        if (tpy_is_smallint(key) && l->ob.type == &tpy_list_type) {
            int64_t i = tpy_smallint_value(key);
            if (i < 0)
                i += l->size;
            if ((uint64_t)i < (uint64_t)l->size) {
                TpyObject *old = l->items[i];
                // A float that only this list references cannot be observed
                // changing: reuse it instead of allocating a new one.
                if (!tpy_is_smallint(old) && old->type == &tpy_float_type && old->refcount == 1) {
                    TPY_FLOAT_VALUE(old) = v;
                    NEXT(3);
                }
            }
        }
        if (list_set_f64_slow(&l->ob, key, v) < 0)
            goto error;
        NEXT(3);
    }
    TARGET(LEN) {
        int64_t n = tpy_object_length(R[OP(1)].o);
        if (n < 0)
            goto error;
        SET_OBJ(A, tpy_smallint(n));
        NEXT(2);
    }
    TARGET(UNPACK) {
        if (unpack_sequence(R[A].o, &R[OP(1)], OP(2)) < 0)
            goto error;
        NEXT(3);
    }
    TARGET(UNPACK_EX) {
        if (unpack_ex(R[A].o, &R[OP(1)], OP(2), OP(3)) < 0)
            goto error;
        NEXT(4);
    }

    /* ---- iteration */
    TARGET(GET_ITER) {
        TpyObject *it = tpy_object_iter(R[OP(1)].o);
        if (it == NULL)
            goto error;
        SET_OBJ(A, it);
        NEXT(2);
    }
    TARGET(FOR_ITER) {
        TpyObject *v = tpy_object_next(R[OP(1)].o);
        if (v == NULL) {
            if (tpy_err_occurred() != NULL)
                goto error;
            pc = OP(2);
            DISPATCH();
        }
        SET_OBJ(A, v);
        NEXT(3);
    }
    TARGET(RANGE_PREP) {
        TpyObject *start = R[A].o, *stop = R[OP(1)].o, *step = R[OP(2)].o;
        if (!tpy_is_smallint(step) || !tpy_is_smallint(start) || !tpy_is_smallint(stop)) {
            for (int k = 0; k < 3; k++) {
                TpyObject *o = k == 0 ? start : k == 1 ? stop : step;
                if (!tpy_int_check(o)) {
                    tpy_err_format(&tpy_TypeError_type,
                                   "'%s' object cannot be interpreted as an integer",
                                   tpy_type_of(o)->name);
                    goto error;
                }
            }
            if (tpy_is_smallint(step) && tpy_smallint_value(step) == 0)
                goto range_zero;
            tpy_err_format(&tpy_OverflowError_type,
                           "range() bounds beyond 62 bits are not supported by tpy's for loop");
            goto error;
        }
        if (step == tpy_smallint(0)) {
        range_zero:
            tpy_err_format(&tpy_ValueError_type, "range() arg 3 must not be zero");
            goto error;
        }
        R[OP(3)].i = tpy_smallint_value(step) > 0 ? 1 : -1;
        NEXT(4);
    }
    TARGET(FOR_RANGE) {
        intptr_t cur = (intptr_t)R[OP(1)].o, stop = (intptr_t)R[OP(2)].o;
        intptr_t step = (intptr_t)R[OP(3)].o;
        if (step > 1 ? cur >= stop : cur <= stop) {
            pc = OP(4);
            DISPATCH();
        }
        SET_OBJ(A, (TpyObject *)cur);
        intptr_t next;
        if (__builtin_add_overflow(cur, step - 1, &next))
            next = stop;
        R[OP(1)].o = (TpyObject *)next;
        NEXT(5);
    }
    TARGET(FOR_LIST) {
        TpyList *l = (TpyList *)R[OP(1)].o;
        int64_t i = R[OP(2)].i;
        if (i >= l->size) {
            pc = OP(3);
            DISPATCH();
        }
        TpyObject *v = l->items[i];
        tpy_incref(v);
        SET_OBJ(A, v);
        R[OP(2)].i = i + 1;
        NEXT(4);
    }

    TARGET(ORD_STR) {
        TpyObject *s = R[OP(1)].o;
        TpyObject *r = TPY_STR_LEN(s) == 1 ? tpy_smallint(tpy_str_read(s, 0)) : tpy_str_ord(s);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(2);
    }
    TARGET(CHR_INT) {
        TpyObject *r = tpy_str_chr(R[OP(1)].o);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(2);
    }
    TARGET(FOR_STR) {
        TpyObject *s = R[OP(1)].o;
        int64_t i = R[OP(2)].i;
        if (i >= TPY_STR_LEN(s)) {
            pc = OP(3);
            DISPATCH();
        }
        TpyObject *v = tpy_str_char_at(s, i);
        if (v == NULL)
            goto error;
        SET_OBJ(A, v);
        R[OP(2)].i = i + 1;
        NEXT(4);
    }

    /* ---- jumps */
    TARGET(JUMP) { pc = A; DISPATCH(); }
    TARGET(LOOP) {
        if (sigint_pending) {
            frame->pc = pc;
            if (tpy_interp_check_signals() < 0)
                goto error;
        }
        pc = A;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE) {
        if (R[A].i) {
            pc = OP(1);
            DISPATCH();
        }
        NEXT(2);
    }
    TARGET(JUMP_IF_FALSE) {
        if (!R[A].i) {
            pc = OP(1);
            DISPATCH();
        }
        NEXT(2);
    }
    TARGET(JUMP_IF_NONE) {
        if (R[A].o == tpy_None) {
            pc = OP(1);
            DISPATCH();
        }
        NEXT(2);
    }
    TARGET(JUMP_IF_NOT_NONE) {
        if (R[A].o != tpy_None) {
            pc = OP(1);
            DISPATCH();
        }
        NEXT(2);
    }
    /* compare and branch: A, OP(1) the operands, OP(2) the target */
#define JUMP_CMP(NAME, COND)                 \
    TARGET(NAME) {                           \
        if (COND) {                          \
            pc = OP(2);                      \
            DISPATCH();                      \
        }                                    \
        NEXT(3);                             \
    }
#define INT_OPS_ R[A].o, R[OP(1)].o
    JUMP_CMP(JUMP_LT_INT, int_compare(INT_OPS_) < 0)
    JUMP_CMP(JUMP_LE_INT, int_compare(INT_OPS_) <= 0)
    JUMP_CMP(JUMP_EQ_INT, int_compare(INT_OPS_) == 0)
    JUMP_CMP(JUMP_NE_INT, int_compare(INT_OPS_) != 0)
    JUMP_CMP(JUMP_GT_INT, int_compare(INT_OPS_) > 0)
    JUMP_CMP(JUMP_GE_INT, int_compare(INT_OPS_) >= 0)
#undef INT_OPS_
    JUMP_CMP(JUMP_LT_F64, R[A].f < R[OP(1)].f)
    JUMP_CMP(JUMP_LE_F64, R[A].f <= R[OP(1)].f)
    JUMP_CMP(JUMP_EQ_F64, R[A].f == R[OP(1)].f)
    JUMP_CMP(JUMP_NE_F64, R[A].f != R[OP(1)].f)
    JUMP_CMP(JUMP_GT_F64, R[A].f > R[OP(1)].f)
    JUMP_CMP(JUMP_GE_F64, R[A].f >= R[OP(1)].f)
    JUMP_CMP(JUMP_NLT_F64, !(R[A].f < R[OP(1)].f))
    JUMP_CMP(JUMP_NLE_F64, !(R[A].f <= R[OP(1)].f))
    JUMP_CMP(JUMP_NGT_F64, !(R[A].f > R[OP(1)].f))
    JUMP_CMP(JUMP_NGE_F64, !(R[A].f >= R[OP(1)].f))
    JUMP_CMP(JUMP_EQ_I64, R[A].i == R[OP(1)].i)
    JUMP_CMP(JUMP_NE_I64, R[A].i != R[OP(1)].i)
    JUMP_CMP(JUMP_IS, R[A].o == R[OP(1)].o)
    JUMP_CMP(JUMP_IS_NOT, R[A].o != R[OP(1)].o)
    JUMP_CMP(JUMP_LT_CHAR, tpy_str_compare_char(R[A].o, OP(1)) < 0)
    JUMP_CMP(JUMP_LE_CHAR, tpy_str_compare_char(R[A].o, OP(1)) <= 0)
    JUMP_CMP(JUMP_EQ_CHAR, tpy_str_compare_char(R[A].o, OP(1)) == 0)
    JUMP_CMP(JUMP_NE_CHAR, tpy_str_compare_char(R[A].o, OP(1)) != 0)
    JUMP_CMP(JUMP_GT_CHAR, tpy_str_compare_char(R[A].o, OP(1)) > 0)
    JUMP_CMP(JUMP_GE_CHAR, tpy_str_compare_char(R[A].o, OP(1)) >= 0)
    JUMP_CMP(JUMP_IN_STR, tpy_str_contains_str(consts[OP(1)], R[A].o))
    JUMP_CMP(JUMP_NOT_IN_STR, !tpy_str_contains_str(consts[OP(1)], R[A].o))
#undef JUMP_CMP

    /* ---- attributes */
    TARGET(GETATTR) {
        TpyObject *r = tpy_object_getattr(R[OP(1)].o, consts[OP(2)]);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(3);
    }
    TARGET(SETATTR) {
        if (tpy_object_setattr(R[A].o, consts[OP(1)], R[OP(2)].o) < 0)
            goto error;
        NEXT(3);
    }
    TARGET(DELATTR) {
        if (tpy_object_setattr(R[A].o, consts[OP(1)], NULL) < 0)
            goto error;
        NEXT(2);
    }
    TARGET(LOAD_FIELD) {
        TpyObject *obj = R[OP(1)].o;
        TpyObject *v = *(TpyObject **)((char *)obj + OP(2));
        if (v == NULL) {
            missing_field(obj, frame->code, OP(3));
            goto error;
        }
        tpy_incref(v);
        SET_OBJ(A, v);
        NEXT(4);
    }
    TARGET(LOAD_FIELD_VAL) {
        R[A] = *(TpyValue *)((char *)R[OP(1)].o + OP(2));
        NEXT(3);
    }
    TARGET(LOAD_FIELD_C128) {
        TpyValue *f = (TpyValue *)((char *)R[OP(1)].o + OP(2));
        R[A] = f[0];
        R[A + 1] = f[1];
        NEXT(3);
    }
    TARGET(STORE_FIELD) {
        TpyObject **slot = (TpyObject **)((char *)R[A].o + OP(1));
        TpyObject *v = R[OP(2)].o;
        tpy_incref(v);
        TpyObject *old = *slot;
        *slot = v;
        tpy_xdecref(old);
        NEXT(3);
    }
    TARGET(STORE_FIELD_VAL) {
        *(TpyValue *)((char *)R[A].o + OP(1)) = R[OP(2)];
        NEXT(3);
    }
    TARGET(STORE_FIELD_C128) {
        TpyValue *f = (TpyValue *)((char *)R[A].o + OP(1));
        uint32_t c = OP(2);
        f[0] = R[c];
        f[1] = R[c + 1];
        NEXT(3);
    }
    /* Fields through inline caches (icache.h): a hit is a load or store at
     * the cached offset; a miss (or an unset OBJ field) takes the generic
     * path, which also refills the entry. */
    TARGET(LOAD_ATTR) {
        TpyObject *obj = R[OP(1)].o;
        TpyInlineCache *ic = &frame->code->caches[OP(3)];
        const TpyCacheEntry *e = tpy_icache_find(ic, obj);
        if (e != NULL) {
            TpyObject *v = *(TpyObject **)((char *)obj + e->offset);
            if (v != NULL) {
                tpy_incref(v);
                SET_OBJ(A, v);
                NEXT(4);
            }
        }
        frame->pc = pc;
        TpyObject *v = tpy_icache_load_attr(ic, obj, consts[OP(2)]);
        if (v == NULL)
            goto error;
        SET_OBJ(A, v);
        NEXT(4);
    }
    TARGET(LOAD_ATTR_VAL) {
        TpyObject *obj = R[OP(1)].o;
        TpyInlineCache *ic = &frame->code->caches[OP(3)];
        const TpyCacheEntry *e = tpy_icache_find(ic, obj);
        if (e != NULL) {
            R[A] = *(TpyValue *)((char *)obj + e->offset);
            NEXT(4);
        }
        frame->pc = pc;
        if (tpy_icache_load_attr_unboxed(ic, obj, consts[OP(2)],
                                         (TpyValueKind)frame->code->reg_kinds[A], &R[A]) < 0)
            goto error;
        NEXT(4);
    }
    TARGET(LOAD_ATTR_C128) {
        TpyObject *obj = R[OP(1)].o;
        TpyInlineCache *ic = &frame->code->caches[OP(3)];
        const TpyCacheEntry *e = tpy_icache_find(ic, obj);
        if (e != NULL) {
            TpyValue *f = (TpyValue *)((char *)obj + e->offset);
            R[A] = f[0];
            R[A + 1] = f[1];
            NEXT(4);
        }
        frame->pc = pc;
        if (tpy_icache_load_attr_unboxed(ic, obj, consts[OP(2)], TPY_KIND_C128, &R[A]) < 0)
            goto error;
        NEXT(4);
    }
    TARGET(STORE_ATTR) {
        TpyObject *obj = R[A].o;
        TpyInlineCache *ic = &frame->code->caches[OP(3)];
        const TpyCacheEntry *e = tpy_icache_find(ic, obj);
        if (e != NULL) {
            TpyObject **slot = (TpyObject **)((char *)obj + e->offset);
            TpyObject *v = R[OP(2)].o;
            tpy_incref(v);
            TpyObject *old = *slot;
            *slot = v;
            tpy_xdecref(old);
            NEXT(4);
        }
        frame->pc = pc;
        if (tpy_icache_store_attr(ic, obj, consts[OP(1)], TPY_KIND_OBJ, &R[OP(2)]) < 0)
            goto error;
        NEXT(4);
    }
    TARGET(STORE_ATTR_VAL) {
        TpyObject *obj = R[A].o;
        TpyInlineCache *ic = &frame->code->caches[OP(3)];
        const TpyCacheEntry *e = tpy_icache_find(ic, obj);
        if (e != NULL) {
            *(TpyValue *)((char *)obj + e->offset) = R[OP(2)];
            NEXT(4);
        }
        frame->pc = pc;
        if (tpy_icache_store_attr(ic, obj, consts[OP(1)],
                                  (TpyValueKind)frame->code->reg_kinds[OP(2)], &R[OP(2)]) < 0)
            goto error;
        NEXT(4);
    }
    TARGET(STORE_ATTR_C128) {
        TpyObject *obj = R[A].o;
        TpyInlineCache *ic = &frame->code->caches[OP(3)];
        uint32_t c = OP(2);
        const TpyCacheEntry *e = tpy_icache_find(ic, obj);
        if (e != NULL) {
            TpyValue *f = (TpyValue *)((char *)obj + e->offset);
            f[0] = R[c];
            f[1] = R[c + 1];
            NEXT(4);
        }
        frame->pc = pc;
        if (tpy_icache_store_attr(ic, obj, consts[OP(1)], TPY_KIND_C128, &R[c]) < 0)
            goto error;
        NEXT(4);
    }

    /* ---- calls */
    TARGET(CALL) {
        TpyObject *callee = R[OP(1)].o;
        uint32_t first = OP(2), nargs = OP(3), kw = OP(4);
        TpyObject *kwnames = kw == TPY_NO_REG ? NULL : consts[kw];
        if (tpy_function_check(callee) &&
            !(((TpyFunction *)callee)->code->flags & TPY_CODE_GENERATOR)) {
            TpyFunction *f = (TpyFunction *)callee;
            callee_frame = tpy_frame_push(f);
            if (callee_frame == NULL)
                goto error;
            if (tpy_function_bind(f, callee_frame->regs, &R[first].o, nargs, kwnames) < 0) {
                tpy_frame_pop(callee_frame);
                release_block(&R[first], nargs + kw_count(kwnames));
                goto error;
            }
            release_block(&R[first], nargs + kw_count(kwnames));
            callee_frame->ret_dst = A | 0x80000000u;   /* box the result */
            goto push_frame_with_callee;
        push_frame_with_callee:
            frame->pc = pc;
            callee_frame->back = frame;
            frame = callee_frame;
            if (++tpy_interp_depth > recursion_limit) {
                tpy_err_format(&tpy_RecursionError_type, "maximum recursion depth exceeded");
                pc = 0;
                LOAD_FRAME_STATE();
                goto error_leave_frame;
            }
            tpy_frame_current = frame;
            LOAD_FRAME_STATE();
            pc = 0;
            if (sigint_pending && tpy_interp_check_signals() < 0)
                goto error;
            DISPATCH();
        }
        TpyObject *r = tpy_object_call(callee, &R[first].o, nargs, kwnames);
        release_block(&R[first], nargs + kw_count(kwnames));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(5);
    }
    TARGET(CALL_EX) {
        TpyObject *callee = R[OP(1)].o, *args = R[OP(2)].o;
        uint32_t kwreg = OP(3);
        TpyObject *kw = kwreg == TPY_NO_REG ? NULL : R[kwreg].o;
        frame->pc = pc;
        TpyObject *r = tpy_interp_call_ex(callee, args, kw);
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(4);
    }
    TARGET(CALL_FUNC) {
        TpyFunction *f = (TpyFunction *)R[OP(1)].o;
        uint32_t first = OP(2), nargs = OP(3);
        TpyCode *callee_code = f->code;
        callee_frame = (callee_code->flags & TPY_CODE_GENERATOR)
                                     ? tpy_frame_new_heap(f)
                                     : tpy_frame_push(f);
        if (callee_frame == NULL)
            goto error;
        uint32_t cur = first, p;
        for (p = 0; p < nargs; p++) {
            uint8_t kind = callee_code->param_kinds[p];
            uint32_t dst = callee_code->param_regs[p];
            callee_frame->regs[dst] = R[cur];
            if (kind == TPY_KIND_OBJ)
                R[cur].o = NULL;
            else if (kind == TPY_KIND_C128)
                callee_frame->regs[dst + 1] = R[cur + 1];
            cur += kind == TPY_KIND_C128 ? 2 : 1;
        }
        for (; p < callee_code->nparams; p++) {
            TpyObject *d = f->defaults != NULL ? f->defaults[p] : NULL;
            TpyValue *slot = &callee_frame->regs[callee_code->param_regs[p]];
            int rc;
            if (d != NULL) {
                rc = tpy_value_unbox(d, (TpyValueKind)callee_code->param_kinds[p], slot);
            } else if ((callee_code->flags & TPY_CODE_VARARGS) && p == callee_code->npositional) {
                slot->o = tpy_tuple_new(0);
                rc = slot->o != NULL ? 0 : -1;
            } else if ((callee_code->flags & TPY_CODE_VARKW) && p == callee_code->nparams - 1) {
                slot->o = tpy_dict_new();
                rc = slot->o != NULL ? 0 : -1;
            } else {
                tpy_err_format(&tpy_TypeError_type, "%s() missing required argument '%s'",
                               callee_code->qualname, callee_code->param_names[p]);
                rc = -1;
            }
            if (rc < 0) {
                if (callee_code->flags & TPY_CODE_GENERATOR)
                    tpy_frame_free_heap(callee_frame);
                else
                    tpy_frame_pop(callee_frame);
                goto error;
            }
        }
        if (callee_code->flags & TPY_CODE_GENERATOR) {
            TpyObject *g = tpy_gen_new(callee_frame);
            if (g == NULL)
                goto error;
            SET_OBJ(A, g);
            NEXT(4);
        }
        callee_frame->ret_dst = A;
        goto push_frame_with_callee;
    }
    TARGET(CALL_NATIVE) {
        const TpyMethodDef *def = frame->code->natives[OP(1)];
        uint32_t first = OP(2), nargs = OP(3), kw = OP(4);
        frame->pc = pc;
        TpyObject *kwn = kw == TPY_NO_REG ? NULL : consts[kw];
        TpyObject *r = def->fn(&R[first].o, nargs, kwn);
        release_block(&R[first], nargs + kw_count(kwn));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(5);
    }
    TARGET(CALL_METHOD) {
        TpyObject *name = consts[OP(1)];
        uint32_t first = OP(2), nargs = OP(3), kw = OP(4);
        TpyObject *kwnames = kw == TPY_NO_REG ? NULL : consts[kw];
        TpyObject *self = R[first].o;
        TpyType *type = tpy_type_of(self);
        if (type->flags & TPY_TPFLAG_HEAPTYPE) {
            TpyObject *m = find_user_method(type, name);
            if (m != NULL && !(((TpyFunction *)m)->code->flags & TPY_CODE_GENERATOR)) {
                TpyFunction *f = (TpyFunction *)m;
                callee_frame = tpy_frame_push(f);
                if (callee_frame == NULL)
                    goto error;
                if (tpy_function_bind(f, callee_frame->regs, &R[first].o, nargs, kwnames) < 0) {
                    tpy_frame_pop(callee_frame);
                    release_block(&R[first], nargs + kw_count(kwnames));
                    goto error;
                }
                release_block(&R[first], nargs + kw_count(kwnames));
                callee_frame->ret_dst = A | 0x80000000u;
                goto push_frame_with_callee;
            }
        }
        frame->pc = pc;
        TpyObject *r = call_method_slow(name, &R[first].o, nargs, kwnames);
        release_block(&R[first], nargs + kw_count(kwnames));
        if (r == NULL)
            goto error;
        SET_OBJ(A, r);
        NEXT(5);
    }
    TARGET(RETURN) {
        ret_kind = frame->code->ret_kind;
        ret_v[0] = R[A];
        ret_v[1] = ret_kind == TPY_KIND_C128 ? R[A + 1] : (TpyValue){ .i = 0 };
        if (ret_kind == TPY_KIND_OBJ)
            R[A].o = NULL;
        goto do_return;
    }
    TARGET(RETURN_NONE) {
        ret_kind = frame->code->ret_kind;
        ret_v[0].i = 0;
        ret_v[1].i = 0;
        if (ret_kind == TPY_KIND_OBJ)
            ret_v[0].o = tpy_newref(tpy_None);
        goto do_return;
    }
    TARGET(MAKE_FUNCTION) {
        TpyCode *fcode = (TpyCode *)consts[OP(1)];
        uint32_t dfirst = OP(2), nd = OP(3), cfirst = OP(4), nc = OP(5);
        TpyFunction *f = (TpyFunction *)tpy_function_new(fcode, &module->ob);
        if (f == NULL)
            goto error;
        if (nd > 0) {
            f->defaults = calloc(fcode->nparams > 0 ? fcode->nparams : 1, sizeof(TpyObject *));
            if (f->defaults == NULL) {
                tpy_decref(&f->ob);
                tpy_err_nomemory();
                goto error;
            }
            for (uint32_t i = 0; i < nd && i < fcode->nparams; i++) {
                f->defaults[i] = R[dfirst + i].o;
                R[dfirst + i].o = NULL;
            }
        }
        if (nc > 0) {
            f->cells = calloc(nc, sizeof(TpyObject *));
            if (f->cells == NULL) {
                tpy_decref(&f->ob);
                tpy_err_nomemory();
                goto error;
            }
            f->ncells = nc;
            for (uint32_t i = 0; i < nc; i++) {
                f->cells[i] = R[cfirst + i].o;
                R[cfirst + i].o = NULL;
            }
        }
        SET_OBJ(A, &f->ob);
        NEXT(6);
    }
    TARGET(MAKE_CLASS) {
        frame->pc = pc;
        TpyObject *cls = tpy_interp_make_class(frame, consts[OP(1)], &R[OP(2)], OP(3), NULL, 0);
        if (cls == NULL)
            goto error;
        SET_OBJ(A, cls);
        NEXT(4);
    }
    TARGET(SUPER) {
        TpyObject *s = tpy_super_new((TpyType *)R[OP(1)].o, R[OP(2)].o);
        if (s == NULL)
            goto error;
        SET_OBJ(A, s);
        NEXT(3);
    }
    TARGET(IMPORT) {
        frame->pc = pc;
        const char *name = tpy_str_as_utf8(consts[OP(1)], NULL);
        TpyObject *m = name != NULL ? tpy_module_import(name) : NULL;
        if (m == NULL)
            goto error;
        tpy_incref(m);
        SET_OBJ(A, m);
        NEXT(2);
    }
    TARGET(IMPORT_FROM) {
        TpyObject *r = tpy_object_getattr(R[OP(1)].o, consts[OP(2)]);
        if (r == NULL) {
            if (tpy_err_matches(&tpy_AttributeError_type)) {
                tpy_err_clear();
                const char *n = tpy_str_as_utf8(consts[OP(2)], NULL);
                TpyObject *mn = tpy_object_getattr_str(R[OP(1)].o, "__name__");
                const char *ms = mn != NULL ? tpy_str_as_utf8(mn, NULL) : "?";
                tpy_err_format(&tpy_ImportError_type, "cannot import name '%s' from '%s'",
                               n != NULL ? n : "?", ms != NULL ? ms : "?");
                tpy_xdecref(mn);
            }
            goto error;
        }
        SET_OBJ(A, r);
        NEXT(3);
    }

    /* self.name(args) with typed arguments through an inline cache
     * (icache.h): a hit whose entry names a Python function pushes its frame
     * with the registers moved in as CALL_FUNC does; otherwise the call is
     * made generically with boxed arguments. */
    TARGET(CALL_METHOD_TYPED) {
        uint32_t first = OP(2), nargs = OP(3);
        TpyObject *self = R[first].o;
        TpyInlineCache *ic = &frame->code->caches[OP(4)];
        const uint8_t *kinds = frame->code->reg_kinds;
        const TpyCacheEntry *e = tpy_icache_find(ic, self);
        if (e == NULL)
            e = tpy_icache_fill_method(ic, self, consts[OP(1)], &kinds[first], nargs,
                                       (TpyValueKind)kinds[A]);
        TpyFunction *f = (TpyFunction *)e->function;
        if (f == NULL) {
            frame->pc = pc;
            if (tpy_icache_call_method_generic(consts[OP(1)], &R[first], &kinds[first], nargs, &R[A],
                                               (TpyValueKind)kinds[A]) < 0)
                goto error;
            NEXT(5);
        }
        callee_frame = tpy_frame_push(f);
        if (callee_frame == NULL)
            goto error;
        if (push_typed_args(f, callee_frame, &R[first], nargs) < 0) {
            tpy_frame_pop(callee_frame);
            goto error;
        }
        callee_frame->ret_dst = A | (e->box_result ? 0x80000000u : 0u);
        goto push_frame_with_callee;
    }

    /* ---- exceptions */
    TARGET(RAISE) {
        uint32_t cause = OP(1);
        if (A == TPY_NO_REG_A) {
            if (handled_exc == NULL) {
                tpy_err_format(&tpy_RuntimeError_type, "No active exception to reraise");
                goto error;
            }
            tpy_err_restore(tpy_newref(handled_exc));
            reraise = true;
            goto error;
        }
        TpyObject *e = make_raise(R[A].o, cause == TPY_NO_REG ? NULL : R[cause].o);
        /* the operands are temporaries the raise consumes: left in the frame
         * they would be captured by the traceback (exc -> tb -> exc cycle) */
        tpy_clear(R[A].o);
        if (cause != TPY_NO_REG)
            tpy_clear(R[cause].o);
        if (e == NULL)
            goto error;
        tpy_err_raise(e);
        goto error;
    }
    TARGET(RERAISE) {
        TpyObject *e = R[A].o;
        R[A].o = NULL;
        tpy_err_restore(e);
        reraise = true;
        goto error;
    }
    TARGET(PUSH_HANDLED) {
        TpyObject *e = R[A].o;
        tpy_xincref(e);
        SET_OBJ(OP(1), handled_exc);
        handled_exc = e;
        NEXT(2);
    }
    TARGET(POP_HANDLED) {
        TpyObject *old = handled_exc;
        handled_exc = R[A].o;
        R[A].o = NULL;
        tpy_xdecref(old);
        NEXT(1);
    }
    TARGET(EXC_MATCH) {
        R[A].i = exc_match(R[OP(1)].o, R[OP(2)].o);
        NEXT(3);
    }
    TARGET(ASSERT_FAIL) {
        if (A == TPY_NO_REG_A)
            tpy_err_set_object(&tpy_AssertionError_type, NULL);
        else
            tpy_err_set_object(&tpy_AssertionError_type, R[A].o);
        goto error;
    }
    TARGET(RAISE_ERROR) {
        const char *msg = tpy_str_as_utf8(consts[OP(1)], NULL);
        TpyType *t = tpy_exc_builtin_types[A];
        tpy_err_format(t, "%s", msg != NULL ? msg : "");
        goto error;
    }
    TARGET(WITH_ENTER) {
        TpyObject *mgr = R[A].o;
        TpyObject *exit_fn = tpy_object_getattr_str(mgr, "__exit__");
        if (exit_fn == NULL)
            goto error;
        SET_OBJ(OP(1), exit_fn);
        TpyObject *enter_fn = tpy_object_getattr_str(mgr, "__enter__");
        if (enter_fn == NULL)
            goto error;
        TpyObject *r = tpy_object_call(enter_fn, NULL, 0, NULL);
        tpy_decref(enter_fn);
        if (r == NULL)
            goto error;
        SET_OBJ(OP(2), r);
        NEXT(3);
    }
    TARGET(WITH_EXIT) {
        uint32_t b = OP(1);
        int t = with_exit(R[A].o, b == TPY_NO_REG ? NULL : R[b].o);
        if (t < 0)
            goto error;
        R[OP(2)].i = t;
        NEXT(3);
    }

    /* ---- generators */
    TARGET(YIELD) {
        uint32_t value = OP(1);
        result[0].o = R[value].o;
        R[value].o = NULL;
        result[1].i = 0;
        frame->pc = pc;           /* gen.c resumes after it, storing the sent value in A */
        frame->ret_dst = A;
        tpy_interp_depth--;
        tpy_frame_current = saved_current;
        return TPY_INTERP_YIELD;
    }
    TARGET(YIELD_FROM_SEND) {
        TpyObject *v;
        int st = tpy_gen_delegate(R[OP(1)].o, R[OP(2)].o, &v);
        if (st < 0)
            goto error;
        SET_OBJ(A, v);
        if (st == 1) {
            pc = OP(3);
            DISPATCH();
        }
        NEXT(4);
    }

#if !USE_COMPUTED_GOTO
    default:
        tpy_err_format(&tpy_SystemError_type, "unknown opcode %u", (unsigned)(ins & 0xff));
        goto error;
    }
#endif

do_return:
    /* ret_v holds the result of kind ret_kind (an owned reference for OBJ). */
    if (frame == entry) {
        result[0] = ret_v[0];
        result[1] = ret_v[1];
        tpy_interp_depth--;
        tpy_frame_current = saved_current;
        return TPY_INTERP_RETURN;
    }
    {
        TpyFrame *caller = frame->back;
        uint32_t dst = frame->ret_dst;
        tpy_frame_pop(frame);
        tpy_interp_depth--;
        frame = caller;
        tpy_frame_current = frame;
        LOAD_FRAME_STATE();
        pc = frame->pc;
        if (dst & 0x80000000u) {
            dst &= 0x7fffffffu;
            TpyObject *boxed = ret_kind == TPY_KIND_OBJ ? ret_v[0].o
                                                        : tpy_value_box(ret_v, (TpyValueKind)ret_kind);
            if (boxed == NULL)
                goto error;
            SET_OBJ(dst, boxed);
        } else if (ret_kind == TPY_KIND_OBJ) {
            SET_OBJ(dst, ret_v[0].o);
        } else {
            R[dst] = ret_v[0];
            if (ret_kind == TPY_KIND_C128)
                R[dst + 1] = ret_v[1];
        }
        NEXT(tpy_opcode_units(code[pc] & 0xff));
    }

error:
    /* An exception is pending; pc is the failing instruction of `frame`. */
    exc = tpy_err_fetch();
    if (exc == NULL) {
        tpy_err_format(&tpy_SystemError_type, "error return without exception set");
        exc = tpy_err_fetch();
    }
    if (!reraise) {
        if (tpy_exc_check(exc)) {
            TpyBaseException *e = TPY_EXC_OBJ(exc);
            if (e->traceback == NULL && e->context == NULL && handled_exc != NULL &&
                handled_exc != exc) {
                tpy_incref(handled_exc);
                tpy_exc_set_context(exc, handled_exc);
            }
        }
        tpy_traceback_add(exc, frame->code, tpy_code_line(frame->code, pc));
    }
    reraise = false;
    for (;;) {
        const TpyExcEntry *h = tpy_code_find_handler(frame->code, pc);
        if (h != NULL) {
            const uint8_t *kinds = frame->code->reg_kinds;
            for (uint32_t i = h->temp_base; i < frame->code->nregs; i++)
                if (kinds[i] == TPY_KIND_OBJ)
                    tpy_clear(R[i].o);
            SET_OBJ(h->exc_reg, exc);
            exc = NULL;
            pc = h->handler;
            DISPATCH();
        }
    error_leave_frame_locals:
        tpy_traceback_attach_locals(exc, tpy_frame_take_locals(frame));
        if (frame == entry) {
            tpy_interp_depth--;
            tpy_frame_current = saved_current;
            tpy_err_restore(exc);
            return TPY_INTERP_ERROR;
        }
        {
            TpyFrame *caller = frame->back;
            tpy_frame_pop(frame);
            tpy_interp_depth--;
            frame = caller;
            tpy_frame_current = frame;
            LOAD_FRAME_STATE();
            pc = frame->pc;
            tpy_traceback_add(exc, frame->code, tpy_code_line(frame->code, pc));
        }
    }

error_leave_frame:
    /* A frame was pushed but could not start (recursion limit): drop it
     * without a traceback entry and continue unwinding in its caller. */
    exc = tpy_err_fetch();
    {
        TpyFrame *caller = frame->back;
        tpy_frame_pop(frame);
        tpy_interp_depth--;
        frame = caller;
        tpy_frame_current = frame;
        LOAD_FRAME_STATE();
        pc = frame->pc;
        reraise = false;
        tpy_traceback_add(exc, frame->code, tpy_code_line(frame->code, pc));
    }
    for (;;) {
        const TpyExcEntry *h = tpy_code_find_handler(frame->code, pc);
        if (h != NULL) {
            const uint8_t *kinds = frame->code->reg_kinds;
            for (uint32_t i = h->temp_base; i < frame->code->nregs; i++)
                if (kinds[i] == TPY_KIND_OBJ)
                    tpy_clear(R[i].o);
            SET_OBJ(h->exc_reg, exc);
            exc = NULL;
            pc = h->handler;
            DISPATCH();
        }
        goto error_leave_frame_locals;
    }
}
