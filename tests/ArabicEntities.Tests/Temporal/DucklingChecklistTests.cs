using System.Globalization;
using System.Text.Json;
using ArabicEntities.Recognition;
using ArabicEntities.Temporal;
using Xunit.Abstractions;

namespace ArabicEntities.Tests.Temporal;

/// <summary>
/// Duckling's Arabic time corpus (../shared/data/calendar/duckling-ar-time-checklist.json) as a checklist.
/// Supported categories: points of grain Day, Week, Month, Year, Hour and Minute, and day intervals. Left out:
/// grain Second (now, hh:mm:ss), holidays, and week/hour/second intervals. Duckling's values are mapped to
/// TIMEX3: Day → YYYY-MM-DD, Week → YYYY-Www, Month → YYYY-MM, Year → YYYY, Hour/Minute → THH:MM on the
/// reference day (our time-only values carry no date), day intervals [from, to) → from/(to − 1 day). A value
/// with a TIMEX3 mod matches a day or interval inside that part of the period (START days 1–10, MID 11–20, END
/// 21–end), which is how Duckling spells أوائل/منتصف/أواخر.
/// </summary>
public class DucklingChecklistTests(ITestOutputHelper output)
{
    private static readonly DateOnly Reference = new(2013, 2, 12);

    [Fact]
    public void Checklist_SupportedCategories_AtLeast90PercentResolve()
    {
        string path = Path.Combine(TemporalTestData.DataDirectory, "calendar", "duckling-ar-time-checklist.json");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        int total = 0;
        int passed = 0;
        int excluded = 0;
        var failures = new List<string>();
        foreach (JsonElement example in json.RootElement.GetProperty("examples").EnumerateArray())
        {
            string kind = example.GetProperty("kind").GetString()!;
            string grain = example.GetProperty("grain").GetString()!;
            string? expected = Expected(kind, grain, example.GetProperty("value"));
            foreach (JsonElement phrase in example.GetProperty("phrases").EnumerateArray())
            {
                if (expected is null)
                {
                    excluded++;
                    continue;
                }

                total++;
                string text = phrase.GetString()!;
                Entity? found = TemporalTestData.Find(text, Reference).OrderByDescending(e => e.Span.Length).FirstOrDefault();
                if (found is not null && Matches(found, expected))
                {
                    passed++;
                }
                else
                {
                    failures.Add($"{text}\texpected {expected}\tgot {(found is null ? "nothing" : $"{found.Text}={found.Value} {found.Timex?.Mod}")}");
                }
            }
        }

        double rate = (double)passed / total;
        output.WriteLine($"{passed}/{total} supported phrases resolve ({rate:P1}); {excluded} phrases in unsupported categories");
        foreach (string failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(rate >= 0.90, $"{passed}/{total} = {rate:P1}");
    }

    private static string? Expected(string kind, string grain, JsonElement value)
    {
        if (kind == "datetime")
        {
            DateTime t = DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture);
            return grain switch
            {
                "Day" => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "Week" => $"{ISOWeek.GetYear(t):0000}-W{ISOWeek.GetWeekOfYear(t):00}",
                "Month" => t.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                "Year" => t.ToString("yyyy", CultureInfo.InvariantCulture),
                "Hour" or "Minute" => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                _ => null,
            };
        }

        if (kind == "datetimeInterval" && grain == "Day")
        {
            DateTime from = DateTime.Parse(value.GetProperty("from").GetString()!, CultureInfo.InvariantCulture);
            DateTime to = DateTime.Parse(value.GetProperty("to").GetString()!, CultureInfo.InvariantCulture).AddDays(-1);
            return $"{from:yyyy-MM-dd}/{to:yyyy-MM-dd}";
        }

        return null;
    }

    private static bool Matches(Entity entity, string expected)
    {
        string value = entity.Value ?? string.Empty;
        if (value == expected)
        {
            return true;
        }

        // Time-only values are on the reference day.
        if (value.StartsWith('T') && expected.EndsWith(value, StringComparison.Ordinal) && expected.StartsWith(Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return true;
        }

        if (entity.Timex?.Mod is { } mod && value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly month))
        {
            int days = DateTime.DaysInMonth(month.Year, month.Month);
            (int first, int last) = mod switch
            {
                TimexMod.Start => (1, 10),
                TimexMod.Mid => (11, 20),
                _ => (21, days),
            };
            string[] parts = expected.Split('/');
            return parts.All(p => DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
                && d.Year == month.Year && d.Month == month.Month && d.Day >= first && d.Day <= last);
        }

        return false;
    }
}
