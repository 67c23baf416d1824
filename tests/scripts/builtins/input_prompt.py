# Proves: input(prompt) writes the prompt to stdout and strips the newline.
a = input("first? ")
b = input("second? ")
print()
print(a.upper(), b[::-1])
