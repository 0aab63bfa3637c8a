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
        }
        foreach (var (name, set) in Fields(s).Where(f => f.Set && !read.Contains(f.Name)))
        {
            add($"{sp}.{name}", $"not read by a {e.Kind} study");
        }
    }

    private static IEnumerable<(string Name, bool Set)> Fields(StudySpec s) =>
    [
        ("points", s.Points is not null), ("blockSize", s.BlockSize is not null), ("dimensions", s.Dimensions is not null),
        ("offsetNorm", s.OffsetNorm is not null), ("width", s.Width is not null), ("kappas", s.Kappas is not null),
        ("seeds", s.Seeds is not null), ("maxSteps", s.MaxSteps is not null), ("gradientTolerance", s.GradientTolerance is not null),
        ("lossTolerance", s.LossTolerance is not null), ("blowUpLoss", s.BlowUpLoss is not null), ("checkEvery", s.CheckEvery is not null),
        ("dataSeed", s.DataSeed is not null), ("permutations", s.Permutations is not null), ("learningRates", s.LearningRates is not null),
        ("gridSize", s.GridSize is not null), ("scales", s.Scales is not null),
    ];
}
