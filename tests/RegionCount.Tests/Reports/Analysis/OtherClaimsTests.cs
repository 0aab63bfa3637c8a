using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

public sealed class OtherClaimsTests
{
    private static ClaimThresholds Paper(ClaimDefinition claim) => new(claim, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: true);

    private static IEnumerable<(double Lr, int Batch, double Rc)> Configs()
    {
        int k = 0;
        foreach (var lr in new[] { 0.1, 0.01, 0.001 })
        {
            foreach (var batch in new[] { 32, 128 })
            {
                yield return (lr, batch, 2 + (0.2 * k++));
            }
        }
    }

    [Fact]
    public void C6_is_reproduced_when_the_region_count_tracks_test_error_better_than_every_measure()
    {
        var runs = Configs().Select((c, i) => Runs.Run(c.Lr, c.Batch, 0, c.Rc, 100, 90 - (10 * (c.Rc - 2)),
            measures: new Dictionary<string, double> { ["margin"] = i % 2, ["distance"] = c.Rc + (i % 3) })).ToList();

        var v = ParamMeasureClaim.Analyze(ClaimCatalog.C6, runs, Paper(ClaimCatalog.C6)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Value.Should().BePositive();
    }

    [Fact]
    public void C6_is_not_reproduced_when_a_measure_tracks_test_error_at_least_as_well()
    {
        var runs = Configs().Select(c => Runs.Run(c.Lr, c.Batch, 0, c.Rc + (c.Batch == 32 ? 0.5 : 0), 100, 90 - (10 * (c.Rc - 2)),
            measures: new Dictionary<string, double> { ["margin"] = c.Rc })).ToList();

        ParamMeasureClaim.Analyze(ClaimCatalog.C6, runs, Paper(ClaimCatalog.C6)).Verdicts.Single().Outcome.Should().Be(VerdictOutcome.NotReproduced);
    }

    [Fact]
    public void C10_requires_counts_to_grow_with_the_simplex_dimension_in_every_configuration()
    {
        var runs = Configs().Select(c => Runs.Run(c.Lr, c.Batch, 0, c.Rc, 100, 90 - (10 * (c.Rc - 2)),
            counts: new Dictionary<string, double> { ["segment"] = c.Rc, ["simplex-2"] = 2 * c.Rc, ["simplex-3"] = c.Lr > 0.05 ? c.Rc : 3 * c.Rc })).ToList();

        var v = DimensionClaim.Analyze(ClaimCatalog.C10, runs, Paper(ClaimCatalog.C10)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.NotReproduced, v.Evidence);
        v.Evidence.Should().Contain("counts grow with k in 4/6 configurations");
    }

    [Fact]
    public void C14_is_reproduced_when_both_regimes_lower_the_count_in_every_pair()
    {
        var runs = Configs().SelectMany(c => new[]
        {
            Runs.Run(c.Lr, c.Batch, 0, c.Rc, 100, 90 - (10 * (c.Rc - 2))),
            Runs.Run(c.Lr, c.Batch, 0, c.Rc - 0.3 - (0.01 * c.Batch / 32), 100, 91 - (10 * (c.Rc - 2)), augmentation: "crop-flip"),
            Runs.Run(c.Lr, c.Batch, 0, c.Rc - 0.4 - (0.02 * c.Lr), 100, 92 - (10 * (c.Rc - 2)), mixup: 1.0),
        }).ToList();

        var result = RegimeClaim.Analyze(ClaimCatalog.C14, runs, Paper(ClaimCatalog.C14));

        result.Verdicts.Single().Outcome.Should().Be(VerdictOutcome.Reproduced, result.Verdicts.Single().Evidence);
        result.Table.Rows.Select(r => r[1]).Should().Equal("none", "augmentation", "mixup");
    }
}
