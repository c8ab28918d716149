using System.Globalization;

namespace ArabicEntities.Cli;

/// <summary>
/// The publication dates of the files of a folder, from a <c>publication-dates.tsv</c> beside them: an optional
/// header line <c>file⇥publicationDate</c>, then one line per file, <c>file-name⇥yyyy-MM-dd</c>.
/// </summary>
internal static class PublicationDates
{
    /// <summary>The file name of the table.</summary>
    public const string FileName = "publication-dates.tsv";

    /// <summary>Reads the table of a folder; empty when there is none.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>File name → date.</returns>
    /// <exception cref="CliInputException">When the table cannot be read or a line is malformed.</exception>
    public static Dictionary<string, DateOnly> Read(string directory)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return dates;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot read '{path}': {e.Message}", e);
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || (i == 0 && line.StartsWith("file\t", StringComparison.Ordinal)))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Length == 0 || !JsonLineParser.TryParseDate(fields[1], out DateOnly date))
            {
                throw new CliInputException($"'{path}' line {(i + 1).ToString(CultureInfo.InvariantCulture)}: expected 'file<TAB>yyyy-MM-dd', not '{line}'");
            }

            dates[fields[0]] = date;
        }

        return dates;
    }
}
