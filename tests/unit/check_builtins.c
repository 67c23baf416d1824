/* tests/unit/check_builtins.c: the builtins module, file objects, sys, os.path
 * and the other C modules.
 *
 * Every test runs between runtime_setup and runtime_teardown_no_leaks (the
 * live-object count must come back to where it started).  Expected values
 * were printed by python3 3.11.7 (random: seeds 0, 1, 42, 12345, -7, 2**32 and
 * 123456789012345 were also compared draw by draw during development).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "leak_fixture.h"
#include "runtime_suites.h"

#include "abstract.h"
#include "alloc.h"
#include "bool.h"
#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "file.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "modules/sys.h"
#include "none.h"
#include "str.h"
#include "tuple.h"


static void runtime_setup(void)
{
    tpy_builtins_init();
    tpy_test_leaks_begin();
}

static void runtime_teardown_no_leaks(void)
{
    tpy_test_leaks_end(false);
}

static TpyObject *S(const char *s)
{
    TpyObject *o = tpy_str_from_cstr(s);
    ck_assert_ptr_nonnull(o);
    return o;
}

/* Calls module.fn(args..., **kw): args borrowed; kwnames a tuple or NULL. */
static TpyObject *callkw(const char *mod, const char *fn, TpyObject **args, int64_t n,
                         TpyObject *kwnames)
{
    const TpyMethodDef *m = tpy_module_find_function(mod, fn);
    ck_assert_msg(m != NULL, "%s.%s missing", mod, fn);
    int64_t npos = n - (kwnames != NULL ? TPY_TUPLE_SIZE(kwnames) : 0);
    return m->fn(args, npos, kwnames);
}

static TpyObject *call(const char *mod, const char *fn, TpyObject **args, int64_t n)
{
    return callkw(mod, fn, args, n, NULL);
}

/* repr(o) == want; steals o. */
static void check_repr(TpyObject *o, const char *want)
{
    ck_assert_msg(o != NULL, "NULL result (want %s)", want);
    TpyObject *r = tpy_object_repr(o);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(tpy_str_as_utf8(r, NULL), want);
    tpy_decref(r);
    tpy_decref(o);
}

/* The pending exception's str() == want, and its type; clears it. */
static void check_error(TpyType *type, const char *want)
{
    TpyObject *e = tpy_err_fetch();
    ck_assert_msg(e != NULL, "no exception (want %s)", want);
    ck_assert_str_eq(tpy_type_of(e)->name, type->name);
    TpyObject *s = tpy_object_str(e);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(tpy_str_as_utf8(s, NULL), want);
    tpy_decref(s);
    tpy_decref(e);
}

static TpyObject *list_of_ints(int n, const int64_t *v)
{
    TpyObject *l = tpy_list_new(0);
    for (int i = 0; i < n; i++)
        tpy_list_append_steal(l, tpy_int_from_i64(v[i]));
    return l;
}

static char tmp_path[64];

static void make_tmp(void)
{
    snprintf(tmp_path, sizeof tmp_path, "/tmp/tpy_check_builtins_%d", (int)getpid());
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* ---------------------------------------------------------------- argparse */

START_TEST(test_len_counts_code_points_and_checks_args)
{
    TpyObject *s = S("h\xc3\xa9llo");
    TpyObject *r = call("builtins", "len", &s, 1);
    ck_assert_ptr_eq(r, tpy_smallint(5));
    TpyObject *two[2] = {s, s};
    ck_assert_ptr_null(call("builtins", "len", two, 2));
    check_error(&tpy_TypeError_type, "len() takes exactly one argument (2 given)");
    tpy_decref(s);
}
END_TEST

START_TEST(test_print_rejects_unknown_keyword)
{
    TpyObject *kw = tpy_tuple_new(1);
    TPY_TUPLE_ITEMS(kw)[0] = S("x");
    TpyObject *args[2] = {tpy_smallint(1), tpy_smallint(1)};
    ck_assert_ptr_null(callkw("builtins", "print", args, 2, kw));
    check_error(&tpy_TypeError_type, "'x' is an invalid keyword argument for print()");
    tpy_decref(kw);
}
END_TEST

START_TEST(test_clinic_messages)
{
    TpyObject *a[3] = {tpy_smallint(1), tpy_smallint(2), tpy_smallint(3)};
    ck_assert_ptr_null(call("builtins", "round", a, 3));
    check_error(&tpy_TypeError_type, "round() takes at most 2 arguments (3 given)");
    ck_assert_ptr_null(call("builtins", "round", a, 0));
    check_error(&tpy_TypeError_type, "round() missing required argument 'number' (pos 1)");
    ck_assert_ptr_null(call("builtins", "divmod", a, 1));
    check_error(&tpy_TypeError_type, "divmod expected 2 arguments, got 1");
    ck_assert_ptr_null(call("builtins", "sum", a, 0));
    check_error(&tpy_TypeError_type, "sum() takes at least 1 positional argument (0 given)");
    ck_assert_ptr_null(call("builtins", "min", a, 0));
    check_error(&tpy_TypeError_type, "min expected at least 1 argument, got 0");
}
END_TEST

/* ---------------------------------------------------------------- print and files */

START_TEST(test_print_sep_end_to_file_and_close_on_dealloc)
{
    make_tmp();
    TpyObject *name = S(tmp_path);
    TpyObject *f = tpy_file_open(name, "w", -1);
    ck_assert_ptr_nonnull(f);
    TpyObject *sep = S("-"), *end = S("!\n");
    TpyObject *vals[3] = {tpy_smallint(1), sep, tpy_None};
    ck_assert_int_eq(tpy_builtins_print(vals, 3, sep, end, f, false), 0);
    ck_assert_int_eq(tpy_builtins_print(vals, 1, NULL, NULL, f, false), 0);
    tpy_decref(f);   // flushes and closes: deterministic, as in CPython
    ck_assert_str_eq(slurp(tmp_path), "1---None!\n1\n");
    tpy_decref(sep);
    tpy_decref(end);
    tpy_decref(name);
    unlink(tmp_path);
}
END_TEST

START_TEST(test_file_read_readline_iteration)
{
    make_tmp();
    FILE *c = fopen(tmp_path, "wb");
    fputs("ab\r\nh\xc3\xa9\rlast", c);
    fclose(c);
    TpyObject *name = S(tmp_path);
    TpyObject *f = tpy_file_open(name, "r", -1);
    ck_assert_ptr_nonnull(f);
    check_repr(tpy_file_readline(f, -1), "'ab\\n'");
    check_repr(tpy_file_read(f, 2), "'h\xc3\xa9'");
    check_repr(tpy_file_readline(f, -1), "'\\n'");
    check_repr(tpy_file_read(f, -1), "'last'");
    check_repr(tpy_file_read(f, -1), "''");
    ck_assert_int_eq(tpy_file_close(f), 0);
    ck_assert_ptr_null(tpy_file_read(f, -1));
    check_error(&tpy_ValueError_type, "I/O operation on closed file.");
    tpy_decref(f);
    // binary mode gives bytes, untranslated
    f = tpy_file_open(name, "rb", -1);
    check_repr(tpy_file_read(f, 4), "b'ab\\r\\n'");
    TpyObject *lines = tpy_list_from_iterable(f);
    check_repr(lines, "[b'h\\xc3\\xa9\\rlast']");
    tpy_decref(f);
    tpy_decref(name);
    unlink(tmp_path);
}
END_TEST

START_TEST(test_file_write_returns_count_and_errors)
{
    make_tmp();
    TpyObject *name = S(tmp_path);
    TpyObject *f = tpy_file_open(name, "w", -1);
    TpyObject *s = S("h\xc3\xa9!");
    ck_assert_int_eq(tpy_file_write(f, s), 3);
    ck_assert_int_eq(tpy_file_write(f, tpy_smallint(1)), -1);
    check_error(&tpy_TypeError_type, "write() argument must be str, not int");
    tpy_decref(f);
    ck_assert_str_eq(slurp(tmp_path), "h\xc3\xa9!");
    f = tpy_file_open(name, "a", -1);
    ck_assert_int_eq(tpy_file_write(f, s), 3);
    tpy_decref(f);
    ck_assert_str_eq(slurp(tmp_path), "h\xc3\xa9!h\xc3\xa9!");
    tpy_decref(s);
    tpy_decref(name);
    unlink(tmp_path);
    TpyObject *missing = S("/nonexistent/x");
    ck_assert_ptr_null(tpy_file_open(missing, "r", -1));
    check_error(&tpy_FileNotFoundError_type, "[Errno 2] No such file or directory: '/nonexistent/x'");
    ck_assert_ptr_null(tpy_file_open(missing, "rw", -1));
    check_error(&tpy_ValueError_type, "must have exactly one of create/read/write/append mode");
    tpy_decref(missing);
}
END_TEST

/* ---------------------------------------------------------------- sequences */

START_TEST(test_sorted_min_max_sum)
{
    int64_t v[3] = {3, 1, 2};
    TpyObject *l = list_of_ints(3, v);
    TpyObject *kw = tpy_tuple_new(1);
    TPY_TUPLE_ITEMS(kw)[0] = S("reverse");
    TpyObject *a[2] = {l, tpy_True};
    check_repr(callkw("builtins", "sorted", a, 2, kw), "[3, 2, 1]");
    check_repr(call("builtins", "max", &l, 1), "3");
    TpyObject *three[3] = {tpy_smallint(4), tpy_smallint(2), tpy_smallint(8)};
    check_repr(call("builtins", "min", three, 3), "2");
    int64_t big[2] = {(int64_t)1 << 61, (int64_t)1 << 61};
    TpyObject *bl = list_of_ints(2, big);
    TpyObject *b2 = tpy_number_binop(bl, bl, TPY_BINOP_ADD);
    check_repr(call("builtins", "sum", &b2, 1), "9223372036854775808");
    TpyObject *empty = tpy_list_new(0);
    ck_assert_ptr_null(call("builtins", "max", &empty, 1));
    check_error(&tpy_ValueError_type, "max() arg is an empty sequence");
    tpy_decref(empty);
    tpy_decref(b2);
    tpy_decref(bl);
    tpy_decref(kw);
    tpy_decref(l);
}
END_TEST

START_TEST(test_iterators)
{
    TpyObject *ab = S("ab");
    TpyObject *a[2] = {ab, tpy_smallint(5)};
    TpyObject *e = tpy_object_call(&tpy_enumerate_type.ob, a, 2, NULL);
    check_repr(tpy_list_from_iterable(e), "[(5, 'a'), (6, 'b')]");
    tpy_decref(e);
    TpyObject *abc = S("abc");
    TpyObject *r = tpy_object_call(&tpy_reversed_type.ob, &abc, 1, NULL);
    check_repr(tpy_list_from_iterable(r), "['c', 'b', 'a']");
    tpy_decref(r);
    int64_t v[4] = {0, 1, 2, 0};
    TpyObject *l = list_of_ints(4, v);
    TpyObject *fa[2] = {tpy_None, l};
    TpyObject *flt = tpy_object_call(&tpy_filter_type.ob, fa, 2, NULL);
    check_repr(tpy_list_from_iterable(flt), "[1, 2]");
    tpy_decref(flt);
    // zip(strict=True) length mismatch
    int64_t one[1] = {1}, two[2] = {1, 2};
    TpyObject *l1 = list_of_ints(1, one), *l2 = list_of_ints(2, two);
    TpyObject *z = tpy_zip_new((TpyObject *[]){l1, l2}, 2, true);
    ck_assert_ptr_null(tpy_list_from_iterable(z));
    check_error(&tpy_ValueError_type, "zip() argument 2 is longer than argument 1");
    tpy_decref(z);
    z = tpy_zip_new((TpyObject *[]){l2, ab}, 2, false);
    check_repr(tpy_list_from_iterable(z), "[(1, 'a'), (2, 'b')]");
    tpy_decref(z);
    tpy_decref(l1);
    tpy_decref(l2);
    tpy_decref(l);
    tpy_decref(abc);
    tpy_decref(ab);
}
END_TEST

START_TEST(test_number_functions)
{
    TpyObject *x = tpy_smallint(255);
    check_repr(call("builtins", "hex", &x, 1), "'0xff'");
    x = tpy_smallint(-8);
    check_repr(call("builtins", "oct", &x, 1), "'-0o10'");
    x = tpy_smallint(5);
    check_repr(call("builtins", "bin", &x, 1), "'0b101'");
    TpyObject *f = tpy_float_from_double(2.5);
    check_repr(call("builtins", "round", &f, 1), "2");
    tpy_decref(f);
    TpyObject *a[2] = {tpy_smallint(1250), tpy_smallint(-2)};
    check_repr(call("builtins", "round", a, 2), "1200");
    f = tpy_float_from_double(2.675);
    TpyObject *b[2] = {f, tpy_smallint(2)};
    check_repr(call("builtins", "round", b, 2), "2.67");
    tpy_decref(f);
    TpyObject *s = S("h\xc3\xa9llo\xe2\x82\xac");
    check_repr(call("builtins", "ascii", &s, 1), "\"'h\\\\xe9llo\\\\u20ac'\"");
    tpy_decref(s);
    x = tpy_smallint(0x20ac);
    check_repr(call("builtins", "chr", &x, 1), "'\xe2\x82\xac'");
    x = tpy_smallint(0x110000);
    ck_assert_ptr_null(call("builtins", "chr", &x, 1));
    check_error(&tpy_ValueError_type, "chr() arg not in range(0x110000)");
}
END_TEST

START_TEST(test_str_and_bytes_constructors)
{
    TpyObject *x = tpy_smallint(42);
    check_repr(tpy_object_call(&tpy_str_type.ob, &x, 1, NULL), "'42'");
    x = tpy_smallint(3);
    check_repr(tpy_object_call(&tpy_bytes_type.ob, &x, 1, NULL), "b'\\x00\\x00\\x00'");
    TpyObject *s = S("x");
    ck_assert_ptr_null(tpy_object_call(&tpy_bytes_type.ob, &s, 1, NULL));
    check_error(&tpy_TypeError_type, "string argument without an encoding");
    tpy_decref(s);
}
END_TEST

/* ---------------------------------------------------------------- os.path, sys */

static void check_path1(const char *fn, const char *arg, const char *want)
{
    TpyObject *a = S(arg);
    check_repr(call("os.path", fn, &a, 1), want);
    tpy_decref(a);
}

START_TEST(test_os_path_string_functions)
{
    check_path1("basename", "a/b/c.txt", "'c.txt'");
    check_path1("dirname", "//x", "'//'");
    check_path1("dirname", "a/", "'a'");
    check_path1("split", "/", "('/', '')");
    check_path1("splitext", ".bashrc", "('.bashrc', '')");
    check_path1("splitext", "x/.y.z", "('x/.y', '.z')");
    check_path1("splitext", "a.b/c", "('a.b/c', '')");
    check_path1("normpath", "/a/./b/../c//d/", "'/a/c/d'");
    check_path1("normpath", "../../x/..", "'../..'");
    check_path1("normpath", "//a", "'//a'");
    TpyObject *j[4] = {S("a"), S("b"), S("/c"), S("d")};
    check_repr(call("os.path", "join", j, 4), "'/c/d'");
    for (int i = 0; i < 4; i++)
        tpy_decref(j[i]);
    TpyObject *r[2] = {S("/a/b/c"), S("/a/d")};
    check_repr(call("os.path", "relpath", r, 2), "'../b/c'");
    tpy_decref(r[0]);
    tpy_decref(r[1]);
}
END_TEST

START_TEST(test_sys_getrefcount_and_exit)
{
    TpyObject *l = tpy_list_new(0);
    check_repr(call("sys", "getrefcount", &l, 1), "2");
    tpy_decref(l);
    TpyObject *code = tpy_smallint(3);
    ck_assert_ptr_null(call("sys", "exit", &code, 1));
    ck_assert(tpy_err_matches(&tpy_SystemExit_type));
    tpy_err_clear();
    TpyObject *lim = tpy_smallint(50);
    tpy_decref(call("sys", "setrecursionlimit", &lim, 1));
    ck_assert_int_eq(tpy_sys_recursion_limit(), 50);
    lim = tpy_smallint(1000);
    tpy_decref(call("sys", "setrecursionlimit", &lim, 1));
}
END_TEST

START_TEST(test_random_matches_cpython_sequence)
{
    TpyObject *seed = tpy_smallint(42);
    tpy_decref(call("random", "seed", &seed, 1));
    check_repr(call("random", "random", NULL, 0), "0.6394267984578837");
    TpyObject *ab[2] = {tpy_smallint(1), tpy_smallint(100)};
    check_repr(call("random", "randint", ab, 2), "4");
    TpyObject *k = tpy_smallint(100);
    check_repr(call("random", "getrandbits", &k, 1), "257086819302815227845767741691");
    seed = tpy_smallint(-7);
    tpy_decref(call("random", "seed", &seed, 1));
    check_repr(call("random", "gauss", NULL, 0), "-0.2558802884476004");
    check_repr(call("random", "gauss", NULL, 0), "0.511431512516514");
}
END_TEST

START_TEST(test_math_exact_functions)
{
    TpyObject *x = tpy_smallint(50);
    check_repr(call("math", "factorial", &x, 1),
               "30414093201713378043612608166064768844377641568960512000000000000");
    TpyObject *l = tpy_list_new(0);
    for (int i = 0; i < 10; i++)
        tpy_list_append_steal(l, tpy_float_from_double(0.1));
    check_repr(call("math", "fsum", &l, 1), "1.0");
    tpy_decref(l);
    TpyObject *h[3] = {tpy_smallint(3), tpy_smallint(4), tpy_smallint(5)};
    check_repr(call("math", "hypot", h, 3), "7.0710678118654755");
    x = tpy_smallint(-1);
    ck_assert_ptr_null(call("math", "sqrt", &x, 1));
    check_error(&tpy_ValueError_type, "math domain error");
    x = tpy_smallint(1000);
    ck_assert_ptr_null(call("math", "exp", &x, 1));
    check_error(&tpy_OverflowError_type, "math range error");
}
END_TEST

Suite *builtins_suite(void)
{
    Suite *s = suite_create("builtins");
    TCase *tc = tcase_create("builtins");
    tcase_add_checked_fixture(tc, runtime_setup, runtime_teardown_no_leaks);
    tcase_add_test(tc, test_len_counts_code_points_and_checks_args);
    tcase_add_test(tc, test_print_rejects_unknown_keyword);
    tcase_add_test(tc, test_clinic_messages);
    tcase_add_test(tc, test_print_sep_end_to_file_and_close_on_dealloc);
    tcase_add_test(tc, test_file_read_readline_iteration);
    tcase_add_test(tc, test_file_write_returns_count_and_errors);
    tcase_add_test(tc, test_sorted_min_max_sum);
    tcase_add_test(tc, test_iterators);
    tcase_add_test(tc, test_number_functions);
    tcase_add_test(tc, test_str_and_bytes_constructors);
    tcase_add_test(tc, test_os_path_string_functions);
    tcase_add_test(tc, test_sys_getrefcount_and_exit);
    tcase_add_test(tc, test_random_matches_cpython_sequence);
    tcase_add_test(tc, test_math_exact_functions);
    suite_add_tcase(s, tc);
    return s;
}
