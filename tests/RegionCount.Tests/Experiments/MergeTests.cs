using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class MergeTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-merge");

    public void Dispose() => _root.Delete(recursive: true);

    private RunStore Store(string name) => new(Path.Combine(_root.FullName, name));

    private static SweepPlan Plan() => SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json"));

    [Fact]
    public void Shards_merge_into_one_store_holding_every_run()
    {
        var plan = Plan();
        for (int i = 1; i <= 3; i++)
        {
            new SweepRunner(Store($"s{i}"), new FakeExecutor(), NullSweepProgress.Instance).Run(plan.Shard(new ShardSpec(i, 3)), TestContext.Current.CancellationToken);
        }
        var into = Store("all");

        var summary = StoreMerger.Merge([.. Enumerable.Range(1, 3).Select(i => Store($"s{i}").Directory)], into);

        summary.Copied.Should().Be(8);
        summary.Conflicts.Should().BeEmpty();
        into.ReadAll().Select(r => r.Fingerprint).Should().BeEquivalentTo(plan.Runs.Select(r => r.Fingerprint));
        StoreMerger.Merge([Store("s1").Directory], into).AlreadyPresent.Should().Be(Store("s1").ReadAll().Count);
    }

    [Fact]
    public void Two_different_final_records_of_one_run_are_a_conflict_and_nothing_is_overwritten()
    {
        var run = Plan().Runs[0];
        Store("a").Write(RunStoreTests.Record(run));
        Store("b").Write(RunStoreTests.Record(run) with { Message = "other machine" });
        var into = Store("all");
        StoreMerger.Merge([Store("a").Directory], into);

        var summary = StoreMerger.Merge([Store("b").Directory], into);

        summary.Conflicts.Should().ContainSingle().Which.Should().Contain(run.Fingerprint).And.Contain(Store("b").Directory);
        into.TryRead(run.Fingerprint)!.Message.Should().BeNull();
    }

    [Fact]
    public void A_final_record_replaces_a_failed_one()
    {
        var run = Plan().Runs[0];
        Store("a").Write(RunStoreTests.Record(run, RunStatus.Failed));
        Store("b").Write(RunStoreTests.Record(run));
        var into = Store("all");

        var summary = StoreMerger.Merge([Store("a").Directory, Store("b").Directory], into);

        summary.Replaced.Should().Be(1);
        into.TryRead(run.Fingerprint)!.Status.Should().Be(RunStatus.Completed);
    }

    [Fact]
    public void A_missing_source_is_an_error_naming_it()
    {
        var act = () => StoreMerger.Merge(["/nowhere/runs"], Store("all"));

        act.Should().Throw<StoreException>().WithMessage("merge: source store /nowhere/runs does not exist");
    }
}
