using Xunit;

namespace RegionCount.Claims;

/// <summary>C17: The correlation holds for a Vision Transformer (the authors' ViT-CIFAR on CIFAR-10; paper profile only).</summary>
[Claim("C17")]
[Collection(TorchCollection.Name)]
public sealed class C17_TheCorrelationHoldsForAVisionTransformer(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_tracks_the_gap_for_the_vision_transformer() => ClaimChecks.Holds(fixture, "C17", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C17");
}
