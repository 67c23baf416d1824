/* runtime/codegen.h: what the bytecode compiler needs from the runtime.
 *
 * The compiler (frontend/compile*.c) sees the front end's types, whose names
 * overlap the runtime's (TpyType, TPY_BINOP_ADD, tpy_type_is_subtype), so it
 * cannot include runtime headers.  This bridge gives it plain-C access to
 * exactly what code generation needs: making constants, binding natives at
 * compile time, building code objects and module objects.  Objects are
 * opaque `TpyObject *` here; conventions as everywhere in the runtime (new
 * references, NULL with an exception pending).
 */
#ifndef TPY_RUNTIME_CODEGEN_H
#define TPY_RUNTIME_CODEGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "opcodes.h"

typedef struct TpyObject TpyObject;

/* Value kinds (value.h's TpyValueKind) and operator numbers (type.h's
 * TpyBinaryOp / TpyCompareOp / TpyUnaryOp), checked equal in codegen.c. */
enum { TPY_CG_OBJ = 0, TPY_CG_F64 = 1, TPY_CG_I64 = 2, TPY_CG_C128 = 3 };
enum {
    TPY_CG_ADD, TPY_CG_AND, TPY_CG_FLOORDIV, TPY_CG_LSHIFT, TPY_CG_MATMUL, TPY_CG_MUL,
    TPY_CG_MOD, TPY_CG_OR, TPY_CG_POW, TPY_CG_RSHIFT, TPY_CG_SUB, TPY_CG_TRUEDIV, TPY_CG_XOR
};
enum { TPY_CG_LT, TPY_CG_LE, TPY_CG_EQ, TPY_CG_NE, TPY_CG_GT, TPY_CG_GE };
enum { TPY_CG_NEG, TPY_CG_POS, TPY_CG_INVERT, TPY_CG_ABS };

/* ---- constants (new references; NULL with an exception) */
TpyObject *tpy_cg_str(const char *utf8, size_t len);
TpyObject *tpy_cg_str_interned(const char *s);
TpyObject *tpy_cg_int(int64_t v);
TpyObject *tpy_cg_int_text(const char *decimal_digits);
TpyObject *tpy_cg_float(double v);
TpyObject *tpy_cg_complex(double real, double imag);
TpyObject *tpy_cg_bytes(const char *s, size_t len);
TpyObject *tpy_cg_ellipsis(void);
/* A tuple of interned str: the kwnames constant of a call. */
TpyObject *tpy_cg_kwnames(const char *const *names, int n);
void tpy_cg_decref(TpyObject *o);
TpyObject *tpy_cg_newref(TpyObject *o);   /* incref and return o (NULL stays NULL) */

/* ---- binding at compile time (borrowed / static results, NULL if none) */
TpyObject *tpy_cg_builtin_type(const char *name);            /* int, str, ValueError ... */
const void *tpy_cg_find_function(const char *module, const char *name);   /* TpyMethodDef * */
/* An instance method of a builtin type (not static/class), or NULL. */
const void *tpy_cg_find_method(TpyObject *type, const char *name);
const char *tpy_cg_native_name(const void *def);

/* ---- code objects */
typedef struct TpyCgCode {
    const char *name, *qualname, *filename;
    int firstline;
    uint32_t flags;                 /* TPY_CODE_* */
    uint32_t *code, *lines;         /* stolen (malloc'd), ncode units */
    uint32_t ncode;
    TpyObject **consts;             /* stolen array, owned references */
    uint32_t nconsts;
    const void **natives;           /* stolen array of TpyMethodDef * */
    uint32_t nnatives;
    uint8_t *reg_kinds;             /* stolen */
    char **reg_names;               /* stolen (entries malloc'd or NULL) */
    uint32_t nregs;
    uint32_t nparams, npositional, nposonly, nkwonly;
    char **param_names;             /* stolen */
    uint32_t *param_regs;           /* stolen */
    uint8_t *param_kinds;           /* stolen */
    uint8_t ret_kind;
    TpyExcEntry *exc;               /* stolen */
    uint32_t nexc;
    TpyObject *doc;                 /* stolen docstring (str) or NULL */
} TpyCgCode;

/* Build a code object, taking ownership of every array of `spec` (also on
 * failure).  New reference or NULL. */
TpyObject *tpy_cg_code_build(TpyCgCode *spec);
bool tpy_cg_is_code(TpyObject *o);

/* ---- classes: the static half of a class statement (MAKE_CLASS's constant).
 * The values come at run time in a register block laid out as: base class,
 * one function per method, one setter (or None) per method, then nfields
 * field defaults (if has_defaults; NULL register = required), nfields
 * default factories (if has_factories), nclass_attrs class attribute values. */
enum { TPY_CG_METHOD_PLAIN, TPY_CG_METHOD_STATIC, TPY_CG_METHOD_CLASS, TPY_CG_METHOD_PROPERTY };
enum { TPY_CG_CLASS_SLOTS = 1, TPY_CG_CLASS_DATACLASS = 2, TPY_CG_CLASS_NAMEDTUPLE = 4,
       TPY_CG_CLASS_ORDER = 8, TPY_CG_CLASS_FROZEN = 16 };
typedef struct TpyCgClassSpec {
    const char *name, *qualname, *module;
    uint32_t flags;                     /* TPY_CG_CLASS_* */
    int nfields;
    const char *const *field_names;
    const uint8_t *field_kinds;         /* TPY_CG_OBJ ... */
    const bool *field_containers;       /* may reference a container */
    int nmethods;
    const char *const *method_names;
    const int *method_kinds;            /* TPY_CG_METHOD_* */
    bool has_defaults, has_factories;
    int nclass_attrs;
    const char *const *class_attr_names;
} TpyCgClassSpec;
/* The constant for MAKE_CLASS (copies everything).  New reference. */
TpyObject *tpy_cg_class_spec(const TpyCgClassSpec *spec);

/* ---- modules (moduleobj.h) */
TpyObject *tpy_cg_module_new(const char *name, uint32_t nslots);
int tpy_cg_module_set_slot(TpyObject *module, uint32_t i, const char *name, int kind);
int tpy_cg_module_register(TpyObject *module);
TpyObject *tpy_cg_module_lookup(const char *name);                 /* borrowed */
void tpy_cg_module_set_body(TpyObject *module, TpyObject *code);  /* steals code */

/* ---- errors */
bool tpy_cg_error_pending(void);
void tpy_cg_error_clear(void);
void tpy_cg_error_set(const char *message);    /* SystemError */

#endif
