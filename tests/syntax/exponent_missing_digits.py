# proves: an exponent needs digits
x = 1e
