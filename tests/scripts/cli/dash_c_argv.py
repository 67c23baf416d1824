# Proves: under -c, sys.argv is ['-c', args...].
# cmdline: -c "import sys; print(sys.argv)" one two
print("carrier")
