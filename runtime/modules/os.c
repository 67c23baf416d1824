/* runtime/modules/os.c: the part of the os module that frontend/stubs/os.pyi
 * declares.  Failures raise OSError subclasses built from errno, with the
 * file name, as CPython does ("[Errno 2] No such file or directory: 'x'").
 * os.listdir returns names in readdir order, which is CPython's order too.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abstract.h"
#include "argparse.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "modules_internal.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

extern char **environ;

static TpyObject *raise_os(int err, TpyObject *f1, TpyObject *f2)
{
    TpyObject *msg = tpy_str_from_cstr(strerror(err));
    if (msg == NULL)
        return NULL;
    TpyObject *a[5] = {tpy_smallint(err), msg, f1, NULL, f2};
    if (f2 != NULL)
        a[3] = tpy_smallint(0);
    TpyObject *exc = tpy_exc_new(&tpy_OSError_type, a, f2 != NULL ? 5 : f1 != NULL ? 3 : 2);
    tpy_decref(msg);
    if (exc != NULL)
        tpy_err_raise(exc);
    return NULL;
}

static const char *path_of(TpyObject *o)
{
    if (!tpy_str_check(o)) {
        tpy_err_format(&tpy_TypeError_type, "expected str, bytes or os.PathLike object, not %s",
                       tpy_type_of(o)->name);
        return NULL;
    }
    size_t n;
    const char *p = tpy_str_as_utf8(o, &n);
    if (p != NULL && strlen(p) != n) {
        tpy_err_format(&tpy_ValueError_type, "embedded null byte");
        return NULL;
    }
    return p;
}

static TpyObject *os_getcwd(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("getcwd", nargs, kwnames) < 0)
        return NULL;
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) == NULL)
        return raise_os(errno, NULL, NULL);
    return tpy_str_from_cstr(buf);
}

static TpyObject *os_getenv(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"key", "default", NULL};
    static const TpyArgSpec spec = {"getenv", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (!tpy_str_check(a[0]))
        return tpy_err_format(&tpy_TypeError_type, "str expected, not %s", tpy_type_of(a[0])->name);
    const char *k = tpy_str_as_utf8(a[0], NULL);
    if (k == NULL)
        return NULL;
    const char *v = getenv(k);
    if (v == NULL)
        return a[1] != NULL ? tpy_newref(a[1]) : tpy_none_new_ref();
    return tpy_str_decode_utf8(v, strlen(v), "replace");
}

static TpyObject *os_getpid(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("getpid", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(getpid());
}

static TpyObject *os_listdir(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"path", NULL};
    static const TpyArgSpec spec = {"listdir", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    const char *p = ".";
    if (a[0] != NULL && a[0] != tpy_None && (p = path_of(a[0])) == NULL)
        return NULL;
    DIR *d = opendir(p);
    if (d == NULL)
        return raise_os(errno, a[0] != NULL && a[0] != tpy_None ? a[0] : NULL, NULL);
    TpyObject *list = tpy_list_new(0);
    struct dirent *e;
    while (list != NULL && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        TpyObject *s = tpy_str_decode_utf8(e->d_name, strlen(e->d_name), "replace");
        if (s == NULL || tpy_list_append_steal(list, s) < 0)
            tpy_clear(list);
    }
    closedir(d);
    return list;
}

static TpyObject *os_mkdir(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"path", "mode", "dir_fd", NULL};
    static const TpyArgSpec spec = {"mkdir", params, 0, 2, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    int64_t mode = 0777;
    const char *p;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || (p = path_of(a[0])) == NULL ||
        (a[1] != NULL && tpy_args_i64(a[1], &mode) < 0))
        return NULL;
    if (mkdir(p, (mode_t)mode) < 0)
        return raise_os(errno, a[0], NULL);
    return tpy_none_new_ref();
}

static TpyObject *os_makedirs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"name", "mode", "exist_ok", NULL};
    static const TpyArgSpec spec = {"makedirs", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    int64_t mode = 0777;
    const char *p;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || (p = path_of(a[0])) == NULL ||
        (a[1] != NULL && tpy_args_i64(a[1], &mode) < 0))
        return NULL;
    int exist_ok = a[2] != NULL ? tpy_object_is_true(a[2]) : 0;
    if (exist_ok < 0)
        return NULL;
    char *buf = strdup(p);
    if (buf == NULL)
        return tpy_err_nomemory();
    for (char *s = buf + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            if (mkdir(buf, (mode_t)mode) < 0 && errno != EEXIST) {
                int err = errno;
                free(buf);
                return raise_os(err, a[0], NULL);
            }
            *s = '/';
        }
    free(buf);
    if (mkdir(p, (mode_t)mode) < 0) {
        struct stat st;
        if (!(errno == EEXIST && exist_ok && stat(p, &st) == 0 && S_ISDIR(st.st_mode)))
            return raise_os(errno, a[0], NULL);
    }
    return tpy_none_new_ref();
}

static TpyObject *one_path_op(const char *fname, TpyObject *const *args, int64_t nargs,
                              TpyObject *kwnames, int (*op)(const char *))
{
    static const char *const params[] = {"path", "dir_fd", NULL};
    TpyArgSpec spec = {fname, params, 0, 1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    const char *p;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || (p = path_of(a[0])) == NULL)
        return NULL;
    if (op(p) < 0)
        return raise_os(errno, a[0], NULL);
    return tpy_none_new_ref();
}

static TpyObject *os_remove(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return one_path_op("remove", args, nargs, kwnames, unlink);
}

static TpyObject *os_rmdir(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return one_path_op("rmdir", args, nargs, kwnames, rmdir);
}

static TpyObject *os_rename(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    static const TpyArgSpec spec = {"rename", params, 0, 2, 2, TPY_ARGS_CLINIC, false};
    TpyObject *a[4];
    const char *s, *d;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || (s = path_of(a[0])) == NULL ||
        (d = path_of(a[1])) == NULL)
        return NULL;
    if (rename(s, d) < 0)
        return raise_os(errno, a[0], a[1]);
    return tpy_none_new_ref();
}

static TpyObject *make_name(void) { return tpy_str_from_cstr("posix"); }
static TpyObject *make_sep(void) { return tpy_str_from_cstr("/"); }
static TpyObject *make_linesep(void) { return tpy_str_from_cstr("\n"); }
static TpyObject *make_curdir(void) { return tpy_str_from_cstr("."); }
static TpyObject *make_pardir(void) { return tpy_str_from_cstr(".."); }

static TpyObject *make_environ(void)
{
    TpyObject *d = tpy_dict_new();
    for (char **e = environ; d != NULL && e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL)
            continue;
        TpyObject *k = tpy_str_decode_utf8(*e, (size_t)(eq - *e), "replace");
        TpyObject *v = tpy_str_decode_utf8(eq + 1, strlen(eq + 1), "replace");
        if (k == NULL || v == NULL || tpy_dict_setitem(d, k, v) < 0)
            tpy_clear(d);
        tpy_xdecref(k);
        tpy_xdecref(v);
    }
    return d;
}

static const TpyModuleConstant os_constants[] = {
    {"name", make_name},   {"sep", make_sep},       {"linesep", make_linesep},
    {"curdir", make_curdir}, {"pardir", make_pardir}, {"environ", make_environ},
    {NULL, NULL},
};

static const TpyMethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0},
    {"getenv", os_getenv, 0},
    {"getpid", os_getpid, 0},
    {"listdir", os_listdir, 0},
    {"mkdir", os_mkdir, 0},
    {"makedirs", os_makedirs, 0},
    {"remove", os_remove, 0},
    {"rmdir", os_rmdir, 0},
    {"rename", os_rename, 0},
    {NULL, NULL, 0},
};

const TpyModuleDef tpy_os_module_def = {"os", os_functions, os_constants, NULL};
