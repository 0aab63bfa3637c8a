namespace RegionCount.Experiments;

/// <summary>One experiment of a profile: datasets × models × grid × seeds, measured with the given probes.</summary>
public sealed record ExperimentSpec
{
    public string? Id { get; init; }

    /// <summary>One of <see cref="KnownNames.ExperimentKinds"/> (main-grid, lr-sweep, ...).</summary>
    public string? Kind { get; init; }

    public string? Description { get; init; }

    /// <summary>Ids of the profile's datasets.</summary>
    public IReadOnlyList<string>? Datasets { get; init; }

    /// <summary>Ids of the profile's models.</summary>
    public IReadOnlyList<string>? Models { get; init; }

    public HyperparameterGrid? Grid { get; init; }

    public IReadOnlyList<long>? Seeds { get; init; }

    /// <summary>Epochs after which region counts are measured (1-based; the last epoch should be among them).</summary>
    public IReadOnlyList<int>? MeasurementEpochs { get; init; }

    /// <summary>Probe settings; each run measures with all of them.</summary>
    public IReadOnlyList<ProbeSpec>? Probes { get; init; }

    /// <summary>Parameter-dependent measures to record (param-measures experiments): distance-from-init, margin, ...</summary>
    public IReadOnlyList<ParameterMeasure>? Measures { get; init; }

    /// <summary>Study experiments (kind stability, toy or invariance): what to compute instead of training. Stability and
    /// toy need no datasets, models, grid or probes; invariance measures the profile's dataset and model, untrained,
    /// with its probes.</summary>
    public StudySpec? Study { get; init; }
}
