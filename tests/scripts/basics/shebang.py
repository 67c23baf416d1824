#!/usr/bin/env python3
# Proves: a #! first line is ignored.
print("shebang ok")
