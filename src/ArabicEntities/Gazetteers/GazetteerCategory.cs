namespace ArabicEntities.Gazetteers;

/// <summary>What a gazetteer entry is; an entry can be several things at once (e.g. a city that is also a given name).</summary>
[Flags]
internal enum GazetteerCategory
{
    /// <summary>No category: not in the gazetteer.</summary>
    None = 0,

    /// <summary>A country or territory name or alias (المغرب، الولايات المتحدة).</summary>
    Country = 1 << 0,

    /// <summary>A capital, major city or town (الرباط، الدار البيضاء).</summary>
    City = 1 << 1,

    /// <summary>A state, province, governorate or region (كردستان، الأندلس).</summary>
    Region = 1 << 2,

    /// <summary>A nationality adjective (nisba) in its masculine, feminine, definite and plural forms (الإسرائيلي، المغربية).</summary>
    Nationality = 1 << 3,

    /// <summary>A given (first) name.</summary>
    GivenName = 1 << 4,

    /// <summary>A family (last) name.</summary>
    FamilyName = 1 << 5,

    /// <summary>A full person name of several words (بنيامين نتنياهو).</summary>
    Person = 1 << 6,

    /// <summary>A full organization name (جبهة البوليساريو، منظمة التحرير الفلسطينية).</summary>
    Organization = 1 << 7,

    /// <summary>A title, role or speech verb that precedes person names (الرئيس، وزير، الناطق باسم، قال).</summary>
    PersonTitle = 1 << 8,

    /// <summary>A head noun that starts organization names (وزارة، جامعة، حزب، جبهة).</summary>
    OrganizationHead = 1 << 9,

    /// <summary>A noun that precedes place names (مدينة، محافظة، عاصمة).</summary>
    LocationCue = 1 << 10,

    /// <summary>
    /// A place name from a weaker list that the news mostly uses as an ordinary word (الداخلة, the Dakhla region but also
    /// "the inner"; الثورة, Al-Thawra but also "the revolution"): a place only right after a place cue (ساحل الداخلة).
    /// </summary>
    AmbiguousPlace = 1 << 11,

    /// <summary>
    /// A noun that introduces the quoted title of a work or product (برنامج، فيلم، رواية، بعنوان، تطبيق): a quoted name right
    /// after it is a MISC name, as a quoted name right after an organization head is an organization (صحيفة "معاريف").
    /// </summary>
    TitleCue = 1 << 12,
}
