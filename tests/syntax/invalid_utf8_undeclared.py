# proves: a file that is not valid UTF-8 (byte 0xff) is rejected
x = 'ÿ'
