# proves: parsing key=value config text: split/strip/partition, int/float/bool conversion, dict[str, int | float | str | bool], isinstance narrowing
Value = int | float | str | bool


def convert(raw: str) -> Value:
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        return float(raw)
    except ValueError:
        return raw


def parse(text: str) -> dict[str, Value]:
    result: dict[str, Value] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"line {lineno}: missing '='")
        result[key.strip()] = convert(value.strip())
    return result


cfg = parse("""
# comment
name = demo
retries = 3
ratio = 0.25   # trailing
debug = True
""")
for k, v in cfg.items():
    kind = "bool" if isinstance(v, bool) else type(v).__name__
    print(f"{k}: {v!r} ({kind})")
retries = cfg["retries"]
if isinstance(retries, int) and not isinstance(retries, bool):
    print("retries doubled:", retries * 2)
try:
    parse("oops")
except ValueError as e:
    print("error:", e)
