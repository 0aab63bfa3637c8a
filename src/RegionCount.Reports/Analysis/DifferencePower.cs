using System.Collections.Concurrent;
using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Paper;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// The alternative of a C6/C7 power simulation: the correlation matrix of (100 − test accuracy, region count, measure₁,
/// …, measureₖ) over configurations if the paper's result held, and where it comes from.
/// </summary>
/// <param name="Name">A short key ("section-3", "further").</param>
/// <param name="Source">Where the matrix comes from, for the evidence line.</param>
/// <param name="Correlation">Order: test error, region count, then the measures.</param>
public sealed record DifferenceAlternative(string Name, string Source, double[,] Correlation)
{
    /// <summary>r(region count, test error) under this alternative.</summary>
    public double RegionCount => Correlation[0, 1];

    /// <summary>The largest r(measure, test error) under this alternative.</summary>
    public double BestMeasure => Enumerable.Range(2, Correlation.GetLength(0) - 2).Max(j => Correlation[0, j]);
}

/// <summary>
/// The power of a C6/C7 verdict (<see cref="ParamMeasureClaim"/>): the chance that the rule itself (the seeded
/// percentile bootstrap 95 % interval of D = r(RC) − max r(measure) with its lower end above 0) says reproduced at the
/// verdict's number of configurations if the paper's correlations held, simulated on <see cref="Simulations"/> samples
/// of N configurations drawn from the multivariate normal with the alternative's correlation matrix
/// (<see cref="Power.SimulateCorrelated"/>). No "P(not reproduced) if none": the rule's "not reproduced" needs a measure
/// that correlates better than the count, which is not the absence of the paper's effect. Configurations are treated as
/// independent normal units; seed noise inside a configuration's mean is not modelled.
/// </summary>
public static class DifferencePower
{
    public const int Simulations = 400;

    public const int Seed = 20250515;

    /// <summary>The paper's best further measure (C7, paper text: "best of them ≈ 0.79").</summary>
    public const double PaperBestFurtherMeasure = 0.79;

    private static readonly ConcurrentDictionary<(string Alternative, int N), double> Rates = new();

    private static readonly Lazy<DifferenceAlternative> SectionThreeAlternative = new(BuildSectionThree);

    /// <summary>C6's alternative, from the authors' files: their 27 ResNet18 configurations of
    /// cifar10_param_measures_Resnet18.csv (distance from initialization, margin, normalized margin, test accuracy; one
    /// run each) joined on (lr, batch, weight decay) with the seed-mean final count of cifar10_grid_Resnet18.csv; the
    /// matrix is their Pearson correlations.</summary>
    public static DifferenceAlternative SectionThree => SectionThreeAlternative.Value;

    /// <summary>C7's alternative: the authors have no file of the further measures, so one measure with the paper's
    /// r = <see cref="PaperBestFurtherMeasure"/> against the test error, the count with the authors' own r (the same join
    /// as <see cref="SectionThree"/>), and the measure related to the count only through the test error
    /// (r(RC, measure) = r(RC) · 0.79). One measure where the claim compares several: the power is an upper bound, since
    /// more measures can only raise the maximum.</summary>
    public static DifferenceAlternative Further
    {
        get
        {
            double rc = SectionThree.RegionCount;
            double m = PaperBestFurtherMeasure;
            return new DifferenceAlternative("further", string.Create(CultureInfo.InvariantCulture,
                $"r(RC) {rc:F3} from the authors' ResNet18 files, one measure at the paper's r {m:F2}, related to the count only through the test error"),
                new[,] { { 1, rc, m }, { rc, 1, rc * m }, { m, rc * m, 1 } });
        }
    }

    /// <summary>The numbers of configurations searched for the N that reaches 80 % (<see cref="CorrelationPower.Ladder"/>).</summary>
    public static IReadOnlyList<int> Ladder => CorrelationPower.Ladder;

    /// <summary>What a C6/C7 verdict at N configurations carries: P(reproduced) at N with the N needed for 80 %, or below
    /// the minimum only the N needed.</summary>
    public static VerdictPower ForVerdict(DifferenceAlternative alternative, int n, int minimum)
    {
        ArgumentNullException.ThrowIfNull(alternative);
        string needed = Needed(alternative, minimum) is int k
            ? string.Create(CultureInfo.InvariantCulture, $"{k} configurations")
            : string.Create(CultureInfo.InvariantCulture, $"> {Ladder[^1]} configurations");
        string paper = string.Create(CultureInfo.InvariantCulture,
            $"if r(RC) = {alternative.RegionCount:F2} and the best measure's r = {alternative.BestMeasure:F2} ({alternative.Source})");
        if (n < minimum || n < 3)
        {
            return new VerdictPower(double.NaN, double.NaN, string.Create(CultureInfo.InvariantCulture,
                $"no power at N = {n} (below the minimum of {minimum}); 80 % power {paper} needs {needed}"))
            { Needed = needed };
        }
        double power = Rate(alternative, n);
        return new VerdictPower(power, double.NaN, string.Create(CultureInfo.InvariantCulture,
            $"power at N = {n}: P(D's interval above 0) {power:F2} {paper}"))
        { Needed = needed };
    }

    /// <summary>The smallest N of the ladder (at or above the minimum) at which P(reproduced) ≥ 0.8; null if none.</summary>
    public static int? Needed(DifferenceAlternative alternative, int minimum) =>
        Ladder.Where(n => n >= minimum && n >= 3).Cast<int?>().FirstOrDefault(n => Rate(alternative, n!.Value) >= VerdictPower.Target);

    /// <summary>P(reproduced) at <paramref name="n"/> configurations (cached per alternative and N).</summary>
    public static double Rate(DifferenceAlternative alternative, int n)
    {
        ArgumentNullException.ThrowIfNull(alternative);
        return Rates.GetOrAdd((alternative.Name, n), _ => Power.SimulateCorrelated(alternative.Correlation, n, v =>
            Bootstrap.CorrelationDifference(v[0], v[1], v[2..], CorrelationEvidence.Resamples, CorrelationEvidence.BootstrapSeed).Interval is { } i
            && i.Lower > 0, Simulations, Seed));
    }

    private static DifferenceAlternative BuildSectionThree()
    {
        var counts = PaperAnalysis.FinalCountByConfiguration(PaperReference.Grid("ResNet18"));
        var rows = PaperReference.ParamMeasures().Where(r => counts.ContainsKey((r.Lr, r.BatchSize, r.WeightDecay))).ToList();
        double[][] columns =
        [
            [.. rows.Select(r => r.TestError)],
            [.. rows.Select(r => counts[(r.Lr, r.BatchSize, r.WeightDecay)])],
            [.. rows.Select(r => r.DistanceFromInit)],
            [.. rows.Select(r => r.Margin)],
            [.. rows.Select(r => r.NormalizedMargin)],
        ];
        int k = columns.Length;
        var matrix = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            matrix[i, i] = 1;
            for (int j = i + 1; j < k; j++)
            {
                // Computed once and mirrored: symmetric to the last bit, as the Cholesky factorization checks.
                matrix[i, j] = matrix[j, i] = Correlation.PearsonCoefficient(columns[i], columns[j]);
            }
        }
        return new DifferenceAlternative("section-3", string.Create(CultureInfo.InvariantCulture,
            $"the authors' ResNet18 files: their {rows.Count} configurations with distance from initialization, margin and normalized margin, joined with their seed-mean counts"), matrix);
    }
}
