/* frontend/scope.c: name -> symbol tables (see scope.h).
 * Each scope keeps its symbols in declaration order plus an open-addressing
 * hash table (linear probing, load <= 1/2) so that lookups in a module with
 * thousands of globals stay O(1). */
#include "scope.h"

#include <string.h>

static unsigned scope_hash(const char *s)
{
    unsigned h = 2166136261u;               /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

TpyScope *tpy_scope_new(TpyArena *arena, TpyScopeKind kind, const char *name, TpyScope *parent)
{
    TpyScope *scope = tpy_arena_alloc(arena, sizeof *scope);
    scope->kind = kind;
    scope->name = name;
    scope->parent = parent;
    if (parent != NULL)
        scope->module = parent->module;
    return scope;
}

TpySymbol *tpy_scope_lookup(const TpyScope *scope, const char *name)
{
    if (scope == NULL || scope->table_size == 0)
        return NULL;
    unsigned mask = (unsigned)scope->table_size - 1;
    for (unsigned i = scope_hash(name) & mask;; i = (i + 1) & mask) {
        TpySymbol *sym = scope->table[i];
        if (sym == NULL)
            return NULL;
        if (strcmp(sym->name, name) == 0)
            return sym;
    }
}

static void scope_insert(TpySymbol **table, int size, TpySymbol *sym)
{
    unsigned mask = (unsigned)size - 1;
    unsigned i = scope_hash(sym->name) & mask;
    while (table[i] != NULL)
        i = (i + 1) & mask;
    table[i] = sym;
}

TpySymbol *tpy_scope_add(TpyArena *arena, TpyScope *scope, const char *name, TpySymbolKind kind)
{
    TpySymbol *sym = tpy_arena_alloc(arena, sizeof *sym);
    sym->name = name;
    sym->kind = kind;
    sym->scope = scope;
    sym->index = scope->count;
    if ((scope->count + 1) * 2 > scope->table_size) {
        int size = scope->table_size ? scope->table_size * 2 : 8;
        TpySymbol **table = tpy_arena_alloc(arena, sizeof(TpySymbol *) * (size_t)size);
        for (int i = 0; i < scope->count; i++)
            scope_insert(table, size, scope->symbols[i]);
        scope->table = table;
        scope->table_size = size;
    }
    scope_insert(scope->table, scope->table_size, sym);
    tpy_arena_push(arena, (void ***)&scope->symbols, &scope->count, sym);
    return sym;
}

TpySymbol *tpy_scope_get_or_add(TpyArena *arena, TpyScope *scope, const char *name)
{
    TpySymbol *sym = tpy_scope_lookup(scope, name);
    return sym != NULL ? sym : tpy_scope_add(arena, scope, name, TPY_SYM_VAR);
}
