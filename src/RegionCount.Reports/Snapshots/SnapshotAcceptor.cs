namespace RegionCount.Reports.Snapshots;

/// <summary>Accepts received snapshots: every *.received.md under a folder becomes its *.verified.md.</summary>
public static class SnapshotAcceptor
{
    /// <returns>The verified files written.</returns>
    public static IReadOnlyList<string> AcceptAll(string expectedRoot, string? profile = null)
    {
        var root = profile is null ? expectedRoot : Path.Combine(expectedRoot, profile);
        if (!Directory.Exists(root))
        {
            return [];
        }
        var accepted = new List<string>();
        foreach (var received in Directory.EnumerateFiles(root, "*.received.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var verified = received[..^".received.md".Length] + ".verified.md";
            File.Move(received, verified, overwrite: true);
            accepted.Add(verified);
        }
        return accepted;
    }
}
