/* runtime/dis.h: the bytecode disassembler (`tpy --dis`). */
#ifndef TPY_RUNTIME_DIS_H
#define TPY_RUNTIME_DIS_H

#include <stdio.h>

#include "code.h"

/* Print `code` and every code object among its constants, recursively. */
void tpy_dis_code(const TpyCode *code, FILE *out);

#endif
