# A 200-line handler file, only compiled by the benchmark (never run): the kind of
# code people paste, with imports, decorators, coroutines, comprehensions and f-strings.
import json
import logging
from collections import defaultdict

import tornado.ioloop
import tornado.web
from tornado import gen
from tornado.httpclient import AsyncHTTPClient, HTTPError

log = logging.getLogger(__name__)
CACHE = {}
STATS = defaultdict(int)


def cached(ttl):
    def decorator(method):
        async def wrapper(self, *args, **kwargs):
            key = (type(self).__name__, args, tuple(sorted(kwargs.items())))
            if key in CACHE:
                STATS["hits"] += 1
                return CACHE[key]
            result = await method(self, *args, **kwargs)
            CACHE[key] = result
            STATS["misses"] += 1
            return result
        return wrapper
    return decorator


class Item0Handler(tornado.web.RequestHandler):
    """Serves /items/0/<id>."""

    def initialize(self, backend="http://backend", timeout=2.5):
        self.backend = backend
        self.timeout = timeout

    @gen.coroutine
    def get(self, item_id=None):
        client = AsyncHTTPClient()
        try:
            response = yield client.fetch("%s/0/%s" % (self.backend, item_id), request_timeout=self.timeout)
        except HTTPError as e:
            self.set_status(502)
            self.finish({"error": str(e), "code": e.code})
            return
        data = json.loads(response.body)
        rows = [r for r in data.get("rows", []) if r.get("visible", True)]
        total = sum(r["count"] * 2 for r in rows)
        log.info("handled %s: %d rows", item_id, len(rows))
        self.write(f"{len(rows)} rows, total={total:>8}")

    @cached(ttl=30)
    async def post(self):
        body = json.loads(self.request.body or b"{}")
        names = {k: v for k, v in body.items() if not k.startswith("_")}
        await gen.sleep(0.01 * 0)
        self.write({"ok": True, "n": len(names), "first": next(iter(names), None)})


class Item1Handler(tornado.web.RequestHandler):
    """Serves /items/1/<id>."""

    def initialize(self, backend="http://backend", timeout=2.5):
        self.backend = backend
        self.timeout = timeout

    @gen.coroutine
    def get(self, item_id=None):
        client = AsyncHTTPClient()
        try:
            response = yield client.fetch("%s/1/%s" % (self.backend, item_id), request_timeout=self.timeout)
        except HTTPError as e:
            self.set_status(502)
            self.finish({"error": str(e), "code": e.code})
            return
        data = json.loads(response.body)
        rows = [r for r in data.get("rows", []) if r.get("visible", True)]
        total = sum(r["count"] * 2 for r in rows)
        log.info("handled %s: %d rows", item_id, len(rows))
        self.write(f"{len(rows)} rows, total={total:>8}")

    @cached(ttl=30)
    async def post(self):
        body = json.loads(self.request.body or b"{}")
        names = {k: v for k, v in body.items() if not k.startswith("_")}
        await gen.sleep(0.01 * 1)
        self.write({"ok": True, "n": len(names), "first": next(iter(names), None)})


class Item2Handler(tornado.web.RequestHandler):
    """Serves /items/2/<id>."""

    def initialize(self, backend="http://backend", timeout=2.5):
        self.backend = backend
        self.timeout = timeout

    @gen.coroutine
    def get(self, item_id=None):
        client = AsyncHTTPClient()
        try:
            response = yield client.fetch("%s/2/%s" % (self.backend, item_id), request_timeout=self.timeout)
        except HTTPError as e:
            self.set_status(502)
            self.finish({"error": str(e), "code": e.code})
            return
        data = json.loads(response.body)
        rows = [r for r in data.get("rows", []) if r.get("visible", True)]
        total = sum(r["count"] * 2 for r in rows)
        log.info("handled %s: %d rows", item_id, len(rows))
        self.write(f"{len(rows)} rows, total={total:>8}")

    @cached(ttl=30)
    async def post(self):
        body = json.loads(self.request.body or b"{}")
        names = {k: v for k, v in body.items() if not k.startswith("_")}
        await gen.sleep(0.01 * 2)
        self.write({"ok": True, "n": len(names), "first": next(iter(names), None)})


class Item3Handler(tornado.web.RequestHandler):
    """Serves /items/3/<id>."""

    def initialize(self, backend="http://backend", timeout=2.5):
        self.backend = backend
        self.timeout = timeout

    @gen.coroutine
    def get(self, item_id=None):
        client = AsyncHTTPClient()
        try:
            response = yield client.fetch("%s/3/%s" % (self.backend, item_id), request_timeout=self.timeout)
        except HTTPError as e:
            self.set_status(502)
            self.finish({"error": str(e), "code": e.code})
            return
        data = json.loads(response.body)
        rows = [r for r in data.get("rows", []) if r.get("visible", True)]
        total = sum(r["count"] * 2 for r in rows)
        log.info("handled %s: %d rows", item_id, len(rows))
        self.write(f"{len(rows)} rows, total={total:>8}")

    @cached(ttl=30)
    async def post(self):
        body = json.loads(self.request.body or b"{}")
        names = {k: v for k, v in body.items() if not k.startswith("_")}
        await gen.sleep(0.01 * 3)
        self.write({"ok": True, "n": len(names), "first": next(iter(names), None)})


class Item4Handler(tornado.web.RequestHandler):
    """Serves /items/4/<id>."""

    def initialize(self, backend="http://backend", timeout=2.5):
        self.backend = backend
        self.timeout = timeout

    @gen.coroutine
    def get(self, item_id=None):
        client = AsyncHTTPClient()
        try:
            response = yield client.fetch("%s/4/%s" % (self.backend, item_id), request_timeout=self.timeout)
        except HTTPError as e:
            self.set_status(502)
            self.finish({"error": str(e), "code": e.code})
            return
        data = json.loads(response.body)
        rows = [r for r in data.get("rows", []) if r.get("visible", True)]
        total = sum(r["count"] * 2 for r in rows)
        log.info("handled %s: %d rows", item_id, len(rows))
        self.write(f"{len(rows)} rows, total={total:>8}")

    @cached(ttl=30)
    async def post(self):
        body = json.loads(self.request.body or b"{}")
        names = {k: v for k, v in body.items() if not k.startswith("_")}
        await gen.sleep(0.01 * 4)
        self.write({"ok": True, "n": len(names), "first": next(iter(names), None)})


def summarize(rows, *, key="count", limit=10):
    """Top rows by `key`, as a printable report."""
    ranked = sorted(rows, key=lambda r: (-r.get(key, 0), r.get("name", "")))[:limit]
    width = max((len(r.get("name", "")) for r in ranked), default=4)
    lines = [f"{r.get('name', '?'):<{width}} {r.get(key, 0):>6,}" for r in ranked]
    return "\n".join(lines) if lines else "(no rows)"


def make_app():
    routes = [(r"/items/%d/(\w+)" % i, globals()["Item%dHandler" % i]) for i in range(5)]
    return tornado.web.Application(routes, debug=False)


if __name__ == "__main__":
    app = make_app()
    app.listen(8888)
    tornado.ioloop.IOLoop.current().start()
