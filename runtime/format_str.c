/* runtime/format_str.c: `%`-formatting and str.format.
 *
 * `%` follows CPython's PyUnicode_Format: conversions
 * %[(key)][flags][width][.precision]type with flags "-+ #0", '*' widths taken
 * from the arguments, types d i u o x X e E f F g G c r s a %.  The argument
 * is a tuple (consumed in order), a mapping when a (key) is used, or a single
 * value; leftovers raise "not all arguments converted during string
 * formatting", shortages "not enough arguments for format string".
 * Numbers reuse format.c's layout (tpy_format_float_short, int digits).
 *
 * str.format parses "{field!conv:spec}" with "{{"/"}}" escapes, fields that
 * are an index or a name followed by .attr / [key] accessors, automatic
 * numbering (never mixed with manual), and nested fields inside the spec
 * (one level, as CPython's recursion limit of 2 allows).
 */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "bool.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "format_internal.h"
#include "int.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

/* ---------------------------------------------------------------- % formatting */

typedef struct PercentArgs {
    TpyObject *const *items;
    int64_t count, next;
    TpyObject *mapping;   /* args itself when it is a dict (for %(key)s) */
} PercentArgs;

static TpyObject *next_arg(PercentArgs *a)
{
    if (a->next >= a->count)
        return tpy_err_format(&tpy_TypeError_type, "not enough arguments for format string");
    return a->items[a->next++];
}

// A number for %d/%x/...: the int itself (new ref), or int(float) for d/i/u.
static TpyObject *integer_arg(TpyObject *v, uint32_t type)
{
    if (tpy_int_check(v))
        return tpy_int_pos(v);
    if (tpy_float_check(v) && (type == 'd' || type == 'i' || type == 'u'))
        return tpy_int_from_double(TPY_FLOAT_VALUE(v));
    if (type == 'd' || type == 'i' || type == 'u')
        return tpy_err_format(&tpy_TypeError_type, "%%%c format: a real number is required, not %s",
                              (int)type, tpy_type_of(v)->name);
    return tpy_err_format(&tpy_TypeError_type, "%%%c format: an integer is required, not %s",
                          (int)type, tpy_type_of(v)->name);
}

static int append_padded(TpyStrBuilder *b, TpyObject *piece, int64_t width, bool left_align)
{
    int64_t n = tpy_str_length(piece);
    if (!left_align && width > n && tpy_strbuilder_append_fill(b, ' ', width - n) < 0)
        return -1;
    if (tpy_strbuilder_append_str(b, piece) < 0)
        return -1;
    if (left_align && width > n && tpy_strbuilder_append_fill(b, ' ', width - n) < 0)
        return -1;
    return 0;
}

// Render one numeric conversion as a str (sign, prefix, zero padding).
static TpyObject *percent_number(TpyObject *v, uint32_t type, int64_t width, int64_t precision,
                                 const char *flags)
{
    bool minus = strchr(flags, '-') != NULL, plus = strchr(flags, '+') != NULL;
    bool space = strchr(flags, ' ') != NULL, alt = strchr(flags, '#') != NULL;
    bool zero = strchr(flags, '0') != NULL && !minus;
    TpyFormatSpec f;
    memset(&f, 0, sizeof f);
    f.fill = zero ? '0' : ' ';
    f.align = minus ? '<' : zero ? '=' : '>';
    f.sign = plus ? '+' : space ? ' ' : 0;
    f.width = width;
    f.precision = -1;
    f.group_size = 3;
    const char *sign;
    if (strchr("diuoxX", (int)type) != NULL) {
        TpyObject *i = integer_arg(v, type);
        if (i == NULL)
            return NULL;
        int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        bool negative;
        char *digits = tpy_int_digits(i, base, &negative);
        tpy_decref(i);
        if (digits == NULL)
            return NULL;
        // %.5d pads the digits with zeros to the precision.
        int64_t nd = (int64_t)strlen(digits);
        if (precision > nd) {
            char *padded = malloc((size_t)precision + 1);
            if (padded == NULL) {
                free(digits);
                return tpy_err_nomemory();
            }
            memset(padded, '0', (size_t)(precision - nd));
            memcpy(padded + precision - nd, digits, (size_t)nd + 1);
            free(digits);
            digits = padded;
            nd = precision;
        }
        sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        const char *prefix = !alt ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
        TpyObject *r = tpy_format_number_parts(&f, sign, prefix, digits, nd, "", type == 'X');
        free(digits);
        return r;
    }
    double d;
    if (!(tpy_float_check(v) || tpy_int_check(v)))
        return tpy_err_format(&tpy_TypeError_type, "must be real number, not %s",
                              tpy_type_of(v)->name);
    if (tpy_float_as_double(v, &d) < 0)
        return NULL;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    int code = (int)(upper ? type + 32 : type);
    char *body = isfinite(d) ? tpy_format_float_short(d, code, precision < 0 ? 6 : precision,
                                                      false, alt, upper)
                             : strdup(isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    if (body == NULL)
        return tpy_err_nomemory();
    sign = signbit(d) && !isnan(d) ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    if (!isfinite(d) && f.fill == '0') {   // CPython pads inf/nan with spaces under %
        f.fill = ' ';
        f.align = '>';
    }
    TpyObject *r = tpy_format_number_parts(&f, sign, "", "", 0, body, false);
    free(body);
    return r;
}

TpyObject *tpy_format_percent(TpyObject *format, TpyObject *args)
{
    PercentArgs a = {NULL, 0, 0, NULL};
    if (tpy_tuple_check(args)) {
        a.items = TPY_TUPLE_ITEMS(args);
        a.count = TPY_TUPLE_SIZE(args);
    } else {
        a.items = &args;
        a.count = 1;
    }
    if (!tpy_tuple_check(args) && !tpy_str_check(args) && tpy_type_of(args)->getitem != NULL)
        a.mapping = args;
    int64_t n = tpy_str_length(format), i = 0;
    bool used_mapping = false;
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    while (i < n) {
        uint32_t c = tpy_str_read(format, i++);
        if (c != '%') {
            if (tpy_strbuilder_append_char(&b, c) < 0)
                goto error;
            continue;
        }
        TpyObject *value = NULL;
        if (i < n && tpy_str_read(format, i) == '(') {
            if (a.mapping == NULL) {
                tpy_err_format(&tpy_TypeError_type, "format requires a mapping");
                goto error;
            }
            int64_t depth = 1, start = ++i;
            while (i < n && depth > 0) {
                uint32_t k = tpy_str_read(format, i++);
                depth += k == '(' ? 1 : k == ')' ? -1 : 0;
            }
            if (depth > 0) {
                tpy_err_format(&tpy_ValueError_type, "incomplete format key");
                goto error;
            }
            TpyObject *key = tpy_str_substring(format, start, i - 1);
            if (key == NULL)
                goto error;
            value = tpy_object_getitem(a.mapping, key);
            tpy_decref(key);
            if (value == NULL)
                goto error;
            tpy_decref(value);   // the mapping keeps it alive during this call
            used_mapping = true;
        }
        char flags[8] = {0};
        int nflags = 0;
        while (i < n && nflags < 7) {
            uint32_t k = tpy_str_read(format, i);
            if (k != '-' && k != '+' && k != ' ' && k != '#' && k != '0')
                break;
            flags[nflags++] = (char)k;
            i++;
        }
        int64_t width = -1, precision = -1;
        if (i < n && tpy_str_read(format, i) == '*') {
            i++;
            TpyObject *w = next_arg(&a);
            if (w == NULL)
                goto error;
            if (!tpy_int_check(w)) {
                tpy_err_format(&tpy_TypeError_type, "* wants int");
                goto error;
            }
            width = tpy_int_as_i64(w);
            if (width < 0) {
                flags[nflags++] = '-';
                width = -width;
            }
        } else {
            while (i < n && tpy_str_read(format, i) >= '0' && tpy_str_read(format, i) <= '9')
                width = (width < 0 ? 0 : width) * 10 + (tpy_str_read(format, i++) - '0');
        }
        if (i < n && tpy_str_read(format, i) == '.') {
            i++;
            precision = 0;
            if (i < n && tpy_str_read(format, i) == '*') {
                i++;
                TpyObject *p = next_arg(&a);
                if (p == NULL)
                    goto error;
                if (!tpy_int_check(p)) {
                    tpy_err_format(&tpy_TypeError_type, "* wants int");
                    goto error;
                }
                precision = tpy_int_as_i64(p);
                if (precision < 0)
                    precision = 0;
            }
            while (i < n && tpy_str_read(format, i) >= '0' && tpy_str_read(format, i) <= '9')
                precision = precision * 10 + (tpy_str_read(format, i++) - '0');
        }
        while (i < n && (tpy_str_read(format, i) == 'l' || tpy_str_read(format, i) == 'h' ||
                         tpy_str_read(format, i) == 'L'))
            i++;
        if (i >= n) {
            tpy_err_format(&tpy_ValueError_type, "incomplete format");
            goto error;
        }
        uint32_t type = tpy_str_read(format, i++);
        if (type == '%') {
            if (tpy_strbuilder_append_char(&b, '%') < 0)
                goto error;
            continue;
        }
        if (value == NULL && strchr("diuoxXeEfFgGcrsa", (int)(type < 128 ? type : '?')) != NULL &&
            type != 0 && (value = next_arg(&a)) == NULL)
            goto error;
        bool left = strchr(flags, '-') != NULL;
        TpyObject *piece = NULL;
        switch (type) {
        case 's': piece = tpy_object_str(value); break;
        case 'r': case 'a': piece = tpy_object_repr(value); break;
        case 'c':
            if (tpy_str_check(value) && tpy_str_length(value) == 1)
                piece = tpy_newref(value);
            else if (tpy_int_check(value)) {
                int64_t cp;
                if (!tpy_int_to_i64(value, &cp) || cp < 0 || cp > 0x10ffff)
                    tpy_err_format(&tpy_OverflowError_type, "%%c arg not in range(0x110000)");
                else
                    piece = tpy_str_from_char((uint32_t)cp);
            } else
                tpy_err_format(&tpy_TypeError_type, "%%c requires int or char");
            break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            piece = percent_number(value, type, width, precision, flags);
            break;
        default:
            if (type >= 32 && type < 127)
                tpy_err_format(&tpy_ValueError_type,
                               "unsupported format character '%c' (0x%x) at index %lld", (int)type,
                               (unsigned)type, (long long)(i - 1));
            else
                tpy_err_format(&tpy_ValueError_type,
                               "unsupported format character '\\x%x' (0x%x) at index %lld",
                               (unsigned)type, (unsigned)type, (long long)(i - 1));
            goto error;
        }
        if (piece == NULL)
            goto error;
        if ((type == 's' || type == 'r' || type == 'a') && precision >= 0 &&
            precision < tpy_str_length(piece)) {
            TpyObject *cut = tpy_str_substring(piece, 0, precision);
            tpy_decref(piece);
            if ((piece = cut) == NULL)
                goto error;
        }
        int r = append_padded(&b, piece, width, left);
        tpy_decref(piece);
        if (r < 0)
            goto error;
    }
    if (a.next < a.count && !(used_mapping || (a.mapping != NULL && a.count == 1 && !tpy_tuple_check(args)))) {
        tpy_err_format(&tpy_TypeError_type, "not all arguments converted during string formatting");
        goto error;
    }
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------- str.format */

typedef struct FormatState {
    TpyObject *const *args;
    int64_t nargs;
    TpyObject *kwnames;
    int auto_index;   /* -1: manual numbering in use; >= 0: next automatic index */
    bool manual;
} FormatState;

static TpyObject *lookup_keyword(FormatState *st, TpyObject *name)
{
    int64_t nkw = st->kwnames == NULL ? 0 : TPY_TUPLE_SIZE(st->kwnames);
    for (int64_t k = 0; k < nkw; k++)
        if (tpy_str_equal(TPY_TUPLE_ITEMS(st->kwnames)[k], name))
            return tpy_newref(st->args[st->nargs + k]);
    return tpy_err_set_object(&tpy_KeyError_type, name);
}

static bool all_digits(TpyObject *s, int64_t start, int64_t end)
{
    if (start >= end)
        return false;
    for (int64_t i = start; i < end; i++) {
        uint32_t c = tpy_str_read(s, i);
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

static int64_t parse_index(TpyObject *s, int64_t start, int64_t end)
{
    int64_t v = 0;
    for (int64_t i = start; i < end && v < ((int64_t)1 << 50); i++)
        v = v * 10 + (tpy_str_read(s, i) - '0');
    return v;
}

// The object named by field text [start, end): "0", "name", "0.attr[key]".
static TpyObject *resolve_field(FormatState *st, TpyObject *fmt, int64_t start, int64_t end)
{
    int64_t i = start;
    while (i < end && tpy_str_read(fmt, i) != '.' && tpy_str_read(fmt, i) != '[')
        i++;
    TpyObject *obj;
    if (i == start) {
        if (st->manual) {
            return tpy_err_format(&tpy_ValueError_type, "cannot switch from manual field "
                                                        "specification to automatic field numbering");
        }
        int64_t index = st->auto_index++;
        if (index >= st->nargs)
            return tpy_err_format(&tpy_IndexError_type,
                                  "Replacement index %lld out of range for positional args tuple",
                                  (long long)index);
        obj = tpy_newref(st->args[index]);
    } else if (all_digits(fmt, start, i)) {
        if (st->auto_index > 0)
            return tpy_err_format(&tpy_ValueError_type, "cannot switch from automatic field "
                                                        "numbering to manual field specification");
        st->manual = true;
        int64_t index = parse_index(fmt, start, i);
        if (index >= st->nargs)
            return tpy_err_format(&tpy_IndexError_type,
                                  "Replacement index %lld out of range for positional args tuple",
                                  (long long)index);
        obj = tpy_newref(st->args[index]);
    } else {
        TpyObject *name = tpy_str_substring(fmt, start, i);
        if (name == NULL)
            return NULL;
        obj = lookup_keyword(st, name);
        tpy_decref(name);
        if (obj == NULL)
            return NULL;
    }
    while (i < end) {
        uint32_t c = tpy_str_read(fmt, i++);
        int64_t s0 = i;
        TpyObject *next;
        if (c == '.') {
            while (i < end && tpy_str_read(fmt, i) != '.' && tpy_str_read(fmt, i) != '[')
                i++;
            if (i == s0) {
                tpy_decref(obj);
                return tpy_err_format(&tpy_ValueError_type, "Empty attribute in format string");
            }
            TpyObject *name = tpy_str_substring(fmt, s0, i);
            next = name == NULL ? NULL : tpy_object_getattr(obj, name);
            tpy_xdecref(name);
        } else if (c == '[') {
            while (i < end && tpy_str_read(fmt, i) != ']')
                i++;
            if (i >= end) {
                tpy_decref(obj);
                return tpy_err_format(&tpy_ValueError_type, "Missing ']' in format string");
            }
            if (i == s0) {
                tpy_decref(obj);
                return tpy_err_format(&tpy_ValueError_type, "Empty attribute in format string");
            }
            TpyObject *key = all_digits(fmt, s0, i) ? tpy_int_from_i64(parse_index(fmt, s0, i))
                                                    : tpy_str_substring(fmt, s0, i);
            next = key == NULL ? NULL : tpy_object_getitem(obj, key);
            tpy_xdecref(key);
            i++;   // ']'
            if (i < end && tpy_str_read(fmt, i) != '.' && tpy_str_read(fmt, i) != '[') {
                tpy_xdecref(next);
                tpy_decref(obj);
                return tpy_err_format(&tpy_ValueError_type,
                                      "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            tpy_decref(obj);
            return tpy_err_format(&tpy_ValueError_type,
                                  "Only '.' or '[' may follow ']' in format field specifier");
        }
        tpy_decref(obj);
        if ((obj = next) == NULL)
            return NULL;
    }
    return obj;
}

static TpyObject *format_string(FormatState *st, TpyObject *fmt, int64_t start, int64_t end,
                                int depth);

// One replacement field: text [start, end) between the braces.
static TpyObject *render_field(FormatState *st, TpyObject *fmt, int64_t start, int64_t end,
                               int depth)
{
    // Split "name!conv:spec" (brackets protect ':' and '!' inside keys).
    int64_t i = start, name_end, conv_pos = -1, spec_pos = -1;
    int bracket = 0;
    for (; i < end; i++) {
        uint32_t c = tpy_str_read(fmt, i);
        if (c == '[')
            bracket = 1;
        else if (c == ']')
            bracket = 0;
        else if (!bracket && (c == '!' || c == ':'))
            break;
    }
    name_end = i;
    if (i < end && tpy_str_read(fmt, i) == '!') {
        conv_pos = i + 1;
        if (conv_pos >= end)
            return tpy_err_format(&tpy_ValueError_type,
                                  "end of string while looking for conversion specifier");
        if (conv_pos + 1 < end && tpy_str_read(fmt, conv_pos + 1) != ':')
            return tpy_err_format(&tpy_ValueError_type, "expected ':' after conversion specifier");
        i = conv_pos + 1;
    }
    if (i < end && tpy_str_read(fmt, i) == ':')
        spec_pos = i + 1;
    TpyObject *obj = resolve_field(st, fmt, start, name_end);
    if (obj == NULL)
        return NULL;
    if (conv_pos >= 0) {
        uint32_t conv = tpy_str_read(fmt, conv_pos);
        TpyObject *converted;
        if (conv == 'r' || conv == 'a')
            converted = tpy_object_repr(obj);
        else if (conv == 's')
            converted = tpy_object_str(obj);
        else {
            tpy_decref(obj);
            if (conv >= 32 && conv < 127)
                return tpy_err_format(&tpy_ValueError_type, "Unknown conversion specifier %c",
                                      (int)conv);
            return tpy_err_format(&tpy_ValueError_type, "Unknown conversion specifier \\x%x",
                                  (unsigned)conv);
        }
        tpy_decref(obj);
        if ((obj = converted) == NULL)
            return NULL;
    }
    TpyObject *spec = NULL;
    if (spec_pos >= 0) {
        spec = format_string(st, fmt, spec_pos, end, depth - 1);
        if (spec == NULL) {
            tpy_decref(obj);
            return NULL;
        }
    }
    TpyObject *r = tpy_format_object(obj, spec);
    tpy_xdecref(spec);
    tpy_decref(obj);
    return r;
}

static TpyObject *format_string(FormatState *st, TpyObject *fmt, int64_t start, int64_t end,
                                int depth)
{
    if (depth <= 0)
        return tpy_err_format(&tpy_ValueError_type, "Max string recursion exceeded");
    TpyStrBuilder b;
    tpy_strbuilder_init(&b);
    int64_t i = start;
    while (i < end) {
        uint32_t c = tpy_str_read(fmt, i++);
        if (c == '}') {
            if (i < end && tpy_str_read(fmt, i) == '}') {
                i++;
            } else {
                tpy_err_format(&tpy_ValueError_type, "Single '}' encountered in format string");
                goto error;
            }
        } else if (c == '{') {
            if (i < end && tpy_str_read(fmt, i) == '{') {
                i++;
            } else {
                // Find the matching '}' (nested braces count).
                // Inside [key] brackets braces do not count (CPython's MarkupIterator).
                int64_t level = 1, field = i;
                bool in_bracket = false;
                while (i < end && level > 0) {
                    uint32_t k = tpy_str_read(fmt, i++);
                    if (k == '[' && level == 1)
                        in_bracket = true;
                    else if (k == ']')
                        in_bracket = false;
                    else if (!in_bracket)
                        level += k == '{' ? 1 : k == '}' ? -1 : 0;
                }
                if (level > 0) {
                    if (field == end)
                        tpy_err_format(&tpy_ValueError_type,
                                       "Single '{' encountered in format string");
                    else
                        tpy_err_format(&tpy_ValueError_type,
                                       "expected '}' before end of string");
                    goto error;
                }
                TpyObject *piece = render_field(st, fmt, field, i - 1, depth);
                if (piece == NULL)
                    goto error;
                int r = tpy_strbuilder_append_str(&b, piece);
                tpy_decref(piece);
                if (r < 0)
                    goto error;
                continue;
            }
        }
        if (tpy_strbuilder_append_char(&b, c) < 0)
            goto error;
    }
    return tpy_strbuilder_finish(&b);
error:
    tpy_strbuilder_discard(&b);
    return NULL;
}

TpyObject *tpy_format_str_format(TpyObject *format_str, TpyObject *const *args, int64_t nargs,
                                 TpyObject *kwnames)
{
    FormatState st = {args, nargs, kwnames, 0, false};
    return format_string(&st, format_str, 0, tpy_str_length(format_str), 2);
}
