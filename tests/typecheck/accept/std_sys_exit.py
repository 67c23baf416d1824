# proves: sys.exit(0) ends the program successfully (NoReturn after it)
import sys


def main() -> int:
    return 0


sys.exit(main())
