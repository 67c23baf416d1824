# Proves: `import helper` finds mod_helper.py beside the script and runs it once.
import mod_helper
import mod_helper as again
print(mod_helper.GREETING, mod_helper.double(21))
print(mod_helper.bump(), again.bump(), mod_helper.counter)
print(mod_helper.Shape("sq").describe())
