# Proves: the notes' open('file','w').write twice works: the first file is closed at once.
import os
open("_tmp_notes_twice.txt", "w").write("hello")
open("_tmp_notes_twice.txt", "w").write("world")
print(open("_tmp_notes_twice.txt").read())
os.remove("_tmp_notes_twice.txt")
