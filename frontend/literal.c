/* frontend/literal.c: values of literal tokens (see literal.h).
 *
 * Strings are kept as UTF-8 bytes.  Escapes follow CPython's
 * _PyUnicode_DecodeUnicodeEscape / _PyBytes_DecodeEscape: unknown escapes
 * keep their backslash (CPython only warns), \ooo takes up to three octal
 * digits, \x exactly two hex digits, \u and \U only in str.  A lone
 * surrogate from \ud800 is encoded as three bytes (WTF-8) since UTF-8 has no
 * spelling for it.  \N{name} needs the Unicode name database, which tpy does
 * not carry: it is reported as unsupported.
 * Big integers: hex/octal/binary digits are converted to decimal with a
 * schoolbook multiply-add on base-1e9 limbs (quadratic in the digit count,
 * which is fine for literals).
 */
#include "literal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tpy_literal_split(const char *tok, size_t len, TpyStringParts *parts)
{
    memset(parts, 0, sizeof *parts);
    size_t i = 0;
    while (i < len && tok[i] != '\'' && tok[i] != '"') {
        switch (tok[i] | 0x20) {
        case 'r': parts->is_raw = true; break;
        case 'b': parts->is_bytes = true; break;
        case 'f': parts->is_fstring = true; break;
        default: break;
        }
        i++;
    }
    size_t q = 1;
    if (len - i >= 6 && tok[i + 1] == tok[i] && tok[i + 2] == tok[i])
        q = 3;
    parts->body_offset = i + q;
    parts->body = tok + i + q;
    parts->body_len = len >= i + 2 * q ? len - i - 2 * q : 0;
}

static size_t literal_put_utf8(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int literal_hex(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool tpy_literal_unescape(TpyArena *arena, const char *text, size_t len, bool raw, bool bytes,
                          char **out, size_t *out_len, const char **error, size_t *error_offset)
{
    /* Decoded text is never longer than the source (\ooo -> at most 2 UTF-8 bytes). */
    char *buf = tpy_arena_alloc(arena, len + 1);
    size_t n = 0;
    *error = NULL;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\r' && i + 1 < len && text[i + 1] == '\n') {
            i++;   /* CRLF inside a triple-quoted literal reads as LF */
            continue;
        }
        if (bytes && c >= 0x80) {
            *error = "bytes can only contain ASCII literal characters";
            *error_offset = i;
            return false;
        }
        if (c != '\\' || raw || i + 1 >= len) {
            buf[n++] = (char)c;
            i++;
            continue;
        }
        size_t start = i;
        char e = text[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\r': if (i < len && text[i] == '\n') i++; break;
        case '\\': buf[n++] = '\\'; break;
        case '\'': buf[n++] = '\''; break;
        case '"': buf[n++] = '"'; break;
        case 'a': buf[n++] = '\a'; break;
        case 'b': buf[n++] = '\b'; break;
        case 'f': buf[n++] = '\f'; break;
        case 'n': buf[n++] = '\n'; break;
        case 'r': buf[n++] = '\r'; break;
        case 't': buf[n++] = '\t'; break;
        case 'v': buf[n++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i < len && text[i] >= '0' && text[i] <= '7'; k++)
                v = v * 8 + (unsigned)(text[i++] - '0');
            if (bytes)
                buf[n++] = (char)(v & 0xFF);
            else
                n += literal_put_utf8(buf + n, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && e != 'x') {
                buf[n++] = '\\';
                buf[n++] = e;
                break;
            }
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < digits; k++) {
                int h = i < len ? literal_hex(text[i]) : -1;
                if (h < 0) {
                    *error_offset = start;
                    if (bytes)
                        *error = tpy_arena_printf(arena, "(value error) invalid \\x escape at position %zu",
                                                  start);
                    else
                        *error = tpy_arena_printf(
                            arena,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\%s escape",
                            start, i - 1 > start ? i - 1 : start + 1,
                            e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
                    return false;
                }
                v = v * 16 + (uint32_t)h;
                i++;
            }
            if (bytes) {
                buf[n++] = (char)v;
            } else if (v > 0x10FFFF) {
                *error_offset = start;
                *error = tpy_arena_printf(
                    arena,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                    start, i - 1);
                return false;
            } else {
                n += literal_put_utf8(buf + n, v);
            }
            break;
        }
        case 'N':
            if (!bytes) {
                *error_offset = start;
                *error = "(unicode error) \\N{...} escapes are not supported by tpy";
                return false;
            }
            /* in bytes, \N is an unknown escape */
            __attribute__((fallthrough));
        default:
            /* Unknown escape: both characters stay (CPython warns). */
            buf[n++] = '\\';
            i--;
            break;
        }
    }
    buf[n] = '\0';
    *out = buf;
    *out_len = n;
    return true;
}

/* Decimal digits of a big number given in base 2, 8 or 16. */
static const char *literal_to_decimal(TpyArena *arena, const char *digits, size_t n, int base)
{
    /* Limbs in base 1e9, least significant first. */
    size_t cap = n + 2;
    uint32_t *limbs = malloc(sizeof(uint32_t) * cap);
    if (limbs == NULL)
        return "0";
    size_t count = 1;
    limbs[0] = 0;
    for (size_t i = 0; i < n; i++) {
        int d = literal_hex(digits[i]);
        if (d < 0)
            continue;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < count; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry > 0 && count < cap) {
            limbs[count++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    char *out = tpy_arena_alloc(arena, count * 9 + 2);
    int len = sprintf(out, "%u", limbs[count - 1]);
    for (size_t k = count - 1; k-- > 0;)
        len += sprintf(out + len, "%09u", limbs[k]);
    free(limbs);
    return out;
}

void tpy_literal_int(TpyArena *arena, const char *text, size_t len, int64_t *value, bool *big,
                     const char **decimal)
{
    int base = 10;
    size_t i = 0;
    if (len >= 2 && text[0] == '0') {
        char x = (char)(text[1] | 0x20);
        if (x == 'x') base = 16;
        else if (x == 'o') base = 8;
        else if (x == 'b') base = 2;
        if (base != 10)
            i = 2;
    }
    uint64_t v = 0;
    bool overflow = false;
    char *digits = tpy_arena_alloc(arena, len + 1);
    size_t nd = 0;
    for (; i < len; i++) {
        int d = literal_hex(text[i]);
        if (text[i] == '_' || d < 0)
            continue;
        digits[nd++] = text[i];
        if (!overflow) {
            if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
                overflow = true;
            else
                v = v * (uint64_t)base + (uint64_t)d;
        }
    }
    digits[nd] = '\0';
    if (nd == 0) {
        digits[0] = '0';
        digits[1] = '\0';
        nd = 1;
    }
    *big = overflow || v > (uint64_t)INT64_MAX;
    *value = *big ? 0 : (int64_t)v;
    if (base == 10) {
        /* Strip leading zeros ("00" is 0). */
        size_t z = 0;
        while (z + 1 < nd && digits[z] == '0')
            z++;
        *decimal = digits + z;
    } else if (!*big) {
        *decimal = tpy_arena_printf(arena, "%lld", (long long)v);
    } else {
        *decimal = literal_to_decimal(arena, digits, nd, base);
    }
}

double tpy_literal_float(const char *text, size_t len)
{
    char small[128];
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (buf == NULL)
        return 0.0;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] != '_' && text[i] != 'j' && text[i] != 'J')
            buf[n++] = text[i];
    buf[n] = '\0';
    double d = strtod(buf, NULL);
    if (buf != small)
        free(buf);
    return d;
}
