/* runtime/modules/collections.c: the collections module table.
 *
 * The module exports four types: deque (deque.c) and the dict subclasses
 * defaultdict, OrderedDict and Counter (collections_dicts.c).  Calling one
 * goes through its construct slot.  See collections.h.
 */
#include "collections.h"

#include "modules_internal.h"

static TpyObject *make_deque(void) { return tpy_newref(&tpy_deque_type.ob); }
static TpyObject *make_defaultdict(void) { return tpy_newref(&tpy_defaultdict_type.ob); }
static TpyObject *make_ordereddict(void) { return tpy_newref(&tpy_ordereddict_type.ob); }
static TpyObject *make_counter(void) { return tpy_newref(&tpy_counter_type.ob); }

static const TpyMethodDef collections_functions[] = {{NULL, NULL, 0}};

static const TpyModuleConstant collections_constants[] = {
    {"deque", make_deque},
    {"defaultdict", make_defaultdict},
    {"OrderedDict", make_ordereddict},
    {"Counter", make_counter},
    {NULL, NULL},
};

static int collections_init(TpyObject *module)
{
    (void)module;
    tpy_collections_ready();
    return 0;
}

const TpyModuleDef tpy_collections_module_def = {"collections", collections_functions,
                                                 collections_constants, collections_init};
