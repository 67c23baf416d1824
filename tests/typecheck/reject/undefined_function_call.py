# proves: calling an undefined function is rejected
result = compute(3)  # E:10: Name "compute" is not defined
