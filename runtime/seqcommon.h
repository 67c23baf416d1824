/* runtime/seqcommon.h: helpers shared by the container types (internal).
 *
 * Sequence comparison, search, subscripting, repr and iterators of list and
 * tuple, repeat counts, argument-count checks for builtin
 * methods, index clamping and the repr recursion guard.  Used by list.c,
 * tuple.c, str*.c, bytes.c, dict.c, set.c, range.c only.
 */
#ifndef TPY_RUNTIME_SEQCOMMON_H
#define TPY_RUNTIME_SEQCOMMON_H

#ifndef TPY_RUNTIME_BUILD
#error "seqcommon.h is internal to the runtime"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "type.h"

/* Largest item count of a list/tuple (keeps byte sizes far from overflow and
 * within what malloc and ASan accept). */
#define TPY_SEQ_MAX_ITEMS (((uint64_t)1 << 40) / sizeof(void *))

/* Lexicographic comparison of two lists or two tuples (a and b of the same
 * type); re-reads the items after each comparison since user __eq__ may
 * mutate a list.  Returns a new reference (bool, or whatever the deciding
 * item comparison returned), NULL on error. */
TpyObject *tpy_seq_richcompare(TpyObject *a, TpyObject *b, TpyCompareOp op);

/* Linear search of a list or tuple (subclasses too) for an item equal to
 * `item` in [start, stop): its index, -1 when absent, -2 with an exception
 * set when a comparison failed. */
int64_t tpy_seq_find(TpyObject *o, TpyObject *item, int64_t start, int64_t stop);
/* Number of items equal to `item`; -1 on error. */
int64_t tpy_seq_count(TpyObject *o, TpyObject *item);
/* `item in o`: 1 / 0 / -1 on error. */
int tpy_seq_contains(TpyObject *o, TpyObject *item);
/* o[key] for a list or tuple: key an int (IndexError "list index out of
 * range" / "tuple ...") or a slice (a new list / tuple).  New reference. */
TpyObject *tpy_seq_getitem(TpyObject *o, TpyObject *key);
/* repr of a list or tuple, with the recursion guard ("[...]", "(...)"). */
TpyObject *tpy_seq_repr(TpyObject *o);

/* The iterator object of list, reversed(list) and tuple: a GC object holding
 * its sequence (NULL once exhausted) and the next index.  The types differ
 * only in their iternext; these are their other slots. */
typedef struct TpySeqIter {
    TpyObject ob;
    TpyObject *seq;
    int64_t index;
} TpySeqIter;

TpyObject *tpy_seq_iter_new(TpyType *type, TpyObject *seq, int64_t index);
void tpy_seq_iter_dealloc(TpyObject *o);
int tpy_seq_iter_traverse(TpyObject *o, TpyVisitFn visit, void *arg);
void tpy_seq_iter_clear(TpyObject *o);

/* start/stop of index()/count() as CPython clamps them: negative values
 * count from the end, then both are clipped to [0, n]. */
void tpy_seq_clamp_range(int64_t n, int64_t *start, int64_t *stop);
/* An int argument (start/stop) as int64, huge values clamped to the int64
 * range (CPython's _PyEval_SliceIndexNotNone).  0 / -1 (TypeError). */
int tpy_seq_clamped_index(TpyObject *o, int64_t *out);

/* The `n` of seq * n: 1 and *out set; 0 if n is a user object that may
 * handle it (NotImplemented); -1 with TypeError "can't multiply sequence by
 * non-int of type 'float'" or OverflowError. */
int tpy_seq_repeat_count(TpyObject *n, int64_t *out);
/* True for values of builtin (non-heap) types. */
bool tpy_seq_is_builtin_value(TpyObject *o);

/* Method argument count check (positional only; no keywords): 0 / -1 with
 * CPython's TypeError messages. */
int tpy_seq_check_args(const char *name, int64_t nargs, TpyObject *kwnames, int64_t min, int64_t max);

/* iter(it) of an iterator: itself. */
TpyObject *tpy_seq_iter_self(TpyObject *o);

/* Repr recursion guard (CPython's Py_ReprEnter): 1 if `o` is already being
 * repr'd (print "[...]"), 0 after registering it, -1 on error.  Pair each 0
 * with tpy_repr_leave(o). */
int tpy_repr_enter(TpyObject *o);
void tpy_repr_leave(TpyObject *o);

#endif
