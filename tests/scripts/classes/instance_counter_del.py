# Proves: instances are destroyed when their last reference goes (counts via __del__).
class Tracked:
    live = 0
    def __init__(self) -> None:
        Tracked.live += 1
    def __del__(self) -> None:
        Tracked.live -= 1
items = [Tracked() for _ in range(5)]
print(Tracked.live)
items.pop()
print(Tracked.live)
items = []
print(Tracked.live)
