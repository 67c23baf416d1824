/* frontend/check.h: the static checker's entry point.
 *
 * `tpy --check FILE` and, later, the compiler go through here: parse the main
 * file, follow its imports (user modules beside it and the standard modules
 * tpy knows), type-check everything mypy --strict style, and leave a typed AST
 * (every expression's `type`, every name's `sym`) for the compiler.
 */
#ifndef TPY_FRONTEND_CHECK_H
#define TPY_FRONTEND_CHECK_H

#include <stdbool.h>
#include <stdio.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "source.h"

typedef struct TpyProgram TpyProgram;   /* all modules of one run; defined in check.c */

/* Parse and check `path` and the user modules it imports.  Diagnostics go to
 * `diags` (syntax errors stop parsing of that file; type errors are all
 * collected).  Returns NULL only if the main file cannot be read (then
 * `errbuf` says why); otherwise a program, valid or not: test
 * diags->error_count.  Free with tpy_program_free. */
TpyProgram *tpy_check_file(const char *path, TpyDiags *diags, char *errbuf, size_t errbuf_size);

/* Same for source given as a string (`tpy -c CODE`, unit tests). */
TpyProgram *tpy_check_string(const char *path, const char *text, TpyDiags *diags);

/* The main module's typed AST (NULL if it did not parse). */
TpyAstModule *tpy_program_main(TpyProgram *program);

void tpy_program_free(TpyProgram *program);

/* Build time (cli/snapgen.c): write the C file of the start-up snapshot, the
 * state after builtins are declared (see check.c).  Returns 0 or -1 with a
 * message on stderr. */
int tpy_check_write_snapshot(FILE *out);

#endif
