using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Tests.Experiments;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>C8 and T1 judged from study rows with known answers, and the validation of study experiments.</summary>
public sealed class StudyClaimsTests
{
    private static readonly StudySpec Stability = new()
    {
        Kind = StudyKind.Stability, Points = 16, BlockSize = 4, Dimensions = [1], OffsetNorm = 0.5, Width = 8, Kappas = [0.5, 1, 2],
        Seeds = [0, 1, 2, 3], MaxSteps = 100, GradientTolerance = 1e-5, LossTolerance = 1e-8, BlowUpLoss = 1e4, CheckEvery = 10,
        DataSeed = 7, Permutations = 2000,
    };

    private static ClaimRun Run(StudySpec study, MetricTable rows, string status = "completed") =>
        new("s", "two-layer-relu", "line", 0, 0, 0, "none", "none", 0, 0, status, new Dictionary<string, double>(),
            new Dictionary<string, (double, double)>(), [], double.NaN, double.NaN, double.NaN, new Dictionary<string, double>())
        { Study = study, StudyRows = rows };

    /// <summary>Rows of 3 levels × 4 seeds, all converged with the given sign changes and η·λ_max/2 = ratio.</summary>
    private static MetricTable Rows(Func<int, int, double> signChanges, double ratio = 0.9, double activeUnits = 8) =>
        new(["level", "kappa", "eta", "seed", "status", "steps", "loss", "gradientNorm", "topEigenvalue", "signChanges", "trainErrors", "activeUnits"],
            [.. from level in Enumerable.Range(0, 3) from seed in Enumerable.Range(0, 4)
                let eta = 0.1 * (1 << level)
                select (IReadOnlyList<double>)[level, 0.5 * (1 << level), eta, seed, 0, 50, 1e-9, 1e-6, 2 * ratio / eta, signChanges(level, seed), 0, activeUnits]]);

    private static ClaimThresholds T1(double? alpha = null) => new(ClaimCatalog.T1,
        alpha is null ? null : new Dictionary<string, double> { ["alpha"] = alpha.Value }, asserted: false);

    [Fact]
    public void Sign_changes_falling_at_every_level_in_stable_runs_reproduce_T1()
    {
        // 4 seeds × 3 levels with counts 3 > 2 > 1: every between-level pair ordered, J = 0, permutation p ≈ 1/34650.
        var result = StabilityClaim.Analyze(ClaimCatalog.T1, [Run(Stability, Rows((l, _) => 3 - l))], T1());

        var v = result.Verdicts.Single();
        v.Subject.Should().Be("1-D");
        v.Outcome.Should().Be(VerdictOutcome.Reproduced);
        v.Value.Should().BeLessThan(0.001);
        v.N.Should().Be(12);
        result.Table.Rows.Should().HaveCount(3);
    }

    [Fact]
    public void One_converged_run_beyond_the_stability_limit_makes_T1_not_reproduced()
    {
        var result = StabilityClaim.Analyze(ClaimCatalog.T1, [Run(Stability, Rows((l, _) => 3 - l, ratio: 1.05))], T1());

        result.Verdicts.Single().Outcome.Should().Be(VerdictOutcome.NotReproduced);
    }

    [Fact]
    public void Flat_sign_changes_are_inconclusive_and_a_missing_study_run_is_inconclusive()
    {
        StabilityClaim.Analyze(ClaimCatalog.T1, [Run(Stability, Rows((_, s) => s % 2))], T1()).Verdicts.Single().Outcome
            .Should().Be(VerdictOutcome.Inconclusive);
        StabilityClaim.Analyze(ClaimCatalog.T1, [Run(Stability, MetricTable.Empty, status: "missing") with { StudyRows = null }], T1())
            .Verdicts.Single().Evidence.Should().Be("the stability run is missing");
    }

    [Fact]
    public void Dead_runs_are_shown_apart_and_left_out_of_the_sign_change_statistic()
    {
        // Live runs: 2 sign changes at every level (no trend). Two seeds at the top level are dead: 0 sign changes
        // from a constant output. Counted in, they would make the sign changes fall with η.
        var rows = Rows((l, s) => l == 2 && s < 2 ? 0 : 2);
        rows = new MetricTable(rows.Columns, [.. rows.Rows.Select(r => (IReadOnlyList<double>)[.. r.Take(11), r[0] == 2 && r[3] < 2 ? 0 : 8])]);

        var result = StabilityClaim.Analyze(ClaimCatalog.T1, [Run(Stability, rows)], T1());

        var v = result.Verdicts.Single();
        v.Outcome.Should().Be(VerdictOutcome.Inconclusive, v.Explanation);
        v.N.Should().Be(10, "12 converged runs, 2 of them dead");
        v.Evidence.Should().Contain("12/12 runs converged, 2 of them dead (left out of the sign-change statistic)");
        var top = result.Table.Rows[2];
        top[6].Should().Be(2, "the dead column");
        top[7].Should().Be(2.0, "the live runs' mean sign changes");
        result.Table.Columns[6].Header.Should().Be("dead (left out)");
    }

    [Fact]
    public void Rescaling_rows_with_every_probe_identical_and_the_norm_changed_reproduce_C8_and_one_changed_probe_does_not()
    {
        var invariance = new StudySpec { Kind = StudyKind.Invariance, Scales = [0.1, 10] };
        MetricTable Rows(double identical) => new(["scale", "probes", "points", "identical", "meanCountBefore", "meanCountAfter", "normBefore", "normAfter"],
            [[0.1, 100, 200, 100, 2.5, 2.5, 10, 31], [10, 100, 200, identical, 2.5, 2.5, 10, 300]]);

        var good = InvarianceClaim.Analyze(ClaimCatalog.C8, [Run(invariance, Rows(100)) with { Model = "mlp" }]).Verdicts.Single();
        var bad = InvarianceClaim.Analyze(ClaimCatalog.C8, [Run(invariance, Rows(99)) with { Model = "mlp" }]).Verdicts.Single();

        good.Outcome.Should().Be(VerdictOutcome.Reproduced);
        good.N.Should().Be(200);
        good.Evidence.Should().Be("scales 0.1, 10; 100 segments × 200 points on line");
        bad.Outcome.Should().Be(VerdictOutcome.NotReproduced);
    }

    [Theory]
    [InlineData("kappas not increasing", "$.experiments[1].study.kappas", "strictly increasing")]
    [InlineData("a field another kind reads", "$.experiments[1].study.scales", "not read by a stability study")]
    [InlineData("kind mismatch", "$.experiments[1].study.kind", "must be stability in a stability experiment, got 'toy'")]
    [InlineData("grid in a study", "$.experiments[1].grid", "leave the grid out")]
    public void A_study_experiment_is_validated_field_by_field(string change, string path, string message)
    {
        var json = TestProfiles.Tiny();
        var study = JsonNode.Parse("""
            {"kind": "stability", "points": 16, "blockSize": 4, "dimensions": [4, 1], "offsetNorm": 0.5, "width": 8,
             "kappas": [0.5, 1], "seeds": [0, 1], "maxSteps": 100, "gradientTolerance": 1e-5, "lossTolerance": 1e-8,
             "blowUpLoss": 10000, "checkEvery": 10, "dataSeed": 7, "permutations": 100}
            """)!.AsObject();
        var experiment = new JsonObject { ["id"] = "stability", ["kind"] = "stability", ["study"] = study };
        switch (change)
        {
            case "kappas not increasing": study["kappas"] = new JsonArray(1, 0.5); break;
            case "a field another kind reads": study["scales"] = new JsonArray(2); break;
            case "kind mismatch": study["kind"] = "toy"; break;
            case "grid in a study": experiment["grid"] = new JsonObject { ["learningRates"] = new JsonArray(0.1) }; break;
        }
        json["experiments"]!.AsArray().Add(experiment);

        var problems = ProfileValidator.Validate(ProfileLoader.Parse(json.ToJsonString(), "t.json"));

        problems.Should().ContainSingle().Which.Should().Match<ProfileProblem>(p => p.JsonPath == path && p.Message.Contains(message));
    }

    [Fact]
    public void A_stability_study_plans_one_run_per_dimension_and_none_of_them_plans_region_counts()
    {
        var plan = SweepPlanner.Plan(ClaimCatalog.LoadProfile("smoke"));

        var studies = plan.Runs.Where(r => r.Config.Study is not null).ToList();
        studies.Select(r => r.Label).Should().BeEquivalentTo(
            ["stability study 4-D two-layer-relu/line seed=2025", "stability study 1-D two-layer-relu/line seed=2025",
             "toy study toy-2-5-1/three-points seed=0", "invariance study mlp/fashion-mnist-subset seed=0",
             "classifiers study decision-tree/fashion-mnist-subset seed=0", "classifiers study random-forest/fashion-mnist-subset seed=0",
             "classifiers study logistic-regression/fashion-mnist-subset seed=0", "classifiers study linear-svm/fashion-mnist-subset seed=0",
             "classifiers study knn/fashion-mnist-subset seed=0"]);
        studies.Should().OnlyContain(r => PlannedMeasurements.Of(r.Config).Count == 0);
    }

    [Theory]
    [InlineData("leaves not an integer", "$.experiments[1].study.classifiers[0].settings[0]", "leaves must be an integer ≥ 2")]
    [InlineData("k below 1", "$.experiments[1].study.classifiers[2].settings[0]", "k must be an integer ≥ 1")]
    [InlineData("trees on a tree", "$.experiments[1].study.classifiers[0].trees", "not read by decision-tree")]
    [InlineData("forest without trees", "$.experiments[1].study.classifiers[1].trees", "must be a positive integer, got nothing")]
    [InlineData("a family twice", "$.experiments[1].study.classifiers[3].family", "knn appears twice")]
    [InlineData("models named", "$.experiments[1].models", "leave the models out")]
    [InlineData("a simplex probe", "$.experiments[1].probes[0].kind", "counts on lines (segment or ray), got simplex")]
    public void A_classifiers_study_is_validated_field_by_field(string change, string path, string message)
    {
        var json = TestProfiles.Tiny();
        var classifiers = JsonNode.Parse("""
            [{"family": "decision-tree", "settings": [2, 4]}, {"family": "random-forest", "settings": [2], "trees": 3},
             {"family": "knn", "settings": [1, 5]}]
            """)!.AsArray();
        var probe = new JsonObject { ["kind"] = "segment", ["count"] = 10, ["resolution"] = 50 };
        var experiment = new JsonObject
        {
            ["id"] = "classifiers", ["kind"] = "classifiers", ["datasets"] = new JsonArray("moons"), ["seeds"] = new JsonArray(0),
            ["probes"] = new JsonArray(probe), ["study"] = new JsonObject { ["kind"] = "classifiers", ["classifiers"] = classifiers },
        };
        switch (change)
        {
            case "leaves not an integer": classifiers[0]!["settings"] = new JsonArray(2.5); break;
            case "k below 1": classifiers[2]!["settings"] = new JsonArray(0); break;
            case "trees on a tree": classifiers[0]!["trees"] = 3; break;
            case "forest without trees": classifiers[1]!.AsObject().Remove("trees"); break;
            case "a family twice": classifiers.Add(JsonNode.Parse("""{"family": "knn", "settings": [3]}""")); break;
            case "models named": experiment["models"] = new JsonArray("mlp"); break;
            case "a simplex probe": probe["kind"] = "simplex"; probe["dimension"] = 2; break;
        }
        json["experiments"]!.AsArray().Add(experiment);

        var problems = ProfileValidator.Validate(ProfileLoader.Parse(json.ToJsonString(), "t.json"));

        problems.Should().ContainSingle().Which.Should().Match<ProfileProblem>(p => p.JsonPath == path && p.Message.Contains(message));
    }

    [Fact]
    public void A_classifiers_study_plans_one_run_per_family_and_seed_each_with_that_family_only()
    {
        var json = TestProfiles.Tiny();
        json["experiments"]!.AsArray().Add(JsonNode.Parse("""
            {"id": "classifiers", "kind": "classifiers", "datasets": ["moons"], "seeds": [0, 1],
             "probes": [{"kind": "segment", "count": 10, "resolution": 50}],
             "study": {"kind": "classifiers", "classifiers": [{"family": "knn", "settings": [1, 5]}, {"family": "linear-svm", "settings": [0.1], "iterations": 3}]}}
            """));

        var runs = SweepPlanner.Plan(ProfileLoader.Parse(json.ToJsonString(), "t.json")).Runs.Where(r => r.Config.Study is not null).ToList();

        runs.Select(r => r.Label).Should().Equal("classifiers study knn/moons seed=0", "classifiers study knn/moons seed=1",
            "classifiers study linear-svm/moons seed=0", "classifiers study linear-svm/moons seed=1");
        runs.Should().OnlyContain(r => r.Config.Study!.Classifiers!.Count == 1 && JsonNames.Of(r.Config.Study.Classifiers[0].Family!.Value) == r.Config.Model.Name);
        runs.Select(r => r.Fingerprint).Should().OnlyHaveUniqueItems();
    }
}
