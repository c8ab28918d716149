using ArabicEntities.Recognition;
using ArabicEntities.Temporal;

namespace ArabicEntities.Tests.Temporal;

/// <summary>Shared helpers: the shared data folder and a compact rendering of the recognizer's output.</summary>
internal static class TemporalTestData
{
    /// <summary>The shared data folder: ARABICENTITIES_DATA, or ../shared/data beside the repository root.</summary>
    public static string DataDirectory
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("ARABICENTITIES_DATA");
            return !string.IsNullOrEmpty(fromEnvironment) ? fromEnvironment : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        }
    }

    /// <summary>The folder holding ArabicEntities.sln, found from the working directory, the test binaries or this source file.</summary>
    public static string RepositoryRoot => FindRoot();

    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (DirectoryInfo? dir = start.Length == 0 ? null : new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArabicEntities.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("No ArabicEntities.sln above the working directory, the test binaries or the test sources.");
    }

    public static IReadOnlyList<Entity> Find(string text, DateOnly? reference = null, TemporalRecognizer? recognizer = null) =>
        (recognizer ?? TemporalRecognizer.Default).Recognize(text, reference);

    /// <summary>"text=value" for each entity, in order.</summary>
    public static string[] Render(IEnumerable<Entity> entities) => [.. entities.Select(e => $"{e.Text}={e.Value}")];
}
