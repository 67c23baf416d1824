# proves: string formatting: f-string format specs (alignment, width, precision, thousands, percent), str.format, % formatting, str methods
rows = [("widgets", 1234567, 0.1234), ("gadgets", 89, 0.5), ("doohickeys", 45678, 0.0075)]
width = max(len(name) for name, _, _ in rows)
header = f"{'item':<{width}} | {'units':>10} | {'share':>7}"
print(header)
print("-" * len(header))
for name, units, share in rows:
    print(f"{name:<{width}} | {units:>10,} | {share:>7.2%}")
total = sum(u for _, u, _ in rows)
print("{:=^{w}}".format(" total ", w=len(header)))
print("%-10s %8d %6.2f" % ("sum", total, total / len(rows)))
print("{0}/{1} {0}".format("a", "b"), "{name}!".format(name="hi"), f"{total:#x} {total:e} {7:03d}")
print("title case".title(), "  x ".strip().center(5, "*"), "42".zfill(5), "a,b,,c".split(","), "ABC".lower().startswith("ab"))
