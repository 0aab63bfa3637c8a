namespace RegionCount.Experiments;

/// <summary>What a merge did; <see cref="Conflicts"/> lists each pair of files that disagree (left untouched).</summary>
public sealed record MergeSummary(int Copied, int AlreadyPresent, int Replaced, IReadOnlyList<string> Conflicts)
{
    public override string ToString() =>
        $"{Copied} copied, {AlreadyPresent} already present, {Replaced} failed records replaced by final ones, {Conflicts.Count} conflicts";
}
