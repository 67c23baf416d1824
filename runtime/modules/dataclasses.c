/* runtime/modules/dataclasses.c: the run-time part of the dataclasses module.
 *
 * @dataclass and field() are handled at compile time (the checker and
 * runtime/dataclass.c); what a script can reach at run time is the
 * exception type FrozenInstanceError (exc.c). */
#include "exc.h"
#include "modules_internal.h"

static TpyObject *make_frozen_instance_error(void)
{
    return tpy_newref(&tpy_FrozenInstanceError_type.ob);
}

static const TpyMethodDef dataclasses_functions[] = {{NULL, NULL, 0}};

static const TpyModuleConstant dataclasses_constants[] = {
    {"FrozenInstanceError", make_frozen_instance_error},
    {NULL, NULL},
};

const TpyModuleDef tpy_dataclasses_module_def = {"dataclasses", dataclasses_functions,
                                                 dataclasses_constants, NULL};
