# proves: builtin exceptions and their hierarchy (LookupError, ArithmeticError, OSError...)
def safe(i: int) -> str:
    try:
        if i == 0:
            return str([1][5])
        if i == 1:
            return str({"a": 1}["b"])
        if i == 2:
            return str(1 // 0)
        if i == 3:
            return str(int("x"))
        raise NotImplementedError("todo")
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except (ValueError, TypeError) as e:
        return "value " + str(e.args[0])[:7]
    except RuntimeError as e:
        return "runtime " + str(e)


assert [safe(i) for i in range(5)] == [
    "lookup IndexError", "lookup KeyError", "arith", "value invalid", "runtime todo"]
