# proves: an empty set() without annotation is rejected
s = set()  # E:1: Need type annotation for "s" (hint: "s: Set[<type>] = ...")
