# Proves: except clauses match subclasses; the first matching clause wins.
def kind(e: Exception) -> str:
    try:
        raise e
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except LookupError:
        return "lookup"
    except Exception:
        return "other"
for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError(), FileNotFoundError()]:
    print(type(exc).__name__, kind(exc))
print(issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception))
