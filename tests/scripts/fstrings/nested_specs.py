# Proves: nested fields in f-string specs and conditional expressions inside.
w = 8
p = 3
v = 2.0 / 3
print(f"[{v:{w}.{p}f}] [{v:<{w}.{p}}] [{'yes' if v > 0.5 else 'no':^{w}}]")
for i in range(3):
    print(f"{i:>{i + 2}}|")
