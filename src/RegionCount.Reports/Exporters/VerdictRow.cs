namespace RegionCount.Reports.Exporters;

/// <summary>One verdict as data, for tools that read a report without parsing Markdown (verdicts.json, verdicts.csv).
/// NaN marks "no value" (written as null in JSON and as an empty field in CSV).</summary>
/// <param name="Claim">C1 … T1.</param>
/// <param name="Subject">The network (and variant) judged.</param>
/// <param name="Paper">The paper's value, as printed.</param>
/// <param name="Statistic">What <paramref name="Value"/> is (Pearson r, JT p, …).</param>
/// <param name="Value">Our estimate.</param>
/// <param name="Low">Lower end of its 95 % interval.</param>
/// <param name="High">Upper end of its 95 % interval.</param>
/// <param name="N">Configurations, runs or probes the statistic is over.</param>
/// <param name="Rule">The rule the verdict applied, as stated in the report.</param>
/// <param name="Expectation">asserted or recorded (by the profile).</param>
/// <param name="Verdict">reproduced, not reproduced or inconclusive.</param>
/// <param name="Evidence">The evidence line of the report (for a test verdict with its raw and adjusted p-values).</param>
public sealed record VerdictRow(
    string Claim,
    string Subject,
    string Paper,
    string Statistic,
    double Value,
    double Low,
    double High,
    int N,
    string Rule,
    string Expectation,
    string Verdict,
    string Evidence)
{
    /// <summary>The raw one-sided p-value in the claimed direction of a test verdict; NaN for a verdict judged by an
    /// interval or an exact check.</summary>
    public double P { get; init; } = double.NaN;

    /// <summary>That p-value Holm-adjusted over the report's test verdicts (what the verdict used); NaN likewise.</summary>
    public double AdjustedP { get; init; } = double.NaN;

    /// <summary>The raw one-sided p-value in the opposite direction of a test verdict; NaN otherwise.</summary>
    public double POpposite { get; init; } = double.NaN;

    /// <summary>That p-value Holm-adjusted over the family of opposite-direction tests ("not reproduced" when below
    /// alpha); NaN otherwise.</summary>
    public double AdjustedPOpposite { get; init; } = double.NaN;

    /// <summary>The value the verdict's rule compares the estimate with (a correlation's threshold); NaN otherwise.</summary>
    public double ClaimedValue { get; init; } = double.NaN;

    /// <summary>The paper's own value for this claim and network, when the paper prints one (parsed from
    /// <see cref="Paper"/>); NaN otherwise.</summary>
    public double PaperPoint { get; init; } = double.NaN;

    /// <summary>P(reproduced) of the verdict's rule at its N if the true correlation were the paper's
    /// (<see cref="Analysis.CorrelationPower"/>); NaN for a verdict not judged by the correlation rule.</summary>
    public double PowerReproduced { get; init; } = double.NaN;

    /// <summary>P(not reproduced) of the rule at its N if there were no association; NaN likewise.</summary>
    public double PowerNotReproduced { get; init; } = double.NaN;

    /// <summary>The size at which the rule would reach 80 % power under the same alternative ("12 configurations",
    /// "9 blocks"); null where no power is computed.</summary>
    public string? NeededFor80 { get; init; }
}
