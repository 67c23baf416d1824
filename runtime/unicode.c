/* runtime/unicode.c: lookups in the generated Unicode tables (unicode_db.c).
 *
 * Classes are sorted, disjoint [first, last] ranges: a binary search finds the
 * last range starting at or before cp.  Case mappings are runs of code points
 * {start, count, stride, delta} mapping cp -> cp + delta (stride 2 covers the
 * alternating upper/lower pairs of Latin Extended-A and friends); characters
 * whose mapping is several code points ('ß' -> "SS") sit in a special table
 * that is consulted first.  See runtime/gen/gen_unicode_db.py.
 */
#include "unicode_db.h"

#include <stddef.h>

typedef struct ClassTable { const TpyUnicodeRange *ranges; const int *count; } ClassTable;

static const ClassTable class_tables[] = {
    [TPY_UC_PRINTABLE] = {tpy_unicode_printable_ranges, &tpy_unicode_printable_count},
    [TPY_UC_ALPHA] = {tpy_unicode_alpha_ranges, &tpy_unicode_alpha_count},
    [TPY_UC_DECIMAL] = {tpy_unicode_decimal_ranges, &tpy_unicode_decimal_count},
    [TPY_UC_DIGIT] = {tpy_unicode_digit_ranges, &tpy_unicode_digit_count},
    [TPY_UC_NUMERIC] = {tpy_unicode_numeric_ranges, &tpy_unicode_numeric_count},
    [TPY_UC_SPACE] = {tpy_unicode_space_ranges, &tpy_unicode_space_count},
    [TPY_UC_LOWER] = {tpy_unicode_lower_ranges, &tpy_unicode_lower_count},
    [TPY_UC_UPPER] = {tpy_unicode_upper_ranges, &tpy_unicode_upper_count},
    [TPY_UC_TITLEONLY] = {tpy_unicode_titleonly_ranges, &tpy_unicode_titleonly_count},
    [TPY_UC_CASE_IGNORABLE] = {tpy_unicode_case_ignorable_ranges, &tpy_unicode_case_ignorable_count},
    [TPY_UC_XID_START] = {tpy_unicode_xid_start_ranges, &tpy_unicode_xid_start_count},
    [TPY_UC_XID_CONTINUE] = {tpy_unicode_xid_continue_ranges, &tpy_unicode_xid_continue_count},
    [TPY_UC_LINEBREAK] = {tpy_unicode_linebreak_ranges, &tpy_unicode_linebreak_count},
};

bool tpy_unicode_db_is(TpyUnicodeClass cls, uint32_t cp)
{
    const TpyUnicodeRange *r = class_tables[cls].ranges;
    int lo = 0, hi = *class_tables[cls].count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (cp < r[mid].first)
            hi = mid - 1;
        else if (cp > r[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

int tpy_unicode_db_map(TpyUnicodeCase which, uint32_t cp, uint32_t out[3])
{
    /* ASCII fast path. */
    if (cp < 128) {
        if (which == TPY_CASE_UPPER || which == TPY_CASE_TITLE)
            out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        else
            out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    /* Specials are sorted by (kind, cp). */
    int lo = 0, hi = tpy_unicode_special_count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        const TpyUnicodeSpecial *s = &tpy_unicode_specials[mid];
        if (s->kind < (int)which || (s->kind == (int)which && s->cp < cp))
            lo = mid + 1;
        else if (s->kind > (int)which || s->cp > cp)
            hi = mid - 1;
        else {
            for (int i = 0; i < s->n; i++)
                out[i] = s->out[i];
            return s->n;
        }
    }
    const TpyUnicodeCaseRun *runs;
    int count;
    switch (which) {
    case TPY_CASE_UPPER: runs = tpy_unicode_upper_runs; count = tpy_unicode_upper_run_count; break;
    case TPY_CASE_LOWER: runs = tpy_unicode_lower_runs; count = tpy_unicode_lower_run_count; break;
    case TPY_CASE_TITLE: runs = tpy_unicode_title_runs; count = tpy_unicode_title_run_count; break;
    default: runs = tpy_unicode_fold_runs; count = tpy_unicode_fold_run_count; break;
    }
    lo = 0;
    hi = count - 1;
    int found = -1;
    while (lo <= hi) {   /* last run with start <= cp */
        int mid = lo + (hi - lo) / 2;
        if (runs[mid].start <= cp) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    out[0] = cp;
    if (found >= 0) {
        const TpyUnicodeCaseRun *r = &runs[found];
        uint32_t off = cp - r->start;
        if (off % (uint32_t)r->stride == 0 && off / (uint32_t)r->stride < (uint32_t)r->count)
            out[0] = (uint32_t)((int64_t)cp + r->delta);
    }
    return 1;
}
