# tornado: 6.5
# request: GET /cpu at 0
# request: GET /fast at 50
from tornado import web

def crunch(n):
    total = 0
    for i in range(n):
        total += i
    return total

class CpuHandler(web.RequestHandler):
    def get(self):
        print("cpu start")
        total = crunch(6000000)
        print("cpu done", total)
        self.write("cpu")

class FastHandler(web.RequestHandler):
    def get(self):
        print("fast")
        self.write("fast")

routes = [(r"/cpu", CpuHandler), (r"/fast", FastHandler)]
