/* runtime/traceback.c: traceback entries and CPython-format exception printing.
 *
 * Format (CPython 3.11's default excepthook, without the ^^^ markers):
 *     Traceback (most recent call last):
 *       File "x.py", line 3, in <module>
 *         f()
 *       File "x.py", line 2, in f
 *         return 1 / 0
 *     ZeroDivisionError: division by zero
 * Chained exceptions print their cause (or context, unless suppressed) first,
 * followed by the matching "The above exception ..." separator.
 */
#include "traceback.h"

#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "class.h"
#include "exc.h"
#include "file.h"
#include "gc.h"
#include "int.h"
#include "none.h"
#include "str.h"

static void traceback_dealloc(TpyObject *self)
{
    /* Iterative over `next`, so a 100 000-entry traceback (deep recursion)
     * does not recurse in C.  CPython's tb_dealloc releases tb_next before
     * tb_frame, so the innermost frame's locals die first: we first unlink
     * the run of entries that die with this one (reversing the links), then
     * release their locals innermost first. */
    TpyTraceback *tb = (TpyTraceback *)self, *dying = NULL;
    while (tb != NULL) {
        TpyTraceback *next = tb->next;
        tb->next = dying;
        dying = tb;
        if (next != NULL && --next->ob.refcount == 0) {
            tpy_gc_untrack(&next->ob);   // dies here, not through tpy_object_dealloc
            tb = next;
        } else {
            tb = NULL;
        }
    }
    while (dying != NULL) {
        TpyTraceback *outer = dying->next;
        dying->next = NULL;
        tpy_clear(dying->locals);
        TpyCode *code = dying->code;
        dying->code = NULL;
        if (code != NULL)
            tpy_decref(&code->ob);
        tpy_object_free(&dying->ob);
        dying = outer;
    }
}

static int traceback_traverse(TpyObject *self, TpyVisitFn visit, void *arg)
{
    TpyTraceback *tb = (TpyTraceback *)self;
    if (tb->next != NULL && visit(&tb->next->ob, arg) < 0)
        return -1;
    if (tb->locals != NULL && visit(tb->locals, arg) < 0)
        return -1;
    return 0;
}

static void traceback_clear(TpyObject *self)
{
    TpyTraceback *tb = (TpyTraceback *)self;
    tpy_clear(tb->locals);
    TpyObject *next = (TpyObject *)tb->next;
    tb->next = NULL;
    tpy_xdecref(next);
}

static TpyObject *traceback_getattr(TpyObject *self, TpyObject *name)
{
    TpyTraceback *tb = (TpyTraceback *)self;
    if (tpy_str_equal_cstr(name, "tb_lineno"))
        return tpy_int_from_i64(tb->line);
    if (tpy_str_equal_cstr(name, "tb_next"))
        return tpy_newref(tb->next != NULL ? &tb->next->ob : tpy_None);
    const char *s = tpy_str_as_utf8(name, NULL);
    return tpy_err_format(&tpy_AttributeError_type, "'traceback' object has no attribute '%s'",
                          s != NULL ? s : "?");
}

TpyType tpy_traceback_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "traceback",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyTraceback),
    .flags = TPY_TPFLAG_GC,
    .dealloc = traceback_dealloc,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
    .getattr = traceback_getattr,
};

int tpy_traceback_add(TpyObject *exc, TpyCode *code, int line)
{
    if (!tpy_exc_check(exc))
        return 0;
    TpyTraceback *tb = (TpyTraceback *)tpy_object_new(&tpy_traceback_type);
    if (tb == NULL)
        return -1;
    tpy_incref(&code->ob);
    tb->code = code;
    tb->line = line;
    TpyBaseException *e = TPY_EXC_OBJ(exc);
    tb->next = (TpyTraceback *)e->traceback;   /* steals the old head */
    e->traceback = &tb->ob;
    return 0;
}

void tpy_traceback_attach_locals(TpyObject *exc, TpyObject *locals)
{
    if (locals == NULL)
        return;
    if (!tpy_exc_check(exc) || TPY_EXC_OBJ(exc)->traceback == NULL) {
        tpy_decref(locals);
        return;
    }
    TpyTraceback *tb = (TpyTraceback *)TPY_EXC_OBJ(exc)->traceback;
    TpyObject *old = tb->locals;
    tb->locals = locals;
    tpy_xdecref(old);
}

/* Line `line` of `filename`, stripped, into buf; false if unavailable. */
static bool source_line(const char *filename, int line, char *buf, size_t size)
{
    if (filename[0] == '<')
        return false;
    FILE *f = fopen(filename, "rb");
    if (f == NULL)
        return false;
    int cur = 1, c;
    while (cur < line && (c = fgetc(f)) != EOF)
        if (c == '\n')
            cur++;
    if (cur != line) {
        fclose(f);
        return false;
    }
    size_t n = 0;
    while ((c = fgetc(f)) != EOF && c != '\n')
        if (n + 1 < size)
            buf[n++] = (char)c;
    fclose(f);
    buf[n] = '\0';
    while (n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\r' ||
                     buf[n - 1] == '\f'))
        buf[--n] = '\0';
    size_t start = 0;
    while (buf[start] == ' ' || buf[start] == '\t' || buf[start] == '\f')
        start++;
    memmove(buf, buf + start, n - start + 1);
    return buf[0] != '\0';
}

static void print_entries(TpyTraceback *tb, FILE *out)
{
    char line[4096];
    /* CPython folds runs of more than 3 identical entries (deep recursion). */
    TpyTraceback *prev = NULL;
    int repeat = 0;
    for (; tb != NULL; tb = tb->next) {
        if (prev != NULL && prev->code == tb->code && prev->line == tb->line) {
            repeat++;
            if (repeat >= 3)
                continue;
        } else {
            if (repeat >= 3)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 2,
                        repeat - 2 == 1 ? "" : "s");
            repeat = 0;
        }
        prev = tb;
        fprintf(out, "  File \"%s\", line %d, in %s\n", tb->code->filename, tb->line,
                tb->code->name);
        if (source_line(tb->code->filename, tb->line, line, sizeof line))
            fprintf(out, "    %s\n", line);
    }
    if (repeat >= 3)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 2,
                repeat - 2 == 1 ? "" : "s");
}

static void print_exception_line(TpyObject *exc, FILE *out)
{
    // CPython prints module.qualname unless the module is builtins or __main__.
    TpyType *type = tpy_type_of(exc);
    const char *module = tpy_class_module(type);
    char name[600];
    if (strcmp(module, "builtins") == 0 || strcmp(module, "__main__") == 0)
        snprintf(name, sizeof name, "%s", tpy_class_qualname(type));
    else
        snprintf(name, sizeof name, "%s.%s", module, tpy_class_qualname(type));
    TpyObject *s = tpy_object_str(exc);
    if (s == NULL) {
        tpy_err_clear();
        fprintf(out, "%s: <exception str() failed>\n", name);
        return;
    }
    size_t len;
    const char *text = tpy_str_as_utf8(s, &len);
    if (text == NULL || len == 0) {
        tpy_err_clear();
        fprintf(out, "%s\n", name);
    } else {
        fprintf(out, "%s: ", name);
        fwrite(text, 1, len, out);
        fputc('\n', out);
    }
    tpy_decref(s);
    if (tpy_exc_check(exc) && TPY_EXC_OBJ(exc)->notes != NULL) {
        TpyObject *notes = TPY_EXC_OBJ(exc)->notes;
        int64_t n = tpy_object_length(notes);
        for (int64_t i = 0; i < n; i++) {
            TpyObject *idx = tpy_int_from_i64(i);
            TpyObject *note = idx != NULL ? tpy_object_getitem(notes, idx) : NULL;
            tpy_xdecref(idx);
            const char *t = note != NULL ? tpy_str_as_utf8(note, &len) : NULL;
            if (t != NULL) {
                fwrite(t, 1, len, out);
                fputc('\n', out);
            }
            tpy_xdecref(note);
            tpy_err_clear();
        }
    }
}

static void print_chain(TpyObject *exc, FILE *out, int depth)
{
    if (tpy_exc_check(exc) && depth < 100) {
        TpyBaseException *e = TPY_EXC_OBJ(exc);
        if (e->cause != NULL && e->cause != tpy_None) {
            print_chain(e->cause, out, depth + 1);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n",
                  out);
        } else if (e->context != NULL && e->context != tpy_None && !e->suppress_context) {
            print_chain(e->context, out, depth + 1);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
                  out);
        }
    }
    if (tpy_exc_check(exc) && TPY_EXC_OBJ(exc)->traceback != NULL) {
        fputs("Traceback (most recent call last):\n", out);
        print_entries((TpyTraceback *)TPY_EXC_OBJ(exc)->traceback, out);
    }
    print_exception_line(exc, out);
}

void tpy_traceback_print_exception(TpyObject *exc, FILE *out)
{
    print_chain(exc, out, 0);
    fflush(out);
}

int tpy_traceback_report_uncaught(TpyObject *exc)
{
    tpy_file_flush_all();
    tpy_err_clear();
    fflush(stdout);
    int status = 1;
    if (tpy_exc_matches(exc, &tpy_SystemExit_type)) {
        TpyObject *code = TPY_EXC_OBJ(exc)->extra[0];
        if (code == NULL || code == tpy_None) {
            status = 0;
        } else if (tpy_int_check(code)) {
            int64_t v;
            status = tpy_int_to_i64(code, &v) ? (int)(v & 0xff) : 1;
        } else {
            TpyObject *s = tpy_object_str(code);
            const char *t = s != NULL ? tpy_str_as_utf8(s, NULL) : NULL;
            if (t != NULL)
                fprintf(stderr, "%s\n", t);
            tpy_xdecref(s);
            tpy_err_clear();
            status = 1;
        }
    } else {
        tpy_traceback_print_exception(exc, stderr);
        if (tpy_exc_matches(exc, &tpy_KeyboardInterrupt_type))
            status = 130;
    }
    tpy_decref(exc);
    tpy_err_clear();
    return status;
}

void tpy_traceback_write_unraisable(TpyObject *obj)
{
    TpyObject *exc = tpy_err_fetch();
    if (exc == NULL)
        return;
    tpy_file_flush_all();
    if (obj != NULL) {
        TpyObject *r = tpy_object_repr(obj);
        const char *t = r != NULL ? tpy_str_as_utf8(r, NULL) : NULL;
        fprintf(stderr, "Exception ignored in: %s\n", t != NULL ? t : "<object repr() failed>");
        tpy_xdecref(r);
        tpy_err_clear();
    }
    tpy_traceback_print_exception(exc, stderr);
    tpy_decref(exc);
}
