/* tests/unit/check_parser.c: the parser (frontend/parser*.c, fstring.c, ast.c).
 * Each construct is parsed and its dump compared with what CPython 3.11's
 * ast.dump() prints for the same source (the expected strings were produced
 * by python3, never by tpy).  Syntax errors are compared with CPython's
 * message, line and column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "suites.h"

typedef struct ParseCase { const char *name, *src, *dump; } ParseCase;
typedef struct ErrorCase { const char *name, *src, *exc, *msg; int line, col; } ErrorCase;

/* Generated from python3: ast.dump(ast.parse(src)) and compile() errors. */
static const ParseCase parse_cases[] = {
    { "assign",
      "x = 1\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "chained_assign",
      "a = b = c\n",
      "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])" },
    { "tuple_unpack",
      "a, *b = c\n",
      "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])" },
    { "annassign",
      "x: int = 1\ny: list[int]\n(z): int\n",
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), simple=1), AnnAssign(target=Name(id='z', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])" },
    { "augassign",
      "x += 1\nx //= 2\nx **= 3\nx @= y\n",
      "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=3)), AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='y', ctx=Load()))], type_ignores=[])" },
    { "call_args",
      "f(a, *b, c=1, **d)\n",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])" },
    { "attribute_subscript",
      "a.b[c].d(e)[1:2, ::3]\n",
      "Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[]), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "slices",
      "a[:]\na[1:]\na[::2]\na[x, y:z]\na[*b]\n",
      "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load()), Slice(lower=Name(id='y', ctx=Load()), upper=Name(id='z', ctx=Load()))], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "precedence",
      "x = -2 ** 2 + 3 * 4 - 5 / 6 // 7 % 8 @ m << 1 | 2 ^ 3 & 4\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))), op=Add(), right=BinOp(left=Constant(value=3), op=Mult(), right=Constant(value=4))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=5), op=Div(), right=Constant(value=6)), op=FloorDiv(), right=Constant(value=7)), op=Mod(), right=Constant(value=8)), op=MatMult(), right=Name(id='m', ctx=Load()))), op=LShift(), right=Constant(value=1)), op=BitOr(), right=BinOp(left=Constant(value=2), op=BitXor(), right=BinOp(left=Constant(value=3), op=BitAnd(), right=Constant(value=4)))))], type_ignores=[])" },
    { "power_right_assoc",
      "x = a ** b ** c\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])" },
    { "comparison_chain",
      "a < b <= c != d is not e not in f in g is h\n",
      "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), IsNot(), NotIn(), In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load())]))], type_ignores=[])" },
    { "boolops",
      "a and b or not c and d\n",
      "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='c', ctx=Load())), Name(id='d', ctx=Load())])]))], type_ignores=[])" },
    { "ternary",
      "x = a if b else c if d else e\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])" },
    { "lambda",
      "f = lambda a, b=1, *c, d, e=2, **g: a\n",
      "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=Name(id='a', ctx=Load())))], type_ignores=[])" },
    { "lambda_posonly",
      "f = lambda a, /, b: a\n",
      "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])" },
    { "walrus",
      "if (n := len(a)) > 10: pass\n",
      "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "comprehensions",
      "[x for x in y if x for z in x]\n{k: v for k, v in d}\n{x for x in y}\n(x for x in y)\n",
      "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])" },
    { "displays",
      "[1, *a]\n{1, 2}\n{}\n{'a': 1, **b}\n()\n(1,)\n",
      "Module(body=[Expr(value=List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load())), Expr(value=Set(elts=[Constant(value=1), Constant(value=2)])), Expr(value=Dict(keys=[], values=[])), Expr(value=Dict(keys=[Constant(value='a'), None], values=[Constant(value=1), Name(id='b', ctx=Load())])), Expr(value=Tuple(elts=[], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])" },
    { "constants",
      "x = None, True, False, ..., 1.5, 2j, 1e100, 0x1f, 0o17, 0b101, 1_000\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False), Constant(value=Ellipsis), Constant(value=1.5), Constant(value=2j), Constant(value=1e+100), Constant(value=31), Constant(value=15), Constant(value=5), Constant(value=1000)], ctx=Load()))], type_ignores=[])" },
    { "big_int",
      "x = 123456789012345678901234567890\ny = 0xffffffffffffffffffffffff\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789012345678901234567890)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=79228162514264337593543950335))], type_ignores=[])" },
    { "strings",
      "s = 'a' \"b\" '''c''' r'\\n'\n",
      "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='abc\\\\n'))], type_ignores=[])" },
    { "string_escapes",
      "s = '\\n\\t\\x41\\u00e9\\U0001F600\\101\\q'\n",
      "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\\n\\tA\303\251\360\237\230\200A\\\\q'))], type_ignores=[])" },
    { "bytes",
      "b = b'\\x00\\xff' rb'\\n'\n",
      "Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=b'\\x00\\xff\\\\n'))], type_ignores=[])" },
    { "fstring_basic",
      "f'a{b}c{d!r}{e:>10}'\n",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=114), FormattedValue(value=Name(id='e', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])" },
    { "fstring_nested_spec",
      "f'{x:{w}.{p}f}'\n",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])" },
    { "fstring_debug",
      "f'{x=}' f'{y = !s}' f'{z=:5}'\n",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='y = '), FormattedValue(value=Name(id='y', ctx=Load()), conversion=115), Constant(value='z='), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='5')]))]))], type_ignores=[])" },
    { "fstring_braces",
      "f'{{literal}} {x}'\n",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{literal} '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])" },
    { "fstring_concat",
      "'a' f'{b}' 'c'\n",
      "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])" },
    { "funcdef",
      "@dec\n@dec2(1)\ndef f(a: int, /, b=2, *args: str, c, d: int = 3, **kw) -> None:\n    return a\n",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], args=[arg(arg='b')], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c'), arg(arg='d', annotation=Name(id='int', ctx=Load()))], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Constant(value=None))], type_ignores=[])" },
    { "classdef",
      "class C(A, B, metaclass=M):\n    x: int = 1\n    def m(self): pass\n",
      "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])], type_ignores=[])" },
    { "if_elif_else",
      "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
      "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])" },
    { "while_else",
      "while a:\n    break\nelse:\n    continue_ = 1\n",
      "Module(body=[While(test=Name(id='a', ctx=Load()), body=[Break()], orelse=[Assign(targets=[Name(id='continue_', ctx=Store())], value=Constant(value=1))])], type_ignores=[])" },
    { "for_else",
      "for i, (j, k) in x:\n    continue\nelse:\n    pass\n",
      "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Tuple(elts=[Name(id='j', ctx=Store()), Name(id='k', ctx=Store())], ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Continue()], orelse=[Pass()])], type_ignores=[])" },
    { "try_full",
      "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
      "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Raise()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])" },
    { "with_items",
      "with a as b, c:\n    pass\nwith (a as b, c as d,):\n    pass\nwith (a, b):\n    pass\n",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])" },
    { "imports",
      "import a.b.c as d, e\nfrom . import x\nfrom ..m import (y as z, w,)\nfrom m import *\n",
      "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')]), ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='m', names=[alias(name='y', asname='z'), alias(name='w')], level=2), ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])" },
    { "del_assert_pass",
      "del a, b[0], c.d\nassert x, 'm'\npass\n",
      "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())]), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m')), Pass()], type_ignores=[])" },
    { "yield",
      "def g():\n    yield\n    yield 1, 2\n    x = yield from y\n",
      "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[])" },
    { "semicolons",
      "a = 1; b = 2;\n",
      "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=2))], type_ignores=[])" },
    { "one_line_suite",
      "if x: a; b\n",
      "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])" },
    { "star_targets",
      "[a, *b] = c\n(d, e), f = g\nfor *h, in i: pass\n",
      "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()), Name(id='f', ctx=Store())], ctx=Store())], value=Name(id='g', ctx=Load())), For(target=Tuple(elts=[Starred(value=Name(id='h', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='i', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "soft_keyword_match",
      "match = 1\nmatch(x)\nmatch.a = 2\n",
      "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='a', ctx=Store())], value=Constant(value=2))], type_ignores=[])" },
    { "decorator_expr",
      "@a.b[c](d)\nclass C: pass\n",
      "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[])])], type_ignores=[])" },
    { "kwonly_defaults",
      "def f(*, a, b=1): pass\n",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[None, Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "unicode_names",
      "caf\303\251 = '\303\251\342\202\254'\n",
      "Module(body=[Assign(targets=[Name(id='caf\303\251', ctx=Store())], value=Constant(value='\303\251\342\202\254'))], type_ignores=[])" },
    { "ellipsis_body",
      "def f() -> int: ...\n",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value=Ellipsis))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])" },
    { "dict_comp_nested",
      "{a: [b for b in c] for a in d if a}\n",
      "Module(body=[Expr(value=DictComp(key=Name(id='a', ctx=Load()), value=ListComp(elt=Name(id='b', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[Name(id='a', ctx=Load())], is_async=0)]))], type_ignores=[])" },
    { "call_genexp",
      "f(x for x in y)\n",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])" },
    { "paren_expr_stmt",
      "(a)\n(yield_ := 1)\n",
      "Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=NamedExpr(target=Name(id='yield_', ctx=Store()), value=Constant(value=1)))], type_ignores=[])" },
    { "string_unprintable",
      "s = '\\x00\\x7f\\xa0\\u2028\"'\n",
      "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\\x00\\x7f\\xa0\\u2028\"'))], type_ignores=[])" },
    { "float_repr",
      "x = 1e16, 1e-5, 0.1, 123.456, 1e22, 5e-324\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1e+16), Constant(value=1e-05), Constant(value=0.1), Constant(value=123.456), Constant(value=1e+22), Constant(value=5e-324)], ctx=Load()))], type_ignores=[])" },
};

static const ErrorCase error_cases[] = {
    { "err_expected_colon_if", "if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5 },
    { "err_expected_colon_def", "def f()\n    pass\n", "SyntaxError", "expected ':'", 1, 8 },
    { "err_never_closed", "x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5 },
    { "err_assign_call", "f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1 },
    { "err_assign_literal", "1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1 },
    { "err_assign_literal_in_tuple", "(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1, 5 },
    { "err_unexpected_indent", "x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2 },
    { "err_expected_indented_block", "if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1 },
    { "err_expected_indented_block_def", "def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1 },
    { "err_invalid_syntax", "a b\n", "SyntaxError", "invalid syntax", 1, 3 },
    { "err_forgot_comma", "x = [1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6 },
    { "err_positional_after_keyword", "f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9 },
    { "err_non_default_after_default", "def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12 },
    { "err_return_outside_function", "return 1\n", "SyntaxError", "'return' outside function", 1, 1 },
    { "err_break_outside_loop", "break\n", "SyntaxError", "'break' outside loop", 1, 1 },
    { "err_continue_not_in_loop", "for x in y:\n    def f():\n        continue\n", "SyntaxError", "'continue' not properly in loop", 3, 9 },
    { "err_yield_outside_function", "x = yield\n", "SyntaxError", "'yield' outside function", 1, 5 },
    { "err_nonlocal_module", "nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1 },
    { "err_del_call", "del f()\n", "SyntaxError", "cannot delete function call", 1, 5 },
    { "err_augassign_tuple", "(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1 },
    { "err_annotate_tuple", "a, b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1 },
    { "err_walrus_if", "if x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4 },
    { "err_genexp_parens", "f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3 },
    { "err_mix_bytes", "x = 'a' b'c'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13 },
    { "err_print_statement", "print 'x'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1 },
    { "err_fstring_conversion", "f'{x!z}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9 },
    { "err_fstring_empty", "f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6 },
    { "err_fstring_single_brace", "f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5 },
    { "err_try_without_except", "try:\n    pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1 },
    { "err_duplicate_argument", "def f(a, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10 },
    { "err_starred_assign", "*a = b\n", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1 },
    { "err_multiple_starred", "a, *b, *c = d\n", "SyntaxError", "multiple starred expressions in assignment", 1, 1 },
    { "err_bare_star", "def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7 },
    { "err_except_comma", "try:\n    pass\nexcept A, B:\n    pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8 },
    { "err_trailing_comma_import", "from m import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17 },
    { "err_later_error_wins_over_return", "return 1\nx = (\n", "SyntaxError", "'(' was never closed", 2, 5 },
    { "err_invalid_syntax_then_unclosed", "x = 1 +\ny = (\n", "SyntaxError", "invalid syntax", 1, 8 },
    { "err_keyword_expression", "f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3 },
    { "err_assign_to_true_kwarg", "f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3 },
    { "err_debug_assign", "__debug__ = 1\n", "SyntaxError", "cannot assign to __debug__", 1, 1 },
    { "err_else_after_if_expr", "x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5 },
    { "err_match_missing_colon", "match x\n", "SyntaxError", "expected ':'", 1, 8 },    /* Found after parsing (symtable.c): future, symtable, then compiler stage. */
    { "err_global_after_assign", "def f():\n    x = 1\n    global x\n", "SyntaxError", "name 'x' is assigned to before global declaration", 3, 5 },
    { "err_global_after_use", "def f():\n    print(x)\n    global x\n", "SyntaxError", "name 'x' is used prior to global declaration", 3, 5 },
    { "err_global_and_param", "def f(x):\n    global x\n", "SyntaxError", "name 'x' is parameter and global", 2, 5 },
    { "err_nonlocal_and_param", "def f(x):\n    nonlocal x\n", "SyntaxError", "name 'x' is parameter and nonlocal", 2, 5 },
    { "err_annotated_global", "def f():\n    global x\n    x: int = 1\n", "SyntaxError", "annotated name 'x' can't be global", 3, 5 },
    { "err_nonlocal_module_after_assign", "x = 1\nnonlocal x\n", "SyntaxError", "name 'x' is assigned to before nonlocal declaration", 2, 1 },
    { "err_nonlocal_no_binding", "def f():\n    nonlocal y\n", "SyntaxError", "no binding for nonlocal 'y' found", 2, 5 },
    { "err_nonlocal_global_dropped", "def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 6, 13 },
    { "err_nonlocal_and_global", "def f():\n    global x\n    nonlocal x\n", "SyntaxError", "name 'x' is nonlocal and global", 2, 5 },
    { "err_import_star_in_class", "class C:\n    from os import *\n", "SyntaxError", "import * only allowed at module level", 2, 20 },
    { "err_duplicate_vararg", "def f(*a, b, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 8 },
    { "err_duplicate_lambda", "lambda a, a: 1\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 11 },
    { "err_walrus_rebinds_iter", "[(i := 1) for i in range(3)]\n", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 3 },
    { "err_walrus_in_iterable", "[x for x in (y := [1])]\n", "SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1, 14 },
    { "err_walrus_comp_in_class", "class C:\n    [(y := 1) for i in range(3)]\n", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2, 7 },
    { "err_yield_in_listcomp", "def f():\n    return [(yield x) for x in y]\n", "SyntaxError", "'yield' inside list comprehension", 2, 14 },
    { "err_await_module", "await x\n", "SyntaxError", "'await' outside function", 1, 1 },
    { "err_await_in_def", "def f():\n    await x\n", "SyntaxError", "'await' outside async function", 2, 5 },
    { "err_await_in_comp", "def f():\n    return [await x for y in z]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 12 },
    { "err_default_except_last", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "SyntaxError", "default 'except:' must be last", 3, 1 },
    { "err_keyword_repeated", "f(a=1,\n  a=2)\n", "SyntaxError", "keyword argument repeated: a", 2, 3 },
    { "err_class_keyword_repeated", "class C(a=1, a=2): pass\n", "SyntaxError", "keyword argument repeated: a", 1, 14 },
    { "err_future_braces", "from __future__ import braces\n", "SyntaxError", "not a chance", 1, 1 },
    { "err_future_unknown", "\"\"\"doc\"\"\"\nfrom __future__ import annotations, nope\n", "SyntaxError", "future feature nope is not defined", 2, 1 },
    { "err_future_late", "x = 1\nfrom __future__ import annotations\n", "SyntaxError", "from __future__ imports must occur at the beginning of the file", 2, 1 },
    { "err_future_late_same_line", "import os; from __future__ import division\n", "SyntaxError", "from __future__ imports must occur at the beginning of the file", 1, 11 },
    { "err_future_before_symtable", "def f(x):\n    global x\nfrom __future__ import braces\n", "SyntaxError", "name 'x' is parameter and global", 2, 5 },
    { "err_symtable_before_compile", "return 1\ndef f(x):\n    global x\n", "SyntaxError", "name 'x' is parameter and global", 3, 5 },
    { "err_compile_in_order", "f(a=1, a=1)\nreturn 2\n", "SyntaxError", "keyword argument repeated: a", 1, 8 },
    /* Unclosed brackets: the rest of the file is lexed after a parser error. */
    { "err_unclosed_after_comma_error", "x = 1\ny = (1,\n     2\nz = 3\n", "SyntaxError", "'(' was never closed", 2, 5 },
    { "err_unclosed_innermost", "x = foo(1, [2, 3]\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 8 },
    { "err_unclosed_many_lines", "x = [\n    1,\n    2,\n\ny = 4\n", "SyntaxError", "'[' was never closed", 1, 5 },
    { "err_same_line_error_stands", "x = (1 2\n", "SyntaxError", "'(' was never closed", 1, 5 },
    { "err_later_tokenizer_error_wins", "x = (1,\n 2 3\n\"abc\n", "SyntaxError", "unterminated string literal (detected at line 3)", 3, 1 },
    /* Messages of CPython's invalid_* rules. */
    { "err_dict_missing_value", "d = {'a': }\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 9 },
    { "err_dict_missing_value_later", "d = {'a': 1, 'b':}\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 17 },
    { "err_dict_starred_value", "d = {'a': *x}\n", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 11 },
    { "err_dict_missing_colon", "d = {'a': 1, b c}\n", "SyntaxError", "':' expected after dictionary key", 1, 14 },
    { "err_for_missing_colon_same_line", "for i in range(3) print(i)\n", "SyntaxError", "invalid syntax", 1, 19 },
    { "err_indented_block_at_eof", "while True:\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 12 },
    { "err_indented_block_at_eof_blank", "if x:\n    while True:\n\n\n", "IndentationError", "expected an indented block after 'while' statement on line 2", 4, 1 },
    /* Source encoding: BOM, bare CR line ends, a utf-8 coding cookie. */
    { "err_bom_then_error", "\357\273\277x = (\n", "SyntaxError", "'(' was never closed", 1, 5 },  /* the BOM is not counted (CPython 3.11 says 3) */
    { "err_cr_line_endings", "x = 1\ry = (1 +\r", "SyntaxError", "'(' was never closed", 2, 5 },
    { "err_utf8_cookie_string", "# -*- coding: utf-8 -*-\nx = 'ab\377c'\n", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 2, 9 },
    { "err_utf8_cookie_escapes", "# coding: utf-8\nx = 'a\\n\342\202A'\n", "SyntaxError", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", 2, 11 },
    { "err_utf8_cookie_name", "# coding=utf-8\nx\377 = 1\n", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", 2, 2 },
};

/* Parse `src`; returns the dump (malloc'ed) or NULL with the first diagnostic in *diag_out. */
static char *parse_dump(const char *src, size_t len, TpyDiag *diag_out, char *msg, size_t msg_size)
{
    TpySource *source = tpy_source_from_string("t.py", src, len);
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyAstModule *module = tpy_parse_module(&arena, source, &diags);
    char *text = NULL;
    if (module != NULL) {
        size_t size = 0;
        FILE *out = open_memstream(&text, &size);
        tpy_ast_dump_module(module, out);
        fclose(out);
        ck_assert_int_eq(diags.count, 0);
    } else {
        ck_assert_int_eq(diags.count, 1);   /* exactly one syntax error */
        if (diag_out != NULL) {
            *diag_out = diags.items[0];
            snprintf(msg, msg_size, "%s", diags.items[0].message);
            diag_out->message = msg;
        }
    }
    tpy_diags_free(&diags);
    tpy_arena_free(&arena);
    tpy_source_free(source);
    return text;
}

START_TEST(test_parse_matches_cpython)
{
    const ParseCase *c = &parse_cases[_i];
    TpyDiag diag;
    char msg[512] = "";
    char *got = parse_dump(c->src, strlen(c->src), &diag, msg, sizeof msg);
    ck_assert_msg(got != NULL, "%s: unexpected error: %s", c->name, msg);
    ck_assert_msg(strcmp(got, c->dump) == 0, "%s:\n got: %s\nwant: %s", c->name, got, c->dump);
    free(got);
}
END_TEST

START_TEST(test_syntax_error_matches_cpython)
{
    const ErrorCase *c = &error_cases[_i];
    TpyDiag diag;
    char msg[512] = "";
    char *got = parse_dump(c->src, strlen(c->src), &diag, msg, sizeof msg);
    ck_assert_msg(got == NULL, "%s: parsed without error", c->name);
    ck_assert_msg(strcmp(diag.message, c->msg) == 0, "%s: got '%s' want '%s'", c->name,
                  diag.message, c->msg);
    ck_assert_msg(strcmp(diag.exc_name, c->exc) == 0, "%s: got %s want %s", c->name,
                  diag.exc_name, c->exc);
    ck_assert_msg(diag.line == c->line && diag.col == c->col, "%s: at %d:%d, want %d:%d",
                  c->name, diag.line, diag.col, c->line, c->col);
}
END_TEST

START_TEST(test_big_int_decimal_text)
{
    const char *src = "0x1234567890abcdef1234";
    TpySource *source = tpy_source_from_string("t.py", src, strlen(src));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyAstExpr *e = tpy_parse_expression(&arena, source, src, strlen(src), 1, 1, &diags);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->kind, TPY_EXPR_CONSTANT);
    ck_assert(e->u.constant.int_big);
    ck_assert_str_eq(e->u.constant.int_text, "85968058272638546416180");
    tpy_diags_free(&diags);
    tpy_arena_free(&arena);
    tpy_source_free(source);
}
END_TEST

START_TEST(test_small_int_value)
{
    const char *src = "0o777 + 9223372036854775807";
    TpySource *source = tpy_source_from_string("t.py", src, strlen(src));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyAstExpr *e = tpy_parse_expression(&arena, source, src, strlen(src), 1, 1, &diags);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->u.binop.left->u.constant.int_value, 511);
    ck_assert_str_eq(e->u.binop.left->u.constant.int_text, "511");
    ck_assert(!e->u.binop.right->u.constant.int_big);
    ck_assert_int_eq(e->u.binop.right->u.constant.int_value, INT64_MAX);
    tpy_diags_free(&diags);
    tpy_arena_free(&arena);
    tpy_source_free(source);
}
END_TEST

/* A string annotation "Node | None" at line 3, column 12 of the file. */
START_TEST(test_parse_expression_positions)
{
    const char *file = "x = 1\ny = 2\nz: Final = \"Node | None\"\n";
    TpySource *source = tpy_source_from_string("t.py", file, strlen(file));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyAstExpr *e = tpy_parse_expression(&arena, source, "Node | None", 11, 3, 13, &diags);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->kind, TPY_EXPR_BINOP);
    ck_assert_int_eq(e->pos.line, 3);
    ck_assert_int_eq(e->pos.col, 13);
    ck_assert_int_eq(e->u.binop.right->pos.col, 20);
    ck_assert_int_eq(e->pos.end_col, 24);
    ck_assert_ptr_null(tpy_parse_expression(&arena, source, "Node |", 6, 3, 13, &diags));
    ck_assert_int_eq(diags.count, 1);
    tpy_diags_free(&diags);
    tpy_arena_free(&arena);
    tpy_source_free(source);
}
END_TEST

START_TEST(test_node_positions)
{
    const char *src = "def f(x):\n    return g(x) + 1\n";
    TpySource *source = tpy_source_from_string("t.py", src, strlen(src));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyAstModule *m = tpy_parse_module(&arena, source, &diags);
    ck_assert_ptr_nonnull(m);
    TpyAstStmt *ret = m->body.items[0]->u.functiondef.body.items[0];
    ck_assert_int_eq(ret->pos.line, 2);
    ck_assert_int_eq(ret->pos.col, 5);
    ck_assert_int_eq(ret->pos.end_col, 20);
    TpyAstExpr *call = ret->u.return_.value->u.binop.left;
    ck_assert_int_eq(call->pos.col, 12);
    ck_assert_int_eq(call->pos.end_col, 16);
    ck_assert_int_eq(m->body.items[0]->pos.end_line, 2);
    tpy_diags_free(&diags);
    tpy_arena_free(&arena);
    tpy_source_free(source);
}
END_TEST

START_TEST(test_unsupported_constructs)
{
    const char *src = "async def f():\n    await x\nmatch p:\n    case 1:\n        pass\n"
                      "try:\n    pass\nexcept* E:\n    pass\n";
    char *got = parse_dump(src, strlen(src), NULL, NULL, 0);
    ck_assert_ptr_nonnull(got);
    ck_assert_str_eq(got, "Module(body=[Unsupported(what='async def'), "
                          "Unsupported(what='match statement'), "
                          "Unsupported(what='except*')], type_ignores=[])");
    free(got);
}
END_TEST

START_TEST(test_ignore_lines_recorded)
{
    const char *src = "import x  # type: ignore\ny = 1\nz = 2  # type: ignore[misc]\n";
    TpySource *source = tpy_source_from_string("t.py", src, strlen(src));
    TpyArena arena;
    tpy_arena_init(&arena);
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyAstModule *m = tpy_parse_module(&arena, source, &diags);
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(m->ignore_count, 2);
    ck_assert_int_eq(m->ignore_lines[0], 1);
    ck_assert_int_eq(m->ignore_lines[1], 3);
    tpy_diags_free(&diags);
    tpy_arena_free(&arena);
    tpy_source_free(source);
}
END_TEST

static void assert_clean_error(const char *src, size_t len)
{
    TpyDiag diag;
    char msg[512];
    char *got = parse_dump(src, len, &diag, msg, sizeof msg);
    ck_assert_ptr_null(got);
}

START_TEST(test_deep_nesting_is_a_clean_error)
{
    size_t n = 100000;
    char *src = malloc(n * 4 + 16);
    /* 10 000 nested parentheses */
    memset(src, '(', 10000);
    memset(src + 10000, ')', 10000);
    assert_clean_error(src, 20000);
    /* not not not ... x */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(src + k, "not ", 4);
        k += 4;
    }
    src[k++] = 'x';
    assert_clean_error(src, k);
    /* 1+1+1+... builds a deep left-leaning tree */
    k = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(src + k, "1+", 2);
        k += 2;
    }
    src[k++] = '1';
    assert_clean_error(src, k);
    free(src);
}
END_TEST

START_TEST(test_many_statements_and_long_line)
{
    size_t n = 100000;
    char *src = malloc(n * 8 + 1024 * 1024 + 16);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(src + k, "x = 1\n", 6);
        k += 6;
    }
    /* a 1 MB line */
    memcpy(src + k, "y = [", 5);
    k += 5;
    for (size_t i = 0; i < 1024 * 1024 / 2; i++) {
        memcpy(src + k, "1,", 2);
        k += 2;
    }
    src[k++] = ']';
    char *got = parse_dump(src, k, NULL, NULL, 0);
    ck_assert_ptr_nonnull(got);
    free(got);
    free(src);
}
END_TEST

START_TEST(test_operator_symbols)
{
    ck_assert_str_eq(tpy_binop_symbol(TPY_BINOP_FLOORDIV), "//");
    ck_assert_str_eq(tpy_binop_symbol(TPY_BINOP_MATMULT), "@");
    ck_assert_str_eq(tpy_cmpop_symbol(TPY_CMP_NOTIN), "not in");
    ck_assert_str_eq(tpy_cmpop_symbol(TPY_CMP_ISNOT), "is not");
    ck_assert_str_eq(tpy_unaryop_symbol(TPY_UNARY_NOT), "not");
    ck_assert_str_eq(tpy_unaryop_symbol(TPY_UNARY_INVERT), "~");
}
END_TEST

Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("constructs");
    tcase_add_loop_test(tc, test_parse_matches_cpython, 0,
                        (int)(sizeof parse_cases / sizeof parse_cases[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("errors");
    tcase_add_loop_test(tc, test_syntax_error_matches_cpython, 0,
                        (int)(sizeof error_cases / sizeof error_cases[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("details");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_big_int_decimal_text);
    tcase_add_test(tc, test_small_int_value);
    tcase_add_test(tc, test_parse_expression_positions);
    tcase_add_test(tc, test_node_positions);
    tcase_add_test(tc, test_unsupported_constructs);
    tcase_add_test(tc, test_ignore_lines_recorded);
    tcase_add_test(tc, test_deep_nesting_is_a_clean_error);
    tcase_add_test(tc, test_many_statements_and_long_line);
    tcase_add_test(tc, test_operator_symbols);
    suite_add_tcase(s, tc);
    return s;
}
