/* runtime/vmrun.c: the runtime side of `tpy script.py` (see vmrun.h).
 *
 * Order at exit follows CPython's: the uncaught exception is printed (after
 * flushing stdout), then modules are torn down -- __main__'s globals first --
 * so __del__ methods of objects still referenced from globals run, then sys
 * releases its streams and every open file is flushed.
 */
#include "vmrun.h"

#include "alloc.h"
#include "builtins.h"
#include "class.h"
#include "code.h"
#include "dis.h"
#include "exc.h"
#include "file.h"
#include "interp.h"
#include "moduleobj.h"
#include "str.h"
#include "modules/sys.h"
#include "modules/weakref_module.h"
#include "traceback.h"

void tpy_vm_init(void)
{
    tpy_builtins_init();
    tpy_class_runtime_init();
    tpy_class_unraisable_hook = tpy_traceback_write_unraisable;
    tpy_interp_install_signal_handlers();
}

int tpy_vm_run_main(TpyObject *module, int argc, char **argv)
{
    if (tpy_sys_set_argv(argc, argv) < 0)
        tpy_err_clear();
    if (tpy_module_exec(module) < 0) {
        TpyObject *exc = tpy_err_fetch();
        return exc != NULL ? tpy_traceback_report_uncaught(exc) : 1;
    }
    return 0;
}

void tpy_vm_dis(TpyObject *module, FILE *out)
{
    TpyModule *m = (TpyModule *)module;
    if (m->body != NULL)
        tpy_dis_code((TpyCode *)m->body, out);
}

void tpy_vm_report_pending(void)
{
    TpyObject *exc = tpy_err_fetch();
    if (exc != NULL) {
        tpy_traceback_print_exception(exc, stderr);
        tpy_decref(exc);
    }
}

void tpy_vm_finalize(bool report_live)
{
    tpy_weakref_finalize_at_exit();   // CPython's atexit hook of weakref.finalize
    tpy_module_teardown();
    if (tpy_err_occurred() != NULL)
        tpy_err_clear();
    tpy_sys_finalize();
    tpy_file_flush_all();
    fflush(stdout);
    if (report_live) {
        const TpyAllocStats *st = tpy_alloc_stats();
        int64_t live = (int64_t)(st->allocated - st->freed);
        fprintf(stderr, "tpy: %lld live objects at exit\n", (long long)live);
    }
}

long long tpy_vm_live_objects(void)
{
    const TpyAllocStats *st = tpy_alloc_stats();
    return (long long)(st->allocated - st->freed);
}
