using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Assembly;
using RegionCount.Reports.Exporters;
using RegionCount.Tests.Experiments;
using Xunit;

namespace RegionCount.Tests.Reports.Assembly;

/// <summary>Records → claim runs (the mapping) and a profile's analysis → report model (the assembly), on hand-made
/// records with known numbers.</summary>
public sealed class RecordMappingAndAssemblyTests
{
    private static SweepPlan Plan(JsonObject json) => SweepPlanner.Plan(ProfileLoader.Parse(json.ToJsonString(), "t.json"));

    /// <summary>A completed record whose gap and count grow with the learning rate (so C1's r is +1).</summary>
    private static RunRecord Record(RunSpec run)
    {
        double lr = run.Config.Hyperparameters.LearningRate;
        double count = 2 + (10 * lr) + (0.001 * run.Config.Hyperparameters.BatchSize) + (0.0001 * run.Config.Seed);
        var summary = new Dictionary<string, double>
        {
            [SummaryKeys.TrainAccuracyRunning] = 100,
            [SummaryKeys.TrainAccuracyClean] = 100,
            [SummaryKeys.TestAccuracy] = 90 - (10 * count),
            [SummaryKeys.Measure(ParameterMeasure.Margin)] = 1.5,
        };
        var counts = new[] { 0, run.Config.Hyperparameters.Epochs }
            .Select(e => new RegionCountMeasurement(e, 0, e == 0 ? 1 : count, e == 0 ? null : count - 0.1, e == 0 ? null : count + 0.1)).ToList();
        return new RunRecord(RunConfig.CurrentFormatVersion, run.Fingerprint, run.Config, run.Config.Seed, RunStatus.Completed, null,
            MetricTable.Empty, counts, summary, new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1), new Dictionary<string, string>());
    }

    [Fact]
    public void A_record_maps_to_its_configuration_final_count_interval_epochs_accuracies_and_measures()
    {
        var run = Plan(TestProfiles.Tiny()).Runs[0];

        var mapped = ClaimRunMapper.Map(run, "main", Record(run));

        var h = run.Config.Hyperparameters;
        double count = 2 + (10 * h.LearningRate) + (0.001 * h.BatchSize) + (0.0001 * run.Config.Seed);
        mapped.Should().BeEquivalentTo(new
        {
            Experiment = "main", Model = "mlp", Dataset = "moons", h.LearningRate, h.BatchSize, Seed = run.Config.Seed, Status = "completed",
            TrainAccuracyRunning = 100.0, TestAccuracy = 90 - (10 * count),
        });
        mapped.FinalCounts.Should().Equal(new Dictionary<string, double> { ["segment"] = count });
        mapped.CountIntervals["segment"].Should().Be((count - 0.1, count + 0.1));
        mapped.CountsByEpoch.Should().Equal((0, 1.0), (3, count));
        mapped.Measures.Should().Equal(new Dictionary<string, double> { ["margin"] = 1.5 });
        mapped.Study.Should().BeNull();
    }

    [Fact]
    public void A_record_that_predates_the_margin_over_distance_gets_it_from_its_margin_and_distance_and_a_newer_one_keeps_its_own()
    {
        var old = new Dictionary<string, double>
        {
            [SummaryKeys.Measure(ParameterMeasure.Margin)] = 3,
            [SummaryKeys.Measure(ParameterMeasure.DistanceFromInit)] = 4,
        };
        var recorded = new Dictionary<string, double>(old) { [SummaryKeys.Measure(ParameterMeasure.DistanceNormalizedMargin)] = 0.7 };

        ClaimRunMapper.Measures(old).Should().Equal(new Dictionary<string, double>
        {
            ["margin"] = 3, ["distance-from-init"] = 4, ["distance-normalized-margin"] = 0.75,
        });
        ClaimRunMapper.Measures(recorded)["distance-normalized-margin"].Should().Be(0.7);
        ClaimRunMapper.Measures(new Dictionary<string, double> { [SummaryKeys.Measure(ParameterMeasure.Margin)] = 3 }).Should().ContainSingle();
    }

    [Fact]
    public void The_measures_an_experiment_names_reach_the_claim_run_and_none_named_is_null()
    {
        var json = TestProfiles.Tiny();
        var plain = Plan(json).Runs[0];
        json["experiments"]![0]!["measures"] = new JsonArray("margin", "weight-distance-from-init");
        var named = Plan(json).Runs[0];

        ClaimRunMapper.Map(plain, "main", null).NamedMeasures.Should().BeNull();
        ClaimRunMapper.Map(named, "main", null).NamedMeasures.Should().Equal("margin", "weight-distance-from-init");
    }

    [Fact]
    public void A_planned_run_without_a_record_is_mapped_as_missing_and_runs_of_other_experiments_are_left_out()
    {
        var plan = Plan(TestProfiles.Tiny());
        var records = new Dictionary<string, RunRecord> { [plan.Runs[0].Fingerprint] = Record(plan.Runs[0]) };

        var runs = ClaimRunMapper.Map(plan, records, ["main"]);

        runs.Should().HaveCount(plan.Runs.Count);
        runs.Count(r => r.Status == "missing").Should().Be(plan.Runs.Count - 1);
        runs.Count(r => r.Completed).Should().Be(1);
        ClaimRunMapper.Map(plan, records, ["other"]).Should().BeEmpty();
    }

    /// <summary>The tiny profile with 4 learning rates × 2 batch sizes (8 configurations, C1's minimum) and C3, C4 on its grid.</summary>
    private static ProfileAnalysis Eight()
    {
        var json = TestProfiles.Tiny();
        json["experiments"]![0]!["grid"]!["learningRates"] = new JsonArray(0.1, 0.03, 0.01, 0.003);
        json["claims"]!["C3"] = new JsonObject { ["expectation"] = "recorded", ["experiments"] = new JsonArray("main") };
        json["claims"]!["C4"] = new JsonObject { ["expectation"] = "recorded", ["experiments"] = new JsonArray("main") };
        var profile = ProfileLoader.Parse(json.ToJsonString(), "t.json");
        var plan = SweepPlanner.Plan(profile);
        return new ProfileAnalysis(profile, plan, plan.Runs.ToDictionary(r => r.Fingerprint, Record));
    }

    [Fact]
    public void The_report_assembles_each_claim_s_verdicts_into_the_table_the_data_rows_and_a_section()
    {
        var analysis = Eight();

        var model = ReportBuilder.Build(analysis, [("device", "cpu")]);

        analysis.ClaimIds.Should().Equal("C1", "C3", "C4");
        var c1 = model.VerdictRows.Single(v => v.Claim == "C1");
        // gap = 100 − (90 − 10·count) = 10 + 10·count: exactly linear in the count, so r = 1 in every resample.
        c1.Should().BeEquivalentTo(new { Subject = "mlp", Statistic = "Pearson r", Expectation = "asserted", Verdict = "reproduced", N = 8 });
        c1.Value.Should().BeApproximately(1, 1e-12);
        c1.P.Should().Be(double.NaN, "an interval verdict has no p");
        model.VerdictRows.Select(v => v.Claim).Should().Equal("C1", "C3", "C4");
        model.Verdicts.Rows.Should().HaveCount(3);
        model.Sections.Select(s => s.Id).Should().Contain(["C1", "C3", "C4", "paper-numbers"]);
        model.Environment.Should().Contain(("device", "cpu"));
    }

    [Fact]
    public void Test_verdicts_of_different_claims_are_one_holm_family_and_the_report_shows_raw_and_adjusted_p()
    {
        // The count rises with lr and with batch in every block: C4 (increasing in batch) by Page's L over 8 blocks of
        // 2 levels, exact p 2⁻⁸; C3 (decreasing in lr) the opposite way, over 4 blocks of 4 levels.
        var analysis = Eight();

        var model = ReportBuilder.Build(analysis, []);

        analysis.Family.Select(v => v.ClaimId).Should().Equal("C3", "C4");
        var c4 = analysis.Get("C4")!.Result.Verdicts.Single();
        c4.Test!.P.Should().BeApproximately(1.0 / 256, 1e-12);
        c4.Test.AdjustedP.Should().BeApproximately(2.0 / 256, 1e-12);
        c4.Test.FamilySize.Should().Be(2);
        c4.Outcome.Should().Be(RegionCount.Reports.Claims.VerdictOutcome.Reproduced);
        analysis.Get("C3")!.Result.Verdicts.Single().Outcome.Should().Be(RegionCount.Reports.Claims.VerdictOutcome.NotReproduced);
        var row = model.VerdictRows.Single(v => v.Claim == "C4");
        (row.P, row.AdjustedP).Should().Be((c4.Test.P, c4.Test.AdjustedP));
        model.VerdictRows.Single(v => v.Claim == "C3").AdjustedPOpposite.Should().BeLessThan(0.05, "C3 is not reproduced by its opposite-direction p");
        model.Verdicts.Columns.Select(c => c.Header).Should().ContainInOrder("p (raw)", "p (Holm)", "p opposite (Holm)", "judged by");
        model.Summary.Single(s => s.Heading == "Multiplicity").Text.Should().Contain("Here it holds 2 tests: C3 mlp").And.Contain("Holm");
    }

    [Fact]
    public void The_report_and_the_verdict_snapshot_print_the_same_rows()
    {
        var analysis = Eight();

        var report = ReportBuilder.Build(analysis, []).Verdicts.FormattedRows().Select(r => (r[0], r[1], r[^2], r[^1]));
        var snapshot = VerdictTable.Build(analysis).FormattedRows().Select(r => (r[0], r[1], r[2], VerdictBadge.Markdown(r[3])));

        report.Should().Equal(snapshot);
    }

    [Fact]
    public void The_report_shows_recomputed_beside_printed_and_claims_a_match_only_where_they_match()
    {
        var model = ReportBuilder.Build(Eight(), []);

        var table = model.Sections.Single(s => s.Id == "paper-numbers").Tables.Single();
        table.Columns.Select(c => c.Header).Should().Equal("claim", "quantity", "as printed", "recomputed from the files", "match");
        table.FormattedRows().Where(r => r[4] == "no").Select(r => (r[0], r[2], r[3])).Should().Equal(("C12", "0.954", "0.9560"), ("C18", "0.93", "0.893"));
        model.Summary.Single(s => s.Heading == "What was easy").Text.Should().Contain("C12 does not").And.Contain("C18 does not").And.NotContain("exactly");
    }

    [Fact]
    public void The_exporter_list_writes_markdown_html_and_the_verdicts_as_json_and_csv()
    {
        var folder = Directory.CreateTempSubdirectory("rc-export-");
        try
        {
            var profile = ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json");
            var plan = SweepPlanner.Plan(profile);
            var model = ReportBuilder.Build(new ProfileAnalysis(profile, plan, plan.Runs.ToDictionary(r => r.Fingerprint, Record)), []);

            var written = ReportExporters.WriteAll(model, folder.FullName);

            written.Select(Path.GetFileName).Should().Equal("report.md", "report.html", "verdicts.json");
            var json = JsonNode.Parse(File.ReadAllText(written[2]))!;
            json["profile"]!.GetValue<string>().Should().Be("tiny");
            json["verdicts"]![0]!["claim"]!.GetValue<string>().Should().Be("C1");
            json["verdicts"]![0]!["value"]!.GetValue<double>().Should().Be(model.VerdictRows[0].Value);
            var csv = File.ReadAllLines(Path.Combine(folder.FullName, "verdicts.csv"));
            csv[0].Should().Be("claim,subject,paper,statistic,value,low,high,n,p,p_holm,p_opposite,p_opposite_holm,power_reproduced,power_not_reproduced_at_0,needed_for_power_80,rule,expectation,verdict,evidence");
            csv.Should().HaveCount(2);
            csv[1].Should().StartWith("C1,mlp,\"Pearson r over 27 configs: ResNet18 0.9844, EfficientNetB0 0.9801, SENet18 0.9814\",Pearson r,");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_null_in_json_and_empty_in_csv()
    {
        var model = new ReportModel("t", "p", [], [], new RegionCount.Reports.Tables.MetricTable("v", "v", [new RegionCount.Reports.Tables.MetricColumn("claim", "claim")]), [], [])
        {
            VerdictRows = [new VerdictRow("C3", "mlp", "x", "JT p", 0.04, double.NaN, double.NaN, 12, "p < 0.05", "recorded", "reproduced", "a \"quoted\" line")],
        };

        JsonNode.Parse(VerdictDataExporter.RenderJson(model))!["verdicts"]![0]!["low"].Should().BeNull();
        VerdictDataExporter.RenderCsv(model).Split('\n')[1].Should().Be("C3,mlp,x,JT p,0.04,,,12,,,,,,,,p < 0.05,recorded,reproduced,\"a \"\"quoted\"\" line\"");
    }
}
