/* frontend/ast.c: building AST nodes and printing them like Python's ast.dump().
 *
 * The dump follows Lib/ast.py's dump(annotate_fields=True,
 * include_attributes=False) for 3.11: fields in ASDL order, optional fields
 * left out when absent, lists always shown, constants printed with Python's
 * repr().  Matching it byte for byte lets tests compare against
 * `python3 -c 'import ast; print(ast.dump(ast.parse(src)))'`.
 * Recursion depth is bounded by the parser (TPY_PARSER_MAX_NESTING and the
 * indentation limit), and the dump adds its own guard for hand-built trees.
 */
#include "ast.h"

#include <math.h>
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "parser_internal.h"

/* Nodes are allocated only as big as their kind's member of the union: a
 * Name takes 56 bytes instead of the 88 of the largest (Constant).  Nothing
 * copies whole nodes or changes a node's kind, so the rest is never touched.
 * Rounded up to 8 so the arena keeps nodes pointer-aligned. */
#define NODE_SIZE(type, member) \
    ((offsetof(type, u) + sizeof(((type *)0)->u.member) + 7) & ~(size_t)7)

static size_t expr_node_size(TpyExprKind kind)
{
    switch (kind) {
    case TPY_EXPR_BOOLOP: return NODE_SIZE(TpyAstExpr, boolop);
    case TPY_EXPR_NAMEDEXPR: return NODE_SIZE(TpyAstExpr, namedexpr);
    case TPY_EXPR_BINOP: return NODE_SIZE(TpyAstExpr, binop);
    case TPY_EXPR_UNARYOP: return NODE_SIZE(TpyAstExpr, unaryop);
    case TPY_EXPR_LAMBDA: return NODE_SIZE(TpyAstExpr, lambda);
    case TPY_EXPR_IFEXP: return NODE_SIZE(TpyAstExpr, ifexp);
    case TPY_EXPR_DICT: return NODE_SIZE(TpyAstExpr, dict);
    case TPY_EXPR_SET: return NODE_SIZE(TpyAstExpr, set);
    case TPY_EXPR_LISTCOMP:
    case TPY_EXPR_SETCOMP:
    case TPY_EXPR_GENERATOREXP: return NODE_SIZE(TpyAstExpr, listcomp);
    case TPY_EXPR_DICTCOMP: return NODE_SIZE(TpyAstExpr, dictcomp);
    case TPY_EXPR_AWAIT: return NODE_SIZE(TpyAstExpr, await_);
    case TPY_EXPR_YIELD: return NODE_SIZE(TpyAstExpr, yield);
    case TPY_EXPR_YIELDFROM: return NODE_SIZE(TpyAstExpr, yieldfrom);
    case TPY_EXPR_COMPARE: return NODE_SIZE(TpyAstExpr, compare);
    case TPY_EXPR_CALL: return NODE_SIZE(TpyAstExpr, call);
    case TPY_EXPR_FORMATTEDVALUE: return NODE_SIZE(TpyAstExpr, formattedvalue);
    case TPY_EXPR_JOINEDSTR: return NODE_SIZE(TpyAstExpr, joinedstr);
    case TPY_EXPR_CONSTANT: return NODE_SIZE(TpyAstExpr, constant);
    case TPY_EXPR_ATTRIBUTE: return NODE_SIZE(TpyAstExpr, attribute);
    case TPY_EXPR_SUBSCRIPT: return NODE_SIZE(TpyAstExpr, subscript);
    case TPY_EXPR_STARRED: return NODE_SIZE(TpyAstExpr, starred);
    case TPY_EXPR_NAME: return NODE_SIZE(TpyAstExpr, name);
    case TPY_EXPR_LIST:
    case TPY_EXPR_TUPLE: return NODE_SIZE(TpyAstExpr, list);
    case TPY_EXPR_SLICE: return NODE_SIZE(TpyAstExpr, slice);
    }
    return sizeof(TpyAstExpr);
}

static size_t stmt_node_size(TpyStmtKind kind)
{
    switch (kind) {
    case TPY_STMT_FUNCTIONDEF: return NODE_SIZE(TpyAstStmt, functiondef);
    case TPY_STMT_CLASSDEF: return NODE_SIZE(TpyAstStmt, classdef);
    case TPY_STMT_RETURN: return NODE_SIZE(TpyAstStmt, return_);
    case TPY_STMT_DELETE: return NODE_SIZE(TpyAstStmt, delete_);
    case TPY_STMT_ASSIGN: return NODE_SIZE(TpyAstStmt, assign);
    case TPY_STMT_AUGASSIGN: return NODE_SIZE(TpyAstStmt, augassign);
    case TPY_STMT_ANNASSIGN: return NODE_SIZE(TpyAstStmt, annassign);
    case TPY_STMT_FOR: return NODE_SIZE(TpyAstStmt, for_);
    case TPY_STMT_WHILE: return NODE_SIZE(TpyAstStmt, while_);
    case TPY_STMT_IF: return NODE_SIZE(TpyAstStmt, if_);
    case TPY_STMT_WITH: return NODE_SIZE(TpyAstStmt, with);
    case TPY_STMT_RAISE: return NODE_SIZE(TpyAstStmt, raise);
    case TPY_STMT_TRY: return NODE_SIZE(TpyAstStmt, try_);
    case TPY_STMT_ASSERT: return NODE_SIZE(TpyAstStmt, assert_);
    case TPY_STMT_IMPORT: return NODE_SIZE(TpyAstStmt, import);
    case TPY_STMT_IMPORTFROM: return NODE_SIZE(TpyAstStmt, importfrom);
    case TPY_STMT_GLOBAL:
    case TPY_STMT_NONLOCAL: return NODE_SIZE(TpyAstStmt, global);
    case TPY_STMT_EXPR: return NODE_SIZE(TpyAstStmt, expr);
    case TPY_STMT_PASS:
    case TPY_STMT_BREAK:
    case TPY_STMT_CONTINUE: return offsetof(TpyAstStmt, u);
    case TPY_STMT_UNSUPPORTED: return NODE_SIZE(TpyAstStmt, unsupported);
    }
    return sizeof(TpyAstStmt);
}

/* Under AddressSanitizer the full node is allocated and the unused tail
 * poisoned, so a sanitizer run proves no pass reads a member of the wrong
 * kind. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
static void *node_alloc(TpyArena *arena, size_t size, size_t full)
{
    unsigned char *node = tpy_arena_alloc(arena, full);
    ASAN_POISON_MEMORY_REGION(node + size, full - size);
    return node;
}
#else
#define node_alloc(arena, size, full) tpy_arena_alloc((arena), (size))
#endif

TpyAstExpr *tpy_ast_new_expr(TpyArena *arena, TpyExprKind kind, TpyPos pos)
{
    TpyAstExpr *e = node_alloc(arena, expr_node_size(kind), sizeof(TpyAstExpr));
    e->kind = kind;
    e->pos = pos;
    return e;
}

TpyAstStmt *tpy_ast_new_stmt(TpyArena *arena, TpyStmtKind kind, TpyPos pos)
{
    TpyAstStmt *s = node_alloc(arena, stmt_node_size(kind), sizeof(TpyAstStmt));
    s->kind = kind;
    s->pos = pos;
    return s;
}

/* CPython's _PyPegen_get_expr_name: how error messages name an expression. */
const char *tpy_ast_expr_name(const TpyAstExpr *e)
{
    switch (e->kind) {
    case TPY_EXPR_ATTRIBUTE: return "attribute";
    case TPY_EXPR_SUBSCRIPT: return "subscript";
    case TPY_EXPR_STARRED: return "starred";
    case TPY_EXPR_NAME: return "name";
    case TPY_EXPR_LIST: return "list";
    case TPY_EXPR_TUPLE: return "tuple";
    case TPY_EXPR_LAMBDA: return "lambda";
    case TPY_EXPR_CALL: return "function call";
    case TPY_EXPR_BOOLOP: case TPY_EXPR_BINOP: case TPY_EXPR_UNARYOP: return "expression";
    case TPY_EXPR_GENERATOREXP: return "generator expression";
    case TPY_EXPR_YIELD: case TPY_EXPR_YIELDFROM: return "yield expression";
    case TPY_EXPR_AWAIT: return "await expression";
    case TPY_EXPR_LISTCOMP: return "list comprehension";
    case TPY_EXPR_SETCOMP: return "set comprehension";
    case TPY_EXPR_DICTCOMP: return "dict comprehension";
    case TPY_EXPR_DICT: return "dict literal";
    case TPY_EXPR_SET: return "set display";
    case TPY_EXPR_JOINEDSTR: case TPY_EXPR_FORMATTEDVALUE: return "f-string expression";
    case TPY_EXPR_CONSTANT:
        switch (e->u.constant.kind) {
        case TPY_CONST_NONE: return "None";
        case TPY_CONST_TRUE: return "True";
        case TPY_CONST_FALSE: return "False";
        case TPY_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case TPY_EXPR_COMPARE: return "comparison";
    case TPY_EXPR_IFEXP: return "conditional expression";
    case TPY_EXPR_NAMEDEXPR: return "named expression";
    case TPY_EXPR_SLICE: return "slice";
    }
    return "expression";
}

const char *tpy_binop_symbol(TpyBinOp op)
{
    static const char *const names[] = { "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|",
                                         "^", "&", "//" };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

const char *tpy_cmpop_symbol(TpyCmpOp op)
{
    static const char *const names[] = { "==", "!=", "<", "<=", ">", ">=", "is", "is not",
                                         "in", "not in" };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

const char *tpy_unaryop_symbol(TpyUnaryOp op)
{
    static const char *const names[] = { "~", "not", "+", "-" };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

/* ------------------------------------------------------------------ dump */

#define DUMP_MAX_DEPTH 20000

typedef struct Dumper {
    FILE *out;
    int depth;
} Dumper;

static void dump_expr(Dumper *d, const TpyAstExpr *e);
static void dump_stmts(Dumper *d, const TpyAstStmtList *list);

static const char *binop_name(TpyBinOp op)
{
    static const char *const names[] = { "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                         "LShift", "RShift", "BitOr", "BitXor", "BitAnd",
                                         "FloorDiv" };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

static const char *cmpop_name(TpyCmpOp op)
{
    static const char *const names[] = { "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot",
                                         "In", "NotIn" };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

static const char *unaryop_name(TpyUnaryOp op)
{
    static const char *const names[] = { "Invert", "Not", "UAdd", "USub" };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

static const char *ctx_name(TpyExprContext ctx)
{
    return ctx == TPY_CTX_STORE ? "Store()" : ctx == TPY_CTX_DEL ? "Del()" : "Load()";
}

/* Python's str.isprintable() for one code point, approximately. */
static bool dump_printable(uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F)
        return false;
    if (cp < 0x7F)
        return true;
    if (cp <= 0xA0 || cp == 0xAD)
        return false;
    if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
        (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF || cp == 0x1680 ||
        (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xE000 && cp <= 0xF8FF) ||
        (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF || cp >= 0xF0000 || (cp >= 0xE0000 && cp <= 0xE0FFF) ||
        cp == 0x061C || cp == 0x180E || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD ||
        cp == 0x070F || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD)
        return false;
    return true;
}

/* Decode UTF-8 (also 3-byte surrogates); returns the length (>= 1). */
static int dump_decode(const unsigned char *s, const unsigned char *end, uint32_t *cp)
{
    unsigned c = s[0];
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c >= 0x80 && c < 0xC0)
        n = 1;
    if (end - s < n)
        n = 1;
    uint32_t v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int i = 1; i < n; i++)
        v = (v << 6) | (s[i] & 0x3F);
    *cp = v;
    return n;
}

static void dump_str_repr(FILE *out, const char *s, size_t n, bool bytes)
{
    bool has_single = memchr(s, '\'', n) != NULL, has_double = memchr(s, '"', n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    if (bytes)
        fputc('b', out);
    fputc(quote, out);
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        uint32_t cp;
        int len = bytes ? 1 : dump_decode(p, end, &cp);
        if (bytes)
            cp = *p;
        if (cp == (uint32_t)quote || cp == '\\') {
            fputc('\\', out);
            fputc((int)cp, out);
        } else if (cp == '\n') {
            fputs("\\n", out);
        } else if (cp == '\r') {
            fputs("\\r", out);
        } else if (cp == '\t') {
            fputs("\\t", out);
        } else if (bytes ? (cp < 0x20 || cp >= 0x7F) : !dump_printable(cp)) {
            if (cp <= 0xFF)
                fprintf(out, "\\x%02x", cp);
            else if (cp <= 0xFFFF)
                fprintf(out, "\\u%04x", cp);
            else
                fprintf(out, "\\U%08x", cp);
        } else {
            fwrite(p, 1, (size_t)len, out);
        }
        p += len;
    }
    fputc(quote, out);
}

/* Python's float repr: shortest round-trip digits; exponent form when the
 * decimal exponent is < -4 or >= 16. */
static void dump_float_repr(FILE *out, double v, bool imag)
{
    if (isinf(v)) {
        fputs(v > 0 ? "inf" : "-inf", out);
        return;
    }
    if (isnan(v)) {
        fputs("nan", out);
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    /* buf = d.ddde[+-]XX */
    char digits[32];
    int nd = 0;
    const char *q = buf;
    bool neg = false;
    if (*q == '-') {
        neg = true;
        q++;
    }
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    if (neg)
        fputc('-', out);
    if (exp < -4 || exp >= 16) {
        fputc(digits[0], out);
        if (nd > 1)
            fprintf(out, ".%s", digits + 1);
        fprintf(out, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        fputs("0.", out);
        for (int i = -1; i > exp; i--)
            fputc('0', out);
        fputs(digits, out);
    } else {
        for (int i = 0; i <= exp; i++)
            fputc(i < nd ? digits[i] : '0', out);
        if (nd > exp + 1)
            fprintf(out, ".%s", digits + exp + 1);
        else if (!imag)
            fputs(".0", out);
    }
}

static void dump_constant(Dumper *d, const TpyAstExpr *e)
{
    FILE *out = d->out;
    fputs("Constant(value=", out);
    switch (e->u.constant.kind) {
    case TPY_CONST_NONE: fputs("None", out); break;
    case TPY_CONST_TRUE: fputs("True", out); break;
    case TPY_CONST_FALSE: fputs("False", out); break;
    case TPY_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case TPY_CONST_INT:
        if (e->u.constant.int_text != NULL)
            fputs(e->u.constant.int_text, out);
        else
            fprintf(out, "%lld", (long long)e->u.constant.int_value);
        break;
    case TPY_CONST_FLOAT: dump_float_repr(out, e->u.constant.float_value, false); break;
    case TPY_CONST_IMAG:
        dump_float_repr(out, e->u.constant.float_value, true);
        fputc('j', out);
        break;
    case TPY_CONST_STR:
    case TPY_CONST_BYTES:
        dump_str_repr(out, e->u.constant.str ? e->u.constant.str : "", e->u.constant.str_len,
                      e->u.constant.kind == TPY_CONST_BYTES);
        break;
    }
    fputc(')', out);
}

static void dump_expr_list(Dumper *d, const TpyAstExprList *list)
{
    fputc('[', d->out);
    for (int i = 0; i < list->count; i++) {
        if (i)
            fputs(", ", d->out);
        dump_expr(d, list->items[i]);
    }
    fputc(']', d->out);
}

static void dump_arg(Dumper *d, const TpyAstArg *a)
{
    fputs("arg(arg=", d->out);
    dump_str_repr(d->out, a->name, strlen(a->name), false);
    if (a->annotation) {
        fputs(", annotation=", d->out);
        dump_expr(d, a->annotation);
    }
    fputc(')', d->out);
}

static void dump_arg_list(Dumper *d, const TpyAstArgList *list)
{
    fputc('[', d->out);
    for (int i = 0; i < list->count; i++) {
        if (i)
            fputs(", ", d->out);
        dump_arg(d, list->items[i]);
    }
    fputc(']', d->out);
}

static void dump_arguments(Dumper *d, const TpyAstArguments *a)
{
    FILE *out = d->out;
    fputs("arguments(posonlyargs=", out);
    dump_arg_list(d, &a->posonlyargs);
    fputs(", args=", out);
    dump_arg_list(d, &a->args);
    if (a->vararg) {
        fputs(", vararg=", out);
        dump_arg(d, a->vararg);
    }
    fputs(", kwonlyargs=", out);
    dump_arg_list(d, &a->kwonlyargs);
    fputs(", kw_defaults=[", out);
    for (int i = 0; i < a->kw_defaults.count; i++) {
        if (i)
            fputs(", ", out);
        if (a->kw_defaults.items[i])
            dump_expr(d, a->kw_defaults.items[i]);
        else
            fputs("None", out);
    }
    fputc(']', out);
    if (a->kwarg) {
        fputs(", kwarg=", out);
        dump_arg(d, a->kwarg);
    }
    fputs(", defaults=", out);
    dump_expr_list(d, &a->defaults);
    fputc(')', out);
}

static void dump_keywords(Dumper *d, const TpyAstKeywordList *list)
{
    fputc('[', d->out);
    for (int i = 0; i < list->count; i++) {
        const TpyAstKeyword *k = list->items[i];
        if (i)
            fputs(", ", d->out);
        fputs("keyword(", d->out);
        if (k->name) {
            fputs("arg=", d->out);
            dump_str_repr(d->out, k->name, strlen(k->name), false);
            fputs(", ", d->out);
        }
        fputs("value=", d->out);
        dump_expr(d, k->value);
        fputc(')', d->out);
    }
    fputc(']', d->out);
}

static void dump_generators(Dumper *d, const TpyAstComprehensionList *list)
{
    fputc('[', d->out);
    for (int i = 0; i < list->count; i++) {
        const TpyAstComprehension *c = list->items[i];
        if (i)
            fputs(", ", d->out);
        fputs("comprehension(target=", d->out);
        dump_expr(d, c->target);
        fputs(", iter=", d->out);
        dump_expr(d, c->iter);
        fputs(", ifs=", d->out);
        dump_expr_list(d, &c->ifs);
        fputs(", is_async=0)", d->out);
    }
    fputc(']', d->out);
}

static void dump_name_str(Dumper *d, const char *field, const char *s)
{
    fprintf(d->out, "%s=", field);
    dump_str_repr(d->out, s, strlen(s), false);
}

static void dump_expr(Dumper *d, const TpyAstExpr *e)
{
    FILE *out = d->out;
    if (e == NULL) {
        fputs("None", out);
        return;
    }
    if (++d->depth > DUMP_MAX_DEPTH) {
        fputs("...", out);
        d->depth--;
        return;
    }
    switch (e->kind) {
    case TPY_EXPR_BOOLOP:
        fprintf(out, "BoolOp(op=%s(), values=", e->u.boolop.op == TPY_BOOLOP_AND ? "And" : "Or");
        dump_expr_list(d, &e->u.boolop.values);
        fputc(')', out);
        break;
    case TPY_EXPR_NAMEDEXPR:
        fputs("NamedExpr(target=", out);
        dump_expr(d, e->u.namedexpr.target);
        fputs(", value=", out);
        dump_expr(d, e->u.namedexpr.value);
        fputc(')', out);
        break;
    case TPY_EXPR_BINOP:
        fputs("BinOp(left=", out);
        dump_expr(d, e->u.binop.left);
        fprintf(out, ", op=%s(), right=", binop_name(e->u.binop.op));
        dump_expr(d, e->u.binop.right);
        fputc(')', out);
        break;
    case TPY_EXPR_UNARYOP:
        fprintf(out, "UnaryOp(op=%s(), operand=", unaryop_name(e->u.unaryop.op));
        dump_expr(d, e->u.unaryop.operand);
        fputc(')', out);
        break;
    case TPY_EXPR_LAMBDA:
        fputs("Lambda(args=", out);
        dump_arguments(d, e->u.lambda.args);
        fputs(", body=", out);
        dump_expr(d, e->u.lambda.body);
        fputc(')', out);
        break;
    case TPY_EXPR_IFEXP:
        fputs("IfExp(test=", out);
        dump_expr(d, e->u.ifexp.test);
        fputs(", body=", out);
        dump_expr(d, e->u.ifexp.body);
        fputs(", orelse=", out);
        dump_expr(d, e->u.ifexp.orelse);
        fputc(')', out);
        break;
    case TPY_EXPR_DICT:
        fputs("Dict(keys=", out);
        dump_expr_list(d, &e->u.dict.keys);
        fputs(", values=", out);
        dump_expr_list(d, &e->u.dict.values);
        fputc(')', out);
        break;
    case TPY_EXPR_SET:
        fputs("Set(elts=", out);
        dump_expr_list(d, &e->u.set.elts);
        fputc(')', out);
        break;
    case TPY_EXPR_LISTCOMP:
    case TPY_EXPR_SETCOMP:
    case TPY_EXPR_GENERATOREXP:
        fputs(e->kind == TPY_EXPR_LISTCOMP ? "ListComp(elt=" : e->kind == TPY_EXPR_SETCOMP
                                                                   ? "SetComp(elt="
                                                                   : "GeneratorExp(elt=",
              out);
        dump_expr(d, e->u.listcomp.elt);
        fputs(", generators=", out);
        dump_generators(d, &e->u.listcomp.generators);
        fputc(')', out);
        break;
    case TPY_EXPR_DICTCOMP:
        fputs("DictComp(key=", out);
        dump_expr(d, e->u.dictcomp.key);
        fputs(", value=", out);
        dump_expr(d, e->u.dictcomp.value);
        fputs(", generators=", out);
        dump_generators(d, &e->u.dictcomp.generators);
        fputc(')', out);
        break;
    case TPY_EXPR_AWAIT:
        fputs("Await(value=", out);
        dump_expr(d, e->u.await_.value);
        fputc(')', out);
        break;
    case TPY_EXPR_YIELD:
        fputs("Yield(", out);
        if (e->u.yield.value) {
            fputs("value=", out);
            dump_expr(d, e->u.yield.value);
        }
        fputc(')', out);
        break;
    case TPY_EXPR_YIELDFROM:
        fputs("YieldFrom(value=", out);
        dump_expr(d, e->u.yieldfrom.value);
        fputc(')', out);
        break;
    case TPY_EXPR_COMPARE:
        fputs("Compare(left=", out);
        dump_expr(d, e->u.compare.left);
        fputs(", ops=[", out);
        for (int i = 0; i < e->u.compare.comparators.count; i++)
            fprintf(out, "%s%s()", i ? ", " : "", cmpop_name(e->u.compare.ops[i]));
        fputs("], comparators=", out);
        dump_expr_list(d, &e->u.compare.comparators);
        fputc(')', out);
        break;
    case TPY_EXPR_CALL:
        fputs("Call(func=", out);
        dump_expr(d, e->u.call.func);
        fputs(", args=", out);
        dump_expr_list(d, &e->u.call.args);
        fputs(", keywords=", out);
        dump_keywords(d, &e->u.call.keywords);
        fputc(')', out);
        break;
    case TPY_EXPR_FORMATTEDVALUE:
        fputs("FormattedValue(value=", out);
        dump_expr(d, e->u.formattedvalue.value);
        fprintf(out, ", conversion=%d", e->u.formattedvalue.conversion);
        if (e->u.formattedvalue.format_spec) {
            fputs(", format_spec=", out);
            dump_expr(d, e->u.formattedvalue.format_spec);
        }
        fputc(')', out);
        break;
    case TPY_EXPR_JOINEDSTR:
        fputs("JoinedStr(values=", out);
        dump_expr_list(d, &e->u.joinedstr.values);
        fputc(')', out);
        break;
    case TPY_EXPR_CONSTANT:
        dump_constant(d, e);
        break;
    case TPY_EXPR_ATTRIBUTE:
        fputs("Attribute(value=", out);
        dump_expr(d, e->u.attribute.value);
        fputs(", ", out);
        dump_name_str(d, "attr", e->u.attribute.attr);
        fprintf(out, ", ctx=%s)", ctx_name(e->u.attribute.ctx));
        break;
    case TPY_EXPR_SUBSCRIPT:
        fputs("Subscript(value=", out);
        dump_expr(d, e->u.subscript.value);
        fputs(", slice=", out);
        dump_expr(d, e->u.subscript.slice);
        fprintf(out, ", ctx=%s)", ctx_name(e->u.subscript.ctx));
        break;
    case TPY_EXPR_STARRED:
        fputs("Starred(value=", out);
        dump_expr(d, e->u.starred.value);
        fprintf(out, ", ctx=%s)", ctx_name(e->u.starred.ctx));
        break;
    case TPY_EXPR_NAME:
        fputs("Name(", out);
        dump_name_str(d, "id", e->u.name.id);
        fprintf(out, ", ctx=%s)", ctx_name(e->u.name.ctx));
        break;
    case TPY_EXPR_LIST:
    case TPY_EXPR_TUPLE:
        fputs(e->kind == TPY_EXPR_LIST ? "List(elts=" : "Tuple(elts=", out);
        dump_expr_list(d, &e->u.list.elts);
        fprintf(out, ", ctx=%s)", ctx_name(e->u.list.ctx));
        break;
    case TPY_EXPR_SLICE: {
        fputs("Slice(", out);
        const char *sep = "";
        if (e->u.slice.lower) {
            fputs("lower=", out);
            dump_expr(d, e->u.slice.lower);
            sep = ", ";
        }
        if (e->u.slice.upper) {
            fprintf(out, "%supper=", sep);
            dump_expr(d, e->u.slice.upper);
            sep = ", ";
        }
        if (e->u.slice.step) {
            fprintf(out, "%sstep=", sep);
            dump_expr(d, e->u.slice.step);
        }
        fputc(')', out);
        break;
    }
    }
    d->depth--;
}

static void dump_aliases(Dumper *d, const TpyAstAliasList *list)
{
    fputc('[', d->out);
    for (int i = 0; i < list->count; i++) {
        if (i)
            fputs(", ", d->out);
        fputs("alias(", d->out);
        dump_name_str(d, "name", list->items[i]->name);
        if (list->items[i]->asname) {
            fputs(", ", d->out);
            dump_name_str(d, "asname", list->items[i]->asname);
        }
        fputc(')', d->out);
    }
    fputc(']', d->out);
}

static void dump_stmt(Dumper *d, const TpyAstStmt *s)
{
    FILE *out = d->out;
    if (++d->depth > DUMP_MAX_DEPTH) {
        fputs("...", out);
        d->depth--;
        return;
    }
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF:
        fputs(s->u.functiondef.is_async ? "AsyncFunctionDef(" : "FunctionDef(", out);
        dump_name_str(d, "name", s->u.functiondef.name);
        fputs(", args=", out);
        dump_arguments(d, s->u.functiondef.args);
        fputs(", body=", out);
        dump_stmts(d, &s->u.functiondef.body);
        fputs(", decorator_list=", out);
        dump_expr_list(d, &s->u.functiondef.decorators);
        if (s->u.functiondef.returns) {
            fputs(", returns=", out);
            dump_expr(d, s->u.functiondef.returns);
        }
        fputc(')', out);
        break;
    case TPY_STMT_CLASSDEF:
        fputs("ClassDef(", out);
        dump_name_str(d, "name", s->u.classdef.name);
        fputs(", bases=", out);
        dump_expr_list(d, &s->u.classdef.bases);
        fputs(", keywords=", out);
        dump_keywords(d, &s->u.classdef.keywords);
        fputs(", body=", out);
        dump_stmts(d, &s->u.classdef.body);
        fputs(", decorator_list=", out);
        dump_expr_list(d, &s->u.classdef.decorators);
        fputc(')', out);
        break;
    case TPY_STMT_RETURN:
        fputs("Return(", out);
        if (s->u.return_.value) {
            fputs("value=", out);
            dump_expr(d, s->u.return_.value);
        }
        fputc(')', out);
        break;
    case TPY_STMT_DELETE:
        fputs("Delete(targets=", out);
        dump_expr_list(d, &s->u.delete_.targets);
        fputc(')', out);
        break;
    case TPY_STMT_ASSIGN:
        fputs("Assign(targets=", out);
        dump_expr_list(d, &s->u.assign.targets);
        fputs(", value=", out);
        dump_expr(d, s->u.assign.value);
        fputc(')', out);
        break;
    case TPY_STMT_AUGASSIGN:
        fputs("AugAssign(target=", out);
        dump_expr(d, s->u.augassign.target);
        fprintf(out, ", op=%s(), value=", binop_name(s->u.augassign.op));
        dump_expr(d, s->u.augassign.value);
        fputc(')', out);
        break;
    case TPY_STMT_ANNASSIGN:
        fputs("AnnAssign(target=", out);
        dump_expr(d, s->u.annassign.target);
        fputs(", annotation=", out);
        dump_expr(d, s->u.annassign.annotation);
        if (s->u.annassign.value) {
            fputs(", value=", out);
            dump_expr(d, s->u.annassign.value);
        }
        fprintf(out, ", simple=%d)", s->u.annassign.simple ? 1 : 0);
        break;
    case TPY_STMT_FOR:
        fputs(s->u.for_.is_async ? "AsyncFor(target=" : "For(target=", out);
        dump_expr(d, s->u.for_.target);
        fputs(", iter=", out);
        dump_expr(d, s->u.for_.iter);
        fputs(", body=", out);
        dump_stmts(d, &s->u.for_.body);
        fputs(", orelse=", out);
        dump_stmts(d, &s->u.for_.orelse);
        fputc(')', out);
        break;
    case TPY_STMT_WHILE:
    case TPY_STMT_IF:
        fputs(s->kind == TPY_STMT_WHILE ? "While(test=" : "If(test=", out);
        dump_expr(d, s->u.if_.test);
        fputs(", body=", out);
        dump_stmts(d, &s->u.if_.body);
        fputs(", orelse=", out);
        dump_stmts(d, &s->u.if_.orelse);
        fputc(')', out);
        break;
    case TPY_STMT_WITH:
        fputs(s->u.with.is_async ? "AsyncWith(items=[" : "With(items=[", out);
        for (int i = 0; i < s->u.with.items.count; i++) {
            const TpyAstWithItem *w = s->u.with.items.items[i];
            fputs(i ? ", withitem(context_expr=" : "withitem(context_expr=", out);
            dump_expr(d, w->context_expr);
            if (w->optional_vars) {
                fputs(", optional_vars=", out);
                dump_expr(d, w->optional_vars);
            }
            fputc(')', out);
        }
        fputs("], body=", out);
        dump_stmts(d, &s->u.with.body);
        fputc(')', out);
        break;
    case TPY_STMT_RAISE:
        fputs("Raise(", out);
        if (s->u.raise.exc) {
            fputs("exc=", out);
            dump_expr(d, s->u.raise.exc);
        }
        if (s->u.raise.cause) {
            fputs(", cause=", out);
            dump_expr(d, s->u.raise.cause);
        }
        fputc(')', out);
        break;
    case TPY_STMT_TRY:
        fputs("Try(body=", out);
        dump_stmts(d, &s->u.try_.body);
        fputs(", handlers=[", out);
        for (int i = 0; i < s->u.try_.handlers.count; i++) {
            const TpyAstExceptHandler *h = s->u.try_.handlers.items[i];
            fputs(i ? ", ExceptHandler(" : "ExceptHandler(", out);
            if (h->type) {
                fputs("type=", out);
                dump_expr(d, h->type);
                fputs(", ", out);
            }
            if (h->name) {
                dump_name_str(d, "name", h->name);
                fputs(", ", out);
            }
            fputs("body=", out);
            dump_stmts(d, &h->body);
            fputc(')', out);
        }
        fputs("], orelse=", out);
        dump_stmts(d, &s->u.try_.orelse);
        fputs(", finalbody=", out);
        dump_stmts(d, &s->u.try_.finalbody);
        fputc(')', out);
        break;
    case TPY_STMT_ASSERT:
        fputs("Assert(test=", out);
        dump_expr(d, s->u.assert_.test);
        if (s->u.assert_.msg) {
            fputs(", msg=", out);
            dump_expr(d, s->u.assert_.msg);
        }
        fputc(')', out);
        break;
    case TPY_STMT_IMPORT:
        fputs("Import(names=", out);
        dump_aliases(d, &s->u.import.names);
        fputc(')', out);
        break;
    case TPY_STMT_IMPORTFROM:
        fputs("ImportFrom(", out);
        if (s->u.importfrom.module) {
            dump_name_str(d, "module", s->u.importfrom.module);
            fputs(", ", out);
        }
        fputs("names=", out);
        dump_aliases(d, &s->u.importfrom.names);
        fprintf(out, ", level=%d)", s->u.importfrom.level);
        break;
    case TPY_STMT_GLOBAL:
    case TPY_STMT_NONLOCAL:
        fputs(s->kind == TPY_STMT_GLOBAL ? "Global(names=[" : "Nonlocal(names=[", out);
        for (int i = 0; i < s->u.global.names.count; i++) {
            if (i)
                fputs(", ", out);
            dump_str_repr(out, s->u.global.names.items[i], strlen(s->u.global.names.items[i]),
                          false);
        }
        fputs("])", out);
        break;
    case TPY_STMT_EXPR:
        fputs("Expr(value=", out);
        dump_expr(d, s->u.expr.value);
        fputc(')', out);
        break;
    case TPY_STMT_PASS: fputs("Pass()", out); break;
    case TPY_STMT_BREAK: fputs("Break()", out); break;
    case TPY_STMT_CONTINUE: fputs("Continue()", out); break;
    case TPY_STMT_UNSUPPORTED:
        fputs("Unsupported(what=", out);
        dump_str_repr(out, s->u.unsupported.what, strlen(s->u.unsupported.what), false);
        fputc(')', out);
        break;
    }
    d->depth--;
}

static void dump_stmts(Dumper *d, const TpyAstStmtList *list)
{
    fputc('[', d->out);
    for (int i = 0; i < list->count; i++) {
        if (i)
            fputs(", ", d->out);
        dump_stmt(d, list->items[i]);
    }
    fputc(']', d->out);
}

void tpy_ast_dump_module(const TpyAstModule *module, FILE *out)
{
    Dumper d = { out, 0 };
    fputs("Module(body=", out);
    dump_stmts(&d, &module->body);
    fputs(", type_ignores=[])", out);
}

void tpy_ast_dump_expr(const TpyAstExpr *expr, FILE *out)
{
    Dumper d = { out, 0 };
    dump_expr(&d, expr);
}
