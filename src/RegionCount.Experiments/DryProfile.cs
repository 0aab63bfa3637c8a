namespace RegionCount.Experiments;

/// <summary>
/// The `paper-dry` profile: the `paper` profile cut to a size that trains in minutes on two CPU cores, derived in code so
/// that it cannot drift from it. Every experiment, network, dataset, probe kind, optimizer, augmentation, mixup alpha,
/// parameter measure, study and claim of the paper profile is kept; only sizes are cut (<see cref="Sizes"/>): a few
/// hundred training images, one epoch, one seed, a few coarse probes, every numeric grid axis at one value except the
/// axis an experiment kind sweeps (its two extremes), the measurement epochs mapped into the one epoch. Everything the
/// derivation does not cut is the paper profile's own (records are copied with <c>with</c>, so a field added later is
/// carried over). A pipeline check, never evidence: every claim becomes "recorded".
/// </summary>
public static partial class DryProfile
{
    /// <summary>The built-in name of the derived profile.</summary>
    public const string Name = "paper-dry";

    /// <summary>The built-in profile it is derived from.</summary>
    public const string SourceProfile = "paper";

    /// <summary>The sizes the derivation cuts to.</summary>
    public static class Sizes
    {
        /// <summary>Training images per dataset (a stratified subset of the committed CIFAR-10 fixture's 300).</summary>
        public const int Train = 100;

        /// <summary>Test images per dataset (of the fixture's 100).</summary>
        public const int Test = 50;

        /// <summary>Training images of a dataset of 224×224 inputs (ImageNet; of the dry run's tiny ImageFolder): a
        /// ResNet18 step at 224 costs about 50× one at 32 on the CPU, so 100 images would add minutes.</summary>
        public const int LargeInputTrain = 8;

        /// <summary>Test images of a dataset of 224×224 inputs.</summary>
        public const int LargeInputTest = 4;

        /// <summary>Epochs of every training run.</summary>
        public const int Epochs = 1;

        /// <summary>Probes per probe setting.</summary>
        public const int ProbeCount = 2;

        /// <summary>Points per segment or ray.</summary>
        public const int LineResolution = 16;

        /// <summary>Values per axis of a simplex probe.</summary>
        public const int SimplexResolution = 3;

        /// <summary>Points per axis of a plane probe.</summary>
        public const int PlaneResolution = 8;

        /// <summary>Initialization seeds of the stability study (T1).</summary>
        public const int StabilitySeeds = 4;

        /// <summary>Step budget of the stability study.</summary>
        public const int StabilitySteps = 2_000;

        /// <summary>The stability study's convergence threshold on the gradient norm (the paper's 1e-5 takes far more steps
        /// than the dry run's; loosened so that runs converge and the analysis of converged runs runs).</summary>
        public const double StabilityGradientTolerance = 0.1;

        /// <summary>Permutations of the stability study's trend test.</summary>
        public const int Permutations = 200;

        /// <summary>Steps of every toy network.</summary>
        public const int ToySteps = 200;

        /// <summary>Grid points per axis of the toy's decision maps.</summary>
        public const int ToyGridSize = 21;

        /// <summary>Trees per class of a random forest (C16).</summary>
        public const int ForestTrees = 2;

        /// <summary>Passes of a linear SVM (C16).</summary>
        public const int SvmIterations = 5;
    }

    /// <summary>What a grid experiment of a kind sweeps: that axis keeps its two extremes (first and last value),
    /// every other numeric axis its first value; categorical axes (optimizers, augmentations, mixup alphas) keep every
    /// value. Study kinds have their own rules. A kind missing here cannot be derived: <see cref="Derive"/> refuses it.</summary>
    private static readonly Dictionary<string, SweptAxis> Kinds = new(StringComparer.Ordinal)
    {
        ["main-grid"] = SweptAxis.None,
        ["more-networks"] = SweptAxis.None,
        ["param-measures"] = SweptAxis.None,
        ["dimension-ablation"] = SweptAxis.None,
        ["optimizer"] = SweptAxis.None,
        ["augmentation"] = SweptAxis.None,
        ["mixup"] = SweptAxis.None,
        ["probe-variants"] = SweptAxis.None,
        ["lr-sweep"] = SweptAxis.LearningRate,
        ["batch-sweep"] = SweptAxis.BatchSize,
        ["wd-sweep"] = SweptAxis.WeightDecay,
        ["stability"] = SweptAxis.Study,
        ["toy"] = SweptAxis.Study,
        ["invariance"] = SweptAxis.Study,
        ["classifiers"] = SweptAxis.Study,
    };

    /// <summary>Datasets of 224×224 inputs, cut to <see cref="Sizes.LargeInputTrain"/> and <see cref="Sizes.LargeInputTest"/>.</summary>
    private static readonly HashSet<string> LargeInputDatasets = new(StringComparer.Ordinal) { "imagenet" };

    /// <summary>The experiment kinds the derivation knows.</summary>
    public static IReadOnlySet<string> KnownKinds { get; } = Kinds.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The dry-run copy of <paramref name="paper"/>.</summary>
    /// <exception cref="ProfileException">An experiment whose kind (or study kind) the derivation does not know: every
    /// one is listed, none is skipped.</exception>
    public static Profile Derive(Profile paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        string source = $"builtin:{Name}";
        var problems = new List<ProfileProblem>();
        var experiments = new List<ExperimentSpec>();
        var all = paper.Experiments ?? [];
        for (int i = 0; i < all.Count; i++)
        {
            var e = all[i];
            if (e.Kind is null || !Kinds.TryGetValue(e.Kind, out var swept))
            {
                problems.Add(new ProfileProblem(source, $"$.experiments[{i}].kind",
                    $"experiment '{e.Id}' of {paper.Source} has kind '{e.Kind}', which the {Name} derivation does not know " +
                    $"(known: {string.Join(", ", KnownKinds.Order(StringComparer.Ordinal))}); add its rule to {nameof(DryProfile)}"));
                continue;
            }
            if (Experiment(e, swept) is { } derived)
            {
                experiments.Add(derived);
            }
            else
            {
                problems.Add(new ProfileProblem(source, $"$.experiments[{i}].study.kind",
                    $"experiment '{e.Id}' of {paper.Source} is a study of kind '{e.Study?.Kind}', which the {Name} derivation does not know; add its rule to {nameof(DryProfile)}"));
            }
        }
        if (problems.Count > 0)
        {
            throw new ProfileException(problems);
        }
        return paper with
        {
            Name = Name,
            Description = $"The {SourceProfile} profile cut to a pipeline check (derived in code, DryProfile): every experiment, network, " +
                "dataset, probe kind, optimizer, augmentation, mixup, measure, study and claim of it at tiny size. Not evidence.",
            Status = $"derived from builtin:{SourceProfile}; every claim recorded",
            Design = [.. paper.Design ?? [], DesignNote],
            Datasets = paper.Datasets?.Select(Dataset).ToList(),
            Experiments = experiments,
            Claims = paper.Claims?.ToDictionary(c => c.Key, c => Claim(c.Value, all), StringComparer.Ordinal),
            Source = source,
        };
    }

    private static string DesignNote =>
        FormattableString.Invariant($"{Name}: derived from the {SourceProfile} profile by DryProfile. Cut: {Sizes.Train} training and {Sizes.Test} test images per dataset ") +
        FormattableString.Invariant($"({Sizes.LargeInputTrain} and {Sizes.LargeInputTest} for ImageNet, whose 224×224 ResNet18 costs about 50× a CIFAR ResNet18 per image on the CPU), ") +
        FormattableString.Invariant($"{Sizes.Epochs} epoch, the first seed of each experiment, {Sizes.ProbeCount} probes per setting ({Sizes.LineResolution} points per line, ") +
        FormattableString.Invariant($"{Sizes.SimplexResolution} values per simplex axis, {Sizes.PlaneResolution} per plane axis), every numeric grid axis at its first value ") +
        "except the axis the experiment sweeps (lr-sweep: learning rates, batch-sweep: batch sizes, wd-sweep: weight decays), which keeps its two extremes; every " +
        "measurement epoch mapped into the shortened training, a warmup-cosine schedule's warmup on the same fraction rounded down (0 at one epoch: the epoch trains at the initial rate); the stability study at " +
        FormattableString.Invariant($"{Sizes.StabilitySeeds} seeds and {Sizes.StabilitySteps} steps with convergence at a gradient norm of {Sizes.StabilityGradientTolerance} (so that runs converge), the toy at {Sizes.ToySteps} steps, every classifier family at its two extreme settings ({Sizes.ForestTrees} trees per forest class, {Sizes.SvmIterations} SVM passes). Everything else is the ") +
        $"{SourceProfile} profile's. Every claim is recorded: its verdicts test the pipeline, not the paper.";

    private static DatasetSpec Dataset(DatasetSpec d)
    {
        int? canonicalTrain = d.Name is not null && KnownNames.DatasetSizes.TryGetValue(d.Name, out var size) ? size.Train : null;
        int? canonicalTest = d.Name is not null && KnownNames.DatasetSizes.TryGetValue(d.Name, out var s) ? s.Test : null;
        bool large = d.Name is not null && LargeInputDatasets.Contains(d.Name);
        int train = large ? Sizes.LargeInputTrain : Sizes.Train, test = large ? Sizes.LargeInputTest : Sizes.Test;
        return d with
        {
            TrainSize = Math.Min(d.TrainSize ?? canonicalTrain ?? train, train),
            TestSize = Math.Min(d.TestSize ?? canonicalTest ?? test, test),
        };
    }

    private static ClaimExpectation Claim(ClaimExpectation claim, IReadOnlyList<ExperimentSpec> experiments)
    {
        int? paperEpochs = experiments.Where(e => claim.Experiments?.Contains(e.Id ?? "") == true)
            .Select(e => e.Grid?.Epochs).FirstOrDefault(x => x is not null);
        var thresholds = claim.Thresholds?.ToDictionary(t => t.Key,
            t => t.Key == EarlyEpochThreshold && paperEpochs is int from ? MapEpoch((int)t.Value, from) : t.Value, StringComparer.Ordinal);
        return claim with
        {
            Expectation = "recorded",
            Thresholds = thresholds,
            Note = $"{Name}: recorded (a pipeline check at tiny size, never evidence)" + (claim.Note is { } note ? $"; {SourceProfile}: {note}" : ""),
        };
    }

    /// <summary>The claim threshold that names an epoch (C18's early epoch): mapped like the measurement epochs.</summary>
    private const string EarlyEpochThreshold = "earlyEpoch";

    /// <summary>Epoch <paramref name="epoch"/> of a training of <paramref name="from"/> epochs, in one of
    /// <see cref="Sizes.Epochs"/>: 0 (before training) stays 0, every other epoch lands on the same fraction of the
    /// shortened training, rounded up (so at least epoch 1).</summary>
    internal static int MapEpoch(int epoch, int from) =>
        epoch <= 0 || from <= 0 ? Math.Max(epoch, 0) : Math.Clamp((int)Math.Ceiling((double)epoch * Sizes.Epochs / from), 1, Sizes.Epochs);

    private enum SweptAxis
    {
        None,
        LearningRate,
        BatchSize,
        WeightDecay,
        Study,
    }
}
