# proves: an unknown \N{...} escape is a (unicode error) SyntaxError
x = "\N{NO SUCH CHARACTER NAME}"
