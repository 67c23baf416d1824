# proves: tpy rejects the match statement (valid Python 3.10+, mypy accepts it).
def describe(v: int) -> str:
    match v:  # E[tpy]:5: unsupported in tpy: match statement
        case 0:
            return "zero"
        case _:
            return "other"
