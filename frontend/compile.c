/* frontend/compile.c: the bytecode compiler's core -- code units, registers,
 * instruction emission, functions and modules.
 *
 * The compiler walks the typed AST once.  Each function (module body,
 * def, lambda) is a Unit that becomes one TpyCode.  Expressions are compiled
 * into registers (compile_expr.c), statements into control flow
 * (compile_stmt.c), class statements into class specs (compile_class.c).
 *
 * Registers are typed by the static type (cu_kind_of): float -> F64, bool ->
 * I64, complex -> C128 (two registers), everything else (int included, as a
 * tagged pointer) -> OBJ.  A register keeps one kind for the whole code
 * object, so the frame can release OBJ registers by looking at the table.
 *
 * Names resolve statically: a local is a register (or a cell in a register
 * when an inner function captures it), a free variable is a closure cell of
 * the function, a global is a slot of the module, and names of other modules
 * load a slot of that module.  See docs/design.md, "Bytecode".
 */
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile_internal.h"

/* ---------------------------------------------------------------- errors */

void cu_error(Unit *u, int line, const char *fmt, ...)
{
    Compiler *c = u->c;
    if (c->failed)
        return;
    c->failed = true;
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(c->error, sizeof c->error, "%s:%d: %s", c->filename, line, msg);
}

static void *grow(void *p, int *cap, int need, size_t elem)
{
    if (need <= *cap)
        return p;
    int n = *cap ? *cap * 2 : 16;
    while (n < need)
        n *= 2;
    void *q = realloc(p, (size_t)n * elem);
    if (q == NULL) {
        fprintf(stderr, "tpy: out of memory\n");
        exit(2);
    }
    memset((char *)q + (size_t)*cap * elem, 0, (size_t)(n - *cap) * elem);
    *cap = n;
    return q;
}

/* ---------------------------------------------------------------- emission */

int cu_here(Unit *u)
{
    return u->nops;
}

static void push_unit(Unit *u, uint32_t v)
{
    u->ops = grow(u->ops, &u->capops, u->nops + 1, sizeof(uint32_t));
    int cap = u->capops;
    (void)cap;
    if (u->lines == NULL || u->nops == 0) {
        /* lines grows with ops */
    }
    u->lines = realloc(u->lines, (size_t)u->capops * sizeof(uint32_t));
    u->ops[u->nops] = v;
    u->lines[u->nops] = (uint32_t)(u->line > 0 ? u->line : 1);
    u->nops++;
}

int cu_emit(Unit *u, TpyOpcode op, ...)
{
    const char *fmt = tpy_opcode_formats[op];
    int n = (int)strlen(fmt);
    int at = u->nops;
    va_list ap;
    va_start(ap, op);
    uint32_t a = 0;
    if (n > 0) {
        a = va_arg(ap, uint32_t);
        if (fmt[0] == 'x' && a == TPY_NO_REG)
            a = TPY_NO_REG_A;
        if (a > 0xFFFFFFu) {
            cu_error(u, u->line, "operand too large");
            a = 0;
        }
    }
    push_unit(u, (uint32_t)op | a << 8);
    for (int i = 1; i < n; i++)
        push_unit(u, va_arg(ap, uint32_t));
    va_end(ap);
    return at;
}

void cu_patch_jump(Unit *u, int at, int target)
{
    uint32_t op = u->ops[at] & 0xff;
    const char *fmt = tpy_opcode_formats[op];
    const char *j = strchr(fmt, 'j');
    if (j == NULL)
        return;
    int idx = (int)(j - fmt);
    if (idx == 0)
        u->ops[at] = op | (uint32_t)target << 8;
    else
        u->ops[at + idx] = (uint32_t)target;
}

int cu_const(Unit *u, TpyObject *o)
{
    if (o == NULL) {
        tpy_cg_error_clear();
        cu_error(u, u->line, "cannot build a constant");
        return 0;
    }
    for (int i = 0; i < u->nconsts; i++) {
        if (u->consts[i] == o) {
            tpy_cg_decref(o);
            return i;
        }
    }
    u->consts = grow(u->consts, &u->capconsts, u->nconsts + 1, sizeof(TpyObject *));
    u->consts[u->nconsts] = o;
    return u->nconsts++;
}

int cu_const_str(Unit *u, const char *s)
{
    TpyObject *o = tpy_cg_str_interned(s);
    return cu_const(u, o);
}

int cu_native(Unit *u, const void *def)
{
    for (int i = 0; i < u->nnatives; i++)
        if (u->natives[i] == def)
            return i;
    u->natives = grow(u->natives, &u->capnatives, u->nnatives + 1, sizeof(void *));
    u->natives[u->nnatives] = def;
    return u->nnatives++;
}

int cu_add_exc(Unit *u, int start, int end, int handler, int exc_reg, int temp_base)
{
    if (start >= end)
        return 0;
    u->exc = grow(u->exc, &u->capexc, u->nexc + 1, sizeof(TpyExcEntry));
    u->exc[u->nexc++] = (TpyExcEntry){ (uint32_t)start, (uint32_t)end, (uint32_t)handler,
                                       (uint32_t)exc_reg, (uint32_t)temp_base };
    return 0;
}

/* ---------------------------------------------------------------- registers */

static int reg_new(Unit *u, TpyValueKind kind)
{
    int r = u->nregs;
    int need = r + 2;
    int cap = u->capregs;
    u->kinds = grow(u->kinds, &cap, need, 1);
    cap = u->capregs;
    u->names = grow(u->names, &cap, need, sizeof(char *));
    cap = u->capregs;
    u->clear = grow(u->clear, &cap, need, 1);
    u->capregs = cap;
    u->kinds[r] = (uint8_t)kind;
    u->nregs++;
    if (kind == TPY_KIND_C128) {
        u->kinds[r + 1] = (uint8_t)TPY_KIND_C128;
        u->nregs++;
    }
    return r;
}

static bool fits(Unit *u, int p, TpyValueKind kind)
{
    int n = tpy_value_kind_slots(kind);
    for (int i = 0; i < n; i++) {
        if (p + i >= u->nregs)
            return true;
        if (u->kinds[p + i] != (uint8_t)kind)
            return false;
    }
    if (kind == TPY_KIND_C128) {
        /* must start a pair: the register before must not be the first half */
        int q = p;
        int run = 0;
        while (q > 0 && u->kinds[q - 1] == TPY_KIND_C128) {
            q--;
            run++;
        }
        if (run % 2 != 0)
            return false;
    }
    return true;
}

int cu_alloc_block(Unit *u, const TpyValueKind *kinds, int n)
{
    int p = u->tmp_top;
    for (;;) {
        int q = p;
        bool ok = true;
        for (int i = 0; i < n; i++) {
            if (!fits(u, q, kinds[i])) {
                ok = false;
                break;
            }
            q += tpy_value_kind_slots(kinds[i]);
        }
        if (ok)
            break;
        p++;
    }
    int q = p;
    for (int i = 0; i < n; i++) {
        int slots = tpy_value_kind_slots(kinds[i]);
        while (q + slots > u->nregs)
            reg_new(u, q >= u->nregs ? kinds[i] : (TpyValueKind)u->kinds[u->nregs - 1]);
        for (int s = 0; s < slots; s++)
            u->kinds[q + s] = (uint8_t)kinds[i];
        u->clear[q] = 1;
        q += slots;
    }
    u->tmp_top = q;
    return p;
}

int cu_alloc_objs(Unit *u, int n)
{
    if (n <= 0)
        return u->tmp_top;
    TpyValueKind *kinds = malloc((size_t)n * sizeof *kinds);
    if (kinds == NULL) {
        fprintf(stderr, "tpy: out of memory\n");
        exit(2);
    }
    for (int i = 0; i < n; i++)
        kinds[i] = TPY_KIND_OBJ;
    int first = cu_alloc_block(u, kinds, n);
    free(kinds);
    return first;
}

int cu_alloc(Unit *u, TpyValueKind kind)
{
    return cu_alloc_block(u, &kind, 1);
}

int cu_alloc_local(Unit *u, TpyValueKind kind, const char *name)
{
    int r = reg_new(u, kind);
    u->names[r] = strdup(name != NULL ? name : "?");
    u->tmp_top = u->nregs;
    return r;
}

void cu_mark_clear(Unit *u, int reg, bool needs_clear)
{
    if (reg >= 0 && reg < u->nregs)
        u->clear[reg] = needs_clear;
}

void cu_free_to(Unit *u, int mark)
{
    for (int r = mark; r < u->tmp_top && r < u->nregs; r++) {
        if (u->kinds[r] == TPY_KIND_OBJ && u->clear[r] && u->names[r] == NULL)
            cu_emit(u, TPY_OP_CLEAR, (uint32_t)r);
        if (u->names[r] == NULL)
            u->clear[r] = 0;
    }
    if (mark < u->tmp_top)
        u->tmp_top = mark;
}

/* ---------------------------------------------------------------- types */

TpyType *cu_strip(TpyType *t)
{
    return t;
}

bool cu_is_builtin(TpyType *t, const char *name)
{
    return t != NULL && t->kind == TPY_TYPE_INSTANCE && t->cls != NULL &&
           strcmp(t->cls->name, name) == 0 && t->cls->module != NULL &&
           strcmp(t->cls->module, "builtins") == 0;
}

bool cu_is_instance_of(TpyType *t, const char *name)
{
    return cu_is_builtin(t, name);
}

TpyValueKind cu_kind_of(TpyType *t)
{
    if (cu_is_builtin(t, "float"))
        return TPY_KIND_F64;
    if (cu_is_builtin(t, "bool"))
        return TPY_KIND_I64;
    if (cu_is_builtin(t, "complex"))
        return TPY_KIND_C128;
    return TPY_KIND_OBJ;
}

TpyObject *cu_builtin_type_object(TpyType *t)
{
    if (t == NULL || t->kind != TPY_TYPE_INSTANCE || t->cls == NULL || t->cls->module == NULL ||
        strcmp(t->cls->module, "builtins") != 0)
        return NULL;
    return tpy_cg_builtin_type(t->cls->name);
}

/* ---------------------------------------------------------------- symbols */

SymReg *cu_local(Unit *u, const TpySymbol *sym)
{
    for (int i = 0; i < u->nlocals; i++)
        if (u->locals[i].sym == sym)
            return &u->locals[i];
    return NULL;
}

static SymReg *add_local(Unit *u, const TpySymbol *sym, int reg, bool cell)
{
    u->locals = grow(u->locals, &u->caplocals, u->nlocals + 1, sizeof(SymReg));
    u->locals[u->nlocals] = (SymReg){ sym, reg, cell };
    return &u->locals[u->nlocals++];
}

int cu_freevar(Unit *u, const TpySymbol *sym)
{
    for (int i = 0; i < u->nfree; i++)
        if (u->freevars[i] == sym)
            return i;
    u->freevars = grow(u->freevars, &u->capfree, u->nfree + 1, sizeof(TpySymbol *));
    u->freevars[u->nfree] = sym;
    return u->nfree++;
}

/* Kind of the storage of a variable symbol. */
static TpyValueKind sym_kind(const TpySymbol *sym)
{
    return cu_storage_kind(sym);
}

/* Module globals hold one 8-byte slot each: a complex global is boxed. */
TpyValueKind cu_storage_kind(const TpySymbol *sym)
{
    if (sym->kind != TPY_SYM_VAR && sym->kind != TPY_SYM_PARAM)
        return TPY_KIND_OBJ;
    if (sym->flags & TPY_SYMF_BOXED)
        return TPY_KIND_OBJ;
    TpyValueKind k = cu_kind_of(sym->type);
    if (k == TPY_KIND_C128 && sym->scope != NULL && sym->scope->kind == TPY_SCOPE_MODULE)
        return TPY_KIND_OBJ;
    return k;
}

/* Allocate the register (and cell) of a local symbol. */
static void declare_local(Unit *u, const TpySymbol *sym, bool is_param, TpyValueKind kind,
                          int *param_reg)
{
    int reg = cu_alloc_local(u, kind, sym->name);
    if (param_reg != NULL)
        *param_reg = reg;
    if (sym->flags & TPY_SYMF_CELL) {
        int cell = cu_alloc_local(u, TPY_KIND_OBJ, sym->name);
        add_local(u, sym, cell, true);
        if (is_param)
            cu_emit(u, TPY_OP_CELL_INIT, (uint32_t)cell, (uint32_t)reg, (uint32_t)kind);
        else
            cu_emit(u, TPY_OP_MAKE_CELL, (uint32_t)cell, (uint32_t)kind);
    } else if (is_param && cu_storage_kind(sym) != kind) {
        /* a deleted and then read float/bool/complex parameter: the caller
         * passes it unboxed, the body keeps a boxed copy (see da_need_box) */
        int boxed = cu_alloc_local(u, TPY_KIND_OBJ, sym->name);
        ce_convert(u, (Val){ reg, kind, false }, sym->type, TPY_KIND_OBJ, sym->type, boxed);
        add_local(u, sym, boxed, false);
    } else {
        add_local(u, sym, reg, false);
    }
}

/* ---------------------------------------------------------------- units */

static void unit_init(Unit *u, Unit *parent, Compiler *c, TpyScope *scope)
{
    memset(u, 0, sizeof *u);
    u->parent = parent;
    u->c = c;
    u->scope = scope;
    u->module = c->module;
    u->cls = parent != NULL ? parent->cls : NULL;
}

static void unit_free(Unit *u)
{
    free(u->ops);
    free(u->lines);
    for (int i = 0; i < u->nconsts; i++)
        tpy_cg_decref(u->consts[i]);
    free(u->consts);
    free(u->natives);
    free(u->kinds);
    if (u->names != NULL)
        for (int i = 0; i < u->nregs; i++)
            free(u->names[i]);
    free(u->names);
    free(u->clear);
    free(u->exc);
    free(u->locals);
    free(u->da);
    free(u->freevars);
}

/* Move the unit's tables into a code spec (the unit keeps nothing). */
/* The docstring of a body (its first statement, a str literal), as a new
 * str reference, or NULL.  CPython 3.11 keeps it verbatim (no dedent). */
static TpyObject *body_docstring(const TpyAstStmtList *body)
{
    if (body == NULL || body->count == 0 || body->items[0]->kind != TPY_STMT_EXPR)
        return NULL;
    const TpyAstExpr *e = body->items[0]->u.expr.value;
    if (e == NULL || e->kind != TPY_EXPR_CONSTANT || e->u.constant.kind != TPY_CONST_STR)
        return NULL;
    TpyObject *s = tpy_cg_str(e->u.constant.str, e->u.constant.str_len);
    if (s == NULL)
        tpy_cg_error_clear();
    return s;
}

static void unit_finish(Unit *u, const char *name, const char *qualname, int firstline,
                        TpyCgCode *code)
{
    memset(code, 0, sizeof *code);
    code->name = name;
    code->qualname = qualname;
    code->filename = u->c->filename;
    code->firstline = firstline;
    code->code = u->ops;
    code->lines = u->lines;
    code->ncode = (uint32_t)u->nops;
    u->ops = NULL;
    u->lines = NULL;
    code->consts = u->consts;
    code->nconsts = (uint32_t)u->nconsts;
    u->consts = NULL;
    u->nconsts = 0;
    code->natives = u->natives;
    code->nnatives = (uint32_t)u->nnatives;
    u->natives = NULL;
    if (u->nregs == 0)
        reg_new(u, TPY_KIND_OBJ);
    code->reg_kinds = u->kinds;
    code->reg_names = u->names;
    code->nregs = (uint32_t)u->nregs;
    u->kinds = NULL;
    u->names = NULL;
    code->exc = u->exc;
    code->nexc = (uint32_t)u->nexc;
    u->exc = NULL;
    code->ret_kind = (uint8_t)u->ret_kind;
    if (u->is_generator)
        code->flags |= TPY_CODE_GENERATOR;
    if (u->is_module)
        code->flags |= TPY_CODE_MODULE;
}

/* A parameter's kind (star-args and double-star-kwargs are a tuple and a dict). */
static TpyValueKind param_kind(const TpyAstArg *arg, bool star)
{
    if (star || arg->sym == NULL)
        return TPY_KIND_OBJ;
    return cu_kind_of(arg->sym->type);
}

/* Methods the runtime calls for an operator (a + b, a < b, ...): they may
 * return NotImplemented whatever their annotation says (mypy allows it), and
 * the runtime then tries the reflected method, so their result stays boxed. */
static bool is_operator_dunder(const char *name)
{
    static const char *const ops[] = {   /* the first 6 have no r/i forms */
        "eq", "ne", "lt", "le", "gt", "ge", "add", "sub", "mul", "matmul", "truediv",
        "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or",
    };
    size_t n = strlen(name);
    if (n < 6 || strncmp(name, "__", 2) != 0 || strcmp(name + n - 2, "__") != 0)
        return false;
    const char *core = name + 2;
    size_t len = n - 4;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t k = strlen(ops[i]);
        if (k == len && strncmp(core, ops[i], k) == 0)
            return true;
        if (i >= 6 && k == len - 1 && (core[0] == 'r' || core[0] == 'i') &&
            strncmp(core + 1, ops[i], k) == 0)
            return true;
    }
    return false;
}

TpyValueKind cu_function_ret_kind(bool method, const char *name, TpyType *ftype)
{
    if (ftype == NULL || ftype->kind != TPY_TYPE_CALLABLE || ftype->ret == NULL ||
        (ftype->flags & TPY_FN_GENERATOR))
        return TPY_KIND_OBJ;
    if (method && name != NULL && is_operator_dunder(name))
        return TPY_KIND_OBJ;
    return cu_kind_of(ftype->ret);
}

TpyObject *cu_compile_function(Unit *parent, TpyAstStmt *def, TpyAstArguments *args,
                               TpyAstStmtList *body, TpyAstExpr *lambda_body, TpyScope *scope,
                               const char *name, const char *qualname, TpyType *ftype,
                               int *cells_first, int *ncells)
{
    Unit unit, *u = &unit;
again:
    unit_init(u, parent, parent->c, scope);
    u->can_rebox = true;
    snprintf(u->qual, sizeof u->qual, "%s.<locals>.", qualname);
    u->line = def != NULL ? def->pos.line : (lambda_body != NULL ? lambda_body->pos.line : 1);
    int firstline = u->line;
    if (ftype != NULL && ftype->kind == TPY_TYPE_CALLABLE) {
        u->ret_type = ftype->ret;
        u->is_generator = (ftype->flags & TPY_FN_GENERATOR) != 0;
    }
    u->ret_kind = u->is_generator || u->ret_type == NULL
                      ? TPY_KIND_OBJ
                      : cu_function_ret_kind(parent->cls != NULL && def != NULL, name, ftype);

    /* parameters, in CPython's order */
    const TpyAstArg *params[256];
    bool star[256];
    int np = 0, npos = 0, nposonly = 0, nkwonly = 0;
    uint32_t flags = 0;
    if (args->posonlyargs.count + args->args.count + args->kwonlyargs.count > 250)
        cu_error(u, u->line, "too many parameters (tpy's limit is 250)");
    for (int i = 0; i < args->posonlyargs.count && np < 250; i++, np++, npos++, nposonly++) {
        params[np] = args->posonlyargs.items[i];
        star[np] = false;
    }
    for (int i = 0; i < args->args.count && np < 250; i++, np++, npos++) {
        params[np] = args->args.items[i];
        star[np] = false;
    }
    if (args->vararg != NULL) {
        params[np] = args->vararg;
        star[np++] = true;
        flags |= TPY_CODE_VARARGS;
    }
    for (int i = 0; i < args->kwonlyargs.count && np < 250; i++, np++, nkwonly++) {
        params[np] = args->kwonlyargs.items[i];
        star[np] = false;
    }
    if (args->kwarg != NULL) {
        params[np] = args->kwarg;
        star[np++] = true;
        flags |= TPY_CODE_VARKW;
    }
    uint32_t *param_regs = calloc((size_t)np + 1, sizeof(uint32_t));
    uint8_t *param_kinds = calloc((size_t)np + 1, 1);
    char **param_names = calloc((size_t)np + 1, sizeof(char *));
    for (int i = 0; i < np; i++) {
        TpyValueKind k = param_kind(params[i], star[i]);
        int reg;
        if (params[i]->sym != NULL) {
            declare_local(u, params[i]->sym, true, k, &reg);
            da_assign(u, params[i]->sym);
        } else {
            reg = cu_alloc_local(u, k, params[i]->name);
        }
        param_regs[i] = (uint32_t)reg;
        param_kinds[i] = (uint8_t)k;
        param_names[i] = strdup(params[i]->name);
    }
    /* the other locals of the scope */
    for (int i = 0; i < scope->count; i++) {
        TpySymbol *sym = scope->symbols[i];
        if (sym->flags & (TPY_SYMF_GLOBAL | TPY_SYMF_NONLOCAL))
            continue;
        if (sym->kind == TPY_SYM_PARAM || cu_local(u, sym) != NULL)
            continue;
        declare_local(u, sym, false, sym_kind(sym), NULL);
    }
    /* body */
    if (lambda_body != NULL) {
        int mark = u->tmp_top;
        Val v = ce_expr_as(u, lambda_body, u->ret_kind, u->ret_type, -1);
        cu_emit(u, TPY_OP_RETURN, (uint32_t)v.reg);
        cu_free_to(u, mark);
    } else {
        cs_body(u, body);
        cu_emit(u, TPY_OP_RETURN_NONE);
    }
    if (u->rebox && !u->c->failed) {
        /* some unboxed locals may be read unbound: compile again with them
         * boxed (TPY_SYMF_BOXED is set now), so CHECK_BOUND can test them */
        for (int i = 0; i < np; i++)
            free(param_names[i]);
        free(param_names);
        free(param_kinds);
        free(param_regs);
        unit_free(u);
        goto again;
    }
    TpyCgCode spec;
    unit_finish(u, name, qualname, firstline, &spec);
    spec.doc = lambda_body == NULL ? body_docstring(body) : NULL;
    spec.nparams = (uint32_t)np;
    spec.npositional = (uint32_t)npos;
    spec.nposonly = (uint32_t)nposonly;
    spec.nkwonly = (uint32_t)nkwonly;
    spec.flags |= flags;
    spec.param_regs = param_regs;
    spec.param_kinds = param_kinds;
    spec.param_names = param_names;
    TpyObject *code = tpy_cg_code_build(&spec);
    /* the cells the new function captures, loaded in the parent */
    *ncells = u->nfree;
    *cells_first = -1;
    if (u->nfree > 0) {
        int n = u->nfree;
        int first = cu_alloc_objs(parent, n);
        for (int i = 0; i < n; i++) {
            const TpySymbol *sym = u->freevars[i];
            SymReg *l = cu_local(parent, sym);
            if (l != NULL && l->cell)
                cu_emit(parent, TPY_OP_MOVE, (uint32_t)(first + i), (uint32_t)l->reg);
            else if (parent->is_module || l != NULL)
                cu_error(parent, parent->line, "cannot capture '%s'", sym->name);
            else
                cu_emit(parent, TPY_OP_LOAD_CLOSURE_CELL, (uint32_t)(first + i),
                        (uint32_t)cu_freevar(parent, sym));
        }
        *cells_first = first;
    }
    unit_free(u);
    return code;
}

/* ---------------------------------------------------------------- modules */

TpyObject *tpy_compile_module(TpyAstModule *ast, const char *name, const char *filename)
{
    if (tpy_cg_module_lookup(name) != NULL) {
        tpy_cg_error_set("module compiled twice");
        return NULL;
    }
    TpyScope *scope = ast->scope;
    Compiler comp;
    memset(&comp, 0, sizeof comp);
    comp.filename = filename;
    comp.module = scope != NULL ? scope->module : NULL;
    TpyObject *module = tpy_cg_module_new(name, scope != NULL ? (uint32_t)scope->count : 0);
    if (module == NULL)
        return NULL;
    comp.module_obj = module;
    for (int i = 0; scope != NULL && i < scope->count; i++) {
        TpySymbol *sym = scope->symbols[i];
        if (tpy_cg_module_set_slot(module, (uint32_t)i, sym->name, sym_kind(sym)) < 0) {
            tpy_cg_decref(module);
            return NULL;
        }
    }
    /* register before compiling the body: imports of this module from the
     * modules it imports (cycles) find it */
    if (tpy_cg_module_register(module) < 0) {
        tpy_cg_decref(module);
        return NULL;
    }
    Unit unit, *u = &unit;
    unit_init(u, NULL, &comp, scope);
    u->is_module = true;
    u->ret_kind = TPY_KIND_OBJ;
    u->line = 1;
    cs_body(u, &ast->body);
    cu_emit(u, TPY_OP_RETURN_NONE);
    TpyObject *code = NULL;
    if (!comp.failed) {
        TpyCgCode spec;
        unit_finish(u, "<module>", "<module>", 1, &spec);
        spec.doc = body_docstring(&ast->body);
        code = tpy_cg_code_build(&spec);
    }
    unit_free(u);
    if (code == NULL) {
        if (!tpy_cg_error_pending()) {
            char msg[300];
            snprintf(msg, sizeof msg, "tpy compiler: %s", comp.error);
            tpy_cg_error_set(msg);
        }
        tpy_cg_decref(module);
        return NULL;
    }
    tpy_cg_module_set_body(module, code);
    return module;
}

/* ---------------------------------------------------------------- generator expressions */

TpyObject *cu_compile_genexp(Unit *parent, TpyAstExpr *e, void (*run)(Unit *, void *), void *ctx,
                             int *cells_first, int *ncells)
{
    Unit unit, *u = &unit;
    TpyAstComprehension *g0 = e->u.listcomp.generators.items[0];
    unit_init(u, parent, parent->c, g0->scope);
    u->line = e->pos.line;
    u->is_generator = true;
    u->ret_kind = TPY_KIND_OBJ;
    snprintf(u->qual, sizeof u->qual, "%.180s<genexpr>", parent->qual);
    int arg = cu_alloc_local(u, TPY_KIND_OBJ, ".0");
    (void)arg;
    run(u, ctx);
    cu_emit(u, TPY_OP_RETURN_NONE);
    TpyCgCode spec;
    unit_finish(u, "<genexpr>", u->qual, e->pos.line, &spec);
    spec.nparams = spec.npositional = 1;
    spec.param_regs = calloc(1, sizeof(uint32_t));
    spec.param_kinds = calloc(1, 1);
    spec.param_names = calloc(1, sizeof(char *));
    spec.param_names[0] = strdup(".0");
    TpyObject *code = tpy_cg_code_build(&spec);
    *ncells = u->nfree;
    *cells_first = -1;
    if (u->nfree > 0) {
        int n = u->nfree;
        int first = cu_alloc_objs(parent, n);
        for (int i = 0; i < n; i++) {
            SymReg *l = cu_local(parent, u->freevars[i]);
            if (l != NULL && l->cell)
                cu_emit(parent, TPY_OP_MOVE, (uint32_t)(first + i), (uint32_t)l->reg);
            else
                cu_emit(parent, TPY_OP_LOAD_CLOSURE_CELL, (uint32_t)(first + i),
                        (uint32_t)cu_freevar(parent, u->freevars[i]));
        }
        *cells_first = first;
    }
    unit_free(u);
    return code;
}

/* Evaluate the defaults of `args` (boxed, one register per parameter up to
 * the last one with a default) and emit MAKE_FUNCTION into dst. */
void cu_emit_make_function(Unit *u, TpyObject *code, TpyAstArguments *args, int cells_first,
                           int ncells, int dst)
{
    TpyAstExpr *defaults[256];
    int np = 0;
    int npos = args->posonlyargs.count + args->args.count;
    int ndef = args->defaults.count;
    for (int i = 0; i < npos && np < 250; i++)
        defaults[np++] = i >= npos - ndef ? args->defaults.items[i - (npos - ndef)] : NULL;
    if (args->vararg != NULL)
        defaults[np++] = NULL;
    for (int i = 0; i < args->kwonlyargs.count && np < 250; i++)
        defaults[np++] = i < args->kw_defaults.count ? args->kw_defaults.items[i] : NULL;
    int last = -1;
    for (int i = 0; i < np; i++)
        if (defaults[i] != NULL)
            last = i;
    int first = 0;
    int mark = u->tmp_top;
    if (last >= 0) {
        first = cu_alloc_objs(u, last + 1);
        for (int i = 0; i <= last; i++) {
            if (defaults[i] == NULL)
                continue;
            int inner = u->tmp_top;
            TpyAstArg *a = NULL;
            if (i < args->posonlyargs.count)
                a = args->posonlyargs.items[i];
            else if (i < npos)
                a = args->args.items[i - args->posonlyargs.count];
            ce_expr_as(u, defaults[i], TPY_KIND_OBJ, a != NULL && a->sym != NULL ? a->sym->type : NULL,
                       first + i);
            cu_free_to(u, inner);
        }
        for (int i = 0; i <= last; i++)
            cu_mark_clear(u, first + i, false);
    }
    cu_emit(u, TPY_OP_MAKE_FUNCTION, (uint32_t)dst, (uint32_t)cu_const(u, code), (uint32_t)first,
            (uint32_t)(last + 1), (uint32_t)(cells_first < 0 ? 0 : cells_first), (uint32_t)ncells);
    if (cells_first >= 0)
        for (int i = 0; i < ncells; i++)
            cu_mark_clear(u, cells_first + i, false);
    cu_free_to(u, mark);
}
