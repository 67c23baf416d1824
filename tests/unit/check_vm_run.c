/* tests/unit/check_vm_run.c: the running half of check_vm.c (see there). */
#include "check_vm_run.h"

#include <stdio.h>
#include <unistd.h>

#include "check.h"
#include "compile.h"
#include "diag.h"
#include "vmrun.h"

int vm_run_snippet(const char *src, char *out, size_t size, long long *live, int *check_errors)
{
    out[0] = '\0';
    *live = -1;
    tpy_vm_init();
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyProgram *program = tpy_check_string("<test>", src, &diags);
    *check_errors = diags.error_count;
    tpy_diags_free(&diags);
    if (*check_errors > 0) {
        tpy_program_free(program);
        return 1;
    }
    TpyObject *module = tpy_compile_module(tpy_program_main(program), "__main__", "<test>");
    tpy_program_free(program);
    if (module == NULL)
        return 2;
    fflush(stdout);
    FILE *tmp = tmpfile();
    if (tmp == NULL)
        return 2;
    int saved = dup(1);
    dup2(fileno(tmp), 1);
    char *argv[] = { (char *)"<test>", NULL };
    int status = tpy_vm_run_main(module, 1, argv);
    tpy_cg_decref(module);
    tpy_vm_finalize(false);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    *live = tpy_vm_live_objects();
    rewind(tmp);
    size_t n = fread(out, 1, size - 1, tmp);
    out[n] = '\0';
    fclose(tmp);
    return status;
}
