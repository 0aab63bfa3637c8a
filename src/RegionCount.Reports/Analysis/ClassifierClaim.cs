using System.Globalization;
using RegionCount.Experiments;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Paper;
using RegionCount.Reports.Tables;
using MetricTable = RegionCount.Reports.Tables.MetricTable;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C16 from the classifiers study's records: per family, the Pearson r between the seed-mean region count and the
/// seed-mean gap (train − test accuracy) over its complexity settings, with the seeded percentile bootstrap 95%
/// interval over settings (<see cref="CorrelationEvidence"/>). The two families the authors plot (decision tree, random
/// forest) are judged by <see cref="CorrelationRule"/>, the correlation rule of every other claim; k-NN, the linear SVM
/// and logistic regression are computed and shown beside the authors' values, not judged (the authors do not plot
/// them, and the paper states nothing about them). The authors' values are recomputed from their result files
/// (<see cref="PaperReference.Classifiers"/>). A planned run without a completed record makes its family's verdict
/// inconclusive.
/// </summary>
public static class ClassifierClaim
{
    /// <summary>The families judged: the two the authors' figure plots (tasks/ml/ml_corr.py).</summary>
    public static IReadOnlyList<ClassifierFamily> Judged { get; } = [ClassifierFamily.DecisionTree, ClassifierFamily.RandomForest];

    /// <summary>The authors' model of each family in their files (their SVM is scikit-learn's SVC with a kernel
    /// parameter, not a linear SVM).</summary>
    public static string AuthorsModel(ClassifierFamily family) => family == ClassifierFamily.LinearSvm ? "svm" : JsonNames.Of(family);

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        int minimum = CorrelationRule.Minimum(thresholds);
        var table = new MetricTable("correlation", $"{claim.Id}: region count vs generalization gap, per classifier family", [
            Columns.Text("family", "family"),
            Columns.Text("knob", "setting", "the complexity knob varied: leaves per tree, the L2 regularization λ, or k"),
            Columns.Count("configs", "configs", $"configurations (a family's settings, seed means) correlated; the interval needs at least {minimum}"),
            Columns.Count("runs", "runs", "completed runs / planned runs (one per seed)"),
            Columns.Correlation("r", "Pearson r"),
            Columns.Correlation("r_lo", "r 95% low", $"seeded percentile bootstrap over configurations ({CorrelationEvidence.Resamples} resamples); — below {minimum} configurations"),
            Columns.Correlation("r_hi", "r 95% high"),
            Columns.PValue("p", "p (r > 0)", "one-sided t test of r"),
            Columns.RegionCount("rc_min", "RC min"),
            Columns.RegionCount("rc_max", "RC max"),
            Columns.Percent("gap_min", "gap min"),
            Columns.Percent("gap_max", "gap max"),
            Columns.Correlation("authors_r", "authors' r", "from the authors' result files (tasks/ml), not the paper text: Pearson r over every model they fitted"),
            Columns.Count("authors_n", "authors' n", "models in the authors' file"),
            Columns.RegionCount("authors_rc_min", "authors' RC min"),
            Columns.RegionCount("authors_rc_max", "authors' RC max"),
            Columns.Text("judged", "judged", "yes for the two families the authors plot (decision tree, random forest); the others are shown, not judged"),
            Columns.Verdict(),
        ]);
        var detail = new MetricTable("settings", $"{claim.Id}: every setting, seed means", [
            Columns.Text("family", "family"),
            new MetricColumn("setting", "setting", Decimals: -6),
            Columns.Count("seeds", "seeds"),
            Columns.Percent("train", "train accuracy", "on the whole training subset"),
            Columns.Percent("test", "test accuracy"),
            Columns.Percent("gap", "gap", "train − test accuracy"),
            Columns.RegionCount("rc", "region count", "mean over the run's probes, then over seeds"),
        ]);
        var authors = PaperReference.Classifiers();
        var verdicts = new List<Verdict>();
        var series = new List<Series>();
        var studies = runs.Where(r => r.Study?.Kind == StudyKind.Classifiers && r.Study.Classifiers is [_]).ToList();
        foreach (var family in studies.Select(r => r.Study!.Classifiers![0].Family!.Value).Distinct().Order())
        {
            string name = JsonNames.Of(family);
            var familyRuns = studies.Where(r => r.Study!.Classifiers![0].Family == family).ToList();
            int completed = familyRuns.Count(r => r.Completed && r.StudyRows is not null);
            var settings = Settings(familyRuns);
            foreach (var s in settings)
            {
                detail.Add(name, s.Setting, s.Seeds, s.Train, s.Test, s.Gap, s.RegionCount);
            }
            var evidence = CorrelationEvidence.Of(settings.Select(s => s.RegionCount).ToList(), settings.Select(s => s.Gap).ToList(), rank: false, minimum);
            var theirs = authors.Where(a => a.Model == AuthorsModel(family)).ToList();
            bool judged = Judged.Contains(family);
            string outcome = "not judged";
            if (judged)
            {
                var verdict = CorrelationClaim.Judge(claim.Id, name, evidence, completed < familyRuns.Count,
                    string.Create(CultureInfo.InvariantCulture, $"{completed}/{familyRuns.Count} runs completed (one per seed)"), thresholds.PearsonR, minimum);
                verdicts.Add(verdict);
                outcome = verdict.OutcomeText;
            }
            table.Add(name, ClassifierSpec.Knob(family), settings.Count, $"{completed}/{familyRuns.Count}",
                CorrelationEvidence.Cell(evidence.Estimate), CorrelationEvidence.Cell(evidence.Low), CorrelationEvidence.Cell(evidence.High),
                CorrelationEvidence.Cell(evidence.PValue),
                Min(settings.Select(s => s.RegionCount)), Max(settings.Select(s => s.RegionCount)),
                Min(settings.Select(s => s.Gap)), Max(settings.Select(s => s.Gap)),
                theirs.Count > 0 ? PaperAnalysis.ClassifierCorrelation(AuthorsModel(family)).Estimate : null, theirs.Count,
                Min(theirs.Select(a => a.RegionCount)), Max(theirs.Select(a => a.RegionCount)),
                judged ? "yes" : "no", outcome);
            series.Add(new Series(name, settings.Select(s => s.Gap).ToList(), settings.Select(s => s.RegionCount).ToList()));
        }
        var figure = new ReportFigure($"{claim.Id.ToLowerInvariant()}-rc-vs-gap",
            $"{claim.Id}: seed-mean region count vs generalization gap, one point per complexity setting, least-squares line per classifier family",
            SvgFigures.ScatterWithFit($"{claim.Id}: region count vs gap", "train − test accuracy (points)", "region count", series));
        var notes = new List<string>
        {
            "*The authors' numbers* (columns \"authors'\") are recomputed from their result files (tasks/ml of their repository, embedded in src/RegionCount.Reports/Paper/Reference/cifar10_classifiers.csv); the paper text prints none of them. Their correlation is over every model they fitted (no seeds to average); their SVM is scikit-learn's SVC with the kernel varied, ours a linear SVM.",
        };
        return new ClaimResult(claim, verdicts, table, [detail], [figure], notes);
    }

    /// <summary>The seed means of one family's rows, per setting, in increasing order of the setting.</summary>
    private static List<SettingMean> Settings(IEnumerable<ClaimRun> familyRuns)
    {
        var rows = new List<(double Setting, double Train, double Test, double RegionCount)>();
        foreach (var run in familyRuns.Where(r => r.Completed && r.StudyRows is not null))
        {
            var t = run.StudyRows!;
            var setting = t.Column("setting");
            var train = t.Column("trainAccuracy");
            var test = t.Column("testAccuracy");
            var rc = t.Column("regionCount");
            rows.AddRange(Enumerable.Range(0, setting.Count).Select(i => (setting[i], train[i], test[i], rc[i])));
        }
        return [.. rows.GroupBy(r => r.Setting).OrderBy(g => g.Key).Select(g => new SettingMean(g.Key, g.Count(),
            g.Average(r => r.Train), g.Average(r => r.Test), g.Average(r => r.RegionCount)))];
    }

    private static double? Min(IEnumerable<double> values) => values.Any() ? values.Min() : null;

    private static double? Max(IEnumerable<double> values) => values.Any() ? values.Max() : null;

    private sealed record SettingMean(double Setting, int Seeds, double Train, double Test, double RegionCount)
    {
        public double Gap => Train - Test;
    }
}
