# proves: if / elif / else chains
def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


assert [grade(s) for s in (95, 85, 75, 10)] == ["A", "B", "C", "F"]
