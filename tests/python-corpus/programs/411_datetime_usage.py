from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"))
print(date(2023, 12, 31) - date(2023, 1, 1), (date(2024, 3, 1) - d).days, d.replace(year=2023))
dt = datetime(2024, 3, 15, 14, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(), dt.date(), dt.time(), dt.timestamp() if False else "-")
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%I:%M %p on %a %b %d"), dt.strftime("%j %U %w %y %%"))
print(datetime.strptime("2021-07-04 09:05", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2020-01-02T03:04:05"))
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=5)
print(td, td.total_seconds(), td.days, td.seconds, repr(td), -td, td * 2, td // 3, td / timedelta(hours=1))
print(timedelta(seconds=-1), timedelta(days=-1, seconds=5), abs(timedelta(days=-2)), timedelta(minutes=90) > timedelta(hours=1))
start = datetime(2024, 1, 31, 23, 0)
for i in range(3):
    t = start + timedelta(hours=12 * i)
    print(t.strftime("%a %Y-%m-%d %H:%M"), t.month, t.day)
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(utc, utc.isoformat(), utc.astimezone(timezone(timedelta(hours=-5))), utc.tzname(), utc.utcoffset())
print(time(9, 30), time(23, 59, 59, 999), date.fromisoformat("2022-02-22"), date(2024, 1, 1).toordinal())
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 9)]), max(dt, datetime(2025, 1, 1)))
print((datetime(2024, 3, 10) - datetime(2024, 3, 9, 12)).total_seconds(), dt.weekday(), dt.isocalendar())
ages = {"ann": date(1990, 5, 17), "bob": date(2000, 12, 1)}
today = date(2024, 6, 1)
for name, born in ages.items():
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name}: {age} years, born on a {born:%A}")
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("bad", "%Y")
except ValueError as e:
    print(e)
