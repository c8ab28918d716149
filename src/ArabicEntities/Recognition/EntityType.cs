namespace ArabicEntities.Recognition;

/// <summary>The kinds of entity the library reports.</summary>
/// <remarks>The names are the JSON contract of <c>arabic-entities extract</c>; they never change.</remarks>
public enum EntityType
{
    /// <summary>A person (ANERcorp PERS).</summary>
    Person,

    /// <summary>A place: country, city, region, geographic feature (ANERcorp LOC).</summary>
    Location,

    /// <summary>An organization: government body, company, party, agency, newspaper (ANERcorp ORG).</summary>
    Organization,

    /// <summary>Other names: events, products, nationalities used as names (ANERcorp MISC).</summary>
    Misc,

    /// <summary>A calendar date or period (TIMEX3 DATE); carries a value.</summary>
    Date,

    /// <summary>A time of day (TIMEX3 TIME); carries a value.</summary>
    Time,

    /// <summary>A duration (TIMEX3 DURATION), such as ثلاثة أشهر → <c>P3M</c>; carries a value.</summary>
    Duration,

    /// <summary>A recurrence (TIMEX3 SET), such as سنويا; carries a value.</summary>
    Set,
}
