# Proves: files are UTF-8: non-ASCII text is written and read back, lengths in code points.
import os
name = "_tmp_utf8.txt"
text = "héllo wörld €\n日本語\n"
with open(name, "w", encoding="utf-8") as f:
    f.write(text)
with open(name, encoding="utf-8") as f:
    back = f.read()
print(back == text, len(back), os.path.getsize(name))
os.remove(name)
