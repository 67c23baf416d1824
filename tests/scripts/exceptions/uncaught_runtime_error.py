# Proves: RuntimeError with no message prints just the class name.
raise RuntimeError
