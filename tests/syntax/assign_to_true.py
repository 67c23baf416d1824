# proves: True is a keyword, not an assignment target
True = 1
