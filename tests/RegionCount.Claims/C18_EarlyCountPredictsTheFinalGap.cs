using Xunit;

namespace RegionCount.Claims;

/// <summary>C18: The region count early in training predicts the final generalization.</summary>
[Claim("C18")]
[Collection(TorchCollection.Name)]
public sealed class C18_EarlyCountPredictsTheFinalGap(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_early_count_predicts_the_final_test_error() => ClaimChecks.Holds(fixture, "C18", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C18");
}
