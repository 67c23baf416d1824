/* runtime/frame.c: the frame stack (see frame.h).
 *
 * Frames are carved out of chunks of 256 KiB; a chunk is kept when it
 * empties (the next call would need it again), so deep recursion pays the
 * malloc once.  Frames are pushed and popped strictly LIFO, which is what
 * makes this a stack: generator frames, which are not LIFO, go to the heap.
 */
#include "frame.h"

#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "moduleobj.h"
#include "tuple.h"

typedef struct Chunk {
    struct Chunk *prev;
    size_t size, used;          /* bytes */
    _Alignas(16) unsigned char data[];
} Chunk;

static Chunk *top_chunk;
TpyFrame *tpy_frame_current;

#define CHUNK_SIZE (256 * 1024)

static size_t frame_bytes(uint32_t nregs)
{
    size_t n = sizeof(TpyFrame) + (size_t)nregs * sizeof(TpyValue);
    return (n + 15) & ~(size_t)15;
}

static void *stack_alloc(size_t bytes)
{
    if (top_chunk != NULL && top_chunk->size - top_chunk->used >= bytes) {
        void *p = top_chunk->data + top_chunk->used;
        top_chunk->used += bytes;
        return p;
    }
    if (top_chunk != NULL && top_chunk->used == 0) {
        /* an empty chunk that is too small: replace it */
        Chunk *old = top_chunk;
        top_chunk = old->prev;
        free(old);
    }
    size_t size = bytes + sizeof(Chunk) > CHUNK_SIZE ? bytes + sizeof(Chunk) : CHUNK_SIZE;
    Chunk *c = malloc(size);
    if (c == NULL)
        return NULL;
    c->prev = top_chunk;
    c->size = size - sizeof(Chunk);
    c->used = bytes;
    top_chunk = c;
    return c->data;
}

static void stack_free(void *p, size_t bytes)
{
    /* LIFO: p is the last allocation of the top chunk. */
    Chunk *c = top_chunk;
    c->used -= bytes;
    (void)p;
    if (c->used == 0 && c->prev != NULL && c->prev->used > 0) {
        /* keep one spare chunk: free the one beyond it, if any */
    }
    if (c->used == 0 && c->prev != NULL) {
        /* pop back to the previous chunk, keeping this one as a spare
         * would break LIFO bookkeeping; free it. */
        top_chunk = c->prev;
        free(c);
    }
}

static void frame_init(TpyFrame *frame, TpyFunction *func, uint32_t flags)
{
    uint32_t nregs = func->code->nregs;
    memset(frame->regs, 0, (size_t)nregs * sizeof(TpyValue));
    tpy_incref(&func->ob);
    frame->func = func;
    frame->code = func->code;
    frame->module = (struct TpyModule *)func->module;
    frame->back = NULL;
    frame->pc = 0;
    frame->ret_dst = 0;
    frame->flags = flags;
    frame->nslots = nregs;
}

TpyFrame *tpy_frame_push(TpyFunction *func)
{
    TpyFrame *frame = stack_alloc(frame_bytes(func->code->nregs));
    if (frame == NULL) {
        tpy_err_nomemory();
        return NULL;
    }
    frame_init(frame, func, 0);
    return frame;
}

void tpy_frame_clear_registers(TpyFrame *frame)
{
    const uint8_t *kinds = frame->code->reg_kinds;
    for (uint32_t i = 0; i < frame->nslots; i++)
        if (kinds[i] == TPY_KIND_OBJ)
            tpy_clear(frame->regs[i].o);
}

void tpy_frame_pop(TpyFrame *frame)
{
    tpy_frame_clear_registers(frame);
    TpyFunction *func = frame->func;
    frame->func = NULL;
    stack_free(frame, frame_bytes(frame->nslots));
    tpy_decref(&func->ob);
}

TpyFrame *tpy_frame_new_heap(TpyFunction *func)
{
    TpyFrame *frame = malloc(frame_bytes(func->code->nregs));
    if (frame == NULL) {
        tpy_err_nomemory();
        return NULL;
    }
    frame_init(frame, func, TPY_FRAME_HEAP | TPY_FRAME_GENERATOR);
    return frame;
}

void tpy_frame_free_heap(TpyFrame *frame)
{
    tpy_frame_clear_registers(frame);
    TpyFunction *func = frame->func;
    free(frame);
    tpy_decref(&func->ob);
}

TpyObject *tpy_frame_take_locals(TpyFrame *frame)
{
    /* Only named registers (the frame's variables) are kept, as CPython's
     * tracebacks keep f_locals; temporaries are released now -- one of them
     * may hold the exception itself, which would make a cycle. */
    const uint8_t *kinds = frame->code->reg_kinds;
    char *const *names = frame->code->reg_names;
    int64_t n = 0;
    for (uint32_t i = 0; i < frame->nslots; i++) {
        TpyObject *o = frame->regs[i].o;
        if (kinds[i] != TPY_KIND_OBJ || o == NULL)
            continue;
        if (names == NULL || names[i] == NULL || tpy_is_smallint(o)) {
            tpy_clear(frame->regs[i].o);
            continue;
        }
        n++;
    }
    if (n == 0)
        return NULL;
    TpyObject *t = tpy_tuple_new(n);
    if (t == NULL) {
        tpy_err_clear();
        return NULL;
    }
    TpyObject **items = ((TpyTuple *)t)->items;
    int64_t k = 0;
    for (uint32_t i = 0; i < frame->nslots && k < n; i++) {
        TpyObject *o = frame->regs[i].o;
        if (kinds[i] == TPY_KIND_OBJ && o != NULL) {
            items[k++] = o;
            frame->regs[i].o = NULL;
        }
    }
    return t;
}
