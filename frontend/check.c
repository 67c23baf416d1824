/* frontend/check.c: a program = the main script + the user modules it imports
 * (files beside it) + the standard-library stubs (see check.h).
 *
 * Modules are loaded on demand through the checker's import hook, so import
 * cycles work: a module is registered before it is checked, and a second
 * import returns the half-declared record.  Stubs are parsed once per process
 * and cached (their text is embedded in the binary and never changes); user
 * files are parsed into the program's arena.
 *
 * Start-up snapshot: what every program does first (load builtins.pyi, which
 * imports typing.pyi, and declare both) does not depend on the script.  The
 * build runs it once (tpy_check_write_snapshot, from cli/snapgen.c) and
 * embeds the resulting arenas (frontend/snapshot.c); the first program of a
 * process that links the snapshot starts from that state instead, and later
 * programs (the snapshot is mutable state, used once) take the normal path.
 */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "snapshot.h"
#include "stubs.h"
#include "typecheck.h"

typedef struct ModuleEntry {
    TpyModuleInfo *info;
    TpySource *owned_source;           /* user files: freed with the program */
} ModuleEntry;

struct TpyProgram {
    TpyArena arena;
    TpyDiags *diags;
    TpyChecker *checker;
    char *dir;                         /* directory of the main script ("" = cwd) */
    ModuleEntry *modules;
    int count, capacity;
    TpyModuleInfo *main;
};

/* Parsed stubs, shared by every program of the process. */
typedef struct StubCache { const char *module; TpyAstModule *ast; TpySource *source; bool failed; } StubCache;
static TpyArena stub_arena;
static StubCache stub_cache[64];
static int stub_cache_count;

/* Real standard-library modules tpy has no stub for: "unsupported in tpy". */
static const char *const stdlib_names[] = {
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "bz2", "calendar",
    "cmath", "codecs", "collections.abc", "colorsys", "concurrent", "contextlib", "contextvars", "copy",
    "copyreg", "csv", "ctypes", "datetime", "decimal", "difflib", "dis", "email", "enum", "errno",
    "fnmatch", "fractions", "ftplib", "functools", "getopt", "getpass", "gettext", "glob", "graphlib",
    "gzip", "hashlib", "heapq", "hmac", "html", "http", "importlib", "inspect", "io", "ipaddress",
    "itertools", "json", "keyword", "linecache", "locale", "logging", "lzma", "mmap", "multiprocessing",
    "numbers", "operator", "optparse", "pathlib", "pickle", "platform", "pprint", "profile", "queue",
    "re", "reprlib", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "socket",
    "sqlite3", "ssl", "stat", "statistics", "string", "struct", "subprocess", "tempfile", "textwrap",
    "threading", "timeit", "tkinter", "token", "tokenize", "traceback", "types", "typing_extensions",
    "unicodedata", "unittest", "urllib", "uuid", "warnings", "wave", "xml", "zipfile", "zlib", "zoneinfo",
    "atexit", "faulthandler", "tracemalloc", "sched", "cProfile", "pdb", "doctest", NULL
};

static bool is_stdlib(const char *name)
{
    char head[128];
    size_t n = strcspn(name, ".");
    if (n >= sizeof head)
        return false;
    memcpy(head, name, n);
    head[n] = '\0';
    for (int i = 0; stdlib_names[i] != NULL; i++)
        if (strcmp(stdlib_names[i], name) == 0 || strcmp(stdlib_names[i], head) == 0)
            return true;
    return false;
}

static TpyModuleInfo *program_find(TpyProgram *p, const char *name)
{
    for (int i = 0; i < p->count; i++)
        if (strcmp(p->modules[i].info->name, name) == 0)
            return p->modules[i].info;
    return NULL;
}

static void program_push(TpyProgram *p, TpyModuleInfo *m, TpySource *owned)
{
    if (p->count == p->capacity) {
        int cap = p->capacity ? p->capacity * 2 : 8;
        ModuleEntry *grown = realloc(p->modules, sizeof(ModuleEntry) * (size_t)cap);
        if (grown == NULL) {
            fprintf(stderr, "tpy: out of memory\n");
            exit(2);
        }
        p->modules = grown;
        p->capacity = cap;
    }
    p->modules[p->count++] = (ModuleEntry){ m, owned };
}

static TpyModuleInfo *program_add(TpyProgram *p, const char *name, TpyAstModule *ast,
                                  const TpySource *source, TpySource *owned, bool is_stub)
{
    TpyModuleInfo *m = tpy_arena_alloc(&p->arena, sizeof *m);
    m->name = tpy_arena_strdup(&p->arena, name);
    m->ast = ast;
    m->source = source;
    m->is_stub = is_stub;
    program_push(p, m, owned);
    return m;
}

static StubCache *stub_load(const char *name, TpyDiags *diags)
{
    for (int i = 0; i < stub_cache_count; i++)
        if (strcmp(stub_cache[i].module, name) == 0)
            return &stub_cache[i];
    const TpyEmbeddedStub *stub = tpy_stub_find(name);
    if (stub == NULL || stub_cache_count >= 64)
        return NULL;
    StubCache *entry = &stub_cache[stub_cache_count++];
    entry->module = stub->module;
    entry->source = tpy_source_in_arena(&stub_arena, stub->path, stub->text, stub->len);
    TpyDiags stub_diags;
    tpy_diags_init(&stub_diags);
    entry->ast = tpy_parse_module(&stub_arena, entry->source, &stub_diags);
    if (entry->ast == NULL) {
        /* A broken stub is tpy's bug, not the user's: say so once. */
        entry->failed = true;
        for (int i = 0; i < stub_diags.count; i++)
            tpy_diag_error(diags, entry->source, stub_diags.items[i].line, stub_diags.items[i].col,
                           "internal error: stub does not parse: %s", stub_diags.items[i].message);
    }
    tpy_diags_free(&stub_diags);
    return entry;
}

static TpyModuleInfo *import_hook(void *ctx, const char *name, bool *unsupported)
{
    TpyProgram *p = ctx;
    *unsupported = false;
    TpyModuleInfo *m = program_find(p, name);
    if (m != NULL)
        return m;
    /* A user module beside the main script. */
    if (strcmp(name, "builtins") != 0 && tpy_stub_find(name) == NULL) {
        size_t len = strlen(p->dir) + strlen(name) + 8;
        char *path = malloc(len);
        if (path == NULL)
            return NULL;
        snprintf(path, len, "%s%s.py", p->dir, name);
        for (char *s = path + strlen(p->dir); *s; s++)
            if (*s == '.' && strcmp(s, ".py") != 0)
                *s = '/';
        char errbuf[128];
        TpySource *source = tpy_source_from_file(path, errbuf, sizeof errbuf);
        free(path);
        if (source != NULL) {
            TpyAstModule *ast = tpy_parse_module(&p->arena, source, p->diags);
            return program_add(p, name, ast, source, source, false);
        }
    }
    StubCache *stub = stub_load(name, p->diags);
    if (stub != NULL)
        return program_add(p, name, stub->failed ? NULL : stub->ast, stub->source, NULL, true);
    *unsupported = is_stdlib(name);
    return NULL;
}

static TpyProgram *program_new(const char *path, TpyDiags *diags)
{
    TpyProgram *p = calloc(1, sizeof *p);
    if (p == NULL) {
        fprintf(stderr, "tpy: out of memory\n");
        exit(2);
    }
    tpy_arena_init(&p->arena);
    p->diags = diags;
    const char *slash = strrchr(path, '/');
    p->dir = slash ? tpy_arena_strndup(&p->arena, path, (size_t)(slash - path + 1))
                   : tpy_arena_strdup(&p->arena, "");
    return p;
}

/* The root of a snapshot: the checker and the modules it had loaded. */
typedef struct SnapshotRoot {
    TpyChecker *checker;
    int count;
    TpyModuleInfo *modules[16];
} SnapshotRoot;

/* Defined by the generated stub_snapshot.c when the binary links one. */
extern void *const tpy_stub_snapshot_root __attribute__((weak));
static bool snapshot_used;

/* Give `p` a checker with builtins (and what they import) declared. */
static void program_start_checker(TpyProgram *p)
{
    if (&tpy_stub_snapshot_root != NULL && !snapshot_used && getenv("TPY_NO_SNAPSHOT") == NULL) {
        snapshot_used = true;
        SnapshotRoot *root = tpy_stub_snapshot_root;
        p->checker = root->checker;
        tpy_typecheck_rebind(p->checker, &p->arena, p->diags, import_hook, p);
        for (int i = 0; i < root->count; i++)
            program_push(p, root->modules[i], NULL);
        return;
    }
    p->checker = tpy_typecheck_new(&p->arena, p->diags, import_hook, p);
    bool unsupported;
    TpyModuleInfo *b = import_hook(p, "builtins", &unsupported);
    if (b != NULL)
        tpy_typecheck_module(p->checker, b);
}

static TpyProgram *program_check(TpyProgram *p, TpySource *source)
{
    TpyAstModule *ast = tpy_parse_module(&p->arena, source, p->diags);
    p->main = program_add(p, "__main__", ast, source, source, false);
    if (ast != NULL) {
        program_start_checker(p);
        tpy_typecheck_module(p->checker, p->main);
    }
    return p;
}

int tpy_check_write_snapshot(FILE *out)
{
    char *text[2] = { NULL, NULL };
    size_t len[2] = { 0, 0 };
    /* Twice, at different addresses (run 1 stays allocated): the two outputs
     * must be identical, which proves the pointer classification. */
    for (int run = 0; run < 2; run++) {
        stub_cache_count = 0;
        tpy_arena_init(&stub_arena);
        TpyDiags *diags = malloc(sizeof *diags);
        if (diags == NULL)
            return -1;
        tpy_diags_init(diags);
        TpyProgram *p = program_new("", diags);
        snapshot_used = true;   /* the generator itself never loads one */
        program_start_checker(p);
        if (diags->count > 0) {
            tpy_diags_print(diags, stderr);
            return -1;
        }
        if (p->count > 16) {
            fprintf(stderr, "tpy_snapgen: too many modules\n");
            return -1;
        }
        SnapshotRoot *root = tpy_arena_alloc(&p->arena, sizeof *root);
        root->checker = p->checker;
        root->count = p->count;
        for (int i = 0; i < p->count; i++)
            root->modules[i] = p->modules[i].info;
        tpy_typecheck_unbind(p->checker);
        FILE *mem = open_memstream(&text[run], &len[run]);
        if (mem == NULL)
            return -1;
        TpyArena *arenas[2] = { &stub_arena, &p->arena };
        char err[256];
        int status = tpy_snapshot_write_c(mem, arenas, 2, root, "tpy_stub_snapshot_root", err,
                                          sizeof err);
        fclose(mem);
        if (status < 0) {
            fprintf(stderr, "tpy_snapgen: %s\n", err);
            return -1;
        }
    }
    if (len[0] != len[1] || memcmp(text[0], text[1], len[0]) != 0) {
        for (int run = 0; run < 2 && getenv("TPY_SNAPGEN_DEBUG") != NULL; run++) {
            FILE *f = fopen(run == 0 ? "snap_run1.c" : "snap_run2.c", "w");
            if (f != NULL) {
                fwrite(text[run], 1, len[run], f);
                fclose(f);
            }
        }
        fprintf(stderr, "tpy_snapgen: two runs differ (non-determinism or a word mistaken "
                        "for a pointer)\n");
        return -1;
    }
    if (fwrite(text[0], 1, len[0], out) != len[0])
        return -1;
    free(text[0]);
    free(text[1]);
    return 0;
}

TpyProgram *tpy_check_file(const char *path, TpyDiags *diags, char *errbuf, size_t errbuf_size)
{
    TpySource *source = tpy_source_from_file(path, errbuf, errbuf_size);
    if (source == NULL)
        return NULL;
    return program_check(program_new(path, diags), source);
}

TpyProgram *tpy_check_string(const char *path, const char *text, TpyDiags *diags)
{
    TpySource *source = tpy_source_from_string(path, text, strlen(text));
    return program_check(program_new(path, diags), source);
}

TpyAstModule *tpy_program_main(TpyProgram *program)
{
    return program != NULL && program->main != NULL ? program->main->ast : NULL;
}

void tpy_program_free(TpyProgram *program)
{
    if (program == NULL)
        return;
    for (int i = 0; i < program->count; i++)
        if (program->modules[i].owned_source != NULL)
            tpy_source_free(program->modules[i].owned_source);
    free(program->modules);
    tpy_arena_free(&program->arena);
    free(program);
}
