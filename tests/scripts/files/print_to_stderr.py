# Proves: print(file=sys.stderr) goes to stderr; stdout stays separate; flush= accepted.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.write("via write\n")
sys.stderr.write("last stderr line\n")
