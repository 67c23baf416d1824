# Helper: raises while being imported.
def ok() -> int:
    return 1
raise ImportError("mod_raises refuses to load")
