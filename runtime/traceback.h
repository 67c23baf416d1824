/* runtime/traceback.h: traceback objects and CPython-format printing.
 *
 * While an exception unwinds, every frame it passes adds an entry at the
 * front of exc->traceback: (code, line, the frame's captured locals).  The
 * chain therefore starts at the outermost frame, as CPython prints it.
 */
#ifndef TPY_RUNTIME_TRACEBACK_H
#define TPY_RUNTIME_TRACEBACK_H

#include <stdio.h>

#include "code.h"
#include "object.h"

extern TpyType tpy_traceback_type;

typedef struct TpyTraceback {
    TpyObject ob;
    struct TpyTraceback *next;   /* owned: the next (inner) entry */
    TpyCode *code;               /* owned */
    int line;
    TpyObject *locals;           /* owned tuple of the frame's OBJ registers, or NULL */
} TpyTraceback;

/* Put a new entry for (code, line) at the front of exc's traceback.  0 / -1. */
int tpy_traceback_add(TpyObject *exc, TpyCode *code, int line);
/* Attach captured locals (stolen) to the front entry of exc's traceback. */
void tpy_traceback_attach_locals(TpyObject *exc, TpyObject *locals);

/* Print `exc` with its cause/context chain like CPython's default hook. */
void tpy_traceback_print_exception(TpyObject *exc, FILE *out);

/* The exit path of an uncaught exception in the main module: flushes stdout,
 * prints the traceback to stderr (SystemExit: prints its message or nothing)
 * and returns the process exit status (1, SystemExit's code, 130 for
 * KeyboardInterrupt).  Steals `exc`. */
int tpy_traceback_report_uncaught(TpyObject *exc);

/* "Exception ignored in: <repr>" + traceback, for __del__ errors.  Takes the
 * pending exception. */
void tpy_traceback_write_unraisable(TpyObject *obj);

#endif
