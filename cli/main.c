/* cli/main.c: the `tpy` command line.
 *
 * Parses options the way `python3` does where they overlap (a script path
 * ends tpy's own options; what follows belongs to the script) and dispatches
 * to the front end.  Exit codes follow mypy for --check (0 clean, 1 errors,
 * 2 usage or I/O problem) and CPython otherwise.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "check.h"
#include "diag.h"
#include "parser.h"

#define TPY_VERSION_STRING "tpy 0.1.0 (typed Python 3.11 subset)"

static void usage(FILE *out)
{
    fputs("usage: tpy [option] ... [file | -c cmd] [arg] ...\n"
          "\n"
          "Checks a typed Python script statically (mypy --strict style).\n"
          "\n"
          "Options:\n"
          "  --check FILE    type-check FILE and the modules it imports; print\n"
          "                  FILE:LINE:COL: error: MESSAGE for each problem\n"
          "                  (exit 0 when clean, 1 on errors)\n"
          "  -c CMD          check the program passed in as a string\n"
          "  --dump-ast FILE print the syntax tree of FILE (like ast.dump)\n"
          "  --version       print the version and exit\n"
          "  -h, --help      print this help and exit\n"
          "\n"
          "Running scripts (tpy FILE) arrives with the runtime; see README.md.\n",
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
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
            puts(TPY_VERSION_STRING);
            return 0;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            return 0;
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
            return run_check("<string>", argv[i + 1]);
        }
        if (arg[0] == '-' && arg[1] != '\0') {
            fprintf(stderr, "tpy: unknown option %s\n", arg);
            usage(stderr);
            return 2;
        }
        /* A script: the runtime does not exist yet, so check it and say so. */
        fprintf(stderr, "tpy: running scripts is not implemented yet; "
                        "use `tpy --check %s` to type-check it\n", arg);
        return 2;
    }
    usage(stderr);
    return 2;
}
