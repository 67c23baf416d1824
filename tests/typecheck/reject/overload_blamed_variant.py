# proves: when no overload variant matches, the errors of the variant the call plausibly meant are reported (mypy's erased-target rule)
from collections import defaultdict

counts: defaultdict[str, int] = defaultdict(list)  # E:45: Argument 1 to "defaultdict" has incompatible type "Type[List[Any]]"; expected "Optional[Callable[[], int]]"
