# proves: a bare walrus at statement level is invalid
x := 1
