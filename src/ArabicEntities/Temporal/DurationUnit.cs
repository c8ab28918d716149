namespace ArabicEntities.Temporal;

/// <summary>The units durations are counted in, with their TIMEX3 designators.</summary>
internal enum DurationUnit
{
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
}
