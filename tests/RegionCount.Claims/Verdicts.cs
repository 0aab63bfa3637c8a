using FluentAssertions;
using RegionCount.Reports.Assembly;
using Xunit;

namespace RegionCount.Claims;

/// <summary>
/// The verdict of every claim and subject, pinned in expected/&lt;profile&gt;/verdicts/verdicts.verified.md: a
/// change of any verdict word fails, whatever the snapshot mode, and the test reports which.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class Verdicts(ProfileFixture fixture)
{
    [Fact]
    public void Every_verdict_matches_its_verified_snapshot()
    {
        var result = fixture.Snapshots.Verify(fixture.Profile.Name!, VerdictTable.Name, VerdictTable.Build(fixture.Analysis));

        result.Matched.Should().BeTrue(result.Message);
        result.Exact.Should().BeTrue(result.Message);
    }
}
