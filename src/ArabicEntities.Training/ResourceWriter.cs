using System.IO.Compression;
using System.Text;

namespace ArabicEntities.Training;

/// <summary>Writes the library's gzip'd text resources the same way everywhere: UTF-8 without BOM, '\n' line ends, smallest size.</summary>
internal static class ResourceWriter
{
    /// <summary>Creates (or replaces) a gzip'd text file, creating its folder; disposing the writer closes the file.</summary>
    /// <param name="path">The file.</param>
    public static StreamWriter Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new StreamWriter(new GZipStream(File.Create(path), CompressionLevel.SmallestSize), new UTF8Encoding(false)) { NewLine = "\n" };
    }
}
