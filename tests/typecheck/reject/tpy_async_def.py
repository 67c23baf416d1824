# proves: tpy rejects async functions (mypy accepts them; tpy has no coroutines).
# The whole `async def` is reported once, at its first column; the `await` inside it
# is not reported separately.
async def fetch() -> int:  # E[tpy]:1: unsupported in tpy: async def
    return 1


async def main() -> int:  # E[tpy]:1: unsupported in tpy: async def
    return await fetch()
