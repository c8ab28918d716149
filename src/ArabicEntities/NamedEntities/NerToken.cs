using ArabicEntities.Text;

namespace ArabicEntities.NamedEntities;

/// <summary>
/// What the named-entity features know about one token: its normalized form, kind, light-stem split, gazetteer
/// membership and word cluster. Built once per token and shared by the windows of its neighbours.
/// </summary>
internal readonly record struct NerToken(
    string Form,
    TokenKind Kind,
    int ProcliticLength,
    int EncliticLength,
    ulong Gazetteer,
    string? Cluster)
{
    /// <summary>Gets the word's <see cref="EntityMemory"/> code (zero when unknown or unused).</summary>
    public ushort Memory { get; init; }

    /// <summary>Gets the word's <see cref="Clusters.EmbeddingClusters"/> code (zero when unknown or unused).</summary>
    public int Embedding { get; init; }

    /// <summary>Gets the form without its proclitics and enclitic.</summary>
    public ReadOnlySpan<char> Stem => Form.AsSpan(ProcliticLength, Form.Length - ProcliticLength - EncliticLength);

    /// <summary>Gets the proclitics (possibly empty).</summary>
    public ReadOnlySpan<char> Proclitics => Form.AsSpan(0, ProcliticLength);

    /// <summary>Gets the enclitic (possibly empty).</summary>
    public ReadOnlySpan<char> Enclitic => Form.AsSpan(Form.Length - EncliticLength);

    /// <summary>Creates the token description of a normalized form with its light-stem split.</summary>
    public static NerToken Create(string form, TokenKind kind, ulong gazetteer = 0, string? cluster = null, ushort memory = 0, int embedding = 0)
    {
        (int proclitic, int enclitic) = kind == TokenKind.ArabicWord ? LightStemmer.Split(form) : (0, 0);
        return new NerToken(form, kind, proclitic, enclitic, gazetteer, cluster) { Memory = memory, Embedding = embedding };
    }
}
