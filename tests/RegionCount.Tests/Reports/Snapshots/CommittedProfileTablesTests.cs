using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Assembly;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Snapshots;
using Xunit;

namespace RegionCount.Tests.Reports.Snapshots;

/// <summary>
/// Every verified table of a profile whose records are committed (cpu, cifar-cpu), recomputed from those records in every test
/// run and compared exactly: the claim tests check them only when run with REGIONCOUNT_PROFILE=cpu, so without this a
/// change in an analysis could leave the cpu report and its snapshots behind unnoticed. Pure arithmetic on stored
/// numbers (no training, about 8 s), so the comparison is exact on every machine.
/// </summary>
public sealed class CommittedProfileTablesTests
{
    [Theory]
    [InlineData("cpu")]
    [InlineData("cifar-cpu")]
    public void Every_table_from_the_committed_records_matches_its_verified_snapshot(string name)
    {
        var profile = ClaimCatalog.LoadProfile(name);
        var root = RepositoryRoot.Find();
        var analysis = ProfileAnalysis.FromStore(profile, Path.Combine(root, RunStore.DefaultDirectory(name)));
        var snapshots = SnapshotVerifier.ForRepository(SnapshotMode.Exact);
        var tables = analysis.ClaimIds.Select(analysis.Get).OfType<ClaimOutcome>()
            .SelectMany(o => o.Result.Tables.Select(t => (Claim: o.Result.Claim.Id, Table: t)))
            .Append((Claim: VerdictTable.Name, Table: VerdictTable.Build(analysis)))
            .ToList();

        var results = tables.Select(t => snapshots.Verify(name, t.Claim, t.Table)).ToList();

        results.Where(r => !r.Matched).Select(r => r.Message).Should().BeEmpty();
        var verified = Directory.GetFiles(Path.Combine(root, "expected", name), "*.verified.md", SearchOption.AllDirectories);
        results.Select(r => Path.GetFullPath(r.VerifiedPath)).Should().BeEquivalentTo(verified.Select(Path.GetFullPath),
            "every verified table of the profile is recomputed here, and every recomputed table has one");
    }
}
