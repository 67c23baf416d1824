/* runtime/file.c: file objects over POSIX descriptors.
 *
 * A TpyFile owns a descriptor and two buffers.  Reading fills `rbuf` with raw
 * bytes; text files translate newlines as the bytes arrive ("\r\n" and "\r"
 * become "\n"; a chunk ending in "\r" sets pending_cr so that a "\n" starting
 * the next chunk is dropped) and decode UTF-8 when a str is taken out, never
 * splitting a multi-byte character.  Writing appends to `wbuf`, flushed by
 * the buffering policy (file.h).  A file that is read and written (r+, w+)
 * flushes its output before reading and gives back unread input (lseek)
 * before writing, so the descriptor's offset is always where Python thinks.
 *
 * Invariants: fd < 0 means closed and both buffers empty; every open file is
 * on the `open_files` list, which tpy_file_flush_all walks at exit.
 */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

#define CHUNK 8192

static TpyFile *open_files;

static void link_open(TpyFile *f)
{
    f->prev_open = NULL;
    f->next_open = open_files;
    if (open_files != NULL)
        open_files->prev_open = f;
    open_files = f;
}

static void unlink_open(TpyFile *f)
{
    if (f->prev_open != NULL)
        f->prev_open->next_open = f->next_open;
    else if (open_files == f)
        open_files = f->next_open;
    if (f->next_open != NULL)
        f->next_open->prev_open = f->prev_open;
    f->next_open = f->prev_open = NULL;
}

/* Raise OSError(errno, strerror, filename): exc.c picks the subclass
 * (FileNotFoundError ...), str() gives "[Errno 2] No such file or directory: 'x'". */
static TpyObject *raise_errno(int err, TpyObject *filename)
{
    TpyObject *args[3] = {tpy_smallint(err), tpy_str_from_cstr(strerror(err)), filename};
    if (args[1] == NULL)
        return NULL;
    TpyObject *exc = tpy_exc_new(&tpy_OSError_type, args, filename != NULL ? 3 : 2);
    tpy_decref(args[1]);
    if (exc != NULL)
        tpy_err_raise(exc);
    return NULL;
}

static int check_open(TpyFile *f)
{
    if (f->fd < 0) {
        tpy_err_format(&tpy_ValueError_type, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* io.UnsupportedOperation: in CPython a subclass of both OSError and
 * ValueError; tpy has single inheritance, so it derives from OSError only
 * (`except ValueError` does not catch it; `except OSError` does).  Its name
 * includes the module, so tracebacks end with CPython's line
 * "io.UnsupportedOperation: not readable" and repr(type) is
 * <class 'io.UnsupportedOperation'>; __name__ differs (CPython:
 * "UnsupportedOperation").  exc.c's slots are static, so they are copied
 * from OSError before the first instance is made. */
TpyType tpy_UnsupportedOperation_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "io.UnsupportedOperation",
    .base = &tpy_OSError_type,
};

static void unsupported_type_ready(void)
{
    TpyType *t = &tpy_UnsupportedOperation_type;
    const TpyType *b = &tpy_OSError_type;
    if (t->dealloc != NULL)
        return;
    t->basicsize = b->basicsize;
    t->flags = b->flags;
    t->traverse = b->traverse;
    t->clear = b->clear;
    t->repr = b->repr;
    t->str = b->str;
    t->getattr = b->getattr;
    t->setattr = b->setattr;
    t->methods = b->methods;
    t->construct = b->construct;
    t->size_of = b->size_of;
    t->user = b->user;
    t->dealloc = b->dealloc;
}

static int unsupported(const char *what)
{
    unsupported_type_ready();
    tpy_err_format(&tpy_UnsupportedOperation_type, "%s", what);
    return -1;
}

static int write_all(TpyFile *f, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(f->fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            raise_errno(errno, NULL);
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int flush_output(TpyFile *f)
{
    if (f->wlen == 0)
        return 0;
    size_t len = f->wlen;
    f->wlen = 0;   // dropped even on error, as a failing flush cannot be retried usefully
    return write_all(f, f->wbuf, len);
}

// Give unread input back to the descriptor before writing or seeking.
static void drop_input(TpyFile *f)
{
    size_t unread = f->rlen - f->rpos;
    if (unread > 0 && f->fd >= 0)
        (void)lseek(f->fd, -(off_t)unread, SEEK_CUR);
    f->rpos = f->rlen = 0;
    f->eof = false;
    f->pending_cr = false;
}

static int append_output(TpyFile *f, const char *p, size_t len)
{
    if (f->rlen > f->rpos || f->rpos > 0)
        drop_input(f);
    if (f->wlen + len > f->wcap) {
        if (flush_output(f) < 0)
            return -1;
        if (len >= CHUNK)
            return write_all(f, p, len);
        if (f->wcap < CHUNK) {
            char *nb = realloc(f->wbuf, CHUNK);
            if (nb == NULL) {
                tpy_err_nomemory();
                return -1;
            }
            f->wbuf = nb;
            f->wcap = CHUNK;
        }
    }
    memcpy(f->wbuf + f->wlen, p, len);
    f->wlen += len;
    if (f->buffering == TPY_FILE_UNBUFFERED ||
        (f->buffering == TPY_FILE_LINE_BUFFERED && memchr(p, '\n', len) != NULL))
        return flush_output(f);
    return 0;
}

/* Read one more chunk into rbuf; returns bytes added (0 at EOF) or -1. */
static int64_t fill_input(TpyFile *f)
{
    if (f->eof)
        return 0;
    if (flush_output(f) < 0)
        return -1;
    if (f->rpos > 0) {   // compact
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < CHUNK) {
        size_t ncap = f->rcap < CHUNK ? 2 * CHUNK : f->rcap * 2;
        char *nb = realloc(f->rbuf, ncap);
        if (nb == NULL) {
            tpy_err_nomemory();
            return -1;
        }
        f->rbuf = nb;
        f->rcap = ncap;
    }
    ssize_t n;
    do
        n = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        raise_errno(errno, NULL);
        return -1;
    }
    if (n == 0) {
        f->eof = true;
        return 0;
    }
    char *p = f->rbuf + f->rlen;
    size_t len = (size_t)n;
    if (!f->binary) {   // newline translation, in place
        size_t out = 0, i = 0;
        if (f->pending_cr && len > 0 && p[0] == '\n')
            i = 1;
        f->pending_cr = false;
        for (; i < len; i++) {
            char c = p[i];
            if (c == '\r') {
                if (i + 1 < len && p[i + 1] == '\n')
                    i++;
                else if (i + 1 == len)
                    f->pending_cr = true;
                c = '\n';
            }
            p[out++] = c;
        }
        len = out;
    }
    f->rlen += len;
    return n;   // raw count: > 0 even if translation left nothing
}

// Length in bytes of a UTF-8 sequence starting with `b` (1 for invalid bytes).
static size_t utf8_seq_len(unsigned char b)
{
    if (b < 0xC0)
        return 1;
    if (b < 0xE0)
        return 2;
    if (b < 0xF0)
        return 3;
    return b < 0xF8 ? 4 : 1;
}

/* Bytes of the first `n` characters available in rbuf; *complete says if n
 * whole characters were there. */
static size_t text_span(TpyFile *f, int64_t n, bool *complete)
{
    size_t i = f->rpos;
    int64_t count = 0;
    while (count < n && i < f->rlen) {
        size_t l = utf8_seq_len((unsigned char)f->rbuf[i]);
        if (i + l > f->rlen)
            break;
        i += l;
        count++;
    }
    *complete = count == n;
    return i - f->rpos;
}

static TpyObject *take(TpyFile *f, size_t nbytes)
{
    const char *p = f->rbuf != NULL ? f->rbuf + f->rpos : "";
    TpyObject *r = f->binary ? tpy_bytes_from(p, (int64_t)nbytes) : tpy_str_from_utf8(p, nbytes);
    if (r != NULL)
        f->rpos += nbytes;
    return r;
}

static int check_readable(TpyFile *f)
{
    if (check_open(f) < 0)
        return -1;
    if (!f->readable)
        return unsupported("not readable");
    return 0;
}

TpyObject *tpy_file_read(TpyObject *self, int64_t n)
{
    TpyFile *f = (TpyFile *)self;
    if (check_readable(f) < 0)
        return NULL;
    if (n < 0) {
        for (;;) {
            int64_t got = fill_input(f);
            if (got < 0)
                return NULL;
            if (got == 0)
                break;
        }
        return take(f, f->rlen - f->rpos);
    }
    for (;;) {
        size_t span;
        bool complete;
        if (f->binary) {
            span = f->rlen - f->rpos;
            complete = span >= (size_t)n;
            if (complete)
                span = (size_t)n;
        } else {
            span = text_span(f, n, &complete);
        }
        if (complete || f->eof)
            return take(f, complete || f->binary ? span : f->rlen - f->rpos);
        if (fill_input(f) < 0)
            return NULL;
    }
}

TpyObject *tpy_file_readline(TpyObject *self, int64_t limit)
{
    TpyFile *f = (TpyFile *)self;
    if (check_readable(f) < 0)
        return NULL;
    size_t scanned = 0;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        char *nl = avail > scanned ? memchr(f->rbuf + f->rpos + scanned, '\n', avail - scanned) : NULL;
        size_t line = nl != NULL ? (size_t)(nl - (f->rbuf + f->rpos)) + 1 : avail;
        if (limit >= 0) {
            bool complete;
            size_t lim = f->binary ? (size_t)limit : text_span(f, limit, &complete);
            if (f->binary)
                complete = avail >= (size_t)limit;
            if (complete && lim < line)
                return take(f, lim);
        }
        if (nl != NULL || f->eof)
            return take(f, line);
        scanned = avail;
        if (fill_input(f) < 0)
            return NULL;
    }
}

int64_t tpy_file_write(TpyObject *self, TpyObject *s)
{
    TpyFile *f = (TpyFile *)self;
    if (check_open(f) < 0)
        return -1;
    if (!f->writable)
        return unsupported("not writable");
    if (f->binary) {
        if (!tpy_bytes_check(s)) {
            tpy_err_format(&tpy_TypeError_type, "a bytes-like object is required, not '%s'",
                           tpy_type_of(s)->name);
            return -1;
        }
        if (append_output(f, TPY_BYTES_DATA(s), (size_t)TPY_BYTES_SIZE(s)) < 0)
            return -1;
        return TPY_BYTES_SIZE(s);
    }
    if (!tpy_str_check(s)) {
        tpy_err_format(&tpy_TypeError_type, "write() argument must be str, not %s",
                       tpy_type_of(s)->name);
        return -1;
    }
    size_t len;
    const char *p = tpy_str_as_utf8(s, &len);
    if (p == NULL || append_output(f, p, len) < 0)
        return -1;
    return tpy_str_length(s);
}

int tpy_file_write_utf8(TpyObject *self, const char *s, size_t len)
{
    TpyFile *f = (TpyFile *)self;
    if (check_open(f) < 0)
        return -1;
    if (!f->writable)
        return unsupported("not writable");
    if (f->binary) {
        tpy_err_format(&tpy_TypeError_type, "a bytes-like object is required, not 'str'");
        return -1;
    }
    return append_output(f, s, len);
}

int tpy_file_flush(TpyObject *self)
{
    TpyFile *f = (TpyFile *)self;
    if (check_open(f) < 0)
        return -1;
    return flush_output(f);
}

int tpy_file_close(TpyObject *self)
{
    TpyFile *f = (TpyFile *)self;
    if (f->fd < 0)
        return 0;
    int r = flush_output(f);
    if (f->closefd && close(f->fd) < 0 && r == 0) {
        raise_errno(errno, NULL);
        r = -1;
    }
    f->fd = -1;
    f->rpos = f->rlen = 0;
    unlink_open(f);
    return r;
}

int tpy_file_flush_all(void)
{
    int r = 0;
    for (TpyFile *f = open_files; f != NULL; f = f->next_open)
        if (flush_output(f) < 0) {
            tpy_err_clear();
            r = -1;
        }
    return r;
}

/* ---------------------------------------------------------------- creation */

static TpyObject *file_new(int fd, TpyObject *name, TpyObject *mode)
{
    TpyFile *f = (TpyFile *)tpy_object_new(&tpy_file_type);
    if (f == NULL)
        return NULL;
    f->fd = fd;
    f->name = tpy_newref(name);
    f->mode = tpy_newref(mode);
    link_open(f);
    return &f->ob;
}

TpyObject *tpy_file_from_fd(int fd, const char *name, const char *mode, TpyFileBuffering buffering,
                            bool closefd)
{
    TpyObject *n = tpy_str_from_cstr(name), *m = tpy_str_from_cstr(mode);
    TpyObject *o = NULL;
    if (n != NULL && m != NULL)
        o = file_new(fd, n, m);
    tpy_xdecref(n);
    tpy_xdecref(m);
    if (o == NULL)
        return NULL;
    TpyFile *f = (TpyFile *)o;
    f->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    f->writable = strchr(mode, 'r') == NULL || strchr(mode, '+') != NULL;
    f->binary = strchr(mode, 'b') != NULL;
    f->buffering = buffering;
    f->closefd = closefd;
    return o;
}

TpyObject *tpy_file_open(TpyObject *name, const char *mode, int buffering_arg)
{
    int nrwax = 0, nplus = 0, nb = 0, nt = 0;
    char kind = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'r': case 'w': case 'a': case 'x': nrwax++; kind = *p; break;
        case '+': nplus++; break;
        case 'b': nb++; break;
        case 't': nt++; break;
        default:
            return tpy_err_format(&tpy_ValueError_type, "invalid mode: '%s'", mode);
        }
    }
    if (nplus > 1 || nb > 1 || nt > 1 || (nrwax > 1 && strlen(mode) != (size_t)(nrwax + nplus + nb + nt)))
        return tpy_err_format(&tpy_ValueError_type, "invalid mode: '%s'", mode);
    if (nb && nt)
        return tpy_err_format(&tpy_ValueError_type, "can't have text and binary mode at once");
    if (nrwax != 1)
        return tpy_err_format(&tpy_ValueError_type,
                              "must have exactly one of create/read/write/append mode");
    if (nb == 0 && buffering_arg == 0)
        return tpy_err_format(&tpy_ValueError_type, "can't have unbuffered text I/O");
    int flags = O_CLOEXEC;
    bool plus = nplus > 0;
    switch (kind) {
    case 'r': flags |= plus ? O_RDWR : O_RDONLY; break;
    case 'w': flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
    case 'a': flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
    default: flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL; break;
    }
    int fd;
    bool closefd = true;
    if (tpy_int_check(name)) {
        int64_t v;
        if (!tpy_int_to_i64(name, &v) || v < 0 || v > INT32_MAX)
            return tpy_err_format(&tpy_ValueError_type, "negative file descriptor");
        fd = (int)v;
    } else {
        const char *path;
        size_t plen;
        if (tpy_str_check(name)) {
            path = tpy_str_as_utf8(name, &plen);
        } else if (tpy_bytes_check(name)) {
            path = TPY_BYTES_DATA(name);
            plen = (size_t)TPY_BYTES_SIZE(name);
        } else {
            return tpy_err_format(&tpy_TypeError_type,
                                  "expected str, bytes or os.PathLike object, not %s",
                                  tpy_type_of(name)->name);
        }
        if (path == NULL)
            return NULL;
        if (strlen(path) != plen)
            return tpy_err_format(&tpy_ValueError_type, "embedded null byte");
        do
            fd = open(path, flags, 0666);
        while (fd < 0 && errno == EINTR);
        if (fd < 0)
            return raise_errno(errno, name);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return raise_errno(EISDIR, name);
        }
    }
    TpyObject *m = tpy_str_from_cstr(mode);
    if (m == NULL) {
        if (closefd)
            close(fd);
        return NULL;
    }
    TpyObject *o = file_new(fd, name, m);
    tpy_decref(m);
    if (o == NULL) {
        close(fd);
        return NULL;
    }
    TpyFile *f = (TpyFile *)o;
    f->readable = kind == 'r' || plus;
    f->writable = kind != 'r' || plus;
    f->appending = kind == 'a';
    f->binary = nb > 0;
    f->closefd = closefd;
    if (buffering_arg == 0)
        f->buffering = TPY_FILE_UNBUFFERED;
    else if (buffering_arg == 1 && !f->binary)
        f->buffering = TPY_FILE_LINE_BUFFERED;
    else
        f->buffering = isatty(fd) && !f->binary ? TPY_FILE_LINE_BUFFERED : TPY_FILE_BLOCK_BUFFERED;
    return o;
}

/* ---------------------------------------------------------------- type slots */

static void file_dealloc(TpyObject *self)
{
    TpyFile *f = (TpyFile *)self;
    if (f->fd >= 0 && tpy_file_close(self) < 0)
        // CPython's iobase_finalize reports a failing close as "Exception
        // ignored in: ..." only in -X dev mode (or a debug build); a normal
        // python3 clears the error silently, and so does tpy.
        tpy_err_clear();
    free(f->rbuf);
    free(f->wbuf);
    tpy_clear(f->name);
    tpy_clear(f->mode);
    tpy_object_free(self);
}

static TpyObject *file_repr(TpyObject *self)
{
    TpyFile *f = (TpyFile *)self;
    TpyObject *nr = tpy_object_repr(f->name), *mr = tpy_object_repr(f->mode), *r = NULL;
    if (nr != NULL && mr != NULL) {
        TpyStrBuilder b;
        tpy_strbuilder_init(&b);
        const char *cls = !f->binary ? "TextIOWrapper"
                          : f->readable && f->writable ? "BufferedRandom"
                          : f->readable ? "BufferedReader" : "BufferedWriter";
        if (tpy_strbuilder_append_cstr(&b, "<_io.") < 0 || tpy_strbuilder_append_cstr(&b, cls) < 0 ||
            tpy_strbuilder_append_cstr(&b, " name=") < 0 || tpy_strbuilder_append_str(&b, nr) < 0 ||
            (!f->binary && (tpy_strbuilder_append_cstr(&b, " mode=") < 0 ||
                            tpy_strbuilder_append_str(&b, mr) < 0 ||
                            tpy_strbuilder_append_cstr(&b, " encoding='UTF-8'") < 0)) ||
            tpy_strbuilder_append_char(&b, '>') < 0)
            tpy_strbuilder_discard(&b);
        else
            r = tpy_strbuilder_finish(&b);
    }
    tpy_xdecref(nr);
    tpy_xdecref(mr);
    return r;
}

static TpyObject *file_iter(TpyObject *self)
{
    if (check_open((TpyFile *)self) < 0)
        return NULL;
    return tpy_newref(self);
}

static TpyObject *file_iternext(TpyObject *self)
{
    TpyObject *line = tpy_file_readline(self, -1);
    if (line == NULL)
        return NULL;
    int64_t n = tpy_str_check(line) ? TPY_STR_LEN(line) : TPY_BYTES_SIZE(line);
    if (n == 0) {
        tpy_decref(line);
        return NULL;
    }
    return line;
}

static TpyObject *file_getattr(TpyObject *self, TpyObject *name)
{
    TpyFile *f = (TpyFile *)self;
    const char *n = tpy_str_as_utf8(name, NULL);
    if (n == NULL)
        return NULL;
    if (strcmp(n, "name") == 0)
        return tpy_newref(f->name);
    if (strcmp(n, "mode") == 0)
        return tpy_newref(f->mode);
    if (strcmp(n, "closed") == 0)
        return tpy_bool_from(f->fd < 0);
    if (!f->binary) {
        if (strcmp(n, "encoding") == 0)
            return tpy_str_from_cstr("UTF-8");
        if (strcmp(n, "errors") == 0)
            return tpy_str_from_cstr("strict");
        if (strcmp(n, "line_buffering") == 0)
            return tpy_bool_from(f->buffering == TPY_FILE_LINE_BUFFERED);
        if (strcmp(n, "newlines") == 0)
            return tpy_none_new_ref();
    }
    return tpy_err_format(&tpy_AttributeError_type, "'%s' object has no attribute '%s'",
                          f->binary ? "_io.BufferedReader" : "_io.TextIOWrapper", n);
}

/* ---------------------------------------------------------------- methods */

#define SELF ((TpyFile *)args[0])

// An optional size argument: absent or None -> -1.
static int size_arg(const char *fname, TpyObject *const *args, int64_t nargs, TpyObject *kwnames,
                    int64_t *out)
{
    if (tpy_args_positional(fname, nargs - 1, kwnames, 0, 1) < 0)
        return -1;
    *out = -1;
    if (nargs == 2 && args[1] != tpy_None) {
        if (!tpy_int_check(args[1])) {
            tpy_err_format(&tpy_TypeError_type, "argument should be integer or None, not '%s'",
                           tpy_type_of(args[1])->name);
            return -1;
        }
        return tpy_args_i64(args[1], out);
    }
    return 0;
}

static TpyObject *m_read(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t n;
    if (size_arg("read", args, nargs, kwnames, &n) < 0)
        return NULL;
    return tpy_file_read(args[0], n);
}

static TpyObject *m_readline(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t n;
    if (size_arg("readline", args, nargs, kwnames, &n) < 0)
        return NULL;
    return tpy_file_readline(args[0], n);
}

static TpyObject *m_readlines(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t hint;
    if (size_arg("readlines", args, nargs, kwnames, &hint) < 0)
        return NULL;
    if (check_readable(SELF) < 0)
        return NULL;
    TpyObject *list = tpy_list_new(0);
    if (list == NULL)
        return NULL;
    int64_t total = 0;
    for (;;) {
        TpyObject *line = file_iternext(args[0]);
        if (line == NULL) {
            if (tpy_err_occurred() != NULL) {
                tpy_decref(list);
                return NULL;
            }
            return list;
        }
        total += tpy_str_check(line) ? TPY_STR_LEN(line) : TPY_BYTES_SIZE(line);
        if (tpy_list_append_steal(list, line) < 0) {
            tpy_decref(list);
            return NULL;
        }
        if (hint > 0 && total >= hint)
            return list;
    }
}

static TpyObject *m_write(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("write", nargs - 1, kwnames, 1, 1) < 0)
        return NULL;
    int64_t n = tpy_file_write(args[0], args[1]);
    return n < 0 ? NULL : tpy_int_from_i64(n);
}

static TpyObject *m_writelines(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("writelines", nargs - 1, kwnames, 1, 1) < 0)
        return NULL;
    if (check_open(SELF) < 0)
        return NULL;
    TpyObject *it = tpy_object_iter(args[1]);
    if (it == NULL)
        return NULL;
    TpyObject *item;
    while ((item = tpy_object_next(it)) != NULL) {
        int64_t r = tpy_file_write(args[0], item);
        tpy_decref(item);
        if (r < 0)
            break;
    }
    tpy_decref(it);
    return tpy_err_occurred() != NULL ? NULL : tpy_none_new_ref();
}

static TpyObject *m_close(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("close", nargs - 1, kwnames) < 0 || tpy_file_close(args[0]) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *m_flush(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("flush", nargs - 1, kwnames) < 0 || tpy_file_flush(args[0]) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *m_fileno(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("fileno", nargs - 1, kwnames) < 0 || check_open(SELF) < 0)
        return NULL;
    return tpy_int_from_i64(SELF->fd);
}

static TpyObject *m_isatty(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("isatty", nargs - 1, kwnames) < 0 || check_open(SELF) < 0)
        return NULL;
    return tpy_bool_from(isatty(SELF->fd));
}

static TpyObject *m_readable(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("readable", nargs - 1, kwnames) < 0 || check_open(SELF) < 0)
        return NULL;
    return tpy_bool_from(SELF->readable);
}

static TpyObject *m_writable(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("writable", nargs - 1, kwnames) < 0 || check_open(SELF) < 0)
        return NULL;
    return tpy_bool_from(SELF->writable);
}

static TpyObject *m_seekable(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("seekable", nargs - 1, kwnames) < 0 || check_open(SELF) < 0)
        return NULL;
    return tpy_bool_from(lseek(SELF->fd, 0, SEEK_CUR) >= 0);
}

static TpyObject *m_seek(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    int64_t offset, whence = 0;
    if (tpy_args_positional("seek", nargs - 1, kwnames, 1, 2) < 0 ||
        tpy_args_i64(args[1], &offset) < 0 || (nargs == 3 && tpy_args_i64(args[2], &whence) < 0))
        return NULL;
    TpyFile *f = SELF;
    if (check_open(f) < 0 || flush_output(f) < 0)
        return NULL;
    if (whence == 1 && offset == 0) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos < 0)
            return raise_errno(errno, NULL);
        return tpy_int_from_i64((int64_t)pos - (int64_t)(f->rlen - f->rpos));
    }
    drop_input(f);
    off_t pos = lseek(f->fd, (off_t)offset, (int)whence);
    if (pos < 0)
        return raise_errno(errno, NULL);
    return tpy_int_from_i64(pos);
}

static TpyObject *m_tell(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_none("tell", nargs - 1, kwnames) < 0 || check_open(SELF) < 0)
        return NULL;
    TpyFile *f = SELF;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0)
        return raise_errno(errno, NULL);
    return tpy_int_from_i64((int64_t)pos - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen);
}

static TpyObject *m_truncate(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("truncate", nargs - 1, kwnames, 0, 1) < 0)
        return NULL;
    TpyFile *f = SELF;
    if (check_open(f) < 0 || flush_output(f) < 0)
        return NULL;
    drop_input(f);
    int64_t size;
    if (nargs == 2 && args[1] != tpy_None) {
        if (tpy_args_i64(args[1], &size) < 0)
            return NULL;
    } else {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos < 0)
            return raise_errno(errno, NULL);
        size = pos;
    }
    if (ftruncate(f->fd, (off_t)size) < 0)
        return raise_errno(errno, NULL);
    return tpy_int_from_i64(size);
}

static TpyObject *m_enter(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (check_open(SELF) < 0)
        return NULL;
    return tpy_newref(args[0]);
}

static TpyObject *m_exit(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_file_close(args[0]) < 0)
        return NULL;
    return tpy_none_new_ref();
}

static TpyObject *m_iter(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    return file_iter(args[0]);
}

static TpyObject *m_next(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    TpyObject *r = file_iternext(args[0]);
    if (r == NULL && tpy_err_occurred() == NULL)
        tpy_err_set_object(&tpy_StopIteration_type, NULL);
    return r;
}

static const TpyMethodDef file_methods[] = {
    {"read", m_read, 0},
    {"readline", m_readline, 0},
    {"readlines", m_readlines, 0},
    {"write", m_write, 0},
    {"writelines", m_writelines, 0},
    {"close", m_close, 0},
    {"flush", m_flush, 0},
    {"fileno", m_fileno, 0},
    {"isatty", m_isatty, 0},
    {"readable", m_readable, 0},
    {"writable", m_writable, 0},
    {"seekable", m_seekable, 0},
    {"seek", m_seek, 0},
    {"tell", m_tell, 0},
    {"truncate", m_truncate, 0},
    {"__enter__", m_enter, 0},
    {"__exit__", m_exit, 0},
    {"__iter__", m_iter, 0},
    {"__next__", m_next, 0},
    {NULL, NULL, 0},
};

static size_t file_size_of(TpyObject *self)
{
    TpyFile *f = (TpyFile *)self;
    return sizeof(TpyFile) + f->rcap + f->wcap;
}

TpyType tpy_file_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "TextIOWrapper",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyFile),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .getattr = file_getattr,
    .methods = file_methods,
    .size_of = file_size_of,
};
