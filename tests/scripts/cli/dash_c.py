# Proves: tpy -c CODE runs the code (this file only carries the test).
# cmdline: -c "print('hello from -c'); print(6 * 7)"
print("this file is not run")
