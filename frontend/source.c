/* frontend/source.c: loading source text and finding its lines (see source.h). */
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

static void *source_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (p == NULL) {
        fprintf(stderr, "tpy: out of memory reading source\n");
        exit(2);
    }
    return p;
}

static void source_index_lines(TpySource *source)
{
    int count = 1;
    for (size_t i = 0; i < source->len; i++)
        if (source->text[i] == '\n')
            count++;
    source->line_starts = source_xmalloc(sizeof(size_t) * (size_t)count);
    source->line_starts[0] = 0;
    int line = 1;
    for (size_t i = 0; i < source->len; i++)
        if (source->text[i] == '\n')
            source->line_starts[line++] = i + 1;
    source->line_count = count;
}

TpySource *tpy_source_from_string(const char *path, const char *text, size_t len)
{
    TpySource *source = source_xmalloc(sizeof *source);
    source->path = source_xmalloc(strlen(path) + 1);
    strcpy(source->path, path);
    source->text = source_xmalloc(len + 1);
    memcpy(source->text, text, len);
    source->text[len] = '\0';
    source->len = len;
    source_index_lines(source);
    return source;
}

TpySource *tpy_source_in_arena(TpyArena *arena, const char *path, const char *text, size_t len)
{
    TpySource *source = tpy_arena_alloc(arena, sizeof *source);
    source->path = tpy_arena_strdup(arena, path);
    source->text = tpy_arena_strndup(arena, text, len);
    source->len = len;
    int count = 1;
    for (const char *s = memchr(text, '\n', len); s != NULL;
         s = memchr(s + 1, '\n', len - (size_t)(s + 1 - text)))
        count++;
    source->line_starts = tpy_arena_alloc(arena, sizeof(size_t) * (size_t)count);
    int line = 1;
    for (const char *s = memchr(text, '\n', len); s != NULL;
         s = memchr(s + 1, '\n', len - (size_t)(s + 1 - text)))
        source->line_starts[line++] = (size_t)(s + 1 - text);
    source->line_count = count;
    return source;
}

TpySource *tpy_source_from_file(const char *path, char *errbuf, size_t errbuf_size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(errbuf, errbuf_size, "[Errno %d] %s", errno, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = source_xmalloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            char *grown = realloc(buf, cap);
            if (grown == NULL) {
                free(buf);
                fclose(f);
                snprintf(errbuf, errbuf_size, "out of memory");
                return NULL;
            }
            buf = grown;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(f)) {
        snprintf(errbuf, errbuf_size, "[Errno %d] %s", errno, strerror(errno));
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    TpySource *source = tpy_source_from_string(path, buf, len);
    free(buf);
    return source;
}

void tpy_source_free(TpySource *source)
{
    if (source == NULL)
        return;
    free(source->path);
    free(source->text);
    free(source->line_starts);
    free(source);
}

const char *tpy_source_line(const TpySource *source, int line, size_t *len)
{
    if (line < 1 || line > source->line_count)
        return NULL;
    size_t start = source->line_starts[line - 1];
    size_t end = line < source->line_count ? source->line_starts[line] - 1 : source->len;
    if (end > start && source->text[end - 1] == '\r')
        end--;
    *len = end - start;
    return source->text + start;
}

size_t tpy_source_col_to_byte(const char *line, size_t len, int col)
{
    size_t i = 0;
    for (int c = 1; c < col && i < len; c++) {
        i++;
        while (i < len && ((unsigned char)line[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}
