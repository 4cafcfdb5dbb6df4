# datetime.timedelta for timeouts, rate limits and duration reports
from datetime import timedelta

timeouts = {"connect": timedelta(seconds=2.5), "request": timedelta(seconds=30), "idle": timedelta(minutes=5)}
for name, t in timeouts.items():
    print(name, t, t.total_seconds(), repr(t))
window = timedelta(minutes=1)
limit = 100
per_request = window / limit
print(per_request, per_request.microseconds, window // timedelta(seconds=7), window % timedelta(seconds=7))
budget = timedelta(hours=1, minutes=30)
spent = [timedelta(minutes=m) for m in (12, 45, 20)]
left = budget - sum(spent, timedelta())
print(left, left > timedelta(0), abs(left), -left, left * 3, 2 * left)
durations = [timedelta(seconds=s) for s in (0.5, 90, 3600.25, 86400 * 2 + 1)]
print([str(d) for d in durations], sorted(durations, reverse=True)[0], max(durations) - min(durations))
print(timedelta(days=-1, seconds=30), timedelta(microseconds=-1), timedelta(weeks=1, hours=-1))
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(seconds=1) / 3, timedelta(seconds=1) * 0.3333)
print(divmod(timedelta(hours=5, minutes=3), timedelta(hours=2)), timedelta(days=1).days, timedelta(hours=25).seconds)


def fmt(td):
    total = int(td.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m{seconds:02d}s"


print(fmt(timedelta(hours=26, seconds=7)), fmt(left), bool(timedelta()), timedelta.resolution)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError:", e)
try:
    timedelta(seconds=1) + 5
except TypeError as e:
    print("TypeError:", e)
