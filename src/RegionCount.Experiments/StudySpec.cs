namespace RegionCount.Experiments;

/// <summary>
/// A computation that is not a training run of the main recipe, planned and recorded like one (fingerprint, record,
/// resume, merge): the T1 stability simulation, the authors' three-point toy, the C8 rescaling check, the C16 classifiers. One record per
/// study run; its rows are in the record's metrics table. The fields a kind reads are listed with it; the validator
/// rejects the others.
/// </summary>
public sealed record StudySpec
{
    /// <summary>stability, toy or invariance.</summary>
    public StudyKind? Kind { get; init; }

    // stability: full-batch GD on a batch of two-layer ReLU nets (every κ × every seed), see Theory.StabilityDesign.

    /// <summary>stability: data points, evenly spaced on t ∈ [−1, 1].</summary>
    public int? Points { get; init; }

    /// <summary>stability: labels ±1 alternate in blocks of this many points.</summary>
    public int? BlockSize { get; init; }

    /// <summary>stability: input dimensions; the planner makes one run per dimension (1 = the plain line, d &gt; 1 =
    /// the line embedded by a random isometry at <see cref="OffsetNorm"/> from the origin).</summary>
    public IReadOnlyList<int>? Dimensions { get; init; }

    /// <summary>stability: norm of the line's offset from the origin when embedded (ignored in 1-D).</summary>
    public double? OffsetNorm { get; init; }

    /// <summary>stability: hidden units.</summary>
    public int? Width { get; init; }

    /// <summary>stability: learning rates as multiples κ of 2/λ̄₀ (λ̄₀: median λ_max at initialization over the seeds).</summary>
    public IReadOnlyList<double>? Kappas { get; init; }

    /// <summary>stability: initialization seeds (all in one run: λ̄₀ is taken over them).</summary>
    public IReadOnlyList<long>? Seeds { get; init; }

    /// <summary>stability: step budget; toy: steps of every run.</summary>
    public int? MaxSteps { get; init; }

    /// <summary>stability: converged when the gradient norm ≤ this …</summary>
    public double? GradientTolerance { get; init; }

    /// <summary>stability: … or the loss ≤ this.</summary>
    public double? LossTolerance { get; init; }

    /// <summary>stability: diverged when the loss is not finite or exceeds this.</summary>
    public double? BlowUpLoss { get; init; }

    /// <summary>stability: status checked every this many steps.</summary>
    public int? CheckEvery { get; init; }

    /// <summary>stability: seed of the isometry and offset (and of the trend test's permutations).</summary>
    public long? DataSeed { get; init; }

    /// <summary>stability: permutations of the trend test the analysis runs.</summary>
    public int? Permutations { get; init; }

    /// <summary>toy: learning rates, one network each.</summary>
    public IReadOnlyList<double>? LearningRates { get; init; }

    /// <summary>toy: grid points per axis of the decision map over [−2, 2]².</summary>
    public int? GridSize { get; init; }

    /// <summary>classifiers: the families and their complexity settings (one run per family and seed).</summary>
    public IReadOnlyList<ClassifierSpec>? Classifiers { get; init; }

    /// <summary>invariance: scales c of the function-preserving rescaling (first layer × c, next layer's weights ÷ c).</summary>
    public IReadOnlyList<double>? Scales { get; init; }
}
