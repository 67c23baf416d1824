"""An object-oriented scheduler workload in the spirit of Richards: an
operating-system kernel simulation with tasks, packets and a scheduler loop.

Six tasks (an idle task, a worker, two handlers, two devices) pass packets to
each other through a priority scheduler; every step is a method call on a
task object (dynamic dispatch through a small class hierarchy), on a packet
or on the scheduler.  One round runs until the idle task has counted down
10 000 times; prints the packet and hold counts of each round's run as a
checksum.  Usage: scheduler.py [ROUNDS]
"""

import sys
from typing import Optional

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
N_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link: "Optional[Packet]", ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue: "Optional[Packet]") -> "Packet":
        """Put this packet at the end of `queue`; return the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        nxt = last.link
        while nxt is not None:
            last = nxt
            nxt = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, sched: "Scheduler", ident: int, priority: int,
                 queue: Optional[Packet], waiting: bool) -> None:
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def blocked(self) -> bool:
        return self.holding or (not self.packet_pending and self.waiting)

    def waiting_with_packet(self) -> bool:
        return self.packet_pending and self.waiting and not self.holding

    def take(self) -> Optional[Packet]:
        """The next packet of the input queue when the task was waiting for
        one; the task is then runnable again."""
        pkt = self.queue
        if pkt is None or not self.waiting_with_packet():
            return None
        self.queue = pkt.link
        self.packet_pending = self.queue is not None
        self.waiting = False
        self.holding = False
        return pkt

    def receive(self, pkt: Packet, sender: "Task") -> "Task":
        """Queue `pkt` for this task; return the task to run next."""
        if self.queue is None:
            self.queue = pkt
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return sender

    def run(self, pkt: Optional[Packet]) -> "Optional[Task]":
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched: "Scheduler", count: int) -> None:
        super().__init__(sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched: "Scheduler", queue: Optional[Packet]) -> None:
        super().__init__(sched, WORKER, 1000, queue, True)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is None:
            return self.sched.wait_current()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord("A") + self.count - 1
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched: "Scheduler", ident: int, priority: int,
                 queue: Optional[Packet]) -> None:
        super().__init__(sched, ident, priority, queue, True)
        self.work: Optional[Packet] = None
        self.devices: Optional[Packet] = None

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.datum
            if n < 4:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[n]
                    work.datum = n + 1
                    return self.sched.send(dev)
            else:
                self.work = work.link
                return self.sched.send(work)
        return self.sched.wait_current()


class DeviceTask(Task):
    def __init__(self, sched: "Scheduler", ident: int, priority: int) -> None:
        super().__init__(sched, ident, priority, None, True)
        self.pending: Optional[Packet] = None

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is None:
            done = self.pending
            if done is None:
                return self.sched.wait_current()
            self.pending = None
            return self.sched.send(done)
        self.pending = pkt
        return self.sched.hold_current()


class Scheduler:
    def __init__(self) -> None:
        self.table: list[Optional[Task]] = [None] * N_TASKS
        self.task_list: Optional[Task] = None
        self.current: Optional[Task] = None
        self.sent = 0
        self.holds = 0

    def find(self, ident: int) -> Task:
        task = self.table[ident]
        if task is None:
            raise KeyError(ident)
        return task

    def running(self) -> Task:
        task = self.current
        if task is None:
            raise RuntimeError("no current task")
        return task

    def hold_current(self) -> Optional[Task]:
        self.holds += 1
        task = self.running()
        task.holding = True
        return task.link

    def wait_current(self) -> Task:
        task = self.running()
        task.waiting = True
        return task

    def release(self, ident: int) -> Task:
        task = self.find(ident)
        task.holding = False
        current = self.running()
        return task if task.priority > current.priority else current

    def send(self, pkt: Packet) -> Task:
        target = self.find(pkt.ident)
        current = self.running()
        self.sent += 1
        pkt.link = None
        pkt.ident = current.ident
        return target.receive(pkt, current)

    def schedule(self) -> None:
        task = self.task_list
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.run(task.take())


def one_round(count: int) -> tuple[int, int]:
    sched = Scheduler()
    IdleTask(sched, count)
    work = Packet(None, IDLE, KIND_WORK)
    work = Packet(work, IDLE, KIND_WORK)
    WorkerTask(sched, work)
    for ident, dev, prio in ((HANDLER_A, DEVICE_A, 2000),
                             (HANDLER_B, DEVICE_B, 3000)):
        queue = Packet(None, dev, KIND_DEVICE)
        queue = Packet(queue, dev, KIND_DEVICE)
        queue = Packet(queue, dev, KIND_DEVICE)
        HandlerTask(sched, ident, prio, queue)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.schedule()
    return sched.sent, sched.holds


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    total = 0
    sent = holds = 0
    for _ in range(rounds):
        sent, holds = one_round(10000)
        total += sent + holds
    print(f"scheduler {rounds} rounds: sent {sent} holds {holds} total {total}")


main()
