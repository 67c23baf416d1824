# Proves: an object-oriented scheduler workload (classes, method calls, queues).
class Task:
    def __init__(self, name: str, work: int, prio: int) -> None:
        self.name = name
        self.work = work
        self.prio = prio
        self.done = 0
    def step(self, quantum: int) -> int:
        used = min(quantum, self.work - self.done)
        self.done += used
        return used
    def finished(self) -> bool:
        return self.done >= self.work
class Scheduler:
    def __init__(self, quantum: int) -> None:
        self.quantum = quantum
        self.queue: list[Task] = []
        self.clock = 0
        self.log: list[str] = []
    def add(self, t: Task) -> None:
        self.queue.append(t)
        self.queue.sort(key=lambda x: -x.prio)
    def run(self) -> None:
        while self.queue:
            t = self.queue.pop(0)
            self.clock += t.step(self.quantum)
            if t.finished():
                self.log.append(f"{t.name}@{self.clock}")
            else:
                t.prio -= 1
                self.add(t)
s = Scheduler(3)
for i in range(8):
    s.add(Task(f"t{i}", 2 + (i * 7) % 11, i % 3))
s.run()
print(s.clock, s.log)
