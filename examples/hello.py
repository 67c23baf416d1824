# examples/hello.py: the smallest program, for the "hello world benchmark".
#
# What it demonstrates: start-up cost.  The notes ("Hello World Benchmark")
# compare how long interpreters take to print one line: CPython starts in tens
# of milliseconds, a JIT-based VM often takes longer, C in a few.
# What to look for: time it many times, e.g.
#     time (for i in $(seq 20); do python3 examples/hello.py; done)
# and compare `python3 -S -E`, and later `tpy examples/hello.py`.
print("Hello, world!")
