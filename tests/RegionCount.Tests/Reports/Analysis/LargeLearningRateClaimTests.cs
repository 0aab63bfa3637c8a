using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Tests.Experiments;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>C19 (a known failure mode) and the authors' re-runs shown with C2, on runs with known answers: one verdict
/// per learning rate by C1's rule, the authors' values beside ours, and a profile that asserts C19 refused.</summary>
public sealed class LargeLearningRateClaimTests
{
    private static ClaimThresholds Thresholds(ClaimDefinition claim) => new(claim, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: false);

    /// <summary>The 9 configurations (3 batch sizes × 3 weight decays, one seed) at one learning rate: gap 10 + i +
    /// <paramref name="gapOffset"/>, count <paramref name="count"/>(i).</summary>
    private static IEnumerable<ClaimRun> AtRate(double lr, Func<int, double> count, double gapOffset = 0)
    {
        int i = 0;
        foreach (var batch in new[] { 256, 512, 1024 })
        {
            foreach (var wd in new[] { 1e-5, 1e-6, 1e-7 })
            {
                yield return Runs.Run(lr, batch, 0, count(i), 100, 100 - (10 + i + gapOffset), model: "resnet18", wd: wd);
                i++;
            }
        }
    }

    private static int Column(RegionCount.Reports.Tables.MetricTable table, string id) => table.Columns.ToList().FindIndex(c => c.Id == id);

    [Fact]
    public void Each_learning_rate_gets_its_own_verdict_and_the_authors_r_stands_beside_lr_0_5()
    {
        var runs = AtRate(0.1, i => 2 + (0.1 * i) + (0.01 * (i % 2))).Concat(AtRate(0.5, i => 4 - (0.1 * i))).ToList();

        var result = LargeLearningRateClaim.Analyze(ClaimCatalog.C19, runs, Thresholds(ClaimCatalog.C19));

        result.Verdicts.Select(v => v.Subject).Should().Equal("resnet18, lr 0.1", "resnet18, lr 0.5");
        result.Verdicts[0].Outcome.Should().Be(VerdictOutcome.Reproduced, result.Verdicts[0].Explanation);
        result.Verdicts[0].N.Should().Be(9, "a configuration is a batch size and weight decay at that learning rate");
        result.Verdicts[1].Outcome.Should().Be(VerdictOutcome.NotReproduced, "at lr 0.5 the count falls as the gap grows: " + result.Verdicts[1].Explanation);
        result.Table.Name.Should().Be("learning-rates");
        result.Table.Rows.Select(r => r[Column(result.Table, "authors_r")]).Should().Equal(null, -0.10);
        result.Table.Rows.Select(r => r[Column(result.Table, "verdict")]).Should().Equal("reproduced", "not reproduced");
        result.MoreTables.Single(t => t.Name == "correlation").Rows.Should().HaveCount(2);
    }

    [Fact]
    public void C2_shows_the_paper_s_r_the_authors_re_runs_and_ours_for_every_paper_network()
    {
        var runs = AtRate(0.1, i => 2 + (0.1 * i)).Concat(AtRate(0.01, i => 2.5 + (0.1 * i), gapOffset: 5)).Select(r => r with { Model = "vgg19" }).ToList();

        var result = MoreNetworksClaim.Analyze(ClaimCatalog.C2, runs, Thresholds(ClaimCatalog.C2));

        var table = result.MoreTables.Single(t => t.Name == "authors");
        table.Rows.Select(r => r[0]).Should().Equal("resnet34", "vgg19", "mobilenet", "shufflenetv2", "regnetx_200mf", "simpledla");
        // Printed r (CLAIMS.md §3) and the authors' re-runs with their released code (issue 18, CLAIMS.md "Known failures").
        table.Rows.Select(r => r[Column(table, "paper_r")]).Should().Equal(0.9751, 0.9377, 0.9490, 0.9526, 0.9797, 0.9832);
        table.Rows.Select(r => r[Column(table, "rerun_r")]).Should().Equal(null, 0.22, -0.82, -0.86, -0.41, null);
        var vgg = table.Rows[1];
        vgg[Column(table, "r")].Should().Be(result.Verdicts.Single().Value);
        vgg[Column(table, "configs")].Should().Be(18);
        vgg[Column(table, "verdict")].Should().Be("reproduced");
        table.Rows[0][Column(table, "verdict")].Should().Be("no runs");
        result.Table.Name.Should().Be("correlation", "C1's table stays C2's main table");
    }

    [Theory]
    [InlineData("asserted", true)]
    [InlineData("recorded", false)]
    public void A_profile_may_record_C19_but_never_assert_it(string expectation, bool problem)
    {
        var json = TestProfiles.Tiny();
        json["claims"]!["C19"] = new JsonObject { ["expectation"] = expectation, ["experiments"] = new JsonArray("main") };

        var problems = ClaimCatalog.Validate(ProfileLoader.Parse(json.ToJsonString(), "t.json"));

        if (problem)
        {
            problems.Should().ContainSingle().Which.ToString().Should()
                .Be("t.json: $.claims.C19.expectation: C19 records a known failure mode: 'recorded' only, never 'asserted'");
        }
        else
        {
            problems.Should().BeEmpty();
        }
    }
}
