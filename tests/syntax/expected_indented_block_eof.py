# proves: a block header at end of file needs a body
while True:
