# proves: unpacking a fixed tuple into the wrong number of targets is rejected
a, b = (1, 2, 3)  # E:8: Too many values to unpack (2 expected, 3 provided)
c, d, e = (1, 2)  # E:11: Need more than 2 values to unpack (3 expected)
