/* runtime/code.c: code objects (see code.h). */
#include "code.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "str.h"

const uint8_t tpy_opcode_unit_counts[TPY_OP__COUNT] = {
#define TPY_OP(name, format, doc) (uint8_t)(sizeof(format) <= 2 ? 1 : sizeof(format) - 1),
#include "opcodes.def"
#undef TPY_OP
};

const char *const tpy_opcode_formats[TPY_OP__COUNT] = {
#define TPY_OP(name, format, doc) format,
#include "opcodes.def"
#undef TPY_OP
};

const char *const tpy_opcode_names[TPY_OP__COUNT] = {
#define TPY_OP(name, format, doc) #name,
#include "opcodes.def"
#undef TPY_OP
};

const char *const tpy_opcode_docs[TPY_OP__COUNT] = {
#define TPY_OP(name, format, doc) doc,
#include "opcodes.def"
#undef TPY_OP
};

static char *dup_cstr(const char *s)
{
    if (s == NULL)
        s = "";
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d != NULL)
        memcpy(d, s, n);
    return d;
}

/* Returns a new reference. */
TpyCode *tpy_code_new(const char *name, const char *qualname, const char *filename, int firstline)
{
    TpyCode *code = (TpyCode *)tpy_object_new(&tpy_code_type);
    if (code == NULL)
        return NULL;
    code->name = dup_cstr(name);
    code->qualname = dup_cstr(qualname != NULL ? qualname : name);
    code->filename = dup_cstr(filename);
    code->firstline = firstline;
    if (code->name == NULL || code->qualname == NULL || code->filename == NULL) {
        tpy_decref(&code->ob);
        tpy_err_nomemory();
        return NULL;
    }
    return code;
}

int tpy_code_line(const TpyCode *code, uint32_t pc)
{
    if (code->lines == NULL || code->ncode == 0)
        return code->firstline;
    if (pc >= code->ncode)
        pc = code->ncode - 1;
    return (int)code->lines[pc];
}

const TpyExcEntry *tpy_code_find_handler(const TpyCode *code, uint32_t pc)
{
    for (uint32_t i = 0; i < code->nexc; i++)
        if (pc >= code->exc[i].start && pc < code->exc[i].end)
            return &code->exc[i];
    return NULL;
}

static void code_dealloc(TpyObject *self)
{
    TpyCode *code = (TpyCode *)self;
    for (uint32_t i = 0; i < code->nconsts; i++)
        tpy_clear(code->consts[i]);
    tpy_clear(code->doc);
    free(code->consts);
    if (code->reg_names != NULL)
        for (uint32_t i = 0; i < code->nregs; i++)
            free(code->reg_names[i]);
    if (code->param_names != NULL)
        for (uint32_t i = 0; i < code->nparams; i++)
            free(code->param_names[i]);
    free(code->param_names);
    free(code->param_regs);
    free(code->param_kinds);
    free(code->reg_names);
    free(code->reg_kinds);
    free(code->natives);
    free(code->code);
    free(code->lines);
    free(code->exc);
    free(code->caches);
    free(code->name);
    free(code->qualname);
    free(code->filename);
    tpy_object_free(self);
}

static TpyObject *code_repr(TpyObject *self)
{
    TpyCode *code = (TpyCode *)self;
    char buf[512];
    snprintf(buf, sizeof buf, "<code object %s, file \"%s\", line %d>", code->name,
             code->filename, code->firstline);
    return tpy_str_from_cstr(buf);
}

TpyType tpy_code_type = {
    .ob = TPY_STATIC_TYPE_HEADER,
    .name = "code",
    .base = &tpy_object_type,
    .basicsize = sizeof(TpyCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
};
