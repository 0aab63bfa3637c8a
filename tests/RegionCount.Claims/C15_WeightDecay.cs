using Xunit;

namespace RegionCount.Claims;

/// <summary>C15: The region count tracks the generalization gap as the weight decay varies, judged per (learning
/// rate, batch) slice beside the authors' readings of their runs.</summary>
[Claim("C15")]
[Collection(TorchCollection.Name)]
public sealed class C15_WeightDecay(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_tracks_the_gap_across_weight_decays() => ClaimChecks.Holds(fixture, "C15", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C15");
}
