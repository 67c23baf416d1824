# proves: a binary literal accepts only 0 and 1
x = 0b102
