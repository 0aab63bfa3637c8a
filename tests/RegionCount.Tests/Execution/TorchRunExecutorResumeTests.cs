using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Execution;
using RegionCount.Tests.Experiments;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Execution;

/// <summary>
/// The real executor and trainer, killed right after a checkpoint and resumed in a new executor: the record must hold
/// every planned region count, bit for bit those of the same run never interrupted.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class TorchRunExecutorResumeTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-executor-resume");

    public void Dispose() => _root.Delete(recursive: true);

    private string Cache(string name) => Path.Combine(_root.FullName, name);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0)]                     // the first checkpoint: after the epoch-0 counts, before any training
    [InlineData(3)]                     // mid-run: after the epoch-2 counts
    [InlineData(ResumeRuns.Epochs)]     // the last checkpoint: every count taken, only the record left to write
    public void A_run_killed_after_a_checkpoint_and_resumed_records_every_count_of_the_uninterrupted_run(int killedAfter)
    {
        var run = ResumeRuns.Spec();
        using var straight = new CancelAfterEpoch(-1);
        var uninterrupted = ResumeRuns.Execute(run, Cache("straight"), straight, Ct);

        string cache = Cache("killed");
        using (var killed = new CancelAfterEpoch(killedAfter))
        {
            var kill = () => ResumeRuns.Execute(run, cache, killed, killed.Token);
            kill.Should().Throw<OperationCanceledException>();
        }
        Directory.Exists(TorchRunExecutor.CheckpointFolder(cache, run.Fingerprint, CPU)).Should().BeTrue("the killed attempt left its checkpoint");
        using var again = new CancelAfterEpoch(-1);
        var resumed = ResumeRuns.Execute(run, cache, again, Ct);

        again.Reported.Should().Equal(Enumerable.Range(killedAfter + 1, ResumeRuns.Epochs - killedAfter),
            "the second attempt resumed from the checkpoint instead of training again");
        uninterrupted.RegionCounts.Select(m => (m.Epoch, m.ProbeIndex)).Should().Equal(ResumeRuns.Planned(run));
        resumed.Status.Should().Be(RunStatus.Completed);
        resumed.RegionCounts.Select(m => (m.Epoch, m.ProbeIndex)).Should().Equal(ResumeRuns.Planned(run));
        ResumeRuns.Json(resumed.RegionCounts).Should().Be(ResumeRuns.Json(uninterrupted.RegionCounts));
        resumed.RegionCounts.Where(m => m.Epoch <= killedAfter).Should().Contain(m => m.Map != null)
            .And.Contain(m => m.Extra!.ContainsKey("exactMean"), "label maps and exact counts are restored too");
        ResumeRuns.Results(resumed.Metrics).Should().BeEquivalentTo(ResumeRuns.Results(uninterrupted.Metrics), o => o.WithStrictOrdering());
        resumed.Summary.Should().Equal(uninterrupted.Summary);
        Directory.Exists(TorchRunExecutor.CheckpointFolder(cache, run.Fingerprint, CPU)).Should().BeFalse("a recorded run's checkpoint is removed");
    }

    [Fact]
    public void A_resumed_run_whose_checkpoint_lost_a_count_is_recorded_failed_and_its_retry_completes_from_the_start()
    {
        var run = ResumeRuns.Spec();
        var plan = new SweepPlan("resume", [run]);
        using var straight = new CancelAfterEpoch(-1);
        var uninterrupted = ResumeRuns.Execute(run, Cache("straight"), straight, Ct);
        string cache = Cache("killed");
        using (var killed = new CancelAfterEpoch(3))
        {
            var kill = () => ResumeRuns.Execute(run, cache, killed, killed.Token);
            kill.Should().Throw<OperationCanceledException>();
        }
        // A fault in the checkpoint (or in the code that restores it): the ray counts of epoch 2 are gone.
        string statePath = Path.Combine(TorchRunExecutor.CheckpointFolder(cache, run.Fingerprint, CPU), "state.json");
        var state = JsonNode.Parse(File.ReadAllText(statePath))!;
        var epoch2 = state["Metrics"]!.AsArray().Single(e => (int)e!["Epoch"]! == 2)!["ProbeDetails"]!["regions"]!.AsArray();
        epoch2.Remove(epoch2.Single(m => (int)m!["probeIndex"]! == 1));
        File.WriteAllText(statePath, state.ToJsonString());
        var store = new RunStore(Path.Combine(_root.FullName, "runs"));

        RunRecord Sweep()
        {
            using var executor = new TorchRunExecutor(DataLocator.FromEnvironment(null), CPU, cache);
            new SweepRunner(store, executor, NullSweepProgress.Instance).Run(plan, Ct);
            return store.ReadAll().Single();
        }
        var refused = Sweep();

        refused.Status.Should().Be(RunStatus.Failed);
        refused.Message.Should().Contain("resumed from epoch 3").And.Contain("epoch 2: probe 1 (ray)")
            .And.Contain("not recorded as completed");
        refused.RegionCounts.Should().BeEmpty();
        Directory.Exists(TorchRunExecutor.CheckpointFolder(cache, run.Fingerprint, CPU)).Should().BeFalse("the untrusted checkpoint is dropped");
        var retried = Sweep();
        retried.Status.Should().Be(RunStatus.Completed);
        ResumeRuns.Json(retried.RegionCounts).Should().Be(ResumeRuns.Json(uninterrupted.RegionCounts));
    }
}
