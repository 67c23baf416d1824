# Proves: global statements let functions rebind module variables.
counter = 0
def bump() -> None:
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def read() -> int:
    return counter * 2
print(read())
