using RegionCount.Reports.Analysis;

namespace RegionCount.Reports.Claims;

/// <summary>A paper claim, defined once: what it says, the paper's numbers, how it is judged, the thresholds it reads
/// and its analysis. The report, the CLI, profile validation and the claim tests all read this.</summary>
/// <param name="Id">C1 … C18, T1.</param>
/// <param name="Title">A short name.</param>
/// <param name="Statement">The claim as the paper states it.</param>
/// <param name="PaperValue">The paper's number(s), as printed in the verdict table.</param>
/// <param name="Statistic">How a harness run is judged.</param>
/// <param name="Needs">The experiments (profile experiment ids) whose runs it reads.</param>
public sealed record ClaimDefinition(string Id, string Title, string Statement, string PaperValue, string Statistic,
    IReadOnlyList<string> Needs)
{
    /// <summary>Whether <see cref="PaperValue"/> comes from the authors' result files and not the paper text (C16): the
    /// report then labels it so instead of "as printed".</summary>
    public bool ValueFromAuthorsFiles { get; init; }

    /// <summary>Whether a profile may only record the claim, never assert it (C19, a known failure mode): an asserting
    /// profile is invalid (<see cref="ClaimCatalog.Validate"/>).</summary>
    public bool RecordedOnly { get; init; }

    /// <summary>The thresholds its analysis reads; a profile may set only these.</summary>
    public IReadOnlyList<ThresholdSpec> Thresholds { get; init; } = [];

    /// <summary>The claim as a pure function of the runs of the experiments the profile lists for it (training runs, or
    /// the study runs of C8 and T1); null for a claim the harness cannot analyse yet.</summary>
    public Func<ClaimDefinition, ClaimInput, ClaimResult?>? Analysis { get; init; }
}
