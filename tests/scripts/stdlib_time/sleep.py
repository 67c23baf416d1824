# Proves: time.sleep waits at least the requested time.
import time
start = time.perf_counter()
time.sleep(0.05)
elapsed = time.perf_counter() - start
print(elapsed >= 0.045, elapsed < 2.0)
time.sleep(0)
print("slept")
