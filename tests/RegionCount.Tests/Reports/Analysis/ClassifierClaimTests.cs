using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>C16 judged from classifier rows with known answers: the correlation rule per judged family, the families
/// the authors do not plot shown but never judged, and a missing run.</summary>
public sealed class ClassifierClaimTests
{
    private static ClaimThresholds Thresholds() => new(ClaimCatalog.C16, null, asserted: false);

    private static ClaimRun Run(ClassifierFamily family, long seed, IEnumerable<(double Setting, double Train, double Test, double Rc)> rows, string status = "completed")
    {
        var study = new StudySpec { Kind = StudyKind.Classifiers, Classifiers = [new ClassifierSpec { Family = family, Settings = [.. rows.Select(r => r.Setting)] }] };
        var table = new MetricTable(StudyRows.Classifiers, [.. rows.Select(r => (IReadOnlyList<double>)[r.Setting, r.Train, r.Test, r.Rc, r.Rc - 0.1, r.Rc + 0.1, 1])]);
        return new ClaimRun("classifiers", JsonNames.Of(family), "cifar10", 0, 0, 0, "none", "none", 0, seed, status,
            new Dictionary<string, double>(), new Dictionary<string, (double, double)>(), [], double.NaN, double.NaN, double.NaN,
            new Dictionary<string, double>())
        { Study = study, StudyRows = status == "completed" ? table : null };
    }

    /// <summary>Ten settings whose gap is 5·i and whose count is 2 + 0.3·i (+ noise): r close to 1.</summary>
    private static IEnumerable<(double, double, double, double)> Rising(double noise = 0) =>
        Enumerable.Range(1, 10).Select(i => ((double)i, 30.0 + (5 * i), 30.0, 2 + (0.3 * i) + (noise * (i % 2 == 0 ? 1 : -1))));

    /// <summary>Ten settings whose count falls as the gap grows: r close to −1.</summary>
    private static IEnumerable<(double, double, double, double)> Falling() =>
        Enumerable.Range(1, 10).Select(i => ((double)i, 30.0 + (5 * i), 30.0, 6 - (0.3 * i)));

    [Fact]
    public void Counts_rising_with_the_gap_reproduce_for_the_tree_and_counts_falling_do_not_for_the_forest()
    {
        var result = ClassifierClaim.Analyze(ClaimCatalog.C16,
            [Run(ClassifierFamily.DecisionTree, 0, Rising(0.01)), Run(ClassifierFamily.DecisionTree, 1, Rising(-0.01)), Run(ClassifierFamily.RandomForest, 0, Falling())],
            Thresholds());

        var tree = result.Verdicts.Single(v => v.Subject == "decision-tree");
        tree.Outcome.Should().Be(VerdictOutcome.Reproduced, tree.Explanation);
        tree.N.Should().Be(10, "one configuration per setting, seeds averaged");
        tree.Value.Should().BeApproximately(1, 1e-9, "the two seeds' noise cancels in the seed means");
        var forest = result.Verdicts.Single(v => v.Subject == "random-forest");
        forest.Outcome.Should().Be(VerdictOutcome.NotReproduced, forest.Explanation);
        forest.High.Should().BeLessThan(0.9);
    }

    [Fact]
    public void Knn_svm_and_logistic_regression_are_shown_beside_the_authors_values_but_never_judged()
    {
        var result = ClassifierClaim.Analyze(ClaimCatalog.C16,
            [Run(ClassifierFamily.Knn, 0, Falling()), Run(ClassifierFamily.LinearSvm, 0, Rising()), Run(ClassifierFamily.LogisticRegression, 0, Rising())],
            Thresholds());

        result.Verdicts.Should().BeEmpty();
        result.Table.Rows.Select(r => r[0]).Should().Equal("logistic-regression", "linear-svm", "knn");
        var knn = result.Table.Rows.Single(r => (string)r[0]! == "knn");
        knn[result.Table.Columns.ToList().FindIndex(c => c.Id == "verdict")].Should().Be("not judged");
        ((double)knn[result.Table.Columns.ToList().FindIndex(c => c.Id == "r")]!).Should().BeApproximately(-1, 1e-9);
        // The authors' r of their k-NN models, recomputed from their file (tasks/ml/knn.txt: −0.528 over 64 models).
        ((double)knn[result.Table.Columns.ToList().FindIndex(c => c.Id == "authors_r")]!).Should().BeApproximately(-0.528, 0.0005);
        knn[result.Table.Columns.ToList().FindIndex(c => c.Id == "authors_n")].Should().Be(64);
    }

    [Fact]
    public void Fewer_than_eight_settings_or_a_missing_run_leave_the_verdict_inconclusive_with_the_reason()
    {
        var few = ClassifierClaim.Analyze(ClaimCatalog.C16, [Run(ClassifierFamily.DecisionTree, 0, Rising().Take(5))], Thresholds())
            .Verdicts.Single();
        var missing = ClassifierClaim.Analyze(ClaimCatalog.C16,
            [Run(ClassifierFamily.RandomForest, 0, Rising()), Run(ClassifierFamily.RandomForest, 1, Rising(), status: "missing")], Thresholds())
            .Verdicts.Single();

        few.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        few.Evidence.Should().StartWith("too few configurations (5, minimum 8)");
        missing.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        missing.Evidence.Should().Contain("runs missing or failed: 1/2 runs completed");
    }

    [Fact]
    public void The_settings_table_holds_the_seed_means_of_every_setting()
    {
        var result = ClassifierClaim.Analyze(ClaimCatalog.C16,
            [Run(ClassifierFamily.DecisionTree, 0, [(2, 40, 20, 3)]), Run(ClassifierFamily.DecisionTree, 1, [(2, 50, 30, 4)])], Thresholds());

        var row = result.MoreTables.Single(t => t.Name == "settings").Rows.Single();
        row.Should().Equal("decision-tree", 2.0, 2, 45.0, 25.0, 20.0, 3.5);
    }
}
