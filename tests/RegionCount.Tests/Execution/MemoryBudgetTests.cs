using FluentAssertions;
using RegionCount.Data;
using RegionCount.Execution;
using RegionCount.Experiments;
using RegionCount.Runtime;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Execution;

[Collection(TorchCollection.Name)]
public sealed class MemoryBudgetTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-memory-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_small_budget_shrinks_the_chunks_states_them_in_the_record_and_counts_the_same()
    {
        var run = ResumeRuns.Spec();
        using var free = new CancelAfterEpoch(-1);
        using var tight = new CancelAfterEpoch(-1);
        var ample = Execute(run, "ample", ExecutorSettings.DefaultMemoryBudget, free);
        long perInput = long.Parse(ample.Environment![MemoryKeys.InferencePerInput], System.Globalization.CultureInfo.InvariantCulture);
        // Room for 7 inputs' counted bytes once the headroom is taken off.
        long budget = (long)(7 * perInput * MemoryCost.Headroom);

        var small = Execute(run, "small", budget, tight);

        ample.Environment[MemoryKeys.EvalBatch].Should().Be("1024", "the default budget leaves the recipe's evaluation batch alone");
        ample.Environment[MemoryKeys.PointsPerForward].Should().Be("4000,4000,4000");
        small.Environment![MemoryKeys.EvalBatch].Should().Be("7");
        small.Environment[MemoryKeys.PointsPerForward].Should().Be("7,7,7");
        small.Environment[MemoryKeys.Budget].Should().Be(MemorySize.Format(budget));
        small.Environment[MemoryKeys.InferencePerInput].Should().Be(ample.Environment[MemoryKeys.InferencePerInput]);
        ResumeRuns.Json(small.RegionCounts).Should().Be(ResumeRuns.Json(ample.RegionCounts), "chunking changes how points are grouped, not their labels");
        small.Summary!.Should().ContainKey(SummaryKeys.TestAccuracy).WhoseValue.Should().Be(ample.Summary![SummaryKeys.TestAccuracy]);
        small.Summary[SummaryKeys.TrainAccuracyClean].Should().Be(ample.Summary[SummaryKeys.TrainAccuracyClean]);
    }

    private RunResult Execute(RunSpec run, string cache, long budget, IRunProgress progress)
    {
        using var executor = new TorchRunExecutor(DataLocator.FromEnvironment(null), CPU, Path.Combine(_root.FullName, cache), budget);
        return executor.Execute(run, progress, TestContext.Current.CancellationToken);
    }
}
