# proves: a tab-indented line after space-indented lines in the same block is a TabError
def f() -> None:
        x = 1
	y = 2
