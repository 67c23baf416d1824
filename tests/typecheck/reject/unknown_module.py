# proves: importing a module that does not exist is rejected
import no_such_module_xyz  # E:1: Cannot find implementation or library stub for module named "no_such_module_xyz"
