# proves: 'await' outside an async function is a SyntaxError
def f() -> None:
    await g()
