# Proves: command-line arguments parsed as ints.
# args: 10 20 30 -5
import sys
nums = [int(a) for a in sys.argv[1:]]
print(nums, sum(nums))
