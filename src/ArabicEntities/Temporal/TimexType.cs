namespace ArabicEntities.Temporal;

/// <summary>The TIMEX3 type of a temporal expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: a day, week, month, year, decade, century, or an interval of them.</summary>
    Date,

    /// <summary>A time of day, possibly on a date (<c>2021-11-23T10:30</c>, <c>T15:00</c>, <c>2021-11-23TEV</c>).</summary>
    Time,

    /// <summary>A length of time (<c>P3M</c>, <c>P2W</c>).</summary>
    Duration,

    /// <summary>A recurrence (<c>سنويا</c> → <c>P1Y</c>).</summary>
    Set,
}
