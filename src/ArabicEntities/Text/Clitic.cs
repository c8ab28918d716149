namespace ArabicEntities.Text;

/// <summary>A clitic found on an Arabic word.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Kind">Its grammatical role.</param>
/// <param name="Form">Its canonical normalized form (ال for the article even where only ل is written, as in للرباط).</param>
/// <param name="Span">Where it is written: in the original text for <see cref="CliticAnalyzer.Analyze(Token, NormalizedText)"/>,
/// in the analysed word for <see cref="CliticAnalyzer.Analyze(string)"/>.</param>
public sealed record Clitic(CliticKind Kind, string Form, TextSpan Span);
