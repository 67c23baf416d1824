/* runtime/format.h: format(), the format-spec mini-language, `%`-formatting
 * and str.format.
 *
 * Conventions: TpyObject * results are new references, NULL with an
 * exception pending (ValueError with CPython's messages for bad specs).
 */
#ifndef TPY_RUNTIME_FORMAT_H
#define TPY_RUNTIME_FORMAT_H

#include "object.h"
#include "type.h"

/* format(value, spec): spec is a str or NULL (''); dispatches on the type
 * (int/bool, float, complex, str; others: str(value) when spec is empty,
 * else TypeError "unsupported format string passed to X.__format__"). */
TpyObject *tpy_format_object(TpyObject *value, TpyObject *spec);
/* format_str % args (args: a tuple, a mapping for %(name)s, or one value). */
TpyObject *tpy_format_percent(TpyObject *format_str, TpyObject *args);
/* format_str.format(*args, **kwargs): kwnames as in the vectorcall
 * convention (NULL or a tuple of str naming the last arguments). */
TpyObject *tpy_format_str_format(TpyObject *format_str, TpyObject *const *args, int64_t nargs,
                                 TpyObject *kwnames);

#endif
