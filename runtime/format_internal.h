/* runtime/format_internal.h: pieces of format.c shared with format_str.c. */
#ifndef TPY_RUNTIME_FORMAT_INTERNAL_H
#define TPY_RUNTIME_FORMAT_INTERNAL_H
#ifndef TPY_RUNTIME_BUILD
#error "format_internal.h is internal to the runtime"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

/* A parsed format spec; 0 means "not given" for the characters. */
typedef struct TpyFormatSpec {
    uint32_t fill, align, sign, type, grouping;
    bool no_neg_0, alternate;
    int64_t width, precision;   /* -1: not given */
    int group_size;             /* 3, or 4 for '_' with b/o/x/X */
} TpyFormatSpec;

/* Parse `spec` (a str, or NULL for '') with CPython's rules and messages. */
int tpy_format_parse_spec(TpyObject *spec, TpyFormatSpec *f, uint32_t default_type,
                          uint32_t default_align, const char *type_name);
/* Pad/truncate a str per a parsed spec (type 's' or 0). */
TpyObject *tpy_format_str_spec(TpyObject *s, const TpyFormatSpec *f);
/* |v| laid out for code 'e', 'f', 'g' or 'r' (CPython's format_float_short);
 * malloc'd, NULL on memory failure (no exception set). */
char *tpy_format_float_short(double v, int code, int64_t precision, bool add_dot_0, bool alt,
                             bool upper);
/* sign + prefix + grouped digits + rest, padded per the spec. */
TpyObject *tpy_format_number_parts(const TpyFormatSpec *f, const char *sign, const char *prefix,
                                   const char *digits, int64_t ndigits, const char *rest,
                                   bool upper_digits);

#endif
