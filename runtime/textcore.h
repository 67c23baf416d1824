/* runtime/textcore.h: the searching core shared by str and bytes (internal).
 *
 * A TpyText is a view of code units: PEP 393 str data (1, 2 or 4 bytes per
 * code point) or bytes data (kind 1).  find/count/match work on any pair of
 * widths, so str (every kind) and bytes use one implementation of the
 * search rules (CPython's stringlib fastsearch semantics: empty needles,
 * non-overlapping counts); the str and bytes files keep only their argument
 * types and error messages.
 */
#ifndef TPY_RUNTIME_TEXTCORE_H
#define TPY_RUNTIME_TEXTCORE_H

#ifndef TPY_RUNTIME_BUILD
#error "textcore.h is internal to the runtime"
#endif

#include <stdbool.h>
#include <stdint.h>

typedef struct TpyText {
    const void *data;
    int64_t len;    /* code units */
    int kind;       /* bytes per unit: 1, 2 or 4 */
} TpyText;

/* Unit `i` of t (unchecked). */
static inline uint32_t tpy_text_read(TpyText t, int64_t i)
{
    switch (t.kind) {
    case 1: return ((const uint8_t *)t.data)[i];
    case 2: return ((const uint16_t *)t.data)[i];
    default: return ((const uint32_t *)t.data)[i];
    }
}

/* start/end of find, count, startswith... as CPython's ADJUST_INDICES: a
 * TPY_STR_NOARG start is 0 and end is len; negative values count from the
 * end; end is clipped to len, both to >= 0.  start may stay > len. */
void tpy_text_adjust_indices(int64_t len, int64_t *start, int64_t *end);

/* Does h[at:at+n.len] equal n?  (The caller checks the bounds.) */
bool tpy_text_match_at(TpyText h, int64_t at, TpyText n);

/* First (back: last) index i in [start, end - n.len] where n occurs in h,
 * or -1.  0 <= start, end <= h.len.  An empty n is found at start (end). */
int64_t tpy_text_find(TpyText h, TpyText n, int64_t start, int64_t end, bool back);

/* Non-overlapping occurrences of n in h[start:end]; an empty n counts
 * end - start + 1 (0 when end < start).  0 <= start, end <= h.len. */
int64_t tpy_text_count(TpyText h, TpyText n, int64_t start, int64_t end);

#endif
