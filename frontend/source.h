/* frontend/source.h: a source file in memory, with its line table.
 *
 * Diagnostics and tracebacks need "line N of file F" quickly; the line table
 * is built once when the file is loaded.  The text is kept exactly as read
 * (a NUL byte inside is an error the lexer reports, not a truncation).
 */
#ifndef TPY_FRONTEND_SOURCE_H
#define TPY_FRONTEND_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct TpySource {
    char *path;               /* as the user gave it; printed in messages */
    char *text;               /* file contents plus a terminating NUL */
    size_t len;               /* bytes, without the terminating NUL */
    size_t *line_starts;      /* byte offset where each line begins; [0] = 0 */
    int line_count;
} TpySource;

/* Read a file.  Returns NULL and fills errbuf (strerror style) on failure. */
TpySource *tpy_source_from_file(const char *path, char *errbuf, size_t errbuf_size);
/* Wrap a string (e.g. `tpy -c CODE` or a unit test); the text is copied. */
TpySource *tpy_source_from_string(const char *path, const char *text, size_t len);
void tpy_source_free(TpySource *source);
/* The same, but everything (struct, path, text, line table) lives in `arena`:
 * embedded stubs, whose sources outlive any one program and are part of the
 * start-up snapshot (frontend/snapshot.c).  Never pass it to tpy_source_free. */
struct TpyArena;
TpySource *tpy_source_in_arena(struct TpyArena *arena, const char *path, const char *text,
                               size_t len);

/* Line `line` (1-based) without its newline; *len receives its length in bytes.
 * Returns NULL when the line does not exist. */
const char *tpy_source_line(const TpySource *source, int line, size_t *len);

/* Byte offset within a line of the code point at 1-based column `col`. */
size_t tpy_source_col_to_byte(const char *line, size_t len, int col);

#endif
