/**
 * `argparse`, second part (see argparse.ts): HelpFormatter and its documented
 * subclasses, laying out usage and help as CPython does for an 80-column terminal.
 */
export const ARGPARSE_HELP = String.raw`_USAGE_PART = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


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


`;
