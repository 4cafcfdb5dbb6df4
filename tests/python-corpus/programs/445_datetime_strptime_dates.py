from datetime import date, datetime, timedelta, time
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat())
print(d.strftime("%A %d %B %Y"), d.strftime("%a %b %j %U %w %y"), repr(d))
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"))
delta = datetime(2024, 3, 1) - datetime(2023, 1, 15, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
print(timedelta(hours=-1), timedelta(days=-1, seconds=5), timedelta(weeks=2, minutes=90), timedelta(microseconds=1500))
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // 7, timedelta(hours=5) * 1.5, abs(timedelta(-3)))
print(datetime.strptime("2021-07-04 15:30", "%Y-%m-%d %H:%M"), date.fromisoformat("2020-02-29"), datetime.fromisoformat("2020-01-02T03:04:05"))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 1), date(2019, 12, 31)), (date(2024, 12, 25) - date(2024, 1, 1)).days)
print(d.replace(year=2023), dt.replace(hour=0, minute=0), date(2024, 1, 31).toordinal(), date.fromordinal(738000))
print(t := time(9, 5, 7), t.hour, time(13, 0).strftime("%I:%M %p"), time(1, 2, 3, 4))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.timetuple()[:6])
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(sorted([date(2022, 3, 1), date(2021, 3, 1), date(2022, 1, 1)]))
print(f"{d:%d/%m/%Y}", "{:%H:%M}".format(dt), format(timedelta(minutes=3), ""))
print(datetime(2024, 1, 1).weekday(), date(2000, 1, 1).strftime("%c"), datetime(2024, 3, 10, 8).ctime())
print(timedelta(days=400).days // 365, timedelta(seconds=3661), str(timedelta(seconds=86399.5)))
