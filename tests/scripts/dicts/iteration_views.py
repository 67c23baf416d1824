# Proves: iterating dicts and views; views reflect later changes.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
ks = d.keys()
d["four"] = 4
print(len(ks), list(ks), sum(d.values()))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
