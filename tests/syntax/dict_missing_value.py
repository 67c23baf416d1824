# proves: a dict display entry needs a value after ':'
d = {'a': }
