/* tests/unit/suites.h: one Check suite per front-end module. */
#ifndef TPY_TESTS_UNIT_SUITES_H
#define TPY_TESTS_UNIT_SUITES_H

#include <check.h>

Suite *lexer_suite(void);
Suite *parser_suite(void);
Suite *typecheck_suite(void);
Suite *stubs_suite(void);

#endif
