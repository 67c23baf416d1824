/* runtime/modules/os_path.c: os.path (CPython's posixpath on Linux).
 *
 * The string functions work on the UTF-8 bytes: '/' and '.' are ASCII, and
 * UTF-8 never uses ASCII bytes inside a multi-byte character, so splitting
 * there is the same as splitting the code points.  Each function follows
 * posixpath.py line by line (see the comment above each one).
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "argparse.h"
#include "bool.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "modules_internal.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

// A str argument as UTF-8: "<fname>() argument must be str, not int" is what
// os.fspath says: "expected str, bytes or os.PathLike object, not int".
static const char *path_arg(TpyObject *o, size_t *len)
{
    if (!tpy_str_check(o)) {
        tpy_err_format(&tpy_TypeError_type, "expected str, bytes or os.PathLike object, not %s",
                       tpy_type_of(o)->name);
        return NULL;
    }
    return tpy_str_as_utf8(o, len);
}

static TpyObject *str_n(const char *s, size_t n)
{
    return tpy_str_from_utf8(s, n);
}

// The one argument `pname` of `fname` (Argument Clinic wording) as UTF-8;
// *obj (may be NULL) gets the argument itself.  NULL with an exception set.
static const char *one_path(const char *fname, const char *pname, TpyObject *const *args,
                            int64_t nargs, TpyObject *kwnames, size_t *len, TpyObject **obj)
{
    const char *params[] = {pname, NULL};
    TpyArgSpec spec = {fname, params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[1];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (obj != NULL)
        *obj = a[0];
    return path_arg(a[0], len);
}

// (p[:cut], p[cut:]) as a 2-tuple of str: split and splitext.
static TpyObject *split_at(const char *p, size_t n, size_t head_len, size_t tail_start)
{
    TpyObject *head = str_n(p, head_len), *tail = str_n(p + tail_start, n - tail_start), *r = NULL;
    if (head != NULL && tail != NULL)
        r = tpy_tuple_pack(2, head, tail);
    tpy_xdecref(head);
    tpy_xdecref(tail);
    return r;
}

// A str from a malloc'd C string, which it frees; s == NULL means the
// producer failed with MemoryError (set here unless already pending).
static TpyObject *str_take(char *s)
{
    if (s == NULL)
        return tpy_err_occurred() ? NULL : tpy_err_nomemory();
    TpyObject *r = tpy_str_from_cstr(s);
    free(s);
    return r;
}

static size_t last_slash_plus1(const char *p, size_t n)
{
    for (size_t i = n; i > 0; i--)
        if (p[i - 1] == '/')
            return i;
    return 0;
}

// split: i = p.rfind('/') + 1; head, tail = p[:i], p[i:]; head.rstrip('/') unless all slashes
static void split_parts(const char *p, size_t n, size_t *head_len, size_t *tail_start)
{
    size_t i = last_slash_plus1(p, n);
    *tail_start = i;
    size_t h = i;
    bool all_slashes = true;
    for (size_t k = 0; k < h; k++)
        if (p[k] != '/')
            all_slashes = false;
    if (h > 0 && !all_slashes)
        while (h > 0 && p[h - 1] == '/')
            h--;
    *head_len = h;
}

static TpyObject *path_basename(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n;
    const char *p = one_path("basename", "p", args, nargs, kwnames, &n, NULL);
    if (p == NULL)
        return NULL;
    size_t i = last_slash_plus1(p, n);
    return str_n(p + i, n - i);
}

static TpyObject *path_dirname(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n, h, t;
    const char *p = one_path("dirname", "p", args, nargs, kwnames, &n, NULL);
    if (p == NULL)
        return NULL;
    split_parts(p, n, &h, &t);
    return str_n(p, h);
}

static TpyObject *path_split(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n, h, t;
    const char *p = one_path("split", "p", args, nargs, kwnames, &n, NULL);
    if (p == NULL)
        return NULL;
    split_parts(p, n, &h, &t);
    return split_at(p, n, h, t);
}

// genericpath._splitext with sep '/', extsep '.'
static TpyObject *path_splitext(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n;
    const char *p = one_path("splitext", "p", args, nargs, kwnames, &n, NULL);
    if (p == NULL)
        return NULL;
    size_t cut = n;
    const char *slash = NULL, *dot = NULL;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '/')
            slash = p + i;
        else if (p[i] == '.')
            dot = p + i;
    }
    if (dot != NULL && (slash == NULL || dot > slash)) {
        const char *f = slash != NULL ? slash + 1 : p;
        for (; f < dot; f++)
            if (*f != '.') {
                cut = (size_t)(dot - p);
                break;
            }
    }
    return split_at(p, n, cut, cut);
}

static TpyObject *path_join(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_no_kw("join", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return tpy_err_format(&tpy_TypeError_type,
                              "join() missing 1 required positional argument: 'a'");
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    int64_t len = 0;
    uint32_t last = 0;
    for (int64_t i = 0; i < nargs; i++) {
        if (!tpy_str_check(args[i])) {
            tpy_strbuilder_discard(&b);
            return tpy_err_format(&tpy_TypeError_type,
                                  "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                                  tpy_type_of(args[i])->name);
        }
        TpyObject *s = args[i];
        int64_t sl = TPY_STR_LEN(s);
        if (i > 0 && sl > 0 && tpy_str_read(s, 0) == '/') {
            tpy_strbuilder_discard(&b);
            tpy_strbuilder_init(&b);
            len = 0;
        } else if (i > 0 && len > 0 && last != '/') {
            if (tpy_strbuilder_append_char(&b, '/') < 0)
                goto error;
            len++;
            last = '/';
        }
        if (tpy_strbuilder_append_str(&b, s) < 0)
            goto error;
        len += sl;
        if (sl > 0)
            last = tpy_str_read(s, sl - 1);
    }
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

static TpyObject *path_isabs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n;
    const char *p = one_path("isabs", "s", args, nargs, kwnames, &n, NULL);
    if (p == NULL)
        return NULL;
    return tpy_bool_from(n > 0 && p[0] == '/');
}

// posixpath.normpath on a C string; returns a malloc'd string.
static char *normpath_c(const char *p, size_t n)
{
    if (n == 0)
        return strdup(".");
    int initial = p[0] == '/' ? 1 : 0;
    if (initial && n >= 2 && p[1] == '/' && !(n >= 3 && p[2] == '/'))
        initial = 2;
    // components as (start, len) pairs
    size_t *starts = malloc((n + 1) * sizeof(size_t)), *lens = malloc((n + 1) * sizeof(size_t));
    char *out = malloc(n + 3);
    if (starts == NULL || lens == NULL || out == NULL) {
        free(starts);
        free(lens);
        free(out);
        return NULL;
    }
    size_t ncomp = 0, i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && p[j] != '/')
            j++;
        size_t l = j - i;
        const char *c = p + i;
        if (!(l == 0 || (l == 1 && c[0] == '.'))) {
            bool dotdot = l == 2 && c[0] == '.' && c[1] == '.';
            bool last_dotdot = ncomp > 0 && lens[ncomp - 1] == 2 && p[starts[ncomp - 1]] == '.' &&
                               p[starts[ncomp - 1] + 1] == '.';
            if (!dotdot || (!initial && ncomp == 0) || last_dotdot) {
                starts[ncomp] = i;
                lens[ncomp++] = l;
            } else if (ncomp > 0) {
                ncomp--;
            }
        }
        i = j + 1;
    }
    size_t o = 0;
    for (int k = 0; k < initial; k++)
        out[o++] = '/';
    for (size_t k = 0; k < ncomp; k++) {
        if (k > 0)
            out[o++] = '/';
        memcpy(out + o, p + starts[k], lens[k]);
        o += lens[k];
    }
    if (o == 0)
        out[o++] = '.';
    out[o] = '\0';
    free(starts);
    free(lens);
    return out;
}

static TpyObject *path_normpath(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n;
    const char *p = one_path("normpath", "path", args, nargs, kwnames, &n, NULL);
    if (p == NULL)
        return NULL;
    return str_take(normpath_c(p, n));
}

// Absolute, normalised form of p as a malloc'd string (NULL: MemoryError set).
static char *abspath_c(const char *p, size_t n)
{
    char *joined;
    if (n > 0 && p[0] == '/') {
        joined = strndup(p, n);
    } else {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd) == NULL)
            strcpy(cwd, "/");
        size_t cl = strlen(cwd);
        joined = malloc(cl + n + 2);
        if (joined != NULL) {
            memcpy(joined, cwd, cl);
            size_t o = cl;
            if (n > 0 && (cl == 0 || cwd[cl - 1] != '/'))
                joined[o++] = '/';
            memcpy(joined + o, p, n);
            joined[o + n] = '\0';
        }
    }
    if (joined == NULL) {
        tpy_err_nomemory();
        return NULL;
    }
    char *r = normpath_c(joined, strlen(joined));
    free(joined);
    if (r == NULL)
        tpy_err_nomemory();
    return r;
}

static TpyObject *path_abspath(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n;
    const char *p = one_path("abspath", "path", args, nargs, kwnames, &n, NULL);
    if (p == NULL)
        return NULL;
    return str_take(abspath_c(p, n));
}

static TpyObject *path_realpath(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"filename", "strict", NULL};
    static const TpyArgSpec spec = {"realpath", params, 0, 1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    size_t n;
    const char *p;
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || (p = path_arg(a[0], &n)) == NULL)
        return NULL;
    char *real = realpath(p, NULL);
    if (real != NULL)
        return str_take(real);
    return str_take(abspath_c(p, n));   // a path that does not exist resolves as far as it can
}

static TpyObject *path_relpath(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"path", "start", NULL};
    static const TpyArgSpec spec = {"relpath", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    size_t n, sn = 1;
    const char *p, *st = ".";
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0 || (p = path_arg(a[0], &n)) == NULL)
        return NULL;
    if (n == 0)
        return tpy_err_format(&tpy_ValueError_type, "no path specified");
    if (a[1] != NULL && a[1] != tpy_None && (st = path_arg(a[1], &sn)) == NULL)
        return NULL;
    char *ap = abspath_c(p, n), *as = abspath_c(st, sn);
    if (ap == NULL || as == NULL) {
        free(ap);
        free(as);
        return NULL;
    }
    // Common prefix in whole components.
    size_t i = 0, common = 0, ncommon = 0;
    const char *x = ap + 1, *y = as + 1;   // both start with '/'
    size_t xl = strlen(x), yl = strlen(y);
    while (true) {
        size_t xe = i, ye = i;
        while (xe < xl && x[xe] != '/')
            xe++;
        while (ye < yl && y[ye] != '/')
            ye++;
        if (xe == i || xe != ye || memcmp(x + i, y + i, xe - i) != 0)
            break;
        ncommon++;
        common = xe;
        if (xe >= xl || ye >= yl) {
            i = xe;
            break;
        }
        i = xe + 1;
    }
    (void)ncommon;
    // Count the remaining components of start.
    size_t ups = 0;
    for (size_t k = common; k < yl; k++)
        if (y[k] != '/' && (k == 0 || y[k - 1] == '/'))
            ups++;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    int err = 0;
    for (size_t k = 0; k < ups && !err; k++)
        err = tpy_strbuilder_append_cstr(&b, k > 0 ? "/.." : "..");
    const char *rest = x + common;
    while (*rest == '/')
        rest++;
    if (!err && *rest) {
        if (ups > 0)
            err = tpy_strbuilder_append_char(&b, '/');
        if (!err)
            err = tpy_strbuilder_append_cstr(&b, rest);
    }
    if (!err && ups == 0 && !*rest)
        err = tpy_strbuilder_append_char(&b, '.');
    free(ap);
    free(as);
    if (err) {
        tpy_strbuilder_discard(&b);
        return NULL;
    }
    return tpy_strbuilder_finish(&b);
}

static TpyObject *path_expanduser(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    size_t n;
    TpyObject *path;
    const char *p = one_path("expanduser", "path", args, nargs, kwnames, &n, &path);
    if (p == NULL)
        return NULL;
    const char *home = getenv("HOME");
    if (n == 0 || p[0] != '~' || (n > 1 && p[1] != '/') || home == NULL)
        return tpy_newref(path);
    size_t hl = strlen(home);
    while (hl > 1 && home[hl - 1] == '/')
        hl--;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_utf8(&b, home, hl) < 0 || tpy_strbuilder_append_utf8(&b, p + 1, n - 1) < 0) {
        tpy_strbuilder_discard(&b);
        return NULL;
    }
    return tpy_strbuilder_finish(&b);
}

/* ---------------------------------------------------------------- file system queries */

// stat(path): 0, 1 if the file does not exist / path invalid, -1 on a TypeError.
static int stat_arg(const char *fname, const char *pname, TpyObject *const *args, int64_t nargs,
                    TpyObject *kwnames, struct stat *st, TpyObject **path)
{
    size_t n;
    const char *p = one_path(fname, pname, args, nargs, kwnames, &n, path);
    if (p == NULL)
        return -1;
    if (strlen(p) != n) {
        errno = EINVAL;
        return 1;
    }
    return stat(p, st) == 0 ? 0 : 1;
}

static TpyObject *path_exists(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    struct stat st;
    TpyObject *p;
    int r = stat_arg("exists", "path", args, nargs, kwnames, &st, &p);
    return r < 0 ? NULL : tpy_bool_from(r == 0);
}

static TpyObject *path_isfile(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    struct stat st;
    TpyObject *p;
    int r = stat_arg("isfile", "path", args, nargs, kwnames, &st, &p);
    return r < 0 ? NULL : tpy_bool_from(r == 0 && S_ISREG(st.st_mode));
}

static TpyObject *path_isdir(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    struct stat st;
    TpyObject *p;
    int r = stat_arg("isdir", "s", args, nargs, kwnames, &st, &p);
    return r < 0 ? NULL : tpy_bool_from(r == 0 && S_ISDIR(st.st_mode));
}

static TpyObject *raise_stat_error(TpyObject *path)
{
    int err = errno;
    if (err == EINVAL)
        return tpy_err_format(&tpy_ValueError_type, "embedded null byte");
    TpyObject *msg = tpy_str_from_cstr(strerror(err));
    if (msg == NULL)
        return NULL;
    TpyObject *eargs[3] = {tpy_smallint(err), msg, path};
    TpyObject *exc = tpy_exc_new(&tpy_OSError_type, eargs, 3);
    tpy_decref(msg);
    if (exc != NULL)
        tpy_err_raise(exc);
    return NULL;
}

// stat() of the `filename` argument of fname; 0, or -1 with TypeError/OSError set.
static int stat_or_raise(const char *fname, TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                         struct stat *st)
{
    TpyObject *path;
    int r = stat_arg(fname, "filename", args, nargs, kwnames, st, &path);
    if (r > 0)
        raise_stat_error(path);
    return r == 0 ? 0 : -1;
}

static TpyObject *path_getsize(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    struct stat st;
    if (stat_or_raise("getsize", args, nargs, kwnames, &st) < 0)
        return NULL;
    return tpy_int_from_i64((int64_t)st.st_size);
}

static TpyObject *path_getmtime(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    struct stat st;
    if (stat_or_raise("getmtime", args, nargs, kwnames, &st) < 0)
        return NULL;
    return tpy_float_from_double((double)st.st_mtim.tv_sec + (double)st.st_mtim.tv_nsec * 1e-9);
}

static TpyObject *make_sep(void)
{
    return tpy_str_from_cstr("/");
}

static const TpyModuleConstant os_path_constants[] = {
    {"sep", make_sep},
    {NULL, NULL},
};

static const TpyMethodDef os_path_functions[] = {
    {"abspath", path_abspath, 0},
    {"basename", path_basename, 0},
    {"dirname", path_dirname, 0},
    {"exists", path_exists, 0},
    {"expanduser", path_expanduser, 0},
    {"getmtime", path_getmtime, 0},
    {"getsize", path_getsize, 0},
    {"isabs", path_isabs, 0},
    {"isdir", path_isdir, 0},
    {"isfile", path_isfile, 0},
    {"join", path_join, 0},
    {"normpath", path_normpath, 0},
    {"realpath", path_realpath, 0},
    {"relpath", path_relpath, 0},
    {"split", path_split, 0},
    {"splitext", path_splitext, 0},
    {NULL, NULL, 0},
};

const TpyModuleDef tpy_os_path_module_def = {"os.path", os_path_functions, os_path_constants, NULL};
