# proves: a UTF-8 BOM is skipped and the error line still counts from 1
x = (
