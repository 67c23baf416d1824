# proves: an unknown __future__ feature is a SyntaxError
from __future__ import no_such_feature
