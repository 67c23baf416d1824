# proves: __lt__ drives < and lets sorted()/min()/max() order user objects
class Job:
    def __init__(self, prio: int, name: str) -> None:
        self.prio = prio
        self.name = name

    def __lt__(self, other: "Job") -> bool:
        return self.prio < other.prio


jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
assert [j.name for j in sorted(jobs)] == ["a", "b", "c"]
assert min(jobs).name == "a" and max(jobs).name == "c"
assert Job(1, "x") < Job(2, "y")
jobs.sort()
assert jobs[0].prio == 1
