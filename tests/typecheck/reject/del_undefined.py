# proves: deleting an undefined name is rejected
del zz  # E:5: Name "zz" is not defined
