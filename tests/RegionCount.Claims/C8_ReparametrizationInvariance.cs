using Xunit;

namespace RegionCount.Claims;

/// <summary>C8: The region count is invariant to a function-preserving reparametrization, while parameter norms change.</summary>
[Claim("C8")]
[Collection(TorchCollection.Name)]
public sealed class C8_ReparametrizationInvariance(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Rescaling_a_relu_layer_changes_norms_but_no_label_on_any_probe() => ClaimChecks.Holds(fixture, "C8", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C8");
}
