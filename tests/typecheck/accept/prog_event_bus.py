# proves: an observer pattern: dict[str, list[Callable]] registries, bound methods as callbacks, setdefault, *args forwarding
from typing import Callable

Handler = Callable[[str, int], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = {}

    def subscribe(self, event: str, handler: Handler) -> None:
        self._handlers.setdefault(event, []).append(handler)

    def publish(self, event: str, *payloads: int) -> int:
        handlers = self._handlers.get(event, [])
        for payload in payloads:
            for h in handlers:
                h(event, payload)
        return len(handlers) * len(payloads)


class Tally:
    def __init__(self) -> None:
        self.totals: dict[str, int] = {}

    def record(self, event: str, amount: int) -> None:
        self.totals[event] = self.totals.get(event, 0) + amount


bus = EventBus()
tally = Tally()
seen: list[str] = []
bus.subscribe("sale", tally.record)
bus.subscribe("sale", lambda e, n: seen.append(f"{e}:{n}"))
bus.subscribe("refund", tally.record)
calls = bus.publish("sale", 5, 7) + bus.publish("refund", 3) + bus.publish("other", 1)
print(calls, tally.totals, seen)
