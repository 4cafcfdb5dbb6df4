import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { expectSameAsCPython, py } from "./cpython";

describe("datetime.timedelta", () => {
  it("construction, normalization, arithmetic, comparisons, str/repr, errors", () => {
    expectSameAsCPython(py`
      from datetime import timedelta as T
      import datetime
      cases = [
          ('T(1)/0', lambda: T(1)/0),
          ('T(1)//0', lambda: T(1)//0),
          ('T(1)%T(0)', lambda: T(1)%T(0)),
          ('T(1)/T(0)', lambda: T(1)/T(0)),
          ('T(1)/0.0', lambda: T(1)/0.0),
          ('T("1")', lambda: T("1")),
          ('T(1) < 1', lambda: T(1) < 1),
          ('T(1) == 1', lambda: T(1) == 1),
          ('T(1) + 1', lambda: T(1) + 1),
          ('1 - T(1)', lambda: 1 - T(1)),
          ('T(1) * T(1)', lambda: T(1) * T(1)),
          ('T(1)*1.5', lambda: T(1)*1.5),
          ('T(seconds=1)/3', lambda: T(seconds=1)/3),
          ('T(microseconds=1)/2', lambda: T(microseconds=1)/2),
          ('T(microseconds=3)/2', lambda: T(microseconds=3)/2),
          ('T(microseconds=5)*0.5', lambda: T(microseconds=5)*0.5),
          ('T(microseconds=7)*0.5', lambda: T(microseconds=7)*0.5),
          ('T(days=-1, seconds=5)', lambda: T(days=-1, seconds=5)),
          ('str(T(days=-1, seconds=5))', lambda: str(T(days=-1, seconds=5))),
          ('str(T(microseconds=-1))', lambda: str(T(microseconds=-1))),
          ('repr(T(microseconds=-1))', lambda: repr(T(microseconds=-1))),
          ('T(weeks=1, days=1, hours=1.5, minutes=0.25, seconds=0.1, milliseconds=1.5, microseconds=0.5)', lambda: T(weeks=1, days=1, hours=1.5, minutes=0.25, seconds=0.1, milliseconds=1.5, microseconds=0.5)),
          ('T(microseconds=1.5)', lambda: T(microseconds=1.5)),
          ('T(microseconds=2.5)', lambda: T(microseconds=2.5)),
          ('T(seconds=0.0000015)', lambda: T(seconds=0.0000015)),
          ('T(days=0.1)', lambda: T(days=0.1)),
          ('T(hours=-1.75)', lambda: T(hours=-1.75)),
          ('T(1,2,3)', lambda: T(1,2,3)),
          ('divmod(T(hours=5), T(hours=2))', lambda: divmod(T(hours=5), T(hours=2))),
          ('T(hours=5) % T(hours=2)', lambda: T(hours=5) % T(hours=2)),
          ('T(hours=5)//T(hours=2)', lambda: T(hours=5)//T(hours=2)),
          ('T(hours=5)//2', lambda: T(hours=5)//2),
          ('T(hours=5)/T(hours=2)', lambda: T(hours=5)/T(hours=2)),
          ('abs(T(-1))', lambda: abs(T(-1))),
          ('-T(1,1,1)', lambda: -T(1,1,1)),
          ('+T(1)', lambda: +T(1)),
          ('T(days=999999999, hours=24)', lambda: T(days=999999999, hours=24)),
          ('T.max', lambda: T.max),
          ('T.min', lambda: T.min),
          ('T.resolution', lambda: T.resolution),
          ('T(1,2,3).total_seconds()', lambda: T(1,2,3).total_seconds()),
          ('T(milliseconds=-1).total_seconds()', lambda: T(milliseconds=-1).total_seconds()),
          ('bool(T())', lambda: bool(T())),
          ('repr(T())', lambda: repr(T())),
          ('str(T(days=2, seconds=3723, microseconds=5))', lambda: str(T(days=2, seconds=3723, microseconds=5))),
          ('(T(1).days, T(seconds=-1).seconds)', lambda: (T(1).days, T(seconds=-1).seconds)),
          ('hash(T(1)) == hash(T(days=1))', lambda: hash(T(1)) == hash(T(days=1))),
          ('T(hours=1) == T(minutes=60)', lambda: T(hours=1) == T(minutes=60)),
          ('sorted([T(3), T(1), T(-2)])', lambda: sorted([T(3), T(1), T(-2)])),
          ('datetime.timedelta', lambda: datetime.timedelta),
          ('T(days=1, foo=2)', lambda: T(days=1, foo=2)),
          ('T(minutes=1) * 2 == 2 * T(minutes=1)', lambda: T(minutes=1) * 2 == 2 * T(minutes=1)),
          ('T(seconds=1) / 1.5', lambda: T(seconds=1) / 1.5),
          ('T(days=3) / 7', lambda: T(days=3) / 7),
          ('max(T(1), T(2))', lambda: max(T(1), T(2))),
          ('T(seconds=86399.9999999)', lambda: T(seconds=86399.9999999)),
          ('T(days=1, seconds=-86400.0000001)', lambda: T(days=1, seconds=-86400.0000001)),
          ('T(1, days=2)', lambda: T(1, days=2)),
          ('T(seconds=-0.5)', lambda: T(seconds=-0.5)),
          ('T(microseconds=-0.5)', lambda: T(microseconds=-0.5)),
          ('T(microseconds=-1.5)', lambda: T(microseconds=-1.5)),
          ('T(milliseconds=0.0005)', lambda: T(milliseconds=0.0005)),
          ('T(minutes=1/3)', lambda: T(minutes=1/3)),
          ('T(weeks=0.3, hours=1e-7)', lambda: T(weeks=0.3, hours=1e-7)),
          ('T(1) * -0.1', lambda: T(1) * -0.1),
          ('T(seconds=10) / -3', lambda: T(seconds=10) / -3),
          ('T(seconds=10) // -3', lambda: T(seconds=10) // -3),
          ('T(seconds=-10) % T(seconds=3)', lambda: T(seconds=-10) % T(seconds=3)),
          ('{T(1): "a"}[T(hours=24)]', lambda: {T(1): "a"}[T(hours=24)]),
          ('T(1) != T(2)', lambda: T(1) != T(2)),
          ('T(2) >= T(1)', lambda: T(2) >= T(1)),
          ('T(1) - T(hours=1)', lambda: T(1) - T(hours=1)),
          ('sum([T(1), T(2)], T())', lambda: sum([T(1), T(2)], T())),
          ('T(1) in [T(days=1)]', lambda: T(1) in [T(days=1)]),
          ('T(microseconds=10) * 0.15', lambda: T(microseconds=10) * 0.15),
          ('str(-T(hours=1))', lambda: str(-T(hours=1))),
          ('T(seconds=3600).seconds', lambda: T(seconds=3600).seconds),
          ('T(2.5)', lambda: T(2.5)),
          ('T(0.5, 0.5, 0.5)', lambda: T(0.5, 0.5, 0.5)),
      ]
      for name, f in cases:
          try:
              print(name, "->", repr(f()))
          except Exception as e:
              print(name, "->", type(e).__name__, e)
    `);
  });

  it("timedelta in programs: durations, sorting, totals, subclassing", () => {
    expectSameAsCPython(py`
      from datetime import timedelta
      durations = [timedelta(minutes=m, seconds=s) for m, s in [(5, 30), (0, 45), (12, 0), (1, 15.25)]]
      total = sum(durations, timedelta())
      print(total, total.total_seconds(), max(durations), min(durations), sorted(durations)[1])
      print([str(d) for d in durations], total / len(durations), total // 3, total % timedelta(minutes=5))
      week = timedelta(weeks=1)
      print(week, week.days, week / timedelta(days=1), week - timedelta(days=8), -week, abs(-week) == week)
      print(f"{timedelta(hours=36)} | {timedelta(seconds=0.000001)} | {timedelta(days=-3, hours=2)}")
      class Span(timedelta):
          def hours(self):
              return self.total_seconds() / 3600
      s = Span(hours=3)
      print(s.hours(), isinstance(s, timedelta), repr(s), s + timedelta(hours=1), type(s + s).__name__)
      print(timedelta.max, timedelta.min, timedelta.resolution, timedelta.max + timedelta.min)
      try:
          timedelta.max + timedelta.resolution
      except OverflowError as e:
          print("OverflowError:", e)
    `);
  });
});

describe("datetime.date, time, datetime, timezone", () => {
  it("construction, arithmetic, formatting, parsing, time zones, errors", () => {
    expectSameAsCPython(py`
      from datetime import date, datetime, time, timedelta, timezone
      import datetime as dtmod
      d = date(2024, 2, 28)
      print(d, repr(d), d + timedelta(days=2), d - timedelta(days=60), date(2024, 3, 1) - d, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
      print(d.strftime("%A %d %B %Y (%a %b) %j %U %W %y %m/%d"), d.isoformat(), date.fromisoformat("2021-12-31"), date.fromordinal(738000), d.replace(day=1), f"{d:%Y/%m/%d}", f"{d}")
      print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), sorted([date(2020, 5, 1), date(2019, 1, 1)]), date.min, date.max, hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
      dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
      print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5, 6, 7)), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="milliseconds"))
      print(dt + timedelta(hours=12), dt - timedelta(days=10), dt - datetime(2024, 1, 1), dt.date(), dt.time(), repr(dt.time()), dt.weekday(), dt.year, dt.microsecond)
      print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %c"), datetime.strptime("2023-07-04 09:30", "%Y-%m-%d %H:%M"), datetime.strptime("04/Jul/2023:21:15:00", "%d/%b/%Y:%H:%M:%S"))
      print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.5+02:00"), datetime.fromisoformat("2024-05-06"), datetime.combine(date(2020, 1, 2), time(3, 4)))
      u = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
      plus2 = timezone(timedelta(hours=2))
      print(u, repr(u), u.astimezone(plus2), u.timestamp(), u.utcoffset(), u.tzname(), timezone.utc, repr(plus2), str(plus2), dtmod.UTC is timezone.utc)
      print(datetime(2024, 1, 1, 14, 0, tzinfo=plus2) == u, datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), datetime.fromtimestamp(1700000000, plus2).isoformat())
      t = time(9, 30)
      print(t, repr(t), repr(time(1, 2, 3, 4)), t.isoformat("minutes"), time.fromisoformat("10:11:12"), t < time(10), t.replace(hour=23), time(), t.strftime("%H.%M"), f"{t:%I %p}")
      for f in [lambda: date(2024, 2, 30), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 1, 60), lambda: date.fromisoformat("2024/01/01"),
                lambda: datetime.strptime("nope", "%Y"), lambda: datetime(2024, 1, 1) < u, lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: timezone(timedelta(hours=24)), lambda: date.max + timedelta(days=1), lambda: date(2024.0, 1, 1)]:
          try:
              print(f())
          except (ValueError, TypeError, OverflowError) as e:
              print(type(e).__name__, e)
      print(date(2024, 1, 1) == datetime(2024, 1, 1), isinstance(dt, date), datetime.min, datetime.max, datetime.resolution, date.resolution)
    `);
  });

  it("now() and today() do not read the wall clock", () => {
    const r = runProgram(py`
      from datetime import datetime, date
      for f in [datetime.now, datetime.utcnow, date.today]:
          try:
              f()
          except NotImplementedError as e:
              print("NotImplementedError:", e)
    `);
    expect(r.error).toBeNull();
    expect(r.stdout.split("\n").filter(Boolean)).toEqual([
      "NotImplementedError: datetime.now() would read the wall clock; runs here are deterministic, so build the value with datetime(...)",
      "NotImplementedError: datetime.utcnow() would read the wall clock; runs here are deterministic, so build the value with datetime(...)",
      "NotImplementedError: date.today() would read the wall clock; runs here are deterministic, so build the value with datetime(...)",
    ]);
  });
});
