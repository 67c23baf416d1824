# Proves: except BaseException catches KeyboardInterrupt and SystemExit.
for exc in [KeyboardInterrupt(), SystemExit(3), GeneratorExit()]:
    try:
        raise exc
    except BaseException as e:
        print("caught", type(e).__name__)
