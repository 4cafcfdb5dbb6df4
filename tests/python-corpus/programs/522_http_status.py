from http import HTTPStatus as H
print(repr(H.OK), str(H.OK), H.OK.phrase, H(404), H['NOT_FOUND'].description, f'{H.OK}', H.OK == 200, H.IM_A_TEAPOT, len(H))
from http import HTTPMethod as M
print(repr(M.GET), str(M.GET), M.GET.description, M('POST'))
import http
print(http.HTTPStatus.CREATED.value, [s.value for s in H][:5], H.NOT_FOUND + 1, "%d %s" % (H.OK, H.OK.phrase))
from http.client import responses
print(responses[404], len(responses), responses[H.OK])
