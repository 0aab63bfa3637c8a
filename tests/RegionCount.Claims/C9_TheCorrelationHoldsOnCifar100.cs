using Xunit;

namespace RegionCount.Claims;

/// <summary>C9: The correlation holds on CIFAR-100 (needs CIFAR-100: paper profile only).</summary>
[Claim("C9")]
[Collection(TorchCollection.Name)]
public sealed class C9_TheCorrelationHoldsOnCifar100(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_tracks_the_test_error_on_cifar100() => ClaimChecks.Holds(fixture, "C9", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C9");
}
