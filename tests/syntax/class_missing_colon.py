# proves: 'class' without ':'
class C
    pass
