# proves: an except clause must name exception classes
try:
    pass
except int:  # E:8: Exception type must be derived from BaseException
    pass
