/**
 * Calendar arithmetic of the `datetime` module (proleptic Gregorian ordinals, as
 * Lib/datetime.py computes them), strftime's directives (C locale) and parsing of
 * ISO 8601 strings and strptime formats.
 */

const DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: number[] = [-1];
for (let m = 1, acc = 0; m <= 12; m++) {
  DAYS_BEFORE_MONTH.push(acc);
  acc += DAYS_IN_MONTH[m]!;
}

export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTH_NAMES = [
  "",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m]!;
}

function daysBeforeYear(y: number): number {
  const p = y - 1;
  return p * 365 + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400);
}

function daysBeforeMonth(y: number, m: number): number {
  return DAYS_BEFORE_MONTH[m]! + (m > 2 && isLeap(y) ? 1 : 0);
}

/** Days since 0001-01-01 plus one (date.toordinal()). */
export function ymdToOrd(y: number, m: number, d: number): number {
  return daysBeforeYear(y) + daysBeforeMonth(y, m) + d;
}

function divmod(a: number, b: number): [number, number] {
  const q = Math.floor(a / b);
  return [q, a - q * b];
}

/** date.fromordinal(n) as [year, month, day]. */
export function ordToYmd(ord: number): [number, number, number] {
  const [n400, r400] = divmod(ord - 1, 146097);
  let year = n400 * 400 + 1;
  const [n100, r100] = divmod(r400, 36524);
  const [n4, r4] = divmod(r100, 1461);
  const [n1, n] = divmod(r4, 365);
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month]! + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DAYS_IN_MONTH[month]! + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

/** Monday = 0 ... Sunday = 6. */
export function weekday(ord: number): number {
  return (ord + 6) % 7;
}

function isoWeek1Monday(year: number): number {
  const first = ymdToOrd(year, 1, 1);
  const firstWeekday = (first + 6) % 7;
  let monday = first - firstWeekday;
  if (firstWeekday > 3) monday += 7;
  return monday;
}

/** date.isocalendar(): [ISO year, week, weekday]. */
export function isoCalendar(y: number, m: number, d: number): [number, number, number] {
  let year = y;
  const today = ymdToOrd(y, m, d);
  let [week, day] = divmod(today - isoWeek1Monday(year), 7);
  if (week < 0) {
    year -= 1;
    [week, day] = divmod(today - isoWeek1Monday(year), 7);
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year += 1;
    week = 0;
  }
  return [year, week + 1, day + 1];
}

/** The fields strftime and isoformat read. */
export interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  /** UTC offset in seconds (with microseconds as a fraction), or null for naive values. */
  readonly offset: number | null;
  readonly tzname: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** `+HH:MM[:SS[.ffffff]]` for an offset in seconds (fractional for microseconds). */
export function formatOffset(offset: number, sep = ":"): string {
  const sign = offset < 0 ? "-" : "+";
  let rest = Math.abs(offset);
  const us = Math.round((rest % 1) * 1e6);
  rest = Math.floor(rest);
  const hh = Math.floor(rest / 3600);
  const mm = Math.floor((rest % 3600) / 60);
  const ss = rest % 60;
  let s = `${sign}${pad(hh)}${sep}${pad(mm)}`;
  if (ss || us) s += `${sep}${pad(ss)}`;
  if (us) s += `.${pad(us, 6)}`;
  return s;
}

/** strftime with C-locale names; unknown directives are copied as they are. */
export function strftime(f: Fields, format: string): string {
  const ord = ymdToOrd(f.year, f.month, f.day);
  const wd = weekday(ord);
  const yday = ord - ymdToOrd(f.year, 1, 1) + 1;
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%" || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const d = format[++i]!;
    switch (d) {
      case "a":
        out += DAY_NAMES[wd]!.slice(0, 3);
        break;
      case "A":
        out += DAY_NAMES[wd];
        break;
      case "w":
        out += String((wd + 1) % 7);
        break;
      case "u":
        out += String(wd + 1);
        break;
      case "d":
        out += pad(f.day);
        break;
      case "e":
        out += String(f.day).padStart(2, " ");
        break;
      case "b":
      case "h":
        out += MONTH_NAMES[f.month]!.slice(0, 3);
        break;
      case "B":
        out += MONTH_NAMES[f.month];
        break;
      case "m":
        out += pad(f.month);
        break;
      case "y":
        out += pad(f.year % 100);
        break;
      case "Y":
        out += String(f.year);
        break;
      case "C":
        out += pad(Math.floor(f.year / 100));
        break;
      case "H":
        out += pad(f.hour);
        break;
      case "I":
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12);
        break;
      case "p":
        out += f.hour < 12 ? "AM" : "PM";
        break;
      case "M":
        out += pad(f.minute);
        break;
      case "S":
        out += pad(f.second);
        break;
      case "f":
        out += pad(f.microsecond, 6);
        break;
      case "z":
        out += f.offset === null ? "" : formatOffset(f.offset, "");
        break;
      case "Z":
        out += f.offset === null ? "" : f.tzname;
        break;
      case "j":
        out += pad(yday, 3);
        break;
      case "U":
        out += pad(Math.floor((yday + 6 - ((wd + 1) % 7)) / 7));
        break;
      case "W":
        out += pad(Math.floor((yday + 6 - wd) / 7));
        break;
      case "G":
        out += String(isoCalendar(f.year, f.month, f.day)[0]);
        break;
      case "V":
        out += pad(isoCalendar(f.year, f.month, f.day)[1]);
        break;
      case "c":
        out += `${DAY_NAMES[wd]!.slice(0, 3)} ${MONTH_NAMES[f.month]!.slice(0, 3)} ${String(f.day).padStart(2, " ")} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} ${f.year}`;
        break;
      case "x":
        out += `${pad(f.month)}/${pad(f.day)}/${pad(f.year % 100)}`;
        break;
      case "X":
        out += `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
        break;
      case "D":
        out += `${pad(f.month)}/${pad(f.day)}/${pad(f.year % 100)}`;
        break;
      case "F":
        out += `${f.year}-${pad(f.month)}-${pad(f.day)}`;
        break;
      case "T":
        out += `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
        break;
      case "R":
        out += `${pad(f.hour)}:${pad(f.minute)}`;
        break;
      case "n":
        out += "\n";
        break;
      case "t":
        out += "\t";
        break;
      case "%":
        out += "%";
        break;
      default:
        out += "%" + d;
    }
  }
  return out;
}

/** Parsed date/time fields; `offset` in seconds or null. */
export interface Parsed {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  offset: number | null;
}

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?)?$/;

/** datetime.fromisoformat's accepted forms (the common ones of Python 3.11); null when invalid. */
export function parseIso(s: string): Parsed | null {
  const m = ISO.exec(s);
  if (!m) return null;
  let offset: number | null = null;
  if (m[8]) {
    if (m[8] === "Z") offset = 0;
    else {
      const sign = m[8][0] === "-" ? -1 : 1;
      const parts = m[8].slice(1).replace(/:/g, "");
      const hh = Number(parts.slice(0, 2));
      const mm = Number(parts.slice(2, 4) || "0");
      const ss = Number(parts.slice(4) || "0");
      offset = sign * (hh * 3600 + mm * 60 + ss);
    }
  }
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    microsecond: m[7] ? Number(m[7].padEnd(6, "0")) : 0,
    offset,
  };
}

const NAME_RE = (names: string[]) => names.filter(Boolean).join("|");

/**
 * strptime for the common directives; null when `s` does not match `format`, and the
 * text left over when only a prefix of `s` matches.
 */
export function strptime(s: string, format: string): Parsed | { unconverted: string } | null {
  const fields: string[] = [];
  let re = "^";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%") {
      re += /\s/.test(c) ? "\\s+" : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      continue;
    }
    const d = format[++i];
    const group = (pattern: string) => {
      fields.push(d!);
      re += `(${pattern})`;
    };
    switch (d) {
      // The field patterns of CPython's _strptime, so out-of-range fields do not match.
      case "Y":
        group("\\d\\d\\d\\d");
        break;
      case "y":
        group("\\d\\d");
        break;
      case "m":
        group("1[0-2]|0[1-9]|[1-9]");
        break;
      case "d":
        group("3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]");
        break;
      case "H":
        group("2[0-3]|[0-1]\\d|\\d");
        break;
      case "I":
        group("1[0-2]|0[1-9]|[1-9]");
        break;
      case "M":
        group("[0-5]\\d|\\d");
        break;
      case "S":
        group("6[0-1]|[0-5]\\d|\\d");
        break;
      case "f":
        group("[0-9]{1,6}");
        break;
      case "j":
        group("36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]");
        break;
      case "b":
      case "h":
        group(NAME_RE(MONTH_NAMES.map((n) => n.slice(0, 3))));
        break;
      case "B":
        group(NAME_RE(MONTH_NAMES));
        break;
      case "a":
        group(NAME_RE(DAY_NAMES.map((n) => n.slice(0, 3))));
        break;
      case "A":
        group(NAME_RE(DAY_NAMES));
        break;
      case "p":
        group("AM|PM");
        break;
      case "z":
        group("Z|[+-]\\d{2}:?\\d{2}(?::?\\d{2})?");
        break;
      case "%":
        re += "%";
        break;
      default:
        return null;
    }
  }
  const m = new RegExp(re, "i").exec(s);
  if (!m) return null;
  if (m[0].length < s.length) return { unconverted: s.slice(m[0].length) };
  const p: Parsed = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, offset: null };
  let pm: boolean | null = null;
  fields.forEach((d, i) => {
    const v = m[i + 1]!;
    const monthIndex = (names: string[], len?: number) =>
      names.findIndex((n) => n && (len ? n.slice(0, len) : n).toLowerCase() === v.toLowerCase());
    switch (d) {
      case "Y":
        p.year = Number(v);
        break;
      case "y":
        p.year = Number(v) + (Number(v) < 69 ? 2000 : 1900);
        break;
      case "m":
        p.month = Number(v);
        break;
      case "d":
        p.day = Number(v);
        break;
      case "H":
      case "I":
        p.hour = Number(v);
        break;
      case "M":
        p.minute = Number(v);
        break;
      case "S":
        p.second = Number(v);
        break;
      case "f":
        p.microsecond = Number(v.padEnd(6, "0"));
        break;
      case "b":
      case "h":
        p.month = monthIndex(MONTH_NAMES, 3);
        break;
      case "B":
        p.month = monthIndex(MONTH_NAMES);
        break;
      case "p":
        pm = v.toUpperCase() === "PM";
        break;
      case "z":
        if (v.toUpperCase() === "Z") p.offset = 0;
        else {
          const digits = v.slice(1).replace(/:/g, "");
          const sign = v[0] === "-" ? -1 : 1;
          p.offset =
            sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4)) * 60 + Number(digits.slice(4) || 0));
        }
        break;
      case "j": {
        const [y, mo, dd] = ordToYmd(ymdToOrd(p.year, 1, 1) + Number(v) - 1);
        p.year = y;
        p.month = mo;
        p.day = dd;
        break;
      }
    }
  });
  // %p only changes an hour read by %I.
  if (pm !== null && fields.includes("I")) {
    if (p.hour === 12) p.hour = 0;
    if (pm) p.hour += 12;
  }
  return p;
}
