# Proves: __del__ runs exactly once per object across many objects.
class C:
    count = 0
    def __del__(self) -> None:
        C.count += 1
for i in range(1000):
    c = C()
del c
print(C.count)
