/* runtime/dis.c: the disassembler behind `tpy --dis`, driven by opcodes.def.
 *
 * Prints every code object (module body first, then nested functions
 * depth-first) in the spirit of Python's `dis`:
 *     Disassembly of <code object f, file "x.py", line 3>:
 *       registers: r0 n (OBJ), r1 x (F64), r2 (tmp OBJ)
 *       line  offset  OPCODE          operands
 *          4       0  ADD_INT         r2, r0, r1
 * Operands are shown by their format letter: registers with their names,
 * constants with their repr, jump targets as offsets, natives by name.
 */
#include "dis.h"

#include <string.h>

#include "abstract.h"
#include "exc.h"
#include "str.h"

static const char *kind_name(uint8_t k)
{
    switch (k) {
    case TPY_KIND_OBJ: return "OBJ";
    case TPY_KIND_F64: return "F64";
    case TPY_KIND_I64: return "I64";
    case TPY_KIND_C128: return "C128";
    }
    return "?";
}

static void print_const(TpyObject *o, FILE *out)
{
    if (tpy_code_check(o)) {
        TpyCode *c = (TpyCode *)o;
        fprintf(out, "<code %s>", c->qualname);
        return;
    }
    TpyObject *r = tpy_object_repr(o);
    const char *s = r != NULL ? tpy_str_as_utf8(r, NULL) : NULL;
    if (s != NULL && strlen(s) > 40)
        fprintf(out, "%.37s...", s);
    else
        fputs(s != NULL ? s : "?", out);
    tpy_xdecref(r);
    tpy_err_clear();
}

static void print_reg(const TpyCode *code, uint32_t r, FILE *out)
{
    if (r == TPY_NO_REG || r == TPY_NO_REG_A) {
        fputs("-", out);
        return;
    }
    if (r < code->nregs && code->reg_names != NULL && code->reg_names[r] != NULL)
        fprintf(out, "r%u(%s)", r, code->reg_names[r]);
    else
        fprintf(out, "r%u", r);
}

void tpy_dis_code(const TpyCode *code, FILE *out)
{
    fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:\n", code->qualname,
            code->filename, code->firstline);
    fprintf(out, "  %u registers:", code->nregs);
    for (uint32_t i = 0; i < code->nregs; i++) {
        fprintf(out, " r%u", i);
        if (code->reg_names != NULL && code->reg_names[i] != NULL)
            fprintf(out, "=%s", code->reg_names[i]);
        fprintf(out, ":%s", kind_name(code->reg_kinds[i]));
    }
    fputc('\n', out);
    int last_line = -1;
    for (uint32_t pc = 0; pc < code->ncode;) {
        uint32_t ins = code->code[pc];
        uint32_t op = ins & 0xff;
        if (op >= TPY_OP__COUNT) {
            fprintf(out, "  ??? bad opcode %u at %u\n", op, pc);
            break;
        }
        int line = tpy_code_line(code, pc);
        if (line != last_line)
            fprintf(out, "%5d ", line);
        else
            fputs("      ", out);
        last_line = line;
        fprintf(out, "%6u  %-18s ", pc, tpy_opcode_names[op]);
        const char *fmt = tpy_opcode_formats[op];
        for (int i = 0; fmt[i] != '\0'; i++) {
            uint32_t v = i == 0 ? ins >> 8 : code->code[pc + (uint32_t)i];
            if (i > 0)
                fputs(", ", out);
            switch (fmt[i]) {
            case 'r': case 'x': print_reg(code, v, out); break;
            case 'k': case 's':
                if (v < code->nconsts)
                    print_const(code->consts[v], out);
                else
                    fputs("-", out);
                break;
            case 'j': fprintf(out, "-> %u", v); break;
            case 'f':
                fprintf(out, "%s", v < code->nnatives ? code->natives[v]->name : "?");
                break;
            case 'g': fprintf(out, "global[%u]", v); break;
            case 'c': fprintf(out, "+%u", v); break;
            case 'i': fprintf(out, "cache[%u]", v); break;
            default: fprintf(out, "%d", (int32_t)v); break;
            }
        }
        fputc('\n', out);
        pc += (uint32_t)tpy_opcode_units((int)op);
    }
    if (code->nexc > 0) {
        fputs("  exception table:\n", out);
        for (uint32_t i = 0; i < code->nexc; i++)
            fprintf(out, "    %u to %u -> %u [exception in r%u, clear from r%u]\n", code->exc[i].start,
                    code->exc[i].end, code->exc[i].handler, code->exc[i].exc_reg, code->exc[i].temp_base);
    }
    fputc('\n', out);
    for (uint32_t i = 0; i < code->nconsts; i++)
        if (tpy_code_check(code->consts[i]))
            tpy_dis_code((const TpyCode *)code->consts[i], out);
}
