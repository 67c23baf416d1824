/* runtime/modules/weakref.c: the weakref module table.
 *
 * ref / ReferenceType and ProxyType are the types of runtime/weakref.c and
 * weakproxy.c; proxy(), getweakrefcount() and getweakrefs() are thin
 * functions over weakref.h.  WeakValueDictionary, WeakKeyDictionary and
 * finalize live in weakref_dicts.c and weakref_finalize.c.
 */
#include "argparse.h"
#include "exc.h"
#include "int.h"
#include "modules_internal.h"
#include "weakref.h"
#include "weakref_internal.h"
#include "weakref_module.h"

static TpyObject *make_ref(void) { return tpy_newref(&tpy_weakref_type.ob); }
static TpyObject *make_proxy_type(void) { return tpy_newref(&tpy_weakproxy_type.ob); }
static TpyObject *make_wvd(void) { return tpy_newref(&tpy_weakvaluedict_type.ob); }
static TpyObject *make_wkd(void) { return tpy_newref(&tpy_weakkeydict_type.ob); }
static TpyObject *make_finalize(void) { return tpy_newref(&tpy_weakfinalize_type.ob); }

static TpyObject *weakref_proxy(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_positional("proxy", nargs, kwnames, 1, 2) < 0)
        return NULL;
    return tpy_weakproxy_new(args[0], nargs > 1 ? args[1] : NULL);
}

static TpyObject *weakref_getweakrefcount(TpyObject *const *args, int64_t nargs,
                                          TpyObject *kwnames)
{
    if (tpy_args_one("getweakrefcount", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(tpy_weakref_count(args[0]));
}

static TpyObject *weakref_getweakrefs(TpyObject *const *args, int64_t nargs, TpyObject *kwnames)
{
    if (tpy_args_one("getweakrefs", nargs, kwnames) < 0)
        return NULL;
    return tpy_weakref_list(args[0]);
}

static const TpyMethodDef weakref_functions[] = {
    {"proxy", weakref_proxy, 0},
    {"getweakrefcount", weakref_getweakrefcount, 0},
    {"getweakrefs", weakref_getweakrefs, 0},
    {NULL, NULL, 0},
};

static const TpyModuleConstant weakref_constants[] = {
    {"ref", make_ref},
    {"ReferenceType", make_ref},
    {"ProxyType", make_proxy_type},
    {"CallableProxyType", make_proxy_type},
    {"WeakValueDictionary", make_wvd},
    {"WeakKeyDictionary", make_wkd},
    {"finalize", make_finalize},
    {NULL, NULL},
};

const TpyModuleDef tpy_weakref_module_def = {"weakref", weakref_functions, weakref_constants, NULL};
