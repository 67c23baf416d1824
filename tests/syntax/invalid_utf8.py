# -*- coding: utf-8 -*-
# proves: a file declared UTF-8 whose bytes are not (0xff) is rejected
x = 'ÿ'
