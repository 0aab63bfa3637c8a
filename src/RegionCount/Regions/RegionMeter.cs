using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Models;
using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// Built once per run: draws the probes from the chosen split with the run's seed and keeps them on the device.
/// <see cref="Measure"/> is called by training at the measurement epochs and always uses the same probes.
/// </summary>
public sealed class RegionMeter : IDisposable
{
    private readonly string _dataset;

    /// <summary>Endpoints from <paramref name="dataset"/> (the split named in <see cref="ProbeSettings.Split"/>).</summary>
    public RegionMeter(ProbeSettings settings, ImageDataset dataset, int seed, Device device)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Probes = ProbeSet.Create(settings, dataset, seed, device);
        Seed = seed;
        _dataset = dataset.Name;
    }

    /// <summary>Picks the split by <see cref="ProbeSettings.Split"/> (train by default, test optional; augmented-train draws
    /// from the training split and augments the endpoints, <see cref="ProbeSet.Create"/>).</summary>
    public static RegionMeter ForSplit(ProbeSettings settings, ImageDataset train, ImageDataset? test, int seed, Device device)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dataset = settings.Split is ProbeSplit.Train or ProbeSplit.AugmentedTrain
            ? train
            : test ?? throw new ArgumentException("ProbeSettings.Split: Test, but no test split was given", nameof(test));
        return new RegionMeter(settings, dataset, seed, device);
    }

    public ProbeSet Probes { get; }

    public int Seed { get; }

    public ProbeSettings Settings => Probes.Settings;

    /// <summary>Labels every probe point with the model (eval mode, no gradient) and counts regions per probe.</summary>
    public RegionMeasurement Measure(nn.Module<Tensor, Tensor> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Count(ProbeEvaluator.Predict(model, Probes));
    }

    /// <summary>Counts regions per probe from a label for every probe point, probe after probe (M·n labels, as
    /// <see cref="ProbeEvaluator.Evaluate"/> returns them): the same counting for a classifier that is not a network.</summary>
    public RegionMeasurement Count(IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var n = Probes.PointsPerProbe;
        if (predicted.Count != Probes.TotalPoints)
        {
            throw new ArgumentException($"RegionMeter: {predicted.Count} labels for {Probes.TotalPoints} probe points", nameof(predicted));
        }
        var connectivity = Settings.EffectiveConnectivity;
        var results = new List<ProbeResult>(Probes.Probes.Count);
        foreach (var probe in Probes.Probes)
        {
            var labels = new int[probe.GridSize];
            Array.Fill(labels, -1);
            for (int i = 0; i < n; i++)
            {
                labels[probe.Cells[i]] = predicted[(probe.Index * n) + i];
            }
            results.Add(new ProbeResult(probe, labels, RegionCounter.Count(labels, probe.Shape, connectivity)));
        }
        var summary = RegionSummary.From(Settings.Kind, Settings.Dimension, results.Select(r => r.Count).ToList());
        return new RegionMeasurement(Settings, Seed, _dataset, results, summary);
    }

    /// <summary>Exact counts of every 1-D probe (the model must be an <see cref="ILayerSequence"/>).</summary>
    public IReadOnlyList<ExactLineResult> MeasureExact(nn.Module<Tensor, Tensor> model)
    {
        var network = model as ILayerSequence
            ?? throw new ArgumentException($"RegionMeter: {model.GetType().Name} is not an ILayerSequence", nameof(model));
        using var mode = ProbeEvaluator.WithEval(model);
        using var counter = new ExactLineCounter(network);
        var results = new List<ExactLineResult>(Probes.Probes.Count);
        for (int p = 0; p < Probes.Probes.Count; p++)
        {
            var (origin, direction) = Probes.Line(p);
            using (origin)
            using (direction)
            {
                results.Add(counter.Count(origin, direction, Settings.Left, Settings.Right));
            }
        }
        return results;
    }

    /// <summary>The grid estimator against the exact count on every probe (miss = exact − grid); measures the grid
    /// first. A caller that already holds this model's <see cref="Measure"/> passes it to the other overload instead.</summary>
    public LineComparison CompareWithExact(nn.Module<Tensor, Tensor> model) => CompareWithExact(model, Measure(model));

    /// <summary>The grid counts of <paramref name="measured"/>, this meter's <see cref="Measure"/> of the same model
    /// state, against the exact count on every probe. Measure is deterministic (same probes, eval mode, no gradient),
    /// so this equals measuring again.</summary>
    public LineComparison CompareWithExact(nn.Module<Tensor, Tensor> model, RegionMeasurement measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        if (measured.Settings != Settings || measured.Seed != Seed || measured.Dataset != _dataset || measured.Probes.Count != Probes.Probes.Count)
        {
            throw new ArgumentException("RegionMeter: the measurement was not taken by this meter", nameof(measured));
        }
        return new LineComparison([.. measured.Probes.Select(r => r.Count.Total)], MeasureExact(model));
    }

    /// <summary>Adaptive counts of every 1-D probe: a coarse grid refined by bisection to <paramref name="resolution"/>.</summary>
    public IReadOnlyList<AdaptiveLineResult> MeasureAdaptive(nn.Module<Tensor, Tensor> model, int coarsePoints, double resolution)
    {
        var results = new List<AdaptiveLineResult>(Probes.Probes.Count);
        for (int p = 0; p < Probes.Probes.Count; p++)
        {
            var (origin, direction) = Probes.Line(p);
            using (origin)
            using (direction)
            {
                results.Add(AdaptiveLineCounter.Count(model, origin, direction, Settings.Left, Settings.Right,
                    coarsePoints, resolution, Settings.MaxPointsPerForward));
            }
        }
        return results;
    }

    public void Dispose() => Probes.Dispose();
}
