# proves: an empty list without annotation or context is rejected
xs = []  # E:1: Need type annotation for "xs" (hint: "xs: List[<type>] = ...")
