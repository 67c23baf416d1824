# proves: 'from m import' needs a name
from os import
