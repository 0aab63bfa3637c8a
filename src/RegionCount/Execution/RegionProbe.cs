using System.Text.Json;
using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Training;
using static TorchSharp.torch;

namespace RegionCount.Execution;

/// <summary>
/// The region counter as a training probe: at each measurement epoch every probe setting of the run is measured on its
/// fixed probes. The full measurement (per-probe counts, interval, exact counts where asked, the plane's label grid)
/// is the reading's detail, in the record's JSON form, so it lives in the epoch's metrics and the checkpoint, and a
/// resumed run gets back every measurement taken before its interruption (<see cref="Measurements"/>).
/// </summary>
internal sealed class RegionProbe(IReadOnlyList<(RegionMeter Meter, bool Exact)> meters) : IEpochProbe
{
    public const string ProbeName = "regions";

    public string Name => ProbeName;

    /// <summary>Every region-count measurement of a run, epoch by epoch, from its metrics (restored ones included).</summary>
    public static IReadOnlyList<RegionCountMeasurement> Measurements(IEnumerable<EpochMetrics> epochs)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        return [.. epochs.SelectMany(e => e.ProbeDetails?.TryGetValue(ProbeName, out var detail) == true
            ? detail.Deserialize<List<RegionCountMeasurement>>(ExperimentJson.Options)
                ?? throw new InvalidDataException($"epoch {e.Epoch}: region counts are null")
            : [])];
    }

    public ProbeReading Measure(int epoch, nn.Module<Tensor, Tensor> model)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var measurements = new List<RegionCountMeasurement>(meters.Count);
        for (int i = 0; i < meters.Count; i++)
        {
            var (meter, exact) = meters[i];
            var measured = meter.Measure(model);
            var s = measured.Summary;
            var extra = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["sd"] = s.StandardDeviation,
                ["min"] = s.Min,
                ["max"] = s.Max,
                ["probes"] = s.Probes,
            };
            if (exact && model is ILayerSequence && meter.Settings.Dimension == 1)
            {
                var comparison = meter.CompareWithExact(model, measured);
                extra["exactMean"] = comparison.Exact.Average(e => (double)e.Count);
                extra["gridMissMean"] = extra["exactMean"] - s.Mean;
            }
            LabelGrid? map = null;
            if (meter.Settings.Kind == ProbeKind.Plane && measured.Probes.Count > 0)
            {
                int r = meter.Settings.PlaneResolution;
                map = new LabelGrid(r, r, measured.Probes[0].Labels);
            }
            measurements.Add(new RegionCountMeasurement(epoch, i, s.Mean, s.Ci95Low, s.Ci95High,
                measured.Probes.Select(p => (double)p.Count.Total).ToList(), extra, map));
            values[$"p{i}/mean"] = s.Mean;
        }
        return new ProbeReading(values, JsonSerializer.SerializeToElement(measurements, ExperimentJson.Compact));
    }
}
