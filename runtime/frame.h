/* runtime/frame.h: execution frames and the frame stack.
 *
 * A frame is the activation record of one call: the code, the function, the
 * pc, the link to the calling frame and the typed registers.  Frames live on
 * a per-thread *frame stack* -- chunks of memory used like a C stack, as
 * CPython 3.11's data stack -- so a call costs a pointer bump, not a malloc.
 * Generator frames are allocated on the heap (they outlive the call), see
 * gen.c.  When a traceback captures a frame, its registers move into a tuple
 * held by the traceback entry (traceback.c), so the locals of a frame
 * unwound by an exception stay alive as long as the traceback does.
 */
#ifndef TPY_RUNTIME_FRAME_H
#define TPY_RUNTIME_FRAME_H

#include <stdbool.h>
#include <stdint.h>

#include "code.h"
#include "func.h"
#include "value.h"

enum {
    TPY_FRAME_ENTRY = 1 << 0,     /* entered from C: RETURN leaves the interpreter loop */
    TPY_FRAME_HEAP = 1 << 1,      /* allocated with malloc (generators) */
    TPY_FRAME_GENERATOR = 1 << 2
};

typedef struct TpyFrame {
    TpyCode *code;                /* borrowed from func */
    TpyFunction *func;            /* owned */
    struct TpyModule *module;     /* borrowed from func */
    struct TpyFrame *back;        /* calling frame, or NULL */
    uint32_t pc;                  /* code unit of the current instruction */
    uint32_t ret_dst;             /* caller's register for the result */
    uint32_t flags;
    uint32_t nslots;              /* allocated registers */
    TpyValue regs[];              /* code->nregs registers */
} TpyFrame;

/* Push a frame for `func` (borrowed, increfed) with zeroed registers.
 * NULL with MemoryError. */
TpyFrame *tpy_frame_push(TpyFunction *func);
/* Release the OBJ registers and pop the (topmost) stack frame. */
void tpy_frame_pop(TpyFrame *frame);
/* Release the OBJ registers of any frame (stack or heap). */
void tpy_frame_clear_registers(TpyFrame *frame);
/* A heap frame for a generator (same layout).  free with tpy_frame_free_heap. */
TpyFrame *tpy_frame_new_heap(TpyFunction *func);
void tpy_frame_free_heap(TpyFrame *frame);
/* Move the OBJ registers of `frame` into a new tuple (the registers become
 * NULL).  New reference, or NULL (no exception) when there is nothing to keep. */
TpyObject *tpy_frame_take_locals(TpyFrame *frame);

/* The frame currently executing (innermost), or NULL. */
extern TpyFrame *tpy_frame_current;

#endif
