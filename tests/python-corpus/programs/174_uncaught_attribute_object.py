# an uncaught AttributeError on a user object names the class and the attribute
# raises: AttributeError
class Request:
    def __init__(self, method, path):
        self.method = method
        self.path = path
req = Request("GET", "/index")
print(req.method, req.path)
print(hasattr(req, "body"), getattr(req, "body", None))
print(req.body)
print("never printed")
