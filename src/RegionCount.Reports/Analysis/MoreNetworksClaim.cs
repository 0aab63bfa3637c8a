using RegionCount.Reports.Claims;
using RegionCount.Reports.Paper;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C2: C1's correlation per further network (<see cref="CorrelationClaim"/>), and beside each of the paper's C2
/// networks its printed r, the authors' own re-run with their released code where their files hold one
/// (<see cref="AuthorsFileNumbers.Reruns"/>: several did not reproduce, C19) and ours.
/// </summary>
public static class MoreNetworksClaim
{
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(thresholds);
        var result = CorrelationClaim.Analyze(claim, runs, thresholds, new CorrelationOptions { PaperFile = "cifar10_grid" });
        var table = new MetricTable("authors", $"{claim.Id}: the paper's r, the authors' re-runs with their released code, and ours", [
            Columns.Model(),
            new MetricColumn("paper_r", "paper r", Decimals: 4, Legend: "as printed (CLAIMS.md §3; recomputed from the authors' grid files to the printed 4 decimals): 27 configurations × 3 seeds"),
            new MetricColumn("rerun_r", "authors' re-run r", Decimals: 2, Legend: "from the authors' files (not recomputable here): their own re-run with their released code, partial grids; — where they give none"),
            .. BesideAuthors.Columns(CorrelationRule.Minimum(thresholds)),
            Columns.Text("verdict", "verdict (ours)"),
        ]);
        // The paper's C2 networks, in the order of the authors' files, with the printed r PaperRecomputation quotes.
        foreach (var (network, number) in PaperReference.Networks.Select(n => (n, PaperRecomputation.All.FirstOrDefault(p =>
            p.Claim == claim.Id && p.Quantity.StartsWith(n + ":", StringComparison.Ordinal)))).Where(x => x.Item2 is not null))
        {
            string model = network.ToLowerInvariant();
            var ours = result.Verdicts.FirstOrDefault(v => v.Subject == model);
            table.Add([model, number!.Printed, AuthorsFileNumbers.Reruns.TryGetValue(network, out var rerun) ? rerun : null,
                .. BesideAuthors.Cells(ours), ours?.OutcomeText ?? "no runs"]);
        }
        return result with { MoreTables = [.. result.MoreTables, table] };
    }
}
