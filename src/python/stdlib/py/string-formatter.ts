/** Source of `string.Formatter` (see ../python-source.ts), Lib/string.py's with `_string`'s parsers in Python. */
export const STRING_FORMATTER = String.raw`"""string.Formatter, as Lib/string.py, with the parsing of _string written out."""

def _parse(s):
    # _string.formatter_parser (MarkupIterator): (literal_text, field_name, format_spec, conversion).
    i, n = 0, len(s)
    while i < n:
        start, c, markup = i, '', False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        if markup and c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        end = i
        if markup:
            if s[i] == c:
                i += 1
                markup = False
            else:
                end -= 1
        if not markup:
            yield s[start:end], None, None, None
            continue
        count, fstart = 1, i
        while i < n:
            ch = s[i]
            i += 1
            if ch == '{':
                count += 1
            elif ch == '}':
                count -= 1
                if count <= 0:
                    break
        if count > 0:
            raise ValueError("expected '}' before end of string")
        field = s[fstart:i - 1]
        j, m, ch = 0, len(field), ''
        while j < m:
            ch = field[j]
            j += 1
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch == '[':
                while j < m and field[j] != ']':
                    j += 1
                continue
            if ch in ':!':
                break
        else:
            ch = ''
        if ch in (':', '!') and ch != '':
            name, spec, conversion = field[:j - 1], field[j:], None
            if ch == '!':
                if j >= m:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = field[j]
                j += 1
                if j < m:
                    if field[j] != ':':
                        raise ValueError("expected ':' after conversion specifier")
                    j += 1
                spec = field[j:]
        else:
            name, spec, conversion = field, '', None
        yield s[start:end], name, spec, conversion


def _field_name_split(name):
    # _string.formatter_field_name_split: the first part, then (is_attr, key) pairs.
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < len(name) and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first

Formatter.__module__ = 'string'
`;
