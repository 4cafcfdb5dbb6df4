/**
 * Source of the `argparse` module (see ../python-source.ts): ArgumentParser with its
 * actions, nargs, types, choices, groups, mutually exclusive groups and subparsers;
 * help and usage laid out as CPython's HelpFormatter does for 80 columns; errors print
 * the usage and 'prog: error: ...' to stderr and raise SystemExit(2). Not provided:
 * fromfile_prefix_chars, conflict_handler='resolve', parse_intermixed_args.
 */
export const ARGPARSE = String.raw`"""Command-line parsing library (the engine's own implementation of argparse).

Provided: ArgumentParser with positional and optional arguments, the store,
store_const, store_true/false, append, append_const, extend, count, help, version
and BooleanOptionalAction actions, nargs (N, '?', '*', '+'), type, choices,
defaults, required, metavar and dest, argument groups, mutually exclusive groups,
subparsers, parse_args/parse_known_args, and help and usage text laid out as
CPython's HelpFormatter lays them out for an 80-column terminal.
"""
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class _AttributeHolder(object):
    def __repr__(self):
        type_name = type(self).__name__
        parts = [repr(arg) for arg in self._get_args()]
        star_args = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                star_args[name] = value
        if star_args:
            parts.append('**%s' % repr(star_args))
        return '%s(%s)' % (type_name, ', '.join(parts))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""
    pass


# ---- actions ----

class Action(_AttributeHolder):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required,
                         help=help)


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(_StoreAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(_StoreConstAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(self.version if self.version is not None else parser.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(_option_strings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ', '.join(map(repr, self._name_parser_map))
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (parser_name, choices))
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)


class FileType(object):
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


# ---- help formatting ----

def _metavar_formatter(action, default_metavar):
    if action.metavar is not None:
        result = action.metavar
    elif action.choices is not None:
        result = '{%s}' % ','.join(map(str, action.choices))
    else:
        result = default_metavar

    def format(tuple_size):
        if isinstance(result, tuple):
            return result
        return (result,) * tuple_size
    return format


def _format_args(action, default_metavar):
    get_metavar = _metavar_formatter(action, default_metavar)
    nargs = action.nargs
    if nargs is None:
        return '%s' % get_metavar(1)
    if nargs == OPTIONAL:
        return '[%s]' % get_metavar(1)
    if nargs == ZERO_OR_MORE:
        metavar = get_metavar(1)
        if len(metavar) == 2:
            return '[%s [%s ...]]' % metavar
        return '[%s ...]' % metavar
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % get_metavar(2)
    if nargs == REMAINDER:
        return '...'
    if nargs == PARSER:
        return '%s ...' % get_metavar(1)
    if nargs == SUPPRESS:
        return ''
    try:
        formats = ['%s' for _ in range(nargs)]
    except TypeError:
        raise ValueError("invalid nargs value") from None
    return ' '.join(formats) % get_metavar(nargs)


_USAGE_PART = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


class HelpFormatter(object):
    """Formatter for generating usage messages and argument help strings."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = 80 - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width

    # Hooks the documented subclasses override.
    def _fill_text(self, text, width, indent):
        text = _re.sub(r'\s+', ' ', text).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        text = _re.sub(r'\s+', ' ', text).strip()
        return _textwrap.wrap(text, width)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _text(self, text, indent=0):
        if text is SUPPRESS or text is None:
            return ''
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return _metavar_formatter(action, default)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = _format_args(action, default)
        return ', '.join('%s %s' % (option, args_string) for option in action.option_strings)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _format_action(self, action, indent, help_position):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._invocation(action)
        parts = []
        if not action.help:
            parts.append('%*s%s\n' % (indent, '', header))
        elif len(header) <= action_width:
            parts.append('%*s%-*s  ' % (indent, '', action_width, header))
            indent_first = 0
        else:
            parts.append('%*s%s\n' % (indent, '', header))
            indent_first = help_position
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not parts[-1].endswith('\n'):
            parts.append('\n')
        for sub in getattr(action, '_get_subactions', lambda: [])():
            parts.append(self._format_action(sub, indent + self._indent_increment, help_position))
        return ''.join(parts)

    def _usage_parts(self, actions, groups):
        # Usage text of each optional (or exclusive group of them) and each positional.
        group_of = {}
        for group in groups:
            for action in group._group_actions:
                group_of[action] = group
        optionals, positionals = [], []
        done = set()
        for action in actions:
            if action.help is SUPPRESS:
                continue
            if action.option_strings:
                group = group_of.get(action)
                if group is not None:
                    if id(group) in done:
                        continue
                    done.add(id(group))
                    members = [a for a in group._group_actions if a.help is not SUPPRESS and a in actions]
                    texts = [self._optional_usage(a) for a in members]
                    if len(texts) == 1 and not group.required:
                        optionals.append('[%s]' % texts[0])
                    else:
                        text = ' | '.join(texts)
                        optionals.append(('(%s)' if group.required else '[%s]') % text)
                    continue
                text = self._optional_usage(action)
                optionals.append(text if action.required else '[%s]' % text)
            else:
                default = self._get_default_metavar_for_positional(action)
                text = _format_args(action, default)
                if text:
                    positionals.append(text)
        return optionals, positionals

    def _optional_usage(self, action):
        if action.nargs == 0:
            return action.format_usage()
        default = self._get_default_metavar_for_optional(action)
        return '%s %s' % (action.option_strings[0], _format_args(action, default))

    def _format_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return prefix + usage % dict(prog=self._prog)
        prog = self._prog
        opt_texts, pos_texts = self._usage_parts(actions, groups)
        action_usage = ' '.join(opt_texts + pos_texts)
        text = ' '.join(s for s in (prog, action_usage) if s)
        text_width = self._width
        if len(prefix) + len(text) <= text_width:
            return prefix + text
        opt_parts = _USAGE_PART.findall(' '.join(opt_texts))
        pos_parts = _USAGE_PART.findall(' '.join(pos_texts))

        def get_lines(parts, indent, prefix=None):
            lines, line = [], []
            line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
            lines = [prog] + lines
        return prefix + '\n'.join(lines)

    def _help_position(self, groups):
        longest = 0
        for group in groups:
            for action in group._group_actions:
                if action.help is SUPPRESS:
                    continue
                longest = max(longest, len(self._invocation(action)) + self._indent_increment)
                for sub in getattr(action, '_get_subactions', lambda: [])():
                    longest = max(longest, len(self._invocation(sub)) + 2 * self._indent_increment)
        return min(longest + 2, self._max_help_position)

    def format_help(self, parser):
        groups = parser._action_groups
        out = [self._format_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups) + '\n\n']
        out.append(self._text(parser.description))
        help_position = self._help_position(groups)
        for group in groups:
            items = [self._format_action(a, self._indent_increment, help_position)
                     for a in group._group_actions if a.help is not SUPPRESS]
            desc = self._text(group.description, self._indent_increment)
            if items or desc:
                title = '%s:\n' % group.title if group.title not in (None, SUPPRESS) else ''
                out.append('\n' + title + desc + ''.join(items) + '\n')
        out.append(self._text(parser.epilog))
        text = _re.sub(r'\n\n\n+', '\n\n', ''.join(out))
        return text.strip('\n') + '\n'


class RawDescriptionHelpFormatter(HelpFormatter):
    """Help message formatter which retains any formatting in descriptions."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Help message formatter which retains formatting of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Help message formatter which adds default values to argument help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Help message formatter which uses the argument 'type' as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- parsers ----

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = self._registries.get('action', {}).get(action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registries.get('type', {}).get(action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._invocation(action)
                _format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _NEGATIVE_NUMBER.match(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest_option_string = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._container = container
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            import os
            prog = os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'main.py'
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        for name, cls in _ACTIONS.items():
            self.register('action', name, cls)
        self.register('type', None, lambda string: string)
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction) or not add_help:
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            kwargs['prog'] = formatter._format_usage(None, positionals, groups, '').strip()
        parsers_class = self._registries['action'].get(kwargs.pop('action', 'parsers'), _SubParsersAction)
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                conflicts.setdefault(action, []).extend(
                    group._group_actions[:i] + group._group_actions[i + 1:])

        options = {}
        kinds = []
        for i, arg in enumerate(arg_strings):
            if arg == '--':
                kinds.append('-')
                kinds.extend('A' * (len(arg_strings) - i - 1))
                break
            found = self._parse_optional(arg)
            if found is None:
                kinds.append('A')
            else:
                options[i] = found
                kinds.append('O')
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, argument_strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s' % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = options[start]
            taken = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is not None:
                    count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit_arg != '':
                        # Single-dash flags run together: -vq is -v then -q.
                        taken.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        new_explicit = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = new_explicit
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                    elif count == 1:
                        stop = start + 1
                        taken.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                else:
                    first = start + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    taken.append((action, arg_strings[first:stop], option_string))
                    break
            for action, args, option_string in taken:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            positionals[:] = positionals[len(counts):]
            return start

        start = 0
        last_option = max(options) if options else -1
        while start <= last_option:
            next_option = min(i for i in options if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in options:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error('the following arguments are required: %s' % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default for a in group._group_actions):
                    names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                    self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _match_argument(self, action, pattern):
        m = _re.match(self._nargs_pattern(action), pattern)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = ('expected %s argument' if nargs == 1 else 'expected %s arguments') % nargs
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            regex = ''.join(self._nargs_pattern(a) for a in actions[:i])
            m = _re.match(regex, pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            p = '(-*A-*)'
        elif nargs == OPTIONAL:
            p = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            p = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            p = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            p = '([-AO]*)'
        elif nargs == PARSER:
            p = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            p = '(-*-*)'
        else:
            p = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # An option's arguments never include '--'.
            p = p.replace('-*', '').replace('-', '')
        return p

    def _parse_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option_string, explicit_arg = arg.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        matches = self._option_prefix_matches(arg)
        if len(matches) > 1:
            names = ', '.join([option_string for _, option_string, _ in matches])
            self.error('ambiguous option: %s could match %s' % (arg, names))
        elif len(matches) == 1:
            return matches[0]
        if _NEGATIVE_NUMBER.match(arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _option_prefix_matches(self, arg):
        result = []
        chars = self.prefix_chars
        if arg[0] in chars and arg[1] in chars:
            if self.allow_abbrev:
                prefix, explicit_arg = arg.split('=', 1) if '=' in arg else (arg, None)
                for option_string, action in self._option_string_actions.items():
                    if option_string.startswith(prefix):
                        result.append((action, option_string, explicit_arg))
        elif arg[0] in chars:
            short, short_explicit = arg[:2], arg[2:]
            for option_string, action in self._option_string_actions.items():
                if option_string == short:
                    result.append((action, option_string, short_explicit))
                elif self.allow_abbrev and option_string.startswith(arg):
                    result.append((action, option_string, None))
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            if '--' in arg_strings:
                arg_strings = list(arg_strings)
                arg_strings.remove('--')
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registries['type'].get(action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        return formatter._format_usage(self.usage, self._actions, self._mutually_exclusive_groups) + '\n'

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            (file if file is not None else _sys.stderr).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})
`;
