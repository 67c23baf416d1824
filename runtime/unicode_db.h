/* runtime/unicode_db.h: Unicode character classes and case mappings.
 *
 * The tables in unicode_db.c are generated from python3's own str methods by
 * runtime/gen/gen_unicode_db.py, so classification and case conversion agree
 * with CPython 3.11 for every code point (full case mapping included: 'ß'.upper()
 * == 'SS').  The lookups are binary searches (O(log n), n < 1500).
 */
#ifndef TPY_RUNTIME_UNICODE_DB_H
#define TPY_RUNTIME_UNICODE_DB_H

#include <stdbool.h>
#include <stdint.h>

typedef struct TpyUnicodeRange { uint32_t first, last; } TpyUnicodeRange;
typedef struct TpyUnicodeCaseRun { uint32_t start; int32_t count, stride, delta; } TpyUnicodeCaseRun;
typedef struct TpyUnicodeSpecial { int kind; uint32_t cp; int n; uint32_t out[3]; } TpyUnicodeSpecial;

typedef enum TpyUnicodeClass {
    TPY_UC_PRINTABLE, TPY_UC_ALPHA, TPY_UC_DECIMAL, TPY_UC_DIGIT, TPY_UC_NUMERIC,
    TPY_UC_SPACE, TPY_UC_LOWER, TPY_UC_UPPER, TPY_UC_TITLEONLY, TPY_UC_CASE_IGNORABLE,
    TPY_UC_XID_START, TPY_UC_XID_CONTINUE, TPY_UC_LINEBREAK
} TpyUnicodeClass;

typedef enum TpyUnicodeCase { TPY_CASE_UPPER, TPY_CASE_LOWER, TPY_CASE_TITLE, TPY_CASE_FOLD } TpyUnicodeCase;

/* Is cp in the class?  (An ASCII fast path is inside.) */
bool tpy_unicode_db_is(TpyUnicodeClass cls, uint32_t cp);
/* Full case mapping of cp: writes 1..3 code points to out, returns the count. */
int tpy_unicode_db_map(TpyUnicodeCase which, uint32_t cp, uint32_t out[3]);

#define TPY_UNICODE_DB_TABLE(name)                                \
    extern const TpyUnicodeRange tpy_unicode_##name##_ranges[];   \
    extern const int tpy_unicode_##name##_count;
TPY_UNICODE_DB_TABLE(printable)
TPY_UNICODE_DB_TABLE(alpha)
TPY_UNICODE_DB_TABLE(decimal)
TPY_UNICODE_DB_TABLE(digit)
TPY_UNICODE_DB_TABLE(numeric)
TPY_UNICODE_DB_TABLE(space)
TPY_UNICODE_DB_TABLE(lower)
TPY_UNICODE_DB_TABLE(upper)
TPY_UNICODE_DB_TABLE(titleonly)
TPY_UNICODE_DB_TABLE(case_ignorable)
TPY_UNICODE_DB_TABLE(xid_start)
TPY_UNICODE_DB_TABLE(xid_continue)
TPY_UNICODE_DB_TABLE(linebreak)
#undef TPY_UNICODE_DB_TABLE

extern const TpyUnicodeCaseRun tpy_unicode_upper_runs[], tpy_unicode_lower_runs[],
    tpy_unicode_title_runs[], tpy_unicode_fold_runs[];
extern const int tpy_unicode_upper_run_count, tpy_unicode_lower_run_count,
    tpy_unicode_title_run_count, tpy_unicode_fold_run_count;
extern const TpyUnicodeSpecial tpy_unicode_specials[];
extern const int tpy_unicode_special_count;

#endif
