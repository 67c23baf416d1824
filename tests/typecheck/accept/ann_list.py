# proves: list[T] annotations, list methods and element types
def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


nums: list[int] = [1, 2, 3]
nums.append(4)
nums.extend([5, 6])
nums.insert(0, 0)
last = nums.pop()
assert last == 6 and total(nums) == 15
nums.sort(reverse=True)
assert nums[0] == 5 and nums.index(3) == 2
nested: list[list[str]] = [["a"], ["b", "c"]]
assert len(nested[1]) == 2
