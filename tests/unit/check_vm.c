/* tests/unit/check_vm.c: the compiler and the interpreter, end to end.
 *
 * Each test type-checks a snippet, compiles it, runs it as __main__ with
 * stdout redirected to a temporary file, finalises the runtime and compares
 * the output with what python3 prints for the same snippet (the expected
 * strings were produced by python3, never by tpy).  Check forks every test,
 * so each one starts from a fresh runtime.  The last assertion of each test
 * is that no object is alive after finalisation (refcounting is exact).
 * The running half lives in check_vm_run.c: libcheck's <check.h> pulls in
 * <float.h>, which the include path resolves to runtime/float.h, whose
 * runtime types clash with the front end's headers.
 */
#include <check.h>
#include <stdlib.h>

#include "check_vm_run.h"
#include "runtime_suites.h"

/* Run `src`; returns the exit status and fills out (NUL-terminated). */
static int run_snippet(const char *src, char *out, size_t size, long long *live)
{
    int errors = 0;
    int status = vm_run_snippet(src, out, size, live, &errors);
    ck_assert_int_eq(errors, 0);
    return status;
}

#define EXPECT_OUTPUT(src, expected)                                   \
    do {                                                               \
        char out_[4096];                                               \
        long long live_;                                               \
        int status_ = run_snippet((src), out_, sizeof out_, &live_);   \
        ck_assert_int_eq(status_, 0);                                  \
        ck_assert_str_eq(out_, (expected));                            \
        ck_assert_int_eq(live_, 0);                                    \
    } while (0)

START_TEST(test_int_loop_and_bigint_promotion)
{
    EXPECT_OUTPUT("x = 0\n"
                  "for i in range(10):\n"
                  "    x += i * i\n"
                  "print(x, 2 ** 100, 7 // -2, -7 % 3)\n",
                  "285 1267650600228229401496703205376 -4 2\n");
}
END_TEST

START_TEST(test_hash_loop_overflows_into_gmp)
{
    EXPECT_OUTPUT("h = 0\n"
                  "for c in \"hello world\":\n"
                  "    h = h * 31 + ord(c)\n"
                  "print(h, 0.1 + 0.2, 1 / 3)\n",
                  "88006926820958916 0.30000000000000004 0.3333333333333333\n");
}
END_TEST

START_TEST(test_try_except_finally_with_return)
{
    EXPECT_OUTPUT("def f(n: int) -> int:\n"
                  "    try:\n"
                  "        return 10 // n\n"
                  "    except ZeroDivisionError as e:\n"
                  "        print(\"caught:\", e)\n"
                  "        return -1\n"
                  "    finally:\n"
                  "        print(\"finally\", n)\n"
                  "print(f(2), f(0))\n",
                  "finally 2\ncaught: integer division or modulo by zero\nfinally 0\n5 -1\n");
}
END_TEST

START_TEST(test_closures_and_generators)
{
    EXPECT_OUTPUT("from typing import Callable, Iterator\n"
                  "def make(k: int) -> Callable[[int], int]:\n"
                  "    def add(x: int) -> int:\n"
                  "        return x + k\n"
                  "    return add\n"
                  "def gen(n: int) -> Iterator[int]:\n"
                  "    for i in range(n):\n"
                  "        yield i * i\n"
                  "print(make(3)(4), list(gen(4)), [y for y in gen(5) if y % 2 == 0])\n",
                  "7 [0, 1, 4, 9] [0, 4, 16]\n");
}
END_TEST

START_TEST(test_classes_super_and_deterministic_del)
{
    EXPECT_OUTPUT("class A:\n"
                  "    def __init__(self, v: int) -> None:\n"
                  "        self.v = v\n"
                  "    def get(self) -> int:\n"
                  "        return self.v\n"
                  "class B(A):\n"
                  "    def get(self) -> int:\n"
                  "        return super().get() * 2\n"
                  "    def __del__(self) -> None:\n"
                  "        print(\"del\", self.v)\n"
                  "b = B(21)\n"
                  "print(b.get())\n"
                  "b = B(1)\n"
                  "print(\"end\")\n",
                  "42\ndel 21\nend\ndel 1\n");
}
END_TEST

START_TEST(test_recursion_limit_raises)
{
    EXPECT_OUTPUT("def deep(n: int) -> int:\n"
                  "    return deep(n + 1)\n"
                  "try:\n"
                  "    deep(0)\n"
                  "except RecursionError as e:\n"
                  "    print(\"recursion:\", e)\n",
                  "recursion: maximum recursion depth exceeded\n");
}
END_TEST

START_TEST(test_uncaught_exception_exit_status)
{
    char out[256];
    long long live;
    int status = run_snippet("print(1)\nx = [1][3]\n", out, sizeof out, &live);
    ck_assert_int_eq(status, 1);
    ck_assert_str_eq(out, "1\n");
    ck_assert_int_eq(live, 0);
}
END_TEST

Suite *vm_suite(void)
{
    Suite *s = suite_create("vm");
    TCase *tc = tcase_create("run");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, test_int_loop_and_bigint_promotion);
    tcase_add_test(tc, test_hash_loop_overflows_into_gmp);
    tcase_add_test(tc, test_try_except_finally_with_return);
    tcase_add_test(tc, test_closures_and_generators);
    tcase_add_test(tc, test_classes_super_and_deterministic_del);
    tcase_add_test(tc, test_recursion_limit_raises);
    tcase_add_test(tc, test_uncaught_exception_exit_status);
    suite_add_tcase(s, tc);
    return s;
}
