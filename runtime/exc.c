/* runtime/exc.c: the builtin exception types and the pending-exception state.
 *
 * The hierarchy is CPython 3.11's, generated from exc.def (one static TpyType
 * per line, base pointers as in CPython).  Every builtin exception shares one
 * instance layout, TpyBaseException: args, notes, traceback, __context__,
 * __cause__, __suppress_context__, plus three "extra" slots whose meaning
 * depends on the kind of exception:
 *   STOPITER   extra[0] = value (args[0] or None)
 *   SYSTEMEXIT extra[0] = code (None, args[0], or args)
 *   OS         extra[0..2] = errno, strerror, filename (2 or 3 arguments)
 *   NAMED      extra[0] = name (NameError/AttributeError/ImportError: None)
 * str(e) follows BaseException_str: '' for no argument, str(args[0]) for one,
 * str(args) for more; KeyError uses repr(args[0]) (so str(KeyError('a')) is
 * "'a'"), OSError prints "[Errno 2] msg: 'file'".  repr(e) is Name(args...).
 *
 * Pending exception: a single global slot (tpy is single-threaded).  A
 * failing runtime function sets it and returns NULL/-1 (STYLE.md, "Errors").
 * MemoryError can be raised without allocating: tpy_err_nomemory hands out a
 * preallocated static instance.
 */
#include "exc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "alloc.h"
#include "bool.h"
#include "list.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

enum { KIND_PLAIN, KIND_KEY, KIND_STOPITER, KIND_SYSTEMEXIT, KIND_OS, KIND_NAMED };

static TpyObject *pending;

/* ---------------------------------------------------------------- instances */

static int kind_of(const TpyType *type);

static TpyObject *args_or_empty(TpyBaseException *e)
{
    if (e->args != NULL)
        return tpy_newref(e->args);
    return tpy_tuple_new(0);
}

TpyObject *tpy_exc_get_args(TpyObject *exc)
{
    return args_or_empty(TPY_EXC_OBJ(exc));
}

// Fill the kind-specific attributes from args (as the C constructors of
// CPython's StopIteration, SystemExit and OSError do).
static void init_extra(TpyBaseException *e, TpyObject *const *args, int64_t nargs)
{
    switch (kind_of(e->ob.type)) {
    case KIND_STOPITER:
        e->extra[0] = tpy_newref(nargs > 0 ? args[0] : tpy_None);
        break;
    case KIND_SYSTEMEXIT:
        if (nargs == 0)
            e->extra[0] = tpy_newref(tpy_None);
        else if (nargs == 1)
            e->extra[0] = tpy_newref(args[0]);
        else
            e->extra[0] = tpy_newref(e->args);
        break;
    case KIND_OS:
        if (nargs >= 2 && nargs <= 5) {
            e->extra[0] = tpy_newref(args[0]);
            e->extra[1] = tpy_newref(args[1]);
            if (nargs >= 3)
                e->extra[2] = tpy_newref(args[2]);
        }
        break;
    default:
        break;
    }
}

// OSError(errno, ...) builds the subclass for that errno, as CPython does.
static TpyType *os_subclass(TpyType *type, TpyObject *const *args, int64_t nargs)
{
    if (type != &tpy_OSError_type || nargs < 2 || !tpy_is_smallint(args[0]))
        return type;
    switch (tpy_smallint_value(args[0])) {
    case EAGAIN: return &tpy_BlockingIOError_type;
    case EALREADY: return &tpy_BlockingIOError_type;
    case EINPROGRESS: return &tpy_BlockingIOError_type;
    case ECHILD: return &tpy_ChildProcessError_type;
    case EPIPE: return &tpy_BrokenPipeError_type;
    case ESHUTDOWN: return &tpy_BrokenPipeError_type;
    case ECONNABORTED: return &tpy_ConnectionAbortedError_type;
    case ECONNREFUSED: return &tpy_ConnectionRefusedError_type;
    case ECONNRESET: return &tpy_ConnectionResetError_type;
    case EEXIST: return &tpy_FileExistsError_type;
    case ENOENT: return &tpy_FileNotFoundError_type;
    case EISDIR: return &tpy_IsADirectoryError_type;
    case ENOTDIR: return &tpy_NotADirectoryError_type;
    case EINTR: return &tpy_InterruptedError_type;
    case EACCES: return &tpy_PermissionError_type;
    case EPERM: return &tpy_PermissionError_type;
    case ESRCH: return &tpy_ProcessLookupError_type;
    case ETIMEDOUT: return &tpy_TimeoutError_type;
    default: return type;
    }
}

/* type(*args): a new exception instance (new reference) or NULL. */
TpyObject *tpy_exc_new(TpyType *type, TpyObject *const *args, int64_t nargs)
{
    type = os_subclass(type, args, nargs);
    TpyObject *tuple = tpy_tuple_from_array(args, nargs);
    if (tuple == NULL)
        return NULL;
    TpyObject *o = tpy_object_new(type);
    if (o == NULL) {
        tpy_decref(tuple);
        return NULL;
    }
    TpyBaseException *e = TPY_EXC_OBJ(o);
    e->args = tuple;
    init_extra(e, args, nargs);
    return o;
}

static TpyObject *exc_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                TpyObject *kwnames)
{
    if (kwnames != NULL && TPY_TUPLE_SIZE(kwnames) != 0)
        return tpy_err_format(&tpy_TypeError_type, "%s() takes no keyword arguments",
                              type->name);
    return tpy_exc_new(type, args, nargs);
}

static int exc_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyBaseException *e = TPY_EXC_OBJ(self);
    TpyObject *fields[] = {e->args, e->notes, e->traceback, e->context, e->cause,
                           e->extra[0], e->extra[1], e->extra[2]};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r != 0)
                return r;
        }
    }
    return 0;
}

static void exc_clear(TpyObject *self)
{
    TpyBaseException *e = TPY_EXC_OBJ(self);
    tpy_clear(e->args);
    tpy_clear(e->notes);
    tpy_clear(e->traceback);
    tpy_clear(e->context);
    tpy_clear(e->cause);
    for (int i = 0; i < 3; i++)
        tpy_clear(e->extra[i]);
}

static void recycle_memory_error(void);

static void exc_dealloc(TpyObject *self)
{
    if (tpy_exc_is_static_memory_error(self)) {
        recycle_memory_error();   // static: keep the memory, drop what it holds
        return;
    }
    exc_clear(self);
    tpy_object_free(self);
}

/* ---------------------------------------------------------------- str / repr */

static TpyObject *exc_str(TpyObject *self)
{
    TpyBaseException *e = TPY_EXC_OBJ(self);
    int64_t n = e->args == NULL ? 0 : TPY_TUPLE_SIZE(e->args);
    int kind = kind_of(self->type);
    if (kind == KIND_OS && e->extra[0] != NULL && e->extra[1] != NULL) {
        TpyObject *err = tpy_object_str(e->extra[0]), *msg = tpy_object_str(e->extra[1]);
        TpyObject *file = e->extra[2] != NULL ? tpy_object_repr(e->extra[2]) : NULL;
        TpyObject *result = NULL;
        if (err != NULL && msg != NULL && (e->extra[2] == NULL || file != NULL)) {
            TpyStrBuilder b;
            tpy_strbuilder_init(&b);
            if (tpy_strbuilder_append_cstr(&b, "[Errno ") == 0 &&
                tpy_strbuilder_append_str(&b, err) == 0 &&
                tpy_strbuilder_append_cstr(&b, "] ") == 0 &&
                tpy_strbuilder_append_str(&b, msg) == 0 &&
                (file == NULL || (tpy_strbuilder_append_cstr(&b, ": ") == 0 &&
                                  tpy_strbuilder_append_str(&b, file) == 0)))
                result = tpy_strbuilder_finish(&b);
            else
                tpy_strbuilder_discard(&b);
        }
        tpy_xdecref(err);
        tpy_xdecref(msg);
        tpy_xdecref(file);
        return result;
    }
    if (n == 0)
        return tpy_str_empty();
    if (n == 1) {
        TpyObject *arg = TPY_TUPLE_ITEMS(e->args)[0];
        return kind == KIND_KEY ? tpy_object_repr(arg) : tpy_object_str(arg);
    }
    return tpy_object_str(e->args);
}

static TpyObject *exc_repr(TpyObject *self)
{
    TpyBaseException *e = TPY_EXC_OBJ(self);
    int64_t n = e->args == NULL ? 0 : TPY_TUPLE_SIZE(e->args);
    TpyObject *inner;
    if (n == 0)
        inner = tpy_str_from_cstr("()");
    else if (n == 1) {
        TpyObject *r = tpy_object_repr(TPY_TUPLE_ITEMS(e->args)[0]);
        if (r == NULL)
            return NULL;
        TpyStrBuilder b;
        tpy_strbuilder_init(&b);
        if (tpy_strbuilder_append_char(&b, '(') < 0 || tpy_strbuilder_append_str(&b, r) < 0 ||
            tpy_strbuilder_append_char(&b, ')') < 0) {
            tpy_decref(r);
            tpy_strbuilder_discard(&b);
            return NULL;
        }
        tpy_decref(r);
        inner = tpy_strbuilder_finish(&b);
    } else
        inner = tpy_object_repr(e->args);
    if (inner == NULL)
        return NULL;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    TpyObject *result = NULL;
    if (tpy_strbuilder_append_cstr(&b, self->type->name) == 0 &&
        tpy_strbuilder_append_str(&b, inner) == 0)
        result = tpy_strbuilder_finish(&b);
    else
        tpy_strbuilder_discard(&b);
    tpy_decref(inner);
    return result;
}

/* ---------------------------------------------------------------- attributes */

static TpyObject *or_none(TpyObject *o)
{
    return tpy_newref(o != NULL ? o : tpy_None);
}

static TpyObject *exc_getattr(TpyObject *self, TpyObject *name)
{
    TpyBaseException *e = TPY_EXC_OBJ(self);
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    int kind = kind_of(self->type);
    if (strcmp(n, "args") == 0)
        return args_or_empty(e);
    if (strcmp(n, "__cause__") == 0)
        return or_none(e->cause);
    if (strcmp(n, "__context__") == 0)
        return or_none(e->context);
    if (strcmp(n, "__traceback__") == 0)
        return or_none(e->traceback);
    if (strcmp(n, "__suppress_context__") == 0)
        return tpy_bool_from(e->suppress_context);
    if (strcmp(n, "__notes__") == 0 && e->notes != NULL)
        return tpy_newref(e->notes);
    if ((kind == KIND_STOPITER && strcmp(n, "value") == 0) ||
        (kind == KIND_SYSTEMEXIT && strcmp(n, "code") == 0) ||
        (kind == KIND_OS && strcmp(n, "errno") == 0) ||
        (kind == KIND_NAMED && strcmp(n, "name") == 0))
        return or_none(e->extra[0]);
    if (kind == KIND_OS && strcmp(n, "strerror") == 0)
        return or_none(e->extra[1]);
    if (kind == KIND_OS && strcmp(n, "filename") == 0)
        return or_none(e->extra[2]);
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          self->type->name, n);
}

static int exc_setattr(TpyObject *self, TpyObject *name, TpyObject *value)
{
    TpyBaseException *e = TPY_EXC_OBJ(self);
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return -1;
    if (strcmp(n, "__cause__") == 0 || strcmp(n, "__context__") == 0) {
        if (value != NULL && value != tpy_None && !tpy_exc_check(value)) {
            tpy_err_format(&tpy_TypeError_type,
                           "exception %s must be None or derive from BaseException",
                           n[2] == 'c' && n[3] == 'a' ? "cause" : "context");
            return -1;
        }
        TpyObject *v = (value == NULL || value == tpy_None) ? NULL : tpy_newref(value);
        if (n[3] == 'a')
            tpy_exc_set_cause(self, v);
        else
            tpy_exc_set_context(self, v);
        return 0;
    }
    if (strcmp(n, "__suppress_context__") == 0 && value != NULL) {
        int t = tpy_object_is_true(value);
        if (t < 0)
            return -1;
        e->suppress_context = t;
        return 0;
    }
    if (strcmp(n, "args") == 0 && value != NULL) {
        TpyObject *t = tpy_tuple_from_iterable(value);
        if (t == NULL)
            return -1;
        TpyObject *old = e->args;
        e->args = t;
        tpy_xdecref(old);
        return 0;
    }
    tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                   self->type->name, n);
    return -1;
}

void tpy_exc_set_cause(TpyObject *exc, TpyObject *value)
{
    TpyBaseException *e = TPY_EXC_OBJ(exc);
    TpyObject *old = e->cause;
    e->cause = value;
    e->suppress_context = true;
    tpy_xdecref(old);
}

void tpy_exc_set_context(TpyObject *exc, TpyObject *value)
{
    TpyBaseException *e = TPY_EXC_OBJ(exc);
    if (value == exc) {   // an exception is never its own context
        tpy_decref(value);
        return;
    }
    TpyObject *old = e->context;
    e->context = value;
    tpy_xdecref(old);
}

int tpy_exc_add_note(TpyObject *exc, TpyObject *note)
{
    TpyBaseException *e = TPY_EXC_OBJ(exc);
    if (!tpy_str_check(note)) {
        tpy_err_format(&tpy_TypeError_type, "note must be a str, not '%s'",
                       tpy_type_of(note)->name);
        return -1;
    }
    if (e->notes == NULL && (e->notes = tpy_list_new(0)) == NULL)
        return -1;
    return tpy_list_append(e->notes, note);
}

TpyObject *tpy_exc_stopiteration_value(TpyObject *exc)
{
    TpyObject *v = TPY_EXC_OBJ(exc)->extra[0];
    return v != NULL ? v : tpy_None;
}

static TpyObject *exc_method_add_note(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (nargs != 2)
        return tpy_err_format(&tpy_TypeError_type,
                              "BaseException.add_note() takes exactly one argument (%d given)",
                              (int)(nargs - 1));
    if (tpy_exc_add_note(args[0], args[1]) < 0)
        return NULL;
    return tpy_newref(tpy_None);
}

static TpyObject *exc_method_with_traceback(TpyObject *const *args, int64_t nargs,
                                            TpyObject *kwnames)
{
    if (nargs != 2)
        return tpy_err_format(&tpy_TypeError_type,
                              "BaseException.with_traceback() takes exactly one argument (%d given)",
                              (int)(nargs - 1));
    TpyBaseException *e = TPY_EXC_OBJ(args[0]);
    TpyObject *old = e->traceback;
    e->traceback = args[1] == tpy_None ? NULL : tpy_newref(args[1]);
    tpy_xdecref(old);
    return tpy_newref(args[0]);
}

static const TpyMethodDef exc_methods[] = {
    {"add_note", exc_method_add_note, 0},
    {"with_traceback", exc_method_with_traceback, 0},
    {NULL, NULL, 0},
};

static size_t exc_size_of(TpyObject *self)
{
    return self->type->basicsize;
}

/* ---------------------------------------------------------------- the types */

#define EXC_FLAGS (TPY_TPFLAG_GC | TPY_TPFLAG_BASETYPE | TPY_TPFLAG_EXCEPTION)

/* Each type stores its kind in `user` (a small integer cast to a pointer) so
 * that str() and attributes can tell StopIteration from OSError; user
 * subclasses created by class.c inherit the kind through their base chain. */
#define TPY_EXC_TYPE(name_, base_, kind_, module_)                         \
    TpyType tpy_##name_##_type = {                                         \
        .ob = TPY_STATIC_TYPE_HEADER,                                      \
        .name = #name_,                                                    \
        .module = module_,                                                 \
        .base = &tpy_##base_##_type,                                       \
        .basicsize = sizeof(TpyBaseException),                             \
        .flags = EXC_FLAGS,                                                \
        .dealloc = exc_dealloc,                                            \
        .traverse = exc_traverse,                                          \
        .clear = exc_clear,                                                \
        .repr = exc_repr,                                                  \
        .str = exc_str,                                                    \
        .hash = NULL,                                                      \
        .getattr = exc_getattr,                                            \
        .setattr = exc_setattr,                                            \
        .methods = exc_methods,                                            \
        .construct = exc_construct,                                        \
        .size_of = exc_size_of,                                            \
        .user = (void *)(uintptr_t)(KIND_##kind_ + 1),                     \
    };
#define TPY_EXC(name_, base_, kind_) TPY_EXC_TYPE(name_, base_, kind_, NULL)
#include "exc.def"
#undef TPY_EXC

/* Exceptions of stdlib modules (not in builtins, not in the table below). */
TPY_EXC_TYPE(FrozenInstanceError, AttributeError, NAMED, "dataclasses")
#undef TPY_EXC_TYPE

TpyType *const tpy_exc_builtin_types[] = {
#define TPY_EXC(name_, base_, kind_) &tpy_##name_##_type,
#include "exc.def"
#undef TPY_EXC
    NULL,
};

static int kind_of(const TpyType *type)
{
    // Walk up to the first builtin exception type (user classes keep `user`
    // for class.c's own data).
    for (; type != NULL; type = type->base) {
        if (!(type->flags & TPY_TPFLAG_HEAPTYPE) && (type->flags & TPY_TPFLAG_EXCEPTION))
            return (int)((uintptr_t)type->user - 1);
    }
    return KIND_PLAIN;
}

/* ---------------------------------------------------------------- pending exception */

/* The static MemoryError: raised without allocating.  Nobody owns it: its
 * count is the number of references handed out, and when the last one goes
 * exc_dealloc recycles it (drops the traceback, context, ... it collected)
 * instead of freeing it, so an uncaught MemoryError leaves no frames alive
 * at exit. */
/* MemoryError is a GC type: the object carries an (untracked) TpyGCHead in
 * front, as every GC object must (tpy_object_dealloc looks at it). */
static struct {
    TpyGCHead head;
    TpyBaseException exc;
} memory_error_storage = {
    .exc = {.ob = {.refcount = 0, .type = &tpy_MemoryError_type}},
};
#define memory_error (memory_error_storage.exc)

void tpy_err_raise(TpyObject *exc)
{
    TpyObject *old = pending;
    pending = exc;
    tpy_xdecref(old);
}

bool tpy_exc_is_static_memory_error(const TpyObject *o)
{
    return o == &memory_error.ob;
}

// Forget what a previous raise attached to the shared instance.
static void recycle_memory_error(void)
{
    tpy_clear(memory_error.context);
    tpy_clear(memory_error.cause);
    tpy_clear(memory_error.traceback);
    tpy_clear(memory_error.notes);
    memory_error.suppress_context = false;
}

TpyObject *tpy_err_nomemory(void)
{
    TpyObject *exc = &memory_error.ob;
    // Still referenced (`except MemoryError as e` kept it): start afresh.
    tpy_incref(exc);
    recycle_memory_error();
    tpy_err_raise(exc);
    return NULL;
}

TpyObject *tpy_err_set_object(TpyType *type, TpyObject *value)
{
    TpyObject *exc = tpy_exc_new(type, value != NULL ? &value : NULL, value != NULL ? 1 : 0);
    if (exc == NULL)
        return NULL;
    tpy_err_raise(exc);
    return NULL;
}

TpyObject *tpy_err_format(TpyType *type, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0, small[0] = '\0';
    char *text = small;
    if ((size_t)n >= sizeof small) {
        text = malloc((size_t)n + 1);
        if (text == NULL)
            return tpy_err_nomemory();
        va_start(ap, fmt);
        vsnprintf(text, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    TpyObject *msg = tpy_str_from_utf8(text, (size_t)n);
    if (text != small)
        free(text);
    if (msg == NULL)
        return NULL;
    tpy_err_set_object(type, msg);
    tpy_decref(msg);
    return NULL;
}

TpyObject *tpy_err_occurred(void)
{
    return pending;
}

bool tpy_exc_matches(TpyObject *exc, TpyType *type)
{
    return exc != NULL && tpy_type_is_subtype(tpy_type_of(exc), type);
}

bool tpy_err_matches(TpyType *type)
{
    return tpy_exc_matches(pending, type);
}

TpyObject *tpy_err_fetch(void)
{
    TpyObject *exc = pending;
    pending = NULL;
    return exc;
}

void tpy_err_restore(TpyObject *exc)
{
    tpy_err_raise(exc);
}

void tpy_err_clear(void)
{
    tpy_clear(pending);
}
