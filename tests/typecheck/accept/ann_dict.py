# proves: dict[K, V] annotations and dict methods
ages: dict[str, int] = {"ann": 31, "bob": 42}
ages["cy"] = 7
assert ages.get("zed") is None
assert ages.get("zed", 0) == 0
assert sorted(ages.keys()) == ["ann", "bob", "cy"]
total = 0
for name, age in ages.items():
    total += age + len(name)
assert total == 88
assert sum(ages.values()) == 80
assert ages.pop("cy") == 7 and "cy" not in ages
ages.setdefault("dee", 1)
ages.update({"eve": 2})
assert len(ages) == 4
