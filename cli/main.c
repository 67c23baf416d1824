/* cli/main.c: the `tpy` command line.
 *
 * Parses options the way `python3` does where they overlap (a script path
 * ends tpy's own options; what follows belongs to the script) and dispatches
 * to the front end, the compiler and the interpreter.  Exit codes follow mypy
 * for --check (0 clean, 1 errors, 2 usage or I/O problem) and CPython
 * otherwise.
 *
 * Running a script: check it (type errors go to stderr, exit 1, nothing
 * runs), compile the typed AST to bytecode, run the module body, report an
 * uncaught exception like CPython, then finalise: clear module globals (so
 * __del__ runs as in CPython), flush files, and with TPY_REPORT_LIVE=1 or
 * --report-live print the number of objects still alive.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "check.h"
#include "diag.h"
#include "parser.h"

#include "compile.h"
#include "gc.h"
#include "memstats.h"
#include "vmrun.h"

#define TPY_VERSION_STRING "tpy 0.1.0 (typed Python 3.11 subset)"

static void usage(FILE *out)
{
    fputs("usage: tpy [option] ... [file | -c cmd] [arg] ...\n"
          "\n"
          "Runs a typed Python script (mypy --strict style subset of Python 3.11).\n"
          "\n"
          "Options:\n"
          "  FILE [ARG ...]  check, compile and run FILE (sys.argv = [FILE, ARG ...])\n"
          "  -c CMD [ARG ...] run the program passed in as a string\n"
          "  --dis FILE      print the bytecode of every function of FILE\n"
          "  --report-live   at exit, print the number of live objects to stderr\n"
          "  --gc=on|off     off: reference counting only, cycles leak (default on)\n"
          "  --mm=refcount|tracing\n"
          "                  tracing: nothing is freed when its count reaches zero;\n"
          "                  collections free garbage in batches (PyPy/Java style)\n"
          "                  (also TPY_REPORT_LIVE=1)\n"
          "  --mem-stats     at exit, print allocation counts, peaks, collections and\n"
          "                  their pauses, the most common live types and the size\n"
          "                  and live count of each class's instances (stderr)\n"
          "  --trace-del     log each __del__ and weakref callback with its cause\n"
          "  --mem-trace=FILE\n"
          "                  write a CSV time series (allocations, live objects,\n"
          "                  live bytes, collections) every 1000 allocations\n"
          "  --check FILE    type-check FILE and the modules it imports; print\n"
          "                  FILE:LINE:COL: error: MESSAGE for each problem\n"
          "                  (exit 0 when clean, 1 on errors)\n"
          "  --dump-ast FILE print the syntax tree of FILE (like ast.dump)\n"
          "  --version       print the version and exit\n"
          "  -h, --help      print this help and exit\n"
          ,
          out);
}

/* Parse and check, print diagnostics mypy-style on stdout. */
static int run_check(const char *path, const char *code)
{
    TpyDiags diags;
    tpy_diags_init(&diags);
    char errbuf[256];
    TpyProgram *program;
    if (code != NULL) {
        program = tpy_check_string(path, code, &diags);
    } else {
        program = tpy_check_file(path, &diags, errbuf, sizeof errbuf);
        if (program == NULL) {
            fprintf(stderr, "tpy: can't open file '%s': %s\n", path, errbuf);
            tpy_diags_free(&diags);
            return 2;
        }
    }
    tpy_diags_sort(&diags);
    tpy_diags_print(&diags, stdout);
    int status = diags.error_count > 0 ? 1 : 0;
    tpy_diags_free(&diags);
    tpy_program_free(program);
    return status;
}

static bool report_live;

/* Check and compile; on success *module_out is the __main__ module (new
 * reference).  Returns an exit status (0 = go on). */
static int load_program(const char *path, const char *code, TpyProgram **program_out,
                        TpyObject **module_out)
{
    TpyDiags diags;
    tpy_diags_init(&diags);
    char errbuf[256];
    TpyProgram *program;
    if (code != NULL) {
        program = tpy_check_string(path, code, &diags);
    } else {
        program = tpy_check_file(path, &diags, errbuf, sizeof errbuf);
        if (program == NULL) {
            fprintf(stderr, "tpy: can't open file '%s': %s\n", path, errbuf);
            tpy_diags_free(&diags);
            return 2;
        }
    }
    *program_out = program;
    if (diags.error_count > 0) {
        tpy_diags_sort(&diags);
        tpy_diags_print(&diags, stderr);
        tpy_diags_free(&diags);
        return 1;
    }
    tpy_diags_free(&diags);
    TpyAstModule *ast = tpy_program_main(program);
    TpyObject *module = ast != NULL ? tpy_compile_module(ast, "__main__", path) : NULL;
    if (module == NULL) {
        fprintf(stderr, "tpy: internal compiler error\n");
        tpy_vm_report_pending();
        return 1;
    }
    *module_out = module;
    return 0;
}

static void finalize(void)
{
    tpy_vm_finalize(report_live);
}

static int run_program(const char *path, const char *code, int argc, char **argv, bool dis)
{
    tpy_vm_init();
    TpyProgram *program = NULL;
    TpyObject *module = NULL;
    int status = load_program(path, code, &program, &module);
    if (status != 0) {
        tpy_program_free(program);
        return status;
    }
    if (dis) {
        tpy_vm_dis(module, stdout);
        tpy_cg_decref(module);
        tpy_program_free(program);
        finalize();
        return 0;
    }
    tpy_program_free(program);
    status = tpy_vm_run_main(module, argc, argv);
    tpy_memstats_snapshot();   // --mem-stats: live types before teardown
    tpy_cg_decref(module);
    finalize();
    tpy_memstats_finish();
    return status;
}

static int run_dump_ast(const char *path)
{
    char errbuf[256];
    TpySource *source = tpy_source_from_file(path, errbuf, sizeof errbuf);
    if (source == NULL) {
        fprintf(stderr, "tpy: can't open file '%s': %s\n", path, errbuf);
        return 2;
    }
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyAstModule *module = tpy_parse_module(&arena, source, &diags);
    int status = 0;
    if (module == NULL) {
        tpy_diags_print(&diags, stderr);
        status = 1;
    } else {
        tpy_ast_dump_module(module, stdout);
        fputc('\n', stdout);
    }
    tpy_diags_free(&diags);
    tpy_arena_free(&arena);
    tpy_source_free(source);
    return status;
}

int main(int argc, char **argv)
{
    const char *env = getenv("TPY_REPORT_LIVE");
    report_live = env != NULL && env[0] != '\0' && strcmp(env, "0") != 0;
    bool gc_off = false, tracing = false;
    for (int i = 1; i < argc; i++) {
        // Chosen before any object exists (gc.h).
        tpy_gc_set_mode(tracing ? TPY_MM_TRACING : gc_off ? TPY_MM_REFCOUNT_ONLY : TPY_MM_REFCOUNT_GC);
        const char *arg = argv[i];
        if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
            puts(TPY_VERSION_STRING);
            return 0;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(arg, "--report-live") == 0) {
            report_live = true;
            continue;
        }
        if (strcmp(arg, "--mem-stats") == 0) {
            tpy_memstats_enable_stats();
            continue;
        }
        if (strcmp(arg, "--trace-del") == 0) {
            tpy_memstats_enable_trace_del();
            continue;
        }
        if (strncmp(arg, "--mem-trace=", 12) == 0) {
            if (arg[12] == '\0') {
                fprintf(stderr, "tpy: --mem-trace needs a FILE (--mem-trace=FILE)\n");
                return 2;
            }
            if (tpy_memstats_enable_trace(arg + 12, 0) < 0)
                return 2;
            continue;
        }
        if (strcmp(arg, "--gc=on") == 0 || strcmp(arg, "--gc=off") == 0) {
            gc_off = strcmp(arg, "--gc=off") == 0;
            continue;
        }
        if (strcmp(arg, "--mm=refcount") == 0 || strcmp(arg, "--mm=tracing") == 0) {
            tracing = strcmp(arg, "--mm=tracing") == 0;
            continue;
        }
        if (strcmp(arg, "--dis") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "tpy: --dis needs a FILE argument\n");
                return 2;
            }
            return run_program(argv[i + 1], NULL, 1, &argv[i + 1], true);
        }
        if (strcmp(arg, "--check") == 0 || strcmp(arg, "--dump-ast") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "tpy: %s needs a FILE argument\n", arg);
                return 2;
            }
            if (strcmp(arg, "--check") == 0)
                return run_check(argv[i + 1], NULL);
            return run_dump_ast(argv[i + 1]);
        }
        if (strcmp(arg, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                return 2;
            }
            /* sys.argv = ['-c', args...] */
            char *code = argv[i + 1];
            argv[i + 1] = (char *)"-c";
            return run_program("<string>", code, argc - i - 1, &argv[i + 1], false);
        }
        if (arg[0] == '-' && arg[1] != '\0') {
            fprintf(stderr, "tpy: unknown option %s\n", arg);
            usage(stderr);
            return 2;
        }
        return run_program(arg, NULL, argc - i, &argv[i], false);
    }
    usage(stderr);
    return 2;
}
