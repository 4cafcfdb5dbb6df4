import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("urllib.parse", () => {
  it("quoting, urlencode, parse_qs, urlparse/urlsplit with hostname/port, urljoin (RFC 3986 examples)", () => {
    expectSameAsCPython(py`
      import urllib.parse
      from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urlparse, urlsplit, urljoin, urlunparse
      print(quote("a b/c?d=é&x"), quote("a b/c", safe=""), quote_plus("a b+c/é"), unquote("a%20b%2Fc%C3%A9%zz"), unquote_plus("a+b%2B"), quote(b"\x00\xff"))
      print(urlencode({"q": "tornado web", "page": 2, "tags": ["a", "b"]}), urlencode({"tags": ["a", "b"]}, doseq=True), urlencode([("x", "1"), ("x", "2 3")]))
      print(parse_qs("a=1&b=2&a=3&c=&d"), parse_qs("a=1&c=", keep_blank_values=True), parse_qsl("x=%20y+z&w=1"), parse_qsl("a=1;b=2", separator=";"))
      u = urlparse("https://user:pw@Example.com:8443/path/to;params?q=1&r=2#frag")
      print(u, u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment, u.geturl())
      s = urlsplit("http://[::1]:80/a?b#c")
      print(s, s.hostname, s.port, urlsplit("mailto:me@x.org"), urlsplit("//host/p"), urlsplit("/rel/path?x=1"), urlparse("x.com/a"))
      print(urlunparse(("http", "h.com", "/p", "", "a=1", "f")), urllib.parse.urlunsplit(("https", "h", "p", "", "")))
      base = "http://a/b/c/d;p?q"
      for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", ";x", "", ".", "./", "..", "../", "../g", "../..", "../../g", "../../../g", "g.", "./../g", "g/../h", "http:g", "https://other/x"]:
          print(repr(ref), urljoin(base, ref))
      print(urljoin("http://h.com/api/v1/", "users/3"), urljoin("http://h.com/api/v1", "users/3"), urljoin("", "x"), urljoin("http://h/a", ""))
      for bad in ["http://h:x/", "http://h:99999/"]:
          try:
              urlparse(bad).port
          except ValueError as e:
              print("ValueError:", e)
    `);
  });
});
