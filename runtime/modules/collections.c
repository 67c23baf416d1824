#include "modules_internal.h"
static const TpyMethodDef collections_functions[] = {{NULL, NULL, 0}};
const TpyModuleDef tpy_collections_module_def = {"collections", collections_functions, NULL, NULL};
