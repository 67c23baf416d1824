/* runtime/vmrun.h: running a compiled program, for the command line.
 *
 * Neutral header (no runtime types) so cli/main.c can include it next to the
 * front end's headers.  See vmrun.c.
 */
#ifndef TPY_RUNTIME_VMRUN_H
#define TPY_RUNTIME_VMRUN_H

#include <stdbool.h>
#include <stdio.h>

typedef struct TpyObject TpyObject;

/* Start-up: builtin type slots, SIGINT handler. */
void tpy_vm_init(void);
/* Run the body of `module` (borrowed) as __main__ with sys.argv = argv[0..argc).
 * Returns the process exit status: 0, or what CPython exits with for an
 * uncaught exception (traceback printed to stderr). */
int tpy_vm_run_main(TpyObject *module, int argc, char **argv);
/* Print the bytecode of the module body and its functions. */
void tpy_vm_dis(TpyObject *module, FILE *out);
/* The pending exception of a failed compile, printed to stderr. */
void tpy_vm_report_pending(void);
/* Finalisation: module teardown (runs __del__ as CPython does), flush all
 * files; with report_live, print "tpy: N live objects at exit" to stderr. */
void tpy_vm_finalize(bool report_live);

/* Objects allocated and not yet freed (alloc.h statistics). */
long long tpy_vm_live_objects(void);

#endif
