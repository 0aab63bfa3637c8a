using Xunit;

namespace RegionCount.Claims;

/// <summary>C2: The correlation holds for more CNNs.</summary>
[Claim("C2")]
[Collection(TorchCollection.Name)]
public sealed class C2_TheCorrelationHoldsForMoreNetworks(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_correlation_holds_for_every_further_network() => ClaimChecks.Holds(fixture, "C2", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C2");
}
