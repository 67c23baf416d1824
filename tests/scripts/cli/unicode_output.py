# Proves: stdout is UTF-8 when piped.
print("ünïcödé ✓ 日本 🎉")
print(len("🎉"), "é".encode())
