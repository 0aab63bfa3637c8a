using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>C17 judged from runs with known answers: the first experiment the profile lists is judged by the correlation
/// rule against the network's threshold; every listed experiment together is described beside the authors' values.</summary>
public sealed class TransformerClaimTests
{
    private static ClaimThresholds Thresholds() =>
        new(ClaimCatalog.C17, new Dictionary<string, double> { ["pearsonR@vit"] = 0.837, ["interpolation"] = 0 }, asserted: false);

    /// <summary>Ten configurations whose count rises with the gap (train accuracy far below interpolation, as the authors'
    /// ViT at small learning rates), two seeds each, in experiment "vit".</summary>
    private static IEnumerable<ClaimRun> Judged() =>
        from i in Enumerable.Range(1, 10)
        from seed in new long[] { 0, 1 }
        select Runs.Run(i * 1e-5, 256, seed, 2.8 + (0.05 * i) + (seed * 0.001), 60 + (3 * i), 60, model: "vit") with { Experiment = "vit" };

    /// <summary>Three configurations at a larger learning rate whose count is high while the gap is small: they break the
    /// relation, as lr 1e-3 does in the authors' file.</summary>
    private static IEnumerable<ClaimRun> LargeLearningRate() =>
        from b in new[] { 256, 512, 1024 }
        from seed in new long[] { 0, 1 }
        select Runs.Run(1e-3, b, seed, 3.5, 61, 60, model: "vit") with { Experiment = "vit-lr-1e-3" };

    [Fact]
    public void The_first_listed_experiment_is_judged_and_every_listed_one_is_described_beside_the_authors_values()
    {
        var input = new ClaimInput([.. Judged(), .. LargeLearningRate()], Thresholds()) { Experiments = ["vit", "vit-lr-1e-3"] };

        var result = TransformerClaim.Analyze(ClaimCatalog.C17, input);

        var verdict = result.Verdicts.Should().ContainSingle().Subject;
        verdict.Subject.Should().Be("vit");
        verdict.N.Should().Be(10, "the judged experiment's configurations only");
        verdict.Outcome.Should().Be(VerdictOutcome.Reproduced, verdict.Explanation);
        verdict.Threshold.Should().Contain("0.837", "the network's own threshold");
        var authors = result.Tables.Single(t => t.Name == "authors");
        int Column(string id) => authors.Columns.ToList().FindIndex(c => c.Id == id);
        authors.Rows.Should().HaveCount(2);
        authors.Rows[0][Column("set")].Should().Be("vit");
        authors.Rows[0][Column("configs")].Should().Be(10);
        ((double)authors.Rows[0][Column("authors_r")]!).Should().BeApproximately(0.837, 0.0005);
        authors.Rows[0][Column("authors_n")].Should().Be(27);
        authors.Rows[0][Column("judged")].Should().Be("yes");
        authors.Rows[1][Column("set")].Should().Be("vit + vit-lr-1e-3");
        authors.Rows[1][Column("configs")].Should().Be(13);
        ((double)authors.Rows[1][Column("r")]!).Should().BeLessThan((double)authors.Rows[0][Column("r")]!, "the large learning rate breaks the relation");
        ((double)authors.Rows[1][Column("authors_r")]!).Should().BeApproximately(0.624, 0.0005);
        authors.Rows[1][Column("authors_n")].Should().Be(36);
        authors.Rows[1][Column("judged")].Should().Be("no");
    }

    [Fact]
    public void Without_the_profile_s_experiment_list_every_run_is_judged()
    {
        var result = TransformerClaim.Analyze(ClaimCatalog.C17, new ClaimInput([.. Judged(), .. LargeLearningRate()], Thresholds()));

        result.Verdicts.Single().N.Should().Be(13);
        result.Tables.Single(t => t.Name == "authors").Rows.Should().ContainSingle();
    }

    [Fact]
    public void At_the_default_interpolation_threshold_the_underfit_configurations_are_left_out()
    {
        var input = new ClaimInput([.. Judged()], new ClaimThresholds(ClaimCatalog.C17, null, asserted: false)) { Experiments = ["vit"] };

        var verdict = TransformerClaim.Analyze(ClaimCatalog.C17, input).Verdicts.Single();

        verdict.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        verdict.Evidence.Should().Contain("10 of 10 configurations excluded");
    }
}
