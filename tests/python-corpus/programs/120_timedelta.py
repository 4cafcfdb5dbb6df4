# datetime.timedelta: construction, normalization, arithmetic, str, total_seconds
from datetime import timedelta
d = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(d, repr(d))
print(d.days, d.seconds, d.microseconds, d.total_seconds())
print(timedelta(seconds=90), timedelta(minutes=90), timedelta(hours=25), timedelta(weeks=1))
print(timedelta(seconds=0.5), timedelta(milliseconds=1500), timedelta(), timedelta(microseconds=1))
print(timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(days=-1, hours=1))
print(timedelta(hours=1) + timedelta(minutes=30), timedelta(hours=1) - timedelta(minutes=90))
print(timedelta(minutes=10) * 3, timedelta(minutes=10) / 4, timedelta(hours=1) // 7)
print(timedelta(hours=1) / timedelta(minutes=15), timedelta(hours=1) // timedelta(minutes=25))
print(timedelta(hours=1) % timedelta(minutes=25), -timedelta(hours=1), abs(timedelta(hours=-2)))
print(timedelta(seconds=1) < timedelta(seconds=2), timedelta(hours=1) == timedelta(minutes=60))
print(timedelta(minutes=1).total_seconds(), timedelta(days=2.5), timedelta(seconds=3661).total_seconds())
print(max(timedelta(1), timedelta(hours=30)), sum([timedelta(1), timedelta(2)], timedelta()))
print(timedelta(days=3) > timedelta(hours=71), bool(timedelta()), bool(timedelta(1)))
print(timedelta(seconds=1.25) * 2, timedelta(days=400), timedelta(microseconds=-1))
print(str(timedelta(hours=2, minutes=5)), f"{timedelta(seconds=75)}", [timedelta(seconds=5)])
try:
    timedelta(1) + 1
except TypeError as e:
    print("TypeError:", e)
