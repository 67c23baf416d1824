# proves: @staticmethod called on the class and on an instance
class MathUtil:
    @staticmethod
    def clamp(v: int, lo: int, hi: int) -> int:
        return max(lo, min(hi, v))


assert MathUtil.clamp(15, 0, 10) == 10
assert MathUtil().clamp(-1, 0, 10) == 0
