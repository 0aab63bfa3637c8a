using FluentAssertions;
using RegionCount.Reports.Assembly;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Claims;

/// <summary>
/// What every claim class checks, so the classes stay sentences: the claim's runs all exist and completed; an
/// asserted claim is reproduced (its evidence is the failure message); a recorded claim has its verdict computed
/// from real evidence and written to the test output, and is skipped with its verdict as the reason when it is not
/// reproduced; and each metric table matches its verified snapshot
/// (expected/&lt;profile&gt;/&lt;claim&gt;/&lt;table&gt;.verified.md), which pins recorded verdicts too.
/// </summary>
internal static class ClaimChecks
{
    public static ClaimOutcome Outcome(ProfileFixture fixture, string id)
    {
        var outcome = fixture.Analysis.Get(id);
        if (outcome is null)
        {
            var note = fixture.Profile.Claims?.TryGetValue(id, out var e) == true ? e.Note : null;
            Assert.Skip($"profile {fixture.Profile.Name} plans no runs for claim {id}{(note is null ? "" : $" ({note})")}");
        }
        return outcome;
    }

    /// <summary>
    /// An asserted claim must be reproduced. A recorded claim must rest on evidence; when its verdict is not
    /// "reproduced" the test ends skipped with the verdict as its reason (and a runner warning), so the summary of
    /// `dotnet test` lists every claim this profile does not reproduce instead of counting it as passed.
    /// </summary>
    public static void Holds(ProfileFixture fixture, string id, ITestOutputHelper output)
    {
        var outcome = Outcome(fixture, id);
        outcome.MissingRuns.Should().Be(0,
            $"every run claim {id} needs must have a record in {fixture.StoreDirectory} (run `regioncount sweep --profile {fixture.Profile.Name}`)");
        outcome.Result.Verdicts.Should().NotBeEmpty();
        var unreproduced = new List<string>();
        foreach (var v in outcome.Result.Verdicts)
        {
            var line = $"{v.ClaimId} {v.Subject}: {v.OutcomeText} ({(outcome.Asserted ? "asserted" : "recorded")}); {v.Statistic} {v.ValueWithInterval()}; N {v.N}; judged by {v.Threshold}; {v.Explanation}";
            output.WriteLine(line);
            if (outcome.Asserted)
            {
                v.Outcome.Should().Be(VerdictOutcome.Reproduced, $"profile {fixture.Profile.Name} asserts {id} for {v.Subject}: {v.Explanation}");
            }
            else
            {
                // "reproduced" or "not reproduced" must rest on data; "inconclusive" may rest on none (every
                // configuration excluded for not interpolating, say), and then says why.
                if (v.Outcome == VerdictOutcome.Inconclusive)
                {
                    v.Evidence.Should().NotBeNullOrWhiteSpace($"the inconclusive verdict of {id} for {v.Subject} must say why");
                }
                else
                {
                    v.N.Should().BePositive($"the recorded verdict of {id} for {v.Subject} must rest on evidence: {v.Explanation}");
                }
                if (v.Outcome != VerdictOutcome.Reproduced)
                {
                    unreproduced.Add($"{v.Subject}: {v.OutcomeText} ({v.Statistic} {v.ValueWithInterval()}, N {v.N}; judged by {v.Threshold})");
                }
            }
        }
        if (unreproduced.Count > 0)
        {
            var reason = $"{id} is recorded (not asserted) at profile {fixture.Profile.Name}, and its verdict is not 'reproduced': {string.Join("; ", unreproduced)}";
            TestContext.Current.AddWarning(reason);
            Assert.Skip(reason);
        }
    }

    public static void TablesMatchSnapshots(ProfileFixture fixture, string id)
    {
        var outcome = Outcome(fixture, id);
        foreach (var table in outcome.Result.Tables)
        {
            var result = fixture.Snapshots.Verify(fixture.Profile.Name!, id, table);
            result.Matched.Should().BeTrue(result.Message);
            if (!result.Exact)
            {
                TestContext.Current.AddWarning($"{result.Message} (numerics: {fixture.Numerics.Describe()})");
            }
        }
    }
}
