using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Exporters;

/// <summary>Everything a report shows; exporters only format it.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Profile">smoke, cpu or paper.</param>
/// <param name="Environment">Key/value lines the report opens with (OS, CPU/GPU, .NET, TorchSharp, device, commit, ...).</param>
/// <param name="Summary">The reproducibility summary, section title → paragraphs (scope, method, results, easy/hard).</param>
/// <param name="Verdicts">claim | paper value | ours | N | verdict.</param>
/// <param name="Sections">One per claim (and the theory section).</param>
/// <param name="Settings">Every setting the paper left open, stated as chosen.</param>
public sealed record ReportModel(
    string Title,
    string Profile,
    IReadOnlyList<(string Key, string Value)> Environment,
    IReadOnlyList<(string Heading, string Text)> Summary,
    MetricTable Verdicts,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<(string Setting, string Choice)> Settings)
{
    /// <summary>The verdicts as data (the verdicts table's rows with unrounded values and the evidence).</summary>
    public IReadOnlyList<VerdictRow> VerdictRows { get; init; } = [];

    /// <summary>Figures shown above the verdict table (the forest plot).</summary>
    public IReadOnlyList<ReportFigure> Overview { get; init; } = [];

    /// <summary>Every figure of the report: the overview's, then each section's.</summary>
    public IEnumerable<ReportFigure> Figures => Overview.Concat(Sections.SelectMany(s => s.Figures));
}
