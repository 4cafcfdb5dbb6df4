import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.weekday(2024, 2, 29))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.month_name[5], calendar.day_abbr[0], list(calendar.month_abbr)[:4])
print(calendar.month(2024, 5))
print(calendar.monthcalendar(2025, 2))
calendar.prmonth(2026, 11)
print(calendar.calendar(2024))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9, w=3, l=1))
print(calendar.weekheader(3), calendar.timegm((2024, 1, 1, 12, 0, 0)))
print([d.isoformat() for d in calendar.Calendar().itermonthdates(2024, 3)][:3])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)
print(len(list(calendar.Calendar(6).itermonthdays4(2024, 6))))
