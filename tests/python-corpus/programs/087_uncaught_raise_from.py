# the last line of the traceback is the outermost exception of a chain
# raises: RuntimeError
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(text)) from e
print(parse("12"))
print(parse("7") + parse("8"))
parse("twelve")
