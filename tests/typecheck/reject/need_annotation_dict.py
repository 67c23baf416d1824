# proves: an empty dict without annotation or context is rejected
d = {}  # E:1: Need type annotation for "d" (hint: "d: Dict[<type>, <type>] = ...")
