using System.Globalization;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// A design check beside a correlation over configurations: levels of one factor that barely change the outcome make
/// their configurations near-replicates of each other, so N configurations carry less independent information than N and
/// the bootstrap over configurations (which treats them as independent) gives too narrow an interval. For every factor
/// of the configurations (learning rate, batch size, weight decay, optimizer, augmentation, mixup) and every pair of its
/// levels, the configurations that differ only in that factor are matched; over the matched pairs, the Pearson r of the
/// two levels' gaps and of their counts, and the mean absolute difference of each in units of its standard deviation
/// over all configurations. A pair of levels is flagged as near-replicates when both r are at least
/// <see cref="MinCorrelation"/> and both shifts at most <see cref="MaxShift"/>, over at least <see cref="MinMatched"/>
/// matched pairs. Description only: no verdict reads it.
/// </summary>
public static class NearReplicates
{
    /// <summary>Matched configurations correlate at least this much in both the gap and the count.</summary>
    public const double MinCorrelation = 0.95;

    /// <summary>And differ on average by at most this many standard deviations (over all configurations) in both.</summary>
    public const double MaxShift = 0.3;

    /// <summary>Fewer matched pairs are not examined.</summary>
    public const int MinMatched = 4;

    /// <summary>One pair of levels of one factor.</summary>
    public sealed record LevelPair(string Factor, string LevelA, string LevelB, int Matched, double GapR, double CountR, double GapShift, double CountShift)
    {
        public bool Flagged => GapR >= MinCorrelation && CountR >= MinCorrelation && GapShift <= MaxShift && CountShift <= MaxShift;

        /// <summary>"weight decay 0 ~ 0.0005 (9 matched configurations: gap r 0.961, count r 0.990; shifts 0.25 and 0.10 SD)".</summary>
        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"{Factor} {LevelA} ~ {LevelB} ({Matched} matched configurations: gap r {GapR:F3}, count r {CountR:F3}; shifts {GapShift:F2} and {CountShift:F2} SD)");
    }

    private static readonly (string Name, Func<ConfigKey, string> Level, Func<ConfigKey, ConfigKey> Without)[] Factors =
    [
        ("learning rate", k => Text(k.LearningRate), k => k with { LearningRate = 0 }),
        ("batch size", k => k.BatchSize.ToString(CultureInfo.InvariantCulture), k => k with { BatchSize = 0 }),
        ("weight decay", k => Text(k.WeightDecay), k => k with { WeightDecay = -1 }),
        ("optimizer", k => k.Optimizer, k => k with { Optimizer = "" }),
        ("augmentation", k => k.Augmentation, k => k with { Augmentation = "" }),
        ("mixup", k => Text(k.MixupAlpha), k => k with { MixupAlpha = -1 }),
    ];

    private static string Text(double v) => v.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>Every examined pair of levels over <paramref name="means"/> (one network's configurations), with
    /// <paramref name="y"/> the correlated quantity (gap or test error).</summary>
    public static IReadOnlyList<LevelPair> Of(IReadOnlyList<ConfigMean> means, Func<ConfigMean, double> y)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(y);
        var pairs = new List<LevelPair>();
        if (means.Count < 2)
        {
            return pairs;
        }
        double gapSd = Descriptive.StandardDeviation([.. means.Select(y)]);
        double countSd = Descriptive.StandardDeviation([.. means.Select(m => m.RegionCount)]);
        foreach (var (name, level, without) in Factors)
        {
            var levels = means.Select(m => level(m.Config)).Distinct(StringComparer.Ordinal).ToList();
            if (levels.Count < 2)
            {
                continue;
            }
            var cells = means.GroupBy(m => without(m.Config)).Select(g => g.ToDictionary(m => level(m.Config), StringComparer.Ordinal)).ToList();
            for (int a = 0; a < levels.Count; a++)
            {
                for (int b = a + 1; b < levels.Count; b++)
                {
                    var matched = cells.Where(c => c.ContainsKey(levels[a]) && c.ContainsKey(levels[b])).Select(c => (A: c[levels[a]], B: c[levels[b]])).ToList();
                    if (matched.Count < MinMatched)
                    {
                        continue;
                    }
                    var ga = matched.Select(p => y(p.A)).ToArray();
                    var gb = matched.Select(p => y(p.B)).ToArray();
                    var ca = matched.Select(p => p.A.RegionCount).ToArray();
                    var cb = matched.Select(p => p.B.RegionCount).ToArray();
                    pairs.Add(new LevelPair(name, levels[a], levels[b], matched.Count,
                        Correlation.PearsonCoefficient(ga, gb), Correlation.PearsonCoefficient(ca, cb),
                        Shift(ga, gb, gapSd), Shift(ca, cb, countSd)));
                }
            }
        }
        return pairs;
    }

    /// <summary>The verdict's note when some pair is flagged; null otherwise.</summary>
    public static string? Note(IReadOnlyList<LevelPair> pairs, int configurations)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var flagged = pairs.Where(p => p.Flagged).ToList();
        return flagged.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture,
            $"near-replicate levels: {string.Join("; ", flagged.Select(p => p.Describe()))}: the {configurations} configurations carry less independent information than {configurations}, and the bootstrap interval over them is too narrow");
    }

    /// <summary>The design table: every examined pair of levels of every network.</summary>
    public static MetricTable Table(string claimId, IEnumerable<(string Model, IReadOnlyList<LevelPair> Pairs)> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var table = new MetricTable("design", $"{claimId}: do the configurations differ? levels of one factor, matched on the others", [
            Columns.Model(),
            Columns.Text("factor", "factor"),
            Columns.Text("levels", "levels"),
            Columns.Count("matched", "matched configs", $"configurations that differ only in this factor (pairs with fewer than {MinMatched} are not shown)"),
            Columns.Correlation("gap_r", "gap r", "Pearson r of the two levels' gaps over the matched configurations"),
            Columns.Correlation("count_r", "count r", "Pearson r of the two levels' counts"),
            Columns.Correlation("gap_shift", "gap shift (SD)", "mean |Δ gap| over the matched configurations / SD of the gap over all configurations"),
            Columns.Correlation("count_shift", "count shift (SD)", "mean |Δ count| / SD of the count over all configurations"),
            Columns.Text("near", "near-replicates", $"yes when both r ≥ {MinCorrelation:G3} and both shifts ≤ {MaxShift:G3} SD: the levels barely change the outcome"),
        ]);
        foreach (var (model, pairs) in models)
        {
            foreach (var p in pairs)
            {
                table.Add(model, p.Factor, $"{p.LevelA} vs {p.LevelB}", p.Matched, CorrelationEvidence.Cell(p.GapR), CorrelationEvidence.Cell(p.CountR),
                    CorrelationEvidence.Cell(p.GapShift), CorrelationEvidence.Cell(p.CountShift), p.Flagged ? "yes" : "no");
            }
        }
        return table;
    }

    private static double Shift(double[] a, double[] b, double sd) =>
        sd > 0 ? a.Zip(b, (x, z) => Math.Abs(x - z)).Average() / sd : double.NaN;
}
