# Proves: LookupError, the base of IndexError and KeyError, uncaught.
raise LookupError("generic lookup failure")
