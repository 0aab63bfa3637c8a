using System.Text.Json;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Execution;
using static TorchSharp.torch;

namespace RegionCount.Tests.Execution;

/// <summary>
/// A tiny real run for the resume tests: an MLP on 64 moons, 4 epochs (so the executor checkpoints after every epoch),
/// region counts planned at epochs 0, 2 and 4 with three probe settings (exact-checked segments, test-split rays, planes
/// with their label map), and helpers to run it in an executor of its own, as a new process would.
/// </summary>
internal static class ResumeRuns
{
    public const int Epochs = 4;

    public static RunSpec Spec()
    {
        var config = new RunConfig(RunConfig.CurrentFormatVersion,
            new DatasetSpec { Name = "moons", TrainSize = 64, TestSize = 64 },
            new ModelSpec { Name = "mlp", Options = new ModelSpecOptions { Widths = [16, 16] } },
            new RunHyperparameters(0.1, 16, 1e-4, OptimizerKind.Sgd, 0.9, ScheduleKind.Cosine, Epochs, AugmentationKind.None, 0),
            Seed: 3,
            MeasurementEpochs: [2, Epochs],
            Probes:
            [
                new ProbeSpec { Kind = ProbeKind.Segment, Count = 8, Resolution = 40, Exact = true },
                new ProbeSpec { Kind = ProbeKind.Ray, Count = 6, Resolution = 30, Split = ProbeSplit.Test, RayLength = 0.5 },
                new ProbeSpec { Kind = ProbeKind.Plane, Count = 2, Resolution = 12 },
            ]);
        return new RunSpec(config, Fingerprint.Of(config), ["resume"]);
    }

    /// <summary>Every (epoch, probe setting) the run plans, in record order: epoch 0, then the configured epochs.</summary>
    public static IReadOnlyList<(int Epoch, int Probe)> Planned(RunSpec run) =>
        [.. new[] { 0 }.Concat(run.Config.MeasurementEpochs).Distinct().Order()
            .SelectMany(e => Enumerable.Range(0, run.Config.Probes.Count).Select(p => (e, p)))];

    /// <summary>One attempt at the run in a fresh executor over <paramref name="cache"/> (one process of a sweep).</summary>
    public static RunResult Execute(RunSpec run, string cache, IRunProgress progress, CancellationToken cancellation)
    {
        using var executor = new TorchRunExecutor(DataLocator.FromEnvironment(null), CPU, cache);
        return executor.Execute(run, progress, cancellation);
    }

    /// <summary>The region counts as the record stores them (exact text: equal text = bit-identical doubles).</summary>
    public static string Json(IReadOnlyList<RegionCountMeasurement> counts) => JsonSerializer.Serialize(counts, ExperimentJson.Options);

    /// <summary>The metric table without its wall-time column (no two runs share wall times).</summary>
    public static IReadOnlyList<IReadOnlyList<double>> Results(MetricTable metrics)
    {
        int seconds = metrics.Columns.ToList().IndexOf("seconds");
        return [.. metrics.Rows.Select(r => (IReadOnlyList<double>)[.. r.Where((_, i) => i != seconds)])];
    }
}
