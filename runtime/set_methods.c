/* runtime/set_methods.c: the method tables of set and frozenset.
 *
 * TpyNativeFn wrappers (args[0] is self) around set.c.  The variadic
 * methods combine their arguments exactly as CPython 3.11's setobject.c
 * does (union: copy then update with each; intersection: fold
 * set_intersection; difference: set_difference with the first, then
 * difference_update with the rest), because the order in which elements are
 * inserted decides the iteration order a script prints.
 * frozenset has no mutating methods, and its copy() returns itself.
 */
#include "set.h"

#include <stdio.h>

#include "abstract.h"
#include "argparse.h"
#include "bool.h"
#include "exc.h"
#include "none.h"

static TpyObject *none_or_null(int status)
{
    return status < 0 ? NULL : tpy_none_new_ref();
}

/* "set.add" / "frozenset.union" for messages, in buf. */
static const char *qualname(TpyObject *self, const char *name, char *buf, size_t size)
{
    bool frozen = tpy_object_is_instance(self, &tpy_frozenset_type);
    snprintf(buf, size, "%s.%s", frozen ? "frozenset" : "set", name);
    return buf;
}

#define ONE_ARG(name, body)                                                                \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        char q[64];                                                                        \
        if (tpy_args_one(qualname(args[0], #name, q, sizeof q), nargs - 1, kwnames) < 0)  \
            return NULL;                                                                   \
        TpyObject *self = args[0], *other = args[1];                                       \
        body                                                                               \
    }
#define NO_ARGS(name, body)                                                                \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        char q[64];                                                                        \
        if (tpy_args_none(qualname(args[0], #name, q, sizeof q), nargs - 1, kwnames) < 0) \
            return NULL;                                                                   \
        TpyObject *self = args[0];                                                         \
        body                                                                               \
    }
#define VAR_ARGS(name)                                                                     \
    static TpyObject *m_##name(TpyObject *const *args, int64_t nargs, TpyObject *kwnames) \
    {                                                                                      \
        char q[64];                                                                        \
        if (tpy_args_no_kw(qualname(args[0], #name, q, sizeof q), kwnames) < 0)           \
            return NULL;                                                                   \
        return name##_multi(args[0], args + 1, nargs - 1);                                 \
    }

static TpyObject *bool_or_null(int r)
{
    return r < 0 ? NULL : tpy_bool_from(r != 0);
}

ONE_ARG(add, { return none_or_null(tpy_set_add(self, other)); })
ONE_ARG(discard, { return none_or_null(tpy_set_discard(self, other)); })
ONE_ARG(remove, { return none_or_null(tpy_set_remove(self, other)); })
ONE_ARG(symmetric_difference, { return tpy_set_symmetric_difference(self, other); })
ONE_ARG(symmetric_difference_update,
        { return none_or_null(tpy_set_symmetric_difference_update(self, other)); })
ONE_ARG(issubset, { return bool_or_null(tpy_set_issubset(self, other)); })
ONE_ARG(issuperset, { return bool_or_null(tpy_set_issuperset(self, other)); })
ONE_ARG(isdisjoint, { return bool_or_null(tpy_set_isdisjoint(self, other)); })
NO_ARGS(pop, { return tpy_set_pop(self); })
NO_ARGS(clear, { return none_or_null(tpy_set_clear(self)); })
NO_ARGS(copy, {
    if (tpy_type_of(self) == &tpy_frozenset_type)
        return tpy_newref(self);   // CPython's frozenset_copy: immutable, so itself
    return tpy_set_copy(self);
})

static TpyObject *update_multi(TpyObject *self, TpyObject *const *others, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (tpy_set_update(self, others[i]) < 0)
            return NULL;
    return tpy_none_new_ref();
}

static TpyObject *union_multi(TpyObject *self, TpyObject *const *others, int64_t n)
{
    TpyObject *result = tpy_set_copy(self);
    for (int64_t i = 0; result != NULL && i < n; i++) {
        if (others[i] == self)
            continue;
        if (tpy_set_update(result, others[i]) < 0)
            tpy_clear(result);
    }
    return result;
}

static TpyObject *intersection_multi(TpyObject *self, TpyObject *const *others, int64_t n)
{
    if (n == 0)
        return tpy_set_copy(self);
    TpyObject *result = tpy_newref(self);
    for (int64_t i = 0; i < n; i++) {
        TpyObject *next = tpy_set_intersection(result, others[i]);
        tpy_decref(result);
        if (next == NULL)
            return NULL;
        result = next;
    }
    return result;
}

static TpyObject *intersection_update_multi(TpyObject *self, TpyObject *const *others, int64_t n)
{
    // CPython computes self & a & b ... into a temporary and swaps bodies;
    // intersecting in place one argument at a time swaps in the same tables.
    for (int64_t i = 0; i < n; i++)
        if (tpy_set_intersection_update(self, others[i]) < 0)
            return NULL;
    return tpy_none_new_ref();
}

static TpyObject *difference_multi(TpyObject *self, TpyObject *const *others, int64_t n)
{
    if (n == 0)
        return tpy_set_copy(self);
    TpyObject *result = tpy_set_difference(self, others[0]);
    for (int64_t i = 1; result != NULL && i < n; i++)
        if (tpy_set_difference_update(result, others[i]) < 0)
            tpy_clear(result);
    return result;
}

static TpyObject *difference_update_multi(TpyObject *self, TpyObject *const *others, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (tpy_set_difference_update(self, others[i]) < 0)
            return NULL;
    return tpy_none_new_ref();
}

VAR_ARGS(update)
VAR_ARGS(union)
VAR_ARGS(intersection)
VAR_ARGS(intersection_update)
VAR_ARGS(difference)
VAR_ARGS(difference_update)

const TpyMethodDef tpy_set_methods[] = {
    {"add", m_add, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"difference", m_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"discard", m_discard, 0},
    {"intersection", m_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"union", m_union, 0},
    {"update", m_update, 0},
    {NULL, NULL, 0},
};

const TpyMethodDef tpy_frozenset_methods[] = {
    {"copy", m_copy, 0},
    {"difference", m_difference, 0},
    {"intersection", m_intersection, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"union", m_union, 0},
    {NULL, NULL, 0},
};
