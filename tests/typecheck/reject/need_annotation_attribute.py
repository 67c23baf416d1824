# proves: an empty container assigned to self.x needs an annotation
class C:
    def __init__(self) -> None:
        self.items = []  # E:9: Need type annotation for "items" (hint: "items: List[<type>] = ...")
