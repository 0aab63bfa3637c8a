using Xunit;

namespace RegionCount.Claims;

/// <summary>C1: Region count correlates strongly and positively with the generalization gap (Fig. 4).</summary>
[Claim("C1")]
[Collection(TorchCollection.Name)]
public sealed class C1_RegionCountTracksTheGap(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_correlates_with_the_generalization_gap() => ClaimChecks.Holds(fixture, "C1", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C1");
}
