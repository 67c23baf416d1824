/* runtime/icache.h: inline caches for attribute and method-call sites.
 *
 * `obj.x`, `obj.x = v` and `obj.m(args)` on a receiver whose static type is a
 * user class compile to LOAD_ATTR*, STORE_ATTR* and CALL_METHOD_TYPED.  Each
 * such instruction names one entry of its code object's side table
 * (TpyCode.caches, numbered when the code object is built).  An entry
 * remembers, for the last receiver type seen, what generic lookup by name
 * would have found:
 *   - attributes: the byte offset of the field (only when the field *is* the
 *     answer: no data descriptor such as a property of that name on the
 *     type, and the field's kind is the kind of the instruction's register);
 *   - methods: the Python function to call, when its parameter kinds match
 *     the call site's registers and its result can be stored (or boxed) into
 *     the site's result register; else NULL = "take the generic path".
 * A hit is `ic.epoch == tpy_icache_epoch` and an entry with `type(obj)`.
 * The entry borrows the type and the function: every change that could make
 * an entry lie -- an assignment or deletion in a class's members, the death
 * of a class (its address may be reused) -- bumps the global epoch, which
 * invalidates every entry at once.  Such changes are rare in typed code.
 * A monomorphic entry gives the JIT a constant offset / a direct call behind
 * one type guard.  See docs/design.md section 5, "Inline caches".
 */
#ifndef TPY_RUNTIME_ICACHE_H
#define TPY_RUNTIME_ICACHE_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"
#include "value.h"

struct TpyCode;

/* One receiver type's entry. */
typedef struct TpyCacheEntry {
    TpyType *type;          /* receiver type (borrowed; NULL: empty) */
    TpyObject *function;    /* CALL_METHOD_TYPED: TpyFunction to call, NULL: generic (borrowed) */
    uint32_t offset;        /* attributes: byte offset of the field in the instance */
    uint32_t box_result;    /* CALL_METHOD_TYPED: box the callee's unboxed result (OBJ site) */
} TpyCacheEntry;

/* A site's cache: up to TPY_ICACHE_WAYS receiver types (a call like
 * task.run() in a scheduler sees a handful of classes), valid while `epoch`
 * is the current tpy_icache_epoch.  Full: entries are replaced in turn. */
#define TPY_ICACHE_WAYS 4
typedef struct TpyInlineCache {
    uint32_t epoch;
    uint32_t next;          /* the entry the next fill replaces when all are used */
    TpyCacheEntry entries[TPY_ICACHE_WAYS];
} TpyInlineCache;

extern uint32_t tpy_icache_epoch;

/* Invalidate every inline cache (class members changed, a class died). */
static inline void tpy_icache_invalidate_all(void)
{
    tpy_icache_epoch++;
}

/* The entry of `ic` for type(obj), or NULL (a miss). */
static inline const TpyCacheEntry *tpy_icache_find(const TpyInlineCache *ic, TpyObject *obj)
{
    TpyType *t = tpy_type_of(obj);
    if (ic->epoch != tpy_icache_epoch)
        return NULL;
    for (int i = 0; i < TPY_ICACHE_WAYS; i++)
        if (ic->entries[i].type == t)
            return &ic->entries[i];
    return NULL;
}

/* Number the cache operands ('i') of code->code and allocate code->caches.
 * 0, or -1 with MemoryError. */
int tpy_icache_setup(struct TpyCode *code);

/* Slow paths of LOAD_ATTR*: fill `ic` if the field is what obj.name means
 * for type(obj), then read obj.name generically.  OBJ: new reference or NULL;
 * unboxed (F64/I64/C128 into dst): 0 or -1.  Both with an exception on error. */
TpyObject *tpy_icache_load_attr(TpyInlineCache *ic, TpyObject *obj, TpyObject *name);
int tpy_icache_load_attr_unboxed(TpyInlineCache *ic, TpyObject *obj, TpyObject *name,
                                 TpyValueKind kind, TpyValue *dst);

/* Slow path of STORE_ATTR*: fill `ic` as above, then obj.name = value (boxed
 * from `kind`; value borrowed).  0 / -1. */
int tpy_icache_store_attr(TpyInlineCache *ic, TpyObject *obj, TpyObject *name, TpyValueKind kind,
                          const TpyValue *value);

/* CALL_METHOD_TYPED miss: look `name` up on type(self) and fill an entry of
 * `ic` (returned) with the function to call directly, or NULL when the call
 * must take the generic path.  arg_kinds: the kinds of the site's registers from the first (self);
 * nargs values (complex ones take two registers); ret_kind: the kind of the
 * result register. */
const TpyCacheEntry *tpy_icache_fill_method(TpyInlineCache *ic, TpyObject *self, TpyObject *name,
                                            const uint8_t *arg_kinds, uint32_t nargs,
                                            TpyValueKind ret_kind);

/* The generic path of CALL_METHOD_TYPED: box the typed arguments args[..]
 * (kinds as above), release the block's OBJ registers (the instruction moves
 * them), call self.name(...) and store the result into *dst converted to
 * ret_kind (an OBJ dst's old value is released).  0 / -1. */
int tpy_icache_call_method_generic(TpyObject *name, TpyValue *args, const uint8_t *arg_kinds,
                                   uint32_t nargs, TpyValue *dst, TpyValueKind ret_kind);

#endif
