using System.Globalization;
using System.Text;
using ArabicEntities.Recognition;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ArabicEntities.Cli;

/// <summary>The <c>extract --jsonl</c> contract: one JSON line out per line in, in order; a bad line never stops the stream.</summary>
internal sealed class JsonLinesExtractor(EntityPipeline pipeline)
{
    /// <summary>Processes every line; returns the number of lines that failed.</summary>
    public int Run(Stream input, TextWriter output)
    {
        int failed = 0;
        int lineNumber = 0;
        foreach (byte[] line in InputReader.ReadLines(input))
        {
            lineNumber++;
            JToken? id = null;
            try
            {
                string text = InputReader.Decode(line, "the line");
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new InvalidDataException("empty line");
                }

                JObject document = Parse(text);
                id = document["id"];
                if (id is not null && id.Type is not (JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Null))
                {
                    id = null;
                    throw new InvalidDataException("\"id\" must be a string or a number");
                }

                if (document["text"] is not { Type: JTokenType.String } textToken)
                {
                    throw new InvalidDataException("\"text\" is required and must be a string");
                }

                var options = new ExtractionOptions { ReferenceDate = ParseReferenceDate(document["referenceDate"]) };
                ExtractionResult result = pipeline.Extract(textToken.Value<string>()!, options);
                WriteResult(output, id, result);
            }
            catch (Exception e) when (e is InvalidDataException or JsonException)
            {
                failed++;
                WriteError(output, id, lineNumber, e.Message);
            }
        }

        return failed;
    }

    private static JObject Parse(string line)
    {
        using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        JToken token = JToken.ReadFrom(reader);
        if (reader.Read())
        {
            throw new InvalidDataException("unexpected content after the JSON object");
        }

        return token as JObject ?? throw new InvalidDataException("the line is not a JSON object");
    }

    private static DateOnly? ParseReferenceDate(JToken? token)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type == JTokenType.String && DateOnly.TryParseExact(token.Value<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        throw new InvalidDataException("\"referenceDate\" must be a date written YYYY-MM-DD");
    }

    private static void WriteResult(TextWriter output, JToken? id, ExtractionResult result)
    {
        using var json = new JsonTextWriter(output) { CloseOutput = false, Formatting = Formatting.None };
        json.WriteStartObject();
        json.WritePropertyName("id");
        (id ?? JValue.CreateNull()).WriteTo(json);
        json.WritePropertyName("entities");
        json.WriteStartArray();
        foreach (Entity entity in result.Entities)
        {
            json.WriteStartObject();
            json.WritePropertyName("type");
            json.WriteValue(entity.Type.ToString());
            json.WritePropertyName("start");
            json.WriteValue(entity.Span.Start);
            json.WritePropertyName("end");
            json.WriteValue(entity.Span.End);
            json.WritePropertyName("text");
            json.WriteValue(entity.Text);
            json.WritePropertyName("value");
            json.WriteValue(entity.Value);
            json.WritePropertyName("confidence");
            json.WriteValue(entity.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    private static void WriteError(TextWriter output, JToken? id, int lineNumber, string message)
    {
        using var json = new JsonTextWriter(output) { CloseOutput = false, Formatting = Formatting.None };
        json.WriteStartObject();
        json.WritePropertyName("id");
        (id ?? JValue.CreateNull()).WriteTo(json);
        json.WritePropertyName("line");
        json.WriteValue(lineNumber);
        json.WritePropertyName("error");
        json.WriteValue(message);
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    internal static Encoding OutputEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
