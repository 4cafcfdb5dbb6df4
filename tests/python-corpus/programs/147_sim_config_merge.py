# deep-merging nested configuration dicts, loaded from JSON
import json
defaults = json.loads("""
{"server": {"port": 8888, "debug": false, "hosts": ["localhost"]},
 "db": {"url": "sqlite://", "pool": {"min": 1, "max": 5}},
 "features": []}
""")
override = {"server": {"debug": True, "hosts": ["0.0.0.0"]}, "db": {"pool": {"max": 20}}, "extra": 1}
def deep_merge(base, top):
    result = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result
merged = deep_merge(defaults, override)
print(json.dumps(merged, indent=2, sort_keys=True))
print(defaults["db"]["pool"], merged["db"]["pool"])
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        path = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, path))
        else:
            out[path] = v
    return out
for key, value in sorted(flatten(merged).items()):
    print(f"{key} = {value!r}")
def get_path(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(get_path(merged, "db.pool.max"), get_path(merged, "db.nope.x", "missing"), get_path(merged, "extra"))
