/* frontend/ast.h: the abstract syntax tree, shared by parser, checker and compiler.
 *
 * The tree mirrors Python's own `ast` module (same node names, same fields) so
 * that anyone who knows `ast.dump()` can read it.  All nodes, lists and strings
 * live in one TpyArena per module: nothing here is freed individually.
 *
 * Positions: `line` is 1-based; `col` is the 1-based column counted in code
 * points (what mypy prints and where CPython puts its caret).  `end_line` /
 * `end_col` point one past the last code point of the node.
 *
 * The parser fills the syntactic fields.  The checker fills the fields marked
 * "checker:" (the static type of every expression, resolved symbols, scopes):
 * that is the "typed AST" the bytecode compiler reads.
 */
#ifndef TPY_FRONTEND_AST_H
#define TPY_FRONTEND_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct TpyType;    /* frontend/types.h */
struct TpySymbol;  /* frontend/scope.h */
struct TpyScope;   /* frontend/scope.h */

typedef struct TpyAstExpr TpyAstExpr;
typedef struct TpyAstStmt TpyAstStmt;

typedef struct TpyPos {
    int line, col, end_line, end_col;
} TpyPos;

/* A growable array of pointers, allocated in the arena. */
typedef struct TpyAstExprList { TpyAstExpr **items; int count; } TpyAstExprList;
typedef struct TpyAstStmtList { TpyAstStmt **items; int count; } TpyAstStmtList;

/* An identifier: UTF-8, NUL-terminated, arena-owned. */
typedef const char *TpyIdent;

typedef enum TpyExprContext { TPY_CTX_LOAD, TPY_CTX_STORE, TPY_CTX_DEL } TpyExprContext;

typedef enum TpyBinOp {
    TPY_BINOP_ADD, TPY_BINOP_SUB, TPY_BINOP_MULT, TPY_BINOP_MATMULT, TPY_BINOP_DIV,
    TPY_BINOP_MOD, TPY_BINOP_POW, TPY_BINOP_LSHIFT, TPY_BINOP_RSHIFT, TPY_BINOP_BITOR,
    TPY_BINOP_BITXOR, TPY_BINOP_BITAND, TPY_BINOP_FLOORDIV
} TpyBinOp;

typedef enum TpyUnaryOp { TPY_UNARY_INVERT, TPY_UNARY_NOT, TPY_UNARY_UADD, TPY_UNARY_USUB } TpyUnaryOp;

typedef enum TpyBoolOp { TPY_BOOLOP_AND, TPY_BOOLOP_OR } TpyBoolOp;

typedef enum TpyCmpOp {
    TPY_CMP_EQ, TPY_CMP_NOTEQ, TPY_CMP_LT, TPY_CMP_LTE, TPY_CMP_GT, TPY_CMP_GTE,
    TPY_CMP_IS, TPY_CMP_ISNOT, TPY_CMP_IN, TPY_CMP_NOTIN
} TpyCmpOp;

typedef enum TpyConstKind {
    TPY_CONST_NONE, TPY_CONST_TRUE, TPY_CONST_FALSE, TPY_CONST_ELLIPSIS,
    TPY_CONST_INT,     /* int_value if it fits in int64, else big: digits in int_text */
    TPY_CONST_FLOAT,   /* float_value */
    TPY_CONST_IMAG,    /* float_value is the imaginary part: 2j */
    TPY_CONST_STR,     /* str: UTF-8 bytes (may contain NUL), str_len bytes */
    TPY_CONST_BYTES    /* str: raw bytes, str_len bytes */
} TpyConstKind;

/* One `for ... in ... if ...` clause of a comprehension. */
typedef struct TpyAstComprehension {
    TpyAstExpr *target, *iter;
    TpyAstExprList ifs;
    struct TpyScope *scope;            /* checker: the comprehension's own scope */
} TpyAstComprehension;

typedef struct TpyAstComprehensionList { TpyAstComprehension **items; int count; } TpyAstComprehensionList;

typedef struct TpyAstKeyword {         /* name=value in a call; name NULL for **value */
    TpyPos pos;
    TpyIdent name;
    TpyAstExpr *value;
} TpyAstKeyword;

typedef struct TpyAstKeywordList { TpyAstKeyword **items; int count; } TpyAstKeywordList;

typedef struct TpyAstArg {             /* one parameter */
    TpyPos pos;
    TpyIdent name;
    TpyAstExpr *annotation;            /* NULL if absent */
    struct TpySymbol *sym;             /* checker */
} TpyAstArg;

typedef struct TpyAstArgList { TpyAstArg **items; int count; } TpyAstArgList;

typedef struct TpyAstArguments {
    TpyAstArgList posonlyargs;         /* before '/' */
    TpyAstArgList args;
    TpyAstArg *vararg;                 /* *args, or NULL */
    TpyAstArgList kwonlyargs;
    TpyAstExprList kw_defaults;        /* same length as kwonlyargs; NULL items = no default */
    TpyAstArg *kwarg;                  /* **kwargs, or NULL */
    TpyAstExprList defaults;           /* defaults of the last positional params */
} TpyAstArguments;

typedef enum TpyExprKind {
    TPY_EXPR_BOOLOP, TPY_EXPR_NAMEDEXPR, TPY_EXPR_BINOP, TPY_EXPR_UNARYOP,
    TPY_EXPR_LAMBDA, TPY_EXPR_IFEXP, TPY_EXPR_DICT, TPY_EXPR_SET,
    TPY_EXPR_LISTCOMP, TPY_EXPR_SETCOMP, TPY_EXPR_DICTCOMP, TPY_EXPR_GENERATOREXP,
    TPY_EXPR_AWAIT, TPY_EXPR_YIELD, TPY_EXPR_YIELDFROM, TPY_EXPR_COMPARE,
    TPY_EXPR_CALL, TPY_EXPR_FORMATTEDVALUE, TPY_EXPR_JOINEDSTR, TPY_EXPR_CONSTANT,
    TPY_EXPR_ATTRIBUTE, TPY_EXPR_SUBSCRIPT, TPY_EXPR_STARRED, TPY_EXPR_NAME,
    TPY_EXPR_LIST, TPY_EXPR_TUPLE, TPY_EXPR_SLICE
} TpyExprKind;

struct TpyAstExpr {
    TpyExprKind kind;
    TpyPos pos;
    struct TpyType *type;              /* checker: static type of this expression */
    union {
        struct { TpyBoolOp op; TpyAstExprList values; } boolop;
        struct { TpyAstExpr *target, *value; } namedexpr;               /* target is a Name */
        struct { TpyAstExpr *left; TpyBinOp op; TpyAstExpr *right; } binop;
        struct { TpyUnaryOp op; TpyAstExpr *operand; } unaryop;
        struct { TpyAstArguments *args; TpyAstExpr *body; struct TpyScope *scope; } lambda;
        struct { TpyAstExpr *test, *body, *orelse; } ifexp;
        struct { TpyAstExprList keys, values; } dict;                   /* key NULL: **value */
        struct { TpyAstExprList elts; } set;
        struct { TpyAstExpr *elt; TpyAstComprehensionList generators; } listcomp;  /* also set, generator */
        struct { TpyAstExpr *key, *value; TpyAstComprehensionList generators; } dictcomp;
        struct { TpyAstExpr *value; } await_;
        struct { TpyAstExpr *value; } yield;                            /* value may be NULL */
        struct { TpyAstExpr *value; } yieldfrom;
        struct { TpyAstExpr *left; TpyCmpOp *ops; TpyAstExprList comparators; } compare;
        struct { TpyAstExpr *func; TpyAstExprList args; TpyAstKeywordList keywords; } call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec is a JoinedStr or NULL */
        struct { TpyAstExpr *value; int conversion; TpyAstExpr *format_spec; } formattedvalue;
        struct { TpyAstExprList values; } joinedstr;                    /* Constant(str) and FormattedValue */
        struct {
            TpyConstKind kind;
            int64_t int_value; bool int_big; const char *int_text;  /* int_text: decimal digits, always set */
            double float_value;
            const char *str; size_t str_len;
        } constant;
        struct { TpyAstExpr *value; TpyIdent attr; TpyExprContext ctx; } attribute;
        struct { TpyAstExpr *value, *slice; TpyExprContext ctx; } subscript;  /* slice may be a Slice or Tuple */
        struct { TpyAstExpr *value; TpyExprContext ctx; } starred;
        struct { TpyIdent id; TpyExprContext ctx; struct TpySymbol *sym; } name;  /* sym: checker */
        struct { TpyAstExprList elts; TpyExprContext ctx; } list;       /* also tuple */
        struct { TpyAstExpr *lower, *upper, *step; } slice;            /* each may be NULL */
    } u;
};

typedef struct TpyAstAlias {           /* import a.b as c  /  from m import x as y */
    TpyPos pos;
    TpyIdent name;                     /* dotted for `import`; "*" for `from m import *` */
    TpyIdent asname;                   /* NULL if absent */
} TpyAstAlias;

typedef struct TpyAstAliasList { TpyAstAlias **items; int count; } TpyAstAliasList;

typedef struct TpyAstWithItem { TpyAstExpr *context_expr, *optional_vars; } TpyAstWithItem;
typedef struct TpyAstWithItemList { TpyAstWithItem **items; int count; } TpyAstWithItemList;

typedef struct TpyAstExceptHandler {
    TpyPos pos;
    TpyAstExpr *type;                  /* NULL for a bare `except:` */
    TpyIdent name;                     /* NULL if no `as name` */
    TpyAstStmtList body;
    struct TpySymbol *sym;             /* checker: the `as` name */
} TpyAstExceptHandler;

typedef struct TpyAstHandlerList { TpyAstExceptHandler **items; int count; } TpyAstHandlerList;

typedef struct TpyIdentList { TpyIdent *items; TpyPos *pos; int count; } TpyIdentList;

typedef enum TpyStmtKind {
    TPY_STMT_FUNCTIONDEF, TPY_STMT_CLASSDEF, TPY_STMT_RETURN, TPY_STMT_DELETE,
    TPY_STMT_ASSIGN, TPY_STMT_AUGASSIGN, TPY_STMT_ANNASSIGN, TPY_STMT_FOR,
    TPY_STMT_WHILE, TPY_STMT_IF, TPY_STMT_WITH, TPY_STMT_RAISE, TPY_STMT_TRY,
    TPY_STMT_ASSERT, TPY_STMT_IMPORT, TPY_STMT_IMPORTFROM, TPY_STMT_GLOBAL,
    TPY_STMT_NONLOCAL, TPY_STMT_EXPR, TPY_STMT_PASS, TPY_STMT_BREAK, TPY_STMT_CONTINUE,
    /* Valid Python that tpy does not support (async def/for/with, match,
     * except*): the parser records it here, `what` names the construct, and the
     * checker reports "unsupported in tpy: <what>". */
    TPY_STMT_UNSUPPORTED
} TpyStmtKind;

struct TpyAstStmt {
    TpyStmtKind kind;
    TpyPos pos;
    union {
        struct {
            TpyIdent name; TpyAstArguments *args; TpyAstStmtList body;
            TpyAstExprList decorators; TpyAstExpr *returns;        /* returns NULL if absent */
            bool is_async;
            struct TpyScope *scope;                                /* checker */
            struct TpySymbol *sym;                                 /* checker */
        } functiondef;
        struct {
            TpyIdent name; TpyAstExprList bases; TpyAstKeywordList keywords;
            TpyAstStmtList body; TpyAstExprList decorators;
            struct TpyScope *scope;                                /* checker */
            struct TpySymbol *sym;                                 /* checker */
        } classdef;
        struct { TpyAstExpr *value; } return_;                    /* value may be NULL */
        struct { TpyAstExprList targets; } delete_;
        struct { TpyAstExprList targets; TpyAstExpr *value; } assign;  /* a = b = value */
        struct { TpyAstExpr *target; TpyBinOp op; TpyAstExpr *value; } augassign;
        /* simple: target is a plain Name not in parentheses; value may be NULL */
        struct { TpyAstExpr *target, *annotation, *value; bool simple; } annassign;
        struct { TpyAstExpr *target, *iter; TpyAstStmtList body, orelse; bool is_async; } for_;
        struct { TpyAstExpr *test; TpyAstStmtList body, orelse; } while_;
        struct { TpyAstExpr *test; TpyAstStmtList body, orelse; } if_;  /* elif = If in orelse */
        struct { TpyAstWithItemList items; TpyAstStmtList body; bool is_async; } with;
        struct { TpyAstExpr *exc, *cause; } raise;                /* both may be NULL */
        struct { TpyAstStmtList body; TpyAstHandlerList handlers; TpyAstStmtList orelse, finalbody; } try_;
        struct { TpyAstExpr *test, *msg; } assert_;
        struct { TpyAstAliasList names; } import;
        struct { TpyIdent module; TpyAstAliasList names; int level; } importfrom;  /* module NULL for `from . import x` */
        struct { TpyIdentList names; } global;                    /* also nonlocal */
        struct { TpyAstExpr *value; } expr;
        struct { const char *what; } unsupported;
    } u;
};

/* One parsed source file. */
typedef struct TpyAstModule {
    const struct TpySource *source;
    TpyAstStmtList body;
    /* Lines carrying a `# type: ignore` comment (optionally `# type: ignore[code, ...]`),
     * sorted ascending.  The checker suppresses its errors there. */
    int *ignore_lines; int ignore_count;
    struct TpyScope *scope;                                        /* checker: module scope */
} TpyAstModule;

struct TpyArena;

/* Print the tree in the style of Python's ast.dump() (without positions) to
 * `out`; used by unit tests and `tpy --dump-ast`. */
#include <stdio.h>
void tpy_ast_dump_module(const TpyAstModule *module, FILE *out);
void tpy_ast_dump_expr(const TpyAstExpr *expr, FILE *out);

/* Names for operators, as Python spells them ("+", "not in", ...). */
const char *tpy_binop_symbol(TpyBinOp op);
const char *tpy_cmpop_symbol(TpyCmpOp op);
const char *tpy_unaryop_symbol(TpyUnaryOp op);

#endif
