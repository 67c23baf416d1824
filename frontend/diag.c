/* frontend/diag.c: collecting and printing diagnostics (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void tpy_diags_init(TpyDiags *diags)
{
    memset(diags, 0, sizeof *diags);
}

void tpy_diags_free(TpyDiags *diags)
{
    for (int i = 0; i < diags->count; i++)
        free(diags->items[i].message);
    free(diags->items);
    memset(diags, 0, sizeof *diags);
}

static char *diag_vformat(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        n = 0;
    char *msg = malloc((size_t)n + 1);
    if (msg == NULL) {
        fprintf(stderr, "tpy: out of memory\n");
        exit(2);
    }
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    return msg;
}

static TpyDiag *diag_push(TpyDiags *diags)
{
    if (diags->count == diags->capacity) {
        int capacity = diags->capacity ? diags->capacity * 2 : 16;
        TpyDiag *grown = realloc(diags->items, sizeof(TpyDiag) * (size_t)capacity);
        if (grown == NULL) {
            fprintf(stderr, "tpy: out of memory\n");
            exit(2);
        }
        diags->items = grown;
        diags->capacity = capacity;
    }
    TpyDiag *d = &diags->items[diags->count++];
    memset(d, 0, sizeof *d);
    return d;
}

void tpy_diag_syntax(TpyDiags *diags, const TpySource *source, const char *exc_name,
                     int line, int col, int end_col, const char *fmt, ...)
{
    TpyDiag *d = diag_push(diags);
    d->kind = TPY_DIAG_SYNTAX;
    d->source = source;
    d->line = line;
    d->col = col;
    d->end_col = end_col;
    d->exc_name = exc_name ? exc_name : "SyntaxError";
    va_list ap;
    va_start(ap, fmt);
    d->message = diag_vformat(fmt, ap);
    va_end(ap);
    diags->error_count++;
}

static void diag_add(TpyDiags *diags, TpyDiagKind kind, const TpySource *source, int line,
                     int col, const char *fmt, va_list ap)
{
    TpyDiag *d = diag_push(diags);
    d->kind = kind;
    d->source = source;
    d->line = line;
    d->col = col;
    d->message = diag_vformat(fmt, ap);
    if (kind != TPY_DIAG_NOTE)
        diags->error_count++;
}

void tpy_diag_error(TpyDiags *diags, const TpySource *source, int line, int col,
                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_add(diags, TPY_DIAG_ERROR, source, line, col, fmt, ap);
    va_end(ap);
}

void tpy_diag_note(TpyDiags *diags, const TpySource *source, int line, int col,
                   const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_add(diags, TPY_DIAG_NOTE, source, line, col, fmt, ap);
    va_end(ap);
}

/* Errors are sorted as groups: an error followed by its notes moves as one. */
typedef struct DiagGroup { int first, count, order; } DiagGroup;

static const TpyDiags *diag_sort_subject;

static int diag_group_compare(const void *a, const void *b)
{
    const DiagGroup *ga = a, *gb = b;
    const TpyDiag *da = &diag_sort_subject->items[ga->first];
    const TpyDiag *db = &diag_sort_subject->items[gb->first];
    if (da->source != db->source)
        return ga->order - gb->order;   /* keep the order files were checked in */
    if (da->line != db->line)
        return da->line - db->line;
    if (da->col != db->col)
        return da->col - db->col;
    return ga->order - gb->order;
}

void tpy_diags_sort(TpyDiags *diags)
{
    if (diags->count < 2)
        return;
    DiagGroup *groups = malloc(sizeof(DiagGroup) * (size_t)diags->count);
    TpyDiag *sorted = malloc(sizeof(TpyDiag) * (size_t)diags->count);
    if (groups == NULL || sorted == NULL) {
        fprintf(stderr, "tpy: out of memory\n");
        exit(2);
    }
    int ngroups = 0;
    for (int i = 0; i < diags->count; i++) {
        if (diags->items[i].kind == TPY_DIAG_NOTE && ngroups > 0) {
            groups[ngroups - 1].count++;
            continue;
        }
        groups[ngroups] = (DiagGroup){ i, 1, ngroups };
        ngroups++;
    }
    diag_sort_subject = diags;
    qsort(groups, (size_t)ngroups, sizeof(DiagGroup), diag_group_compare);
    int k = 0;
    for (int g = 0; g < ngroups; g++)
        for (int j = 0; j < groups[g].count; j++)
            sorted[k++] = diags->items[groups[g].first + j];
    memcpy(diags->items, sorted, sizeof(TpyDiag) * (size_t)diags->count);
    free(sorted);
    free(groups);
}

/* CPython 3.11 prints the offending line stripped of leading whitespace,
 * indented by four spaces, with the caret moved left by the same amount. */
static void diag_print_syntax(const TpyDiag *d, FILE *out)
{
    fprintf(out, "  File \"%s\", line %d\n", d->source->path, d->line);
    size_t len = 0;
    const char *text = tpy_source_line(d->source, d->line, &len);
    if (text != NULL) {
        size_t skip = 0;
        while (skip < len && (text[skip] == ' ' || text[skip] == '\t' || text[skip] == '\f'))
            skip++;
        size_t end = len;
        while (end > skip && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            end--;
        if (end > skip) {
            fprintf(out, "    %.*s\n", (int)(end - skip), text + skip);
            /* Caret column in code points, relative to the stripped line. */
            int col = d->col - (int)skip;
            if (col < 1)
                col = 1;
            int width = d->end_col > d->col ? d->end_col - d->col : 1;
            fprintf(out, "    %*s", col - 1, "");
            for (int i = 0; i < width; i++)
                fputc('^', out);
            fputc('\n', out);
        }
    }
    fprintf(out, "%s: %s\n", d->exc_name, d->message);
}

void tpy_diags_print(const TpyDiags *diags, FILE *out)
{
    for (int i = 0; i < diags->count; i++) {
        const TpyDiag *d = &diags->items[i];
        switch (d->kind) {
        case TPY_DIAG_SYNTAX:
            diag_print_syntax(d, out);
            break;
        case TPY_DIAG_ERROR:
            fprintf(out, "%s:%d:%d: error: %s\n", d->source->path, d->line, d->col, d->message);
            break;
        case TPY_DIAG_NOTE:
            fprintf(out, "%s:%d:%d: note: %s\n", d->source->path, d->line, d->col, d->message);
            break;
        }
    }
}
