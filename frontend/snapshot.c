/* frontend/snapshot.c: dump arenas as a C file with pointer fix-ups.
 *
 * Why: every run used to parse builtins.pyi and typing.pyi and declare their
 * ~1,400 lines in the checker before looking at the script: ~16 M
 * instructions, nearly all of `tpy hello.py`.  That work does not depend on
 * the script, so the build does it once (cli/snapgen.c, through
 * tpy_check_write_snapshot in check.c) and embeds the result: a C array
 * holding the bytes of every arena block, in which each pointer into the
 * arenas is written as an address constant `(char *)blob + offset`.  The
 * linker resolves those (a non-PIE binary needs no start-up relocation at
 * all), and the pages are faulted in from the executable only when touched.
 *
 * How pointers are found: the front end keeps everything in arenas, and
 * pointers are 8-byte aligned, so every aligned word whose value lies inside
 * a block is a pointer into it (a 64-bit integer or double of a stub landing
 * exactly in a few hundred KB of mmap space does not happen; and the caller
 * builds the snapshot twice, at different addresses, and compares the
 * output, so a coincidence would fail the build rather than corrupt it).
 * A word pointing into the program image must be a static string (a literal
 * such as "<natives>"): it is copied into the generated file.  A word
 * pointing anywhere else that is mapped (heap, stack, code, libraries) is an
 * error: such state cannot be embedded and must be cleared by the caller
 * (tpy_typecheck_unbind) and restored after loading (tpy_typecheck_rebind).
 *
 * Invariant: the snapshot is only valid for the binary whose front end built
 * it (same struct layouts); CMake rebuilds it whenever that front end or a
 * stub changes.  See docs/design.md, "Start-up".
 */
#include "snapshot.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#else
#define ASAN_UNPOISON_MEMORY_REGION(addr, size) ((void)(addr), (void)(size))
#endif

extern char __executable_start[], _end[];   /* provided by the GNU/LLVM linkers */

typedef struct Block { unsigned char *data; size_t used, offset; } Block;
typedef struct Range { uintptr_t lo, hi; } Range;
typedef struct StaticString { uintptr_t addr; } StaticString;

typedef struct Snap {
    Block *blocks;
    int block_count, block_cap;
    size_t total;                    /* bytes of the blob */
    Range *maps;                     /* everything mapped, from /proc/self/maps */
    int map_count;
    StaticString *strings;
    int string_count, string_cap;
    char *err;
    size_t err_size;
} Snap;

static void *snap_xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size);
    if (q == NULL) {
        fprintf(stderr, "tpy: out of memory writing the snapshot\n");
        exit(2);
    }
    return q;
}

static void snap_add_block(void *ctx, unsigned char *data, size_t used)
{
    Snap *s = ctx;
    if (used == 0)
        return;
    ASAN_UNPOISON_MEMORY_REGION(data, used);   /* ast.c poisons node tails */
    if (s->block_count == s->block_cap) {
        s->block_cap = s->block_cap ? s->block_cap * 2 : 16;
        s->blocks = snap_xrealloc(s->blocks, sizeof(Block) * (size_t)s->block_cap);
    }
    s->blocks[s->block_count++] = (Block){ data, used, s->total };
    s->total += (used + 15) & ~(size_t)15;    /* blocks stay 16-aligned in the blob */
}

static void snap_read_maps(Snap *s)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (f == NULL)
        return;   /* not Linux: only the arena/image test guards us */
    char line[512];
    int cap = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        uintptr_t lo, hi;
        /* Huge reservations (AddressSanitizer's shadow: terabytes) would
         * make every small integer "mapped"; the two-run comparison still
         * covers what lives there. */
        if (sscanf(line, "%" SCNxPTR "-%" SCNxPTR, &lo, &hi) != 2 || hi - lo > ((uintptr_t)1 << 30))
            continue;
        if (s->map_count == cap) {
            cap = cap ? cap * 2 : 64;
            s->maps = snap_xrealloc(s->maps, sizeof(Range) * (size_t)cap);
        }
        s->maps[s->map_count++] = (Range){ lo, hi };
    }
    fclose(f);
}

/* The blob offset `value` points at, or -1 when it points outside the arenas. */
static long long snap_offset_of(const Snap *s, uintptr_t value)
{
    for (int i = 0; i < s->block_count; i++) {
        uintptr_t lo = (uintptr_t)s->blocks[i].data;
        if (value >= lo && value <= lo + s->blocks[i].used)
            return (long long)(s->blocks[i].offset + (value - lo));
    }
    return -1;
}

static bool snap_is_mapped(const Snap *s, uintptr_t value)
{
    for (int i = 0; i < s->map_count; i++)
        if (value >= s->maps[i].lo && value < s->maps[i].hi)
            return true;
    return false;
}

/* Index of the static string at `value` (added on first sight), or -1 if the
 * bytes there are not a plain text string. */
static int snap_static_string(Snap *s, uintptr_t value)
{
    for (int i = 0; i < s->string_count; i++)
        if (s->strings[i].addr == value)
            return i;
    for (const char *c = (const char *)value; *c != '\0'; c++) {
        if ((uintptr_t)c >= (uintptr_t)_end)
            return -1;
        unsigned char ch = (unsigned char)*c;
        if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch >= 0x7f)
            return -1;
    }
    if (s->string_count == s->string_cap) {
        s->string_cap = s->string_cap ? s->string_cap * 2 : 16;
        s->strings = snap_xrealloc(s->strings, sizeof(StaticString) * (size_t)s->string_cap);
    }
    s->strings[s->string_count] = (StaticString){ value };
    return s->string_count++;
}

static void snap_write_string(FILE *out, const char *str)
{
    fputc('"', out);
    for (const char *c = str; *c != '\0'; c++) {
        if (*c == '"' || *c == '\\' || *c == '?')   /* '?': no trigraphs */
            fprintf(out, "\\%03o", (unsigned char)*c);
        else if (*c == '\n')
            fputs("\\n", out);
        else if (*c == '\t')
            fputs("\\t", out);
        else
            fputc(*c, out);
    }
    fputc('"', out);
}

/* One word of the blob: 0 plain data, 1 arena pointer, 2 static string. */
typedef struct Word { int kind; uint64_t value; } Word;

static int snap_classify(Snap *s, Word *words)
{
    for (int b = 0; b < s->block_count; b++) {
        const Block *block = &s->blocks[b];
        size_t n = (block->used + 7) / 8;
        for (size_t i = 0; i < n; i++) {
            uint64_t v = 0;
            size_t bytes = block->used - i * 8 < 8 ? block->used - i * 8 : 8;
            memcpy(&v, block->data + i * 8, bytes);
            Word *w = &words[block->offset / 8 + i];
            *w = (Word){ 0, v };
            if (v == 0)
                continue;
            long long off = snap_offset_of(s, (uintptr_t)v);
            if (off >= 0) {
                *w = (Word){ 1, (uint64_t)off };
                continue;
            }
            if (v >= (uintptr_t)__executable_start && v < (uintptr_t)_end) {
                int idx = snap_static_string(s, (uintptr_t)v);
                if (idx < 0) {
                    snprintf(s->err, s->err_size,
                             "blob offset %zu: pointer %#" PRIx64 " into the program image is "
                             "not a string (a function pointer?)", block->offset + i * 8, v);
                    return -1;
                }
                *w = (Word){ 2, (uint64_t)idx };
                continue;
            }
            if (snap_is_mapped(s, (uintptr_t)v)) {
                snprintf(s->err, s->err_size,
                         "blob offset %zu: pointer %#" PRIx64 " outside the arenas (heap or "
                         "stack state cannot be embedded)", block->offset + i * 8, v);
                return -1;
            }
        }
    }
    return 0;
}

int tpy_snapshot_write_c(FILE *out, TpyArena *const *arenas, int count, const void *root,
                         const char *symbol, char *err, size_t err_size)
{
    Snap s = { .err = err, .err_size = err_size };
    for (int i = 0; i < count; i++)
        tpy_arena_each_block(arenas[i], snap_add_block, &s);
    snap_read_maps(&s);
    long long root_offset = snap_offset_of(&s, (uintptr_t)root);
    int status = -1;
    size_t nwords = s.total / 8;
    Word *words = calloc(nwords ? nwords : 1, sizeof *words);
    if (words == NULL) {
        snprintf(err, err_size, "out of memory");
        goto done;
    }
    if (root_offset < 0) {
        snprintf(err, err_size, "the root is not in the arenas");
        goto done;
    }
    if (snap_classify(&s, words) < 0)
        goto done;

    fprintf(out, "/* Generated by tpy_snapgen (frontend/snapshot.c): the front end's state after\n"
                 " * checking the builtins stubs.  Do not edit. */\n"
                 "#include <stdint.h>\n\n"
                 "typedef union { uint64_t u; void *p; } SnapWord;\n\n");
    for (int i = 0; i < s.string_count; i++) {
        fprintf(out, "static char snap_str%d[] = ", i);
        snap_write_string(out, (const char *)s.strings[i].addr);
        fputs(";\n", out);
    }
    fprintf(out, "\n_Alignas(16) static SnapWord snap_blob[%zu] = {\n", nwords ? nwords : 1);
    for (size_t i = 0; i < nwords; i++) {
        const Word *w = &words[i];
        if (w->kind == 0 && w->value != 0)
            fprintf(out, "[%zu]={.u=0x%" PRIx64 "u},\n", i, w->value);
        else if (w->kind == 1)
            fprintf(out, "[%zu]={.p=(char *)snap_blob+%" PRIu64 "},\n", i, w->value);
        else if (w->kind == 2)
            fprintf(out, "[%zu]={.p=snap_str%" PRIu64 "},\n", i, w->value);
    }
    fprintf(out, "};\n\nvoid *const %s;\nvoid *const %s = (char *)snap_blob + %lld;\n", symbol,
            symbol, root_offset);
    status = ferror(out) ? -1 : 0;
    if (status < 0)
        snprintf(err, err_size, "write error");
done:
    free(words);
    free(s.blocks);
    free(s.maps);
    free(s.strings);
    return status;
}
