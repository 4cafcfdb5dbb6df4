import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.urn, u.int, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.clock_seq, u.node, u.time)
same = [uuid.UUID('12345678123456781234567812345678'), uuid.UUID(bytes=u.bytes),
        uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int),
        uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678')]
print(all(x == u for x in same), len({u, *same}), int(u) == u.int, str(u) == u.__str__())
v4 = uuid.UUID(int=u.int, version=4)
print(v4, v4.version, v4.variant, uuid.UUID(int=0).variant, uuid.UUID(int=2**128 - 1).variant)
print(uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0).version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/'), uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=héllo').version, uuid.NAMESPACE_URL)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, 0 <= t.node < 2**48, 0 <= t.clock_seq < 2**14)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=5) == 5, uuid.SafeUUID.unknown, u.is_safe)
bad_args = [dict(hex='1234'), dict(bytes=b'short'), dict(bytes_le=b'x' * 17),
            dict(fields=(1, 2, 3)), dict(fields=(2**32, 0, 0, 0, 0, 0)),
            dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 2**48)),
            dict(int=-1), dict(int=2**128), dict(int=0, version=6), {}]
for kwargs in bad_args:
    try:
        uuid.UUID(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(e)
try:
    uuid.UUID('zz345678123456781234567812345678')
except ValueError as e:
    print(e)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes')
except TypeError as e:
    print(e)
