using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

public sealed class OtherClaimsTests
{
    private static ClaimThresholds Paper(ClaimDefinition claim) => new(claim, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: true);

    /// <summary>12 configurations (4 learning rates × 3 batch sizes), region counts 2.0, 2.2, …, 4.2.</summary>
    private static List<(double Lr, int Batch, double Rc, int Index)> Configs()
    {
        var configs = new List<(double, int, double, int)>();
        int k = 0;
        foreach (var lr in new[] { 0.1, 0.03, 0.01, 0.001 })
        {
            foreach (var batch in new[] { 32, 64, 128 })
            {
                configs.Add((lr, batch, 2 + (0.2 * k), k));
                k++;
            }
        }
        return configs;
    }

    private static double Error(double rc) => 10 * (rc - 2);

    [Fact]
    public void C6_is_reproduced_when_the_interval_of_r_rc_minus_the_best_measure_lies_above_0()
    {
        var runs = Configs().Select(c => Runs.Run(c.Lr, c.Batch, 0, c.Rc, 100, 90 - Error(c.Rc),
            measures: new Dictionary<string, double> { ["margin"] = c.Index % 2, ["distance"] = c.Rc + (2 * (c.Index % 3)) })).ToList();

        var v = ParamMeasureClaim.Analyze(ClaimCatalog.C6, runs, Paper(ClaimCatalog.C6)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Low.Should().BePositive();
        v.Statistic.Should().Be("D = r(RC) − max r(measure)");
    }

    [Fact]
    public void C6_and_C7_leave_out_configurations_that_do_not_interpolate_as_C1_does()
    {
        // 12 interpolating configurations where the count tracks the error, and 4 that failed to train (train 20 %, test
        // 15 %, one region): with them the count's r would turn negative.
        var fitted = Configs().Select(c => Runs.Run(c.Lr, c.Batch, 0, c.Rc, 100, 90 - Error(c.Rc),
            measures: new Dictionary<string, double> { ["margin"] = c.Index % 2 })).ToList();
        var failed = Enumerable.Range(0, 4).Select(i => Runs.Run(0.5 + i, 32, 0, 1.0, 20, 15,
            measures: new Dictionary<string, double> { ["margin"] = i % 2 })).ToList();

        foreach (var claim in new[] { ClaimCatalog.C6, ClaimCatalog.C7 })
        {
            var result = ParamMeasureClaim.Analyze(claim, [.. fitted, .. failed], Paper(claim));
            var v = result.Verdicts.Single();

            v.N.Should().Be(12, claim.Id);
            v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
            v.Evidence.Should().Contain("4 configurations excluded (a run below 99.5 % clean train accuracy)");
            result.MoreTables.Single().Rows.Single()[2].Should().Be(4, "the difference table's excluded column");
        }
    }

    [Fact]
    public void C6_with_a_measure_almost_as_good_as_the_region_count_is_inconclusive_though_the_point_estimate_favours_the_count()
    {
        // The measure tracks the error nearly as well: D > 0 on the full sample, but resamples reverse it.
        var noise = new[] { 0.3, -0.2, 0.1, -0.3, 0.2, 0.0, -0.1, 0.3, -0.2, 0.1, -0.3, 0.2 };
        var runs = Configs().Select(c => Runs.Run(c.Lr, c.Batch, 0, c.Rc + (0.5 * noise[c.Index]), 100, 90 - Error(c.Rc),
            measures: new Dictionary<string, double> { ["margin"] = c.Rc + (0.55 * noise[(c.Index + 5) % 12]) })).ToList();

        var v = ParamMeasureClaim.Analyze(ClaimCatalog.C6, runs, Paper(ClaimCatalog.C6)).Verdicts.Single();

        v.Value.Should().BePositive(v.Evidence);
        v.Low.Should().BeNegative();
        v.Outcome.Should().Be(VerdictOutcome.Inconclusive, v.Evidence);
    }

    [Fact]
    public void C6_is_not_reproduced_when_the_interval_lies_below_0_and_inconclusive_below_8_configurations()
    {
        var runs = Configs().Select(c => Runs.Run(c.Lr, c.Batch, 0, c.Rc + (c.Batch == 32 ? 0.8 : 0), 100, 90 - Error(c.Rc),
            measures: new Dictionary<string, double> { ["margin"] = c.Rc })).ToList();

        var v = ParamMeasureClaim.Analyze(ClaimCatalog.C6, runs, Paper(ClaimCatalog.C6)).Verdicts.Single();
        var few = ParamMeasureClaim.Analyze(ClaimCatalog.C6, runs.Take(7).ToList(), Paper(ClaimCatalog.C6)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.NotReproduced, v.Evidence);
        v.High.Should().BeNegative();
        few.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        few.Evidence.Should().StartWith("too few configurations (7, minimum 8)");
    }

    /// <summary>Every measure recorded, with distinct values, on the 12 configurations.</summary>
    private static List<ClaimRun> RunsWithEveryMeasure(IReadOnlyList<string>? named) => [.. Configs().Select(c =>
        Runs.Run(c.Lr, c.Batch, 0, c.Rc, 100, 90 - Error(c.Rc),
            measures: RegionCount.Experiments.JsonNames.All<RegionCount.Experiments.ParameterMeasure>().Select((name, i) => (name, i))
                .ToDictionary(p => p.name, p => c.Rc + (((c.Index * (p.i + 2)) % 5) * 0.3))) with { NamedMeasures = named })];

    private static IEnumerable<object?> Quantities(ClaimDefinition claim, List<ClaimRun> runs) =>
        claim.Analysis!(claim, new ClaimInput(runs, Paper(claim)))!.Table.Rows.Select(r => r[1]).Where(q => (string?)q != "region count");

    [Fact]
    public void C6_compares_d_gamma_and_gamma_over_d_over_all_parameters_unless_the_experiments_name_the_weight_measures()
    {
        var unnamed = RunsWithEveryMeasure(null);
        var named = RunsWithEveryMeasure(["weight-distance-from-init", "margin", "weight-distance-normalized-margin", "normalized-margin"]);

        Quantities(ClaimCatalog.C6, unnamed).Should().Equal("distance-from-init", "distance-normalized-margin", "margin");
        Quantities(ClaimCatalog.C6, named).Should().Equal("margin", "weight-distance-from-init", "weight-distance-normalized-margin");
        Quantities(ClaimCatalog.C7, unnamed).Should().Equal("frobenius-normalized-margin", "log-frobenius-norm-product",
            "log-spectral-norm-product", "normalized-margin");
        Quantities(ClaimCatalog.C7, named).Should().Equal("normalized-margin");
    }

    [Fact]
    public void C10_judges_the_correlation_at_every_k_and_the_growth_with_k_as_two_verdicts()
    {
        List<ClaimRun> Runs_(Func<double, double> third) => [.. Configs().SelectMany(c => Enumerable.Range(0, 2).Select(seed =>
            Runs.Run(c.Lr, c.Batch, seed, c.Rc, 100, 90 - Error(c.Rc),
                counts: new Dictionary<string, double> { ["segment"] = c.Rc, ["simplex-2"] = 2 * c.Rc, ["simplex-3"] = third(c.Rc) + (0.01 * seed) })))];

        var grows = DimensionClaim.Analyze(ClaimCatalog.C10, Runs_(rc => 3 * rc), Paper(ClaimCatalog.C10)).Verdicts;
        var shrinks = DimensionClaim.Analyze(ClaimCatalog.C10, Runs_(rc => rc), Paper(ClaimCatalog.C10)).Verdicts;

        grows.Select(v => v.Subject).Should().Equal("mlp: r at every k", "mlp: counts grow with k");
        grows.Select(v => v.Outcome).Should().Equal(VerdictOutcome.Reproduced, VerdictOutcome.Reproduced);
        grows[1].Test.Should().NotBeNull();
        shrinks[1].Outcome.Should().Be(VerdictOutcome.NotReproduced, shrinks[1].Evidence);
    }

    [Fact]
    public void C10_judges_a_network_by_its_own_threshold_when_the_profile_sets_one()
    {
        // Ten configurations: a clear but loose link at both k (r ≈ 0.8), the VGG19 situation (authors' files: 0.815–0.877).
        double[] rc = [2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9];
        double[] gap = [10.0, 10.9, 10.2, 11.5, 10.8, 12.4, 11.1, 12.0, 13.2, 12.1];
        var runs = rc.Select((c, i) => Runs.Run(0.1 / (i + 1), 32, 0, c, 100, 100 - gap[i], model: "vgg19",
            counts: new Dictionary<string, double> { ["simplex-2"] = c, ["simplex-3"] = 2 * c })).ToList();
        var own = new ClaimThresholds(ClaimCatalog.C10, new Dictionary<string, double> { ["pearsonR"] = 0.9, ["pearsonR@vgg19"] = 0.7 }, asserted: true);

        var atGeneral = DimensionClaim.Analyze(ClaimCatalog.C10, runs, Paper(ClaimCatalog.C10)).Verdicts[0];
        var atOwn = DimensionClaim.Analyze(ClaimCatalog.C10, runs, own).Verdicts[0];

        atGeneral.Value.Should().BeInRange(0.7, 0.9);
        atGeneral.Outcome.Should().NotBe(VerdictOutcome.Reproduced, "r < 0.9 at every k");
        atOwn.Value.Should().Be(atGeneral.Value);
        atOwn.Outcome.Should().Be(VerdictOutcome.Reproduced, atOwn.Evidence);
        atOwn.Threshold.Should().Contain("r ≥ 0.7");
    }

    [Fact]
    public void C5_is_judged_by_page_s_l_over_the_grid_with_batch_size_weight_decay_and_seed_as_blocks()
    {
        var runs = Configs().SelectMany(c => Enumerable.Range(0, 2).Select(seed =>
            Runs.Run(c.Lr, c.Batch, seed, 3 - Math.Log10(c.Lr) + (0.1 * c.Batch / 32) + seed, 100, 80))).ToList();

        var result = FigureOneClaim.Analyze(ClaimCatalog.C5, runs, new ClaimThresholds(ClaimCatalog.C5, null, asserted: false));

        var v = result.Verdicts.Single();
        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.N.Should().Be(6, "3 batch sizes × 2 seeds");
        v.Test!.Method.Should().StartWith("Page's L (batch size × weight decay × seed as blocks");
        result.MoreTables.Single().Name.Should().Be("trend");
        v.Power!.Reproduced.Should().BeInRange(0, 1, "C5's trend carries its power like C3's");
        v.Power.Needed.Should().EndWith(" blocks");
    }
}
