namespace RegionCount.Experiments;

public static partial class ProfileValidator
{
    private static void ValidateStudyExperiment(ExperimentSpec e, string path, HashSet<string> datasets, HashSet<string> models, Action<string, string> add)
    {
        var s = e.Study;
        string sp = $"{path}.study";
        if (s is null)
        {
            add(sp, $"missing: a {e.Kind} experiment computes a study");
            return;
        }
        string? kind = s.Kind is { } k ? JsonNames.Of(k) : null;
        if (kind != e.Kind)
        {
            add($"{sp}.kind", $"must be {e.Kind} in a {e.Kind} experiment, got '{kind}'");
            return;
        }
        if (e.Grid is not null)
        {
            add($"{path}.grid", "a study trains nothing by the main recipe: leave the grid out");
        }
        var read = new HashSet<string>(StringComparer.Ordinal);
        void Positive(string name, double? value, bool integer = false)
        {
            read.Add(name);
            if (value is not double v || !(v > 0) || !double.IsFinite(v))
            {
                add($"{sp}.{name}", $"must be a positive {(integer ? "integer" : "number")}, got {(value is double x ? Number(x) : "nothing")}");
            }
        }
        void List(string name, IReadOnlyList<double>? values, bool increasing)
        {
            read.Add(name);
            CheckAxis(values, $"{sp}.{name}", v => v > 0 && double.IsFinite(v), "must be positive", Number, add);
            if (increasing && values is { Count: > 1 } && values.Zip(values.Skip(1)).Any(p => !(p.First < p.Second)))
            {
                add($"{sp}.{name}", "must be strictly increasing");
            }
        }
        switch (s.Kind)
        {
            case StudyKind.Stability:
                Positive("points", s.Points, true);
                Positive("blockSize", s.BlockSize, true);
                read.Add("dimensions");
                CheckAxis(s.Dimensions, $"{sp}.dimensions", d => d >= 1, "an input dimension is at least 1", d => $"{d}", add);
                read.Add("offsetNorm");
                if (s.OffsetNorm is not double o || o < 0 || !double.IsFinite(o))
                {
                    add($"{sp}.offsetNorm", "must be ≥ 0");
                }
                Positive("width", s.Width, true);
                List("kappas", s.Kappas, increasing: true);
                read.Add("seeds");
                CheckSeeds(s.Seeds, $"{sp}.seeds", add);
                Positive("maxSteps", s.MaxSteps, true);
                Positive("gradientTolerance", s.GradientTolerance);
                Positive("lossTolerance", s.LossTolerance);
                Positive("blowUpLoss", s.BlowUpLoss);
                Positive("checkEvery", s.CheckEvery, true);
                read.Add("dataSeed");
                if (s.DataSeed is null)
                {
                    add($"{sp}.dataSeed", "missing");
                }
                Positive("permutations", s.Permutations, true);
                if (s.Points is int n && s.BlockSize is int b && b > 0 && n / b < 2)
                {
                    add($"{sp}.blockSize", $"{n} points in blocks of {b} give fewer than two blocks: nothing to separate");
                }
                break;
            case StudyKind.Toy:
                List("learningRates", s.LearningRates, increasing: false);
                Positive("maxSteps", s.MaxSteps, true);
                read.Add("gridSize");
                if (s.GridSize is not int g || g < 2)
                {
                    add($"{sp}.gridSize", "must be at least 2 points per axis");
                }
                CheckSeeds(e.Seeds, $"{path}.seeds", add);
                break;
            case StudyKind.Invariance:
                List("scales", s.Scales, increasing: false);
                CheckReferences(e.Datasets, $"{path}.datasets", "dataset", datasets, add);
                CheckReferences(e.Models, $"{path}.models", "model", models, add);
                CheckSeeds(e.Seeds, $"{path}.seeds", add);
                ValidateProbes(e.Probes, $"{path}.probes", add);
                break;
            case StudyKind.Classifiers:
                read.Add("classifiers");
                ValidateClassifiers(s.Classifiers, $"{sp}.classifiers", add);
                CheckReferences(e.Datasets, $"{path}.datasets", "dataset", datasets, add);
                if (e.Models is not null)
                {
                    add($"{path}.models", "a classifiers study trains its own classifiers: leave the models out");
                }
                CheckSeeds(e.Seeds, $"{path}.seeds", add);
                ValidateProbes(e.Probes, $"{path}.probes", add);
                if (e.Probes is { Count: > 1 })
                {
                    add($"{path}.probes", "a classifiers study counts on one probe setting");
                }
                else if (e.Probes is [{ Kind: { } probeKind and not (ProbeKind.Segment or ProbeKind.Ray) }])
                {
                    add($"{path}.probes[0].kind", $"a classifiers study counts on lines (segment or ray), got {JsonNames.Of(probeKind)}");
                }
                break;
        }
        foreach (var (name, set) in Fields(s).Where(f => f.Set && !read.Contains(f.Name)))
        {
            add($"{sp}.{name}", $"not read by a {e.Kind} study");
        }
    }

    private static void ValidateClassifiers(IReadOnlyList<ClassifierSpec>? classifiers, string path, Action<string, string> add)
    {
        if (classifiers is not { Count: > 0 })
        {
            add(path, "empty: at least one classifier family is needed");
            return;
        }
        for (int i = 0; i < classifiers.Count; i++)
        {
            var c = classifiers[i];
            string p = $"{path}[{i}]";
            if (c.Family is not { } family)
            {
                add($"{p}.family", $"missing: one of {string.Join(", ", JsonNames.All<ClassifierFamily>())}");
                continue;
            }
            if (classifiers.Take(i).Any(o => o.Family == family))
            {
                add($"{p}.family", $"{JsonNames.Of(family)} appears twice: one entry per family");
            }
            bool integer = family is ClassifierFamily.DecisionTree or ClassifierFamily.RandomForest or ClassifierFamily.Knn;
            double least = family is ClassifierFamily.DecisionTree or ClassifierFamily.RandomForest ? 2 : integer ? 1 : double.Epsilon;
            string rule = family switch
            {
                ClassifierFamily.Knn => "k must be an integer ≥ 1",
                ClassifierFamily.DecisionTree or ClassifierFamily.RandomForest => "leaves must be an integer ≥ 2",
                _ => "λ must be positive",
            };
            CheckAxis(c.Settings, $"{p}.settings", v => double.IsFinite(v) && v >= least && (!integer || v == Math.Floor(v)), rule, Number, add);
            if (c.Settings is { } settings && settings.Distinct().Count() != settings.Count)
            {
                add($"{p}.settings", "duplicate settings");
            }
            void Only(string name, bool set, bool reads, int? value, bool required = true)
            {
                if (set && !reads)
                {
                    add($"{p}.{name}", $"not read by {JsonNames.Of(family)}");
                }
                else if (reads && (set || required) && value is not > 0)
                {
                    add($"{p}.{name}", $"must be a positive integer, got {(value is int v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nothing")}");
                }
            }
            Only("trees", c.Trees is not null, family == ClassifierFamily.RandomForest, c.Trees);
            Only("bins", c.Bins is not null, family is ClassifierFamily.DecisionTree or ClassifierFamily.RandomForest, c.Bins, required: false);
            Only("iterations", c.Iterations is not null, family == ClassifierFamily.LinearSvm, c.Iterations);
            if (c.Bins is 1)
            {
                add($"{p}.bins", "at least 2 bins per feature");
            }
        }
    }

    private static IEnumerable<(string Name, bool Set)> Fields(StudySpec s) =>
    [
        ("points", s.Points is not null), ("blockSize", s.BlockSize is not null), ("dimensions", s.Dimensions is not null),
        ("offsetNorm", s.OffsetNorm is not null), ("width", s.Width is not null), ("kappas", s.Kappas is not null),
        ("seeds", s.Seeds is not null), ("maxSteps", s.MaxSteps is not null), ("gradientTolerance", s.GradientTolerance is not null),
        ("lossTolerance", s.LossTolerance is not null), ("blowUpLoss", s.BlowUpLoss is not null), ("checkEvery", s.CheckEvery is not null),
        ("dataSeed", s.DataSeed is not null), ("permutations", s.Permutations is not null), ("learningRates", s.LearningRates is not null),
        ("gridSize", s.GridSize is not null), ("scales", s.Scales is not null), ("classifiers", s.Classifiers is not null),
    ];
}
