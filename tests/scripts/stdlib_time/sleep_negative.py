# Proves: time.sleep with a negative value raises ValueError.
import time
time.sleep(-1)
