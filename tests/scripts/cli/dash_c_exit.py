# Proves: sys.exit(4) under -c sets the exit status.
# cmdline: -c "import sys; print('bye'); sys.exit(4)"
print("carrier")
