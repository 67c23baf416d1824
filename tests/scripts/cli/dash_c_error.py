# Proves: an uncaught error under -c exits 1 with the exception line.
# cmdline: -c "x = [1]; print(x[0]); print(x[1])"
print("carrier")
