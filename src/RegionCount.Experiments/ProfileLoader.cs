using System.Text.Json;

namespace RegionCount.Experiments;

/// <summary>Reads profiles (built-in ones from embedded resources, user ones by path) and validates them.</summary>
public static class ProfileLoader
{
    private const string ResourcePrefix = "RegionCount.Experiments.Profiles.";

    /// <summary>The built-in profile names: smoke (the default), cpu, cifar-cpu, paper, and paper-dry (derived from paper in
    /// code: <see cref="DryProfile"/>).</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = ["smoke", "cpu", "cifar-cpu", "paper", DryProfile.Name];

    public const string DefaultProfile = "smoke";

    /// <summary>A built-in name or a path to a JSON file; parsed and validated (data files through <paramref name="data"/>,
    /// skipped when null; the claims section through <paramref name="claims"/>, which knows the claims and their
    /// thresholds: RegionCount.Reports.Claims.ClaimCatalog.Validate).</summary>
    /// <exception cref="ProfileException">Every problem found.</exception>
    public static Profile Load(string nameOrPath, IDataAvailability? data = null, Func<Profile, IReadOnlyList<ProfileProblem>>? claims = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        var profile = nameOrPath == DryProfile.Name ? LoadDry() : ParseNamedOrFile(nameOrPath);
        var problems = ProfileValidator.Validate(profile, data).Concat(claims?.Invoke(profile) ?? []).ToList();
        return problems.Count == 0 ? profile : throw new ProfileException(problems);
    }

    private static Profile ParseNamedOrFile(string nameOrPath)
    {
        var (json, source) = BuiltInNames.Contains(nameOrPath) ? (ReadBuiltIn(nameOrPath), $"builtin:{nameOrPath}") : ReadFile(nameOrPath);
        return Parse(json, source);
    }

    /// <summary>paper-dry: the paper profile, validated as itself (a problem in it is reported against it, not hidden by
    /// the cut), then derived.</summary>
    private static Profile LoadDry()
    {
        var paper = ParseNamedOrFile(DryProfile.SourceProfile);
        var problems = ProfileValidator.Validate(paper);
        return problems.Count == 0 ? DryProfile.Derive(paper) : throw new ProfileException(problems);
    }

    /// <summary>Parses without validating; a JSON error becomes a problem naming the file, line and path, and so does the
    /// first name that is not one of its enum's (an unknown probe kind, optimizer, measure, ...: <see cref="JsonNames"/>).</summary>
    /// <exception cref="ProfileException">The text is not a profile.</exception>
    public static Profile Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var profile = JsonSerializer.Deserialize<Profile>(json, ExperimentJson.Options)
                ?? throw new ProfileException([new ProfileProblem(source, "$", "the file holds null, not a profile")]);
            return profile with { Source = source };
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $" (line {line + 1})" : "";
            string message = e.Message.Split('\n')[0];
            throw new ProfileException([new ProfileProblem(source, e.Path ?? "$",
                e is JsonNames.UnknownNameException ? message + where : $"not valid profile JSON{where}: {message}")]);
        }
    }

    /// <summary>The JSON text of a built-in profile.</summary>
    public static string ReadBuiltIn(string name)
    {
        using var stream = typeof(ProfileLoader).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new ProfileException([new ProfileProblem($"builtin:{name}", "$",
                $"no built-in profile '{name}' (built-in: {string.Join(", ", BuiltInNames)})")]);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static (string Json, string Source) ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ProfileException([new ProfileProblem(path, "$",
                $"no such profile file (built-in profiles: {string.Join(", ", BuiltInNames)})")]);
        }
        return (File.ReadAllText(path), Path.GetFullPath(path));
    }
}
