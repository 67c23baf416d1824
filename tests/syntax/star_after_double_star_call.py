# proves: *args cannot follow **kwargs in a call
print(**{}, *[])
