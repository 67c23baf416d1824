/* runtime/modules/sys.c: the sys module.
 *
 * The standard streams are file objects (file.h) over descriptors 0, 1, 2,
 * created on first use and kept here so that print() finds them without the
 * script importing sys.  stdout is line-buffered on a terminal and
 * block-buffered otherwise; stderr is unbuffered (CPython's stderr is
 * line-buffered with write-through, which looks the same from outside).
 *
 * sys.version starts with "3.11" (tpy implements Python 3.11's semantics; the
 * rest of the string names tpy), version_info is (3, 11, 7, 'final', 0) like
 * the CPython the golden files come from.  version_info and float_info are
 * small "struct sequences": tuples whose items are also attributes.
 */
#include "sys.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "exc.h"
#include "file.h"
#include "float.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "modules_internal.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

static TpyObject *std_in, *std_out, *std_err, *argv_list, *path_list;
static double switch_interval = 0.005;

int64_t tpy_sys_recursion_limit(void)
{
    return tpy_interp_get_recursion_limit();
}

TpyObject *tpy_sys_stdout(void)
{
    if (std_out == NULL)
        std_out = tpy_file_from_fd(1, "<stdout>", "w",
                                   isatty(1) ? TPY_FILE_LINE_BUFFERED : TPY_FILE_BLOCK_BUFFERED, false);
    return std_out;
}

TpyObject *tpy_sys_stderr(void)
{
    if (std_err == NULL)
        std_err = tpy_file_from_fd(2, "<stderr>", "w", TPY_FILE_UNBUFFERED, false);
    return std_err;
}

TpyObject *tpy_sys_stdin(void)
{
    if (std_in == NULL)
        std_in = tpy_file_from_fd(0, "<stdin>", "r", TPY_FILE_LINE_BUFFERED, false);
    return std_in;
}

void tpy_sys_flush_all(void)
{
    TpyObject *saved = tpy_err_fetch();
    tpy_file_flush_all();
    tpy_err_restore(saved);
}

void tpy_sys_finalize(void)
{
    tpy_sys_flush_all();
    tpy_clear(std_in);
    tpy_clear(std_out);
    tpy_clear(std_err);
    tpy_clear(argv_list);
    tpy_clear(path_list);
}

int tpy_sys_set_argv(int argc, char *const *argv)
{
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return -1;
    for (int i = 0; i < argc; i++) {
        TpyObject *s = tpy_str_decode_utf8(argv[i], strlen(argv[i]), "replace");
        if (s == NULL || tpy_list_append_steal(list, s) < 0) {
            tpy_decref(list);
            return -1;
        }
    }
    tpy_clear(argv_list);
    argv_list = list;
    // sys.path[0]: the script's directory ('' for -c or a bare file name,
    // CPython gives the absolute directory; '' keeps output path-independent).
    tpy_clear(path_list);
    path_list = tpy_list_new(0);
    if (path_list == NULL)
        return -1;
    char dir[PATH_MAX] = "";
    if (argc > 0 && strcmp(argv[0], "-c") != 0) {
        char *real = realpath(argv[0], NULL);
        if (real != NULL) {
            char *slash = strrchr(real, '/');
            if (slash != NULL) {
                *slash = '\0';
                snprintf(dir, sizeof dir, "%s", slash == real ? "/" : real);
            }
            free(real);
        }
    }
    TpyObject *d = tpy_str_from_cstr(dir);
    return d == NULL ? -1 : tpy_list_append_steal(path_list, d);
}

/* ---------------------------------------------------------------- struct sequences */

typedef struct StructSeq {
    TpyObject ob;
    TpyObject *tuple;
    const char *const *fields;
} StructSeq;

static TpyType structseq_type;

static TpyObject *structseq_new(const char *const *fields, TpyObject *tuple /* stolen */)
{
    if (tuple == NULL)
        return NULL;
    StructSeq *s = (StructSeq *)tpy_object_new(&structseq_type);
    if (s == NULL) {
        tpy_decref(tuple);
        return NULL;
    }
    s->tuple = tuple;
    s->fields = fields;
    return &s->ob;
}

static void structseq_dealloc(TpyObject *o)
{
    tpy_clear(((StructSeq *)o)->tuple);
    tpy_object_free(o);
}

static TpyObject *unwrap(TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &structseq_type ? ((StructSeq *)o)->tuple : o;
}

static TpyObject *structseq_repr(TpyObject *o)
{
    StructSeq *s = (StructSeq *)o;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    const char *name = s->fields[0];   // fields[0] is the type's name
    if (tpy_strbuilder_append_cstr(&b, name) < 0 || tpy_strbuilder_append_char(&b, '(') < 0)
        goto error;
    for (int64_t i = 0; i < TPY_TUPLE_SIZE(s->tuple); i++) {
        TpyObject *r = tpy_object_repr(TPY_TUPLE_ITEMS(s->tuple)[i]);
        if (r == NULL)
            goto error;
        int e = (i > 0 && tpy_strbuilder_append_cstr(&b, ", ") < 0) ||
                tpy_strbuilder_append_cstr(&b, s->fields[i + 1]) < 0 ||
                tpy_strbuilder_append_char(&b, '=') < 0 || tpy_strbuilder_append_str(&b, r) < 0;
        tpy_decref(r);
        if (e)
            goto error;
    }
    if (tpy_strbuilder_append_char(&b, ')') < 0)
        goto error;
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

static TpyObject *structseq_getattr(TpyObject *o, TpyObject *name)
{
    StructSeq *s = (StructSeq *)o;
    for (int64_t i = 0; i < TPY_TUPLE_SIZE(s->tuple); i++)
        if (tpy_str_equal_cstr(name, s->fields[i + 1]))
            return tpy_newref(TPY_TUPLE_ITEMS(s->tuple)[i]);
    const char *n = tpy_str_as_utf8(name, NULL);
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          s->fields[0], n != NULL ? n : "?");
}

static TpyObject *structseq_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op)
{
    return tpy_object_richcompare(unwrap(a), unwrap(b), op);
}

static int64_t structseq_hash(TpyObject *o)
{
    return tpy_object_hash(unwrap(o));
}

static int64_t structseq_length(TpyObject *o)
{
    return TPY_TUPLE_SIZE(unwrap(o));
}

static TpyObject *structseq_iter(TpyObject *o)
{
    return tpy_object_iter(unwrap(o));
}

static TpyObject *structseq_getitem(TpyObject *o, TpyObject *key)
{
    return tpy_object_getitem(unwrap(o), key);
}

static int structseq_contains(TpyObject *o, TpyObject *x)
{
    return tpy_object_contains(unwrap(o), x);
}

static TpyType structseq_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "structseq",
    .base = &tpy_object_type,
    .basicsize = sizeof(StructSeq),
    .dealloc = structseq_dealloc,
    .repr = structseq_repr,
    .hash = structseq_hash,
    .richcompare = structseq_richcompare,
    .length = structseq_length,
    .iter = structseq_iter,
    .getitem = structseq_getitem,
    .contains = structseq_contains,
    .getattr = structseq_getattr,
};

static const char *const version_info_fields[] = {"sys.version_info", "major", "minor", "micro",
                                                  "releaselevel", "serial", NULL};
static const char *const float_info_fields[] = {"sys.float_info", "max", "max_exp", "max_10_exp",
                                                "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                                                "epsilon", "radix", "rounds", NULL};

static TpyObject *make_version_info(void)
{
    TpyObject *rl = tpy_str_from_cstr("final");
    if (rl == NULL)
        return NULL;
    TpyObject *t = tpy_tuple_pack(5, tpy_smallint(3), tpy_smallint(11), tpy_smallint(7), rl,
                                  tpy_smallint(0));
    tpy_decref(rl);
    return structseq_new(version_info_fields, t);
}

static TpyObject *make_float_info(void)
{
    TpyObject *mx = tpy_float_from_double(__DBL_MAX__), *mn = tpy_float_from_double(__DBL_MIN__),
              *eps = tpy_float_from_double(__DBL_EPSILON__), *t = NULL;
    if (mx != NULL && mn != NULL && eps != NULL)
        t = tpy_tuple_pack(11, mx, tpy_smallint(__DBL_MAX_EXP__), tpy_smallint(__DBL_MAX_10_EXP__), mn,
                           tpy_smallint(__DBL_MIN_EXP__), tpy_smallint(__DBL_MIN_10_EXP__),
                           tpy_smallint(__DBL_DIG__), tpy_smallint(__DBL_MANT_DIG__), eps,
                           tpy_smallint(__FLT_RADIX__), tpy_smallint(1));
    tpy_xdecref(mx);
    tpy_xdecref(mn);
    tpy_xdecref(eps);
    return t == NULL ? NULL : structseq_new(float_info_fields, t);
}

/* ---------------------------------------------------------------- constants */

static TpyObject *make_argv(void)
{
    if (argv_list == NULL && tpy_sys_set_argv(0, NULL) < 0)
        return NULL;
    return tpy_newref(argv_list);
}

static TpyObject *make_path(void)
{
    if (path_list == NULL && tpy_sys_set_argv(0, NULL) < 0)
        return NULL;
    return tpy_newref(path_list);
}

static TpyObject *stream_ref(TpyObject *s)
{
    return s == NULL ? NULL : tpy_newref(s);
}

static TpyObject *make_stdin(void) { return stream_ref(tpy_sys_stdin()); }
static TpyObject *make_stdout(void) { return stream_ref(tpy_sys_stdout()); }
static TpyObject *make_stderr(void) { return stream_ref(tpy_sys_stderr()); }
static TpyObject *make_byteorder(void) { return tpy_str_from_cstr("little"); }
static TpyObject *make_maxsize(void) { return tpy_int_from_i64(INT64_MAX); }
static TpyObject *make_maxunicode(void) { return tpy_smallint(0x10FFFF); }
static TpyObject *make_platform(void) { return tpy_str_from_cstr("linux"); }
static TpyObject *make_hexversion(void) { return tpy_smallint(0x030B07F0); }

static TpyObject *make_version(void)
{
    return tpy_str_from_cstr("3.11.7 (tpy 0.1.0, typed-Python interpreter)");
}

static TpyObject *make_executable(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0)
        n = 0;
    buf[n] = '\0';
    return tpy_str_from_cstr(buf);
}

static const TpyModuleConstant sys_constants[] = {
    {"argv", make_argv},
    {"byteorder", make_byteorder},
    {"executable", make_executable},
    {"maxsize", make_maxsize},
    {"maxunicode", make_maxunicode},
    {"path", make_path},
    {"platform", make_platform},
    {"version", make_version},
    {"hexversion", make_hexversion},
    {"stdin", make_stdin},
    {"stdout", make_stdout},
    {"stderr", make_stderr},
    {"__stdin__", make_stdin},
    {"__stdout__", make_stdout},
    {"__stderr__", make_stderr},
    {"version_info", make_version_info},
    {"float_info", make_float_info},
    {NULL, NULL},
};

/* ---------------------------------------------------------------- functions */

static TpyObject *sys_exit(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("exit", nargs, kwnames, 0, 1) < 0)
        return NULL;
    TpyObject *exc = tpy_exc_new(&tpy_SystemExit_type, args, nargs);
    if (exc != NULL)
        tpy_err_raise(exc);
    return NULL;
}

static TpyObject *sys_getrefcount(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("getrefcount", nargs, kwnames) < 0)
        return NULL;
    TpyObject *o = args[0];
    // A tagged int has no count; CPython's small ints report a large one.
    if (tpy_is_smallint(o))
        return tpy_int_from_i64(1000000000);
    // + 1: CPython counts the reference held by the call's argument.
    return tpy_int_from_i64((int64_t)o->refcount + 1);
}

static TpyObject *sys_getsizeof(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"object", "default", NULL};
    static const TpyArgSpec spec = {"getsizeof", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    // The stub names the first parameter `obj`; accept both spellings.
    if (nargs == 0 && tpy_args_nkw(kwnames) > 0 &&
        tpy_str_equal_cstr(TPY_TUPLE_ITEMS(kwnames)[0], "obj") && tpy_args_nkw(kwnames) == 1)
        return tpy_int_from_u64(tpy_object_sizeof(args[0]));
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return tpy_int_from_u64(tpy_object_sizeof(a[0]));
}

static TpyObject *sys_getrecursionlimit(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("getrecursionlimit", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(tpy_interp_get_recursion_limit());
}

static TpyObject *sys_setrecursionlimit(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("setrecursionlimit", nargs, kwnames) < 0)
        return NULL;
    if (tpy_float_check(args[0]))
        return tpy_err_format(&tpy_TypeError_type, "'float' object cannot be interpreted as an integer");
    int64_t v;
    if (!tpy_int_check(args[0]))
        return tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(args[0])->name);
    if (!tpy_int_to_i64(args[0], &v) || v > INT32_MAX || v < INT32_MIN)
        return tpy_err_format(&tpy_OverflowError_type, "Python int too large to convert to C int");
    if (tpy_interp_set_recursion_limit(v) < 0)   // the interpreter owns the limit
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *sys_intern(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("intern", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(&tpy_TypeError_type, "intern() argument must be str, not %s",
                              tpy_type_of(args[0])->name);
    TpyObject *s = tpy_newref(args[0]);
    tpy_str_intern(&s);
    return s;
}

static TpyObject *sys_getdefaultencoding(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("getdefaultencoding", nargs, kwnames) < 0)
        return NULL;
    return tpy_str_from_cstr("utf-8");
}

static TpyObject *sys_getswitchinterval(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("getswitchinterval", nargs, kwnames) < 0)
        return NULL;
    return tpy_float_from_double(switch_interval);
}

static TpyObject *sys_setswitchinterval(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    double d;
    if (tpy_args_one("setswitchinterval", nargs, kwnames) < 0 || tpy_args_double(args[0], &d) < 0)
        return NULL;
    if (d <= 0.0)
        return tpy_err_format(&tpy_ValueError_type, "switch interval must be strictly positive");
    switch_interval = d;
    return tpy_none_new_ref();
}

static const TpyMethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrefcount", sys_getrefcount, 0},
    {"getsizeof", sys_getsizeof, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"intern", sys_intern, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"getswitchinterval", sys_getswitchinterval, 0},
    {"setswitchinterval", sys_setswitchinterval, 0},
    {NULL, NULL, 0},
};

const TpyModuleDef tpy_sys_module_def = {"sys", sys_functions, sys_constants, NULL};
