using Newtonsoft.Json;

namespace ArabicEntities.Cli;

/// <summary>An input line's <c>id</c>, kept exactly as written so that it is echoed as given.</summary>
/// <param name="Text">The string value, or the number's JSON text as it appeared on the line; <see langword="null"/> for no id.</param>
/// <param name="IsNumber">Whether <paramref name="Text"/> is a JSON number to write raw.</param>
internal readonly record struct JsonId(string? Text, bool IsNumber)
{
    /// <summary>No id (absent, <c>null</c>, invalid, or the line could not be parsed).</summary>
    public static JsonId None => default;

    /// <summary>Writes the id as a JSON value.</summary>
    public void WriteTo(JsonWriter writer)
    {
        if (Text is null)
        {
            writer.WriteNull();
        }
        else if (IsNumber)
        {
            writer.WriteRawValue(Text);
        }
        else
        {
            JsonOutput.WriteString(writer, Text);
        }
    }
}
