using RegionCount.NativeCompat;

namespace RegionCount.Runtime;

/// <summary>What the build's native compatibility step did, and the state of the library it acted on.</summary>
/// <param name="BuildOutcome">The build's record (patched, already-weak, host-provides, ...), or null if absent.</param>
/// <param name="HostProvidesVersion">Whether the host's libstdc++ defines the version; null if not found.</param>
/// <param name="RequirementWeak">Whether the output copy's requirement is weak; null if the library is absent.</param>
public sealed record NativeCompatStatus(string? BuildOutcome, bool? HostProvidesVersion, bool? RequirementWeak)
{
    public const string Version = "GLIBCXX_3.4.32";
    public const string Provider = "libstdc++.so.6";
    public const string Library = "libLibTorchSharp.so";

    /// <summary>Reads the status for the libraries beside <paramref name="baseDirectory"/>.</summary>
    public static NativeCompatStatus Read(string baseDirectory)
    {
        string marker = Path.Combine(baseDirectory, "regioncount.nativecompat.txt");
        string? outcome = File.Exists(marker) ? File.ReadAllText(marker).Trim() : null;

        string? host = ElfVersionNeeds.FindHostLibrary(Provider, Environment.GetEnvironmentVariable("LD_LIBRARY_PATH"));
        bool? provides = host is null ? null : ElfVersionNeeds.ReadDefinitions(File.ReadAllBytes(host), host).Contains(Version);

        string library = Path.Combine(baseDirectory, Library);
        bool? weak = null;
        if (File.Exists(library))
        {
            var need = ElfVersionNeeds.ReadNeeds(File.ReadAllBytes(library), library)
                .FirstOrDefault(n => n.File == Provider && n.Name == Version);
            weak = need?.IsWeak;
        }
        return new NativeCompatStatus(outcome, provides, weak);
    }

    /// <summary>One line for `regioncount info`.</summary>
    public string Describe()
    {
        string host = HostProvidesVersion switch
        {
            true => $"host {Provider} defines {Version}",
            false => $"host {Provider} lacks {Version}",
            null => $"host {Provider} not found",
        };
        string library = RequirementWeak switch
        {
            true => $"{Library} needs it weakly (compatibility step applied)",
            false => $"{Library} needs it strictly (untouched)",
            null => $"{Library} has no such need or is absent",
        };
        return $"{host}; {library}; build step: {BuildOutcome ?? "not run"}";
    }
}
