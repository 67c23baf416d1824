# proves: a function call cannot be an assignment target
f() = 1
