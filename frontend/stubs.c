/* frontend/stubs.c: finding an embedded standard-library stub (see stubs.h). */
#include "stubs.h"

#include <string.h>

const TpyEmbeddedStub *tpy_stub_find(const char *module)
{
    for (const TpyEmbeddedStub *stub = tpy_embedded_stubs; stub->module != NULL; stub++)
        if (strcmp(stub->module, module) == 0)
            return stub;
    return NULL;
}
