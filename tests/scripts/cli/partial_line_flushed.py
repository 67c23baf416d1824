# Proves: a partial stdout line is flushed before the traceback and exit 1.
print("partial", end="")
raise RuntimeError("after partial line")
