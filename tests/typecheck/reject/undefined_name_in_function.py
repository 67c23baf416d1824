# proves: undefined names inside functions are rejected
def f() -> None:
    print(undefined_thing)  # E:11: Name "undefined_thing" is not defined
