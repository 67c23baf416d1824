# proves: bytes and str literals cannot be concatenated implicitly
x = b'a' 'b'
