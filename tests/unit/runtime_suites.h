/* tests/unit/runtime_suites.h: one Check suite per runtime area. */
#ifndef TPY_TESTS_UNIT_RUNTIME_SUITES_H
#define TPY_TESTS_UNIT_RUNTIME_SUITES_H

#include <check.h>

Suite *numbers_suite(void);      /* object model, errors, int/float/complex, formatting */
Suite *containers_suite(void);   /* str, bytes, list, tuple, dict, set, range */
Suite *methods_suite(void);      /* method tables of the builtin types vs python3 */
Suite *objects_suite(void);      /* user classes, instances, methods, descriptors */
Suite *builtins_suite(void);     /* builtins module, files, sys, os.path, math, random, ... */
Suite *collections_suite(void);  /* collections: deque, defaultdict, Counter, OrderedDict */

Suite *vm_suite(void);           /* compiler + interpreter: snippets vs python3's output */

#endif
