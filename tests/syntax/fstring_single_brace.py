# proves: a single '}' in an f-string is rejected
x = f'a } b'
