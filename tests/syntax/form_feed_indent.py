# proves: a form feed at line start resets indentation counting; the error is after it
if True:
    x = 1
  y = 2
