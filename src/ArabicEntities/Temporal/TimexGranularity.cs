namespace ArabicEntities.Temporal;

/// <summary>The finest calendar unit a TIMEX3 value specifies (for durations and sets, the unit counted).</summary>
public enum TimexGranularity
{
    /// <summary>A century (<c>18</c> = 1800–1899).</summary>
    Century,

    /// <summary>A decade (<c>199</c> = 1990–1999).</summary>
    Decade,

    /// <summary>A year (<c>2021</c>).</summary>
    Year,

    /// <summary>A month (<c>2021-11</c>).</summary>
    Month,

    /// <summary>An ISO week (<c>2021-W46</c>).</summary>
    Week,

    /// <summary>A day (<c>2021-11-23</c>).</summary>
    Day,

    /// <summary>A part of a day: morning, afternoon, evening, night (<c>2021-11-23TEV</c>).</summary>
    PartOfDay,

    /// <summary>An hour (<c>T15:00</c> when only the hour is given).</summary>
    Hour,

    /// <summary>A minute (<c>T10:30</c>).</summary>
    Minute,
}
