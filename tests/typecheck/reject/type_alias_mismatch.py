# proves: implicit type aliases (X = list[int], Y = int | None) are expanded in annotations
Scores = dict[str, list[int]]
MaybeName = str | None


def best(scores: Scores, who: MaybeName) -> int:
    return max(scores[who])  # E:23: Invalid index type "Optional[str]" for "Dict[str, List[int]]"; expected type "str"


s: Scores = {"a": ["x"]}  # E:20: List item 0 has incompatible type "str"; expected "int"
