namespace ArabicEntities.Temporal;

/// <summary>The TIMEX3 <c>mod</c> attribute: which part of the period the text means; the value stays the whole period.</summary>
public enum TimexMod
{
    /// <summary>The beginning (أوائل، مطلع، بداية).</summary>
    Start,

    /// <summary>The middle (منتصف).</summary>
    Mid,

    /// <summary>The end (أواخر، نهاية).</summary>
    End,
}
