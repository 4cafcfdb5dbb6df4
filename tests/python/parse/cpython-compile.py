"""Compiles each source of a JSON list read from stdin and prints, as JSON, what
CPython says: {"ok": true} or {"type", "msg", "line"} for a SyntaxError."""
import json
import sys
import warnings

warnings.simplefilter("ignore")
results = []
for source in json.load(sys.stdin):
    try:
        compile(source, "<case>", "exec")
        results.append({"ok": True})
    except SyntaxError as e:
        results.append({"type": type(e).__name__, "msg": e.msg, "line": e.lineno})
    except Exception as e:  # ValueError for NUL bytes and the like
        results.append({"type": type(e).__name__, "msg": str(e), "line": None})
json.dump(results, sys.stdout)
