using System.Globalization;

namespace ArabicEntities.Temporal;

/// <summary>
/// Hijri → Gregorian conversion with .NET's <see cref="UmAlQuraCalendar"/> (1318–1500 AH) and the tabular
/// <see cref="HijriCalendar"/> outside that range.
/// </summary>
/// <remarks>The calendars are used read-only; thread-safe.</remarks>
internal static class HijriDates
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    /// <summary>Converts a Hijri date to the Gregorian calendar.</summary>
    public static bool TryToGregorian(int year, int month, int day, out DateOnly date)
    {
        date = default;
        Calendar calendar = For(year);
        if (year < 1 || year > 9665 || month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        try
        {
            if (day > calendar.GetDaysInMonth(year, month))
            {
                return false;
            }

            date = DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The Gregorian first and last days of a Hijri month.</summary>
    public static bool TryMonthToGregorian(int year, int month, out DateOnly first, out DateOnly last)
    {
        last = default;
        if (!TryToGregorian(year, month, 1, out first))
        {
            return false;
        }

        try
        {
            return TryToGregorian(year, month, For(year).GetDaysInMonth(year, month), out last);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The Gregorian years in which a Hijri year begins and ends.</summary>
    public static bool TryYearToGregorian(int year, out int firstYear, out int lastYear)
    {
        firstYear = lastYear = 0;
        if (!TryMonthToGregorian(year, 1, out DateOnly first, out _) || !TryMonthToGregorian(year, 12, out _, out DateOnly last))
        {
            return false;
        }

        firstYear = first.Year;
        lastYear = last.Year;
        return true;
    }

    /// <summary>The Hijri year and month a Gregorian date falls in.</summary>
    public static bool TryFromGregorian(DateOnly date, out int year, out int month)
    {
        year = month = 0;
        DateTime time = date.ToDateTime(TimeOnly.MinValue);
        Calendar calendar = time >= UmAlQura.MinSupportedDateTime && time <= UmAlQura.MaxSupportedDateTime ? UmAlQura : Tabular;
        try
        {
            year = calendar.GetYear(time);
            month = calendar.GetMonth(time);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static Calendar For(int year) => year is >= 1318 and <= 1500 ? UmAlQura : Tabular;
}
