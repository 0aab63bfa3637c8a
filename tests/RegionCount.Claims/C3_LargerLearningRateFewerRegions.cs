using Xunit;

namespace RegionCount.Claims;

/// <summary>C3: A larger learning rate gives a smaller region count.</summary>
[Claim("C3")]
[Collection(TorchCollection.Name)]
public sealed class C3_LargerLearningRateFewerRegions(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Larger_learning_rate_gives_fewer_regions() => ClaimChecks.Holds(fixture, "C3", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C3");
}
