# Proves: reading stdin with input() and sys.stdin (fed from NAME.py.stdin).
import sys
name = input()
print("hello,", name)
rest = sys.stdin.read()
print(rest.split())
