using FluentAssertions;
using RegionCount.Reports.Snapshots;
using RegionCount.Reports.Tables;
using Xunit;

namespace RegionCount.Tests.Reports.Snapshots;

public sealed class SnapshotVerifierTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-expected");

    public void Dispose() => _root.Delete(recursive: true);

    private static MetricTable Table(double r, string verdict = "reproduced") =>
        new MetricTable("correlation", "RC vs gap", [
            new MetricColumn("net", "network"),
            new MetricColumn("r", "Pearson r", Decimals: 4),
            new MetricColumn("verdict", "verdict"),
        ]).Add("mlp", r, verdict);

    private static readonly SnapshotTolerances Measured = new("test", ["other"],
        new Dictionary<string, IReadOnlyDictionary<string, double>> { ["C1/correlation"] = new Dictionary<string, double> { ["Pearson r"] = 0.01 } }, []);

    private SnapshotVerifier Verifier(SnapshotMode mode = SnapshotMode.Exact, bool accept = false) => new(_root.FullName, mode, accept, _ => Measured);

    [Fact]
    public void A_missing_snapshot_fails_and_writes_the_received_file()
    {
        var result = Verifier().Verify("smoke", "C1", Table(0.9));

        result.Matched.Should().BeFalse();
        File.Exists(result.ReceivedPath).Should().BeTrue();
        result.ReceivedPath.Should().EndWith(Path.Combine("smoke", "C1", "correlation.received.md"));
        result.Message.Should().Contain("no verified snapshot");
    }

    [Fact]
    public void Accepting_writes_the_verified_file_and_the_same_table_then_matches()
    {
        Verifier(accept: true).Verify("smoke", "C1", Table(0.9)).Matched.Should().BeTrue();

        var result = Verifier().Verify("smoke", "C1", Table(0.9));

        result.Matched.Should().BeTrue(result.Message);
        File.ReadAllText(result.VerifiedPath).Should().Contain("| mlp | 0.9000 | reproduced |");
    }

    [Fact]
    public void Exact_mode_fails_on_any_changed_number_and_shows_the_line_even_within_a_measured_tolerance()
    {
        Verifier(accept: true).Verify("smoke", "C1", Table(0.9));

        var result = Verifier().Verify("smoke", "C1", Table(0.9001));

        result.Matched.Should().BeFalse();
        result.Message.Should().Contain("verified: | mlp | 0.9000 | reproduced |").And.Contain("received: | mlp | 0.9001 | reproduced |");
        File.ReadAllText(result.ReceivedPath!).Should().Contain("0.9001");
    }

    [Fact]
    public void Band_mode_accepts_a_change_within_the_column_tolerance()
    {
        Verifier(accept: true).Verify("smoke", "C1", Table(0.9));

        var result = Verifier(SnapshotMode.Band).Verify("smoke", "C1", Table(0.905));

        result.Matched.Should().BeTrue(result.Message);
        result.Exact.Should().BeFalse();
        result.Message.Should().Contain("not bit-identical");
    }

    [Fact]
    public void Band_mode_compares_a_column_without_a_measured_tolerance_exactly()
    {
        Verifier(accept: true).Verify("smoke", "C3", Table(0.9));

        var result = Verifier(SnapshotMode.Band).Verify("smoke", "C3", Table(0.9001));

        result.Matched.Should().BeFalse();
        result.Message.Should().Contain("tolerance 0");
    }

    [Fact]
    public void Tolerances_are_the_largest_printed_difference_per_column_and_text_changes_are_listed()
    {
        static IReadOnlyDictionary<string, string> Printed(MetricTable table) =>
            new Dictionary<string, string> { ["C1/correlation"] = MarkdownTable.Write(table) };

        var measured = SnapshotTolerances.Measure("test", Printed(Table(0.9)), new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["b"] = Printed(Table(0.8950, "inconclusive")),
            ["a"] = Printed(Table(0.9031)),
        });

        measured.For("C1", "correlation", "Pearson r").Should().BeApproximately(0.005, 1e-12);
        measured.For("C1", "correlation", "network").Should().Be(0);
        measured.TextChanges.Should().Equal("C1/correlation row 1 verdict: reproduced → inconclusive (b)");
        measured.Environments.Should().Equal("a", "b");
    }

    [Fact]
    public void A_tolerance_file_round_trips_and_a_bad_one_names_the_file()
    {
        var path = Path.Combine(_root.FullName, SnapshotTolerances.FileName);
        Measured.Save(path);
        SnapshotTolerances.Load(path).For("C1", "correlation", "Pearson r").Should().Be(0.01);

        File.WriteAllText(path, "{ not json");
        var load = () => SnapshotTolerances.Load(path);
        load.Should().Throw<InvalidDataException>().WithMessage($"{path}: not a tolerance file*");
        SnapshotTolerances.Load(Path.Combine(_root.FullName, "absent.json")).Should().BeSameAs(SnapshotTolerances.None);
    }

    [Fact]
    public void Band_mode_fails_beyond_the_tolerance_naming_column_values_and_tolerance()
    {
        Verifier(accept: true).Verify("smoke", "C1", Table(0.9));

        var result = Verifier(SnapshotMode.Band).Verify("smoke", "C1", Table(0.95));

        result.Matched.Should().BeFalse();
        result.Message.Should().Contain("Pearson r: 0.9000 → 0.9500").And.Contain("tolerance 0.01");
    }

    [Fact]
    public void Band_mode_still_fails_on_a_changed_text_cell()
    {
        Verifier(accept: true).Verify("smoke", "C1", Table(0.9));

        var result = Verifier(SnapshotMode.Band).Verify("smoke", "C1", Table(0.9, "not reproduced"));

        result.Matched.Should().BeFalse();
        result.Message.Should().Contain("verdict: 'reproduced' → 'not reproduced'");
    }

    [Fact]
    public void A_match_removes_a_stale_received_file()
    {
        Verifier(accept: true).Verify("smoke", "C1", Table(0.9));
        var failed = Verifier().Verify("smoke", "C1", Table(0.8));

        Verifier().Verify("smoke", "C1", Table(0.9)).Matched.Should().BeTrue();

        File.Exists(failed.ReceivedPath).Should().BeFalse();
    }

    [Fact]
    public void Acceptor_turns_every_received_file_into_its_verified_file()
    {
        var failed = Verifier().Verify("smoke", "C3", Table(0.7));

        var accepted = SnapshotAcceptor.AcceptAll(_root.FullName, "smoke");

        accepted.Should().Equal(failed.VerifiedPath);
        Verifier().Verify("smoke", "C3", Table(0.7)).Matched.Should().BeTrue();
    }
}
