namespace RegionCount.Experiments;

public static partial class ProfileValidator
{
    private static string? ValidateExperiment(ExperimentSpec e, string path, HashSet<string> datasets, HashSet<string> models, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(e.Id))
        {
            add($"{path}.id", "missing");
        }
        if (e.Kind is null || !KnownNames.ExperimentKinds.Contains(e.Kind))
        {
            add($"{path}.kind", $"unknown experiment kind '{e.Kind}' (known: {Join(KnownNames.ExperimentKinds)})");
        }
        if (e.Kind is not null && KnownNames.StudyKinds.Contains(e.Kind))
        {
            ValidateStudyExperiment(e, path, datasets, models, add);
            return e.Id;
        }
        if (e.Study is not null)
        {
            add($"{path}.study", $"only study experiments ({Join(KnownNames.StudyKinds)}) take a study");
        }
        CheckReferences(e.Datasets, $"{path}.datasets", "dataset", datasets, add);
        CheckReferences(e.Models, $"{path}.models", "model", models, add);
        int? epochs = ValidateGrid(e.Grid, $"{path}.grid", add);
        if (e.Seeds is not { Count: > 0 })
        {
            add($"{path}.seeds", "empty: at least one seed is needed");
        }
        else if (e.Seeds.Distinct().Count() != e.Seeds.Count)
        {
            add($"{path}.seeds", "duplicate seeds");
        }
        if (e.MeasurementEpochs is not { Count: > 0 })
        {
            add($"{path}.measurementEpochs", "empty: at least the last epoch must be measured");
        }
        else
        {
            for (int i = 0; i < e.MeasurementEpochs.Count; i++)
            {
                int m = e.MeasurementEpochs[i];
                if (m < 0)
                {
                    add($"{path}.measurementEpochs[{i}]", $"must be ≥ 0 (0 = before training), got {m}");
                }
                else if (epochs is int last && m > last)
                {
                    add($"{path}.measurementEpochs[{i}]", $"epoch {m} is beyond the last epoch ({last})");
                }
            }
        }
        ValidateProbes(e.Probes, $"{path}.probes", add, e.Grid);
        return e.Id;
    }

    /// <param name="grid">The experiment's grid; null for a study (which trains no crop-flip runs).</param>
    private static void ValidateProbes(IReadOnlyList<ProbeSpec>? probes, string path, Action<string, string> add, HyperparameterGrid? grid = null)
    {
        if (probes is not { Count: > 0 })
        {
            add(path, "empty: at least one probe setting is needed");
            return;
        }
        for (int i = 0; i < probes.Count; i++)
        {
            ValidateProbe(probes[i], $"{path}[{i}]", add);
            if (probes[i].Split == ProbeSplit.AugmentedTrain
                && !(grid?.Augmentations is { Count: > 0 } augmentations && augmentations.All(a => a == AugmentationKind.CropFlip)))
            {
                add($"{path}[{i}].split", grid is null
                    ? "augmented-train passes the endpoints through the runs' crop-flip, and a study trains no crop-flip runs"
                    : "augmented-train passes the endpoints through the runs' crop-flip, and the grid's augmentations are not all crop-flip");
            }
        }
    }

    private static void CheckSeeds(IReadOnlyList<long>? seeds, string path, Action<string, string> add)
    {
        if (seeds is not { Count: > 0 })
        {
            add(path, "empty: at least one seed is needed");
        }
        else if (seeds.Distinct().Count() != seeds.Count)
        {
            add(path, "duplicate seeds");
        }
    }

    private static void CheckReferences(IReadOnlyList<string>? ids, string path, string what, HashSet<string> known, Action<string, string> add)
    {
        if (ids is not { Count: > 0 })
        {
            add(path, $"empty: at least one {what} is needed");
            return;
        }
        for (int i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                add($"{path}[{i}]", $"unknown {what} '{ids[i]}' (the profile's {what}s: {Join(known)})");
            }
        }
    }

    private static int? ValidateGrid(HyperparameterGrid? g, string path, Action<string, string> add)
    {
        if (g is null)
        {
            add(path, "missing");
            return null;
        }
        CheckAxis(g.LearningRates, $"{path}.learningRates", v => v > 0 && double.IsFinite(v), "learning rate must be positive", Number, add);
        CheckAxis(g.BatchSizes, $"{path}.batchSizes", v => v > 0, "batch size must be positive", v => $"{v}", add);
        CheckAxis(g.WeightDecays, $"{path}.weightDecays", v => v >= 0 && double.IsFinite(v), "weight decay must be ≥ 0", Number, add);
        CheckOptional(g.Optimizers, $"{path}.optimizers", add);
        CheckOptional(g.Augmentations, $"{path}.augmentations", add);
        if (g.CropPadding is { } padding && g.Augmentations?.Contains(AugmentationKind.CropFlip) != true)
        {
            add($"{path}.cropPadding", $"'{JsonNames.Of(padding)}' pads the random crop of crop-flip runs, and the grid's augmentations have no crop-flip");
        }
        if (g.MixupAlphas is not null)
        {
            CheckAxis(g.MixupAlphas, $"{path}.mixupAlphas", v => v >= 0 && double.IsFinite(v), "mixup alpha must be ≥ 0", Number, add);
        }
        if (g.Momentum is < 0 or >= 1)
        {
            add($"{path}.momentum", $"must be in [0, 1), got {Number(g.Momentum)}");
        }
        int? epochs = g.Epochs;
        if (epochs is null)
        {
            add($"{path}.epochs", "missing");
        }
        else if (epochs <= 0)
        {
            add($"{path}.epochs", $"must be positive, got {epochs}");
            epochs = null;
        }
        ValidateSchedule(g, path, epochs, add);
        return epochs;
    }

    /// <summary>The warmup-cosine schedule's two settings: both required by it (one problem each), refused by every other
    /// schedule (which would never read them).</summary>
    private static void ValidateSchedule(HyperparameterGrid g, string path, int? epochs, Action<string, string> add)
    {
        string schedule = JsonNames.Of(g.Schedule);
        if (g.Schedule != ScheduleKind.WarmupCosine)
        {
            if (g.WarmupEpochs is not null)
            {
                add($"{path}.warmupEpochs", $"only the warmup-cosine schedule reads it (the grid's schedule: {schedule})");
            }
            if (g.MinLearningRate is not null)
            {
                add($"{path}.minLearningRate", $"only the warmup-cosine schedule reads it (the grid's schedule: {schedule})");
            }
            return;
        }
        if (g.WarmupEpochs is not int warmup)
        {
            add($"{path}.warmupEpochs", "missing: the warmup-cosine schedule needs its warmup epochs (0 = none)");
        }
        else if (warmup < 0 || epochs is int last && warmup >= last)
        {
            add($"{path}.warmupEpochs", $"must be in [0, epochs{(epochs is int e ? $" = {e}" : "")}), got {warmup}");
        }
        if (g.MinLearningRate is not double floor)
        {
            add($"{path}.minLearningRate", "missing: the warmup-cosine schedule needs the floor of its cosine");
        }
        else if (!(floor >= 0 && double.IsFinite(floor)))
        {
            add($"{path}.minLearningRate", $"must be ≥ 0 and finite, got {Number(floor)}");
        }
        else if (g.LearningRates?.Where(lr => lr < floor).ToList() is { Count: > 0 } below)
        {
            add($"{path}.minLearningRate", $"{Number(floor)} is above the learning rate {Number(below[0])}: the cosine would climb to its floor");
        }
    }

    private static void CheckAxis<T>(IReadOnlyList<T>? values, string path, Func<T, bool> valid, string rule, Func<T, string> show, Action<string, string> add)
    {
        if (values is not { Count: > 0 })
        {
            add(path, "empty: the grid needs at least one value on every axis");
            return;
        }
        for (int i = 0; i < values.Count; i++)
        {
            if (!valid(values[i]))
            {
                add($"{path}[{i}]", $"{rule}, got {show(values[i])}");
            }
        }
    }

    /// <summary>An axis with a default (optimizers, augmentations): left out, or at least one value. The values are
    /// names the JSON reader already checked.</summary>
    private static void CheckOptional<T>(IReadOnlyList<T>? values, string path, Action<string, string> add)
    {
        if (values is { Count: 0 })
        {
            add(path, "empty: leave it out for the default or give at least one value");
        }
    }

    private static void ValidateProbe(ProbeSpec p, string path, Action<string, string> add)
    {
        if (p.Kind is not { } kind)
        {
            add($"{path}.kind", $"missing: one of {string.Join(", ", JsonNames.All<ProbeKind>())}");
        }
        else if (kind == ProbeKind.Simplex && p.Dimension is < 2 or > 5)
        {
            add($"{path}.dimension", $"a simplex probe needs dimension 2..5, got {p.Dimension}");
        }
        else if (kind is ProbeKind.Segment or ProbeKind.Ray && p.Dimension != 1)
        {
            add($"{path}.dimension", $"a {JsonNames.Of(kind)} probe has dimension 1, got {p.Dimension}");
        }
        else if (kind == ProbeKind.Plane && p.Dimension != 2)
        {
            add($"{path}.dimension", $"a plane probe has dimension 2, got {p.Dimension}");
        }
        if (p.Count is not int count || count <= 0)
        {
            add($"{path}.count", $"must be a positive number of probes, got {p.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        }
        if (p.Resolution is not int resolution || resolution < 2)
        {
            add($"{path}.resolution", $"must be at least 2 points per axis, got {p.Resolution?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        }
        if (p.Interval is not null && (p.Interval.Count != 2 || !(p.Interval[0] < p.Interval[1])))
        {
            add($"{path}.interval", "must be [l, r] with l < r");
        }
        if (p.PointsPerForward is int perForward && perForward < 1)
        {
            add($"{path}.pointsPerForward", "must be at least 1");
        }
        if (p.RayLength is double length && (p.Kind != ProbeKind.Ray || length <= 0))
        {
            add($"{path}.rayLength", "only for ray probes, and positive");
        }
        if (p.Exact && p.Kind != ProbeKind.Segment)
        {
            add($"{path}.exact", "exact counting is available for segment probes only");
        }
    }
}
