# proves: a local's type is inferred from its first assignment
def work() -> str:
    count = 0
    ratio = 0.5
    name = "n"
    items = [1, 2]
    table = {"a": 1.0}
    pair = (1, "x")
    count += len(items)
    ratio *= 2
    name = name + str(count)
    table["b"] = ratio
    return name + pair[1] + str(table["b"])


assert work() == "n2x1.0"
