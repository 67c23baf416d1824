/* frontend/compile_class.c: class statements -> MAKE_CLASS.
 *
 * A class statement is compiled in the enclosing code: its methods become
 * function objects (MAKE_FUNCTION), dataclass/NamedTuple defaults and class
 * attributes are evaluated, and MAKE_CLASS combines them with the static
 * description (fields with their kinds, method kinds, flags: a class-spec
 * constant, codegen.h) into a class object through runtime/class.h.  Class
 * bodies are not executed as code: tpy's classes are declarative (the
 * checker only accepts methods, annotated fields, class attributes and
 * docstrings there).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile_internal.h"

static bool is_decorator(TpyAstExpr *d, const char *name)
{
    if (d->kind == TPY_EXPR_NAME)
        return strcmp(d->u.name.id, name) == 0;
    if (d->kind == TPY_EXPR_CALL && d->u.call.func->kind == TPY_EXPR_NAME)
        return strcmp(d->u.call.func->u.name.id, name) == 0;
    return false;
}

/* `@x.setter` -> "x" */
static const char *setter_of(TpyAstExpr *d)
{
    if (d->kind == TPY_EXPR_ATTRIBUTE && strcmp(d->u.attribute.attr, "setter") == 0 &&
        d->u.attribute.value->kind == TPY_EXPR_NAME)
        return d->u.attribute.value->u.name.id;
    return NULL;
}

static bool may_hold_container(TpyType *t)
{
    if (t == NULL)
        return true;
    if (t->kind == TPY_TYPE_NONE)
        return false;
    if (t->kind == TPY_TYPE_UNION) {
        for (int i = 0; i < t->count; i++)
            if (may_hold_container(t->items[i]))
                return true;
        return false;
    }
    return !(cu_is_builtin(t, "int") || cu_is_builtin(t, "str") || cu_is_builtin(t, "float") ||
             cu_is_builtin(t, "bool") || cu_is_builtin(t, "bytes") || cu_is_builtin(t, "complex"));
}

typedef struct Method {
    const char *name;
    int kind;
    TpyAstStmt *def;
    TpyAstStmt *setter;
} Method;

/* The default value / factory of a dataclass field from `x: T = value`. */
static void field_default(TpyAstExpr *value, TpyAstExpr **dflt, TpyAstExpr **factory)
{
    *dflt = NULL;
    *factory = NULL;
    if (value == NULL)
        return;
    if (value->kind == TPY_EXPR_CALL && value->u.call.func->kind == TPY_EXPR_NAME &&
        strcmp(value->u.call.func->u.name.id, "field") == 0) {
        for (int i = 0; i < value->u.call.keywords.count; i++) {
            TpyAstKeyword *k = value->u.call.keywords.items[i];
            if (k->name != NULL && strcmp(k->name, "default") == 0)
                *dflt = k->value;
            else if (k->name != NULL && strcmp(k->name, "default_factory") == 0)
                *factory = k->value;
        }
        return;
    }
    *dflt = value;
}

static TpyAstExpr *field_value(TpyClass *cls, const TpySymbol *field)
{
    /* the annotated assignment in the class that declares the field */
    for (TpyClass *c = cls; c != NULL; c = c->base) {
        if (c->def == NULL)
            continue;
        TpyAstStmtList *body = &c->def->u.classdef.body;
        for (int i = 0; i < body->count; i++) {
            TpyAstStmt *s = body->items[i];
            if (s->kind == TPY_STMT_ANNASSIGN && s->u.annassign.target->kind == TPY_EXPR_NAME &&
                strcmp(s->u.annassign.target->u.name.id, field->name) == 0)
                return s->u.annassign.value;
        }
    }
    return NULL;
}

void cc_classdef(Unit *u, TpyAstStmt *s)
{
    const TpySymbol *csym = s->u.classdef.sym;
    TpyScope *cscope = s->u.classdef.scope;
    TpyClass *cls = csym != NULL && csym->cls != NULL ? csym->cls : (cscope != NULL ? cscope->cls : NULL);
    if (cls == NULL) {
        cu_error(u, s->pos.line, "class without checker information");
        return;
    }
    int mark = u->tmp_top;
    char qual[256];
    snprintf(qual, sizeof qual, "%s%s", u->qual, s->u.classdef.name);
    bool dataclass = (cls->flags & TPY_CLASS_DATACLASS) != 0;
    bool namedtuple = (cls->flags & TPY_CLASS_NAMEDTUPLE) != 0;
    uint32_t flags = 0;
    if (cls->flags & TPY_CLASS_SLOTS)
        flags |= TPY_CG_CLASS_SLOTS;
    if (dataclass)
        flags |= TPY_CG_CLASS_DATACLASS;
    if (namedtuple)
        flags |= TPY_CG_CLASS_NAMEDTUPLE;
    if (cls->flags & TPY_CLASS_ORDER)
        flags |= TPY_CG_CLASS_ORDER;
    if (dataclass && (cls->flags & TPY_CLASS_FROZEN))
        flags |= TPY_CG_CLASS_FROZEN;

    /* methods and class attributes of the body */
    TpyAstStmtList *body = &s->u.classdef.body;
    /* at most one method or attribute per statement of the body */
    Method *methods = calloc((size_t)body->count + 1, sizeof *methods);
    int nmethods = 0;
    TpyAstStmt **attrs = calloc((size_t)body->count + 1, sizeof *attrs);
    const char **attr_names = calloc((size_t)body->count + 1, sizeof *attr_names);
    const char **method_names = calloc((size_t)body->count + 1, sizeof *method_names);
    int *method_kinds = calloc((size_t)body->count + 1, sizeof *method_kinds);
    if (methods == NULL || attrs == NULL || attr_names == NULL || method_names == NULL ||
        method_kinds == NULL) {
        fprintf(stderr, "tpy: out of memory\n");
        exit(2);
    }
    int nattrs = 0;
    for (int i = 0; i < body->count; i++) {
        TpyAstStmt *st = body->items[i];
        if (st->kind == TPY_STMT_FUNCTIONDEF) {
            int kind = TPY_CG_METHOD_PLAIN;
            const char *setter = NULL;
            for (int d = 0; d < st->u.functiondef.decorators.count; d++) {
                TpyAstExpr *dec = st->u.functiondef.decorators.items[d];
                if (is_decorator(dec, "staticmethod"))
                    kind = TPY_CG_METHOD_STATIC;
                else if (is_decorator(dec, "classmethod"))
                    kind = TPY_CG_METHOD_CLASS;
                else if (is_decorator(dec, "property"))
                    kind = TPY_CG_METHOD_PROPERTY;
                else if (setter_of(dec) != NULL)
                    setter = setter_of(dec);
            }
            if (setter != NULL) {
                for (int m = 0; m < nmethods; m++)
                    if (strcmp(methods[m].name, setter) == 0)
                        methods[m].setter = st;
                continue;
            }
            bool replaced = false;
            for (int m = 0; m < nmethods; m++) {
                if (strcmp(methods[m].name, st->u.functiondef.name) == 0) {
                    methods[m] = (Method){ st->u.functiondef.name, kind, st, NULL };
                    replaced = true;
                }
            }
            if (!replaced)
                methods[nmethods++] = (Method){ st->u.functiondef.name, kind, st, NULL };
        } else if ((st->kind == TPY_STMT_ASSIGN || st->kind == TPY_STMT_ANNASSIGN)) {
            TpyAstExpr *target = st->kind == TPY_STMT_ASSIGN ? st->u.assign.targets.items[0]
                                                             : st->u.annassign.target;
            TpyAstExpr *value = st->kind == TPY_STMT_ASSIGN ? st->u.assign.value : st->u.annassign.value;
            if (target->kind != TPY_EXPR_NAME || value == NULL)
                continue;
            const char *name = target->u.name.id;
            if (strcmp(name, "__slots__") == 0 || strcmp(name, "__match_args__") == 0)
                continue;
            if ((dataclass || namedtuple) && st->kind == TPY_STMT_ANNASSIGN) {
                bool is_field = false;
                for (int f = 0; f < cls->field_count; f++)
                    if (strcmp(cls->fields[f]->name, name) == 0)
                        is_field = true;
                if (is_field)
                    continue;
            }
            attrs[nattrs] = st;
            attr_names[nattrs++] = name;
        } else if (st->kind == TPY_STMT_CLASSDEF) {
            cu_error(u, st->pos.line, "nested classes are not supported");
        }
    }
    /* __doc__: every class has its own (None without a docstring), except
     * that CPython makes one up for dataclasses and NamedTuples without one
     * ("P(x: int)"), which tpy leaves out. */
    TpyAstStmt *doc = body->count > 0 && body->items[0]->kind == TPY_STMT_EXPR &&
                      body->items[0]->u.expr.value->kind == TPY_EXPR_CONSTANT &&
                      body->items[0]->u.expr.value->u.constant.kind == TPY_CONST_STR
                          ? body->items[0] : NULL;
    bool own_doc = false;
    for (int i = 0; i < nattrs; i++)
        own_doc |= strcmp(attr_names[i], "__doc__") == 0;
    if ((doc != NULL || !(dataclass || namedtuple)) && !own_doc && nattrs < 256) {
        attrs[nattrs] = doc;   /* NULL: None */
        attr_names[nattrs++] = "__doc__";
    }

    /* fields */
    int nfields = cls->field_count;
    const char **field_names = calloc((size_t)nfields + 1, sizeof(char *));
    uint8_t *field_kinds = calloc((size_t)nfields + 1, 1);
    bool *field_containers = calloc((size_t)nfields + 1, sizeof(bool));
    TpyAstExpr **defaults = calloc((size_t)nfields + 1, sizeof(TpyAstExpr *));
    TpyAstExpr **factories = calloc((size_t)nfields + 1, sizeof(TpyAstExpr *));
    bool has_defaults = false, has_factories = false;
    for (int f = 0; f < nfields; f++) {
        TpySymbol *fs = cls->fields[f];
        field_names[f] = fs->name;
        field_kinds[f] = (uint8_t)ce_field_kind(fs);
        field_containers[f] = field_kinds[f] == TPY_KIND_OBJ && may_hold_container(fs->type);
        if (dataclass || namedtuple) {
            field_default(field_value(cls, fs), &defaults[f], &factories[f]);
            if (defaults[f] != NULL)
                has_defaults = true;
            if (factories[f] != NULL)
                has_factories = true;
        }
    }

    /* the register block: base, methods, setters, defaults, factories, attrs */
    int nblock = 1 + 2 * nmethods + (has_defaults ? nfields : 0) + (has_factories ? nfields : 0) + nattrs;
    TpyValueKind *kinds = calloc((size_t)nblock + 1, sizeof(TpyValueKind));
    for (int i = 0; i < nblock; i++)
        kinds[i] = TPY_KIND_OBJ;
    int first = cu_alloc_block(u, kinds, nblock);
    free(kinds);
    int k = first;
    /* base */
    TpyAstExpr *base_expr = NULL;
    for (int i = 0; i < s->u.classdef.bases.count; i++) {
        TpyAstExpr *b = s->u.classdef.bases.items[i];
        bool class_name = b->kind == TPY_EXPR_NAME && b->u.name.sym != NULL &&
                          b->u.name.sym->kind == TPY_SYM_CLASS;
        bool class_attr = b->kind == TPY_EXPR_ATTRIBUTE && b->type != NULL &&
                          b->type->kind == TPY_TYPE_CLASSOBJ;
        if ((class_name || class_attr) && !(cls->base != NULL && cls->base->flags & TPY_CLASS_PROTOCOL)) {
            base_expr = b;
            break;
        }
    }
    if (namedtuple) {
        cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)k, (uint32_t)cu_const(u, tpy_cg_newref(tpy_cg_builtin_type("tuple"))));
    } else if (base_expr != NULL) {
        int inner = u->tmp_top;
        ce_expr_as(u, base_expr, TPY_KIND_OBJ, NULL, k);
        cu_free_to(u, inner);
    } else {
        cu_emit(u, TPY_OP_LOAD_CONST, (uint32_t)k, (uint32_t)cu_const(u, tpy_cg_newref(tpy_cg_builtin_type("object"))));
    }
    k++;
    /* methods */
    TpyClass *saved_cls = u->cls;
    char saved_qual[200];
    memcpy(saved_qual, u->qual, sizeof saved_qual);
    snprintf(u->qual, sizeof u->qual, "%.190s.", qual);
    for (int pass = 0; pass < 2; pass++) {
        for (int m = 0; m < nmethods; m++) {
            TpyAstStmt *def = pass == 0 ? methods[m].def : methods[m].setter;
            if (def == NULL) {
                cu_emit(u, TPY_OP_LOAD_NONE, (uint32_t)k++);
                continue;
            }
            char mq[300];
            snprintf(mq, sizeof mq, "%s.%s", qual, def->u.functiondef.name);
            u->cls = cls;
            int cells_first, ncells;
            int inner = u->tmp_top;
            TpyType *ftype = def->u.functiondef.sym != NULL ? def->u.functiondef.sym->type : NULL;
            TpyObject *code = cu_compile_function(u, def, def->u.functiondef.args, &def->u.functiondef.body,
                                                  NULL, def->u.functiondef.scope, def->u.functiondef.name,
                                                  mq, ftype, &cells_first, &ncells);
            u->cls = saved_cls;
            if (code == NULL) {
                k++;
                continue;
            }
            cu_emit_make_function(u, code, def->u.functiondef.args, cells_first, ncells, k++);
            cu_free_to(u, inner);
        }
    }
    memcpy(u->qual, saved_qual, sizeof saved_qual);
    /* dataclass defaults and factories */
    for (int pass = 0; pass < 2; pass++) {
        if ((pass == 0 && !has_defaults) || (pass == 1 && !has_factories))
            continue;
        TpyAstExpr **src = pass == 0 ? defaults : factories;
        for (int f = 0; f < nfields; f++) {
            if (src[f] != NULL) {
                int inner = u->tmp_top;
                ce_expr_as(u, src[f], TPY_KIND_OBJ, pass == 0 ? cls->fields[f]->type : NULL, k);
                cu_free_to(u, inner);
            }
            k++;
        }
    }
    /* class attributes */
    for (int i = 0; i < nattrs; i++) {
        TpyAstStmt *st = attrs[i];
        if (st == NULL || st->kind == TPY_STMT_EXPR) {   /* __doc__ */
            if (st == NULL)
                cu_emit(u, TPY_OP_LOAD_NONE, (uint32_t)k++);
            else
                ce_expr_as(u, st->u.expr.value, TPY_KIND_OBJ, NULL, k++);
            continue;
        }
        TpyAstExpr *value = st->kind == TPY_STMT_ASSIGN ? st->u.assign.value : st->u.annassign.value;
        TpyAstExpr *target = st->kind == TPY_STMT_ASSIGN ? st->u.assign.targets.items[0]
                                                         : st->u.annassign.target;
        int inner = u->tmp_top;
        TpyType *tt = target->u.name.sym != NULL ? target->u.name.sym->type : NULL;
        ce_expr_as(u, value, TPY_KIND_OBJ, tt, k++);
        cu_free_to(u, inner);
    }
    for (int m = 0; m < nmethods; m++) {
        method_names[m] = methods[m].name;
        method_kinds[m] = methods[m].kind;
    }
    TpyCgClassSpec spec = {
        .name = s->u.classdef.name, .qualname = qual,
        .module = u->module != NULL ? u->module->name : "__main__",
        .flags = flags, .nfields = nfields, .field_names = field_names, .field_kinds = field_kinds,
        .field_containers = field_containers, .nmethods = nmethods, .method_names = method_names,
        .method_kinds = method_kinds, .has_defaults = has_defaults, .has_factories = has_factories,
        .nclass_attrs = nattrs, .class_attr_names = attr_names,
    };
    int spec_const = cu_const(u, tpy_cg_class_spec(&spec));
    int r = cu_alloc(u, TPY_KIND_OBJ);
    cu_emit(u, TPY_OP_MAKE_CLASS, (uint32_t)r, (uint32_t)spec_const, (uint32_t)first, (uint32_t)nblock);
    for (int i = 0; i < nblock; i++)
        cu_mark_clear(u, first + i, false);
    /* decorators other than dataclass are applied like on functions */
    if (csym != NULL)
        ce_store_symbol(u, csym, (Val){ r, TPY_KIND_OBJ, true });
    free(field_names);
    free(field_kinds);
    free(field_containers);
    free(defaults);
    free(factories);
    free(methods);
    free(attrs);
    free(attr_names);
    free(method_names);
    free(method_kinds);
    cu_free_to(u, mark);
}
