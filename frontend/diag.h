/* frontend/diag.h: diagnostics the front end collects and prints.
 *
 * Two kinds, printed the way their users expect:
 *  - syntax errors, CPython style (File/line, the source line, a caret, then
 *    "SyntaxError: msg").  Parsing stops at the first one, as CPython does.
 *  - checker errors, mypy style: "FILE:LINE:COL: error: MESSAGE".  The checker
 *    keeps going and reports every error it finds, sorted by position.
 */
#ifndef TPY_FRONTEND_DIAG_H
#define TPY_FRONTEND_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "source.h"

typedef enum TpyDiagKind {
    TPY_DIAG_SYNTAX,        /* SyntaxError (also IndentationError / TabError, see `exc_name`) */
    TPY_DIAG_ERROR,         /* static type error: "error:" */
    TPY_DIAG_NOTE           /* extra context attached to the previous error: "note:" */
} TpyDiagKind;

typedef struct TpyDiag {
    TpyDiagKind kind;
    const TpySource *source;
    int line, col;          /* 1-based; col in code points */
    int end_col;            /* for syntax errors: caret range end (exclusive), 0 = single caret */
    const char *exc_name;   /* syntax errors: "SyntaxError", "IndentationError", "TabError" */
    char *message;          /* owned */
} TpyDiag;

typedef struct TpyDiags {
    TpyDiag *items;
    int count, capacity;
    int error_count;        /* syntax + type errors (not notes) */
} TpyDiags;

void tpy_diags_init(TpyDiags *diags);
void tpy_diags_free(TpyDiags *diags);

void tpy_diag_syntax(TpyDiags *diags, const TpySource *source, const char *exc_name,
                     int line, int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
void tpy_diag_error(TpyDiags *diags, const TpySource *source, int line, int col,
                    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void tpy_diag_note(TpyDiags *diags, const TpySource *source, int line, int col,
                   const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Sort errors by file order, line, column (stable: notes stay after their error). */
void tpy_diags_sort(TpyDiags *diags);

/* Print every diagnostic to `out` in its kind's format. */
void tpy_diags_print(const TpyDiags *diags, FILE *out);

#endif
