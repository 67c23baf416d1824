/* runtime/format.c: format(value, spec) -- the format-spec mini-language.
 *
 * spec: [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * parsed as CPython's parse_internal_render_format_spec does (same order of
 * checks, same error messages), then rendered per type:
 *  - float: digits come from the C library (correctly rounded on glibc) or
 *    the shortest repr digits, and are laid out by the rules of CPython's
 *    format_float_short: which of fixed/exponent notation, trailing zeros,
 *    "add .0 if integer" for the empty type, '#' keeps the point.
 *  - int: digits of any size from int.c; '#' prefixes; 'c'; float types
 *    convert to float first.
 *  - grouping (',' or '_', every 3 digits, every 4 for b/o/x/X with '_')
 *    also runs through zero padding: format(1234, '010,') is '00,001,234'.
 *  - padding: '<' '>' '^' and '=' (between sign/prefix and digits).
 * `%`-formatting and str.format live in format_str.c.
 */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "complex.h"
#include "exc.h"
#include "float.h"
#include "format_internal.h"
#include "int.h"
#include "none.h"
#include "str.h"

/* ---------------------------------------------------------------- spec parsing */

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Reads a decimal number; -1 if none, -2 if too big (error raised).
static int64_t read_number(TpyObject *spec, int64_t *pos, int64_t end)
{
    int64_t v = -1;
    while (*pos < end) {
        uint32_t c = tpy_str_read(spec, *pos);
        if (c < '0' || c > '9')
            break;
        if (v < 0)
            v = 0;
        if (v > (INT64_MAX - 9) / 10 || v * 10 + (c - '0') > 0x7fffffffffffffffLL / 16) {
            tpy_err_format(&tpy_ValueError_type, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (c - '0');
        (*pos)++;
    }
    return v;
}

static void thousands_error(uint32_t sep, uint32_t type)
{
    if (type > 32 && type < 128)
        tpy_err_format(&tpy_ValueError_type, "Cannot specify '%c' with '%c'.", (int)sep, (int)type);
    else
        tpy_err_format(&tpy_ValueError_type, "Cannot specify '%c' with '\\x%x'.", (int)sep,
                       (unsigned)type);
}

int tpy_format_parse_spec(TpyObject *spec, TpyFormatSpec *f, uint32_t default_type,
                          uint32_t default_align, const char *type_name)
{
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->align = default_align;
    f->width = -1;
    f->precision = -1;
    f->type = default_type;
    int64_t end = spec == NULL ? 0 : tpy_str_length(spec), pos = 0;
    bool fill_given = false, align_given = false;
    if (end - pos >= 2 && is_align(tpy_str_read(spec, 1))) {
        f->fill = tpy_str_read(spec, 0);
        f->align = tpy_str_read(spec, 1);
        fill_given = align_given = true;
        pos = 2;
    } else if (end - pos >= 1 && is_align(tpy_str_read(spec, 0))) {
        f->align = tpy_str_read(spec, 0);
        align_given = true;
        pos = 1;
    }
    if (pos < end) {
        uint32_t c = tpy_str_read(spec, pos);
        if (c == '+' || c == '-' || c == ' ') {
            f->sign = c;
            pos++;
        }
    }
    if (pos < end && tpy_str_read(spec, pos) == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < end && tpy_str_read(spec, pos) == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && pos < end && tpy_str_read(spec, pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    f->width = read_number(spec, &pos, end);
    if (f->width == -2)
        return -1;
    if (pos < end && tpy_str_read(spec, pos) == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < end && tpy_str_read(spec, pos) == '_') {
        if (f->grouping != 0) {
            tpy_err_format(&tpy_ValueError_type, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->grouping = '_';
        pos++;
    }
    if (pos < end && tpy_str_read(spec, pos) == ',' && f->grouping == '_') {
        tpy_err_format(&tpy_ValueError_type, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < end && tpy_str_read(spec, pos) == '.') {
        pos++;
        f->precision = read_number(spec, &pos, end);
        if (f->precision == -2)
            return -1;
        if (f->precision < 0) {
            tpy_err_format(&tpy_ValueError_type, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        size_t n;
        const char *text = tpy_str_as_utf8(spec, &n);
        tpy_err_format(&tpy_ValueError_type, "Invalid format specifier '%s' for object of type '%s'",
                       text != NULL ? text : "", type_name);
        return -1;
    }
    if (end - pos == 1)
        f->type = tpy_str_read(spec, pos);
    if (f->grouping != 0) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') {
                f->group_size = 4;
                break;
            }
            // fall through
        default:
            thousands_error(f->grouping, f->type);
            return -1;
        }
    }
    if (f->group_size == 0)
        f->group_size = 3;
    return 0;
}

static TpyObject *unknown_code(uint32_t type, const char *type_name)
{
    if (type > 32 && type < 128)
        return tpy_err_format(&tpy_ValueError_type,
                              "Unknown format code '%c' for object of type '%s'", (int)type,
                              type_name);
    return tpy_err_format(&tpy_ValueError_type,
                          "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type,
                          type_name);
}

/* ---------------------------------------------------------------- number layout */

// Group `digits` (ASCII, n of them) into out (reversed construction), padding
// with zeros up to min_width as CPython's _PyUnicode_InsertThousandsGrouping.
static int append_grouped(TpyStrBuilder *b, const char *digits, int64_t n, int64_t min_width,
                          uint32_t sep, int group)
{
    if (sep == 0) {
        if (n < min_width && tpy_strbuilder_append_fill(b, '0', min_width - n) < 0)
            return -1;
        return tpy_strbuilder_append_utf8(b, digits, (size_t)n);
    }
    // Build right to left in a temporary buffer.
    int64_t cap = (n > min_width ? n : min_width) * 2 + 8;
    char *tmp = malloc((size_t)cap);
    if (tmp == NULL) {
        tpy_err_nomemory();
        return -1;
    }
    int64_t k = cap, remaining = n;
    const char *src = digits + n;
    bool first = true;
    for (;;) {
        int64_t l = group;
        int64_t want = remaining > min_width ? remaining : min_width;
        if (want < 1)
            want = 1;
        if (l > want)
            l = want;
        int64_t chars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
        int64_t zeros = l - chars;
        if (!first)
            tmp[--k] = (char)sep;
        for (int64_t i = 0; i < chars; i++)
            tmp[--k] = *--src;
        for (int64_t i = 0; i < zeros; i++)
            tmp[--k] = '0';
        first = false;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= 1;
    }
    int r = tpy_strbuilder_append_utf8(b, tmp + k, (size_t)(cap - k));
    free(tmp);
    return r;
}

/* Lay out a number: sign, prefix ("0x"), integer digits, rest (".5e+10%"),
 * with fill/align/width and grouping.  All pieces are ASCII. */
TpyObject *tpy_format_number_parts(const TpyFormatSpec *f, const char *sign, const char *prefix,
                                   const char *digits, int64_t ndigits, const char *rest,
                                   bool upper_digits)
{
    int64_t nsign = (int64_t)strlen(sign), nprefix = (int64_t)strlen(prefix);
    int64_t nrest = (int64_t)strlen(rest);
    int64_t grouped = ndigits;
    if (f->grouping != 0 && ndigits > 0)
        grouped = ndigits + (ndigits - 1) / f->group_size;
    int64_t min_width = 0;
    if (f->fill == '0' && f->align == '=' && f->width > 0)
        min_width = f->width - nsign - nprefix - nrest;
    int64_t total_min = nsign + nprefix + grouped + nrest;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    int64_t pad = 0, left = 0, right = 0;
    if (f->width > total_min && !(f->fill == '0' && f->align == '=' && f->grouping != 0)) {
        pad = f->width - total_min;
        switch (f->align) {
        case '<': right = pad; break;
        case '^': left = pad / 2; right = pad - left; break;
        case '=': break;
        default: left = pad; break;
        }
    }
    char *digit_copy = NULL;
    if (upper_digits) {
        digit_copy = malloc((size_t)ndigits + 1);
        if (digit_copy == NULL)
            goto nomem;
        for (int64_t i = 0; i < ndigits; i++)
            digit_copy[i] = (char)(digits[i] >= 'a' && digits[i] <= 'z' ? digits[i] - 32 : digits[i]);
        digits = digit_copy;
    }
    if (tpy_strbuilder_append_fill(&b, f->fill, left) < 0 ||
        tpy_strbuilder_append_utf8(&b, sign, (size_t)nsign) < 0 ||
        tpy_strbuilder_append_utf8(&b, prefix, (size_t)nprefix) < 0)
        goto error;
    if (f->align == '=' && pad > 0 && !(f->fill == '0' && f->grouping != 0)) {
        if (f->fill == '0' && f->grouping == 0) {
            if (tpy_strbuilder_append_fill(&b, '0', pad) < 0)
                goto error;
        } else if (tpy_strbuilder_append_fill(&b, f->fill, pad) < 0)
            goto error;
    }
    if (append_grouped(&b, digits, ndigits, f->grouping != 0 ? min_width : 0, f->grouping,
                       f->group_size) < 0 ||
        tpy_strbuilder_append_utf8(&b, rest, (size_t)nrest) < 0 ||
        tpy_strbuilder_append_fill(&b, f->fill, right) < 0)
        goto error;
    free(digit_copy);
    return tpy_strbuilder_finish(&b);
nomem:
    tpy_err_nomemory();
error:
    free(digit_copy);
    tpy_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------- float digits */

/* CPython's format_float_short: lay out |v| (finite) for code 'e', 'f', 'g'
 * or 'r' into a malloc'd string without sign. */
char *tpy_format_float_short(double v, int code, int64_t precision, bool add_dot_0, bool alt,
                             bool upper)
{
    v = fabs(v);
    char *digits;
    int64_t decpt, ndig;
    if (code == 'r') {
        digits = malloc(24);
        if (digits == NULL)
            return NULL;
        if (v == 0.0) {
            strcpy(digits, "0");
            decpt = 1;
        } else {
            decpt = tpy_float_shortest_digits(v, digits) + 1;
        }
    } else if (code == 'f') {
        // Fixed: all digits of the correctly rounded value, then normalise.
        size_t cap = (size_t)precision + 330;
        char *buf = malloc(cap);
        if (buf == NULL)
            return NULL;
        snprintf(buf, cap, "%.*f", (int)precision, v);
        digits = malloc(cap);
        if (digits == NULL) {
            free(buf);
            return NULL;
        }
        char *dot = strchr(buf, '.');
        int64_t int_len = dot != NULL ? dot - buf : (int64_t)strlen(buf);
        int64_t k = 0;
        for (char *p = buf; *p; p++)
            if (*p != '.')
                digits[k++] = *p;
        digits[k] = '\0';
        free(buf);
        int64_t lead = 0;
        while (digits[lead] == '0' && digits[lead + 1] != '\0')
            lead++;
        decpt = int_len - lead;
        memmove(digits, digits + lead, (size_t)(k - lead + 1));
        if (strcmp(digits, "0") == 0)
            decpt = 1;
    } else {
        // 'e' wants precision + 1 significant digits, 'g' precision of them.
        int64_t sig = code == 'e' ? precision + 1 : (precision == 0 ? 1 : precision);
        size_t cap = (size_t)sig + 40;
        char *buf = malloc(cap);
        if (buf == NULL)
            return NULL;
        snprintf(buf, cap, "%.*e", (int)(sig - 1), v);
        digits = malloc(cap);
        if (digits == NULL) {
            free(buf);
            return NULL;
        }
        int64_t k = 0;
        char *p = buf;
        for (; *p != 'e'; p++)
            if (*p != '.')
                digits[k++] = *p;
        digits[k] = '\0';
        decpt = v == 0.0 ? 1 : atol(p + 1) + 1;
        free(buf);
        if (code == 'g')
            precision = sig;
        else
            precision = sig;   // vdigits_end for 'e' counts all significant digits
    }
    ndig = (int64_t)strlen(digits);
    while (ndig > 1 && digits[ndig - 1] == '0')   // dtoa never returns trailing zeros
        ndig--;
    if (ndig == 1 && digits[0] == '0' && code != 'r')
        ndig = strcmp(digits, "0") == 0 ? 1 : ndig;
    digits[ndig] = '\0';
    bool use_exp = false;
    int64_t vend = ndig, exp = 0;
    switch (code) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    case 'r':
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (v == 0.0 && code != 'f' && code != 'e') {
        // dtoa gives "0" with decpt 1 for zero
        decpt = 1;
        if (code == 'g' || code == 'r')
            use_exp = false;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    size_t cap = (size_t)(vend - vstart + ndig + 40);
    char *out = malloc(cap);
    if (out == NULL) {
        free(digits);
        return NULL;
    }
    char *p = out;
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    } else {
        memset(p, '0', (size_t)(0 - vstart));
        p += 0 - vstart;
    }
    if (0 < decpt && decpt <= ndig) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(ndig - decpt));
        p += ndig - decpt;
    } else {
        memcpy(p, digits, (size_t)ndig);
        p += ndig;
    }
    if (ndig < decpt) {
        memset(p, '0', (size_t)(decpt - ndig));
        p += decpt - ndig;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - ndig));
        p += vend - ndig;
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp)
        p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    *p = '\0';
    free(digits);
    return out;
}

/* Format a double for spec `f` (type already checked), CPython's
 * format_float_internal. */
static TpyObject *format_double(double val, const TpyFormatSpec *spec)
{
    TpyFormatSpec f = *spec;
    uint32_t type = f.type;
    bool add_dot_0 = false, add_pct = false;
    int64_t default_precision = 6;
    if (type == 0) {
        add_dot_0 = true;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    int64_t precision = f.precision;
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    bool upper = type == 'E' || type == 'F' || type == 'G';
    int code = (int)(upper ? type + 32 : type);
    char sign[2] = {0, 0};
    bool negative = signbit(val) != 0 && !isnan(val);
    char *body;
    if (isnan(val) || isinf(val)) {
        body = strdup(isnan(val) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else {
        body = tpy_format_float_short(val, code, precision, add_dot_0, f.alternate, upper);
        if (body != NULL && negative && f.no_neg_0) {
            bool all_zero = true;
            for (char *p = body; *p && *p != 'e' && *p != 'E'; p++)
                if (*p >= '1' && *p <= '9')
                    all_zero = false;
            if (all_zero)
                negative = false;
        }
    }
    if (body == NULL)
        return tpy_err_nomemory();
    if (negative)
        sign[0] = '-';
    else if (f.sign == '+')
        sign[0] = '+';
    else if (f.sign == ' ')
        sign[0] = ' ';
    // Split the integer digits (grouped) from the rest.
    int64_t nint = 0;
    while (body[nint] >= '0' && body[nint] <= '9')
        nint++;
    char *rest = body + nint;
    char *rest_copy = malloc(strlen(rest) + 2);
    if (rest_copy == NULL) {
        free(body);
        return tpy_err_nomemory();
    }
    strcpy(rest_copy, rest);
    if (add_pct)
        strcat(rest_copy, "%");
    TpyObject *r = tpy_format_number_parts(&f, sign, "", body, nint, rest_copy, false);
    free(rest_copy);
    free(body);
    return r;
}

/* ---------------------------------------------------------------- per type */

static TpyObject *format_float_spec(double val, const TpyFormatSpec *f, const char *type_name)
{
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_double(val, f);
    default:
        return unknown_code(f->type, type_name);
    }
}

static TpyObject *format_int(TpyObject *value, TpyObject *spec)
{
    TpyFormatSpec f;
    const char *type_name = tpy_type_of(value)->name;
    if (tpy_format_parse_spec(spec, &f, 'd', '>', type_name) < 0)
        return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (tpy_int_as_double(value, &d) < 0)
            return NULL;
        return format_double(d, &f);
    }
    default:
        return unknown_code(f.type, type_name);
    }
    if (f.precision >= 0)
        return tpy_err_format(&tpy_ValueError_type,
                              "Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        return tpy_err_format(&tpy_ValueError_type,
                              "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign != 0)
            return tpy_err_format(&tpy_ValueError_type,
                                  "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return tpy_err_format(&tpy_ValueError_type,
                                  "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!tpy_int_to_i64(value, &cp) || cp < 0 || cp > 0x10ffff)
            return tpy_err_format(&tpy_OverflowError_type, "%%c arg not in range(0x110000)");
        TpyObject *ch = tpy_str_from_char((uint32_t)cp);
        if (ch == NULL)
            return NULL;
        TpyFormatSpec sf = f;
        sf.type = 's';
        if (sf.align == '=')
            sf.align = '<';
        TpyObject *r = tpy_format_str_spec(ch, &sf);
        tpy_decref(ch);
        return r;
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    bool negative;
    char *digits = tpy_int_digits(value, base, &negative);
    if (digits == NULL)
        return NULL;
    const char *sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    const char *prefix = "";
    if (f.alternate)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : f.type == 'X' ? "0X" : base == 16 ? "0x" : "";
    TpyObject *r = tpy_format_number_parts(&f, sign, prefix, digits, (int64_t)strlen(digits), "",
                                           f.type == 'X');
    free(digits);
    return r;
}

static TpyObject *format_complex(TpyObject *value, TpyObject *spec)
{
    TpyFormatSpec f;
    if (tpy_format_parse_spec(spec, &f, 0, '>', "complex") < 0)
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_code(f.type, "complex");
    }
    if (f.fill == '0')
        return tpy_err_format(&tpy_ValueError_type,
                              "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return tpy_err_format(&tpy_ValueError_type,
                              "'=' alignment flag is not allowed in complex format specifier");
    TpyComplexValue z = TPY_COMPLEX_VALUE(value);
    uint32_t type = f.type;
    int64_t precision = f.precision, default_precision = 6;
    bool skip_re = false, parens = false;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (z.real == 0.0 && !signbit(z.real))
            skip_re = true;
        else
            parens = true;
    }
    if (type == 'n')
        type = 'g';
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    bool upper = type == 'E' || type == 'F' || type == 'G';
    int code = (int)(upper ? type + 32 : type);
    char *re = NULL, *im = NULL;
    if (!skip_re)
        re = isfinite(z.real) ? tpy_format_float_short(z.real, code, precision, false, f.alternate, upper)
                              : strdup(isnan(z.real) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    im = isfinite(z.imag) ? tpy_format_float_short(z.imag, code, precision, false, f.alternate, upper)
                          : strdup(isnan(z.imag) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    if ((!skip_re && re == NULL) || im == NULL) {
        free(re);
        free(im);
        return tpy_err_nomemory();
    }
    char *text = malloc(strlen(im) + (re ? strlen(re) : 0) + 8);
    if (text == NULL) {
        free(re);
        free(im);
        return tpy_err_nomemory();
    }
    char *p = text;
    if (parens)
        *p++ = '(';
    if (!skip_re) {
        bool rneg = signbit(z.real) && !isnan(z.real);
        if (rneg)
            *p++ = '-';
        else if (f.sign == '+')
            *p++ = '+';
        else if (f.sign == ' ')
            *p++ = ' ';
        p += sprintf(p, "%s", re);
        *p++ = signbit(z.imag) && !isnan(z.imag) ? '-' : '+';
    } else {
        if (signbit(z.imag) && !isnan(z.imag))
            *p++ = '-';
        else if (f.sign == '+')
            *p++ = '+';
        else if (f.sign == ' ')
            *p++ = ' ';
    }
    p += sprintf(p, "%sj", im);
    if (parens)
        *p++ = ')';
    *p = '\0';
    free(re);
    free(im);
    TpyFormatSpec nf = f;
    nf.grouping = 0;
    TpyObject *r = tpy_format_number_parts(&nf, "", "", "", 0, text, false);
    free(text);
    return r;
}

TpyObject *tpy_format_str_spec(TpyObject *s, const TpyFormatSpec *f)
{
    if (f->type != 's' && f->type != 0)
        return unknown_code(f->type, "str");
    if (f->sign == ' ')
        return tpy_err_format(&tpy_ValueError_type, "Space not allowed in string format specifier");
    if (f->sign != 0)
        return tpy_err_format(&tpy_ValueError_type, "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return tpy_err_format(&tpy_ValueError_type,
                              "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return tpy_err_format(&tpy_ValueError_type,
                              "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return tpy_err_format(&tpy_ValueError_type,
                              "'=' alignment not allowed in string format specifier");
    int64_t len = tpy_str_length(s);
    if (f->precision >= 0 && f->precision < len)
        len = f->precision;
    int64_t pad = f->width > len ? f->width - len : 0, left = 0, right = 0;
    if (f->align == '>')
        left = pad;
    else if (f->align == '^') {
        left = pad / 2;
        right = pad - left;
    } else
        right = pad;
    if (pad == 0 && len == tpy_str_length(s))
        return tpy_newref(s);
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    if (tpy_strbuilder_append_fill(&b, f->fill, left) < 0)
        goto error;
    for (int64_t i = 0; i < len; i++)
        if (tpy_strbuilder_append_char(&b, tpy_str_read(s, i)) < 0)
            goto error;
    if (tpy_strbuilder_append_fill(&b, f->fill, right) < 0)
        goto error;
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

static TpyObject *format_str(TpyObject *value, TpyObject *spec)
{
    TpyFormatSpec f;
    if (tpy_format_parse_spec(spec, &f, 's', '<', "str") < 0)
        return NULL;
    return tpy_format_str_spec(value, &f);
}

TpyObject *tpy_format_object(TpyObject *value, TpyObject *spec)
{
    if (spec != NULL && !tpy_str_check(spec))
        return tpy_err_format(&tpy_TypeError_type, "format() argument 2 must be str, not %s",
                              tpy_type_of(spec)->name);
    bool empty = spec == NULL || tpy_str_length(spec) == 0;
    TpyType *t = tpy_type_of(value);
    if (empty && t != &tpy_float_type && t != &tpy_complex_type)
        return tpy_object_str(value);
    if (tpy_int_check(value))
        return format_int(value, spec);
    if (t == &tpy_float_type) {
        TpyFormatSpec f;
        if (tpy_format_parse_spec(spec, &f, 0, '>', "float") < 0)
            return NULL;
        return format_float_spec(TPY_FLOAT_VALUE(value), &f, "float");
    }
    if (t == &tpy_complex_type)
        return format_complex(value, spec);
    if (t == &tpy_str_type)
        return format_str(value, spec);
    return tpy_err_format(&tpy_TypeError_type, "unsupported format string passed to %s.__format__",
                          t->name);
}
