/* frontend/compile.h: the bytecode compiler (typed AST -> code objects).
 *
 * Input: a program the checker accepted (every expression typed, every name
 * resolved).  Output: a runtime module object for the main script whose body
 * is a code object (runtime/code.h), not yet executed; user modules it
 * imports are compiled too and registered with the runtime (moduleobj.h), to
 * run on their first import.  See docs/design.md, "Bytecode".
 */
#ifndef TPY_FRONTEND_COMPILE_H
#define TPY_FRONTEND_COMPILE_H

#include "ast.h"
#include "codegen.h"

/* Compile `module` (the main script's typed AST) as module `name`
 * ("__main__").  Returns a new reference to the module object (registered),
 * or NULL with a runtime exception pending (SystemError for constructs the
 * compiler does not support yet). */
TpyObject *tpy_compile_module(TpyAstModule *module, const char *name, const char *filename);

#endif
