# Proves: the last line of a traceback names an exception class defined in
# another module as module.qualname (CPython's convention).
from mod_helper import HelperError
print(HelperError.__module__, HelperError.__qualname__)
raise HelperError("from the helper module")
