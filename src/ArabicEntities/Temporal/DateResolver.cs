using System.Globalization;

namespace ArabicEntities.Temporal;

/// <summary>The date relative expressions are resolved against, and how precisely it is known.</summary>
/// <param name="Date">The anchor date (the first day of the period when it is coarser than a day).</param>
/// <param name="Granularity">Its precision: <see cref="TimexGranularity.Day"/> for a reference date.</param>
internal readonly record struct TemporalAnchor(DateOnly Date, TimexGranularity Granularity)
{
    /// <summary>Whether the anchor is precise enough to place a value of <paramref name="unit"/>.</summary>
    public bool Supports(TimexGranularity unit) => Granularity >= unit;
}

/// <summary>
/// Turns a parsed <see cref="TemporalMeaning"/> into a TIMEX3 <see cref="Timex"/>, against an optional anchor.
/// Without an anchor nothing is invented: a missing year stays <c>XXXX</c> and relative expressions keep their
/// <see cref="TimexOffset"/>.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class DateResolver
{
    public static Timex? Resolve(TemporalMeaning meaning, TemporalAnchor? anchor)
    {
        Timex? timex = meaning.Kind switch
        {
            MeaningKind.Calendar => Calendar(meaning, anchor),
            MeaningKind.Relative => Relative(meaning, anchor),
            MeaningKind.Weekday => Weekday(meaning, anchor),
            MeaningKind.NthWeekdayOfMonth or MeaningKind.LastDayOfMonth => DayOfMonth(meaning, anchor),
            MeaningKind.Decade => Decade(meaning, anchor),
            MeaningKind.Century => Century(meaning, anchor),
            MeaningKind.Duration => new Timex(TimexType.Duration, Duration(meaning.Unit, meaning.Amount), Granularity(meaning.Unit)),
            MeaningKind.Set => new Timex(TimexType.Set, Duration(meaning.Unit, meaning.Amount ?? 1), Granularity(meaning.Unit)),
            MeaningKind.Range => Range(meaning, anchor),
            MeaningKind.TimeOfDay => TimeOfDay(meaning, anchor),
            _ => null,
        };
        return timex is not null && meaning.Mod is { } mod ? timex with { Mod = mod } : timex;
    }

    /// <summary>The anchor an explicit date sets in narrative mode.</summary>
    public static TemporalAnchor? AnchorOf(Timex timex)
    {
        if (timex.Type != TimexType.Date || !timex.IsResolved || timex.Value.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        string v = timex.Value;
        return timex.Granularity switch
        {
            TimexGranularity.Day when DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) => new TemporalAnchor(d, TimexGranularity.Day),
            TimexGranularity.Month when DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly m) => new TemporalAnchor(m, TimexGranularity.Month),
            TimexGranularity.Year when v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y >= 1 => new TemporalAnchor(new DateOnly(y, 1, 1), TimexGranularity.Year),
            _ => null,
        };
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Timex? Calendar(TemporalMeaning m, TemporalAnchor? anchor)
    {
        if (m.Hijri)
        {
            return HijriWithoutYear(m, anchor);
        }

        TimexGranularity granularity = m.Day is not null ? TimexGranularity.Day : m.Month is not null || m.MonthOffset is not null ? TimexGranularity.Month : TimexGranularity.Year;
        if (m.Year is { } year && m.Month is null && m.MonthOffset is null)
        {
            return new Timex(TimexType.Date, Year(year), TimexGranularity.Year);
        }

        if (m.MonthOffset is { } monthOffset)
        {
            // The n-th day of this/next/last month.
            if (anchor is not { } a || !a.Supports(TimexGranularity.Month))
            {
                return new Timex(TimexType.Date, m.Day is { } d0 ? $"XXXX-XX-{d0:00}" : "XXXX-XX", granularity) { Offset = new TimexOffset(TimexGranularity.Month, monthOffset) };
            }

            DateOnly month = new DateOnly(a.Date.Year, a.Date.Month, 1).AddMonths(monthOffset);
            if (m.Day is { } day)
            {
                return day <= DateTime.DaysInMonth(month.Year, month.Month) ? new Timex(TimexType.Date, Date(new DateOnly(month.Year, month.Month, day)), TimexGranularity.Day) : null;
            }

            return new Timex(TimexType.Date, MonthValue(month.Year, month.Month), TimexGranularity.Month);
        }

        if (m.Month is not { } monthNumber)
        {
            return null;
        }

        int? resolvedYear = m.Year;
        TimexOffset? offset = null;
        if (resolvedYear is null && m.YearOffset is { } yearOffset)
        {
            offset = new TimexOffset(TimexGranularity.Year, yearOffset);
            if (anchor is { } a && a.Supports(TimexGranularity.Year))
            {
                resolvedYear = a.Date.Year + yearOffset;
            }
        }
        else if (resolvedYear is null && anchor is { } a && a.Supports(TimexGranularity.Month))
        {
            resolvedYear = ChooseYear(monthNumber, m.Day, m.IsoWeekday, m.Direction, a.Date);
        }

        if (resolvedYear is not { } y)
        {
            string unresolved = m.Day is { } d ? $"XXXX-{monthNumber:00}-{d:00}" : $"XXXX-{monthNumber:00}";
            return new Timex(TimexType.Date, unresolved, granularity) { Offset = offset };
        }

        if (y is < 1 or > 9999)
        {
            return null;
        }

        if (m.Day is { } dayNumber)
        {
            return dayNumber <= DateTime.DaysInMonth(y, monthNumber) ? new Timex(TimexType.Date, Date(new DateOnly(y, monthNumber, dayNumber)), TimexGranularity.Day) : null;
        }

        return new Timex(TimexType.Date, MonthValue(y, monthNumber), TimexGranularity.Month);
    }

    // A month (and day) without a year: placed by الماضي/المقبل, by the weekday written beside it, or the nearest.
    private static int ChooseYear(int month, int? day, int? isoWeekday, Direction direction, DateOnly anchor)
    {
        int y = anchor.Year;
        if (day is not { } d)
        {
            int anchorIndex = anchor.Year * 12 + anchor.Month - 1;
            return direction switch
            {
                Direction.Past or Direction.PastTense => month < anchor.Month || (direction == Direction.PastTense && month == anchor.Month) ? y : y - 1,
                Direction.Future or Direction.FutureTense => month > anchor.Month || (direction == Direction.FutureTense && month == anchor.Month) ? y : y + 1,
                Direction.This => y,
                _ => Math.Abs(y * 12 + month - 1 - anchorIndex) <= 9 ? y : new[] { y - 1, y + 1 }.OrderBy(c => Math.Abs(c * 12 + month - 1 - anchorIndex)).First(),
            };
        }

        DateOnly? Candidate(int year) => d <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, d) : null;
        var candidates = new[] { y - 1, y, y + 1 }.Select(Candidate).Where(c => c is not null).Select(c => c!.Value).ToList();
        if (candidates.Count == 0)
        {
            return y;
        }

        switch (direction)
        {
            case Direction.Past:
                return candidates.Where(c => c < anchor).DefaultIfEmpty(candidates[0]).Max().Year;
            case Direction.Future:
                return candidates.Where(c => c >= anchor).DefaultIfEmpty(candidates[^1]).Min().Year;
            default:
                if (isoWeekday is { } iso && candidates.Where(c => IsoDay(c) == iso).ToList() is { Count: > 0 } matching)
                {
                    candidates = matching;
                }

                // The anchor's year, unless that puts the date more than nine months away: then the nearest.
                if (isoWeekday is null && Candidate(y) is { } sameYear && Math.Abs(sameYear.DayNumber - anchor.DayNumber) <= 275)
                {
                    return y;
                }

                return candidates.OrderBy(c => Math.Abs(c.DayNumber - anchor.DayNumber)).ThenBy(c => c).First().Year;
        }
    }

    private static Timex HijriWithoutYear(TemporalMeaning m, TemporalAnchor? anchor)
    {
        TimexGranularity granularity = m.Day is null ? TimexGranularity.Month : TimexGranularity.Day;
        if (anchor is { } a && a.Supports(TimexGranularity.Month) && m.Month is { } month && HijriDates.TryFromGregorian(a.Date, out int hy, out _))
        {
            // The nearest such Hijri month (or day) to the anchor.
            (DateOnly First, DateOnly Last)? best = null;
            foreach (int year in new[] { hy - 1, hy, hy + 1 })
            {
                DateOnly first;
                DateOnly last;
                if (m.Day is { } day)
                {
                    if (!HijriDates.TryToGregorian(year, month, day, out first))
                    {
                        continue;
                    }

                    last = first;
                }
                else if (!HijriDates.TryMonthToGregorian(year, month, out first, out last))
                {
                    continue;
                }

                if (best is null || Distance(first, last, a.Date) < Distance(best.Value.First, best.Value.Last, a.Date))
                {
                    best = (first, last);
                }
            }

            if (best is { } found)
            {
                return found.First == found.Last
                    ? new Timex(TimexType.Date, Date(found.First), TimexGranularity.Day)
                    : new Timex(TimexType.Date, Date(found.First) + "/" + Date(found.Last), TimexGranularity.Day);
            }
        }

        return new Timex(TimexType.Date, m.Day is null ? "XXXX-XX" : "XXXX-XX-XX", granularity);
    }

    private static int Distance(DateOnly first, DateOnly last, DateOnly anchor) =>
        anchor < first ? first.DayNumber - anchor.DayNumber : anchor > last ? anchor.DayNumber - last.DayNumber : 0;

    private static Timex Relative(TemporalMeaning m, TemporalAnchor? anchor)
    {
        int amount = m.Amount ?? 0;
        TimexGranularity unit = Granularity(m.Unit);
        TimexGranularity output = m.OutputGranularity ?? unit;
        var offset = new TimexOffset(unit, amount);
        if (anchor is not { } a || !a.Supports(output))
        {
            string unresolved = output switch
            {
                TimexGranularity.Decade => "XXX",
                TimexGranularity.Year => "XXXX",
                TimexGranularity.Month => "XXXX-XX",
                TimexGranularity.Week => "XXXX-WXX",
                _ => "XXXX-XX-XX",
            };
            return new Timex(TimexType.Date, unresolved, output) { Offset = offset };
        }

        if (m.Unit == DurationUnit.Decade)
        {
            return new Timex(TimexType.Date, (a.Date.Year / 10 + amount).ToString("000", CultureInfo.InvariantCulture), TimexGranularity.Decade) { Offset = offset };
        }

        DateOnly date = m.Unit switch
        {
            DurationUnit.Day => a.Date.AddDays(amount),
            DurationUnit.Week => a.Date.AddDays(7 * amount),
            DurationUnit.Month => a.Date.AddMonths(amount),
            _ => a.Date.AddYears(amount),
        };
        return new Timex(TimexType.Date, Format(date, output), output) { Offset = offset };
    }

    private static Timex? Weekday(TemporalMeaning m, TemporalAnchor? anchor)
    {
        int iso = m.IsoWeekday ?? 1;
        if (anchor is not { } a || !a.Supports(TimexGranularity.Day))
        {
            string week = "XXXX-WXX-" + iso.ToString(CultureInfo.InvariantCulture);
            return new Timex(TimexType.Date, week, TimexGranularity.Day) { Offset = m.WeekOffset is { } w ? new TimexOffset(TimexGranularity.Week, w) : null };
        }

        DateOnly anchorDate = a.Date;
        int anchorIso = IsoDay(anchorDate);
        DateOnly result;
        if (m.WeekOffset is { } weekOffset)
        {
            result = anchorDate.AddDays(1 - anchorIso + 7 * weekOffset + iso - 1);
        }
        else
        {
            int back = (anchorIso - iso + 7) % 7;    // days back to the last such day (0 = the anchor itself)
            int forward = (iso - anchorIso + 7) % 7; // days forward to the next such day (0 = the anchor itself)
            int shift = m.Direction switch
            {
                Direction.Past => -(back == 0 ? 7 : back),
                Direction.Future => forward == 0 ? 7 : forward,
                Direction.This or Direction.FutureTense => forward,
                Direction.PastTense => -back,
                _ => back <= forward ? -back : forward,
            };
            result = anchorDate.AddDays(shift);
        }

        return new Timex(TimexType.Date, Date(result), TimexGranularity.Day);
    }

    private static Timex? DayOfMonth(TemporalMeaning m, TemporalAnchor? anchor)
    {
        if (m.Base is null || Calendar(m.Base, anchor) is not { } month || month.Granularity != TimexGranularity.Month || !month.IsResolved)
        {
            return new Timex(TimexType.Date, "XXXX-XX-XX", TimexGranularity.Day);
        }

        int year = int.Parse(month.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        int monthNumber = int.Parse(month.Value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int days = DateTime.DaysInMonth(year, monthNumber);
        if (m.Kind == MeaningKind.LastDayOfMonth)
        {
            return new Timex(TimexType.Date, Date(new DateOnly(year, monthNumber, days)), TimexGranularity.Day);
        }

        int iso = m.IsoWeekday ?? 1;
        DateOnly date;
        if (iso == 0)
        {
            // The n-th (or last) week that lies wholly in the month, Monday to Sunday.
            var firstDay = new DateOnly(year, monthNumber, 1);
            DateOnly firstMonday = firstDay.AddDays((8 - IsoDay(firstDay)) % 7);
            var lastDay = new DateOnly(year, monthNumber, days);
            DateOnly lastMonday = lastDay.AddDays(-((IsoDay(lastDay) - 7 + 7) % 7) - 6);
            DateOnly monday = m.Nth < 0 ? lastMonday : firstMonday.AddDays(7 * (m.Nth - 1));
            return monday > lastMonday ? null : new Timex(TimexType.Date, Format(monday, TimexGranularity.Week), TimexGranularity.Week);
        }

        if (m.Nth < 0)
        {
            var last = new DateOnly(year, monthNumber, days);
            date = last.AddDays(-((IsoDay(last) - iso + 7) % 7));
        }
        else
        {
            var first = new DateOnly(year, monthNumber, 1);
            date = first.AddDays((iso - IsoDay(first) + 7) % 7 + 7 * (m.Nth - 1));
            if (date.Month != monthNumber)
            {
                return null;
            }
        }

        return new Timex(TimexType.Date, Date(date), TimexGranularity.Day);
    }

    private static Timex? Decade(TemporalMeaning m, TemporalAnchor? anchor)
    {
        int digit = m.Digits;
        int? century = null;
        TimexOffset? offset = null;
        if (m.Base is { } c)
        {
            if (c.Relative)
            {
                offset = new TimexOffset(TimexGranularity.Century, c.Digits);
                if (anchor is { } a)
                {
                    century = a.Date.Year / 100 + c.Digits;
                }
            }
            else
            {
                century = c.Digits;
            }
        }
        else if (anchor is { } a)
        {
            // The latest such decade that has begun by the anchor: التسعينيات in 2021 → 199, العشرينيات in 2022 → 202.
            int candidate = a.Date.Year / 100;
            century = candidate * 100 + digit * 10 <= a.Date.Year ? candidate : candidate - 1;
        }
        else
        {
            // Without an anchor, decade words mean the twentieth century, the only one they are used of in news.
            century = 19;
        }

        if (century is not { } value)
        {
            return new Timex(TimexType.Date, "XX" + digit.ToString(CultureInfo.InvariantCulture), TimexGranularity.Decade) { Offset = offset };
        }

        return value is < 0 or > 99 ? null : new Timex(TimexType.Date, (value * 10 + digit).ToString("000", CultureInfo.InvariantCulture), TimexGranularity.Decade) { Offset = offset };
    }

    private static Timex? Century(TemporalMeaning m, TemporalAnchor? anchor)
    {
        if (m.Relative)
        {
            var offset = new TimexOffset(TimexGranularity.Century, m.Digits);
            if (anchor is not { } a)
            {
                return new Timex(TimexType.Date, "XX", TimexGranularity.Century) { Offset = offset };
            }

            return new Timex(TimexType.Date, (a.Date.Year / 100 + m.Digits).ToString("00", CultureInfo.InvariantCulture), TimexGranularity.Century) { Offset = offset };
        }

        return m.Digits is < 0 or > 99 ? null : new Timex(TimexType.Date, m.Digits.ToString("00", CultureInfo.InvariantCulture), TimexGranularity.Century);
    }

    private static Timex? Range(TemporalMeaning m, TemporalAnchor? anchor)
    {
        if (m.Base is null || m.RangeEnd is null || Resolve(m.Base, anchor) is not { } start || Resolve(m.RangeEnd, anchor) is not { } end)
        {
            return null;
        }

        return new Timex(TimexType.Date, start.Value + "/" + end.Value, start.Granularity);
    }

    private static Timex? TimeOfDay(TemporalMeaning m, TemporalAnchor? anchor)
    {
        string date = string.Empty;
        if (m.Base is { } baseMeaning)
        {
            if (Resolve(baseMeaning, anchor) is not { } day || day.Granularity != TimexGranularity.Day)
            {
                return null;
            }

            date = day.Value;
        }

        if (m.Hour is { } hour)
        {
            string time = $"T{hour:00}:{m.Minute ?? 0:00}";
            return new Timex(TimexType.Time, date + time, m.Minute is null ? TimexGranularity.Hour : TimexGranularity.Minute);
        }

        return m.PartOfDay is { } part ? new Timex(TimexType.Time, date + "T" + part, TimexGranularity.PartOfDay) : null;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static string Duration(DurationUnit unit, int? amount)
    {
        string n = amount?.ToString(CultureInfo.InvariantCulture) ?? "X";
        return unit switch
        {
            DurationUnit.Day => $"P{n}D",
            DurationUnit.Week => $"P{n}W",
            DurationUnit.Month => $"P{n}M",
            DurationUnit.Year => $"P{n}Y",
            DurationUnit.Decade => $"P{n}DE",
            DurationUnit.Century => $"P{n}CE",
            DurationUnit.Hour => $"PT{n}H",
            _ => $"PT{n}M",
        };
    }

    private static TimexGranularity Granularity(DurationUnit unit) => unit switch
    {
        DurationUnit.Day => TimexGranularity.Day,
        DurationUnit.Week => TimexGranularity.Week,
        DurationUnit.Month => TimexGranularity.Month,
        DurationUnit.Year => TimexGranularity.Year,
        DurationUnit.Decade => TimexGranularity.Decade,
        DurationUnit.Century => TimexGranularity.Century,
        DurationUnit.Hour => TimexGranularity.Hour,
        _ => TimexGranularity.Minute,
    };

    private static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static string MonthValue(int year, int month) => $"{Year(year)}-{month:00}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(DateOnly date, TimexGranularity granularity) => granularity switch
    {
        TimexGranularity.Year => Year(date.Year),
        TimexGranularity.Month => MonthValue(date.Year, date.Month),
        TimexGranularity.Week => $"{Year(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}",
        _ => Date(date),
    };
}
