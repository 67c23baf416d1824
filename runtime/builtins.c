/* runtime/builtins.c: the builtin functions that are not about iteration
 * (those are in builtins_seq.c), and the builtins module table.
 *
 * Each function parses its arguments with argparse.h, using the same kind of
 * parser CPython 3.11 uses for it, so wrong calls raise CPython's TypeError
 * text.  Results follow CPython's (Python/bltinmodule.c).
 */
#include "builtins.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "bytearray.h"
#include "bytes.h"
#include "complex.h"
#include "dict.h"
#include "exc.h"
#include "file.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "modules/modules_internal.h"
#include "modules/sys.h"
#include "none.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- print */

// Writes a str to `file`: the fast path for file objects, else file.write(s).
static int write_to(TpyObject *file, TpyObject *s)
{
    if (tpy_file_check(file)) {
        size_t len;
        const char *p = tpy_str_as_utf8(s, &len);
        return p == NULL ? -1 : tpy_file_write_utf8(file, p, len);
    }
    TpyObject *write = tpy_object_getattr_str(file, "write");
    if (write == NULL)
        return -1;
    TpyObject *r = tpy_object_call(write, &s, 1, NULL);
    tpy_decref(write);
    if (r == NULL)
        return -1;
    tpy_decref(r);
    return 0;
}

int tpy_builtins_print(TpyObject *const *values, int64_t n, TpyObject *sep, TpyObject *end,
                       TpyObject *file, bool flush)
{
    if (file == NULL || file == tpy_None) {
        file = tpy_sys_stdout();
        if (file == NULL)
            return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            int r;
            if (sep == NULL)
                r = tpy_file_check(file) ? tpy_file_write_utf8(file, " ", 1) : -2;
            else
                r = write_to(file, sep);
            if (r == -2) {
                TpyObject *sp = tpy_str_from_cstr(" ");
                r = sp == NULL ? -1 : write_to(file, sp);
                tpy_xdecref(sp);
            }
            if (r < 0)
                return -1;
        }
        TpyObject *s = tpy_object_str(values[i]);
        if (s == NULL)
            return -1;
        int r = write_to(file, s);
        tpy_decref(s);
        if (r < 0)
            return -1;
    }
    int r;
    if (end == NULL && tpy_file_check(file)) {
        r = tpy_file_write_utf8(file, "\n", 1);
    } else {
        TpyObject *e = end != NULL ? tpy_newref(end) : tpy_str_from_cstr("\n");
        r = e == NULL ? -1 : write_to(file, e);
        tpy_xdecref(e);
    }
    if (r < 0)
        return -1;
    if (flush) {
        if (tpy_file_check(file))
            return tpy_file_flush(file);
        TpyObject *res = tpy_object_call_method(file, "flush", NULL, 0, NULL);
        if (res == NULL) {
            // user objects: look the method up as an attribute
            tpy_err_clear();
            TpyObject *fl = tpy_object_getattr_str(file, "flush");
            if (fl == NULL)
                return -1;
            res = tpy_object_call(fl, NULL, 0, NULL);
            tpy_decref(fl);
            if (res == NULL)
                return -1;
        }
        tpy_decref(res);
    }
    return 0;
}

TpyObject *tpy_builtin_print(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"sep", "end", "file", "flush", NULL};
    static const TpyArgSpec spec = {"print", params, 0, 0, 0, TPY_ARGS_CLINIC, true};
    TpyObject *kw[4], *sep, *end;
    if (tpy_args_parse(&spec, args, nargs, kwnames, kw) < 0 ||
        tpy_args_str_or_none(kw[0], "sep", &sep) < 0 || tpy_args_str_or_none(kw[1], "end", &end) < 0)
        return NULL;
    int flush = 0;
    if (kw[3] != NULL && (flush = tpy_object_is_true(kw[3])) < 0)
        return NULL;
    if (tpy_builtins_print(args, nargs, sep, end, kw[2], flush) < 0)
        return NULL;
    return tpy_none_new_ref();
}

/* ---------------------------------------------------------------- simple functions */

TpyObject *tpy_builtin_len(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("len", nargs, kwnames) < 0)
        return NULL;
    int64_t n = tpy_object_length(args[0]);
    return n < 0 ? NULL : tpy_int_from_i64(n);
}

static TpyObject *builtin_abs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("abs", nargs, kwnames) < 0)
        return NULL;
    return tpy_number_unaryop(args[0], TPY_UNOP_ABS);
}

/* CPython checks the recursion depth when it calls a one-argument builtin
 * (" while calling a Python object"); the builtins that can call back into
 * Python code do it here, so deep recursion fails where CPython's does. */
static TpyObject *call_checked(TpyObject *(*fn)(TpyObject *), TpyObject *arg)
{
    if (tpy_interp_enter_recursive_call(" while calling a Python object") < 0)
        return NULL;
    TpyObject *r = fn(arg);
    tpy_interp_leave_recursive_call();
    return r;
}

static TpyObject *builtin_repr(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("repr", nargs, kwnames) < 0)
        return NULL;
    return call_checked(tpy_object_repr, args[0]);
}

static TpyObject *builtin_ascii(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("ascii", nargs, kwnames) < 0)
        return NULL;
    return call_checked(tpy_object_ascii, args[0]);
}

static TpyObject *builtin_hash(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("hash", nargs, kwnames) < 0)
        return NULL;
    if (tpy_interp_enter_recursive_call(" while calling a Python object") < 0)
        return NULL;
    int64_t h = tpy_object_hash(args[0]);
    tpy_interp_leave_recursive_call();
    return h == -1 ? NULL : tpy_int_from_i64(h);
}

static TpyObject *builtin_id(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("id", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static TpyObject *builtin_callable(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("callable", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool_from(tpy_type_of(args[0])->call != NULL);
}

static TpyObject *builtin_divmod(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("divmod", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return tpy_number_binop(args[0], args[1], TPY_BINOP_DIVMOD);
}

static TpyObject *builtin_pow(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"base", "exp", "mod", NULL};
    static const TpyArgSpec spec = {"pow", params, 0, -1, 2, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    return tpy_number_power(a[0], a[1], a[2]);
}

// round(int, ndigits): exact, half to even, as int.__round__.
static TpyObject *round_int(TpyObject *x, int64_t ndigits)
{
    if (ndigits >= 0)
        return tpy_int_pos(x);
    mpz_t v, p, q, r, twice;
    mpz_inits(v, p, q, r, twice, NULL);
    tpy_int_get_mpz(x, v);
    // 10**-ndigits is larger than any representable int beyond ~ 10**(2**40)
    uint64_t e = ndigits < -(int64_t)1000000000 ? 1000000000u : (uint64_t)(-ndigits);
    mpz_ui_pow_ui(p, 10, e);
    mpz_fdiv_qr(q, r, v, p);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    TpyObject *res = tpy_int_from_mpz(q);
    mpz_clears(v, p, q, r, twice, NULL);
    return res;
}

static TpyObject *builtin_round(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"number", "ndigits", NULL};
    static const TpyArgSpec spec = {"round", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[2];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *x = a[0], *nd = a[1] == tpy_None ? NULL : a[1];
    int64_t ndigits = 0;
    if (nd != NULL) {
        if (!tpy_int_check(nd))
            return tpy_err_format(&tpy_TypeError_type,
                                  "'%s' object cannot be interpreted as an integer",
                                  tpy_type_of(nd)->name);
        if (!tpy_int_to_i64(nd, &ndigits))
            ndigits = tpy_int_sign(nd) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (tpy_int_check(x))
        return round_int(x, ndigits);
    if (tpy_float_check(x)) {
        double v = TPY_FLOAT_VALUE(x), out;
        if (nd == NULL)
            return tpy_float_round_to_int(v);
        if (tpy_float_round_d(v, ndigits, &out) < 0)
            return NULL;
        return tpy_float_from_double(out);
    }
    // user classes with __round__
    TpyObject *m = tpy_object_getattr_str(x, "__round__");
    if (m == NULL) {
        tpy_err_clear();
        return tpy_err_format(&tpy_TypeError_type, "type %s doesn't define __round__ method",
                              tpy_type_of(x)->name);
    }
    TpyObject *r = tpy_object_call(m, nd != NULL ? &nd : NULL, nd != NULL ? 1 : 0, NULL);
    tpy_decref(m);
    return r;
}

static TpyObject *builtin_ord(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("ord", nargs, kwnames) < 0)
        return NULL;
    TpyObject *c = args[0];
    if (tpy_str_check(c)) {
        if (TPY_STR_LEN(c) == 1)
            return tpy_smallint(tpy_str_read(c, 0));
        return tpy_err_format(&tpy_TypeError_type,
                              "ord() expected a character, but string of length %lld found",
                              (long long)TPY_STR_LEN(c));
    }
    if (tpy_bytes_check(c)) {
        if (TPY_BYTES_SIZE(c) == 1)
            return tpy_smallint((unsigned char)TPY_BYTES_DATA(c)[0]);
        return tpy_err_format(&tpy_TypeError_type,
                              "ord() expected a character, but string of length %lld found",
                              (long long)TPY_BYTES_SIZE(c));
    }
    return tpy_err_format(&tpy_TypeError_type, "ord() expected string of length 1, but %s found",
                          tpy_type_of(c)->name);
}

static TpyObject *builtin_chr(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("chr", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_int_check(args[0]))
        return tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(args[0])->name);
    int64_t v;
    if (!tpy_int_to_i64(args[0], &v) || v > INT32_MAX || v < INT32_MIN)
        return tpy_err_format(&tpy_OverflowError_type, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10FFFF)
        return tpy_err_format(&tpy_ValueError_type, "chr() arg not in range(0x110000)");
    return tpy_str_from_char((uint32_t)v);
}

static TpyObject *int_to_base(const char *fname, TpyObject *const *args, int64_t nargs,
                              TpyObject *kwnames, int base)
{
    if (tpy_args_one(fname, nargs, kwnames) < 0)
        return NULL;
    TpyObject *i = tpy_number_index(args[0]);
    if (i == NULL)
        return NULL;
    TpyObject *r = tpy_int_to_base(i, base, true);
    tpy_decref(i);
    return r;
}

static TpyObject *builtin_hex(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return int_to_base("hex", args, nargs, kwnames, 16);
}

static TpyObject *builtin_oct(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return int_to_base("oct", args, nargs, kwnames, 8);
}

static TpyObject *builtin_bin(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return int_to_base("bin", args, nargs, kwnames, 2);
}

static TpyObject *builtin_format(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("format", nargs, kwnames, 1, 2) < 0)
        return NULL;
    TpyObject *spec = nargs > 1 ? args[1] : NULL;
    if (spec != NULL && !tpy_str_check(spec))
        return tpy_err_format(&tpy_TypeError_type, "format() argument 2 must be str, not %s",
                              tpy_type_of(spec)->name);
    return tpy_object_format(args[0], spec);
}

/* ---------------------------------------------------------------- types and attributes */

// 1 if `cls` is a subclass of one of `classinfo` (a type or nested tuples).
static int check_class(TpyType *cls, TpyObject *classinfo, const char *fname, int depth)
{
    if (!tpy_is_smallint(classinfo) && classinfo->type == &tpy_type_type)
        return tpy_type_is_subtype(cls, (TpyType *)classinfo);
    if (!tpy_is_smallint(classinfo) && tpy_type_of(classinfo) != NULL &&
        tpy_type_is_subtype(tpy_type_of(classinfo), &tpy_type_type))
        return tpy_type_is_subtype(cls, (TpyType *)classinfo);   // metaclass instances (user classes)
    if (tpy_tuple_check(classinfo) && depth < 1000) {
        for (int64_t i = 0; i < TPY_TUPLE_SIZE(classinfo); i++) {
            int r = check_class(cls, TPY_TUPLE_ITEMS(classinfo)[i], fname, depth + 1);
            if (r != 0)
                return r;
        }
        return 0;
    }
    tpy_err_format(&tpy_TypeError_type, "%s() arg 2 must be a type, a tuple of types, or a union",
                   fname);
    return -1;
}

static bool is_type(TpyObject *o)
{
    return !tpy_is_smallint(o) && tpy_type_is_subtype(tpy_type_of(o), &tpy_type_type);
}

static TpyObject *builtin_isinstance(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("isinstance", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = check_class(tpy_type_of(args[0]), args[1], "isinstance", 0);
    return r < 0 ? NULL : tpy_bool_from(r);
}

static TpyObject *builtin_issubclass(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("issubclass", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!is_type(args[0]))
        return tpy_err_format(&tpy_TypeError_type, "issubclass() arg 1 must be a class");
    int r = check_class((TpyType *)args[0], args[1], "issubclass", 0);
    return r < 0 ? NULL : tpy_bool_from(r);
}

static int check_attr_name(const char *fname, TpyObject *name)
{
    if (!tpy_str_check(name)) {
        tpy_err_format(&tpy_TypeError_type, "attribute name must be string, not '%s'",
                       tpy_type_of(name)->name);
        return -1;
    }
    return 0;
}

static TpyObject *builtin_getattr(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("getattr", nargs, kwnames, 2, 3) < 0 ||
        check_attr_name("getattr", args[1]) < 0)
        return NULL;
    TpyObject *r = tpy_object_getattr(args[0], args[1]);
    if (r == NULL && nargs == 3 && tpy_err_matches(&tpy_AttributeError_type)) {
        tpy_err_clear();
        return tpy_newref(args[2]);
    }
    return r;
}

static TpyObject *builtin_hasattr(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("hasattr", nargs, kwnames, 2, 2) < 0 ||
        check_attr_name("hasattr", args[1]) < 0)
        return NULL;
    TpyObject *r = tpy_object_getattr(args[0], args[1]);
    if (r == NULL) {
        if (!tpy_err_matches(&tpy_AttributeError_type))
            return NULL;
        tpy_err_clear();
        return tpy_newref(tpy_False);
    }
    tpy_decref(r);
    return tpy_newref(tpy_True);
}

static TpyObject *builtin_setattr(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("setattr", nargs, kwnames, 3, 3) < 0 ||
        check_attr_name("setattr", args[1]) < 0 || tpy_object_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *builtin_delattr(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("delattr", nargs, kwnames, 2, 2) < 0 ||
        check_attr_name("delattr", args[1]) < 0 || tpy_object_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *builtin_vars(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("vars", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TpyObject *d = tpy_object_getattr_str(args[0], "__dict__");
    if (d == NULL && tpy_err_matches(&tpy_AttributeError_type)) {
        tpy_err_clear();
        return tpy_err_format(&tpy_TypeError_type, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static int add_method_names(TpyObject *set, TpyType *t)
{
    for (; t != NULL; t = t->base) {
        if (t->methods != NULL)
            for (const TpyMethodDef *m = t->methods; m->name != NULL; m++) {
                TpyObject *s = tpy_str_from_cstr(m->name);
                if (s == NULL || tpy_set_add(set, s) < 0) {
                    tpy_xdecref(s);
                    return -1;
                }
                tpy_decref(s);
            }
        if (t->members != NULL && tpy_dict_check(t->members)) {
            int64_t pos = 0;
            TpyObject *k, *v;
            while (tpy_dict_next(t->members, &pos, &k, &v))
                if (tpy_set_add(set, k) < 0)
                    return -1;
        }
    }
    return 0;
}

// dir(o): the names of o's type's methods and members, sorted (tpy has no
// per-instance __dict__; fields are class members).
static TpyObject *builtin_dir(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("dir", nargs, kwnames, 1, 1) < 0)
        return NULL;
    TpyObject *set = tpy_set_new(NULL);
    if (set == NULL)
        return NULL;
    TpyType *t = is_type(args[0]) ? (TpyType *)args[0] : tpy_type_of(args[0]);
    TpyObject *list = NULL;
    if (add_method_names(set, t) == 0 && (list = tpy_list_from_iterable(set)) != NULL &&
        tpy_list_sort(list, NULL, false) < 0)
        tpy_clear(list);
    tpy_decref(set);
    return list;
}

/* ---------------------------------------------------------------- input, open */

static TpyObject *builtin_input(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("input", nargs, kwnames, 0, 1) < 0)
        return NULL;
    TpyObject *out = tpy_sys_stdout(), *in = tpy_sys_stdin();
    if (out == NULL || in == NULL)
        return NULL;
    tpy_file_flush_all();
    if (tpy_file_flush(tpy_sys_stderr()) < 0)
        tpy_err_clear();
    if (nargs == 1) {
        TpyObject *s = tpy_object_str(args[0]);
        if (s == NULL)
            return NULL;
        int r = write_to(out, s);
        tpy_decref(s);
        if (r < 0 || tpy_file_flush(out) < 0)
            return NULL;
    }
    TpyObject *line = tpy_file_readline(in, -1);
    if (line == NULL)
        return NULL;
    int64_t n = TPY_STR_LEN(line);
    if (n == 0) {
        tpy_decref(line);
        return tpy_err_format(&tpy_EOFError_type, "EOF when reading a line");
    }
    if (tpy_str_read(line, n - 1) == '\n') {
        TpyObject *s = tpy_str_substring(line, 0, n - 1);
        tpy_decref(line);
        return s;
    }
    return line;
}

static TpyObject *builtin_open(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    static const char *const params[] = {"file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL};
    static const TpyArgSpec spec = {"open", params, 0, -1, 1, TPY_ARGS_CLINIC, false};
    TpyObject *a[8];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    const char *mode = "r";
    if (a[1] != NULL && (mode = tpy_args_utf8(a[1], "open", 2, NULL)) == NULL)
        return NULL;
    int64_t buffering = -1;
    if (a[2] != NULL && tpy_args_i64(a[2], &buffering) < 0)
        return NULL;
    if (a[3] != NULL && a[3] != tpy_None) {
        const char *enc = tpy_args_utf8(a[3], "open", 4, NULL);
        if (enc == NULL)
            return NULL;
        if (strchr(mode, 'b') != NULL)
            return tpy_err_format(&tpy_ValueError_type,
                                  "binary mode doesn't take an encoding argument");
        char low[32];
        size_t i;
        for (i = 0; enc[i] && i < sizeof low - 1; i++)
            low[i] = (char)(enc[i] >= 'A' && enc[i] <= 'Z' ? enc[i] + 32 : enc[i] == '_' ? '-' : enc[i]);
        low[i] = '\0';
        if (strcmp(low, "utf-8") != 0 && strcmp(low, "utf8") != 0 && strcmp(low, "ascii") != 0)
            return tpy_err_format(&tpy_LookupError_type, "unknown encoding: %s", enc);
    }
    return tpy_file_open(a[0], mode, (int)(buffering < -1 ? -1 : buffering > 2 ? 2 : buffering));
}

/* ---------------------------------------------------------------- the module */

static const TpyMethodDef builtins_functions[] = {
    {"abs", builtin_abs, 0},
    {"all", tpy_builtin_all, 0},
    {"any", tpy_builtin_any, 0},
    {"ascii", builtin_ascii, 0},
    {"bin", builtin_bin, 0},
    {"callable", builtin_callable, 0},
    {"chr", builtin_chr, 0},
    {"delattr", builtin_delattr, 0},
    {"dir", builtin_dir, 0},
    {"divmod", builtin_divmod, 0},
    {"format", builtin_format, 0},
    {"getattr", builtin_getattr, 0},
    {"hasattr", builtin_hasattr, 0},
    {"hash", builtin_hash, 0},
    {"hex", builtin_hex, 0},
    {"id", builtin_id, 0},
    {"input", builtin_input, 0},
    {"isinstance", builtin_isinstance, 0},
    {"issubclass", builtin_issubclass, 0},
    {"iter", tpy_builtin_iter, 0},
    {"len", tpy_builtin_len, 0},
    {"max", tpy_builtin_max, 0},
    {"min", tpy_builtin_min, 0},
    {"next", tpy_builtin_next, 0},
    {"oct", builtin_oct, 0},
    {"open", builtin_open, 0},
    {"ord", builtin_ord, 0},
    {"pow", builtin_pow, 0},
    {"print", tpy_builtin_print, 0},
    {"repr", builtin_repr, 0},
    {"round", builtin_round, 0},
    {"setattr", builtin_setattr, 0},
    {"sorted", tpy_builtin_sorted, 0},
    {"sum", tpy_builtin_sum, 0},
    {"vars", builtin_vars, 0},
    {"zip", tpy_builtin_zip, 0},
    {NULL, NULL, 0},
};

// The builtin classes, by name (exceptions come from exc.c's table).
static TpyType *const builtin_types[] = {
    &tpy_object_type, &tpy_type_type, &tpy_int_type, &tpy_bool_type, &tpy_float_type,
    &tpy_complex_type, &tpy_str_type, &tpy_bytes_type, &tpy_bytearray_type, &tpy_list_type, &tpy_tuple_type,
    &tpy_dict_type, &tpy_set_type, &tpy_frozenset_type, &tpy_range_type, &tpy_slice_type,
    &tpy_enumerate_type, &tpy_reversed_type, &tpy_map_type, &tpy_filter_type, NULL,
};

TpyType *tpy_builtins_find_type(const char *name)
{
    tpy_bytearray_ready();   // its method table, before the compiler binds calls
    for (int i = 0; builtin_types[i] != NULL; i++)
        if (strcmp(builtin_types[i]->name, name) == 0)
            return builtin_types[i];
    for (int i = 0; tpy_exc_builtin_types[i] != NULL; i++)
        if (strcmp(tpy_exc_builtin_types[i]->name, name) == 0)
            return tpy_exc_builtin_types[i];
    return NULL;
}

// One constant per class; `make` cannot take an argument, so each gets a
// tiny function (generated by the macro).
#define TYPE_CONST(cname, var) \
    static TpyObject *make_##cname(void) { return tpy_newref(&(var).ob); }
TYPE_CONST(object, tpy_object_type)
TYPE_CONST(type, tpy_type_type)
TYPE_CONST(int, tpy_int_type)
TYPE_CONST(bool, tpy_bool_type)
TYPE_CONST(float, tpy_float_type)
TYPE_CONST(complex, tpy_complex_type)
TYPE_CONST(str, tpy_str_type)
TYPE_CONST(bytes, tpy_bytes_type)
TYPE_CONST(bytearray, tpy_bytearray_type)
TYPE_CONST(list, tpy_list_type)
TYPE_CONST(tuple, tpy_tuple_type)
TYPE_CONST(dict, tpy_dict_type)
TYPE_CONST(set, tpy_set_type)
TYPE_CONST(frozenset, tpy_frozenset_type)
TYPE_CONST(range, tpy_range_type)
TYPE_CONST(slice, tpy_slice_type)
TYPE_CONST(enumerate, tpy_enumerate_type)
TYPE_CONST(reversed, tpy_reversed_type)
TYPE_CONST(map, tpy_map_type)
TYPE_CONST(filter, tpy_filter_type)
#define TPY_EXC(name, base, kind) TYPE_CONST(name, tpy_##name##_type)
#include "exc.def"
#undef TPY_EXC
#undef TYPE_CONST

static TpyObject *make_None(void) { return tpy_none_new_ref(); }
static TpyObject *make_Ellipsis(void) { return tpy_newref(tpy_Ellipsis); }
static TpyObject *make_NotImplemented(void) { return tpy_newref(tpy_NotImplemented); }
static TpyObject *make_debug(void) { return tpy_newref(tpy_True); }

static const TpyModuleConstant builtins_constants[] = {
    {"object", make_object}, {"type", make_type}, {"int", make_int}, {"bool", make_bool},
    {"float", make_float}, {"complex", make_complex}, {"str", make_str}, {"bytes", make_bytes},
    {"bytearray", make_bytearray},
    {"list", make_list}, {"tuple", make_tuple}, {"dict", make_dict}, {"set", make_set},
    {"frozenset", make_frozenset}, {"range", make_range}, {"slice", make_slice},
    {"enumerate", make_enumerate}, {"reversed", make_reversed}, {"map", make_map},
    {"filter", make_filter},
#define TPY_EXC(name, base, kind) {#name, make_##name},
#include "exc.def"
#undef TPY_EXC
    {"None", make_None}, {"Ellipsis", make_Ellipsis}, {"NotImplemented", make_NotImplemented},
    {"__debug__", make_debug},
    {NULL, NULL},
};

void tpy_builtins_init(void)
{
    if (tpy_str_type.construct == NULL)
        tpy_str_type.construct = tpy_builtins_str_construct;
    if (tpy_bytes_type.construct == NULL)
        tpy_bytes_type.construct = tpy_builtins_bytes_construct;
    tpy_bytearray_ready();
}

static int builtins_module_init(TpyObject *module)
{
    tpy_builtins_init();
    return 0;
}

const TpyModuleDef tpy_builtins_module_def = {"builtins", builtins_functions, builtins_constants,
                                              builtins_module_init};
