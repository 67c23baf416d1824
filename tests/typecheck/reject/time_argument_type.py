# proves: standard module functions are checked against their signatures (time.sleep needs a float)
import time

time.sleep("1")  # E:12: Argument 1 to "sleep" has incompatible type "str"; expected "float"
