using Xunit;

namespace RegionCount.Claims;

/// <summary>C1 on ImageNet-1k: the region count tracks the generalization gap of torchvision's ResNet18 (paper profile
/// only; the authors' ImageNet logs are unusable, so no paper number).</summary>
[Claim("C1-imagenet")]
[Collection(TorchCollection.Name)]
public sealed class C1_ImageNet_TheCorrelationOnImageNet(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_correlates_with_the_generalization_gap_on_imagenet() => ClaimChecks.Holds(fixture, "C1-imagenet", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C1-imagenet");
}
