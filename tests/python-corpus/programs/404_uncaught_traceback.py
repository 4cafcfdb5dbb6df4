# raises: KeyError
import json
class Config:
    def __init__(self, text):
        self.data = json.loads(text)
    def get(self, *path):
        node = self.data
        for key in path:
            node = node[key]
        return node
def load():
    cfg = Config('{"db": {"host": "localhost", "port": 5432}}')
    print(cfg.get("db", "host"), cfg.get("db", "port"))
    return cfg.get("db", "user")
print("starting")
load()
