/* runtime/modules/sys.h: what the rest of tpy needs from the sys module.
 *
 * The cli sets argv; the vm reads the recursion limit, flushes the standard
 * streams before exiting or printing a traceback, and releases the module's
 * objects at exit (so the live-object report ends at zero).
 */
#ifndef TPY_RUNTIME_MODULES_SYS_H
#define TPY_RUNTIME_MODULES_SYS_H

#include <stdint.h>

#include "object.h"

/* sys.argv = argv[0..argc) (argv[0] is the script path, "-c" for -c), and
 * sys.path[0] = the script's directory.  0 / -1 (MemoryError). */
int tpy_sys_set_argv(int argc, char *const *argv);
/* sys.getrecursionlimit() (default 1000). */
int64_t tpy_sys_recursion_limit(void);
/* Flush sys.stdout, sys.stderr and every open file; never fails (errors
 * are cleared). */
void tpy_sys_flush_all(void);
/* The standard streams (borrowed; created on first use; NULL with
 * MemoryError only if that creation fails). */
TpyObject *tpy_sys_stdout(void);
TpyObject *tpy_sys_stderr(void);
TpyObject *tpy_sys_stdin(void);
/* Flush and release everything sys holds (streams, argv, path).  Call once
 * at exit, after the last Python code ran. */
void tpy_sys_finalize(void);

#endif
