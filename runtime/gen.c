/* runtime/gen.c: generator objects (see gen.h).
 *
 * The generator owns a heap frame.  Resuming runs tpy_interp_run on it: the
 * loop returns TPY_INTERP_YIELD at a YIELD (frame->pc stays on the YIELD,
 * frame->ret_dst names the register for the sent value), TPY_INTERP_RETURN
 * at the end.  close() and deallocation of an unfinished generator raise
 * GeneratorExit at the suspended YIELD, so its `finally` blocks and `with`
 * exits run deterministically, as in CPython.
 */
#include "gen.h"

#include "gc.h"

#include <stdio.h>
#include <stdlib.h>

#include "abstract.h"
#include "exc.h"
#include "interp.h"
#include "none.h"
#include "str.h"
#include "traceback.h"

TpyObject *tpy_gen_new(TpyFrame *frame)
{
    TpyGenerator *g = (TpyGenerator *)tpy_object_new(&tpy_generator_type);
    if (g == NULL) {
        tpy_frame_free_heap(frame);
        return NULL;
    }
    g->frame = frame;
    g->name = tpy_str_from_cstr(frame->code->name);
    if (g->name == NULL) {
        tpy_decref(&g->ob);
        return NULL;
    }
    return &g->ob;
}

static void gen_finish(TpyGenerator *g)
{
    TpyFrame *frame = g->frame;
    g->frame = NULL;
    if (frame != NULL)
        tpy_frame_free_heap(frame);
}

/* Resume with `value` (borrowed) or, when throwing, with the exception
 * already pending (value NULL). */
static TpyObject *gen_resume(TpyGenerator *g, TpyObject *value)
{
    if (g->frame == NULL) {
        if (value == NULL)
            return NULL;   /* the pending exception propagates */
        return NULL;
    }
    if (g->running) {
        if (value == NULL)
            tpy_err_clear();
        return tpy_err_format(&tpy_ValueError_type, "generator already executing");
    }
    TpyFrame *frame = g->frame;
    if (g->started) {
        if (value != NULL) {
            if (frame->ret_dst != TPY_NO_REG_A) {
                TpyValue *slot = &frame->regs[frame->ret_dst];
                tpy_incref(value);
                TpyObject *old = slot->o;
                slot->o = value;
                tpy_xdecref(old);
            }
            frame->pc += (uint32_t)tpy_opcode_units(TPY_OP_YIELD);
        }
    } else {
        if (value == NULL) {
            /* throw into a generator that never ran: it just finishes */
            gen_finish(g);
            return NULL;
        }
        if (value != tpy_None) {
            return tpy_err_format(&tpy_TypeError_type,
                                  "can't send non-None value to a just-started generator");
        }
        g->started = true;
    }
    g->running = true;
    TpyValue result[2];
    TpyInterpStatus status = tpy_interp_run(frame, result);
    g->running = false;
    if (status == TPY_INTERP_YIELD)
        return result[0].o;
    if (status == TPY_INTERP_RETURN) {
        gen_finish(g);
        TpyObject *r = result[0].o;
        if (r != NULL && r != tpy_None) {
            tpy_err_set_object(&tpy_StopIteration_type, r);
            tpy_decref(r);
            return NULL;
        }
        tpy_xdecref(r);
        return NULL;
    }
    gen_finish(g);
    if (tpy_err_matches(&tpy_StopIteration_type)) {
        TpyObject *cause = tpy_err_fetch();
        tpy_err_format(&tpy_RuntimeError_type, "generator raised StopIteration");
        TpyObject *exc = tpy_err_fetch();
        tpy_incref(cause);
        tpy_exc_set_cause(exc, cause);
        tpy_exc_set_context(exc, cause);
        tpy_err_restore(exc);
    }
    return NULL;
}

TpyObject *tpy_gen_send(TpyObject *gen, TpyObject *value)
{
    return gen_resume((TpyGenerator *)gen, value);
}

int tpy_gen_delegate(TpyObject *it, TpyObject *sent, TpyObject **out)
{
    TpyObject *r;
    if (tpy_type_of(it) == &tpy_generator_type)
        r = gen_resume((TpyGenerator *)it, sent);
    else if (sent == tpy_None) {
        TpyType *t = tpy_type_of(it);
        if (t->iternext == NULL) {
            tpy_err_format(&tpy_TypeError_type, "'%s' object is not an iterator", t->name);
            return -1;
        }
        r = t->iternext(it);
    } else {
        TpyObject *send = tpy_object_getattr_str(it, "send");
        if (send == NULL)
            return -1;
        r = tpy_object_call(send, &sent, 1, NULL);
        tpy_decref(send);
    }
    if (r != NULL) {
        *out = r;
        return 0;
    }
    if (tpy_err_occurred() == NULL) {
        *out = tpy_newref(tpy_None);
        return 1;
    }
    if (!tpy_err_matches(&tpy_StopIteration_type))
        return -1;
    TpyObject *exc = tpy_err_fetch();
    *out = tpy_newref(tpy_exc_stopiteration_value(exc));
    tpy_decref(exc);
    return 1;
}

int tpy_gen_close(TpyObject *gen)
{
    TpyGenerator *g = (TpyGenerator *)gen;
    if (g->frame == NULL)
        return 0;
    if (!g->started) {
        gen_finish(g);
        return 0;
    }
    tpy_err_set_object(&tpy_GeneratorExit_type, NULL);
    TpyObject *r = gen_resume(g, NULL);
    if (r != NULL) {
        tpy_decref(r);
        gen_finish(g);
        tpy_err_format(&tpy_RuntimeError_type, "generator ignored GeneratorExit");
        return -1;
    }
    if (tpy_err_occurred() == NULL)
        return 0;
    if (tpy_err_matches(&tpy_GeneratorExit_type) || tpy_err_matches(&tpy_StopIteration_type)) {
        tpy_err_clear();
        return 0;
    }
    return -1;
}

static void gen_dealloc(TpyObject *self)
{
    TpyGenerator *g = (TpyGenerator *)self;
    if (g->frame != NULL && g->started) {
        /* Keep the object alive while its finally blocks run. */
        self->refcount = 1;
        TpyObject *saved = tpy_err_fetch();
        if (tpy_gen_close(self) < 0)
            tpy_traceback_write_unraisable(self);
        tpy_err_restore(saved);
        if (--self->refcount != 0) {
            tpy_gc_track(self);   /* resurrected: a live object again (gc.h) */
            return;
        }
    }
    gen_finish(g);
    tpy_clear(g->name);
    tpy_object_free(self);
}

static int gen_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyGenerator *g = (TpyGenerator *)self;
    if (g->frame == NULL)
        return 0;
    const uint8_t *kinds = g->frame->code->reg_kinds;
    for (uint32_t i = 0; i < g->frame->nslots; i++)
        if (kinds[i] == TPY_KIND_OBJ && g->frame->regs[i].o != NULL &&
            visit(g->frame->regs[i].o, arg) < 0)
            return -1;
    return visit(&g->frame->func->ob, arg);
}

static void gen_clear(TpyObject *self)
{
    gen_finish((TpyGenerator *)self);
}

static TpyObject *gen_iter(TpyObject *self)
{
    return tpy_newref(self);
}

static TpyObject *gen_iternext(TpyObject *self)
{
    return gen_resume((TpyGenerator *)self, tpy_None);
}

static TpyObject *gen_repr(TpyObject *self)
{
    TpyGenerator *g = (TpyGenerator *)self;
    char buf[256];
    snprintf(buf, sizeof buf, "<generator object %s at %p>",
             g->frame != NULL ? g->frame->code->qualname : tpy_str_as_utf8(g->name, NULL),
             (void *)self);
    return tpy_str_from_cstr(buf);
}

static TpyObject *gen_m_send(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (nargs != 2 || kwnames != NULL)
        return tpy_err_format(&tpy_TypeError_type, "send() takes exactly one argument");
    TpyObject *r = gen_resume((TpyGenerator *)args[0], args[1]);
    if (r == NULL && tpy_err_occurred() == NULL)
        tpy_err_set_object(&tpy_StopIteration_type, NULL);
    return r;
}

static TpyObject *gen_m_close(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    (void)nargs;
    (void)kwnames;
    if (tpy_gen_close(args[0]) < 0)
        return NULL;
    return tpy_newref(tpy_None);
}

static const TpyMethodDef gen_methods[] = {
    { "send", gen_m_send, 0 },
    { "close", gen_m_close, 0 },
    { NULL, NULL, 0 },
};

TpyType tpy_generator_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "generator",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyGenerator),
    .flags = TPY_TPFLAG_GC | TPY_TPFLAG_HAS_WEAKLIST,
    .weaklist_offset = offsetof(TpyGenerator, weaklist),
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
};
