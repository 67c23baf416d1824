# Proves: bytes([256]) raises ValueError: bytes must be in range(0, 256).
print(bytes([0, 255]))
print(bytes([256]))
