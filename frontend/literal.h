/* frontend/literal.h: decoding the text of literal tokens (parser helpers).
 *
 * The lexer only finds where a literal ends; these functions turn its text
 * into values: escapes in strings and bytes, integers of any size (always
 * also as decimal digits), floats.  Errors come back as a message (CPython's
 * wording) for the caller to report.
 */
#ifndef TPY_FRONTEND_LITERAL_H
#define TPY_FRONTEND_LITERAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Split a string token (prefix + quotes + body) into its parts. */
typedef struct TpyStringParts {
    bool is_raw, is_bytes, is_fstring;
    const char *body;         /* between the quotes */
    size_t body_len;
    size_t body_offset;       /* bytes from the token start to the body */
} TpyStringParts;
void tpy_literal_split(const char *tok, size_t len, TpyStringParts *parts);

/* Decode escapes of text[0..len) (a string or bytes body, or a literal
 * piece of an f-string) into a new arena buffer.  Returns false and sets
 * *error (static or arena text) and *error_offset (byte offset of the bad
 * escape in text) on a bad escape. */
bool tpy_literal_unescape(TpyArena *arena, const char *text, size_t len, bool raw, bool bytes,
                          char **out, size_t *out_len, const char **error, size_t *error_offset);

/* An integer token (0x.., 0o.., 0b.., decimal, with underscores).  Sets
 * *value when it fits in int64 (else *big = true), and *decimal to its
 * decimal digits (arena). */
void tpy_literal_int(TpyArena *arena, const char *text, size_t len, int64_t *value, bool *big,
                     const char **decimal);

/* A float or imaginary token (a trailing j/J is ignored). */
double tpy_literal_float(const char *text, size_t len);

#endif
