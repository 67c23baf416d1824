# proves: the Python 2 print statement gets CPython's hint
print "hello"
