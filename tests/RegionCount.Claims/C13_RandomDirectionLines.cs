using Xunit;

namespace RegionCount.Claims;

/// <summary>C13: The correlation holds when counting on random-direction rays.</summary>
[Claim("C13")]
[Collection(TorchCollection.Name)]
public sealed class C13_RandomDirectionLines(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Ray_counts_track_the_gap() => ClaimChecks.Holds(fixture, "C13", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C13");
}
