using Xunit;

namespace RegionCount.Claims;

/// <summary>C11: The correlation holds when training with Adam or Adagrad.</summary>
[Claim("C11")]
[Collection(TorchCollection.Name)]
public sealed class C11_RobustToTheOptimizer(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_correlation_holds_for_every_optimizer() => ClaimChecks.Holds(fixture, "C11", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C11");
}
