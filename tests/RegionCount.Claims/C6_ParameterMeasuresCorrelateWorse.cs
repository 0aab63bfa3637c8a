using Xunit;

namespace RegionCount.Claims;

/// <summary>C6: Parameter-dependent measures correlate worse with generalization than the region count.</summary>
[Claim("C6")]
[Collection(TorchCollection.Name)]
public sealed class C6_ParameterMeasuresCorrelateWorse(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_correlates_better_than_every_parameter_measure() => ClaimChecks.Holds(fixture, "C6", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C6");
}
