/** Source of the `csv` module (see ../python-source.ts). */
export const CSV = String.raw`"""CSV reading and writing: reader, writer, DictReader, DictWriter, dialects."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel",
           "excel_tab", "unix_dialect", "reader", "writer", "DictReader", "DictWriter", "register_dialect",
           "get_dialect", "list_dialects", "field_size_limit"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


class Dialect:
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(new_limit=None):
    return 131072


class _Params:
    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                     "lineterminator", "quoting", "strict"):
            setattr(self, name, kwargs.pop(name, getattr(dialect, name)))
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')


class _Writer:
    def __init__(self, f, dialect, kwargs):
        self._f = f
        self.dialect = _Params(dialect, kwargs)

    def _field(self, value):
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not numeric):
            quote = True
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = any(c in text for c in (d.delimiter, d.quotechar, "\r", "\n")) or (
                text[:1] == " " and d.skipinitialspace)
        if d.quotechar and d.doublequote:
            text = text.replace(d.quotechar, d.quotechar * 2)
        elif d.escapechar:
            text = text.replace(d.quotechar, d.escapechar + d.quotechar)
        if d.quoting == QUOTE_NONE and any(c in text for c in (d.delimiter, "\r", "\n")):
            if not d.escapechar:
                raise Error("need to escape, but no escapechar set")
            for c in (d.delimiter,):
                text = text.replace(c, d.escapechar + c)
        return d.quotechar + text + d.quotechar if quote else text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        if len(fields) == 1 and fields[0] in ("", None) and self.dialect.quoting != QUOTE_NONE:
            line = self.dialect.quotechar * 2
        else:
            line = self.dialect.delimiter.join(self._field(v) for v in fields)
        return self._f.write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(f, dialect="excel", **kwargs):
    return _Writer(f, dialect, kwargs)


class _Reader:
    def __init__(self, lines, dialect, kwargs):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error("iterator should return strings, not %s (the file should be opened in text mode)" % type(line).__name__)
        self.line_num += 1
        return line

    def __next__(self):
        d = self.dialect
        line = self._next_line()
        while line in ("\n", "\r\n", "\r") or line == "":
            if line == "":
                return []
            line = self._next_line()
        fields = []
        field = ""
        quoted = False
        in_quotes = False
        i = 0
        while True:
            if i >= len(line):
                if in_quotes:
                    try:
                        line = self._next_line()
                    except StopIteration:
                        raise Error("unexpected end of data") from None
                    i = 0
                    continue
                fields.append(field)
                break
            c = line[i]
            if in_quotes:
                if c == d.escapechar and i + 1 < len(line):
                    field += line[i + 1]
                    i += 2
                    continue
                if c == d.quotechar:
                    if d.doublequote and line[i + 1:i + 2] == d.quotechar:
                        field += c
                        i += 2
                        continue
                    in_quotes = False
                    i += 1
                    continue
                field += c
                i += 1
                continue
            if c == d.delimiter:
                fields.append(field)
                field = ""
                quoted = False
                i += 1
                if d.skipinitialspace:
                    while i < len(line) and line[i] == " ":
                        i += 1
                continue
            if c in "\r\n":
                fields.append(field)
                break
            if c == d.quotechar and field == "" and not quoted and d.quoting != QUOTE_NONE:
                in_quotes = True
                quoted = True
                i += 1
                continue
            if c == d.escapechar and i + 1 < len(line):
                field += line[i + 1]
                i += 2
                continue
            field += c
            i += 1
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [f if f == "" else float(f) for f in fields]
        return fields


def reader(lines, dialect="excel", **kwargs):
    return _Reader(lines, dialect, kwargs)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction.lower()
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
`;
