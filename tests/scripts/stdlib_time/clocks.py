# Proves: time.time, perf_counter, perf_counter_ns, process_time exist and are monotonic enough.
import time
t0 = time.time()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
c0 = time.process_time()
s = 0
for i in range(10000):
    s += i
print(s)
print(time.time() >= t0, time.perf_counter() >= p0, time.perf_counter_ns() >= n0, time.process_time() >= c0)
print(t0 > 1.6e9, isinstance(n0, int), type(p0).__name__)
