namespace ArabicEntities.Training;

/// <summary>Finds the repository root (the folder holding <c>ArabicEntities.sln</c>) and the shared data folder.</summary>
internal static class TrainingPaths
{
    /// <summary>Gets the repository root, searched upwards from the current directory and then from the tool's own folder.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Gets the shared data folder: <c>ARABICENTITIES_DATA</c> when set, otherwise <c>../shared/data</c> beside the repository.</summary>
    public static string DataDirectory
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("ARABICENTITIES_DATA");
            return !string.IsNullOrEmpty(fromEnvironment)
                ? fromEnvironment
                : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        }
    }

    /// <summary>Gets the path of a file under the shared data folder, failing clearly when it is missing.</summary>
    public static string Data(params string[] relative)
    {
        string path = Path.Combine([DataDirectory, .. relative]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Shared data not found: {path}. Set ARABICENTITIES_DATA or place ../shared/data beside the repository.", path);
    }

    /// <summary>
    /// Gets a corpus path as a user gives it: an existing file as is, otherwise a path under the shared data folder
    /// written with forward slashes (<c>anercorp/dev10.txt</c>).
    /// </summary>
    public static string Corpus(string path) => File.Exists(path) ? Path.GetFullPath(path) : Data(path.Split('/'));

    /// <summary>Gets a path under the repository root.</summary>
    public static string Repository(params string[] relative) => Path.Combine([RepositoryRoot, .. relative]);

    private static string FindRepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ArabicEntities.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run the training tool from inside the ArabicEntities repository (no ArabicEntities.sln found above the current directory).");
    }
}
