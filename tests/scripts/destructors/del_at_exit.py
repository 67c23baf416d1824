# Proves: module-level objects still alive at exit are destroyed at interpreter exit.
class R:
    def __del__(self) -> None:
        print("destroyed at exit")
keep = R()
print("end of script")
