namespace RegionCount.Experiments;

/// <summary>A profile that cannot be run; carries every problem found, not just the first.</summary>
public sealed class ProfileException : Exception
{
    public ProfileException(IReadOnlyList<ProfileProblem> problems)
        : base(Describe(problems ?? throw new ArgumentNullException(nameof(problems))))
    {
        Problems = problems;
    }

    public ProfileException()
        : this([])
    {
    }

    public ProfileException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<ProfileProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ProfileProblem> problems) => problems.Count switch
    {
        0 => "profile is invalid",
        1 => problems[0].ToString(),
        _ => $"{problems.Count} problems: " + string.Join("; ", problems),
    };
}
