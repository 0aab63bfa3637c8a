using System.Security.Cryptography;

namespace RegionCount.Data;

/// <summary>
/// Names the exact data a run read: the SHA-256 of every source file, in the `sha256sum` layout ("hash  name",
/// joined by "; "), so a record can be checked against a copy's SHA256SUMS (e.g. the JPEG-decoded CIFAR-10 copy's).
/// </summary>
public static class DatasetIdentity
{
    /// <summary>The key of the entry in a run record's environment.</summary>
    public const string RecordKey = "dataset.sha256";

    /// <summary>"hash  file; hash  file; …" for <paramref name="files"/> (file names without folders), or
    /// "none (generated or shipped in the assembly)" when there are none.</summary>
    public static string Describe(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return "none (generated or shipped in the assembly)";
        }
        return string.Join("; ", files.Select(f => $"{Sha256(f)}  {Path.GetFileName(f)}"));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
