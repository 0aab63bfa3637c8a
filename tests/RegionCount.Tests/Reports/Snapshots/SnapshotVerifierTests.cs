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
            new MetricColumn("r", "Pearson r", Decimals: 4, Tolerance: 0.01),
            new MetricColumn("verdict", "verdict"),
        ]).Add("mlp", r, verdict);

    private SnapshotVerifier Verifier(SnapshotMode mode = SnapshotMode.Exact, bool accept = false) => new(_root.FullName, mode, accept);

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
    public void Exact_mode_fails_on_any_changed_number_and_shows_the_line()
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

        Verifier(SnapshotMode.Band).Verify("smoke", "C1", Table(0.905)).Matched.Should().BeTrue();
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
