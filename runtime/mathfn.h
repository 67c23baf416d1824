/* runtime/mathfn.h: one-argument math functions on unboxed doubles, for the
 * MATH1_F64 instruction (the interpreter and, later, the JIT).  Plain C with
 * no runtime types, so the compiler can include it for the numbering. */
#ifndef TPY_RUNTIME_MATHFN_H
#define TPY_RUNTIME_MATHFN_H

typedef enum TpyMathFn {
#define TPY_MATHFN(name, cfunc, can_overflow) TPY_MATHFN_##name,
#include "mathfn.def"
#undef TPY_MATHFN
    TPY_MATHFN__COUNT
} TpyMathFn;

/* *out = fn(x) with CPython's math_1 checks; 0, or -1 with ValueError /
 * OverflowError set (an unknown fn is a SystemError). */
int tpy_mathfn_call(int fn, double x, double *out);

#endif
