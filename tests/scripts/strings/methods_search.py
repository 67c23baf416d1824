# Proves: find/rfind/index/count/startswith/endswith/in.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.index("sat"), s.count("at"), s.count(""))
print(s.startswith("the"), s.endswith("mat"), s.startswith(("a", "t")), s.find("at", 5), s.find("at", 5, 8))
print("cat" in s, "dog" not in s, "" in s)
