using Xunit;

namespace RegionCount.Claims;

/// <summary>C5: Figure 1: region count falls with the learning rate at every batch size; decision maps of a low- and a high-count model.</summary>
[Claim("C5")]
[Collection(TorchCollection.Name)]
public sealed class C5_FigureOne(ProfileFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Region_count_falls_with_learning_rate_at_every_batch_size() => ClaimChecks.Holds(fixture, "C5", output);

    [Fact]
    public void Metric_tables_match_their_verified_snapshots() => ClaimChecks.TablesMatchSnapshots(fixture, "C5");
}
