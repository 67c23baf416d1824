# proves: writing to sys.stdout and formatting numbers without input()
import sys

for i in range(3):
    sys.stdout.write(str(i) + " ")
sys.stdout.write("\n")
sys.stdout.flush()
