/* runtime/builtins_types.c: the constructors str() and bytes(), which the
 * type files leave to the builtins (tpy_builtins_init installs them in the
 * types' construct slots). */
#include "builtins.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "argparse.h"
#include "bytearray.h"
#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "none.h"
#include "str.h"
#include "tuple.h"

static int encoding_args(const char *fname, TpyObject *enc, TpyObject *err, const char **encoding,
                         const char **errors)
{
    *encoding = *errors = NULL;
    if (enc != NULL && (*encoding = tpy_args_utf8(enc, fname, 2, NULL)) == NULL)
        return -1;
    if (err != NULL && (*errors = tpy_args_utf8(err, fname, 3, NULL)) == NULL)
        return -1;
    return 0;
}

TpyObject *tpy_builtins_str_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                      TpyObject *kwnames)
{
    static const char *const params[] = {"object", "encoding", "errors", NULL};
    static const TpyArgSpec spec = {"str", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return tpy_str_empty();
    if (a[1] == NULL && a[2] == NULL)
        return tpy_object_str(a[0]);
    const char *encoding, *errors;
    if (encoding_args("str", a[1], a[2], &encoding, &errors) < 0)
        return NULL;
    if (tpy_str_check(a[0]))
        return tpy_err_format(&tpy_TypeError_type, "decoding str is not supported");
    if (!tpy_bytes_check(a[0]))
        return tpy_err_format(&tpy_TypeError_type,
                              "decoding to str: need a bytes-like object, %s found",
                              tpy_type_of(a[0])->name);
    return tpy_bytes_decode(a[0], encoding, errors);
}

// bytes(iterable of ints)
static TpyObject *bytes_from_iterable(TpyObject *src)
{
    TpyObject *it = tpy_object_iter(src);
    if (it == NULL)
        return NULL;
    size_t len = 0, cap = 64;
    unsigned char *buf = malloc(cap);
    TpyObject *item = NULL;
    if (buf == NULL) {
        tpy_decref(it);
        return tpy_err_nomemory();
    }
    while ((item = tpy_object_next(it)) != NULL) {
        if (!tpy_int_check(item)) {
            tpy_err_format(&tpy_TypeError_type, "'%s' object cannot be interpreted as an integer",
                           tpy_type_of(item)->name);
            goto error;
        }
        int64_t v;
        if (!tpy_int_to_i64(item, &v) || v < 0 || v > 255) {
            tpy_err_format(&tpy_ValueError_type, "bytes must be in range(0, 256)");
            goto error;
        }
        tpy_decref(item);
        item = NULL;
        if (len == cap) {
            unsigned char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                tpy_err_nomemory();
                goto error;
            }
            buf = nb;
            cap *= 2;
        }
        buf[len++] = (unsigned char)v;
    }
    if (tpy_err_occurred() != NULL)
        goto error;
    tpy_decref(it);
    TpyObject *r = tpy_bytes_from(buf, (int64_t)len);
    free(buf);
    return r;
error:
    tpy_xdecref(item);
    tpy_decref(it);
    free(buf);
    return NULL;
}

TpyObject *tpy_builtins_bytes_construct(TpyType *type, TpyObject *const *args, int64_t nargs,
                                        TpyObject *kwnames)
{
    static const char *const params[] = {"source", "encoding", "errors", NULL};
    static const TpyArgSpec spec = {"bytes", params, 0, -1, 0, TPY_ARGS_CLINIC, false};
    TpyObject *a[3];
    if (tpy_args_parse(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    TpyObject *src = a[0];
    if (src == NULL) {
        if (a[1] != NULL || a[2] != NULL)
            return tpy_err_format(&tpy_TypeError_type,
                                  a[1] != NULL ? "encoding without a string argument"
                                               : "errors without a string argument");
        return tpy_bytes_from("", 0);
    }
    if (tpy_str_check(src)) {
        if (a[1] == NULL)
            return tpy_err_format(&tpy_TypeError_type, "string argument without an encoding");
        const char *encoding, *errors;
        if (encoding_args("bytes", a[1], a[2], &encoding, &errors) < 0)
            return NULL;
        return tpy_str_encode(src, encoding, errors);
    }
    if (a[1] != NULL || a[2] != NULL)
        return tpy_err_format(&tpy_TypeError_type,
                              a[1] != NULL ? "encoding without a string argument"
                                           : "errors without a string argument");
    if (tpy_bytes_check(src))
        return tpy_newref(src);
    if (tpy_bytearray_check(src))
        return tpy_bytes_from(tpy_byteslike_data(src), tpy_byteslike_size(src));
    if (tpy_int_check(src)) {
        int64_t n;
        if (!tpy_int_to_i64(src, &n))
            return tpy_err_format(&tpy_OverflowError_type,
                                  "cannot fit 'int' into an index-sized integer");
        if (n < 0)
            return tpy_err_format(&tpy_ValueError_type, "negative count");
        if ((uint64_t)n > ((uint64_t)1 << 40))
            return tpy_err_nomemory();
        TpyObject *b = tpy_bytes_from(NULL, n);
        if (b != NULL)
            memset(TPY_BYTES_DATA(b), 0, (size_t)n);
        return b;
    }
    if (tpy_type_of(src)->iter == NULL)
        return tpy_err_format(&tpy_TypeError_type, "cannot convert '%s' object to bytes",
                              tpy_type_of(src)->name);
    return bytes_from_iterable(src);
}
