using System.Globalization;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArabicEntities.Cli;

/// <summary>One valid input line of <c>extract --jsonl</c>.</summary>
/// <param name="Text">The document text; output offsets index it.</param>
/// <param name="ReferenceDate">The line's <c>referenceDate</c>, if any.</param>
internal sealed record ExtractRequest(string Text, DateOnly? ReferenceDate);

/// <summary>
/// Parses and validates one input line of <c>extract --jsonl</c>:
/// <c>{"id": string|number (optional), "text": string (required), "referenceDate": "yyyy-MM-dd" (optional)}</c>,
/// other properties ignored.
/// </summary>
/// <remarks>
/// The line is first checked against strict JSON (RFC 8259) with <see cref="Utf8JsonReader"/>, because Newtonsoft's
/// reader also accepts comments, single quotes, unquoted names, <c>NaN</c> and trailing commas; that pass also keeps a
/// numeric id's exact text. The object is then loaded with Newtonsoft (dates left as strings, duplicate property
/// names rejected).
/// </remarks>
internal static class JsonLineParser
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    private const int MaxQuotedLength = 40;

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        LineInfoHandling = LineInfoHandling.Ignore,
        CommentHandling = CommentHandling.Ignore,
    };

    /// <summary>Parses one line.</summary>
    /// <param name="utf8">The line's bytes (valid UTF-8, not blank).</param>
    /// <param name="text">The same line decoded.</param>
    /// <param name="byteOffsetBase">Added to byte positions in messages (the BOM length on line 1).</param>
    /// <param name="request">The request when the line is valid.</param>
    /// <param name="id">The id, when the line is a JSON object with a valid id, even if another field is bad.</param>
    /// <param name="error">What is wrong with the line.</param>
    /// <returns>Whether the line is valid.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, string text, int byteOffsetBase, out ExtractRequest? request, out JsonId id, out string? error)
    {
        request = null;
        id = JsonId.None;
        error = ValidateStrict(utf8, byteOffsetBase, out string? rawNumericId);
        if (error is not null)
        {
            return false;
        }

        JObject document;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                MaxDepth = MaxDepth,
            };
            document = JObject.Load(reader, LoadSettings);
        }
        catch (JsonReaderException e)
        {
            error = "invalid JSON: " + e.Message;
            return false;
        }

        if (document.TryGetValue("id", out JToken? idToken))
        {
            switch (idToken.Type)
            {
                case JTokenType.String:
                    id = new JsonId((string)idToken!, IsNumber: false);
                    break;
                case JTokenType.Integer or JTokenType.Float:
                    id = new JsonId(rawNumericId ?? idToken.ToString(Formatting.None), IsNumber: true);
                    break;
                case JTokenType.Null:
                    break;
                default:
                    error = $"\"id\" must be a string or a number, not {Describe(idToken.Type)}";
                    return false;
            }
        }

        if (!document.TryGetValue("text", out JToken? textToken))
        {
            error = "missing required property \"text\"";
            return false;
        }

        if (textToken.Type != JTokenType.String)
        {
            error = $"\"text\" must be a string, not {Describe(textToken.Type)}";
            return false;
        }

        DateOnly? referenceDate = null;
        if (document.TryGetValue("referenceDate", out JToken? dateToken) && dateToken.Type != JTokenType.Null)
        {
            if (dateToken.Type != JTokenType.String)
            {
                error = $"\"referenceDate\" must be a string in yyyy-MM-dd form, not {Describe(dateToken.Type)}";
                return false;
            }

            string value = (string)dateToken!;
            if (!TryParseDate(value, out DateOnly date))
            {
                error = $"\"referenceDate\" must be a valid date in yyyy-MM-dd form, not {JsonConvert.ToString(JsonOutput.Truncate(value, MaxQuotedLength))}";
                return false;
            }

            referenceDate = date;
        }

        request = new ExtractRequest((string)textToken!, referenceDate);
        return true;
    }

    /// <summary>Parses a date written exactly <c>yyyy-MM-dd</c> (ASCII digits, a real calendar date).</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        date = default;
        return value.Length == 10
            && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3])
            && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6])
            && value[7] == '-' && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9])
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    // Strict RFC 8259 check of the whole line: one JSON object and nothing after it. Returns the error, or null.
    private static string? ValidateStrict(ReadOnlySpan<byte> utf8, int byteOffsetBase, out string? rawNumericId)
    {
        rawNumericId = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        });
        try
        {
            if (!reader.Read())
            {
                return "empty line";
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"the line is not a JSON object (it starts with {Describe(reader.TokenType)})";
            }

            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8)
                    && reader.Read() && reader.TokenType == JsonTokenType.Number)
                {
                    rawNumericId = Encoding.UTF8.GetString(reader.ValueSpan);
                }
            }

            return null;
        }
        catch (System.Text.Json.JsonException e)
        {
            string message = e.Message;
            int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }

            long position = (e.BytePositionInLine ?? reader.BytesConsumed) + byteOffsetBase;
            return $"invalid JSON at byte {position.ToString(CultureInfo.InvariantCulture)} of the line: {message}";
        }
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    private static string Describe(JTokenType type) => type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.String => "a string",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "null",
        _ => type.ToString(),
    };
}
