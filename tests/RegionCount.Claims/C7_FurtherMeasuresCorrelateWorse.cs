using Xunit;

namespace RegionCount.Claims;

/// <summary>C7: Further (norm-based) complexity measures correlate worse with generalization than the region count.</summary>
[Claim("C7")]
[Collection(TorchCollection.Name)]
public sealed class C7_FurtherMeasuresCorrelateWorse(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_region_count_correlates_better_than_each_norm_based_measure() => ClaimChecks.Holds(fixture, "C7", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C7");
}
