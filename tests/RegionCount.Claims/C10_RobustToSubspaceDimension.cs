using Xunit;

namespace RegionCount.Claims;

/// <summary>C10: The correlation holds on 2-D…5-D simplices and counts grow with the dimension.</summary>
[Claim("C10")]
[Collection(TorchCollection.Name)]
public sealed class C10_RobustToSubspaceDimension(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_correlation_holds_at_every_simplex_dimension() => ClaimChecks.Holds(fixture, "C10", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C10");
}
