# Proves: sys.stdout.write returns the number of characters and mixes with print.
import sys
n = sys.stdout.write("héllo\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b\n")
sys.stdout.flush()
