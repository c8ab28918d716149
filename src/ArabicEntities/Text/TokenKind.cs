namespace ArabicEntities.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>A run of Arabic-script letters (with any marks left by normalization), clitics still attached.</summary>
    ArabicWord,

    /// <summary>A Latin-script word; digits that follow its letters stay in it (<c>F35</c>, <c>G20</c>).</summary>
    LatinWord,

    /// <summary>A word in another script (Hebrew, Cyrillic, CJK, …).</summary>
    OtherWord,

    /// <summary>Digits, with internal decimal or thousands separators between digits (<c>3.5</c>, <c>1,000</c>).</summary>
    Number,

    /// <summary>One punctuation mark, or a run of the same mark (<c>...</c>, <c>!!</c>, <c>؟؟</c>).</summary>
    Punctuation,

    /// <summary>A symbol (<c>$</c>, <c>+</c>, emoji, other numeric signs) or an unpaired surrogate.</summary>
    Symbol,

    /// <summary>A web address starting with <c>http://</c>, <c>https://</c> or <c>www.</c>.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}
