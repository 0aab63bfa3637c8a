using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

public sealed class CorrelationClaimTests
{
    private static ClaimThresholds Paper(ClaimDefinition claim) => new(claim, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: true);

    /// <summary>Eight configurations × two seeds whose gap is (nearly) a linear function of the region count.</summary>
    private static List<ClaimRun> Linked(double sign, double noise = 0.01)
    {
        var runs = new List<ClaimRun>();
        int k = 0;
        foreach (var lr in new[] { 0.1, 0.03, 0.01, 0.003 })
        {
            foreach (var batch in new[] { 32, 128 })
            {
                double rc = 2 + (0.1 * k++);
                for (int seed = 0; seed < 2; seed++)
                {
                    double gap = 10 + (sign * 5 * (rc - 2)) + (noise * (seed == 0 ? 1 : -1) * (k % 3));
                    runs.Add(Runs.Run(lr, batch, seed, rc, 100, 100 - gap));
                }
            }
        }
        return runs;
    }

    [Fact]
    public void A_strong_positive_link_is_reproduced_with_its_interval_and_N()
    {
        var result = CorrelationClaim.Analyze(ClaimCatalog.C1, Linked(+1), Paper(ClaimCatalog.C1));

        var v = result.Verdicts.Single();
        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Value.Should().BeGreaterThan(0.99);
        v.N.Should().Be(8);
        v.Low.Should().BeGreaterThan(0);
        result.Table.Rows.Single()[^1].Should().Be("reproduced");
    }

    [Fact]
    public void A_per_model_threshold_judges_that_model_by_the_value_the_paper_reports_for_it()
    {
        // Ten configurations, one seed: a clear but loose link (r ≈ 0.8), the VGG19-on-CIFAR-100 situation (paper 0.630).
        double[] rc = [2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9];
        double[] gap = [10.0, 10.9, 10.2, 11.5, 10.8, 12.4, 11.1, 12.0, 13.2, 12.1];
        var runs = rc.Select((c, i) => Runs.Run(0.1 / (i + 1), 32, 0, c, 100, 100 - gap[i], model: "vgg19")).ToList();
        var general = Paper(ClaimCatalog.C9);
        var perModel = new ClaimThresholds(ClaimCatalog.C9, new Dictionary<string, double> { ["pearsonR"] = 0.9, ["pearsonR@vgg19"] = 0.63 }, asserted: true);

        var atGeneral = CorrelationClaim.Analyze(ClaimCatalog.C9, runs, general, new CorrelationOptions { TestError = true }).Verdicts.Single();
        var atOwn = CorrelationClaim.Analyze(ClaimCatalog.C9, runs, perModel, new CorrelationOptions { TestError = true }).Verdicts.Single();

        atGeneral.Value.Should().BeInRange(0.75, 0.9);
        atGeneral.Outcome.Should().NotBe(VerdictOutcome.Reproduced, "r < 0.9");
        atOwn.Value.Should().Be(atGeneral.Value);
        atOwn.Outcome.Should().Be(VerdictOutcome.Reproduced, atOwn.Evidence);
        atOwn.Threshold.Should().Contain("r ≥ 0.63");
        perModel.PearsonRFor("resnet18").Should().Be(0.9, "other models keep the general threshold");
    }

    [Fact]
    public void A_negative_link_is_not_reproduced()
    {
        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, Linked(-1), Paper(ClaimCatalog.C1)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.NotReproduced, v.Evidence);
        v.Value.Should().BeLessThan(-0.99);
    }

    [Fact]
    public void A_missing_run_makes_the_verdict_inconclusive_whatever_the_data()
    {
        var runs = Linked(+1);
        runs[0] = runs[0] with { Status = "missing" };

        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, runs, Paper(ClaimCatalog.C1)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        v.Evidence.Should().Contain("15/16 runs completed");
    }

    [Fact]
    public void Too_few_configurations_are_inconclusive()
    {
        var runs = Linked(+1).Take(6).ToList();

        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, runs, Paper(ClaimCatalog.C1)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive);
    }

    [Fact]
    public void Seeds_are_averaged_per_configuration_before_correlating()
    {
        var means = ConfigMean.Of(Linked(+1));

        means.Should().HaveCount(8);
        means.Should().OnlyContain(m => m.Seeds == 2);
    }
}
