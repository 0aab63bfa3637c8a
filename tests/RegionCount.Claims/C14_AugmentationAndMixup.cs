using Xunit;

namespace RegionCount.Claims;

/// <summary>C14: The correlation holds under augmentation and mixup, and both lower the region count.</summary>
[Claim("C14")]
[Collection(TorchCollection.Name)]
public sealed class C14_AugmentationAndMixup(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Augmentation_and_mixup_lower_the_region_count() => ClaimChecks.Holds(fixture, "C14", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C14");
}
