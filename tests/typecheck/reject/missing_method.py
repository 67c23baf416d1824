# proves: calling a method the class does not have is rejected
class C:
    def start(self) -> None:
        self.unknown()  # E:9: "C" has no attribute "unknown"


C().nope()  # E:1: "C" has no attribute "nope"
