# Proves: SystemExit raised deep in calls unwinds everything and exits with its code.
import sys
def deep(n: int) -> None:
    if n == 0:
        sys.exit(7)
    deep(n - 1)
deep(5)
