/* runtime/file.h: file objects (open(), sys.stdin/stdout/stderr).
 *
 * One type covers text and binary files: a file descriptor plus a read
 * buffer and a write buffer.  Text files decode/encode UTF-8 and translate
 * "\r\n" and "\r" to "\n" when reading (CPython's newline=None); binary files
 * give bytes.  Writes are buffered (8 KiB) and flushed when the buffer fills,
 * on flush()/close(), at a newline for line-buffered files (stdout on a
 * terminal), after every write for unbuffered ones (stderr), and when the
 * object is deallocated -- so `open('f', 'w').write('x')` has written and
 * closed the file by the next statement, as in CPython.
 *
 * Conventions: TpyObject * results are new references, NULL with an
 * exception pending; int results 0 / -1.  Arguments are borrowed.
 */
#ifndef TPY_RUNTIME_FILE_H
#define TPY_RUNTIME_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

extern TpyType tpy_file_type;
/* io.UnsupportedOperation (an OSError subclass here; see file.c). */
extern TpyType tpy_UnsupportedOperation_type;

typedef enum TpyFileBuffering {
    TPY_FILE_BLOCK_BUFFERED, TPY_FILE_LINE_BUFFERED, TPY_FILE_UNBUFFERED
} TpyFileBuffering;

typedef struct TpyFile {
    TpyObject ob;
    int fd;                    /* -1 once closed */
    bool readable, writable, appending, binary, closefd, pending_cr, eof;
    TpyFileBuffering buffering;
    TpyObject *name;           /* str, or int for a descriptor */
    TpyObject *mode;           /* str as given to open() ("r", "wb", ...) */
    char *rbuf;                /* read buffer (text: newlines already translated) */
    size_t rpos, rlen, rcap;
    char *wbuf;                /* pending output */
    size_t wlen, wcap;
    struct TpyFile *next_open, *prev_open;   /* list of open files (flush at exit) */
} TpyFile;

static inline bool tpy_file_check(const TpyObject *o)
{
    return !tpy_is_smallint(o) && o->type == &tpy_file_type;
}

/* open(file, mode, ...) with path given as UTF-8.  `name` (borrowed) is what
 * f.name returns.  OSError subclasses with CPython's messages. */
TpyObject *tpy_file_open(TpyObject *name, const char *mode, int buffering_arg);
/* A file object over an existing descriptor (sys.stdout ...); `closefd`
 * false leaves the descriptor open at close(). */
TpyObject *tpy_file_from_fd(int fd, const char *name, const char *mode, TpyFileBuffering buffering,
                            bool closefd);

/* f.write(s) for a str (text) or bytes (binary); returns the count written
 * (code points or bytes) or -1. */
int64_t tpy_file_write(TpyObject *f, TpyObject *s);
/* Write UTF-8 text to a text file (print's fast path). */
int tpy_file_write_utf8(TpyObject *f, const char *s, size_t len);
int tpy_file_flush(TpyObject *f);
int tpy_file_close(TpyObject *f);
/* f.readline() (limit < 0: no limit): '' / b'' at end of file. */
TpyObject *tpy_file_readline(TpyObject *f, int64_t limit);
/* f.read(n) (n < 0: everything). */
TpyObject *tpy_file_read(TpyObject *f, int64_t n);

/* Flush every open file's buffer (the vm calls it, through
 * tpy_sys_flush_all, before exiting and before printing a traceback).
 * Errors are ignored (returns -1 if any flush failed, exception cleared). */
int tpy_file_flush_all(void);

#endif
