# Proves: __name__ is "__main__" in the script; the guard idiom runs.
import mod_helper
print(__name__)
if __name__ == "__main__":
    print("running as main", mod_helper.double(1))
