using Xunit;

namespace RegionCount.Claims;

/// <summary>C12: The correlation holds with Spearman rank correlation.</summary>
[Claim("C12")]
[Collection(TorchCollection.Name)]
public sealed class C12_RankCorrelation(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Rank_correlation_with_the_gap_is_high() => ClaimChecks.Holds(fixture, "C12", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C12");
}
