namespace RegionCount.Reports.Snapshots;

/// <summary>Finds the repository root (the folder holding RegionCount.sln) from the running assembly upwards.</summary>
public static class RepositoryRoot
{
    public const string Variable = "REGIONCOUNT_ROOT";

    /// <exception cref="DirectoryNotFoundException">No RegionCount.sln above the start folder.</exception>
    public static string Find(string? start = null)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        var folder = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        for (; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RegionCount.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"repository root: no RegionCount.sln above {start ?? AppContext.BaseDirectory} (set {Variable})");
    }
}
