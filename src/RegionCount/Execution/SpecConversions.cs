using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Training;

namespace RegionCount.Execution;

/// <summary>Profile specs → the engine's option records. The names are the same enums on both sides; what a spec
/// leaves out keeps the engine record's default.</summary>
internal static class SpecConversions
{
    public static ModelOptions Model(ModelSpec spec, long seed)
    {
        var options = new ModelOptions { Seed = seed };
        return spec.Options is not { } o ? options : options with
        {
            HiddenWidths = o.Widths ?? options.HiddenWidths,
            Width = o.Width ?? options.Width,
            ConvChannels1 = o.Channels is [var first, _] ? first : options.ConvChannels1,
            ConvChannels2 = o.Channels is [_, var second] ? second : options.ConvChannels2,
            Hidden = o.Hidden ?? options.Hidden,
            BaseWidth = o.BaseWidth ?? options.BaseWidth,
            HeadInitStd = o.HeadInitStd,
        };
    }

    /// <param name="spec">The profile's probe.</param>
    /// <param name="endpointFill">The crop border of augmented-train endpoints (<see cref="CropFill"/> of the run); read by
    /// that split only.</param>
    public static ProbeSettings Probe(ProbeSpec spec, IReadOnlyList<float>? endpointFill = null)
    {
        var kind = spec.Kind ?? throw new InvalidDataException("a probe without a kind (the profile validator requires one)");
        var settings = new ProbeSettings
        {
            Kind = kind,
            Split = spec.Split,
            EndpointFill = spec.Split == ProbeSplit.AugmentedTrain ? endpointFill : null,
        };
        settings = settings with
        {
            Count = spec.Count ?? settings.Count,
            MaxPointsPerForward = spec.PointsPerForward ?? settings.MaxPointsPerForward,
            Left = spec.Interval is [var left, _] ? left : settings.Left,
            Right = spec.Interval is [_, var right] ? right : settings.Right,
        };
        return kind switch
        {
            ProbeKind.Segment => settings with { Points = spec.Resolution ?? settings.Points },
            ProbeKind.Ray => settings with { Points = spec.Resolution ?? settings.Points, RayLength = spec.RayLength ?? settings.RayLength },
            ProbeKind.Simplex => settings with { SimplexDimension = spec.Dimension, ValuesPerAxis = spec.Resolution },
            ProbeKind.Plane => settings with { PlaneResolution = spec.Resolution ?? settings.PlaneResolution },
            _ => throw new InvalidDataException($"probe kind {kind}: no conversion to the engine's settings"),
        };
    }

    public static TrainingOptions Training(RunConfig config, TorchSharp.torch.Device device, string? checkpoints)
    {
        var h = config.Hyperparameters;
        return new TrainingOptions
        {
            Optimizer = h.Optimizer ?? throw new InvalidDataException("a study run's settings: nothing to train"),
            LearningRate = h.LearningRate,
            Momentum = h.Momentum,
            WeightDecay = h.WeightDecay,
            BatchSize = h.BatchSize,
            Epochs = h.Epochs,
            Seed = config.Seed,
            Schedule = h.Schedule ?? throw new InvalidDataException("a study run's settings: nothing to train"),
            WarmupEpochs = h.WarmupEpochs,
            MinLearningRate = h.MinLearningRate,
            Augment = h.Augmentation == AugmentationKind.CropFlip,
            CropFill = CropFill(h.CropPadding, config.Dataset.Normalization),
            MixupAlpha = h.MixupAlpha,
            Device = device,
            MeasureAt = config.MeasurementEpochs,
            EvaluateEveryEpoch = false,
            CheckpointDirectory = checkpoints,
            CheckpointEvery = Math.Max(1, h.Epochs / 5),
        };
    }

    /// <summary>The crop border per channel of the normalized images: null for zero (and by default); for black, a raw 0
    /// normalized as the run's data is (<see cref="Data.ChannelNormalization.Black"/>), or null when the data is not
    /// normalized (a raw 0 is then 0).</summary>
    public static IReadOnlyList<float>? CropFill(CropPadding? padding, NormalizationSpec? normalization) =>
        padding switch
        {
            null or CropPadding.Zero => null,
            CropPadding.Black => normalization is { Mean: { } mean, Std: { } std }
                ? new Data.ChannelNormalization([.. mean.Select(m => (float)m)], [.. std.Select(s => (float)s)]).Black
                : null,
            _ => throw new InvalidDataException($"crop padding {padding}: no conversion to the engine's settings"),
        };
}
