using FluentAssertions;
using Xunit;

namespace RegionCount.Claims;

/// <summary>
/// T1: gradient descent with step η settles at linearly stable minima (η·λ_max/2 ≤ 1) with fewer label changes along
/// the data as η grows. The stability half is the theorem's mechanism and is asserted at every scale; the trend half
/// is judged as the profile expects.
/// </summary>
[Claim("T1")]
[Collection(TorchCollection.Name)]
public sealed class T1_LinearStability(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Stable_minima_have_fewer_sign_changes_as_the_step_grows() => ClaimChecks.Holds(fixture, "T1", output);

    [Fact]
    public void Converged_runs_are_linearly_stable()
    {
        var table = ClaimChecks.Outcome(fixture, "T1").Result.Table;
        int column = table.Columns.ToList().FindIndex(c => c.Id == "ratio");
        var ratios = table.Rows.Select(r => r[column]).OfType<double>().ToList();

        ratios.Should().NotBeEmpty("some runs must converge for the stability check to mean anything");
        ratios.Should().OnlyContain(r => r <= 1.02, "every converged run must satisfy η·λ_max/2 ≤ 1 (+ 0.02 tolerance)");
    }

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "T1");
}
