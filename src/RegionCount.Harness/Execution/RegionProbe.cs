using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Training;
using static TorchSharp.torch;

namespace RegionCount.Harness.Execution;

/// <summary>
/// The region counter as a training probe: at each measurement epoch every probe setting of the run is measured on its
/// fixed probes, and the full measurement (per-probe counts, interval, exact counts where asked, the plane's label
/// grid) is kept for the run record.
/// </summary>
internal sealed class RegionProbe(IReadOnlyList<(RegionMeter Meter, bool Exact)> meters) : IEpochProbe
{
    private readonly List<RegionCountMeasurement> _measurements = [];

    public string Name => "regions";

    public IReadOnlyList<RegionCountMeasurement> Measurements => _measurements;

    public IReadOnlyDictionary<string, double> Measure(int epoch, nn.Module<Tensor, Tensor> model)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
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
                var comparison = meter.CompareWithExact(model);
                extra["exactMean"] = comparison.Exact.Average(e => (double)e.Count);
                extra["gridMissMean"] = extra["exactMean"] - s.Mean;
            }
            LabelGrid? map = null;
            if (meter.Settings.Kind == ProbeKind.Plane && measured.Probes.Count > 0)
            {
                int r = meter.Settings.PlaneResolution;
                map = new LabelGrid(r, r, measured.Probes[0].Labels);
            }
            _measurements.Add(new RegionCountMeasurement(epoch, i, s.Mean, s.Ci95Low, s.Ci95High,
                measured.Probes.Select(p => (double)p.Count.Total).ToList(), extra, map));
            values[$"p{i}/mean"] = s.Mean;
        }
        return values;
    }
}
