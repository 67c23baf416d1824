/* runtime/gen.h: generator objects.
 *
 * Calling a generator function binds its arguments into a heap frame and
 * returns a generator owning that frame; next() resumes the interpreter on it
 * until the next YIELD (the value comes back) or the end (StopIteration).  A
 * generator freed before finishing is closed: GeneratorExit is thrown in at
 * the suspended yield so `finally` blocks run, as in CPython.
 */
#ifndef TPY_RUNTIME_GEN_H
#define TPY_RUNTIME_GEN_H

#include "frame.h"
#include "object.h"
#include "type.h"

extern TpyType tpy_generator_type;

typedef struct TpyGenerator {
    TpyObject ob;
    TpyFrame *frame;          /* owned heap frame; NULL once finished */
    TpyObject *name;          /* owned str */
    bool running;
    bool started;
    TpyObject *weaklist;      /* weak references (weakref.h); not owned */
} TpyGenerator;

/* A generator over `frame` (stolen heap frame).  New reference. */
TpyObject *tpy_gen_new(TpyFrame *frame);
/* gen.send(value) / next(gen): value borrowed (None for next).  New
 * reference; NULL without an exception when it finished, with one on error. */
TpyObject *tpy_gen_send(TpyObject *gen, TpyObject *value);
/* gen.close(): 0 / -1. */
int tpy_gen_close(TpyObject *gen);

#endif
