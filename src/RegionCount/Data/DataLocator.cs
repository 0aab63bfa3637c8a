namespace RegionCount.Data;

/// <summary>
/// Finds dataset folders: an explicit --data-dir first, then $REGIONCOUNT_DATA, then the standard places
/// (Debian's dataset packages install under /usr/share/datasets). Nothing is ever downloaded.
/// </summary>
public sealed class DataLocator
{
    public const string EnvironmentVariable = "REGIONCOUNT_DATA";

    private static readonly string[] StandardRoots = ["/usr/share/datasets", "/usr/local/share/datasets"];

    public DataLocator(string? dataDir, string? environmentValue)
    {
        var roots = new List<string>();
        if (!string.IsNullOrWhiteSpace(dataDir))
        {
            roots.Add(dataDir);
        }
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            roots.Add(environmentValue);
        }
        roots.AddRange(StandardRoots);
        Roots = roots;
    }

    /// <summary>The roots searched, in order.</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <summary>A locator for this process: --data-dir (may be null) and the environment variable.</summary>
    public static DataLocator FromEnvironment(string? dataDir) =>
        new(dataDir, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The folder holding <paramref name="kind"/>, or null.</summary>
    public string? Find(DatasetKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        foreach (var root in Roots)
        {
            // A root may be the dataset folder itself or hold it under one of its usual names.
            foreach (var folder in kind.Folders.Select(f => Path.Combine(root, f)).Prepend(root))
            {
                if (kind.MarkerFiles.All(m => File.Exists(Path.Combine(folder, m)) || File.Exists(Path.Combine(folder, m + ".gz")))
                    && kind.MarkerFolders.All(m => Directory.Exists(Path.Combine(folder, m))))
                {
                    return Path.GetFullPath(folder);
                }
            }
        }
        return null;
    }

    /// <summary>The folder holding <paramref name="kind"/>, or an error that names every place searched.</summary>
    /// <exception cref="DirectoryNotFoundException">The dataset is in none of the roots.</exception>
    public string Require(DatasetKind kind) =>
        Find(kind) ?? throw new DirectoryNotFoundException(
            $"dataset {kind.Name}: not found; looked for {string.Join(", ", kind.Markers)} under " +
            $"{string.Join(", ", Roots)} (set --data-dir or {EnvironmentVariable})");
}
