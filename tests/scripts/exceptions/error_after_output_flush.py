# Proves: large stdout is fully flushed before the error exit.
for i in range(2000):
    print("line", i)
raise SystemError("after lots of output")
