using System.Diagnostics;
using RegionCount.Classifiers;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Theory;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using ExperimentTable = RegionCount.Experiments.MetricTable;
using TheoryStatus = RegionCount.Theory.RunStatus;

namespace RegionCount.Execution;

/// <summary>
/// Runs a study (<see cref="StudySpec"/>) and returns its record's content: one metrics row per simulated run (T1
/// stability), per learning rate (T1 toy, with its decision map as a label grid), per scale (C8) or per classifier
/// setting (C16). The analyses in
/// RegionCount.Reports read only these rows. A study is short (seconds to minutes); it has no checkpoint: a killed
/// study reruns whole.
/// </summary>
internal static class StudyRunner
{
    public static RunResult Run(RunConfig config, Func<DatasetSpec, LoadedDataset> data, Device device)
    {
        var study = config.Study ?? throw new ArgumentException("not a study run", nameof(config));
        var clock = Stopwatch.StartNew();
        var (metrics, counts, summary) = study.Kind switch
        {
            StudyKind.Stability => OneThread(() => Stability(study, device)),
            StudyKind.Toy => OneThread(() => Toy(study, config.Seed, device)),
            StudyKind.Invariance => Invariance(study, config, data(config.Dataset), device),
            StudyKind.Classifiers => Classifiers(study, config, data(config.Dataset), device),
            _ => throw new InvalidDataException($"study kind {study.Kind}: not runnable"),
        };
        return new RunResult(Experiments.RunStatus.Completed, null, metrics, counts, summary,
            new Dictionary<string, double> { ["total"] = clock.Elapsed.TotalSeconds });
    }

    /// <summary>The small double-precision simulations run on one thread (as they always have: their results are
    /// pinned in the verified tables).</summary>
    private static T OneThread<T>(Func<T> work)
    {
        int threads = get_num_threads();
        set_num_threads(1);
        try
        {
            return work();
        }
        finally
        {
            set_num_threads(threads);
        }
    }

    /// <summary>The simulation design a stability study describes (one dimension per run).</summary>
    public static StabilityDesign Design(StudySpec s) => new(
        Points: s.Points!.Value,
        BlockSize: s.BlockSize!.Value,
        Dimension: s.Dimensions!.Single(),
        OffsetNorm: s.Dimensions!.Single() == 1 ? 0 : s.OffsetNorm!.Value,
        Width: s.Width!.Value,
        Kappas: s.Kappas!,
        Seeds: s.Seeds!,
        MaxSteps: s.MaxSteps!.Value,
        GradientTolerance: s.GradientTolerance!.Value,
        LossTolerance: s.LossTolerance!.Value,
        BlowUpLoss: s.BlowUpLoss!.Value,
        CheckEvery: s.CheckEvery!.Value,
        DataSeed: s.DataSeed!.Value);

    private static (ExperimentTable, IReadOnlyList<RegionCountMeasurement>, Dictionary<string, double>) Stability(StudySpec study, Device device)
    {
        var result = StabilitySimulation.Run(Design(study), device);
        var rows = result.Runs.Select(r => (IReadOnlyList<double>)[r.Level, r.Kappa, r.Eta, r.Seed,
            r.Status switch { TheoryStatus.Converged => StudyRows.Converged, TheoryStatus.Diverged => StudyRows.Diverged, _ => StudyRows.NotConverged },
            r.Steps, r.Loss, r.GradientNorm, r.TopEigenvalue, r.SignChanges, r.TrainErrors, r.ActiveUnits]).ToList();
        var table = new ExperimentTable(StudyRows.Stability, rows);
        return (table, [], new Dictionary<string, double> { ["referenceSharpness"] = result.ReferenceSharpness });
    }

    private static (ExperimentTable, IReadOnlyList<RegionCountMeasurement>, Dictionary<string, double>) Toy(StudySpec study, long seed, Device device)
    {
        var maps = ToyMaps.Compute(device, study.LearningRates!, study.MaxSteps!.Value, seed, study.GridSize!.Value);
        var table = new ExperimentTable(StudyRows.Toy,
            maps.Select(m => (IReadOnlyList<double>)[m.LearningRate, m.Regions, m.FinalLoss, m.TrainCorrect]).ToList());
        var grids = maps.Select((m, i) => new RegionCountMeasurement(0, i, m.Regions, null, null,
            Map: new LabelGrid(m.Labels.GetLength(0), m.Labels.GetLength(1), [.. m.Labels.Cast<int>()]))).ToList();
        return (table, grids, []);
    }

    private static (ExperimentTable, IReadOnlyList<RegionCountMeasurement>, Dictionary<string, double>) Invariance(
        StudySpec study, RunConfig config, LoadedDataset data, Device device)
    {
        var rows = new List<IReadOnlyList<double>>();
        var probe = SpecConversions.Probe(config.Probes.Single());
        using var meter = RegionMeter.ForSplit(probe, data.Train, data.Test, (int)config.Seed, device);
        foreach (var c in study.Scales!)
        {
            using var model = ModelFactory.Create(config.Model.Name!, data.Train.Shape, data.Train.Classes, SpecConversions.Model(config.Model, config.Seed));
            model.to(device);
            var before = meter.Measure(model);
            double normBefore = Norm(model);
            var linears = model.modules().OfType<Linear>().ToList();
            using (no_grad())
            {
                linears[0].weight!.mul_(c);
                linears[0].bias!.mul_(c);
                linears[1].weight!.div_(c);
            }
            var after = meter.Measure(model);
            double normAfter = Norm(model);
            int same = before.Probes.Zip(after.Probes).Count(p => p.First.Labels.SequenceEqual(p.Second.Labels));
            rows.Add([c, before.Probes.Count, probe.Points, same, before.Summary.Mean, after.Summary.Mean, normBefore, normAfter]);
        }
        var table = new ExperimentTable(StudyRows.Invariance, rows);
        return (table, [], []);
    }

    /// <summary>C16: the run's one classifier family at each of its settings, counted on the run's one probe setting
    /// (drawn from the run's seed, as a network's).</summary>
    private static (ExperimentTable, IReadOnlyList<RegionCountMeasurement>, Dictionary<string, double>) Classifiers(
        StudySpec study, RunConfig config, LoadedDataset data, Device device)
    {
        var probe = SpecConversions.Probe(config.Probes.Single());
        using var meter = RegionMeter.ForSplit(probe, data.Train, data.Test, (int)config.Seed, device);
        var rows = ClassifierStudy.Run(study.Classifiers!.Single(), data, meter, config.Seed);
        return (new ExperimentTable(StudyRows.Classifiers, rows), [], []);
    }

    private static double Norm(nn.Module<Tensor, Tensor> model)
    {
        using var scope = NewDisposeScope();
        return Math.Sqrt(model.parameters().Sum(p => p.detach().pow(2).sum().item<float>()));
    }
}
