/* frontend/types.h: static types of the typed subset, as the checker and the
 * compiler see them.
 *
 * A TpyType is an immutable node allocated in the program's arena.  Types are
 * compared structurally (tpy_type_equal); the common ones (int, str, None, the
 * error type...) are shared singletons, so most comparisons stop at a pointer
 * test.  Classes (builtin stub classes and user classes alike) are TpyClass
 * records: name, single base, type parameters, a member scope, the ordered
 * instance field list (inherited fields first) and flags the compiler needs.
 *
 * Kinds:
 *   ERROR      the type of an expression that already produced an error (or of
 *              a `# type: ignore`d spot).  Compatible with everything, in both
 *              directions, so one mistake gives one message.  The compiler
 *              turns such spots into runtime errors.
 *   NONE       the None type.   NORETURN  NoReturn / mypy's <nothing>.
 *   INSTANCE   cls[args...] (args empty for non-generic classes).
 *   TUPLE      fixed-length tuple[A, B]; tuple[T, ...] is INSTANCE(tuple, [T]).
 *   UNION      flattened, duplicate-free members; None is a member.
 *   CALLABLE   params + ret; also functions, bound methods, Callable[[A], R].
 *   OVERLOADED items = the CALLABLE variants, in declaration order.
 *   CLASSOBJ   the class object C (mypy's Type[C]); items[0] = instance type.
 *   MODULE     a module object; `module` points at its checker record.
 *   TYPEVAR    a stub's TypeVar (generic stub classes and functions only).
 *   SPECIAL    a name the checker implements natively (isinstance, Optional...).
 *
 * See docs/design.md, "Type checking".
 */
#ifndef TPY_FRONTEND_TYPES_H
#define TPY_FRONTEND_TYPES_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

struct TpyScope;
struct TpySymbol;
struct TpyAstStmt;
struct TpyModuleInfo;

typedef enum TpyTypeKind {
    TPY_TYPE_ERROR, TPY_TYPE_NONE, TPY_TYPE_NORETURN, TPY_TYPE_INSTANCE, TPY_TYPE_TUPLE,
    TPY_TYPE_UNION, TPY_TYPE_CALLABLE, TPY_TYPE_OVERLOADED, TPY_TYPE_CLASSOBJ,
    TPY_TYPE_MODULE, TPY_TYPE_TYPEVAR, TPY_TYPE_SPECIAL
} TpyTypeKind;

typedef enum TpyParamKind {
    TPY_PARAM_POSONLY, TPY_PARAM_POS, TPY_PARAM_VARARG, TPY_PARAM_KWONLY, TPY_PARAM_KWARG
} TpyParamKind;

typedef struct TpyType TpyType;
/* Finds a member's (bound) type on an instance, for structural protocol checks. */
typedef TpyType *(*TpyMemberLookup)(void *ctx, TpyType *receiver, const char *name);

typedef struct TpyParam {
    const char *name;          /* NULL for Callable[[A], R] parameters */
    TpyType *type;             /* *args: the element type; **kwargs: the value type */
    TpyParamKind kind;
    bool has_default;
} TpyParam;

/* CALLABLE flags */
enum {
    TPY_FN_STATIC = 1 << 0, TPY_FN_CLASSMETHOD = 1 << 1, TPY_FN_PROPERTY = 1 << 2,
    TPY_FN_GENERATOR = 1 << 3, TPY_FN_BOUND = 1 << 4,
    TPY_FN_TYPE_OBJECT = 1 << 5,  /* a constructor signature: printed as the class */
    TPY_FN_HAS_SETTER = 1 << 6,   /* property with @x.setter */
    TPY_FN_ABSTRACT_BODY = 1 << 7 /* body is `...` (stubs, protocols) */
};

/* NORETURN flag: printed "<nothing>" (an inferred empty element) instead of "NoReturn". */
enum { TPY_NORETURN_NOTHING = 1 };
/* TYPEVAR flags */
enum { TPY_TV_COVARIANT = 1, TPY_TV_SELF = 2 };

/* SPECIAL forms, implemented natively by the checker (stub rule 9). */
typedef enum TpySpecial {
    TPY_SP_ISINSTANCE = 1, TPY_SP_ISSUBCLASS, TPY_SP_SUPER, TPY_SP_TYPE_FN, TPY_SP_TYPEVAR,
    TPY_SP_GENERIC, TPY_SP_PROTOCOL, TPY_SP_OVERLOAD, TPY_SP_CALLABLE, TPY_SP_OPTIONAL,
    TPY_SP_UNION, TPY_SP_NAMEDTUPLE, TPY_SP_NORETURN, TPY_SP_SELF, TPY_SP_DATACLASS,
    TPY_SP_FIELD, TPY_SP_REVEAL_TYPE, TPY_SP_LIST, TPY_SP_DICT, TPY_SP_SET, TPY_SP_TUPLE,
    TPY_SP_TYPE, TPY_SP_FROZENSET, TPY_SP_ANY, TPY_SP_FINAL, TPY_SP_CLASSVAR,
    TPY_SP_STATICMETHOD, TPY_SP_CLASSMETHOD, TPY_SP_PROPERTY, TPY_SP_LITERAL,
    TPY_SP_DEQUE, TPY_SP_DEFAULTDICT
} TpySpecial;

struct TpyType {
    TpyTypeKind kind;
    unsigned flags;
    int count;                 /* items / params */
    TpyType **items;           /* INSTANCE args, TUPLE items, UNION members, OVERLOADED
                                * variants, CLASSOBJ [instance] */
    struct TpyClass *cls;      /* INSTANCE, CLASSOBJ (== items[0]->cls) */
    TpyParam *params;          /* CALLABLE */
    TpyType *ret;              /* CALLABLE */
    const char *name;          /* CALLABLE: function name for messages; TYPEVAR,
                                * MODULE, SPECIAL: their name */
    const char *owner;         /* CALLABLE: class name for "f" of "A" messages, or NULL */
    TpyType **tvars;           /* CALLABLE: type variables it is generic in */
    int tvar_count;
    int special;               /* SPECIAL: TpySpecial */
    struct TpyModuleInfo *module; /* MODULE */
    struct TpyAstStmt *def;    /* CALLABLE: the def it comes from, if any */
};

/* TpyClass flags */
enum {
    TPY_CLASS_DATACLASS = 1 << 0, TPY_CLASS_SLOTS = 1 << 1, TPY_CLASS_NAMEDTUPLE = 1 << 2,
    TPY_CLASS_EXCEPTION = 1 << 3, TPY_CLASS_PROTOCOL = 1 << 4, TPY_CLASS_STUB = 1 << 5,
    TPY_CLASS_ORDER = 1 << 6, TPY_CLASS_FROZEN = 1 << 7, TPY_CLASS_BUILTIN_SCALAR = 1 << 8,
    TPY_CLASS_FIELDS_DONE = 1 << 9, TPY_CLASS_DECLARED = 1 << 10
};

typedef struct TpyClass {
    const char *name;          /* "int", "Node" */
    const char *module;        /* "builtins", "__main__", "helper" */
    struct TpyClass *base;     /* NULL only for object (and while declaring) */
    TpyType **base_args;       /* the base's type arguments, in terms of tparams */
    int base_arg_count;
    TpyType **tparams;         /* TYPEVAR types this class is generic in */
    int tparam_count;
    struct TpyScope *members;  /* methods, class variables and instance fields */
    struct TpySymbol **fields; /* instance fields, inherited first (compiler layout) */
    int field_count;
    const char **slots;        /* __slots__ names (TPY_CLASS_SLOTS) */
    int slot_count;
    unsigned flags;
    int depth;                 /* 0 for object */
    TpyType *instance;         /* the instance type when tparam_count == 0 */
    TpyType *classobj;         /* CLASSOBJ of `instance` */
    struct TpyAstStmt *def;    /* the class statement, NULL for synthesized classes */
} TpyClass;

/* Builtin classes the checker needs by name, filled in when builtins.pyi loads. */
typedef struct TpyBuiltins {
    TpyClass *object, *int_, *float_, *complex_, *bool_, *str, *bytes, *list, *dict, *set,
        *frozenset, *tuple, *range, *type, *function, *base_exception, *slice, *bytearray;
    TpyClass *iterator, *iterable, *generator, *sized,   /* from typing.pyi (may be NULL) */
        *collection, *abstract_set;
} TpyBuiltins;

typedef struct TpyTypes {
    TpyArena *arena;
    TpyBuiltins b;
    TpyType *error, *none, *noreturn, *nothing, *self_tv;
    TpyType *t_int, *t_float, *t_complex, *t_bool, *t_str, *t_bytes, *t_object;
    TpyMemberLookup member_lookup;    /* installed by the checker, for protocols */
    void *member_lookup_ctx;
    int depth;                        /* recursion guard for subtype checks */
} TpyTypes;

/* --- construction (all results live in types->arena) --- */
void tpy_types_init(TpyTypes *types, TpyArena *arena);
/* Fill the shared instance types once builtins classes are known. */
void tpy_types_set_builtins(TpyTypes *types);
TpyClass *tpy_types_new_class(TpyTypes *types, const char *name, const char *module);
TpyType *tpy_types_instance(TpyTypes *types, TpyClass *cls, TpyType **args, int count);
TpyType *tpy_types_instance1(TpyTypes *types, TpyClass *cls, TpyType *arg);
TpyType *tpy_types_instance2(TpyTypes *types, TpyClass *cls, TpyType *a, TpyType *b);
TpyType *tpy_types_tuple(TpyTypes *types, TpyType **items, int count);
TpyType *tpy_types_classobj(TpyTypes *types, TpyType *instance);
/* Flattened, de-duplicated union (no subsumption): what an annotation spells. */
TpyType *tpy_types_union(TpyTypes *types, TpyType **items, int count);
TpyType *tpy_types_union2(TpyTypes *types, TpyType *a, TpyType *b);
/* Union that drops members subsumed by others (mypy's make_simplified_union). */
TpyType *tpy_types_simplified_union(TpyTypes *types, TpyType **items, int count);
TpyType *tpy_types_optional(TpyTypes *types, TpyType *t);
TpyType *tpy_types_callable(TpyTypes *types, TpyParam *params, int count, TpyType *ret);
TpyType *tpy_types_special(TpyTypes *types, int special, const char *name);
TpyType *tpy_types_typevar(TpyTypes *types, const char *name, unsigned flags);
TpyType *tpy_types_copy(TpyTypes *types, const TpyType *t);

/* --- queries --- */
bool tpy_type_equal(const TpyType *a, const TpyType *b);
bool tpy_type_is_instance_of(const TpyType *t, const TpyClass *cls);
bool tpy_class_is_subclass(const TpyClass *sub, const TpyClass *sup);
/* `t` viewed as an instance of ancestor `target` (type args mapped through the
 * bases), or NULL if it is not a nominal subclass.  Fixed tuples map as tuple[join]. */
TpyType *tpy_types_map_to_class(TpyTypes *types, TpyType *t, TpyClass *target);
/* Replace type variables: tvars[i] -> args[i]; `self_type` replaces Self (may be NULL). */
TpyType *tpy_types_subst(TpyTypes *types, TpyType *t, TpyType **tvars, TpyType **args,
                         int count, TpyType *self_type);
bool tpy_type_has_typevars(const TpyType *t);
/* Remove None from a union (Optional[T] -> T). */
TpyType *tpy_types_remove_none(TpyTypes *types, TpyType *t);
bool tpy_type_contains_none(const TpyType *t);
/* The least common supertype (mypy's join): int+float -> float, X+None -> Optional[X]. */
TpyType *tpy_types_join(TpyTypes *types, TpyType *a, TpyType *b);
/* The fallback tuple[T, ...] of a fixed tuple. */
TpyType *tpy_types_tuple_fallback(TpyTypes *types, TpyType *t);

/* Whether a value could have both types (mypy's is_overlapping_types): false
 * for int and str, list[int] and list[str], A and B unrelated classes. */
bool tpy_types_overlap(TpyTypes *types, TpyType *a, TpyType *b);

/* Subtyping with mypy's promotions (int -> float -> complex) and structural
 * protocols.  `member_lookup` finds a member's type on an instance for protocol
 * checks; the checker installs it. */
void tpy_types_set_member_lookup(TpyTypes *types, TpyMemberLookup lookup, void *ctx);
bool tpy_types_is_subtype(TpyTypes *types, TpyType *a, TpyType *b);

/* mypy-style spelling: "List[int]", "Optional[str]", "Callable[[int], str]". */
const char *tpy_type_str(TpyTypes *types, const TpyType *t);
/* The same into a caller buffer; returns buf. */
char *tpy_type_format(const TpyType *t, char *buf, size_t size);

#endif
