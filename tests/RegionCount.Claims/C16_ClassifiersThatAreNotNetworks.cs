using Xunit;

namespace RegionCount.Claims;

/// <summary>C16: The region count tracks the generalization gap for classifiers that are not neural networks (decision
/// trees, random forests; k-NN, a linear SVM and logistic regression shown beside them), on flattened pixels.</summary>
[Claim("C16")]
[Collection(TorchCollection.Name)]
public sealed class C16_ClassifiersThatAreNotNetworks(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_correlates_with_the_gap_for_trees_and_forests() => ClaimChecks.Holds(fixture, "C16", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C16");
}
