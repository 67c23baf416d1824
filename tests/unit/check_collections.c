/* tests/unit/check_collections.c: collections.deque, defaultdict, Counter and
 * OrderedDict.
 *
 * Each test replays one program of tests/unit/gen/gen_collections.py on tpy's
 * objects (through the generic call/method entry points the interpreter
 * uses) and compares the repr, or the "Type: message" of the exception, with
 * what python3 printed (gen/collections_cases.h).  Every test runs between
 * runtime_setup and runtime_teardown_no_leaks: the live-object count must
 * come back to where it started, which checks the refcounting.
 */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "leak_fixture.h"
#include "runtime_suites.h"

#include "abstract.h"
#include "alloc.h"
#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "modules/collections.h"
#include "sha512.h"
#include "none.h"
#include "range.h"
#include "bytes.h"
#include "str.h"
#include "tuple.h"

#include "gen/collections_cases.h"


static void runtime_setup(void)
{
    tpy_builtins_init();
    tpy_collections_ready();
    tpy_test_leaks_begin();
}

static void runtime_teardown_no_leaks(void)
{
    tpy_test_leaks_end(false);
}

/* ---------------------------------------------------------------- helpers */

static TpyObject *S(const char *s)
{
    TpyObject *o = tpy_str_from_cstr(s);
    ck_assert_ptr_nonnull(o);
    return o;
}

static TpyObject *I(int64_t v) { return tpy_smallint(v); }

/* callable(args...) with n borrowed positional arguments; may return NULL. */
static TpyObject *call_v(TpyObject *callable, int n, TpyObject *kwnames, va_list ap)
{
    TpyObject *args[8];
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, TpyObject *);
    int64_t nkw = kwnames ? TPY_TUPLE_SIZE(kwnames) : 0;
    return tpy_object_call(callable, args, n - nkw, kwnames);
}

static TpyObject *CALL(TpyType *type, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    TpyObject *r = call_v(&type->ob, n, NULL, ap);
    va_end(ap);
    return r;
}

/* type(args..., kwname=last) */
static TpyObject *CALL_KW(TpyType *type, const char *kw, int n, ...)
{
    TpyObject *name = S(kw), *kwnames = tpy_tuple_pack(1, name);
    va_list ap;
    va_start(ap, n);
    TpyObject *r = call_v(&type->ob, n, kwnames, ap);
    va_end(ap);
    tpy_decref(name);
    tpy_decref(kwnames);
    return r;
}

/* o.name(args...): new reference or NULL. */
static TpyObject *M(TpyObject *o, const char *name, int n, ...)
{
    TpyObject *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, TpyObject *);
    va_end(ap);
    return tpy_object_call_method(o, name, args, n, NULL);
}

/* o.name(args..., kw=last) */
static TpyObject *M_KW(TpyObject *o, const char *name, const char *kw, int n, ...)
{
    TpyObject *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, TpyObject *);
    va_end(ap);
    TpyObject *k = S(kw), *kwnames = tpy_tuple_pack(1, k);
    TpyObject *r = tpy_object_call_method(o, name, args, n - 1, kwnames);
    tpy_decref(k);
    tpy_decref(kwnames);
    return r;
}

/* Calls a method that must succeed and drops its result. */
static void DO(TpyObject *r)
{
    if (r == NULL) {
        TpyObject *e = tpy_err_fetch(), *s = e ? tpy_object_str(e) : NULL;
        ck_abort_msg("unexpected exception: %s", s ? tpy_str_as_utf8(s, NULL) : "?");
    }
    tpy_decref(r);
}

/* Steals `o`; its repr must be `expected`. */
static void expect_repr(TpyObject *o, const char *expected)
{
    if (o == NULL)
        DO(o);
    TpyObject *r = tpy_object_repr(o);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(tpy_str_as_utf8(r, NULL), expected);
    tpy_decref(r);
    tpy_decref(o);
}

/* The result must be NULL with the exception "Type: message". */
static void expect_error(TpyObject *result, const char *expected)
{
    if (result != NULL) {
        TpyObject *r = tpy_object_repr(result);
        ck_abort_msg("expected %s, got %s", expected, r ? tpy_str_as_utf8(r, NULL) : "?");
    }
    TpyObject *e = tpy_err_fetch();
    ck_assert_ptr_nonnull(e);
    TpyObject *s = tpy_object_str(e);
    ck_assert_ptr_nonnull(s);
    char buf[512];
    snprintf(buf, sizeof buf, "%s: %s", tpy_type_of(e)->name, tpy_str_as_utf8(s, NULL));
    ck_assert_str_eq(buf, expected);
    tpy_decref(s);
    tpy_decref(e);
}

/* A tuple stealing its n items. */
static TpyObject *TUP(int n, ...)
{
    TpyObject *t = tpy_tuple_new(n);
    ck_assert_ptr_nonnull(t);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        TpyObject *x = va_arg(ap, TpyObject *);
        ck_assert_ptr_nonnull(x);
        TPY_TUPLE_ITEMS(t)[i] = x;
    }
    va_end(ap);
    return t;
}

static TpyObject *list_of(int n, const int64_t *v)
{
    TpyObject *l = tpy_list_new(n);
    for (int i = 0; i < n; i++)
        TPY_LIST_ITEMS(l)[i] = I(v[i]);
    return l;
}

static TpyObject *RANGE(int64_t n) { return tpy_range_new(0, n, 1); }

/* ================================================================ deque */

START_TEST(test_deque_basic)
{
    TpyObject *l = list_of(3, (int64_t[]){1, 2, 3}), *d = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    DO(M(d, "append", 1, I(4)));
    DO(M(d, "appendleft", 1, I(0)));
    expect_repr(d, EXP_DEQUE_BASIC);
}
END_TEST

START_TEST(test_deque_pops)
{
    TpyObject *l = list_of(3, (int64_t[]){1, 2, 3}), *d = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    TpyObject *a = M(d, "pop", 0), *b = M(d, "popleft", 0);
    expect_repr(TUP(3, a, b, d), EXP_DEQUE_POPS);
}
END_TEST

START_TEST(test_deque_maxlen)
{
    TpyObject *r = RANGE(10), *d = CALL_KW(&tpy_deque_type, "maxlen", 2, r, I(3));
    tpy_decref(r);
    DO(M(d, "appendleft", 1, I(-1)));
    expect_repr(d, EXP_DEQUE_MAXLEN);
    TpyObject *l = list_of(1, (int64_t[]){1});
    d = CALL(&tpy_deque_type, 2, l, I(3));
    tpy_decref(l);
    expect_repr(tpy_object_repr(d), EXP_DEQUE_MAXLEN_REPR);
    TpyObject *ml = tpy_object_getattr_str(d, "maxlen");
    ck_assert_ptr_eq(ml, I(3));
    tpy_decref(d);
    l = list_of(1, (int64_t[]){1});
    expect_error(CALL_KW(&tpy_deque_type, "maxlen", 2, l, I(-1)), EXP_DEQUE_MAXLEN_NEG);
    tpy_decref(l);
}
END_TEST

START_TEST(test_deque_errors)
{
    TpyObject *d = CALL(&tpy_deque_type, 0);
    expect_error(M(d, "pop", 0), EXP_DEQUE_EMPTY_POP);
    ck_assert_int_eq(tpy_object_hash(d), -1);
    expect_error(NULL, EXP_DEQUE_HASH);
    DO(M(d, "append", 1, I(1)));
    expect_error(tpy_object_getitem(d, I(5)), EXP_DEQUE_INDEX_RANGE);
    DO(M(d, "append", 1, I(2)));
    expect_error(M(d, "remove", 1, I(99)), EXP_DEQUE_REMOVE_MISSING);
    TpyObject *l = list_of(1, (int64_t[]){1});
    expect_error(tpy_number_binop(d, l, TPY_BINOP_ADD), EXP_DEQUE_ADD_LIST);
    tpy_decref(l);
    tpy_decref(d);
    l = list_of(1, (int64_t[]){1});
    d = CALL(&tpy_deque_type, 2, l, I(1));
    tpy_decref(l);
    expect_error(M(d, "insert", 2, I(0), I(1)), EXP_DEQUE_INSERT_FULL);
    tpy_decref(d);
}
END_TEST

START_TEST(test_deque_rotate_across_blocks)
{
    TpyObject *r = RANGE(200), *d = CALL(&tpy_deque_type, 1, r);
    tpy_decref(r);
    DO(M(d, "rotate", 1, I(70)));
    DO(M(d, "rotate", 1, I(-3)));
    TpyObject *out = tpy_list_new(0);
    for (int i = 0; i < 5; i++)
        tpy_list_append_steal(out, tpy_deque_getitem_index(d, i));
    for (int i = -5; i < 0; i++)
        tpy_list_append_steal(out, tpy_deque_getitem_index(d, i));
    expect_repr(out, EXP_DEQUE_ROTATE);
    ck_assert_int_eq(tpy_deque_length(d), 200);
    tpy_decref(d);
}
END_TEST

START_TEST(test_deque_insert)
{
    TpyObject *l = list_of(4, (int64_t[]){1, 2, 3, 4}), *d = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    DO(M(d, "insert", 2, I(-1), I(9)));
    DO(M(d, "insert", 2, I(-10), I(8)));
    DO(M(d, "insert", 2, I(10), I(7)));
    DO(M(d, "insert", 2, I(2), I(6)));
    expect_repr(d, EXP_DEQUE_INSERT);
}
END_TEST

START_TEST(test_deque_del_and_reverse)
{
    TpyObject *r = RANGE(150), *d = CALL(&tpy_deque_type, 1, r);
    tpy_decref(r);
    ck_assert_int_eq(tpy_object_delitem(d, I(70)), 0);
    ck_assert_int_eq(tpy_object_delitem(d, I(0)), 0);
    ck_assert_int_eq(tpy_object_delitem(d, I(-1)), 0);
    expect_repr(TUP(5, tpy_int_from_i64(tpy_deque_length(d)), tpy_object_getitem(d, I(69)),
                    tpy_object_getitem(d, I(70)), tpy_object_getitem(d, I(0)),
                    tpy_object_getitem(d, I(-1))),
                EXP_DEQUE_DEL);
    tpy_decref(d);
    r = RANGE(130);
    d = CALL(&tpy_deque_type, 1, r);
    tpy_decref(r);
    DO(M(d, "reverse", 0));
    expect_repr(TUP(4, tpy_object_getitem(d, I(0)), tpy_object_getitem(d, I(64)),
                    tpy_object_getitem(d, I(-1)), tpy_int_from_i64(tpy_deque_length(d))),
                EXP_DEQUE_REVERSE);
    tpy_decref(d);
}
END_TEST

START_TEST(test_deque_operators)
{
    TpyObject *l = list_of(2, (int64_t[]){1, 2}), *a = CALL(&tpy_deque_type, 2, l, I(3)),
              *b = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    expect_repr(TUP(2, tpy_number_binop(a, I(3), TPY_BINOP_MUL), tpy_number_binop(I(2), b, TPY_BINOP_MUL)),
                EXP_DEQUE_MUL);
    tpy_decref(a);
    tpy_decref(b);
    TpyObject *r = RANGE(5);
    a = CALL(&tpy_deque_type, 2, r, I(3));
    tpy_decref(r);
    TpyObject *same = tpy_number_inplace(a, I(5), TPY_BINOP_MUL);
    ck_assert_ptr_eq(same, a);
    tpy_decref(same);
    expect_repr(a, EXP_DEQUE_IMUL_MAXLEN);
    l = list_of(1, (int64_t[]){1});
    a = CALL(&tpy_deque_type, 2, l, I(5));
    tpy_decref(l);
    l = list_of(2, (int64_t[]){2, 3});
    b = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    expect_repr(tpy_number_binop(a, b, TPY_BINOP_ADD), EXP_DEQUE_ADD);
    tpy_decref(a);
    tpy_decref(b);
}
END_TEST

START_TEST(test_deque_compare)
{
    TpyObject *l12 = list_of(2, (int64_t[]){1, 2}), *l13 = list_of(2, (int64_t[]){1, 3}),
              *l1 = list_of(1, (int64_t[]){1}), *l123 = list_of(3, (int64_t[]){1, 2, 3});
    TpyObject *d12 = CALL(&tpy_deque_type, 1, l12), *d13 = CALL(&tpy_deque_type, 1, l13),
              *d12b = CALL(&tpy_deque_type, 1, l12), *d1 = CALL(&tpy_deque_type, 1, l1),
              *d123 = CALL(&tpy_deque_type, 1, l123);
    expect_repr(TUP(4, tpy_object_richcompare(d12, d13, TPY_CMP_OP_LT),
                    tpy_object_richcompare(d12, d12b, TPY_CMP_OP_EQ),
                    tpy_object_richcompare(d1, l1, TPY_CMP_OP_EQ),
                    tpy_object_richcompare(d123, d12, TPY_CMP_OP_GE)),
                EXP_DEQUE_COMPARE);
    TpyObject *all[] = {l12, l13, l1, l123, d12, d13, d12b, d1, d123};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        tpy_decref(all[i]);
}
END_TEST

START_TEST(test_deque_mutated_during_iteration)
{
    TpyObject *l = list_of(3, (int64_t[]){1, 2, 3}), *d = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    TpyObject *it = tpy_object_iter(d), *x = tpy_object_next(it);
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(tpy_deque_append(d, x), 0);
    tpy_decref(x);
    expect_error(tpy_object_next(it), EXP_DEQUE_MUTATED);
    tpy_decref(it);
    tpy_decref(d);
}
END_TEST

START_TEST(test_deque_recursive_repr_and_extend_self)
{
    TpyObject *l = list_of(1, (int64_t[]){1}), *d = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    DO(M(d, "append", 1, d));
    expect_repr(tpy_object_repr(d), EXP_DEQUE_RECURSIVE);
    ck_assert_int_eq(tpy_deque_clear(d), 0);   // break the cycle
    tpy_decref(d);
    l = list_of(1, (int64_t[]){1});
    d = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    l = list_of(3, (int64_t[]){2, 3, 4});
    DO(M(d, "extendleft", 1, l));
    tpy_decref(l);
    DO(M(d, "extend", 1, d));
    expect_repr(d, EXP_DEQUE_EXTENDLEFT);
}
END_TEST

START_TEST(test_deque_index_count)
{
    TpyObject *l = list_of(4, (int64_t[]){1, 2, 3, 2}), *d = CALL(&tpy_deque_type, 1, l);
    tpy_decref(l);
    expect_repr(TUP(4, M(d, "index", 1, I(2)), M(d, "index", 2, I(2), I(2)), M(d, "index", 2, I(3), I(-2)),
                    M(d, "count", 1, I(2))),
                EXP_DEQUE_INDEX);
    ck_assert_int_eq(tpy_object_contains(d, I(3)), 1);
    ck_assert_int_eq(tpy_object_contains(d, I(7)), 0);
    tpy_decref(d);
}
END_TEST

START_TEST(test_deque_blocks_are_freed)
{
    TpyObject *d = tpy_deque_new(-1);
    for (int i = 0; i < 1000; i++)
        ck_assert_int_eq(tpy_deque_append(d, I(i)), 0);
    ck_assert_int_ge(tpy_deque_block_count(d), 1000 / 64);
    for (int i = 0; i < 1000; i++) {
        TpyObject *x = i % 2 ? tpy_deque_pop(d) : tpy_deque_popleft(d);
        ck_assert_ptr_nonnull(x);
    }
    ck_assert_int_eq(tpy_deque_block_count(d), 1);
    ck_assert_int_eq(tpy_deque_length(d), 0);
    // alternating ends on an emptied deque keep working
    for (int i = 0; i < 300; i++)
        ck_assert_int_eq(i % 2 ? tpy_deque_append(d, I(i)) : tpy_deque_appendleft(d, I(i)), 0);
    ck_assert_int_eq(tpy_deque_length(d), 300);
    TpyObject *first = tpy_deque_getitem_index(d, 0);
    ck_assert_ptr_eq(first, I(298));
    tpy_decref(d);
}
END_TEST

START_TEST(test_deque_refcounts)
{
    TpyObject *s = S("item");
    TpyObject *d = tpy_deque_new(2);
    intptr_t base = s->refcount;
    ck_assert_int_eq(tpy_deque_append(d, s), 0);
    ck_assert_int_eq(s->refcount, base + 1);
    ck_assert_int_eq(tpy_deque_append(d, s), 0);
    ck_assert_int_eq(tpy_deque_append(d, s), 0);   // maxlen 2: one dropped
    ck_assert_int_eq(s->refcount, base + 2);
    tpy_decref(d);
    ck_assert_int_eq(s->refcount, base);
    tpy_decref(s);
}
END_TEST

/* ================================================================ defaultdict */

START_TEST(test_defaultdict_basic)
{
    TpyObject *d = CALL(&tpy_defaultdict_type, 1, &tpy_list_type.ob);
    TpyObject *a = S("a"), *b = S("b");
    TpyObject *la = tpy_object_getitem(d, a);
    ck_assert_ptr_nonnull(la);
    DO(M(la, "append", 1, I(1)));
    tpy_decref(la);
    DO(tpy_object_getitem(d, b));
    expect_repr(d, EXP_DD_BASIC);
    tpy_decref(a);
    tpy_decref(b);
}
END_TEST

START_TEST(test_defaultdict_none_and_errors)
{
    TpyObject *src = tpy_dict_new(), *x = S("x"), *k = S("k");
    tpy_dict_setitem(src, x, I(1));
    expect_repr(CALL(&tpy_defaultdict_type, 2, tpy_None, src), EXP_DD_NONE);
    TpyObject *d = CALL(&tpy_defaultdict_type, 0);
    expect_error(tpy_object_getitem(d, k), EXP_DD_MISSING_NOFACTORY);
    expect_error(CALL(&tpy_defaultdict_type, 1, I(5)), EXP_DD_NOT_CALLABLE);
    tpy_decref(d);
    tpy_decref(src);
    tpy_decref(x);
    tpy_decref(k);
}
END_TEST

START_TEST(test_defaultdict_copy)
{
    TpyObject *y = S("y"), *z = S("z"), *pair = tpy_tuple_pack(2, y, I(2)), *pairs = tpy_list_new(0);
    tpy_list_append_steal(pairs, pair);
    TpyObject *d = CALL(&tpy_defaultdict_type, 2, &tpy_int_type.ob, pairs);
    TpyObject *c = M(d, "copy", 0);
    ck_assert_ptr_eq(tpy_type_of(c), &tpy_defaultdict_type);
    DO(tpy_object_getitem(c, z));
    TpyObject *plain = tpy_dict_new();
    tpy_dict_setitem(plain, y, I(2));
    expect_repr(TUP(2, c, tpy_object_richcompare(d, plain, TPY_CMP_OP_EQ)), EXP_DD_COPY);
    TpyObject *f = tpy_object_getattr_str(d, "default_factory");
    ck_assert_ptr_eq(f, &tpy_int_type.ob);
    tpy_decref(f);
    TpyObject *all[] = {y, z, pairs, d, plain};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        tpy_decref(all[i]);
}
END_TEST

/* ================================================================ Counter */

static TpyObject *abracadabra(void)
{
    TpyObject *s = S("abracadabra"), *c = CALL(&tpy_counter_type, 1, s);
    tpy_decref(s);
    ck_assert_ptr_nonnull(c);
    return c;
}

START_TEST(test_counter_basic)
{
    expect_repr(abracadabra(), EXP_COUNTER_BASIC);
    TpyObject *empty = CALL(&tpy_counter_type, 0);
    expect_repr(tpy_object_repr(empty), EXP_COUNTER_EMPTY);
    tpy_decref(empty);
}
END_TEST

START_TEST(test_counter_most_common)
{
    TpyObject *c = abracadabra(), *zz = S("zz");
    expect_repr(TUP(5, M(c, "most_common", 1, I(2)), M(c, "most_common", 1, I(-1)),
                    M(c, "most_common", 1, I(0)), tpy_object_getitem(c, zz), M(c, "total", 0)),
                EXP_COUNTER_MOST);
    ck_assert_int_eq(tpy_object_contains(c, zz), 0);   // reading a missing key does not insert
    tpy_decref(zz);
    tpy_decref(c);
    TpyObject *src = tpy_dict_new();
    const char *keys[] = {"a", "b", "c", "d"};
    int counts[] = {3, 3, 5, 3};
    for (int i = 0; i < 4; i++) {
        TpyObject *k = S(keys[i]);
        tpy_dict_setitem(src, k, I(counts[i]));
        tpy_decref(k);
    }
    c = CALL(&tpy_counter_type, 1, src);
    expect_repr(M(c, "most_common", 0), EXP_COUNTER_TIES);
    tpy_decref(c);
    tpy_decref(src);
}
END_TEST

START_TEST(test_counter_subtract_update_del)
{
    TpyObject *c = abracadabra(), *a9 = S("aaaaaaaaa"), *q = S("q"), *nope = S("nope"),
              *m = tpy_dict_new();
    DO(M(c, "subtract", 1, a9));
    tpy_dict_setitem(m, q, I(3));
    DO(M(c, "update", 1, m));
    ck_assert_int_eq(tpy_object_delitem(c, nope), 0);
    expect_repr(c, EXP_COUNTER_SUBTRACT);
    tpy_decref(a9);
    tpy_decref(q);
    tpy_decref(nope);
    tpy_decref(m);
}
END_TEST

START_TEST(test_counter_elements_and_eq)
{
    TpyObject *c = abracadabra(), *it = M(c, "elements", 0);
    expect_repr(tpy_list_from_iterable(it), EXP_COUNTER_ELEMENTS);
    tpy_decref(it);
    tpy_decref(c);
    TpyObject *a1 = CALL_KW(&tpy_counter_type, "a", 1, I(1));
    TpyObject *k = S("a"), *kb = S("b"), *kx = S("x");
    TpyObject *names = tpy_tuple_pack(2, k, kb);
    TpyObject *a1b0 = tpy_object_call(&tpy_counter_type.ob, (TpyObject *[]){I(1), I(0)}, 0, names);
    TpyObject *plain = tpy_dict_new();
    tpy_dict_setitem(plain, k, I(1));
    TpyObject *empty = CALL(&tpy_counter_type, 0), *x1 = CALL_KW(&tpy_counter_type, "x", 1, I(1));
    expect_repr(TUP(3, tpy_object_richcompare(a1, a1b0, TPY_CMP_OP_EQ),
                    tpy_object_richcompare(a1, plain, TPY_CMP_OP_EQ),
                    tpy_object_richcompare(empty, x1, TPY_CMP_OP_EQ)),
                EXP_COUNTER_EQ);
    TpyObject *all[] = {a1, k, kb, kx, names, a1b0, plain, empty, x1};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        tpy_decref(all[i]);
}
END_TEST

/* ================================================================ OrderedDict */

static TpyObject *abc_od(void)
{
    TpyObject *pairs = tpy_list_new(0);
    const char *keys[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        TpyObject *k = S(keys[i]);
        tpy_list_append_steal(pairs, tpy_tuple_pack(2, k, I(i + 1)));
        tpy_decref(k);
    }
    TpyObject *od = CALL(&tpy_ordereddict_type, 1, pairs);
    tpy_decref(pairs);
    ck_assert_ptr_nonnull(od);
    return od;
}

START_TEST(test_ordereddict_move_to_end)
{
    TpyObject *od = abc_od(), *a = S("a"), *c = S("c"), *zz = S("zz");
    DO(M(od, "move_to_end", 1, a));
    DO(M_KW(od, "move_to_end", "last", 2, c, tpy_False));
    expect_repr(od, EXP_OD_MOVE);
    TpyObject *empty = CALL(&tpy_ordereddict_type, 0);
    expect_error(M(empty, "move_to_end", 1, zz), EXP_OD_MOVE_MISSING);
    expect_error(M(empty, "popitem", 0), EXP_OD_EMPTY_POP);
    tpy_decref(empty);
    tpy_decref(a);
    tpy_decref(c);
    tpy_decref(zz);
}
END_TEST

START_TEST(test_ordereddict_popitem)
{
    TpyObject *od = abc_od();
    TpyObject *x = M(od, "popitem", 0), *y = M_KW(od, "popitem", "last", 1, tpy_False);
    expect_repr(TUP(3, x, y, od), EXP_OD_POPITEM);
}
END_TEST

START_TEST(test_ordereddict_eq)
{
    TpyObject *a = S("a"), *b = S("b"), *ab = tpy_tuple_pack(2, a, b), *ba = tpy_tuple_pack(2, b, a);
    TpyObject *o1 = tpy_object_call(&tpy_ordereddict_type.ob, (TpyObject *[]){I(1), I(2)}, 0, ab);
    TpyObject *o2 = tpy_object_call(&tpy_ordereddict_type.ob, (TpyObject *[]){I(2), I(1)}, 0, ba);
    TpyObject *plain = tpy_dict_new();
    tpy_dict_setitem(plain, b, I(2));
    tpy_dict_setitem(plain, a, I(1));
    expect_repr(TUP(2, tpy_object_richcompare(o1, o2, TPY_CMP_OP_EQ),
                    tpy_object_richcompare(o1, plain, TPY_CMP_OP_EQ)),
                EXP_OD_EQ);
    TpyObject *all[] = {a, b, ab, ba, o1, o2, plain};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        tpy_decref(all[i]);
}
END_TEST

/* ================================================================ sha512, random seeding */

static void expect_digest(const void *data, size_t len, const char *expected_repr)
{
    unsigned char digest[64];
    tpy_sha512(data, len, digest);
    char hex[64 * 2 + 3];
    hex[0] = '\'';
    for (int i = 0; i < 64; i++)
        snprintf(hex + 1 + 2 * i, 3, "%02x", digest[i]);
    hex[129] = '\'';
    hex[130] = '\0';
    ck_assert_str_eq(hex, expected_repr);
}

START_TEST(test_sha512_vectors)
{
    expect_digest("abc", 3, EXP_SHA512_ABC);
    char buf[239];
    memset(buf, 'a', sizeof buf);   // crosses the 112-byte padding boundary
    expect_digest(buf, sizeof buf, EXP_SHA512_LONG);
}
END_TEST

static TpyObject *random_call(const char *name, int n, TpyObject **args)
{
    const TpyMethodDef *def = tpy_module_find_function("random", name);
    ck_assert_ptr_nonnull(def);
    return def->fn(args, n, NULL);
}

START_TEST(test_random_seed_from_str_and_bytes)
{
    TpyObject *hello = S("hello");
    DO(random_call("seed", 1, &hello));
    tpy_decref(hello);
    TpyObject *x = random_call("random", 0, NULL);
    TpyObject *ri = random_call("randint", 2, (TpyObject *[]){I(1), I(100)});
    expect_repr(TUP(2, x, ri), EXP_RANDOM_STR_SEED);
    char buf[100];
    memset(buf, 'x', sizeof buf);
    TpyObject *b = tpy_bytes_from(buf, sizeof buf);
    DO(random_call("seed", 1, &b));
    tpy_decref(b);
    expect_repr(random_call("random", 0, NULL), EXP_RANDOM_BYTES_SEED);
}
END_TEST

Suite *collections_suite(void)
{
    Suite *s = suite_create("collections");
    TCase *tc = tcase_create("collections");
    tcase_add_checked_fixture(tc, runtime_setup, runtime_teardown_no_leaks);
    tcase_add_test(tc, test_deque_basic);
    tcase_add_test(tc, test_deque_pops);
    tcase_add_test(tc, test_deque_maxlen);
    tcase_add_test(tc, test_deque_errors);
    tcase_add_test(tc, test_deque_rotate_across_blocks);
    tcase_add_test(tc, test_deque_insert);
    tcase_add_test(tc, test_deque_del_and_reverse);
    tcase_add_test(tc, test_deque_operators);
    tcase_add_test(tc, test_deque_compare);
    tcase_add_test(tc, test_deque_mutated_during_iteration);
    tcase_add_test(tc, test_deque_recursive_repr_and_extend_self);
    tcase_add_test(tc, test_deque_index_count);
    tcase_add_test(tc, test_deque_blocks_are_freed);
    tcase_add_test(tc, test_deque_refcounts);
    tcase_add_test(tc, test_defaultdict_basic);
    tcase_add_test(tc, test_defaultdict_none_and_errors);
    tcase_add_test(tc, test_defaultdict_copy);
    tcase_add_test(tc, test_counter_basic);
    tcase_add_test(tc, test_counter_most_common);
    tcase_add_test(tc, test_counter_subtract_update_del);
    tcase_add_test(tc, test_counter_elements_and_eq);
    tcase_add_test(tc, test_ordereddict_move_to_end);
    tcase_add_test(tc, test_ordereddict_popitem);
    tcase_add_test(tc, test_ordereddict_eq);
    tcase_add_test(tc, test_sha512_vectors);
    tcase_add_test(tc, test_random_seed_from_str_and_bytes);
    suite_add_tcase(s, tc);
    return s;
}
