/* runtime/mathfn.c: MATH1_F64's functions, with the result checks of
 * CPython's math_1 (see mathfn.def); math.c keeps the boxed versions. */
#include "mathfn.h"

#include <math.h>
#include <stdbool.h>

#include "exc.h"

int tpy_mathfn_call(int fn, double x, double *out)
{
    double r;
    bool can_overflow;
    switch (fn) {
#define TPY_MATHFN(name, cfunc, overflow) \
    case TPY_MATHFN_##name: r = cfunc(x); can_overflow = overflow; break;
#include "mathfn.def"
#undef TPY_MATHFN
    default:
        tpy_err_format(&tpy_RuntimeError_type, "bad math function %d", fn);
        return -1;
    }
    if (isnan(r) && !isnan(x)) {
        tpy_err_format(&tpy_ValueError_type, "math domain error");
        return -1;
    }
    if (isinf(r) && isfinite(x)) {
        tpy_err_format(can_overflow ? &tpy_OverflowError_type : &tpy_ValueError_type,
                       can_overflow ? "math range error" : "math domain error");
        return -1;
    }
    *out = r;
    return 0;
}
