# proves: a dedent to a column no outer block uses is rejected
if True:
        x = 1
    y = 2
