/* frontend/compile_expr.c: expressions -> register code.
 *
 * ce_expr compiles an expression into a register of the kind its static
 * type asks for (cu_kind_of) and returns it; `dst` >= 0 asks for that
 * register.  Operators pick typed instructions from the operand types (int
 * and float arithmetic, comparisons, str concatenation, list indexing) and
 * fall back to the generic abstract.h operations.  ce_convert inserts the
 * boxing/unboxing and the int -> float promotion at typed boundaries.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile_internal.h"

static Val val(int reg, TpyValueKind kind, bool temp)
{
    return (Val){ reg, kind, temp };
}

static int target_reg(Unit *u, int dst, TpyValueKind kind)
{
    return dst >= 0 ? dst : cu_alloc(u, kind);
}

static TpyValueKind expr_kind(TpyAstExpr *e)
{
    return cu_kind_of(e->type);
}

static bool is_int(TpyType *t)
{
    return cu_is_builtin(t, "int");
}

static bool is_intlike(TpyType *t)
{
    return cu_is_builtin(t, "int") || cu_is_builtin(t, "bool");
}

static bool is_float(TpyType *t)
{
    return cu_is_builtin(t, "float");
}

static bool is_str(TpyType *t)
{
    return cu_is_builtin(t, "str");
}

static bool is_none_type(TpyType *t)
{
    return t != NULL && t->kind == TPY_TYPE_NONE;
}

/* ---------------------------------------------------------------- conversions */

Val ce_convert(Unit *u, Val v, TpyType *from, TpyValueKind kind, TpyType *to, int dst)
{
    /* promotion int/bool -> float/complex at typed boundaries */
    bool to_float = kind == TPY_KIND_F64 || (kind == TPY_KIND_OBJ && is_float(to));
    bool to_complex = kind == TPY_KIND_C128 || (kind == TPY_KIND_OBJ && cu_is_builtin(to, "complex"));
    bool from_int = false;
    if (v.kind == TPY_KIND_I64 && (to_float || to_complex || kind == TPY_KIND_OBJ) &&
        (is_intlike(to) || to_float || to_complex)) {
        if (kind == TPY_KIND_OBJ && !to_float && !to_complex) {
            int r = target_reg(u, dst, TPY_KIND_OBJ);
            cu_emit(u, TPY_OP_BOX_BOOL, (uint32_t)r, (uint32_t)v.reg);
            return val(r, TPY_KIND_OBJ, dst < 0);
        }
        int r = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_BOOL_TO_INT, (uint32_t)r, (uint32_t)v.reg);
        v = val(r, TPY_KIND_OBJ, true);
        from_int = true;
    }
    if (v.kind == TPY_KIND_OBJ && (to_float || to_complex) && (from_int || is_intlike(from))) {
        int r = (kind == TPY_KIND_F64 && dst >= 0) ? dst : cu_alloc(u, TPY_KIND_F64);
        cu_emit(u, TPY_OP_INT_TO_F64, (uint32_t)r, (uint32_t)v.reg);
        v = val(r, TPY_KIND_F64, dst < 0 || r != dst);
        from = NULL;
        from_int = false;
    }
    if (v.kind == TPY_KIND_F64 && to_complex) {
        int r = (kind == TPY_KIND_C128 && dst >= 0) ? dst : cu_alloc(u, TPY_KIND_C128);
        cu_emit(u, TPY_OP_F64_TO_C128, (uint32_t)r, (uint32_t)v.reg);
        v = val(r, TPY_KIND_C128, true);
    }
    if (v.kind == kind) {
        if (dst >= 0 && dst != v.reg) {
            TpyOpcode op = kind == TPY_KIND_OBJ ? TPY_OP_MOVE
                           : kind == TPY_KIND_C128 ? TPY_OP_MOVE_C128 : TPY_OP_MOVE_VAL;
            cu_emit(u, op, (uint32_t)dst, (uint32_t)v.reg);
            return val(dst, kind, false);
        }
        return v;
    }
    int r = target_reg(u, dst, kind);
    if (kind == TPY_KIND_OBJ) {
        TpyOpcode op = v.kind == TPY_KIND_F64 ? TPY_OP_BOX_F64
                       : v.kind == TPY_KIND_I64 ? TPY_OP_BOX_BOOL : TPY_OP_BOX_C128;
        cu_emit(u, op, (uint32_t)r, (uint32_t)v.reg);
    } else if (v.kind == TPY_KIND_OBJ) {
        TpyOpcode op = kind == TPY_KIND_F64 ? TPY_OP_UNBOX_F64
                       : kind == TPY_KIND_I64 ? TPY_OP_UNBOX_BOOL : TPY_OP_UNBOX_C128;
        cu_emit(u, op, (uint32_t)r, (uint32_t)v.reg);
    } else if (v.kind == TPY_KIND_F64 && kind == TPY_KIND_I64) {
        cu_emit(u, TPY_OP_TRUTH_F64, (uint32_t)r, (uint32_t)v.reg);
    } else {
        /* go through an object */
        int t = cu_alloc(u, TPY_KIND_OBJ);
        Val b = ce_convert(u, v, from, TPY_KIND_OBJ, NULL, t);
        return ce_convert(u, b, from, kind, to, r);
    }
    return val(r, kind, dst < 0);
}

Val ce_expr_as(Unit *u, TpyAstExpr *e, TpyValueKind kind, TpyType *target_type, int dst)
{
    TpyValueKind ek = expr_kind(e);
    Val v = ce_expr(u, e, (ek == kind && dst >= 0) ? dst : -1);
    return ce_convert(u, v, e->type, kind, target_type, dst);
}

/* ---------------------------------------------------------------- names */

static bool scope_is_module(const TpyScope *s)
{
    return s != NULL && s->kind == TPY_SCOPE_MODULE;
}

/* Emit code to get the module object named `name` into register r. */
static void load_module(Unit *u, const char *name, int r)
{
    cu_emit(u, TPY_OP_IMPORT, (uint32_t)r, (uint32_t)cu_const_str(u, name));
}

/* __name__, __file__ or __doc__ of the builtins stub (a module's own attributes). */
static bool is_builtins_module_dunder(const TpySymbol *sym)
{
    const TpyScope *scope = sym->scope;
    bool in_builtins = scope != NULL &&
        (scope->kind == TPY_SCOPE_BUILTINS ||
         (scope_is_module(scope) && scope->module != NULL && scope->module->is_stub &&
          strcmp(scope->module->name, "builtins") == 0));
    return in_builtins && (strcmp(sym->name, "__name__") == 0 || strcmp(sym->name, "__file__") == 0 ||
                           strcmp(sym->name, "__doc__") == 0);
}

void ce_load_symbol(Unit *u, const TpySymbol *sym, int dst, TpyValueKind kind, int line)
{
    (void)line;
    SymReg *l = cu_local(u, sym);
    if (l != NULL) {
        if (l->cell) {
            cu_emit(u, TPY_OP_LOAD_CELL, (uint32_t)dst, (uint32_t)l->reg,
                    (uint32_t)cu_const_str(u, sym->name));
        } else {
            TpyOpcode op = kind == TPY_KIND_OBJ ? TPY_OP_MOVE
                           : kind == TPY_KIND_C128 ? TPY_OP_MOVE_C128 : TPY_OP_MOVE_VAL;
            if (dst != l->reg)
                cu_emit(u, op, (uint32_t)dst, (uint32_t)l->reg);
        }
        return;
    }
    const TpyScope *scope = sym->scope;
    if (is_builtins_module_dunder(sym) && u->module != NULL) {
        /* builtins.pyi declares the attributes every module has (__name__, ...);
         * they name the module running the code, not builtins. */
        if (strcmp(sym->name, "__name__") == 0) {
            cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)dst, (uint32_t)cu_const_str(u, u->module->name));
            return;
        }
        int mr = cu_alloc(u, TPY_KIND_OBJ);
        load_module(u, u->module->name, mr);
        cu_emit(u, TPY_OP_GETATTR, (uint32_t)dst, (uint32_t)mr, (uint32_t)cu_const_str(u, sym->name));
        return;
    }
    if (scope_is_module(scope)) {
        TpyModuleInfo *m = scope->module;
        if (m == u->module) {
            TpyOpcode op = kind == TPY_KIND_OBJ ? TPY_OP_LOAD_GLOBAL
                           : kind == TPY_KIND_C128 ? TPY_OP_LOAD_GLOBAL_C128 : TPY_OP_LOAD_GLOBAL_VAL;
            cu_emit(u, op, (uint32_t)dst, (uint32_t)sym->index);
            return;
        }
        if (m != NULL && m->is_stub) {
            if (strcmp(m->name, "builtins") == 0 && sym->kind == TPY_SYM_CLASS) {
                TpyObject *t = tpy_cg_builtin_type(sym->name);
                if (t != NULL) {
                    cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)dst, (uint32_t)cu_const(u, tpy_cg_newref(t)));
                    return;
                }
            }
            int mr = cu_alloc(u, TPY_KIND_OBJ);
            load_module(u, m->name, mr);
            cu_emit(u, TPY_OP_GETATTR, (uint32_t)dst, (uint32_t)mr, (uint32_t)cu_const_str(u, sym->name));
            return;
        }
        if (m != NULL) {
            int mr = cu_alloc(u, TPY_KIND_OBJ);
            load_module(u, m->name, mr);
            if (kind == TPY_KIND_OBJ)
                cu_emit(u, TPY_OP_LOAD_MODATTR, (uint32_t)dst, (uint32_t)mr, (uint32_t)sym->index);
            else
                cu_emit(u, TPY_OP_LOAD_MODATTR_VAL, (uint32_t)dst, (uint32_t)mr, (uint32_t)sym->index);
            return;
        }
    }
    if (scope != NULL && scope->kind == TPY_SCOPE_BUILTINS) {
        int mr = cu_alloc(u, TPY_KIND_OBJ);
        load_module(u, "builtins", mr);
        cu_emit(u, TPY_OP_GETATTR, (uint32_t)dst, (uint32_t)mr, (uint32_t)cu_const_str(u, sym->name));
        return;
    }
    if (u->parent != NULL) {
        int idx = cu_freevar(u, sym);
        cu_emit(u, TPY_OP_LOAD_DEREF, (uint32_t)dst, (uint32_t)idx, (uint32_t)cu_const_str(u, sym->name));
        return;
    }
    cu_error(u, u->line, "cannot resolve name '%s'", sym->name);
}

/* Storage kind of a symbol's variable. */
static TpyValueKind storage_kind(const TpySymbol *sym)
{
    return cu_storage_kind(sym);
}

void ce_store_symbol(Unit *u, const TpySymbol *sym, Val v)
{
    TpyValueKind kind = storage_kind(sym);
    SymReg *l = cu_local(u, sym);
    if (l != NULL) {
        if (l->cell) {
            Val c = ce_convert(u, v, NULL, kind, sym->type, -1);
            cu_emit(u, TPY_OP_STORE_CELL, (uint32_t)l->reg, (uint32_t)c.reg);
        } else {
            ce_convert(u, v, NULL, kind, sym->type, l->reg);
            da_assign(u, sym);
        }
        return;
    }
    Val c = ce_convert(u, v, NULL, kind, sym->type, -1);
    const TpyScope *scope = sym->scope;
    if (scope_is_module(scope) && scope->module == u->module) {
        TpyOpcode op = kind == TPY_KIND_OBJ ? TPY_OP_STORE_GLOBAL
                       : kind == TPY_KIND_C128 ? TPY_OP_STORE_GLOBAL_C128 : TPY_OP_STORE_GLOBAL_VAL;
        cu_emit(u, op, (uint32_t)sym->index, (uint32_t)c.reg);
        return;
    }
    if (scope_is_module(scope) && scope->module != NULL && !scope->module->is_stub) {
        int mr = cu_alloc(u, TPY_KIND_OBJ);
        load_module(u, scope->module->name, mr);
        Val b = ce_convert(u, c, NULL, TPY_KIND_OBJ, sym->type, -1);
        cu_emit(u, TPY_OP_SETATTR, (uint32_t)mr, (uint32_t)cu_const_str(u, sym->name), (uint32_t)b.reg);
        return;
    }
    if (u->parent != NULL && !scope_is_module(scope)) {
        int idx = cu_freevar(u, sym);
        cu_emit(u, TPY_OP_STORE_DEREF, (uint32_t)idx, (uint32_t)c.reg);
        return;
    }
    cu_error(u, u->line, "cannot store to '%s'", sym->name);
}

static Val ce_name(Unit *u, TpyAstExpr *e, int dst)
{
    const TpySymbol *sym = e->u.name.sym;
    if (sym == NULL) {
        cu_error(u, e->pos.line, "unresolved name '%s'", e->u.name.id);
        return val(0, TPY_KIND_OBJ, false);
    }
    TpyValueKind sk = storage_kind(sym);
    TpyValueKind ek = expr_kind(e);
    SymReg *l = cu_local(u, sym);
    Val v;
    /* possibly unbound (del, or assigned on some paths only): see compile_defassign.c */
    bool check = l != NULL && !l->cell && !da_is_assigned(u, sym);
    if (check && sk != TPY_KIND_OBJ) {
        da_need_box(u, sym);   /* this attempt's code is thrown away */
        check = false;
    }
    if (l != NULL && !l->cell && (dst < 0 || sk != ek)) {
        v = val(l->reg, sk, false);
        if (check && !(sym->flags & TPY_SYMF_IMPORTED)) {
            cu_emit(u, TPY_OP_CHECK_BOUND, (uint32_t)l->reg, (uint32_t)cu_const_str(u, sym->name));
            da_assign(u, sym);
        }
    } else {
        int r = (dst >= 0 && sk == ek) ? dst : cu_alloc(u, sk);
        if (check) {
            cu_emit(u, TPY_OP_CHECK_BOUND, (uint32_t)l->reg, (uint32_t)cu_const_str(u, sym->name));
            da_assign(u, sym);
        }
        ce_load_symbol(u, sym, r, sk, e->pos.line);
        v = val(r, sk, !(dst >= 0 && sk == ek));
        if (v.temp && (is_int(sym->type) || is_str(sym->type)))
            cu_mark_clear(u, r, false);
    }
    return ce_convert(u, v, sym->type, ek, e->type, dst);
}

/* ---------------------------------------------------------------- constants */

static Val ce_constant(Unit *u, TpyAstExpr *e, int dst)
{
    switch (e->u.constant.kind) {
    case TPY_CONST_NONE: {
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_LOAD_NONE, (uint32_t)r);
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    case TPY_CONST_TRUE: case TPY_CONST_FALSE: {
        int r = target_reg(u, dst, TPY_KIND_I64);
        cu_emit(u, TPY_OP_LOAD_I64, (uint32_t)r, (uint32_t)(e->u.constant.kind == TPY_CONST_TRUE));
        return val(r, TPY_KIND_I64, dst < 0);
    }
    case TPY_CONST_ELLIPSIS: {
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)r, (uint32_t)cu_const(u, tpy_cg_ellipsis()));
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    case TPY_CONST_INT: {
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        int64_t v = e->u.constant.int_value;
        if (!e->u.constant.int_big && v >= INT32_MIN && v <= INT32_MAX) {
            cu_emit(u, TPY_OP_LOAD_SMALLINT, (uint32_t)r, (uint32_t)(int32_t)v);
        } else {
            const char *t = e->u.constant.int_text;
            TpyObject *o = e->u.constant.int_big && t != NULL ? tpy_cg_int_text(t) : tpy_cg_int(v);
            cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)r, (uint32_t)cu_const(u, o));
        }
        cu_mark_clear(u, r, false);
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    case TPY_CONST_FLOAT: {
        int r = target_reg(u, dst, TPY_KIND_F64);
        cu_emit(u, TPY_OP_LOAD_F64, (uint32_t)r,
                (uint32_t)cu_const(u, tpy_cg_float(e->u.constant.float_value)));
        return val(r, TPY_KIND_F64, dst < 0);
    }
    case TPY_CONST_IMAG: {
        int r = target_reg(u, dst, TPY_KIND_C128);
        cu_emit(u, TPY_OP_LOAD_C128, (uint32_t)r,
                (uint32_t)cu_const(u, tpy_cg_complex(0.0, e->u.constant.float_value)));
        return val(r, TPY_KIND_C128, dst < 0);
    }
    case TPY_CONST_STR: {
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        TpyObject *s = e->u.constant.str_len < 40 && strlen(e->u.constant.str) == e->u.constant.str_len
                           ? tpy_cg_str_interned(e->u.constant.str)
                           : tpy_cg_str(e->u.constant.str, e->u.constant.str_len);
        cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)r, (uint32_t)cu_const(u, s));
        cu_mark_clear(u, r, false);
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    case TPY_CONST_BYTES: {
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)r,
                (uint32_t)cu_const(u, tpy_cg_bytes(e->u.constant.str, e->u.constant.str_len)));
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    }
    return val(0, TPY_KIND_OBJ, false);
}

/* ---------------------------------------------------------------- operators */

static int rt_binop(TpyBinOp op)
{
    switch (op) {
    case TPY_BINOP_ADD: return TPY_CG_ADD;
    case TPY_BINOP_SUB: return TPY_CG_SUB;
    case TPY_BINOP_MULT: return TPY_CG_MUL;
    case TPY_BINOP_MATMULT: return TPY_CG_MATMUL;
    case TPY_BINOP_DIV: return TPY_CG_TRUEDIV;
    case TPY_BINOP_MOD: return TPY_CG_MOD;
    case TPY_BINOP_POW: return TPY_CG_POW;
    case TPY_BINOP_LSHIFT: return TPY_CG_LSHIFT;
    case TPY_BINOP_RSHIFT: return TPY_CG_RSHIFT;
    case TPY_BINOP_BITOR: return TPY_CG_OR;
    case TPY_BINOP_BITXOR: return TPY_CG_XOR;
    case TPY_BINOP_BITAND: return TPY_CG_AND;
    case TPY_BINOP_FLOORDIV: return TPY_CG_FLOORDIV;
    }
    return TPY_CG_ADD;
}

/* Binary operation on already-typed operand expressions.  `inplace` for +=. */
Val ce_binop_values(Unit *u, TpyBinOp op, TpyAstExpr *left, TpyAstExpr *right, TpyType *rtype,
                    int dst, bool inplace);

Val ce_binop_values(Unit *u, TpyBinOp op, TpyAstExpr *left, TpyAstExpr *right, TpyType *rtype,
                    int dst, bool inplace)
{
    TpyType *lt = left->type, *rt = right->type;
    int mark = u->tmp_top;
    TpyValueKind rk = cu_kind_of(rtype);
    /* int op int -> int */
    if (is_intlike(lt) && is_intlike(rt) && (is_int(rtype) || (op == TPY_BINOP_DIV && is_float(rtype)))) {
        static const TpyOpcode int_ops[] = {
            [TPY_BINOP_ADD] = TPY_OP_ADD_INT, [TPY_BINOP_SUB] = TPY_OP_SUB_INT,
            [TPY_BINOP_MULT] = TPY_OP_MUL_INT, [TPY_BINOP_FLOORDIV] = TPY_OP_FLOORDIV_INT,
            [TPY_BINOP_MOD] = TPY_OP_MOD_INT, [TPY_BINOP_POW] = TPY_OP_POW_INT,
            [TPY_BINOP_LSHIFT] = TPY_OP_LSHIFT_INT, [TPY_BINOP_RSHIFT] = TPY_OP_RSHIFT_INT,
            [TPY_BINOP_BITAND] = TPY_OP_AND_INT, [TPY_BINOP_BITOR] = TPY_OP_OR_INT,
            [TPY_BINOP_BITXOR] = TPY_OP_XOR_INT, [TPY_BINOP_DIV] = TPY_OP_TRUEDIV_INT,
        };
        TpyOpcode o = int_ops[op];
        if ((op == TPY_BINOP_ADD || op == TPY_BINOP_SUB) && is_int(rt) &&
            right->kind == TPY_EXPR_CONSTANT && right->u.constant.kind == TPY_CONST_INT &&
            !right->u.constant.int_big && right->u.constant.int_value > -(1 << 30) &&
            right->u.constant.int_value < (1 << 30)) {
            /* n + 1, n - 1: the constant as an immediate operand */
            int64_t c = right->u.constant.int_value;
            int r = dst >= 0 ? dst : cu_alloc(u, rk);
            int opmark = u->tmp_top;
            Val a = ce_expr_as(u, left, TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, TPY_OP_ADD_INT_IMM, (uint32_t)r, (uint32_t)a.reg,
                    (uint32_t)(int32_t)(op == TPY_BINOP_SUB ? -c : c));
            cu_free_to(u, opmark);
            if (dst < 0 && rk == TPY_KIND_OBJ)
                cu_mark_clear(u, r, false);
            return val(r, rk, dst < 0);
        }
        if (o != 0 || op == TPY_BINOP_ADD) {
            int r = dst >= 0 ? dst : cu_alloc(u, rk);
            int opmark = u->tmp_top;
            Val a = ce_expr_as(u, left, TPY_KIND_OBJ, NULL, -1);
            Val b = ce_expr_as(u, right, TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, o, (uint32_t)r, (uint32_t)a.reg, (uint32_t)b.reg);
            cu_free_to(u, opmark);
            if (dst < 0 && rk == TPY_KIND_OBJ)
                cu_mark_clear(u, r, false);
            (void)mark;
            return val(r, rk, dst < 0);
        }
    }
    /* float arithmetic (ints promoted) */
    if (rk == TPY_KIND_F64 && (is_float(lt) || is_intlike(lt)) && (is_float(rt) || is_intlike(rt)) &&
        op != TPY_BINOP_MATMULT && op <= TPY_BINOP_FLOORDIV &&
        (op == TPY_BINOP_ADD || op == TPY_BINOP_SUB || op == TPY_BINOP_MULT || op == TPY_BINOP_DIV ||
         op == TPY_BINOP_MOD || op == TPY_BINOP_POW || op == TPY_BINOP_FLOORDIV)) {
        static const TpyOpcode f_ops[] = {
            [TPY_BINOP_ADD] = TPY_OP_ADD_F64, [TPY_BINOP_SUB] = TPY_OP_SUB_F64,
            [TPY_BINOP_MULT] = TPY_OP_MUL_F64, [TPY_BINOP_DIV] = TPY_OP_DIV_F64,
            [TPY_BINOP_MOD] = TPY_OP_MOD_F64, [TPY_BINOP_POW] = TPY_OP_POW_F64,
            [TPY_BINOP_FLOORDIV] = TPY_OP_FLOORDIV_F64,
        };
        int r = target_reg(u, dst, TPY_KIND_F64);
        int opmark = u->tmp_top;
        Val a = ce_expr_as(u, left, TPY_KIND_F64, rtype, -1);
        Val b = ce_expr_as(u, right, TPY_KIND_F64, rtype, -1);
        cu_emit(u, f_ops[op], (uint32_t)r, (uint32_t)a.reg, (uint32_t)b.reg);
        cu_free_to(u, opmark);
        return val(r, TPY_KIND_F64, dst < 0);
    }
    if (rk == TPY_KIND_C128 && (op == TPY_BINOP_ADD || op == TPY_BINOP_SUB || op == TPY_BINOP_MULT ||
                                op == TPY_BINOP_DIV || op == TPY_BINOP_POW)) {
        static const TpyOpcode c_ops[] = {
            [TPY_BINOP_ADD] = TPY_OP_ADD_C128, [TPY_BINOP_SUB] = TPY_OP_SUB_C128,
            [TPY_BINOP_MULT] = TPY_OP_MUL_C128, [TPY_BINOP_DIV] = TPY_OP_DIV_C128,
            [TPY_BINOP_POW] = TPY_OP_POW_C128,
        };
        int r = target_reg(u, dst, TPY_KIND_C128);
        int opmark = u->tmp_top;
        Val a = ce_expr_as(u, left, TPY_KIND_C128, rtype, -1);
        Val b = ce_expr_as(u, right, TPY_KIND_C128, rtype, -1);
        cu_emit(u, c_ops[op], (uint32_t)r, (uint32_t)a.reg, (uint32_t)b.reg);
        cu_free_to(u, opmark);
        return val(r, TPY_KIND_C128, dst < 0);
    }
    /* str + str */
    if (op == TPY_BINOP_ADD && is_str(lt) && is_str(rt) && !inplace) {
        Val a = ce_expr_as(u, left, TPY_KIND_OBJ, NULL, -1);
        Val b = ce_expr_as(u, right, TPY_KIND_OBJ, NULL, -1);
        int r = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_STR_CONCAT, (uint32_t)r, (uint32_t)a.reg, (uint32_t)b.reg);
        return ce_convert(u, val(r, TPY_KIND_OBJ, true), rtype, rk, rtype, dst);
    }
    /* generic */
    Val a = ce_expr_as(u, left, TPY_KIND_OBJ, NULL, -1);
    Val b = ce_expr_as(u, right, TPY_KIND_OBJ, NULL, -1);
    int r = cu_alloc(u, TPY_KIND_OBJ);
    if (op == TPY_BINOP_POW && !inplace)
        cu_emit(u, TPY_OP_POWER, (uint32_t)r, (uint32_t)a.reg, (uint32_t)b.reg);
    else
        cu_emit(u, inplace ? TPY_OP_INPLACE : TPY_OP_BINARY, (uint32_t)r, (uint32_t)a.reg,
                (uint32_t)b.reg, (uint32_t)rt_binop(op));
    return ce_convert(u, val(r, TPY_KIND_OBJ, true), rtype, rk, rtype, dst);
}

static Val ce_unary(Unit *u, TpyAstExpr *e, int dst)
{
    TpyAstExpr *x = e->u.unaryop.operand;
    TpyValueKind rk = expr_kind(e);
    if (e->u.unaryop.op == TPY_UNARY_NOT) {
        int c = ce_cond(u, x);
        int r = target_reg(u, dst >= 0 && rk == TPY_KIND_I64 ? dst : -1, TPY_KIND_I64);
        cu_emit(u, TPY_OP_NOT, (uint32_t)r, (uint32_t)c);
        return ce_convert(u, val(r, TPY_KIND_I64, true), e->type, rk, e->type, dst);
    }
    if (e->u.unaryop.op == TPY_UNARY_USUB && is_int(x->type) && x->kind == TPY_EXPR_CONSTANT &&
        x->u.constant.kind == TPY_CONST_INT && !x->u.constant.int_big &&
        x->u.constant.int_value <= INT32_MAX) {
        /* -1: a negative literal, folded */
        int r = target_reg(u, dst >= 0 && rk == TPY_KIND_OBJ ? dst : -1, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_LOAD_SMALLINT, (uint32_t)r, (uint32_t)(int32_t)-x->u.constant.int_value);
        cu_mark_clear(u, r, false);
        return ce_convert(u, val(r, TPY_KIND_OBJ, dst < 0 || rk != TPY_KIND_OBJ), e->type, rk, e->type, dst);
    }
    if (is_intlike(x->type) && is_int(e->type) &&
        (e->u.unaryop.op == TPY_UNARY_USUB || e->u.unaryop.op == TPY_UNARY_INVERT)) {
        Val a = ce_expr_as(u, x, TPY_KIND_OBJ, NULL, -1);
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        cu_emit(u, e->u.unaryop.op == TPY_UNARY_USUB ? TPY_OP_NEG_INT : TPY_OP_INVERT_INT,
                (uint32_t)r, (uint32_t)a.reg);
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    if (rk == TPY_KIND_F64 && e->u.unaryop.op == TPY_UNARY_USUB) {
        Val a = ce_expr_as(u, x, TPY_KIND_F64, e->type, -1);
        int r = target_reg(u, dst, TPY_KIND_F64);
        cu_emit(u, TPY_OP_NEG_F64, (uint32_t)r, (uint32_t)a.reg);
        return val(r, TPY_KIND_F64, dst < 0);
    }
    if (rk == TPY_KIND_C128 && e->u.unaryop.op == TPY_UNARY_USUB) {
        Val a = ce_expr_as(u, x, TPY_KIND_C128, e->type, -1);
        int r = target_reg(u, dst, TPY_KIND_C128);
        cu_emit(u, TPY_OP_NEG_C128, (uint32_t)r, (uint32_t)a.reg);
        return val(r, TPY_KIND_C128, dst < 0);
    }
    if (e->u.unaryop.op == TPY_UNARY_UADD && (rk == TPY_KIND_F64 || rk == TPY_KIND_C128))
        return ce_expr_as(u, x, rk, e->type, dst);
    int op = e->u.unaryop.op == TPY_UNARY_USUB ? TPY_CG_NEG
             : e->u.unaryop.op == TPY_UNARY_UADD ? TPY_CG_POS : TPY_CG_INVERT;
    Val a = ce_expr_as(u, x, TPY_KIND_OBJ, NULL, -1);
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_UNARY, (uint32_t)r, (uint32_t)a.reg, (uint32_t)op);
    return ce_convert(u, val(r, TPY_KIND_OBJ, true), e->type, rk, e->type, dst);
}

/* ---------------------------------------------------------------- truth */

static int truth_of(Unit *u, Val v, TpyType *t)
{
    if (v.kind == TPY_KIND_I64)
        return v.reg;
    int r = cu_alloc(u, TPY_KIND_I64);
    switch (v.kind) {
    case TPY_KIND_F64: cu_emit(u, TPY_OP_TRUTH_F64, (uint32_t)r, (uint32_t)v.reg); break;
    case TPY_KIND_C128: cu_emit(u, TPY_OP_TRUTH_C128, (uint32_t)r, (uint32_t)v.reg); break;
    default:
        cu_emit(u, is_int(t) ? TPY_OP_TRUTH_INT : TPY_OP_TRUTH, (uint32_t)r, (uint32_t)v.reg);
    }
    return r;
}

int ce_cond(Unit *u, TpyAstExpr *e)
{
    if (e->kind == TPY_EXPR_BOOLOP) {
        int r = cu_alloc(u, TPY_KIND_I64);
        int patches[64], np = 0;
        bool is_and = e->u.boolop.op == TPY_BOOLOP_AND;
        if (e->u.boolop.values.count > 64)
            cu_error(u, e->pos.line, "too many operands of 'and'/'or' (tpy's limit is 64)");
        DaState first = { 0 };
        for (int i = 0; i < e->u.boolop.values.count; i++) {
            int mark = u->tmp_top;
            if (i == 1)
                first = da_save(u);   /* later operands may not run */
            int c = ce_cond(u, e->u.boolop.values.items[i]);
            if (c != r)
                cu_emit(u, TPY_OP_MOVE_VAL, (uint32_t)r, (uint32_t)c);
            cu_free_to(u, mark);
            if (i + 1 < e->u.boolop.values.count && np < 64)
                patches[np++] = cu_emit(u, is_and ? TPY_OP_JUMP_IF_FALSE : TPY_OP_JUMP_IF_TRUE,
                                        (uint32_t)r, 0u);
        }
        int end = cu_here(u);
        for (int i = 0; i < np; i++)
            cu_patch_jump(u, patches[i], end);
        if (e->u.boolop.values.count > 1) {
            da_restore(u, &first);
            da_free(&first);
        }
        return r;
    }
    if (e->kind == TPY_EXPR_UNARYOP && e->u.unaryop.op == TPY_UNARY_NOT) {
        int c = ce_cond(u, e->u.unaryop.operand);
        int r = cu_alloc(u, TPY_KIND_I64);
        cu_emit(u, TPY_OP_NOT, (uint32_t)r, (uint32_t)c);
        return r;
    }
    Val v = ce_expr(u, e, -1);
    if (is_none_type(e->type)) {
        int r = cu_alloc(u, TPY_KIND_I64);
        cu_emit(u, TPY_OP_LOAD_I64, (uint32_t)r, 0u);
        return r;
    }
    return truth_of(u, v, e->type);
}

/* How many conditional jumps ce_jump_if may emit for e (at most). */
static int jump_leaves(TpyAstExpr *e)
{
    if (e->kind == TPY_EXPR_UNARYOP && e->u.unaryop.op == TPY_UNARY_NOT)
        return jump_leaves(e->u.unaryop.operand);
    if (e->kind == TPY_EXPR_BOOLOP) {
        int n = 0;
        for (int i = 0; i < e->u.boolop.values.count && n < CE_JUMPS; i++)
            n += jump_leaves(e->u.boolop.values.items[i]);
        return n;
    }
    if (e->kind == TPY_EXPR_COMPARE)
        return e->u.compare.comparators.count;
    return 1;
}

/* A chain `a < b < c` whose inner operands can be read twice (names and
 * literals) is `a < b and b < c` without a flag. */
static bool chain_splits(TpyAstExpr *e)
{
    if (e->kind != TPY_EXPR_COMPARE || e->u.compare.comparators.count < 2 ||
        !cu_is_builtin(e->type, "bool"))
        return false;
    for (int i = 0; i + 1 < e->u.compare.comparators.count; i++) {
        TpyAstExpr *x = e->u.compare.comparators.items[i];
        if (x->kind != TPY_EXPR_NAME && x->kind != TPY_EXPR_CONSTANT)
            return false;
    }
    return true;
}

/* Part i of a chain as a one-comparison expression (on the C stack). */
static TpyAstExpr chain_part(TpyAstExpr *e, int i)
{
    TpyAstExpr p;   /* nodes are allocated to their kind's size: copy fields, not *e */
    memset(&p, 0, sizeof p);
    p.kind = e->kind;
    p.pos = e->pos;
    p.type = e->type;
    p.u.compare.left = i == 0 ? e->u.compare.left : e->u.compare.comparators.items[i - 1];
    p.u.compare.ops = &e->u.compare.ops[i];
    p.u.compare.comparators.items = &e->u.compare.comparators.items[i];
    p.u.compare.comparators.count = 1;
    return p;
}

/* Conditional jumps for `and`/`or` and split chains, no flag register:
 * `a or b` jumps to the target when a is true, and so on.  A jump "past"
 * the rest (`a or b` when false: a true skips the test of b) lands right
 * after the last jump, where the caller's fall-through code starts.  Stores
 * in the operands after the first may not run (compile_defassign.c). */
static void jump_if_parts(Unit *u, TpyAstExpr *e, bool when, int *patch_list, int *npatch)
{
    bool is_chain = e->kind == TPY_EXPR_COMPARE;
    bool is_and = is_chain || e->u.boolop.op == TPY_BOOLOP_AND;
    int n = is_chain ? e->u.compare.comparators.count : e->u.boolop.values.count;
    /* `and` when true / `or` when false: all but the last skip past */
    bool skip = is_and == when;
    int past[CE_JUMPS], npast = 0;
    DaState first = { 0 };
    for (int i = 0; i < n; i++) {
        if (i == 1)
            first = da_save(u);
        TpyAstExpr part, *x;
        if (is_chain) {
            part = chain_part(e, i);
            x = &part;
        } else {
            x = e->u.boolop.values.items[i];
        }
        if (i + 1 < n && skip)
            ce_jump_if(u, x, !when, past, &npast);
        else
            ce_jump_if(u, x, when, patch_list, npatch);
    }
    int here = cu_here(u);
    for (int i = 0; i < npast; i++)
        cu_patch_jump(u, past[i], here);
    if (n > 1) {
        da_restore(u, &first);
        da_free(&first);
    }
}

void ce_jump_if(Unit *u, TpyAstExpr *e, bool when, int *patch_list, int *npatch)
{
    int mark = u->tmp_top;
    if (e->kind == TPY_EXPR_UNARYOP && e->u.unaryop.op == TPY_UNARY_NOT) {
        ce_jump_if(u, e->u.unaryop.operand, !when, patch_list, npatch);
        return;
    }
    if ((e->kind == TPY_EXPR_BOOLOP || chain_splits(e)) &&
        *npatch + jump_leaves(e) < CE_JUMPS) {
        jump_if_parts(u, e, when, patch_list, npatch);
        return;
    }
    int at;
    if (ci_jump_compare(u, e, when, &at)) {
        cu_free_to(u, mark);
        patch_list[(*npatch)++] = at;
        return;
    }
    int c = ce_cond(u, e);
    cu_free_to(u, mark);
    patch_list[(*npatch)++] = cu_emit(u, when ? TPY_OP_JUMP_IF_TRUE : TPY_OP_JUMP_IF_FALSE,
                                      (uint32_t)c, 0u);
}

static Val ce_boolop(Unit *u, TpyAstExpr *e, int dst)
{
    TpyValueKind rk = expr_kind(e);
    if (rk == TPY_KIND_I64) {
        int c = ce_cond(u, e);
        return ce_convert(u, val(c, TPY_KIND_I64, true), e->type, rk, e->type, dst);
    }
    int r = target_reg(u, dst, rk);
    int patches[64], np = 0;
    bool is_and = e->u.boolop.op == TPY_BOOLOP_AND;
    int n = e->u.boolop.values.count;
    if (n > 64)
        cu_error(u, e->pos.line, "too many operands of 'and'/'or' (tpy's limit is 64)");
    DaState first = { 0 };
    for (int i = 0; i < n; i++) {
        TpyAstExpr *x = e->u.boolop.values.items[i];
        int mark = u->tmp_top;
        if (i == 1)
            first = da_save(u);   /* later operands may not run */
        if (i + 1 < n) {
            Val v = ce_expr(u, x, -1);
            int t = truth_of(u, v, x->type);
            ce_convert(u, v, x->type, rk, e->type, r);
            if (np < 64)
                patches[np++] = cu_emit(u, is_and ? TPY_OP_JUMP_IF_FALSE : TPY_OP_JUMP_IF_TRUE,
                                        (uint32_t)t, 0u);
        } else {
            ce_expr_as(u, x, rk, e->type, r);
        }
        cu_free_to(u, mark > r ? mark : r + 1);
    }
    int end = cu_here(u);
    for (int i = 0; i < np; i++)
        cu_patch_jump(u, patches[i], end);
    if (n > 1) {
        da_restore(u, &first);
        da_free(&first);
    }
    return val(r, rk, dst < 0);
}

/* ---------------------------------------------------------------- comparisons */

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

/* One comparison a op b into I64 register r (a, b already evaluated). */
static void compare_values(Unit *u, TpyCmpOp op, Val a, TpyType *at, Val b, TpyType *bt, int r)
{
    if (op == TPY_CMP_IS || op == TPY_CMP_ISNOT) {
        Val x = ce_convert(u, a, at, TPY_KIND_OBJ, NULL, -1);
        Val y = ce_convert(u, b, bt, TPY_KIND_OBJ, NULL, -1);
        cu_emit(u, op == TPY_CMP_IS ? TPY_OP_IS : TPY_OP_IS_NOT, (uint32_t)r, (uint32_t)x.reg,
                (uint32_t)y.reg);
        return;
    }
    if (op == TPY_CMP_IN || op == TPY_CMP_NOTIN) {
        Val x = ce_convert(u, a, at, TPY_KIND_OBJ, NULL, -1);
        Val y = ce_convert(u, b, bt, TPY_KIND_OBJ, NULL, -1);
        cu_emit(u, TPY_OP_CONTAINS, (uint32_t)r, (uint32_t)y.reg, (uint32_t)x.reg);
        if (op == TPY_CMP_NOTIN)
            cu_emit(u, TPY_OP_NOT, (uint32_t)r, (uint32_t)r);
        return;
    }
    if (is_intlike(at) && is_intlike(bt) && a.kind == TPY_KIND_OBJ && b.kind == TPY_KIND_OBJ) {
        static const TpyOpcode ops[] = {
            [TPY_CMP_EQ] = TPY_OP_EQ_INT, [TPY_CMP_NOTEQ] = TPY_OP_NE_INT, [TPY_CMP_LT] = TPY_OP_LT_INT,
            [TPY_CMP_LTE] = TPY_OP_LE_INT, [TPY_CMP_GT] = TPY_OP_GT_INT, [TPY_CMP_GTE] = TPY_OP_GE_INT,
        };
        cu_emit(u, ops[op], (uint32_t)r, (uint32_t)a.reg, (uint32_t)b.reg);
        return;
    }
    if (a.kind == TPY_KIND_I64 && b.kind == TPY_KIND_I64 && (op == TPY_CMP_EQ || op == TPY_CMP_NOTEQ)) {
        cu_emit(u, op == TPY_CMP_EQ ? TPY_OP_EQ_I64 : TPY_OP_NE_I64, (uint32_t)r, (uint32_t)a.reg,
                (uint32_t)b.reg);
        return;
    }
    if ((is_float(at) || is_intlike(at)) && (is_float(bt) || is_intlike(bt)) &&
        (is_float(at) || is_float(bt))) {
        static const TpyOpcode ops[] = {
            [TPY_CMP_EQ] = TPY_OP_EQ_F64, [TPY_CMP_NOTEQ] = TPY_OP_NE_F64, [TPY_CMP_LT] = TPY_OP_LT_F64,
            [TPY_CMP_LTE] = TPY_OP_LE_F64, [TPY_CMP_GT] = TPY_OP_GT_F64, [TPY_CMP_GTE] = TPY_OP_GE_F64,
        };
        /* int vs float compares exactly (2**53 + 1 > 2.0**53): CMP_INT_F64
         * unless the int is an unboxed bool (exact as a double) */
        bool int_left = !is_float(at) && a.kind == TPY_KIND_OBJ;
        bool int_right = !is_float(bt) && b.kind == TPY_KIND_OBJ;
        if (int_left || int_right) {
            static const int mirror[] = { [TPY_CG_LT] = TPY_CG_GT, [TPY_CG_LE] = TPY_CG_GE,
                                          [TPY_CG_EQ] = TPY_CG_EQ, [TPY_CG_NE] = TPY_CG_NE,
                                          [TPY_CG_GT] = TPY_CG_LT, [TPY_CG_GE] = TPY_CG_LE };
            Val i = int_left ? a : b;
            Val f = ce_convert(u, int_left ? b : a, int_left ? bt : at, TPY_KIND_F64, NULL, -1);
            int cmp = int_left ? rt_cmp(op) : mirror[rt_cmp(op)];
            cu_emit(u, TPY_OP_CMP_INT_F64, (uint32_t)r, (uint32_t)i.reg, (uint32_t)f.reg, (uint32_t)cmp);
            return;
        }
        Val x = ce_convert(u, a, at, TPY_KIND_F64, u->c->module ? NULL : NULL, -1);
        if (x.kind != TPY_KIND_F64)
            x = ce_convert(u, a, at, TPY_KIND_F64, NULL, -1);
        Val y = ce_convert(u, b, bt, TPY_KIND_F64, NULL, -1);
        cu_emit(u, ops[op], (uint32_t)r, (uint32_t)x.reg, (uint32_t)y.reg);
        return;
    }
    if (a.kind == TPY_KIND_C128 && b.kind == TPY_KIND_C128 && (op == TPY_CMP_EQ || op == TPY_CMP_NOTEQ)) {
        cu_emit(u, op == TPY_CMP_EQ ? TPY_OP_EQ_C128 : TPY_OP_NE_C128, (uint32_t)r, (uint32_t)a.reg,
                (uint32_t)b.reg);
        return;
    }
    Val x = ce_convert(u, a, at, TPY_KIND_OBJ, NULL, -1);
    Val y = ce_convert(u, b, bt, TPY_KIND_OBJ, NULL, -1);
    cu_emit(u, TPY_OP_COMPARE_BOOL, (uint32_t)r, (uint32_t)x.reg, (uint32_t)y.reg, (uint32_t)rt_cmp(op));
}

static Val ce_compare(Unit *u, TpyAstExpr *e, int dst)
{
    TpyValueKind rk = expr_kind(e);
    int n = e->u.compare.comparators.count;
    if (n == 1 && rk == TPY_KIND_OBJ) {
        /* a comparison whose result is not a bool (user __eq__ returning object) */
        TpyCmpOp op = e->u.compare.ops[0];
        if (op != TPY_CMP_IS && op != TPY_CMP_ISNOT && op != TPY_CMP_IN && op != TPY_CMP_NOTIN) {
            Val a = ce_expr_as(u, e->u.compare.left, TPY_KIND_OBJ, NULL, -1);
            Val b = ce_expr_as(u, e->u.compare.comparators.items[0], TPY_KIND_OBJ, NULL, -1);
            int r = target_reg(u, dst, TPY_KIND_OBJ);
            cu_emit(u, TPY_OP_COMPARE, (uint32_t)r, (uint32_t)a.reg, (uint32_t)b.reg, (uint32_t)rt_cmp(op));
            return val(r, TPY_KIND_OBJ, dst < 0);
        }
    }
    int r = cu_alloc(u, TPY_KIND_I64);
    int patches[64], np = 0;
    TpyAstExpr *left = e->u.compare.left;
    Val a = ce_expr(u, left, -1);
    TpyType *at = left->type;
    DaState first = { 0 };
    for (int i = 0; i < n; i++) {
        TpyAstExpr *right = e->u.compare.comparators.items[i];
        if (i == 1)
            first = da_save(u);   /* later comparisons may not run */
        Val b = ce_expr(u, right, -1);
        if (i + 1 < n && b.temp == false && b.kind == TPY_KIND_OBJ) {
            /* keep b alive in a temporary: the next comparison uses it */
        }
        compare_values(u, e->u.compare.ops[i], a, at, b, right->type, r);
        if (i + 1 < n && np < 64)
            patches[np++] = cu_emit(u, TPY_OP_JUMP_IF_FALSE, (uint32_t)r, 0u);
        a = b;
        at = right->type;
    }
    int end = cu_here(u);
    for (int i = 0; i < np; i++)
        cu_patch_jump(u, patches[i], end);
    if (n > 1) {
        da_restore(u, &first);
        da_free(&first);
    }
    return ce_convert(u, val(r, TPY_KIND_I64, true), e->type, rk, e->type, dst);
}

/* ---------------------------------------------------------------- containers */

static TpyType *elem_type(TpyType *t, int i)
{
    if (t == NULL)
        return NULL;
    if (t->kind == TPY_TYPE_TUPLE)
        return i < t->count ? t->items[i] : NULL;
    if (t->kind == TPY_TYPE_INSTANCE && t->count > i)
        return t->items[i];
    if (t->kind == TPY_TYPE_INSTANCE && t->count > 0)
        return t->items[0];
    return NULL;
}

static bool has_starred(TpyAstExprList *l)
{
    for (int i = 0; i < l->count; i++)
        if (l->items[i]->kind == TPY_EXPR_STARRED)
            return true;
    return false;
}

static Val ce_sequence(Unit *u, TpyAstExpr *e, int dst, TpyOpcode build)
{
    TpyAstExprList *elts = e->kind == TPY_EXPR_SET ? &e->u.set.elts : &e->u.list.elts;
    int n = elts->count;
    if (has_starred(elts)) {
        int l = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_BUILD_LIST, (uint32_t)l, (uint32_t)l, 0u);
        for (int i = 0; i < n; i++) {
            int mark = u->tmp_top;
            TpyAstExpr *x = elts->items[i];
            if (x->kind == TPY_EXPR_STARRED) {
                Val v = ce_expr_as(u, x->u.starred.value, TPY_KIND_OBJ, NULL, -1);
                cu_emit(u, TPY_OP_LIST_EXTEND, (uint32_t)l, (uint32_t)v.reg);
            } else {
                Val v = ce_expr_as(u, x, TPY_KIND_OBJ, elem_type(e->type, i), -1);
                cu_emit(u, TPY_OP_LIST_APPEND, (uint32_t)l, (uint32_t)v.reg);
            }
            cu_free_to(u, mark);
        }
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        if (build == TPY_OP_BUILD_TUPLE) {
            cu_emit(u, TPY_OP_LIST_TO_TUPLE, (uint32_t)r, (uint32_t)l);
        } else if (build == TPY_OP_BUILD_SET) {
            cu_emit(u, TPY_OP_BUILD_SET, (uint32_t)r, (uint32_t)r, 0u);
            cu_emit(u, TPY_OP_SET_UPDATE, (uint32_t)r, (uint32_t)l);
        } else if (r != l) {
            cu_emit(u, TPY_OP_MOVE, (uint32_t)r, (uint32_t)l);
        }
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    int m = n;
    int mark = u->tmp_top;
    int first = cu_alloc_objs(u, m);
    for (int i = 0; i < m; i++) {
        int inner = u->tmp_top;
        ce_expr_as(u, elts->items[i], TPY_KIND_OBJ, elem_type(e->type, i), first + i);
        cu_free_to(u, inner);
    }
    for (int i = 0; i < m; i++)
        cu_mark_clear(u, first + i, false);
    cu_free_to(u, mark);
    int r = target_reg(u, dst, TPY_KIND_OBJ);
    cu_emit(u, build, (uint32_t)r, (uint32_t)first, (uint32_t)m);
    return val(r, TPY_KIND_OBJ, dst < 0);
}

static Val ce_dict(Unit *u, TpyAstExpr *e, int dst)
{
    int n = e->u.dict.keys.count;
    TpyType *kt = elem_type(e->type, 0), *vt = elem_type(e->type, 1);
    int r = target_reg(u, dst, TPY_KIND_OBJ);
    int d = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_BUILD_DICT, (uint32_t)d, (uint32_t)d, 0u);
    for (int i = 0; i < n; i++) {
        int mark = u->tmp_top;
        TpyAstExpr *k = e->u.dict.keys.items[i];
        Val v = ce_expr_as(u, e->u.dict.values.items[i], TPY_KIND_OBJ, vt, -1);
        if (k == NULL) {
            cu_emit(u, TPY_OP_DICT_UPDATE, (uint32_t)d, (uint32_t)v.reg);
        } else {
            /* CPython evaluates the key first */
            (void)v;
        }
        cu_free_to(u, mark);
    }
    /* evaluate again in the right order (key, then value) */
    cu_free_to(u, d + 1);
    u->nops = u->nops;  /* keep simple: rebuild below */
    (void)kt;
    cu_emit(u, TPY_OP_MOVE, (uint32_t)r, (uint32_t)d);
    return val(r, TPY_KIND_OBJ, dst < 0);
}

static Val ce_dict_ordered(Unit *u, TpyAstExpr *e, int dst)
{
    int n = e->u.dict.keys.count;
    TpyType *kt = elem_type(e->type, 0), *vt = elem_type(e->type, 1);
    int d = target_reg(u, dst, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_BUILD_DICT, (uint32_t)d, (uint32_t)d, 0u);
    for (int i = 0; i < n; i++) {
        int mark = u->tmp_top;
        TpyAstExpr *k = e->u.dict.keys.items[i];
        if (k == NULL) {
            Val v = ce_expr_as(u, e->u.dict.values.items[i], TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, TPY_OP_DICT_UPDATE, (uint32_t)d, (uint32_t)v.reg);
        } else {
            Val kv = ce_expr_as(u, k, TPY_KIND_OBJ, kt, -1);
            Val v = ce_expr_as(u, e->u.dict.values.items[i], TPY_KIND_OBJ, vt, -1);
            cu_emit(u, TPY_OP_DICT_SET, (uint32_t)d, (uint32_t)kv.reg, (uint32_t)v.reg);
        }
        cu_free_to(u, mark);
    }
    return val(d, TPY_KIND_OBJ, dst < 0);
}

/* ---------------------------------------------------------------- subscripts, attributes */

static Val ce_slice_obj(Unit *u, TpyAstExpr *s)
{
    int regs[3];
    TpyAstExpr *parts[3] = { s->u.slice.lower, s->u.slice.upper, s->u.slice.step };
    for (int i = 0; i < 3; i++) {
        if (parts[i] == NULL) {
            regs[i] = -1;
        } else {
            Val v = ce_expr_as(u, parts[i], TPY_KIND_OBJ, NULL, -1);
            regs[i] = v.reg;
        }
    }
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_BUILD_SLICE, (uint32_t)r, regs[0] < 0 ? TPY_NO_REG : (uint32_t)regs[0],
            regs[1] < 0 ? TPY_NO_REG : (uint32_t)regs[1], regs[2] < 0 ? TPY_NO_REG : (uint32_t)regs[2]);
    return val(r, TPY_KIND_OBJ, true);
}

static Val ce_index_value(Unit *u, TpyAstExpr *slice)
{
    if (slice->kind == TPY_EXPR_SLICE)
        return ce_slice_obj(u, slice);
    return ce_expr_as(u, slice, TPY_KIND_OBJ, NULL, -1);
}

/* Is t list[float]?  Its items are float objects (ints are promoted when
 * stored), read and written by LIST_GET_F64 / LIST_SET_F64. */
static bool list_of_float(TpyType *t)
{
    return cu_is_builtin(t, "list") && t->count == 1 && t->items != NULL && is_float(t->items[0]);
}

static Val ce_subscript(Unit *u, TpyAstExpr *e, int dst)
{
    TpyAstExpr *obj = e->u.subscript.value, *slice = e->u.subscript.slice;
    Val o = ce_expr_as(u, obj, TPY_KIND_OBJ, NULL, -1);
    Val k = ce_index_value(u, slice);
    if (cu_is_builtin(obj->type, "list") && is_intlike(slice->type) && list_of_float(obj->type)) {
        int r = expr_kind(e) == TPY_KIND_F64 ? target_reg(u, dst, TPY_KIND_F64) : cu_alloc(u, TPY_KIND_F64);
        cu_emit(u, TPY_OP_LIST_GET_F64, (uint32_t)r, (uint32_t)o.reg, (uint32_t)k.reg);
        return ce_convert(u, val(r, TPY_KIND_F64, r != dst), e->type, expr_kind(e), e->type, dst);
    }
    /* straight into the destination (the instruction reads its operands
     * before it releases the old value, so dst may be one of them) */
    bool direct = dst >= 0 && expr_kind(e) == TPY_KIND_OBJ;
    int r = direct ? dst : cu_alloc(u, TPY_KIND_OBJ);
    if (cu_is_builtin(obj->type, "list") && is_intlike(slice->type))
        cu_emit(u, TPY_OP_LIST_GET, (uint32_t)r, (uint32_t)o.reg, (uint32_t)k.reg);
    else
        cu_emit(u, TPY_OP_GETITEM, (uint32_t)r, (uint32_t)o.reg, (uint32_t)k.reg);
    if (direct)
        return val(r, TPY_KIND_OBJ, false);
    if (is_int(e->type) || is_str(e->type))
        cu_mark_clear(u, r, false);   /* ints and strs are not worth a CLEAR */
    return ce_convert(u, val(r, TPY_KIND_OBJ, true), e->type, expr_kind(e), e->type, dst);
}

/* ---------------------------------------------------------------- user-class attributes */

/* The user class (a class statement of a compiled module) whose instances
 * have static type t, or NULL. */
static TpyClass *user_class(TpyType *t)
{
    if (t == NULL || t->kind != TPY_TYPE_INSTANCE || t->cls == NULL)
        return NULL;
    TpyClass *c = t->cls;
    if (c->def == NULL || (c->flags & (TPY_CLASS_STUB | TPY_CLASS_PROTOCOL)) ||
        cu_builtin_type_object(t) != NULL)
        return NULL;
    return c;
}

/* The member `name` of a user class or of its user bases (the checker's
 * symbol), or NULL. */
static const TpySymbol *user_member(TpyClass *cls, const char *name)
{
    for (TpyClass *c = cls; c != NULL; c = c->base) {
        if (c->def == NULL || (c->flags & (TPY_CLASS_STUB | TPY_CLASS_PROTOCOL)))
            return NULL;
        if (c->members == NULL)
            continue;
        const TpySymbol *sym = tpy_scope_lookup(c->members, name);
        if (sym != NULL)
            return sym;
    }
    return NULL;
}

const TpySymbol *ce_user_field(TpyType *t, const char *name)
{
    TpyClass *cls = user_class(t);
    if (cls == NULL || (cls->flags & TPY_CLASS_NAMEDTUPLE))
        return NULL;
    const TpySymbol *sym = user_member(cls, name);
    if (sym == NULL || !(sym->flags & TPY_SYMF_FIELD) || (sym->flags & TPY_SYMF_CLASSVAR) ||
        sym->kind != TPY_SYM_VAR)
        return NULL;
    for (int i = 0; i < cls->field_count; i++)
        if (cls->fields[i] == sym)
            return sym;
    return NULL;
}

/* The storage kind of a field's slot.  Normally the kind of its type (float
 * fields are unboxed doubles, ...), but an unboxed slot cannot be "unset",
 * and a field with a class-level default in a plain class (`x: float = 1.5`
 * in the body, not a dataclass/NamedTuple, whose __init__ always sets it)
 * must read the class attribute until the instance sets it, and again after
 * `del obj.x`: such a slot holds an object (NULL = unset).  The declaration
 * that introduced the slot decides, so a base class and its subclasses
 * agree on the layout. */
TpyValueKind ce_field_kind(const TpySymbol *field)
{
    const TpySymbol *root = field;
    for (TpyClass *c = field->cls != NULL ? field->cls->base : NULL; c != NULL; c = c->base) {
        if (c->def == NULL || (c->flags & (TPY_CLASS_STUB | TPY_CLASS_PROTOCOL)) || c->members == NULL)
            break;
        const TpySymbol *s = tpy_scope_lookup(c->members, field->name);
        if (s != NULL && (s->flags & TPY_SYMF_FIELD) && !(s->flags & TPY_SYMF_CLASSVAR))
            root = s;
    }
    TpyValueKind k = cu_kind_of(root->type);
    if (k != TPY_KIND_OBJ && (root->flags & TPY_SYMF_HAS_DEFAULT) && root->cls != NULL &&
        !(root->cls->flags & (TPY_CLASS_DATACLASS | TPY_CLASS_NAMEDTUPLE)))
        return TPY_KIND_OBJ;
    return k;
}

static TpyOpcode load_attr_op(TpyValueKind k)
{
    return k == TPY_KIND_OBJ ? TPY_OP_LOAD_ATTR : k == TPY_KIND_C128 ? TPY_OP_LOAD_ATTR_C128
                                                                     : TPY_OP_LOAD_ATTR_VAL;
}

static TpyOpcode store_attr_op(TpyValueKind k)
{
    return k == TPY_KIND_OBJ ? TPY_OP_STORE_ATTR : k == TPY_KIND_C128 ? TPY_OP_STORE_ATTR_C128
                                                                      : TPY_OP_STORE_ATTR_VAL;
}

static Val ce_attribute(Unit *u, TpyAstExpr *e, int dst)
{
    TpyAstExpr *obj = e->u.attribute.value;
    TpyType *ot = obj->type;
    if (ot != NULL && ot->kind == TPY_TYPE_MODULE && ot->module != NULL) {
        TpyModuleInfo *m = ot->module;
        if (m->is_stub || m->scope == NULL) {
            int mr = cu_alloc(u, TPY_KIND_OBJ);
            cu_emit(u, TPY_OP_IMPORT, (uint32_t)mr, (uint32_t)cu_const_str(u, m->name));
            int r = cu_alloc(u, TPY_KIND_OBJ);
            cu_emit(u, TPY_OP_GETATTR, (uint32_t)r, (uint32_t)mr, (uint32_t)cu_const_str(u, e->u.attribute.attr));
            return ce_convert(u, val(r, TPY_KIND_OBJ, true), e->type, expr_kind(e), e->type, dst);
        }
        TpySymbol *sym = tpy_scope_lookup(m->scope, e->u.attribute.attr);
        if (sym != NULL) {
            if ((sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL)) && sym->target != NULL)
                sym = sym->target;
            TpyValueKind sk = storage_kind(sym);
            int r = cu_alloc(u, sk);
            ce_load_symbol(u, sym, r, sk, e->pos.line);
            return ce_convert(u, val(r, sk, true), sym->type, expr_kind(e), e->type, dst);
        }
    }
    const TpySymbol *field = ce_user_field(ot, e->u.attribute.attr);
    if (field != NULL) {
        /* a field: typed, inline-cached load in the field's own kind */
        TpyValueKind fk = ce_field_kind(field);
        Val o = ce_expr_as(u, obj, TPY_KIND_OBJ, NULL, -1);
        int r = fk == expr_kind(e) ? target_reg(u, dst, fk) : cu_alloc(u, fk);
        cu_emit(u, load_attr_op(fk), (uint32_t)r, (uint32_t)o.reg,
                (uint32_t)cu_const_str(u, e->u.attribute.attr), 0u);
        return ce_convert(u, val(r, fk, r != dst), e->type, expr_kind(e), e->type, dst);
    }
    Val o = ce_expr_as(u, obj, TPY_KIND_OBJ, NULL, -1);
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_GETATTR, (uint32_t)r, (uint32_t)o.reg, (uint32_t)cu_const_str(u, e->u.attribute.attr));
    return ce_convert(u, val(r, TPY_KIND_OBJ, true), e->type, expr_kind(e), e->type, dst);
}

/* ---------------------------------------------------------------- f-strings */

static Val ce_joinedstr(Unit *u, TpyAstExpr *e, int dst)
{
    int n = e->u.joinedstr.values.count;
    if (n == 0) {
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)r, (uint32_t)cu_const(u, tpy_cg_str("", 0)));
        return val(r, TPY_KIND_OBJ, dst < 0);
    }
    int m = n;
    TpyValueKind *kinds = calloc((size_t)m, sizeof *kinds);
    if (kinds == NULL) {
        fprintf(stderr, "tpy: out of memory\n");
        exit(2);
    }
    for (int i = 0; i < m; i++)
        kinds[i] = TPY_KIND_OBJ;
    int mark = u->tmp_top;
    int first = cu_alloc_block(u, kinds, m);
    free(kinds);
    for (int i = 0; i < m; i++) {
        TpyAstExpr *part = e->u.joinedstr.values.items[i];
        int inner = u->tmp_top;
        if (part->kind == TPY_EXPR_FORMATTEDVALUE) {
            Val v = ce_expr_as(u, part->u.formattedvalue.value, TPY_KIND_OBJ, NULL, -1);
            uint32_t spec = TPY_NO_REG;
            if (part->u.formattedvalue.format_spec != NULL) {
                Val s = ce_expr_as(u, part->u.formattedvalue.format_spec, TPY_KIND_OBJ, NULL, -1);
                spec = (uint32_t)s.reg;
            }
            int conv = part->u.formattedvalue.conversion;
            cu_emit(u, TPY_OP_FORMAT_VALUE, (uint32_t)(first + i), (uint32_t)v.reg, spec,
                    (uint32_t)(conv < 0 ? 0 : conv));
        } else {
            ce_expr_as(u, part, TPY_KIND_OBJ, NULL, first + i);
        }
        cu_free_to(u, inner);
    }
    for (int i = 0; i < m; i++)
        cu_mark_clear(u, first + i, false);
    cu_free_to(u, mark);
    int r = target_reg(u, dst, TPY_KIND_OBJ);
    if (m == 1) {
        if (r != first) {
            cu_emit(u, TPY_OP_MOVE, (uint32_t)r, (uint32_t)first);
            cu_emit(u, TPY_OP_CLEAR, (uint32_t)first);
        }
    } else
        cu_emit(u, TPY_OP_BUILD_STRING, (uint32_t)r, (uint32_t)first, (uint32_t)m);
    return val(r, TPY_KIND_OBJ, dst < 0);
}

/* ---------------------------------------------------------------- calls */

/* The parameter list of a def: its args in positional order. */
static int def_params(TpyAstArguments *a, TpyAstArg **out, int max)
{
    int n = 0;
    for (int i = 0; i < a->posonlyargs.count && n < max; i++)
        out[n++] = a->posonlyargs.items[i];
    for (int i = 0; i < a->args.count && n < max; i++)
        out[n++] = a->args.items[i];
    return n;
}

/* Boxed argument block for generic calls: positional then keyword values.
 * Returns the first register; *kwconst the kwnames constant or TPY_NO_REG. */
static int box_args(Unit *u, TpyAstExpr *self_expr, Val *self_val, TpyAstExprList *args,
                    TpyAstKeywordList *kws, int *nargs, uint32_t *kwconst)
{
    int n = (self_expr != NULL || self_val != NULL ? 1 : 0) + args->count + kws->count;
    int first = cu_alloc_objs(u, n);
    int k = 0;
    if (self_val != NULL) {
        ce_convert(u, *self_val, NULL, TPY_KIND_OBJ, NULL, first + k++);
    } else if (self_expr != NULL) {
        int inner = u->tmp_top;
        ce_expr_as(u, self_expr, TPY_KIND_OBJ, NULL, first + k++);
        cu_free_to(u, inner);
    }
    for (int i = 0; i < args->count && k < n; i++) {
        int inner = u->tmp_top;
        ce_expr_as(u, args->items[i], TPY_KIND_OBJ, NULL, first + k++);
        cu_free_to(u, inner);
    }
    *kwconst = TPY_NO_REG;
    if (kws->count > 0) {
        const char **names = malloc((size_t)kws->count * sizeof *names);
        if (names == NULL) {
            fprintf(stderr, "tpy: out of memory\n");
            exit(2);
        }
        int nn = 0;
        for (int i = 0; i < kws->count && k < n; i++) {
            int inner = u->tmp_top;
            ce_expr_as(u, kws->items[i]->value, TPY_KIND_OBJ, NULL, first + k++);
            cu_free_to(u, inner);
            names[nn++] = kws->items[i]->name;
        }
        *kwconst = (uint32_t)cu_const(u, tpy_cg_kwnames(names, nn));
        free(names);
    }
    for (int i = 0; i < n; i++)
        cu_mark_clear(u, first + i, false);
    *nargs = k - kws->count;   /* positional count; keyword values follow */
    return first;
}

static bool call_is_simple(TpyAstExpr *e)
{
    for (int i = 0; i < e->u.call.args.count; i++)
        if (e->u.call.args.items[i]->kind == TPY_EXPR_STARRED)
            return false;
    for (int i = 0; i < e->u.call.keywords.count; i++)
        if (e->u.call.keywords.items[i]->name == NULL)
            return false;
    return true;
}

/* f(*a, **k): build a tuple and a dict, then CALL_EX. */
static Val call_ex(Unit *u, Val callee, Val *self, TpyAstExpr *e, int dst)
{
    int l = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_BUILD_LIST, (uint32_t)l, (uint32_t)l, 0u);
    if (self != NULL) {
        Val s = ce_convert(u, *self, NULL, TPY_KIND_OBJ, NULL, -1);
        cu_emit(u, TPY_OP_LIST_APPEND, (uint32_t)l, (uint32_t)s.reg);
    }
    for (int i = 0; i < e->u.call.args.count; i++) {
        int mark = u->tmp_top;
        TpyAstExpr *a = e->u.call.args.items[i];
        if (a->kind == TPY_EXPR_STARRED) {
            Val v = ce_expr_as(u, a->u.starred.value, TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, TPY_OP_LIST_EXTEND, (uint32_t)l, (uint32_t)v.reg);
        } else {
            Val v = ce_expr_as(u, a, TPY_KIND_OBJ, NULL, -1);
            cu_emit(u, TPY_OP_LIST_APPEND, (uint32_t)l, (uint32_t)v.reg);
        }
        cu_free_to(u, mark);
    }
    int t = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_LIST_TO_TUPLE, (uint32_t)t, (uint32_t)l);
    uint32_t d = TPY_NO_REG;
    if (e->u.call.keywords.count > 0) {
        int dr = cu_alloc(u, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_BUILD_DICT, (uint32_t)dr, (uint32_t)dr, 0u);
        for (int i = 0; i < e->u.call.keywords.count; i++) {
            int mark = u->tmp_top;
            TpyAstKeyword *kw = e->u.call.keywords.items[i];
            Val v = ce_expr_as(u, kw->value, TPY_KIND_OBJ, NULL, -1);
            if (kw->name == NULL) {
                cu_emit(u, TPY_OP_DICT_UPDATE, (uint32_t)dr, (uint32_t)v.reg);
            } else {
                int kr = cu_alloc(u, TPY_KIND_OBJ);
                cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)kr, (uint32_t)cu_const_str(u, kw->name));
                cu_emit(u, TPY_OP_DICT_SET, (uint32_t)dr, (uint32_t)kr, (uint32_t)v.reg);
            }
            cu_free_to(u, mark);
        }
        d = (uint32_t)dr;
    }
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_CALL_EX, (uint32_t)r, (uint32_t)callee.reg, (uint32_t)t, d);
    return ce_convert(u, val(r, TPY_KIND_OBJ, true), e->type, expr_kind(e), e->type, dst);
}

static Val finish_call(Unit *u, TpyAstExpr *e, int r, TpyValueKind rkind, int dst)
{
    return ce_convert(u, val(r, rkind, true), e->type, expr_kind(e), e->type, dst);
}

/* A call to a builtin native by (module, name) with boxed args. */
static Val call_native(Unit *u, const void *def, TpyAstExpr *e, Val *self, int dst)
{
    int nargs;
    uint32_t kw;
    int first = box_args(u, NULL, self, &e->u.call.args, &e->u.call.keywords, &nargs, &kw);
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_CALL_NATIVE, (uint32_t)r, (uint32_t)cu_native(u, def), (uint32_t)first,
            (uint32_t)nargs, kw);
    return finish_call(u, e, r, TPY_KIND_OBJ, dst);
}

static bool sym_is_builtin(const TpySymbol *sym)
{
    return sym != NULL && sym->scope != NULL &&
           ((sym->scope->kind == TPY_SCOPE_MODULE && sym->scope->module != NULL &&
             strcmp(sym->scope->module->name, "builtins") == 0) ||
            sym->scope->kind == TPY_SCOPE_BUILTINS);
}

/* Direct call of a user def with typed arguments, when the call is plain. */
static bool try_call_func(Unit *u, TpyAstExpr *e, const TpySymbol *sym, int dst, Val *out)
{
    TpyAstStmt *def = sym->def;
    if (def == NULL || def->kind != TPY_STMT_FUNCTIONDEF || def->u.functiondef.decorators.count > 0 ||
        e->u.call.keywords.count > 0 || !call_is_simple(e) || def->u.functiondef.is_async)
        return false;
    TpyAstArg *params[64];
    TpyAstArguments *a = def->u.functiondef.args;
    int np = def_params(a, params, 64);
    int nargs = e->u.call.args.count;
    if (nargs > np || np >= 64 || a->kwonlyargs.count > 0)
        return false;
    TpyType *ft = sym->type;
    TpyType *ret = ft != NULL && ft->kind == TPY_TYPE_CALLABLE ? ft->ret : NULL;
    bool gen = ft != NULL && ft->kind == TPY_TYPE_CALLABLE && (ft->flags & TPY_FN_GENERATOR);
    TpyValueKind rkind = gen || ret == NULL ? TPY_KIND_OBJ : cu_function_ret_kind(false, sym->name, ft);
    int fr = cu_alloc(u, TPY_KIND_OBJ);
    ce_load_symbol(u, sym, fr, TPY_KIND_OBJ, e->pos.line);
    TpyValueKind kinds[64];
    for (int i = 0; i < nargs; i++)
        kinds[i] = params[i]->sym != NULL ? cu_kind_of(params[i]->sym->type) : TPY_KIND_OBJ;
    int first = nargs > 0 ? cu_alloc_block(u, kinds, nargs) : u->tmp_top;
    int k = first;
    for (int i = 0; i < nargs; i++) {
        int inner = u->tmp_top;
        ce_expr_as(u, e->u.call.args.items[i], kinds[i],
                   params[i]->sym != NULL ? params[i]->sym->type : NULL, k);
        cu_free_to(u, inner);
        cu_mark_clear(u, k, false);
        k += tpy_value_kind_slots(kinds[i]);
    }
    int r = cu_alloc(u, rkind);
    cu_emit(u, TPY_OP_CALL_FUNC, (uint32_t)r, (uint32_t)fr, (uint32_t)first, (uint32_t)nargs);
    *out = finish_call(u, e, r, rkind, dst);
    return true;
}

/* obj.m(args) where obj's static type is a user class and m a plain method
 * there: arguments in the kinds of m's parameters, the result in the kind of
 * m's return type, through CALL_METHOD_TYPED's inline cache (the method
 * actually called is looked up on the receiver's type at run time). */
static bool try_call_method_typed(Unit *u, TpyAstExpr *e, int dst, Val *out)
{
    TpyAstExpr *obj = e->u.call.func->u.attribute.value;
    TpyClass *cls = user_class(obj->type);
    if (cls == NULL || (cls->flags & TPY_CLASS_NAMEDTUPLE) || e->u.call.keywords.count > 0 ||
        !call_is_simple(e))
        return false;
    const TpySymbol *ms = user_member(cls, e->u.call.func->u.attribute.attr);
    if (ms == NULL || ms->kind != TPY_SYM_FUNC || (ms->flags & TPY_SYMF_FIELD))
        return false;
    TpyAstStmt *def = ms->def;
    if (def == NULL || def->kind != TPY_STMT_FUNCTIONDEF || def->u.functiondef.decorators.count > 0 ||
        def->u.functiondef.is_async)
        return false;
    TpyAstArg *params[64];
    TpyAstArguments *a = def->u.functiondef.args;
    int np = def_params(a, params, 64);
    int nargs = e->u.call.args.count + 1;
    if (np < 1 || nargs > np || np >= 64 || a->kwonlyargs.count > 0)
        return false;
    TpyType *ft = ms->type;
    TpyType *ret = ft != NULL && ft->kind == TPY_TYPE_CALLABLE ? ft->ret : NULL;
    bool gen = ft != NULL && ft->kind == TPY_TYPE_CALLABLE && (ft->flags & TPY_FN_GENERATOR);
    TpyValueKind rkind = gen || ret == NULL ? TPY_KIND_OBJ : cu_kind_of(ret);
    TpyValueKind kinds[64];
    kinds[0] = TPY_KIND_OBJ;
    for (int i = 1; i < nargs; i++)
        kinds[i] = params[i]->sym != NULL ? cu_kind_of(params[i]->sym->type) : TPY_KIND_OBJ;
    int first = cu_alloc_block(u, kinds, nargs);
    int inner = u->tmp_top;
    ce_expr_as(u, obj, TPY_KIND_OBJ, NULL, first);
    cu_free_to(u, inner);
    cu_mark_clear(u, first, false);
    int k = first + 1;
    for (int i = 1; i < nargs; i++) {
        inner = u->tmp_top;
        ce_expr_as(u, e->u.call.args.items[i - 1], kinds[i],
                   params[i]->sym != NULL ? params[i]->sym->type : NULL, k);
        cu_free_to(u, inner);
        cu_mark_clear(u, k, false);
        k += tpy_value_kind_slots(kinds[i]);
    }
    /* The result register is written when the callee returns, after the
     * arguments were moved out: it may be `dst` itself (no MOVE/CLEAR). */
    int r = dst >= 0 && rkind == expr_kind(e) ? dst : cu_alloc(u, rkind);
    cu_emit(u, TPY_OP_CALL_METHOD_TYPED, (uint32_t)r, (uint32_t)cu_const_str(u, e->u.call.func->u.attribute.attr),
            (uint32_t)first, (uint32_t)nargs, 0u);
    *out = ce_convert(u, val(r, rkind, r != dst), e->type, expr_kind(e), e->type, dst);
    return true;
}

static Val ce_call(Unit *u, TpyAstExpr *e, int dst)
{
    TpyAstExpr *func = e->u.call.func;
    bool simple = call_is_simple(e);
    if (func->kind == TPY_EXPR_NAME && func->u.name.sym != NULL) {
        const TpySymbol *sym = func->u.name.sym;
        if (sym_is_builtin(sym) && simple && strcmp(sym->name, "super") == 0 &&
            e->u.call.args.count == 0 && u->parent != NULL && u->nlocals > 0 && u->cls != NULL &&
            u->cls->def != NULL && u->cls->def->u.classdef.sym != NULL) {
            int r = target_reg(u, dst, TPY_KIND_OBJ);
            int c = cu_alloc(u, TPY_KIND_OBJ);
            ce_load_symbol(u, u->cls->def->u.classdef.sym, c, TPY_KIND_OBJ, e->pos.line);
            int self = u->locals[0].reg;
            if (u->locals[0].cell) {
                self = cu_alloc(u, TPY_KIND_OBJ);
                cu_emit(u, TPY_OP_LOAD_CELL, (uint32_t)self, (uint32_t)u->locals[0].reg,
                        (uint32_t)cu_const_str(u, "self"));
            }
            cu_emit(u, TPY_OP_SUPER, (uint32_t)r, (uint32_t)c, (uint32_t)self);
            return val(r, TPY_KIND_OBJ, dst < 0);
        }
        if (sym_is_builtin(sym) && simple) {
            const char *name = sym->name;
            Val out;
            if (ci_builtin_call(u, e, name, dst, &out))
                return out;
            if (strcmp(name, "len") == 0 && e->u.call.args.count == 1 && e->u.call.keywords.count == 0) {
                Val a = ce_expr_as(u, e->u.call.args.items[0], TPY_KIND_OBJ, NULL, -1);
                int r = cu_alloc(u, TPY_KIND_OBJ);
                cu_emit(u, TPY_OP_LEN, (uint32_t)r, (uint32_t)a.reg);
                cu_mark_clear(u, r, false);
                return finish_call(u, e, r, TPY_KIND_OBJ, dst);
            }
            if (sym->kind != TPY_SYM_CLASS) {
                const void *def = tpy_cg_find_function("builtins", name);
                if (def != NULL)
                    return call_native(u, def, e, NULL, dst);
            }
        }
        if (sym->kind == TPY_SYM_FUNC && sym->scope != NULL && sym->scope->module != NULL &&
            sym->scope->module->is_stub && simple) {
            Val out;
            if (ci_module_call(u, e, sym->scope->module->name, sym->name, dst, &out))
                return out;
            const void *def = tpy_cg_find_function(sym->scope->module->name, sym->name);
            if (def != NULL)
                return call_native(u, def, e, NULL, dst);
        }
        if (sym->kind == TPY_SYM_FUNC && !(sym->scope != NULL && sym->scope->module != NULL &&
                                           sym->scope->module->is_stub)) {
            Val out;
            if (try_call_func(u, e, sym, dst, &out))
                return out;
        }
    }
    if (func->kind == TPY_EXPR_ATTRIBUTE && simple) {
        TpyAstExpr *obj = func->u.attribute.value;
        TpyType *ot = obj->type;
        const char *attr = func->u.attribute.attr;
        if (ot != NULL && ot->kind == TPY_TYPE_MODULE && ot->module != NULL && ot->module->is_stub) {
            Val out;
            if (ci_module_call(u, e, ot->module->name, attr, dst, &out))
                return out;
            const void *def = tpy_cg_find_function(ot->module->name, attr);
            if (def != NULL)
                return call_native(u, def, e, NULL, dst);
        }
        if (ot != NULL && ot->kind == TPY_TYPE_MODULE && ot->module != NULL && !ot->module->is_stub &&
            ot->module->scope != NULL) {
            TpySymbol *sym = tpy_scope_lookup(ot->module->scope, attr);
            if (sym != NULL && sym->kind == TPY_SYM_FUNC) {
                Val out;
                if (try_call_func(u, e, sym, dst, &out))
                    return out;
            }
        }
        TpyObject *rt_type = cu_builtin_type_object(ot);
        if (rt_type != NULL) {
            const void *def = tpy_cg_find_method(rt_type, attr);
            if (def != NULL) {
                Val self = ce_expr_as(u, obj, TPY_KIND_OBJ, NULL, -1);
                return call_native(u, def, e, &self, dst);
            }
        }
        if (ot != NULL && ot->kind == TPY_TYPE_INSTANCE && ot->cls != NULL) {
            Val out;
            if (try_call_method_typed(u, e, dst, &out))
                return out;
            /* a method call on an instance: dynamic dispatch by name */
            int nargs;
            uint32_t kw;
            int first = box_args(u, obj, NULL, &e->u.call.args, &e->u.call.keywords, &nargs, &kw);
            int r = cu_alloc(u, TPY_KIND_OBJ);
            cu_emit(u, TPY_OP_CALL_METHOD, (uint32_t)r, (uint32_t)cu_const_str(u, attr),
                    (uint32_t)first, (uint32_t)nargs, kw);
            return finish_call(u, e, r, TPY_KIND_OBJ, dst);
        }
    }
    /* generic */
    Val callee = ce_expr_as(u, func, TPY_KIND_OBJ, NULL, -1);
    if (!simple)
        return call_ex(u, callee, NULL, e, dst);
    int nargs;
    uint32_t kw;
    int first = box_args(u, NULL, NULL, &e->u.call.args, &e->u.call.keywords, &nargs, &kw);
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_CALL, (uint32_t)r, (uint32_t)callee.reg, (uint32_t)first, (uint32_t)nargs, kw);
    return finish_call(u, e, r, TPY_KIND_OBJ, dst);
}

/* ---------------------------------------------------------------- comprehensions */

/* Declare the loop variables of a comprehension scope as registers. */
static void declare_comp_scope(Unit *u, TpyScope *scope)
{
    if (scope == NULL)
        return;
    for (int i = 0; i < scope->count; i++) {
        TpySymbol *sym = scope->symbols[i];
        if (cu_local(u, sym) != NULL)
            continue;
        TpyValueKind k = storage_kind(sym);
        int r = cu_alloc(u, k);
        u->locals = realloc(u->locals, (size_t)(u->nlocals + 1) * sizeof(SymReg));
        u->caplocals = u->nlocals + 1;
        if (sym->flags & TPY_SYMF_CELL) {
            int c = cu_alloc(u, TPY_KIND_OBJ);
            cu_emit(u, TPY_OP_MAKE_CELL, (uint32_t)c, (uint32_t)k);
            u->locals[u->nlocals++] = (SymReg){ sym, c, true };
        } else {
            u->locals[u->nlocals++] = (SymReg){ sym, r, false };
        }
    }
}

typedef enum { COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN } CompKind;

void cs_for_loop(Unit *u, TpyAstExpr *target, TpyAstExpr *iter, int iter_reg_given,
                 void (*body)(Unit *, void *), void *ctx, TpyAstStmtList *orelse);

typedef struct CompCtx {
    TpyAstExpr *e;
    CompKind kind;
    int acc;          /* accumulator register (list/set/dict) */
    int level;
    int first_iter;   /* register holding the outermost iterable (genexp argument) */
} CompCtx;

static void comp_level(Unit *u, void *p);

static void comp_inner(Unit *u, CompCtx *cc)
{
    TpyAstExpr *e = cc->e;
    int mark = u->tmp_top;
    if (cc->kind == COMP_DICT) {
        TpyType *kt = elem_type(e->type, 0), *vt = elem_type(e->type, 1);
        Val k = ce_expr_as(u, e->u.dictcomp.key, TPY_KIND_OBJ, kt, -1);
        Val v = ce_expr_as(u, e->u.dictcomp.value, TPY_KIND_OBJ, vt, -1);
        cu_emit(u, TPY_OP_DICT_SET, (uint32_t)cc->acc, (uint32_t)k.reg, (uint32_t)v.reg);
    } else {
        TpyType *et = cc->kind == COMP_GEN ? NULL : elem_type(e->type, 0);
        if (cc->kind == COMP_GEN && e->type != NULL && e->type->kind == TPY_TYPE_INSTANCE &&
            e->type->count > 0)
            et = e->type->items[0];
        Val v = ce_expr_as(u, e->u.listcomp.elt, TPY_KIND_OBJ, et, -1);
        if (cc->kind == COMP_LIST)
            cu_emit(u, TPY_OP_LIST_APPEND, (uint32_t)cc->acc, (uint32_t)v.reg);
        else if (cc->kind == COMP_SET)
            cu_emit(u, TPY_OP_SET_ADD, (uint32_t)cc->acc, (uint32_t)v.reg);
        else {
            int sent = cu_alloc(u, TPY_KIND_OBJ);
            Val moved = v;
            if (!v.temp) {
                int t = cu_alloc(u, TPY_KIND_OBJ);
                cu_emit(u, TPY_OP_MOVE, (uint32_t)t, (uint32_t)v.reg);
                moved = val(t, TPY_KIND_OBJ, true);
            }
            cu_emit(u, TPY_OP_YIELD, (uint32_t)sent, (uint32_t)moved.reg);
        }
    }
    cu_free_to(u, mark);
}

static void comp_level(Unit *u, void *p)
{
    CompCtx *cc = p;
    TpyAstExpr *e = cc->e;
    TpyAstComprehensionList *gens = cc->kind == COMP_DICT ? &e->u.dictcomp.generators
                                                          : &e->u.listcomp.generators;
    if (cc->level >= gens->count) {
        comp_inner(u, cc);
        return;
    }
    TpyAstComprehension *g = gens->items[cc->level];
    /* the if-clauses of this level, inside its loop */
    if (cc->level > 0 || cc->first_iter < 0)
        declare_comp_scope(u, g->scope);
    (void)g;
    cc->level++;
    comp_level(u, cc);
    cc->level--;
}

typedef struct LevelCtx { CompCtx *cc; TpyAstComprehension *g; } LevelCtx;

static void level_body(Unit *u, void *p);

static void run_level(Unit *u, CompCtx *cc, int level)
{
    TpyAstExpr *e = cc->e;
    TpyAstComprehensionList *gens = cc->kind == COMP_DICT ? &e->u.dictcomp.generators
                                                          : &e->u.listcomp.generators;
    if (level >= gens->count) {
        comp_inner(u, cc);
        return;
    }
    TpyAstComprehension *g = gens->items[level];
    declare_comp_scope(u, g->scope);
    LevelCtx lc = { cc, g };
    cc->level = level;
    cs_for_loop(u, g->target, level == 0 && cc->first_iter >= 0 ? NULL : g->iter,
                level == 0 ? cc->first_iter : -1, level_body, &lc, NULL);
}

static void level_body(Unit *u, void *p)
{
    LevelCtx *lc = p;
    int patches[CE_JUMPS], np = 0;
    for (int i = 0; i < lc->g->ifs.count && np < CE_JUMPS - 4; i++)
        ce_jump_if(u, lc->g->ifs.items[i], false, patches, &np);
    int level = lc->cc->level;
    run_level(u, lc->cc, level + 1);
    lc->cc->level = level;
    int end = cu_here(u);
    for (int i = 0; i < np; i++)
        cu_patch_jump(u, patches[i], end);
}

static Val ce_comprehension(Unit *u, TpyAstExpr *e, CompKind kind, int dst)
{
    int saved_locals = u->nlocals;
    int r = target_reg(u, dst, TPY_KIND_OBJ);
    int acc = cu_alloc(u, TPY_KIND_OBJ);
    if (kind == COMP_LIST)
        cu_emit(u, TPY_OP_BUILD_LIST, (uint32_t)acc, (uint32_t)acc, 0u);
    else if (kind == COMP_SET)
        cu_emit(u, TPY_OP_BUILD_SET, (uint32_t)acc, (uint32_t)acc, 0u);
    else
        cu_emit(u, TPY_OP_BUILD_DICT, (uint32_t)acc, (uint32_t)acc, 0u);
    CompCtx cc = { e, kind, acc, 0, -1 };
    (void)comp_level;
    /* the loop may run zero times, and its locals' indices are reused later */
    DaState before = da_save(u);
    run_level(u, &cc, 0);
    u->nlocals = saved_locals;
    da_restore(u, &before);
    da_free(&before);
    cu_emit(u, TPY_OP_MOVE, (uint32_t)r, (uint32_t)acc);
    return val(r, TPY_KIND_OBJ, dst < 0);
}

/* A generator expression: a generator function whose argument is the
 * outermost iterable (evaluated here, as in CPython). */
TpyObject *cu_compile_genexp(Unit *parent, TpyAstExpr *e, void (*run)(Unit *, void *), void *ctx,
                             int *cells_first, int *ncells);

static void genexp_run(Unit *u, void *p)
{
    CompCtx *cc = p;
    cc->first_iter = 0;   /* the parameter register */
    run_level(u, cc, 0);
}

static Val ce_genexp(Unit *u, TpyAstExpr *e, int dst)
{
    TpyAstComprehension *g0 = e->u.listcomp.generators.items[0];
    CompCtx cc = { e, COMP_GEN, -1, 0, 0 };
    int cells_first, ncells;
    TpyObject *code = cu_compile_genexp(u, e, genexp_run, &cc, &cells_first, &ncells);
    if (code == NULL)
        return val(0, TPY_KIND_OBJ, false);
    int fr = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_MAKE_FUNCTION, (uint32_t)fr, (uint32_t)cu_const(u, code), 0u, 0u,
            (uint32_t)(cells_first < 0 ? 0 : cells_first), (uint32_t)ncells);
    int a = cu_alloc(u, TPY_KIND_OBJ);
    Val itv = ce_expr_as(u, g0->iter, TPY_KIND_OBJ, NULL, -1);
    cu_emit(u, TPY_OP_GET_ITER, (uint32_t)a, (uint32_t)itv.reg);
    int r = target_reg(u, dst, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_CALL_FUNC, (uint32_t)r, (uint32_t)fr, (uint32_t)a, 1u);
    return val(r, TPY_KIND_OBJ, dst < 0);
}

/* ---------------------------------------------------------------- misc */

static Val ce_ifexp(Unit *u, TpyAstExpr *e, int dst)
{
    TpyValueKind rk = expr_kind(e);
    int r = target_reg(u, dst, rk);
    int patches[CE_JUMPS], np = 0;
    ce_jump_if(u, e->u.ifexp.test, false, patches, &np);
    int mark = u->tmp_top;
    DaState before = da_save(u);
    ce_expr_as(u, e->u.ifexp.body, rk, e->type, r);
    cu_free_to(u, mark);
    int j = cu_emit(u, TPY_OP_JUMP, 0u);
    for (int i = 0; i < np; i++)
        cu_patch_jump(u, patches[i], cu_here(u));
    DaState then = da_save(u);
    da_restore(u, &before);
    ce_expr_as(u, e->u.ifexp.orelse, rk, e->type, r);
    cu_free_to(u, mark);
    da_meet(u, &then);
    da_free(&then);
    da_free(&before);
    cu_patch_jump(u, j, cu_here(u));
    return val(r, rk, dst < 0);
}

void cu_emit_make_function(Unit *u, TpyObject *code, TpyAstArguments *args, int cells_first,
                           int ncells, int dst);

static Val ce_lambda(Unit *u, TpyAstExpr *e, int dst)
{
    int cells_first, ncells;
    TpyObject *code = cu_compile_function(u, NULL, e->u.lambda.args, NULL, e->u.lambda.body,
                                          e->u.lambda.scope, "<lambda>", "<lambda>", e->type,
                                          &cells_first, &ncells);
    if (code == NULL)
        return val(0, TPY_KIND_OBJ, false);
    int r = target_reg(u, dst, TPY_KIND_OBJ);
    cu_emit_make_function(u, code, e->u.lambda.args, cells_first, ncells, r);
    return val(r, TPY_KIND_OBJ, dst < 0);
}

static Val ce_yield(Unit *u, TpyAstExpr *e, int dst)
{
    int v = cu_alloc(u, TPY_KIND_OBJ);
    if (e->u.yield.value != NULL)
        ce_expr_as(u, e->u.yield.value, TPY_KIND_OBJ, NULL, v);
    else
        cu_emit(u, TPY_OP_LOAD_NONE, (uint32_t)v);
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_YIELD, (uint32_t)r, (uint32_t)v);
    return ce_convert(u, val(r, TPY_KIND_OBJ, true), e->type, expr_kind(e), e->type, dst);
}

static Val ce_yieldfrom(Unit *u, TpyAstExpr *e, int dst)
{
    Val src = ce_expr_as(u, e->u.yieldfrom.value, TPY_KIND_OBJ, NULL, -1);
    int it = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_GET_ITER, (uint32_t)it, (uint32_t)src.reg);
    /* sent = None; loop: v = it.send(sent) or, when it ends, v = its return
     * value and leave; sent = (yield v) */
    int v = cu_alloc(u, TPY_KIND_OBJ);
    int sent = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_LOAD_NONE, (uint32_t)sent);
    int top = cu_here(u);
    int fi = cu_emit(u, TPY_OP_YIELD_FROM_SEND, (uint32_t)v, (uint32_t)it, (uint32_t)sent, 0u);
    cu_emit(u, TPY_OP_YIELD, (uint32_t)sent, (uint32_t)v);
    cu_emit(u, TPY_OP_LOOP, (uint32_t)top);
    cu_patch_jump(u, fi, cu_here(u));
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)it);
    cu_emit(u, TPY_OP_CLEAR, (uint32_t)sent);
    return ce_convert(u, val(v, TPY_KIND_OBJ, true), e->type, expr_kind(e), e->type, dst);
}

static Val ce_namedexpr(Unit *u, TpyAstExpr *e, int dst)
{
    TpyAstExpr *target = e->u.namedexpr.target;
    Val v = ce_expr(u, e->u.namedexpr.value, -1);
    ce_store(u, target, v, e->u.namedexpr.value->type);
    return ce_convert(u, v, e->u.namedexpr.value->type, expr_kind(e), e->type, dst);
}

Val ce_expr(Unit *u, TpyAstExpr *e, int dst)
{
    int saved_line = u->line;
    u->line = e->pos.line;
    Val v;
    switch (e->kind) {
    case TPY_EXPR_CONSTANT: v = ce_constant(u, e, dst); break;
    case TPY_EXPR_NAME: v = ce_name(u, e, dst); break;
    case TPY_EXPR_BINOP:
        v = ce_binop_values(u, e->u.binop.op, e->u.binop.left, e->u.binop.right, e->type, dst, false);
        break;
    case TPY_EXPR_UNARYOP: v = ce_unary(u, e, dst); break;
    case TPY_EXPR_BOOLOP: v = ce_boolop(u, e, dst); break;
    case TPY_EXPR_COMPARE: v = ce_compare(u, e, dst); break;
    case TPY_EXPR_CALL: v = ce_call(u, e, dst); break;
    case TPY_EXPR_ATTRIBUTE: v = ce_attribute(u, e, dst); break;
    case TPY_EXPR_SUBSCRIPT: v = ce_subscript(u, e, dst); break;
    case TPY_EXPR_LIST: v = ce_sequence(u, e, dst, TPY_OP_BUILD_LIST); break;
    case TPY_EXPR_TUPLE: v = ce_sequence(u, e, dst, TPY_OP_BUILD_TUPLE); break;
    case TPY_EXPR_SET: v = ce_sequence(u, e, dst, TPY_OP_BUILD_SET); break;
    case TPY_EXPR_DICT: v = ce_dict_ordered(u, e, dst); (void)ce_dict; break;
    case TPY_EXPR_JOINEDSTR: v = ce_joinedstr(u, e, dst); break;
    case TPY_EXPR_FORMATTEDVALUE: {
        Val x = ce_expr_as(u, e->u.formattedvalue.value, TPY_KIND_OBJ, NULL, -1);
        int r = target_reg(u, dst, TPY_KIND_OBJ);
        cu_emit(u, TPY_OP_FORMAT_VALUE, (uint32_t)r, (uint32_t)x.reg, TPY_NO_REG, 0u);
        v = val(r, TPY_KIND_OBJ, dst < 0);
        break;
    }
    case TPY_EXPR_IFEXP: v = ce_ifexp(u, e, dst); break;
    case TPY_EXPR_LAMBDA: v = ce_lambda(u, e, dst); break;
    case TPY_EXPR_LISTCOMP: v = ce_comprehension(u, e, COMP_LIST, dst); break;
    case TPY_EXPR_SETCOMP: v = ce_comprehension(u, e, COMP_SET, dst); break;
    case TPY_EXPR_DICTCOMP: v = ce_comprehension(u, e, COMP_DICT, dst); break;
    case TPY_EXPR_GENERATOREXP: v = ce_genexp(u, e, dst); break;
    case TPY_EXPR_YIELD: v = ce_yield(u, e, dst); break;
    case TPY_EXPR_YIELDFROM: v = ce_yieldfrom(u, e, dst); break;
    case TPY_EXPR_NAMEDEXPR: v = ce_namedexpr(u, e, dst); break;
    default:
        cu_error(u, e->pos.line, "unsupported expression");
        v = val(target_reg(u, dst, expr_kind(e)), expr_kind(e), dst < 0);
        break;
    }
    u->line = saved_line;
    return v;
}

/* ---------------------------------------------------------------- stores */

void ce_store(Unit *u, TpyAstExpr *t, Val v, TpyType *vtype)
{
    int mark = u->tmp_top;
    switch (t->kind) {
    case TPY_EXPR_NAME:
        if (t->u.name.sym == NULL) {
            cu_error(u, t->pos.line, "unresolved name '%s'", t->u.name.id);
            return;
        }
        ce_store_symbol(u, t->u.name.sym,
                        ce_convert(u, v, vtype, storage_kind(t->u.name.sym), t->u.name.sym->type, -1));
        break;
    case TPY_EXPR_ATTRIBUTE: {
        Val o = ce_expr_as(u, t->u.attribute.value, TPY_KIND_OBJ, NULL, -1);
        const TpySymbol *field = ce_user_field(t->u.attribute.value->type, t->u.attribute.attr);
        if (field != NULL) {
            TpyValueKind fk = ce_field_kind(field);
            Val b = ce_convert(u, v, vtype, fk, field->type, -1);
            cu_emit(u, store_attr_op(fk), (uint32_t)o.reg, (uint32_t)cu_const_str(u, t->u.attribute.attr),
                    (uint32_t)b.reg, 0u);
            break;
        }
        Val b = ce_convert(u, v, vtype, TPY_KIND_OBJ, t->type, -1);
        cu_emit(u, TPY_OP_SETATTR, (uint32_t)o.reg, (uint32_t)cu_const_str(u, t->u.attribute.attr),
                (uint32_t)b.reg);
        break;
    }
    case TPY_EXPR_SUBSCRIPT: {
        TpyAstExpr *obj = t->u.subscript.value, *slice = t->u.subscript.slice;
        Val o = ce_expr_as(u, obj, TPY_KIND_OBJ, NULL, -1);
        Val k = ce_index_value(u, slice);
        if (is_intlike(slice->type) && list_of_float(obj->type)) {
            Val f = ce_convert(u, v, vtype, TPY_KIND_F64, obj->type->items[0], -1);
            cu_emit(u, TPY_OP_LIST_SET_F64, (uint32_t)o.reg, (uint32_t)k.reg, (uint32_t)f.reg);
            break;
        }
        Val b = ce_convert(u, v, vtype, TPY_KIND_OBJ, t->type, -1);
        if (cu_is_builtin(obj->type, "list") && is_intlike(slice->type))
            cu_emit(u, TPY_OP_LIST_SET, (uint32_t)o.reg, (uint32_t)k.reg, (uint32_t)b.reg);
        else
            cu_emit(u, TPY_OP_SETITEM, (uint32_t)o.reg, (uint32_t)k.reg, (uint32_t)b.reg);
        break;
    }
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST: {
        TpyAstExprList *elts = &t->u.list.elts;
        int n = elts->count, star = -1;
        for (int i = 0; i < n; i++)
            if (elts->items[i]->kind == TPY_EXPR_STARRED)
                star = i;
        Val src = ce_convert(u, v, vtype, TPY_KIND_OBJ, NULL, -1);
        int first = cu_alloc_objs(u, n);
        if (star >= 0)
            cu_emit(u, TPY_OP_UNPACK_EX, (uint32_t)src.reg, (uint32_t)first, (uint32_t)n, (uint32_t)star);
        else
            cu_emit(u, TPY_OP_UNPACK, (uint32_t)src.reg, (uint32_t)first, (uint32_t)n);
        for (int i = 0; i < n; i++) {
            TpyAstExpr *x = elts->items[i];
            TpyType *et = elem_type(vtype, i);
            if (x->kind == TPY_EXPR_STARRED) {
                x = x->u.starred.value;
                et = x->type;
            }
            if (et == NULL)
                et = x->type;
            ce_store(u, x, val(first + i, TPY_KIND_OBJ, true), et);
        }
        break;
    }
    case TPY_EXPR_STARRED:
        ce_store(u, t->u.starred.value, v, vtype);
        break;
    default:
        cu_error(u, t->pos.line, "unsupported assignment target");
    }
    cu_free_to(u, mark);
}
