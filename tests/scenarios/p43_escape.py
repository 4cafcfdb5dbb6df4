# tornado: 6.5
# request: GET /escape at 0
from tornado import escape, web

class EscapeHandler(web.RequestHandler):
    def get(self):
        print(escape.json_encode({"a": [1, 2], "b": "</script>"}))
        print(escape.json_decode('{"x": 1, "y": [true, null]}'))
        print(escape.utf8("héllo"), escape.to_unicode(b"caf\xc3\xa9"), escape.native_str(b"abc"))
        print(escape.xhtml_escape('<a href="x">&</a>'))
        print(escape.url_escape("a b/c?d=é"), escape.url_escape("a b", plus=False))
        print(escape.url_unescape("a+b%2Fc"), escape.url_unescape("a+b", plus=False))
        print(escape.squeeze("  lots   of\n\tspace  "))
        self.write(escape.xhtml_escape("<done>"))

routes = [(r"/escape", EscapeHandler)]
