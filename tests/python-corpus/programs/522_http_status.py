# http.HTTPStatus and HTTPMethod (IntEnum/StrEnum members) and http.client.responses
from http import HTTPStatus as H
from http import HTTPMethod as M
from http.client import responses
import http

print(repr(H.OK), str(H.OK), H.OK.phrase, H(404), H["NOT_FOUND"].description)
print(f"{H.OK}", H.OK == 200, H.IM_A_TEAPOT, len(H))
print(repr(M.GET), str(M.GET), M.GET.description, M("POST"))
print(http.HTTPStatus.CREATED.value, [s.value for s in H][:5], H.NOT_FOUND + 1)
print("%d %s" % (H.OK, H.OK.phrase))
print(responses[404], len(responses), responses[H.OK])
