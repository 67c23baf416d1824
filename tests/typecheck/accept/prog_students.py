# proves: records in NamedTuple and dataclass(order=True), grouping with defaultdict, statistics, min/max with key
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple


class Grade(NamedTuple):
    student: str
    course: str
    score: int


@dataclass(order=True)
class Ranked:
    average: float
    name: str


grades = [
    Grade("ann", "math", 91), Grade("bob", "math", 78), Grade("ann", "art", 85),
    Grade("cid", "art", 60), Grade("bob", "art", 88), Grade("cid", "math", 70),
]
by_student: defaultdict[str, list[int]] = defaultdict(list)
for g in grades:
    by_student[g.student].append(g.score)
ranking = sorted((Ranked(sum(s) / len(s), name) for name, s in by_student.items()), reverse=True)
for r in ranking:
    print(f"{r.name}: {r.average:.1f}")
best = max(grades, key=lambda g: g.score)
worst = min(grades, key=lambda g: (g.score, g.student))
print(best.student, best._replace(score=100).score, worst)
courses = {g.course for g in grades}
print(sorted(courses), {c: max(g.score for g in grades if g.course == c) for c in sorted(courses)})
