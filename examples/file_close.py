# examples/file_close.py: files close themselves when their last reference goes.
#
# What it demonstrates: the notes' "Deterministic destructors" puzzle:
#     open('file', 'w').write('hello')
#     open('file', 'w').write('world')
# The first file object is never named, so its reference count drops to zero
# at the end of its statement: CPython closes (and flushes) it right there,
# before the second open().  Under a tracing collector the first file might
# still be open, unflushed, when the second one is opened.
# What to look for: the file reads back "world", and a file opened, written
# and dropped without close() already has its data on disk on the next line.
# Works in a fresh directory under $TMPDIR (default /tmp), removed at the end.
import os
import os.path


def main() -> None:
    tmp = os.environ.get("TMPDIR", "/tmp")
    folder = os.path.join(tmp, f"tpy-file-close-{os.getpid()}")
    os.mkdir(folder)
    path = os.path.join(folder, "file")
    try:
        open(path, "w").write("hello")
        open(path, "w").write("world")
        print(f"the file now says {open(path).read()!r}")

        open(path, "a").write(", again")
        # No close() above: the data is there because the file object is already gone.
        print(f"after an append without close(): {open(path).read()!r}")
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(folder)


main()
