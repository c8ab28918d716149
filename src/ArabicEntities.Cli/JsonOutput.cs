using System.Globalization;
using System.Text;
using ArabicEntities.Recognition;
using Newtonsoft.Json;

namespace ArabicEntities.Cli;

/// <summary>
/// Writes the <c>extract</c> output: one compact JSON object per line, non-ASCII characters written literally
/// (Newtonsoft's default escaping: only <c>"</c>, <c>\</c>, control characters, U+0085, U+2028 and U+2029 are
/// escaped), and lone surrogates written as <c>\uXXXX</c> escapes so that they survive UTF-8 output.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The longest error message written; longer ones (quoting huge input) are cut.</summary>
    public const int MaxErrorLength = 500;

    /// <summary>Writes <c>{"id": ..., "entities": [...]}</c> and a <c>\n</c>.</summary>
    public static void WriteResult(TextWriter output, JsonId id, IReadOnlyList<Entity> entities)
    {
        using var json = CreateWriter(output);
        json.WriteStartObject();
        json.WritePropertyName("id");
        id.WriteTo(json);
        json.WritePropertyName("entities");
        json.WriteStartArray();
        foreach (Entity entity in entities)
        {
            json.WriteStartObject();
            json.WritePropertyName("type");
            json.WriteValue(entity.Type.ToString());
            json.WritePropertyName("start");
            json.WriteValue(entity.Span.Start);
            json.WritePropertyName("end");
            json.WriteValue(entity.Span.End);
            json.WritePropertyName("text");
            WriteString(json, entity.Text);
            json.WritePropertyName("value");
            WriteString(json, entity.Value);
            json.WritePropertyName("confidence");
            json.WriteValue(entity.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    /// <summary>Writes <c>{"id": ..., "line": n, "error": "..."}</c> and a <c>\n</c>.</summary>
    public static void WriteError(TextWriter output, JsonId id, long lineNumber, string message)
    {
        using var json = CreateWriter(output);
        json.WriteStartObject();
        json.WritePropertyName("id");
        id.WriteTo(json);
        json.WritePropertyName("line");
        json.WriteValue(lineNumber);
        json.WritePropertyName("error");
        WriteString(json, Truncate(message, MaxErrorLength));
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    /// <summary>Writes a JSON string (or <c>null</c>), escaping lone surrogates, which UTF-8 cannot carry.</summary>
    public static void WriteString(JsonWriter writer, string? value)
    {
        if (value is null || value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || !HasLoneSurrogate(value))
        {
            writer.WriteValue(value);
            return;
        }

        // JsonConvert.ToString escapes exactly as the writer does and never creates surrogates, so the lone ones
        // in its result are the value's.
        string quoted = JsonConvert.ToString(value);
        var escaped = new StringBuilder(quoted.Length + 16);
        for (int i = 0; i < quoted.Length; i++)
        {
            char c = quoted[i];
            if (char.IsHighSurrogate(c) && i + 1 < quoted.Length && char.IsLowSurrogate(quoted[i + 1]))
            {
                escaped.Append(c).Append(quoted[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        writer.WriteRawValue(escaped.ToString());
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> code units plus an ellipsis, never inside a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        int cut = char.IsLowSurrogate(text[max]) && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static JsonTextWriter CreateWriter(TextWriter output) => new(output)
    {
        CloseOutput = false,
        Formatting = Formatting.None,
        StringEscapeHandling = StringEscapeHandling.Default,
        Culture = CultureInfo.InvariantCulture,
    };

    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
