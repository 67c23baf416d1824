# proves: the time module's clocks and sleep
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.001)
assert time.perf_counter() >= p0 and time.monotonic() >= m0 and time.time() >= t0 - 1
assert time.perf_counter_ns() > 0 and time.time_ns() > 0 and time.process_time() >= 0.0
