using Xunit;

namespace RegionCount.Claims;

/// <summary>C4: A smaller batch size gives a smaller region count.</summary>
[Claim("C4")]
[Collection(TorchCollection.Name)]
public sealed class C4_SmallerBatchFewerRegions(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Smaller_batch_gives_fewer_regions() => ClaimChecks.Holds(fixture, "C4", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C4");
}
