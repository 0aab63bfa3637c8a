namespace RegionCount.Experiments;

/// <summary>One thing wrong with a profile: the file, the JSON path of the field and what is wrong.</summary>
public sealed record ProfileProblem(string Source, string JsonPath, string Message)
{
    public override string ToString() => $"{Source}: {JsonPath}: {Message}";
}
