/* tests/unit/check_methods.c: the methods of the builtin types against python3.
 *
 * tests/unit/gen/gen_methods.py runs a table of calls (methods_table.py) in
 * python3 and writes methods_cases.h: for each call the encoded receiver and
 * arguments, repr(result) or "!Type: message", and repr(receiver) afterwards.
 * Here each call goes through the type's TpyMethodDef (tpy_type_find_method),
 * exactly as compiled code binds `s.split(",")`, and both strings must match.
 * Every mismatch is printed (not just the first) so one run shows them all.
 * Set TPY_METHODS_FILTER=text to run only the cases whose source contains it.
 *
 * Encoding (written by gen_methods.py's enc()):
 *   N T F          None True False
 *   i<digits>;     int          f<16 hex>   float (IEEE bits)
 *   c<16 hex><16 hex>           complex
 *   s<n>:<utf8>    str          b<n>:<raw>  bytes    (n = byte count)
 *   t<n>: l<n>: S<n>: z<n>:     tuple, list, set, frozenset of n values
 *   d<n>:          dict of n key/value pairs
 *   K<name>;       a key function (len, neg, lower, str, abs, first)
 *   Y<name>;       a builtin type (the receiver of a classmethod)
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "leak_fixture.h"
#include "runtime_suites.h"

#include "abstract.h"
#include "alloc.h"
#include "bool.h"
#include "bytes.h"
#include "complex.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "none.h"
#include "number_methods.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#include "gen/methods_cases.h"

/* ---------------------------------------------------------------- key functions */

typedef struct KeyFn {
    TpyObject ob;
    const char *name;
} KeyFn;

static TpyObject *keyfn_call(TpyObject *self, TpyObject *const *args, int64_t nargs,
                             TpyObject *kwnames)
{
    (void)kwnames;
    if (nargs != 1)
        return tpy_err_format(&tpy_TypeError_type, "key takes one argument");
    const char *n = ((KeyFn *)self)->name;
    TpyObject *x = args[0];
    if (strcmp(n, "len") == 0) {
        int64_t len = tpy_object_length(x);
        return len < 0 ? NULL : tpy_int_from_i64(len);
    }
    if (strcmp(n, "neg") == 0)
        return tpy_number_unaryop(x, TPY_UNOP_NEG);
    if (strcmp(n, "abs") == 0)
        return tpy_number_unaryop(x, TPY_UNOP_ABS);
    if (strcmp(n, "lower") == 0)
        return tpy_str_lower(x);
    if (strcmp(n, "str") == 0)
        return tpy_object_str(x);
    if (strcmp(n, "first") == 0)
        return tpy_object_getitem(x, tpy_smallint(0));
    return tpy_err_format(&tpy_TypeError_type, "unknown key %s", n);
}

static TpyType keyfn_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "testkey",
    .base = &tpy_object_type,
    .basicsize = sizeof(KeyFn),
    .call = keyfn_call,
};

static KeyFn key_fns[] = {
    {{1, &keyfn_type}, "len"},   {{1, &keyfn_type}, "neg"}, {{1, &keyfn_type}, "abs"},
    {{1, &keyfn_type}, "lower"}, {{1, &keyfn_type}, "str"}, {{1, &keyfn_type}, "first"},
};

/* ---------------------------------------------------------------- decoding */

static int64_t read_count(const char **p, char stop)
{
    int64_t n = 0;
    while (**p != stop)
        n = n * 10 + (*(*p)++ - '0');
    (*p)++;
    return n;
}

static double read_double(const char **p)
{
    char hex[17];
    memcpy(hex, *p, 16);
    hex[16] = 0;
    *p += 16;
    uint64_t bits = strtoull(hex, NULL, 16);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static TpyObject *decode(const char **p);

/* Decodes n values into a new array of new references (caller frees). */
static TpyObject **decode_items(const char **p, int64_t n)
{
    TpyObject **items = calloc((size_t)n + 1, sizeof *items);
    for (int64_t i = 0; i < n; i++)
        items[i] = decode(p);
    return items;
}

static void free_items(TpyObject **items, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        tpy_xdecref(items[i]);
    free(items);
}

/* Returns a new reference. */
static TpyObject *decode(const char **p)
{
    char tag = *(*p)++;
    switch (tag) {
    case 'N': return tpy_none_new_ref();
    case 'T': return tpy_bool_from(true);
    case 'F': return tpy_bool_from(false);
    case 'i': {
        const char *start = *p;
        while (**p != ';')
            (*p)++;
        TpyObject *o = tpy_int_from_utf8(start, (size_t)(*p - start), 10, NULL);
        (*p)++;
        return o;
    }
    case 'f': return tpy_float_from_double(read_double(p));
    case 'c': {
        double re = read_double(p);
        return tpy_complex_from_doubles(re, read_double(p));
    }
    case 's': case 'b': {
        int64_t n = read_count(p, ':');
        const char *data = *p;
        *p += n;
        return tag == 's' ? tpy_str_from_utf8(data, (size_t)n) : tpy_bytes_from(data, n);
    }
    case 't': case 'l': case 'S': case 'z': {
        int64_t n = read_count(p, ':');
        TpyObject **items = decode_items(p, n);
        TpyObject *o = NULL;
        if (tag == 't') {
            o = tpy_tuple_from_array(items, n);
        } else if (tag == 'l') {
            o = tpy_list_from_array(items, n);
        } else {
            TpyObject *l = tpy_list_from_array(items, n);
            o = tag == 'S' ? tpy_set_new(l) : tpy_frozenset_new(l);
            tpy_decref(l);
        }
        free_items(items, n);
        return o;
    }
    case 'd': {
        int64_t n = read_count(p, ':');
        TpyObject *d = tpy_dict_new();
        for (int64_t i = 0; i < n; i++) {
            TpyObject *k = decode(p), *v = decode(p);
            tpy_dict_setitem(d, k, v);
            tpy_decref(k);
            tpy_decref(v);
        }
        return d;
    }
    case 'K': case 'Y': {
        const char *start = *p;
        while (**p != ';')
            (*p)++;
        size_t len = (size_t)(*p - start);
        (*p)++;
        char name[32] = {0};
        memcpy(name, start, len < 31 ? len : 31);
        if (tag == 'K') {
            for (size_t i = 0; i < sizeof key_fns / sizeof key_fns[0]; i++)
                if (strcmp(key_fns[i].name, name) == 0)
                    return tpy_newref(&key_fns[i].ob);
            return NULL;
        }
        static const struct { const char *name; TpyType *type; } types[] = {
            {"dict", &tpy_dict_type}, {"int", &tpy_int_type},     {"float", &tpy_float_type},
            {"bytes", &tpy_bytes_type}, {"str", &tpy_str_type}, {"bool", &tpy_bool_type},
        };
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (strcmp(types[i].name, name) == 0)
                return tpy_newref(&types[i].type->ob);
        return NULL;
    }
    default:
        return NULL;
    }
}

/* ---------------------------------------------------------------- running a case */

/* repr of o, or of the pending exception as "!Type: message"; malloc'd. */
static char *describe(TpyObject *o)
{
    char buf[4096];
    if (o == NULL) {
        TpyObject *exc = tpy_err_fetch();
        if (exc == NULL)
            return strdup("<NULL without exception>");
        TpyObject *msg = tpy_object_str(exc);
        snprintf(buf, sizeof buf, "!%s: %s", tpy_type_of(exc)->name,
                 msg ? tpy_str_as_utf8(msg, NULL) : "<str() failed>");
        tpy_err_clear();
        tpy_xdecref(msg);
        tpy_decref(exc);
        return strdup(buf);
    }
    TpyObject *r = tpy_object_repr(o);
    if (r == NULL) {
        tpy_err_clear();
        return strdup("<repr failed>");
    }
    snprintf(buf, sizeof buf, "%s", tpy_str_as_utf8(r, NULL));
    tpy_decref(r);
    return strdup(buf);
}

/* The method as compiled code finds it; for the numbers, in the tables of
 * number_methods.c even before int.c/float.c/complex.c point at them. */
static const TpyMethodDef *find_method(TpyType *type, const char *name)
{
    const TpyMethodDef *table = NULL;
    if (type == &tpy_int_type || type == &tpy_bool_type)
        table = tpy_int_methods;
    else if (type == &tpy_float_type)
        table = tpy_float_methods;
    else if (type == &tpy_complex_type)
        table = tpy_complex_methods;
    for (; table != NULL && table->name != NULL; table++)
        if (strcmp(table->name, name) == 0)
            return table;
    return tpy_type_find_method(type, name);
}

/* 0 if the case matches python3, else prints the difference and returns 1. */
static int run_case(const MethodCase *c)
{
    const char *p = c->recv;
    TpyObject *recv = decode(&p);
    p = c->args;
    TpyObject *args = decode(&p);
    TpyObject *kwnames = NULL;
    if (c->kwnames[0] != 0) {
        p = c->kwnames;
        kwnames = decode(&p);
    }
    if (recv == NULL || args == NULL) {
        fprintf(stderr, "%s: cannot decode the case\n", c->src);
        tpy_err_clear();
        return 1;
    }
    bool is_type = !tpy_is_smallint(recv) && recv->type == &tpy_type_type;
    TpyType *type = is_type ? (TpyType *)recv : tpy_type_of(recv);
    const TpyMethodDef *m = find_method(type, c->method);
    int64_t n = TPY_TUPLE_SIZE(args);
    int64_t nkw = kwnames ? TPY_TUPLE_SIZE(kwnames) : 0;
    TpyObject **argv = malloc(sizeof(TpyObject *) * (size_t)(n + 1));
    argv[0] = recv;
    for (int64_t i = 0; i < n; i++)
        argv[i + 1] = TPY_TUPLE_ITEMS(args)[i];
    char *got, *after = NULL;
    if (m == NULL) {
        got = strdup("<no such method>");
    } else {
        TpyObject *result = m->fn(argv, n - nkw + 1, kwnames);
        got = describe(result);
        tpy_xdecref(result);
    }
    int bad = 0;
    if (strcmp(got, c->result) != 0) {
        fprintf(stderr, "%s\n    want %s\n    got  %s\n", c->src, c->result, got);
        bad = 1;
    }
    if (!is_type) {
        after = describe(recv);
        if (strcmp(after, c->after) != 0) {
            fprintf(stderr, "%s: receiver afterwards\n    want %s\n    got  %s\n", c->src,
                    c->after, after);
            bad = 1;
        }
    }
    free(got);
    free(after);
    free(argv);
    tpy_decref(args);
    tpy_xdecref(kwnames);
    tpy_decref(recv);
    return bad;
}

START_TEST(test_methods_match_python)
{
    const char *filter = getenv("TPY_METHODS_FILTER");
    int failures = 0, run = 0;
    tpy_err_clear();
    uint64_t live = tpy_test_live_objects();
    for (size_t i = 0; i < sizeof method_cases / sizeof method_cases[0]; i++) {
        if (filter != NULL && strstr(method_cases[i].src, filter) == NULL)
            continue;
        run++;
        uint64_t before = tpy_test_live_objects();
        failures += run_case(&method_cases[i]);
        if (tpy_test_live_objects() != before) {
            fprintf(stderr, "%s: %lld objects leaked\n", method_cases[i].src,
                    (long long)(tpy_test_live_objects() - before));
            failures++;
        }
    }
    fprintf(stderr, "methods: %d of %d cases differ from python3\n", failures, run);
    ck_assert_int_eq(failures, 0);
    ck_assert_uint_eq(tpy_test_live_objects(), live);
}
END_TEST

/* Every method the stubs declare for a builtin type exists (so the compiler
 * can bind every call the checker accepts). */
START_TEST(test_every_stub_method_exists)
{
    static const struct { const char *name; TpyType *type; } types[] = {
        {"int", &tpy_int_type},     {"float", &tpy_float_type}, {"complex", &tpy_complex_type},
        {"str", &tpy_str_type},     {"bytes", &tpy_bytes_type}, {"list", &tpy_list_type},
        {"tuple", &tpy_tuple_type}, {"dict", &tpy_dict_type},   {"set", &tpy_set_type},
        {"frozenset", &tpy_frozenset_type},
    };
    int missing = 0;
    for (size_t i = 0; i < sizeof stub_methods / sizeof stub_methods[0]; i++) {
        TpyType *type = NULL;
        for (size_t k = 0; k < sizeof types / sizeof types[0]; k++)
            if (strcmp(types[k].name, stub_methods[i][0]) == 0)
                type = types[k].type;
        if (type == NULL || find_method(type, stub_methods[i][1]) == NULL) {
            fprintf(stderr, "missing method %s.%s\n", stub_methods[i][0], stub_methods[i][1]);
            missing++;
        }
    }
    ck_assert_int_eq(missing, 0);
}
END_TEST

/* Every method a table names can be found by name (the compiler's lookup). */
START_TEST(test_find_method_walks_to_base)
{
    ck_assert_ptr_nonnull(tpy_type_find_method(&tpy_bool_type, "bit_length"));
    ck_assert_ptr_nonnull(tpy_type_find_method(&tpy_str_type, "split"));
    ck_assert_ptr_nonnull(tpy_type_find_method(&tpy_list_type, "sort"));
    ck_assert_ptr_null(tpy_type_find_method(&tpy_frozenset_type, "add"));
    ck_assert_ptr_null(tpy_type_find_method(&tpy_list_type, "no_such_method"));
}
END_TEST

Suite *methods_suite(void)
{
    Suite *s = suite_create("methods");
    TCase *tc = tcase_create("methods");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_methods_match_python);
    tcase_add_test(tc, test_find_method_walks_to_base);
    tcase_add_test(tc, test_every_stub_method_exists);
    suite_add_tcase(s, tc);
    return s;
}
