using RegionCount.Experiments;
using RegionCount.Statistics;

namespace RegionCount.Regions;

/// <summary>
/// One measurement in a few numbers, as the training loop stores it per measurement epoch: the number of probes,
/// the mean per-probe region count with its standard deviation and a 95 % t-interval over probes, the range, and
/// the mean number of regions per predicted label.
/// </summary>
public sealed record RegionSummary(
    ProbeKind Kind,
    int Dimension,
    int Probes,
    double Mean,
    double StandardDeviation,
    double Ci95Low,
    double Ci95High,
    int Min,
    int Max,
    IReadOnlyDictionary<int, double> MeanPerClass)
{
    public static RegionSummary From(ProbeKind kind, int dimension, IReadOnlyList<GridCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            throw new ArgumentException("RegionSummary: no probes", nameof(counts));
        }
        var m = counts.Count;
        var mean = counts.Average(c => (double)c.Total);
        var sd = m > 1 ? Math.Sqrt(counts.Sum(c => (c.Total - mean) * (c.Total - mean)) / (m - 1)) : 0;
        var half = m > 1 ? StudentT.Quantile(0.975, m - 1) * sd / Math.Sqrt(m) : 0;
        var perClass = new SortedDictionary<int, double>();
        foreach (var (label, regions) in counts.SelectMany(c => c.PerClass))
        {
            perClass[label] = perClass.GetValueOrDefault(label) + ((double)regions / m);
        }
        return new RegionSummary(kind, dimension, m, mean, sd, mean - half, mean + half,
            counts.Min(c => c.Total), counts.Max(c => c.Total), perClass);
    }
}
