namespace ArabicEntities.Temporal;

/// <summary>What kind of expression a <see cref="TemporalMeaning"/> is.</summary>
internal enum MeaningKind
{
    /// <summary>A calendar date, possibly partial: year, month, day (and a weekday as a check), or a relative year/month.</summary>
    Calendar,

    /// <summary>A unit shifted from the anchor: أمس (day −1), العام الماضي (year −1), قبل ثلاثة أيام (day −3).</summary>
    Relative,

    /// <summary>A weekday, resolved by direction or tense.</summary>
    Weekday,

    /// <summary>The n-th (or last) weekday of a month: ثالث ثلاثاء من أيلول.</summary>
    NthWeekdayOfMonth,

    /// <summary>The last day of a month.</summary>
    LastDayOfMonth,

    /// <summary>A decade (التسعينيات → 199).</summary>
    Decade,

    /// <summary>A century (القرن التاسع عشر → 18).</summary>
    Century,

    /// <summary>A duration (ثلاثة أشهر → P3M).</summary>
    Duration,

    /// <summary>A recurrence (سنويا → P1Y).</summary>
    Set,

    /// <summary>An interval between two expressions (2000-2005).</summary>
    Range,

    /// <summary>A clock time or a part of day, on an optional date.</summary>
    TimeOfDay,
}

/// <summary>Where a weekday or a month without a year lies relative to the anchor.</summary>
internal enum Direction
{
    /// <summary>Not said: the nearest occurrence.</summary>
    Unknown,

    /// <summary>الماضي: strictly before the anchor.</summary>
    Past,

    /// <summary>المقبل: strictly after the anchor.</summary>
    Future,

    /// <summary>هذا، الحالي: in the anchor's week, or the next one on or after it.</summary>
    This,

    /// <summary>A past-tense verb governs it: on or before the anchor.</summary>
    PastTense,

    /// <summary>An imperfect or future verb governs it: on or after the anchor.</summary>
    FutureTense,
}

/// <summary>The parsed meaning of a temporal expression, before it is resolved against an anchor.</summary>
/// <remarks>Immutable.</remarks>
internal sealed record TemporalMeaning(MeaningKind Kind)
{
    public int? Year { get; init; }

    /// <summary>A year relative to the anchor's (السنة القادمة → +1), when <see cref="Year"/> is not written.</summary>
    public int? YearOffset { get; init; }

    public int? Month { get; init; }

    /// <summary>A month relative to the anchor's (من هذا الشهر → 0), when <see cref="Month"/> is not written.</summary>
    public int? MonthOffset { get; init; }

    public int? Day { get; init; }

    /// <summary>Whether <see cref="Month"/> is a Hijri month whose year is not written (رمضان الماضي is not; في شهر رمضان is).</summary>
    public bool Hijri { get; init; }

    /// <summary>The ISO weekday (1 = Monday … 7 = Sunday) of a weekday expression, or the one written beside a date.</summary>
    public int? IsoWeekday { get; init; }

    /// <summary>The week, relative to the anchor's, a weekday lies in (ثلاثاء الأسبوع الماضي → −1).</summary>
    public int? WeekOffset { get; init; }

    public Direction Direction { get; init; }

    /// <summary>For <see cref="MeaningKind.Relative"/>, the unit shifted; for durations and sets, the unit counted.</summary>
    public DurationUnit Unit { get; init; }

    /// <summary>For <see cref="MeaningKind.Relative"/>, how many units; for durations, the count (null: unspecified, <c>X</c>).</summary>
    public int? Amount { get; init; }

    /// <summary>For relative expressions, the granularity of the resolved value (قبل أسبوع → a day).</summary>
    public TimexGranularity? OutputGranularity { get; init; }

    /// <summary>For <see cref="MeaningKind.NthWeekdayOfMonth"/>, 1–5, or −1 for the last.</summary>
    public int Nth { get; init; }

    /// <summary>For decades (199) and centuries (18), the TIMEX3 value digits; or a decade/century relative to the anchor's when <see cref="Relative"/>.</summary>
    public int Digits { get; init; }

    /// <summary>Whether <see cref="Digits"/> is an offset from the anchor's century (القرن الماضي → −1).</summary>
    public bool Relative { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    /// <summary>The TIMEX3 part-of-day code (MO, AF, EV, NI).</summary>
    public string? PartOfDay { get; init; }

    /// <summary>The date a time is on, or the month of an n-th weekday.</summary>
    public TemporalMeaning? Base { get; init; }

    /// <summary>The end of a <see cref="MeaningKind.Range"/> (this meaning's <see cref="Base"/> is the start).</summary>
    public TemporalMeaning? RangeEnd { get; init; }

    public TimexMod? Mod { get; init; }

    /// <summary>Whether the expression was written with a full calendar date (used as the anchor in narrative mode).</summary>
    public bool IsExplicit => Kind == MeaningKind.Calendar && Year is not null && YearOffset is null && MonthOffset is null;
}
