namespace ArabicEntities.Text;

/// <summary>The grammatical role of a clitic attached to an Arabic word.</summary>
public enum CliticKind
{
    /// <summary>The conjunctions و (and) and ف (so, then).</summary>
    Conjunction,

    /// <summary>The prepositions ب (with, in), ك (like) and ل (for, to).</summary>
    Preposition,

    /// <summary>The future particle س before an imperfect verb.</summary>
    FutureParticle,

    /// <summary>The definite article ال (written ل after the preposition ل: لل).</summary>
    Article,

    /// <summary>A pronoun suffix: ه ها هم هما هن ك كم كما كن نا ي.</summary>
    Pronoun,
}
