using System.Globalization;

namespace ArabicEntities.Timeline;

/// <summary>The calendar period a resolved TIMEX3 date value covers, first and last day inclusive.</summary>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day.</param>
internal readonly record struct TimexPeriod(DateOnly First, DateOnly Last)
{
    /// <summary>The number of days covered.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Reads a date value (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, <c>YYY</c>, <c>YY</c>, <c>YYYY-Www</c>, with an optional <c>T…</c> time, or an interval <c>A/B</c>).</summary>
    /// <param name="value">The TIMEX3 value.</param>
    /// <param name="period">The period.</param>
    /// <returns><see langword="false"/> for unresolved values (with <c>X</c>), bare clock times, durations and anything else.</returns>
    public static bool TryParse(string value, out TimexPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(value) || value.Contains('X', StringComparison.Ordinal))
        {
            return false;
        }

        int slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (TryParseDate(value.AsSpan(0, slash), out TimexPeriod a) && TryParseDate(value.AsSpan(slash + 1), out TimexPeriod b) && a.First <= b.Last)
            {
                period = new TimexPeriod(a.First, b.Last);
                return true;
            }

            return false;
        }

        return TryParseDate(value, out period);
    }

    private static bool TryParseDate(ReadOnlySpan<char> value, out TimexPeriod period)
    {
        period = default;
        int t = value.IndexOf('T');
        if (t == 0)
        {
            return false;
        }

        if (t > 0)
        {
            value = value[..t];
        }

        CultureInfo inv = CultureInfo.InvariantCulture;
        try
        {
            switch (value.Length)
            {
                case 2 when int.TryParse(value, NumberStyles.None, inv, out int century) && century > 0:
                    period = new TimexPeriod(new DateOnly(century * 100, 1, 1), new DateOnly((century * 100) + 99, 12, 31));
                    return true;
                case 3 when int.TryParse(value, NumberStyles.None, inv, out int decade) && decade > 0:
                    period = new TimexPeriod(new DateOnly(decade * 10, 1, 1), new DateOnly((decade * 10) + 9, 12, 31));
                    return true;
                case 4 when int.TryParse(value, NumberStyles.None, inv, out int year) && year > 0:
                    period = new TimexPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                    return true;
                case 7 when value[4] == '-' && int.TryParse(value[..4], NumberStyles.None, inv, out int y) && int.TryParse(value[5..], NumberStyles.None, inv, out int m) && y > 0 && m is >= 1 and <= 12:
                    var first = new DateOnly(y, m, 1);
                    period = new TimexPeriod(first, first.AddMonths(1).AddDays(-1));
                    return true;
                case 8 when value[4] == '-' && value[5] == 'W' && int.TryParse(value[..4], NumberStyles.None, inv, out int wy) && int.TryParse(value[6..], NumberStyles.None, inv, out int w) && wy > 0 && w is >= 1 and <= 53:
                    var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, w, DayOfWeek.Monday));
                    period = new TimexPeriod(monday, monday.AddDays(6));
                    return true;
                case 10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", inv, DateTimeStyles.None, out DateOnly day):
                    period = new TimexPeriod(day, day);
                    return true;
                default:
                    return false;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
