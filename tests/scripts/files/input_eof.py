# Proves: input() at end of input raises EOFError: EOF when reading a line.
print(input())
print(input())
