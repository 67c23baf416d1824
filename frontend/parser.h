/* frontend/parser.h: Python 3.11 source -> AST (see ast.h). */
#ifndef TPY_FRONTEND_PARSER_H
#define TPY_FRONTEND_PARSER_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "source.h"

/* Parse a whole file.  Nodes are allocated in `arena`.  On a syntax error,
 * adds exactly one TPY_DIAG_SYNTAX diagnostic and returns NULL (CPython also
 * stops at the first syntax error).  Never crashes or hangs on bad input:
 * nesting deeper than TPY_PARSER_MAX_DEPTH is a syntax error. */
TpyAstModule *tpy_parse_module(TpyArena *arena, const TpySource *source, TpyDiags *diags);

/* Parse a single expression, e.g. a string annotation like "Node | None".
 * `line`/`col` give the position of the string's first character so that
 * positions and errors point into the original file. */
TpyAstExpr *tpy_parse_expression(TpyArena *arena, const TpySource *source, const char *text,
                                 size_t len, int line, int col, TpyDiags *diags);

#define TPY_PARSER_MAX_DEPTH 200

#endif
