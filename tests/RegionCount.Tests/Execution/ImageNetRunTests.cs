using System.Globalization;
using FluentAssertions;
using RegionCount.Data;
using RegionCount.Execution;
using RegionCount.Experiments;
using RegionCount.Runtime;
using RegionCount.Tests.Data;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Execution;

/// <summary>
/// One ImageNet run through the real executor on a tiny ImageFolder the test writes: resnet18-imagenet at 3×224×224 with
/// crop and flip, ImageNet's normalization and segment probes between training images. The record names the data by
/// its manifest, and the inference chunks follow the memory budget at this input size: a budget with room for 3 inputs
/// gives chunks of 3 and the same counts and accuracies as the default budget.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class ImageNetRunTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-imagenet-run");

    public ImageNetRunTests() => TinyImageFolder.Write(Path.Combine(_root.FullName, "data", "imagenet"), trainPerClass: 3, valPerClass: 1);

    public void Dispose() => _root.Delete(recursive: true);

    private static RunSpec Spec()
    {
        var config = new RunConfig(RunConfig.CurrentFormatVersion,
            new DatasetSpec
            {
                Name = "imagenet", TrainSize = 8, TestSize = 4,
                Normalization = new NormalizationSpec { Mean = [0.485, 0.456, 0.406], Std = [0.229, 0.224, 0.225] },
            },
            new ModelSpec { Name = "resnet18-imagenet" },
            new RunHyperparameters(0.1, 8, 1e-5, OptimizerKind.Sgd, 0.9, ScheduleKind.Cosine, 1, AugmentationKind.CropFlip, 0),
            Seed: 0,
            MeasurementEpochs: [1],
            Probes: [new ProbeSpec { Kind = ProbeKind.Segment, Count = 2, Resolution = 4 }]);
        return new RunSpec(config, Fingerprint.Of(config), ["imagenet"]);
    }

    [Fact]
    public void A_run_at_224_records_its_manifest_and_chunks_by_the_memory_budget()
    {
        var run = Spec();
        using var free = new CancelAfterEpoch(-1);
        using var tight = new CancelAfterEpoch(-1);
        var ample = Execute(run, "ample", ExecutorSettings.DefaultMemoryBudget, free);
        long perInput = long.Parse(ample.Environment![MemoryKeys.InferencePerInput], CultureInfo.InvariantCulture);
        long budget = (long)(3.5 * perInput * MemoryCost.Headroom);

        var small = Execute(run, "small", budget, tight);

        ample.Status.Should().Be(RunStatus.Completed, ample.Message);
        ample.Environment[DatasetIdentity.RecordKey].Should().MatchRegex("^[0-9a-f]{64}  manifest of imagenet \\(12 train \\+ 4 val images, 4 classes");
        ample.RegionCounts.Select(m => m.Epoch).Should().Equal(0, 1);
        ample.RegionCounts.Should().OnlyContain(m => m.Mean >= 1 && m.Mean <= 4);
        int.Parse(ample.Environment[MemoryKeys.EvalBatch], CultureInfo.InvariantCulture).Should().BeGreaterThan(3);
        small.Environment![MemoryKeys.EvalBatch].Should().Be("3");
        small.Environment[MemoryKeys.PointsPerForward].Should().Be("3");
        ResumeRuns.Json(small.RegionCounts).Should().Be(ResumeRuns.Json(ample.RegionCounts), "chunking changes how points are grouped, not their labels");
        small.Summary![SummaryKeys.TestAccuracy].Should().Be(ample.Summary![SummaryKeys.TestAccuracy]);
        small.Summary[SummaryKeys.TrainAccuracyRunning].Should().Be(ample.Summary[SummaryKeys.TrainAccuracyRunning], "the same seeded crops and flips");
    }

    private RunResult Execute(RunSpec run, string cache, long budget, IRunProgress progress)
    {
        using var executor = new TorchRunExecutor(new DataLocator(Path.Combine(_root.FullName, "data"), null), CPU, Path.Combine(_root.FullName, cache), budget);
        return executor.Execute(run, progress, TestContext.Current.CancellationToken);
    }
}
