namespace RegionCount.Reports.Claims;

/// <summary>A paper claim, defined once: the report, the CLI and the claim tests all read this.</summary>
/// <param name="Id">C1 … C14, T1.</param>
/// <param name="Title">A short name.</param>
/// <param name="Statement">The claim as the paper states it.</param>
/// <param name="PaperValue">The paper's number(s), as printed in the verdict table.</param>
/// <param name="Statistic">How a harness run is judged.</param>
/// <param name="Needs">The experiments (profile experiment ids) whose runs it reads.</param>
public sealed record ClaimDefinition(string Id, string Title, string Statement, string PaperValue, string Statistic,
    IReadOnlyList<string> Needs);
