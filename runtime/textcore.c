/* runtime/textcore.c: searching code units for str and bytes (see textcore.h).
 *
 * Forward search of 1-byte units uses memchr (a one-unit needle) or memmem;
 * other widths, and backward search, scan with a first-unit filter: O(n*m)
 * in the worst case, which CPython's two-way search avoids; fine for the
 * programs tpy runs.  Counting a one-byte needle is a word-at-a-time loop
 * (count_byte), much faster than a memchr call per hit when hits are
 * frequent (text.count("e")), and 4-5x faster than a byte loop, which
 * GCC 12 does not vectorise at -O2.
 *
 * str data is canonical (the narrowest kind that holds its widest code
 * point), so a needle of a wider kind than the haystack cannot occur in it.
 */
#define _GNU_SOURCE   /* memmem, memrchr */
#include "textcore.h"

#include <string.h>

#include "str.h"   /* TPY_STR_NOARG */

void tpy_text_adjust_indices(int64_t len, int64_t *start, int64_t *end)
{
    if (*start == TPY_STR_NOARG)
        *start = 0;
    if (*end == TPY_STR_NOARG || *end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

bool tpy_text_match_at(TpyText h, int64_t at, TpyText n)
{
    if (h.kind == n.kind)
        return memcmp((const char *)h.data + (size_t)at * (size_t)h.kind, n.data,
                      (size_t)n.len * (size_t)n.kind) == 0;
    for (int64_t k = 0; k < n.len; k++)
        if (tpy_text_read(h, at + k) != tpy_text_read(n, k))
            return false;
    return true;
}

static int64_t find_bytes_forward(const char *h, int64_t start, int64_t end, const char *n, int64_t m)
{
    if (m == 1) {
        // One byte (`ch in "aeiou"`): a short haystack inline, a long one by memchr.
        if (end - start <= 16) {
            for (int64_t i = start; i < end; i++)
                if (h[i] == n[0])
                    return i;
            return -1;
        }
        const char *p = memchr(h + start, n[0], (size_t)(end - start));
        return p == NULL ? -1 : p - h;
    }
    const char *p = memmem(h + start, (size_t)(end - start), n, (size_t)m);
    return p == NULL ? -1 : p - h;
}

int64_t tpy_text_find(TpyText h, TpyText n, int64_t start, int64_t end, bool back)
{
    int64_t m = n.len;
    if (end - start < m)
        return -1;
    if (m == 0)
        return back ? end : start;
    if (n.kind > h.kind)
        return -1;   /* n has a unit h cannot hold */
    if (h.kind == 1 && n.kind == 1) {
        if (!back)
            return find_bytes_forward(h.data, start, end, n.data, m);
        if (m == 1) {
            const char *base = h.data;
            const char *p = memrchr(base + start, *(const char *)n.data, (size_t)(end - start));
            return p == NULL ? -1 : p - base;
        }
    }
    uint32_t first = tpy_text_read(n, 0);
    if (back) {
        for (int64_t i = end - m; i >= start; i--)
            if (tpy_text_read(h, i) == first && tpy_text_match_at(h, i, n))
                return i;
    } else {
        for (int64_t i = start; i + m <= end; i++)
            if (tpy_text_read(h, i) == first && tpy_text_match_at(h, i, n))
                return i;
    }
    return -1;
}

/* Occurrences of byte c in d[start:end], eight bytes at a time: after
 * x ^= c*0x01..01 a matching byte is zero, and ((x & 0x7f..) + 0x7f..) | x
 * has the high bit of exactly the non-zero bytes set (no carry crosses a
 * byte).  Per-byte counters in `acc` cannot overflow within 255 words; they
 * are then added pairwise into 16-bit lanes, which a multiplication sums
 * into the top lane (at most 8 * 255). */
static int64_t count_byte(const uint8_t *d, int64_t start, int64_t end, uint8_t c)
{
    const uint64_t ones = 0x0101010101010101u, low7 = 0x7f7f7f7f7f7f7f7fu;
    uint64_t pat = ones * c;
    int64_t count = 0, i = start;
    while (end - i >= 8) {
        uint64_t acc = 0;
        int64_t stop = end - i > 8 * 255 ? i + 8 * 255 : end - 7;
        for (; i < stop; i += 8) {
            uint64_t x;
            memcpy(&x, d + i, 8);
            x ^= pat;
            acc += (~(((x & low7) + low7) | x) >> 7) & ones;
        }
        acc = (acc & 0x00ff00ff00ff00ffu) + ((acc >> 8) & 0x00ff00ff00ff00ffu);
        count += (int64_t)((acc * 0x0001000100010001u) >> 48);
    }
    for (; i < end; i++)
        count += d[i] == c;
    return count;
}

int64_t tpy_text_count(TpyText h, TpyText n, int64_t start, int64_t end)
{
    if (end < start)
        return 0;
    if (n.len == 0)
        return end - start + 1;
    int64_t count = 0;
    if (n.len == 1 && h.kind == 1 && n.kind == 1)
        return count_byte(h.data, start, end, *(const uint8_t *)n.data);
    for (int64_t i = start; (i = tpy_text_find(h, n, i, end, false)) >= 0; i += n.len)
        count++;
    return count;
}
