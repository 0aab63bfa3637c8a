namespace RegionCount.Experiments;

/// <summary>Where model checkpoints go: outside the repository, $XDG_CACHE_HOME/regioncount or ~/.cache/regioncount.</summary>
public static class CachePaths
{
    public static string Root(string? xdgCacheHome, string home) =>
        Path.Combine(string.IsNullOrWhiteSpace(xdgCacheHome) ? Path.Combine(home, ".cache") : xdgCacheHome, "regioncount");

    /// <summary>The cache root of this process.</summary>
    public static string Default() =>
        Root(Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The checkpoint folder of one run.</summary>
    public static string Checkpoints(string root, string fingerprint) => Path.Combine(root, "checkpoints", fingerprint);
}
