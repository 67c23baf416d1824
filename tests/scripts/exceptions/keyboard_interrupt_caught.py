# Proves: KeyboardInterrupt is not an Exception; it is caught by its own clause.
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong")
except KeyboardInterrupt:
    print("interrupt caught")
