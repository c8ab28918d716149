using System.Text;

namespace ArabicEntities.Training;

/// <summary>One sentence of a CoNLL file: words, their BIO tags, and the index of its document (counted from 0 by <c>-DOCSTART-</c> lines; −1 before the first such line, so in files without them).</summary>
internal sealed record ConllSentence(string[] Words, string[] Tags, int Document = -1);

/// <summary>Reads CoNLL files (<c>word TAG</c> per line, a blank line between sentences), as ANERcorp and AQMAR ship them.</summary>
internal static class ConllCorpus
{
    /// <summary>Reads every sentence of a file; the tag is the last whitespace-separated column (the first one after the word for nested files).</summary>
    public static List<ConllSentence> Read(string path, int tagColumn = -1)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int document = -1;
        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                document++;
                continue;
            }

            string[] fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            words.Add(fields[0]);
            tags.Add(fields[tagColumn < 0 ? fields.Length - 1 : Math.Min(tagColumn, fields.Length - 1)]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags], document));
                words.Clear();
                tags.Clear();
            }
        }
    }
}
