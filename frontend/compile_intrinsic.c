/* frontend/compile_intrinsic.c: calls and conditions that compile to one
 * typed instruction instead of boxing and a native call or a flag register.
 *
 * Intrinsics (only when the static types pin the behaviour down, so the
 * result is CPython's exactly):
 *   abs(complex) -> ABS_C128, abs(float) -> ABS_F64, abs(int) -> ABS_INT;
 *   float(int) -> INT_TO_F64, float(float) -> the value itself;
 *   ord(str) -> ORD_STR, chr(int) -> CHR_INT;
 *   min/max of two floats -> MIN_F64/MAX_F64 (CPython keeps the first
 *   argument unless the second compares smaller/greater, NaN included);
 *   math.sqrt and the other one-argument functions of mathfn.def on a float
 *   or int -> MATH1_F64 (ValueError "math domain error" as CPython).
 * Compare-and-branch: `if a < b:` / `while a < b:` on two ints, floats or
 * bools, a str against a 1-char literal (JUMP_<cmp>_CHAR), `s in "lit"`
 * (JUMP_[NOT_]IN_STR), `is` / `is not` (None: JUMP_IF_NONE) becomes one JUMP_<cmp>_<type>
 * instruction instead of a comparison into an I64 register and
 * JUMP_IF_FALSE.  The negation of a float comparison is not the opposite
 * comparison (NaN), hence the JUMP_N*_F64 forms.
 * See docs/design.md §5, "Superinstructions".
 */
#include <string.h>

#include "compile_internal.h"
#include "mathfn.h"

static bool is_builtin(TpyType *t, const char *name)
{
    return cu_is_builtin(t, name);
}

static bool is_intlike(TpyType *t)
{
    return is_builtin(t, "int") || is_builtin(t, "bool");
}

static bool one_plain_arg(TpyAstExpr *e)
{
    return e->u.call.args.count == 1 && e->u.call.keywords.count == 0 &&
           e->u.call.args.items[0]->kind != TPY_EXPR_STARRED;
}

static Val result(Unit *u, TpyAstExpr *e, int r, TpyValueKind kind, int dst)
{
    return ce_convert(u, (Val){ r, kind, true }, e->type, cu_kind_of(e->type), e->type, dst);
}

/* The register to compute an F64 result in: dst itself when it is one. */
static int f64_target(Unit *u, TpyAstExpr *e, int dst)
{
    return dst >= 0 && cu_kind_of(e->type) == TPY_KIND_F64 ? dst : cu_alloc(u, TPY_KIND_F64);
}

bool ci_builtin_call(Unit *u, TpyAstExpr *e, const char *name, int dst, Val *out)
{
    if (strcmp(name, "abs") == 0 && one_plain_arg(e)) {
        TpyAstExpr *x = e->u.call.args.items[0];
        if (is_builtin(x->type, "complex") || is_builtin(x->type, "float")) {
            bool c = is_builtin(x->type, "complex");
            Val a = ce_expr_as(u, x, c ? TPY_KIND_C128 : TPY_KIND_F64, x->type, -1);
            int r = f64_target(u, e, dst);
            cu_emit(u, c ? TPY_OP_ABS_C128 : TPY_OP_ABS_F64, (uint32_t)r, (uint32_t)a.reg);
            *out = result(u, e, r, TPY_KIND_F64, dst);
            return true;
        }
        if (is_builtin(x->type, "int")) {
            Val a = ce_expr_as(u, x, TPY_KIND_OBJ, NULL, -1);
            bool direct = dst >= 0 && cu_kind_of(e->type) == TPY_KIND_OBJ;
            int r = direct ? dst : cu_alloc(u, TPY_KIND_OBJ);
            cu_emit(u, TPY_OP_ABS_INT, (uint32_t)r, (uint32_t)a.reg);
            if (!direct)
                cu_mark_clear(u, r, false);
            *out = result(u, e, r, TPY_KIND_OBJ, dst);
            return true;
        }
        return false;
    }
    if (strcmp(name, "float") == 0 && one_plain_arg(e) && is_builtin(e->type, "float")) {
        TpyAstExpr *x = e->u.call.args.items[0];
        if (!is_builtin(x->type, "int") && !is_builtin(x->type, "float"))
            return false;
        int r = f64_target(u, e, dst);
        ce_expr_as(u, x, TPY_KIND_F64, e->type, r);
        *out = result(u, e, r, TPY_KIND_F64, dst);
        return true;
    }
    if (one_plain_arg(e) &&
        ((strcmp(name, "ord") == 0 && is_builtin(e->u.call.args.items[0]->type, "str")) ||
         (strcmp(name, "chr") == 0 && is_builtin(e->u.call.args.items[0]->type, "int")))) {
        Val a = ce_expr_as(u, e->u.call.args.items[0], TPY_KIND_OBJ, NULL, -1);
        bool direct = dst >= 0 && cu_kind_of(e->type) == TPY_KIND_OBJ;
        int r = direct ? dst : cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, name[0] == 'o' ? TPY_OP_ORD_STR : TPY_OP_CHR_INT, (uint32_t)r, (uint32_t)a.reg);
        if (!direct)
            cu_mark_clear(u, r, false);
        *out = result(u, e, r, TPY_KIND_OBJ, dst);
        return true;
    }
    if ((strcmp(name, "min") == 0 || strcmp(name, "max") == 0) && e->u.call.args.count == 2 &&
        e->u.call.keywords.count == 0 && is_builtin(e->type, "float") &&
        is_builtin(e->u.call.args.items[0]->type, "float") &&
        is_builtin(e->u.call.args.items[1]->type, "float")) {
        Val a = ce_expr_as(u, e->u.call.args.items[0], TPY_KIND_F64, NULL, -1);
        Val b = ce_expr_as(u, e->u.call.args.items[1], TPY_KIND_F64, NULL, -1);
        int r = f64_target(u, e, dst);
        cu_emit(u, name[1] == 'i' ? TPY_OP_MIN_F64 : TPY_OP_MAX_F64, (uint32_t)r, (uint32_t)a.reg,
                (uint32_t)b.reg);
        *out = result(u, e, r, TPY_KIND_F64, dst);
        return true;
    }
    return false;
}

bool ci_module_call(Unit *u, TpyAstExpr *e, const char *module, const char *name, int dst, Val *out)
{
    static const char *const names[] = {
#define TPY_MATHFN(fname, cfunc, can_overflow) #fname,
#include "mathfn.def"
#undef TPY_MATHFN
    };
    if (strcmp(module, "math") != 0 || !one_plain_arg(e) || !is_builtin(e->type, "float"))
        return false;
    TpyAstExpr *x = e->u.call.args.items[0];
    if (!is_intlike(x->type) && !is_builtin(x->type, "float"))
        return false;
    for (int fn = 0; fn < TPY_MATHFN__COUNT; fn++) {
        if (strcmp(names[fn], name) != 0)
            continue;
        Val a = ce_expr_as(u, x, TPY_KIND_F64, NULL, -1);
        int r = f64_target(u, e, dst);
        cu_emit(u, TPY_OP_MATH1_F64, (uint32_t)r, (uint32_t)a.reg, (uint32_t)fn);
        *out = result(u, e, r, TPY_KIND_F64, dst);
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------- compare and branch */

/* Jump opcodes taken when `a op b` is true; for floats also when it is false. */
static TpyOpcode int_jump(TpyCmpOp op)
{
    switch (op) {
    case TPY_CMP_LT: return TPY_OP_JUMP_LT_INT;
    case TPY_CMP_LTE: return TPY_OP_JUMP_LE_INT;
    case TPY_CMP_EQ: return TPY_OP_JUMP_EQ_INT;
    case TPY_CMP_NOTEQ: return TPY_OP_JUMP_NE_INT;
    case TPY_CMP_GT: return TPY_OP_JUMP_GT_INT;
    default: return TPY_OP_JUMP_GE_INT;
    }
}

static TpyCmpOp negate(TpyCmpOp op)
{
    switch (op) {
    case TPY_CMP_LT: return TPY_CMP_GTE;
    case TPY_CMP_LTE: return TPY_CMP_GT;
    case TPY_CMP_EQ: return TPY_CMP_NOTEQ;
    case TPY_CMP_NOTEQ: return TPY_CMP_EQ;
    case TPY_CMP_GT: return TPY_CMP_LTE;
    case TPY_CMP_GTE: return TPY_CMP_LT;
    case TPY_CMP_IS: return TPY_CMP_ISNOT;
    case TPY_CMP_ISNOT: return TPY_CMP_IS;
    default: return op;
    }
}

static TpyOpcode f64_jump(TpyCmpOp op, bool when)
{
    switch (op) {
    case TPY_CMP_LT: return when ? TPY_OP_JUMP_LT_F64 : TPY_OP_JUMP_NLT_F64;
    case TPY_CMP_LTE: return when ? TPY_OP_JUMP_LE_F64 : TPY_OP_JUMP_NLE_F64;
    case TPY_CMP_EQ: return when ? TPY_OP_JUMP_EQ_F64 : TPY_OP_JUMP_NE_F64;
    case TPY_CMP_NOTEQ: return when ? TPY_OP_JUMP_NE_F64 : TPY_OP_JUMP_EQ_F64;
    case TPY_CMP_GT: return when ? TPY_OP_JUMP_GT_F64 : TPY_OP_JUMP_NGT_F64;
    default: return when ? TPY_OP_JUMP_GE_F64 : TPY_OP_JUMP_NGE_F64;
    }
}

/* Temporaries above mark that the end of the statement must release. */
static bool temps_need_clear(Unit *u, int mark)
{
    for (int r = mark; r < u->tmp_top && r < u->nregs; r++)
        if (u->kinds[r] == TPY_KIND_OBJ && u->clear[r] && u->names[r] == NULL)
            return true;
    return false;
}

/* Emit the fused jump `jop a, b` (b < 0: a one-operand JUMP_IF_[NOT_]NONE).
 * If an operand is a temporary that must be released, the release (CLEAR)
 * has to run on both paths: compare into a flag, release, then branch. */
static void emit_branch(Unit *u, int mark, TpyOpcode jop, int a, int b, int *patch)
{
    if (!temps_need_clear(u, mark)) {
        *patch = b < 0 ? cu_emit(u, jop, (uint32_t)a, 0u) : cu_emit(u, jop, (uint32_t)a, (uint32_t)b, 0u);
        return;
    }
    static const struct { TpyOpcode jump, cmp; bool when; } plain[] = {
        { TPY_OP_JUMP_LT_INT, TPY_OP_LT_INT, true }, { TPY_OP_JUMP_LE_INT, TPY_OP_LE_INT, true },
        { TPY_OP_JUMP_EQ_INT, TPY_OP_EQ_INT, true }, { TPY_OP_JUMP_NE_INT, TPY_OP_NE_INT, true },
        { TPY_OP_JUMP_GT_INT, TPY_OP_GT_INT, true }, { TPY_OP_JUMP_GE_INT, TPY_OP_GE_INT, true },
        { TPY_OP_JUMP_LT_F64, TPY_OP_LT_F64, true }, { TPY_OP_JUMP_LE_F64, TPY_OP_LE_F64, true },
        { TPY_OP_JUMP_EQ_F64, TPY_OP_EQ_F64, true }, { TPY_OP_JUMP_NE_F64, TPY_OP_NE_F64, true },
        { TPY_OP_JUMP_GT_F64, TPY_OP_GT_F64, true }, { TPY_OP_JUMP_GE_F64, TPY_OP_GE_F64, true },
        { TPY_OP_JUMP_NLT_F64, TPY_OP_LT_F64, false }, { TPY_OP_JUMP_NLE_F64, TPY_OP_LE_F64, false },
        { TPY_OP_JUMP_NGT_F64, TPY_OP_GT_F64, false }, { TPY_OP_JUMP_NGE_F64, TPY_OP_GE_F64, false },
        { TPY_OP_JUMP_EQ_I64, TPY_OP_EQ_I64, true }, { TPY_OP_JUMP_NE_I64, TPY_OP_NE_I64, true },
        { TPY_OP_JUMP_IS, TPY_OP_IS, true }, { TPY_OP_JUMP_IS_NOT, TPY_OP_IS_NOT, true },
        { TPY_OP_JUMP_IF_NONE, TPY_OP_IS_NONE, true }, { TPY_OP_JUMP_IF_NOT_NONE, TPY_OP_IS_NONE, false },
    };
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        if (plain[i].jump != jop)
            continue;
        int r = cu_alloc(u, TPY_KIND_I64);
        if (b < 0)
            cu_emit(u, plain[i].cmp, (uint32_t)r, (uint32_t)a);
        else
            cu_emit(u, plain[i].cmp, (uint32_t)r, (uint32_t)a, (uint32_t)b);
        cu_free_to(u, mark);
        *patch = cu_emit(u, plain[i].when ? TPY_OP_JUMP_IF_TRUE : TPY_OP_JUMP_IF_FALSE, (uint32_t)r, 0u);
        return;
    }
}

/* The code point of a 1-char str literal, or -1. */
static int64_t char_const(const TpyAstExpr *e)
{
    if (e->kind != TPY_EXPR_CONSTANT || e->u.constant.kind != TPY_CONST_STR)
        return -1;
    const unsigned char *p = (const unsigned char *)e->u.constant.str;
    size_t n = e->u.constant.str_len;
    if (n == 1 && p[0] < 0x80)
        return p[0];
    if (n == 2 && (p[0] & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80)
        return (int64_t)(((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu));
    if (n == 3 && (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        return (int64_t)(((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu));
    if (n == 4 && (p[0] & 0xF8) == 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
        (p[3] & 0xC0) == 0x80)
        return (int64_t)(((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                         (p[3] & 0x3Fu));
    return -1;
}

static TpyOpcode char_jump(TpyCmpOp op)
{
    switch (op) {
    case TPY_CMP_LT: return TPY_OP_JUMP_LT_CHAR;
    case TPY_CMP_LTE: return TPY_OP_JUMP_LE_CHAR;
    case TPY_CMP_EQ: return TPY_OP_JUMP_EQ_CHAR;
    case TPY_CMP_NOTEQ: return TPY_OP_JUMP_NE_CHAR;
    case TPY_CMP_GT: return TPY_OP_JUMP_GT_CHAR;
    default: return TPY_OP_JUMP_GE_CHAR;
    }
}

/* `x < y` read from the other side: `y > x`. */
static TpyCmpOp mirror(TpyCmpOp op)
{
    switch (op) {
    case TPY_CMP_LT: return TPY_CMP_GT;
    case TPY_CMP_LTE: return TPY_CMP_GTE;
    case TPY_CMP_GT: return TPY_CMP_LT;
    case TPY_CMP_GTE: return TPY_CMP_LTE;
    default: return op;
    }
}

/* The constant index of a str literal (as ce_constant makes it). */
static int str_const(Unit *u, const TpyAstExpr *e)
{
    const char *p = e->u.constant.str;
    size_t n = e->u.constant.str_len;
    return cu_const(u, n < 40 && strlen(p) == n ? tpy_cg_str_interned(p) : tpy_cg_str(p, n));
}

static int rt_cmp(TpyCmpOp op)
{
    switch (op) {
    case TPY_CMP_LT: return TPY_CG_LT;
    case TPY_CMP_LTE: return TPY_CG_LE;
    case TPY_CMP_EQ: return TPY_CG_EQ;
    case TPY_CMP_NOTEQ: return TPY_CG_NE;
    case TPY_CMP_GT: return TPY_CG_GT;
    default: return TPY_CG_GE;
    }
}

/* str against a str literal: a 1-char literal compares code points
 * (JUMP_<op>_CHAR), `x in "literal"` scans it (JUMP_[NOT_]IN_STR).  Both
 * operands are strs, so nothing can raise; str order is total, so `not a < b`
 * is `a >= b`.  When a temporary must be released, the test goes into a flag
 * first (COMPARE_BOOL/CONTAINS), as in emit_branch. */
static bool str_jump(Unit *u, int mark, TpyCmpOp op, TpyAstExpr *left, TpyAstExpr *right, bool when,
                     int *patch)
{
    if (!is_builtin(left->type, "str") || !is_builtin(right->type, "str"))
        return false;
    bool contains = op == TPY_CMP_IN || op == TPY_CMP_NOTIN;
    int64_t c = -1;
    TpyAstExpr *x = left, *lit = right;
    if (contains) {
        if (right->kind != TPY_EXPR_CONSTANT || right->u.constant.kind != TPY_CONST_STR)
            return false;
    } else {
        if (op != TPY_CMP_LT && op != TPY_CMP_LTE && op != TPY_CMP_EQ && op != TPY_CMP_NOTEQ &&
            op != TPY_CMP_GT && op != TPY_CMP_GTE)
            return false;
        c = char_const(right);
        if (c < 0) {
            c = char_const(left);
            x = right;
            lit = left;
            op = mirror(op);
        }
        if (c < 0)
            return false;
    }
    Val a = ce_expr_as(u, x, TPY_KIND_OBJ, NULL, -1);
    int k = str_const(u, lit);
    if (!temps_need_clear(u, mark)) {
        if (contains) {
            bool in = (op == TPY_CMP_IN) == when;
            *patch = cu_emit(u, in ? TPY_OP_JUMP_IN_STR : TPY_OP_JUMP_NOT_IN_STR, (uint32_t)a.reg,
                             (uint32_t)k, 0u);
        } else {
            *patch = cu_emit(u, char_jump(when ? op : negate(op)), (uint32_t)a.reg, (uint32_t)c, 0u);
        }
        return true;
    }
    int b = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)b, (uint32_t)k);
    int r = cu_alloc(u, TPY_KIND_I64);
    bool jump_when = when;
    if (contains) {
        cu_emit(u, TPY_OP_CONTAINS, (uint32_t)r, (uint32_t)b, (uint32_t)a.reg);
        if (op == TPY_CMP_NOTIN)
            jump_when = !when;
    } else {
        cu_emit(u, TPY_OP_COMPARE_BOOL, (uint32_t)r, (uint32_t)a.reg, (uint32_t)b, (uint32_t)rt_cmp(op));
    }
    cu_free_to(u, mark);
    *patch = cu_emit(u, jump_when ? TPY_OP_JUMP_IF_TRUE : TPY_OP_JUMP_IF_FALSE, (uint32_t)r, 0u);
    return true;
}

static bool is_none_const(TpyAstExpr *e)
{
    return e->kind == TPY_EXPR_CONSTANT && e->u.constant.kind == TPY_CONST_NONE;
}

bool ci_jump_compare(Unit *u, TpyAstExpr *e, bool when, int *patch)
{
    int mark = u->tmp_top;
    if (e->kind != TPY_EXPR_COMPARE || e->u.compare.comparators.count != 1 ||
        !is_builtin(e->type, "bool"))
        return false;
    TpyCmpOp op = e->u.compare.ops[0];
    TpyAstExpr *left = e->u.compare.left, *right = e->u.compare.comparators.items[0];
    TpyType *lt = left->type, *rt = right->type;
    if (op == TPY_CMP_IS || op == TPY_CMP_ISNOT) {
        TpyCmpOp jop = when ? op : negate(op);
        if (is_none_const(right) || is_none_const(left)) {
            Val a = ce_expr_as(u, is_none_const(right) ? left : right, TPY_KIND_OBJ, NULL, -1);
            emit_branch(u, mark, jop == TPY_CMP_IS ? TPY_OP_JUMP_IF_NONE : TPY_OP_JUMP_IF_NOT_NONE,
                        a.reg, -1, patch);
            return true;
        }
        Val a = ce_expr_as(u, left, TPY_KIND_OBJ, NULL, -1);
        Val b = ce_expr_as(u, right, TPY_KIND_OBJ, NULL, -1);
        emit_branch(u, mark, jop == TPY_CMP_IS ? TPY_OP_JUMP_IS : TPY_OP_JUMP_IS_NOT, a.reg, b.reg,
                    patch);
        return true;
    }
    if (str_jump(u, mark, op, left, right, when, patch))
        return true;
    if (op != TPY_CMP_LT && op != TPY_CMP_LTE && op != TPY_CMP_EQ && op != TPY_CMP_NOTEQ &&
        op != TPY_CMP_GT && op != TPY_CMP_GTE)
        return false;
    if (is_builtin(lt, "int") && is_builtin(rt, "int")) {
        Val a = ce_expr_as(u, left, TPY_KIND_OBJ, NULL, -1);
        Val b = ce_expr_as(u, right, TPY_KIND_OBJ, NULL, -1);
        emit_branch(u, mark, int_jump(when ? op : negate(op)), a.reg, b.reg, patch);
        return true;
    }
    if (is_builtin(lt, "bool") && is_builtin(rt, "bool") && (op == TPY_CMP_EQ || op == TPY_CMP_NOTEQ)) {
        Val a = ce_expr_as(u, left, TPY_KIND_I64, NULL, -1);
        Val b = ce_expr_as(u, right, TPY_KIND_I64, NULL, -1);
        bool eq = (op == TPY_CMP_EQ) == when;
        emit_branch(u, mark, eq ? TPY_OP_JUMP_EQ_I64 : TPY_OP_JUMP_NE_I64, a.reg, b.reg, patch);
        return true;
    }
    if ((is_builtin(lt, "float") || is_intlike(lt)) && (is_builtin(rt, "float") || is_intlike(rt)) &&
        (is_builtin(lt, "float") || is_builtin(rt, "float"))) {
        /* int vs float compares exactly in CPython; through a double only when the int side
         * is a small literal (|v| < 2**53 converts exactly) */
        TpyAstExpr *ints[2] = { is_builtin(lt, "float") ? NULL : left, is_builtin(rt, "float") ? NULL : right };
        for (int i = 0; i < 2; i++) {
            TpyAstExpr *x = ints[i];
            if (x != NULL && !(x->kind == TPY_EXPR_CONSTANT && x->u.constant.kind == TPY_CONST_INT &&
                               !x->u.constant.int_big && x->u.constant.int_value > -(1LL << 53) &&
                               x->u.constant.int_value < (1LL << 53)))
                return false;
        }
        Val a = ce_expr_as(u, left, TPY_KIND_F64, NULL, -1);
        Val b = ce_expr_as(u, right, TPY_KIND_F64, NULL, -1);
        emit_branch(u, mark, f64_jump(op, when), a.reg, b.reg, patch);
        return true;
    }
    return false;
}
