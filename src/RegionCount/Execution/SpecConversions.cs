using System.Text.Json.Nodes;
using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Training;

namespace RegionCount.Execution;

/// <summary>Profile specs → the engine's option records.</summary>
internal static class SpecConversions
{
    public static ModelOptions Model(ModelSpec spec, long seed)
    {
        var options = new ModelOptions { Seed = seed };
        if (spec.Options is not JsonObject o)
        {
            return options;
        }
        if (o["widths"] is JsonArray widths)
        {
            options = options with { HiddenWidths = widths.Select(w => w!.GetValue<int>()).ToList() };
            if (widths.Count == 1)
            {
                options = options with { Width = widths[0]!.GetValue<int>() };
            }
        }
        if (o["width"] is JsonValue width)
        {
            options = options with { Width = width.GetValue<int>() };
        }
        if (o["channels"] is JsonArray channels && channels.Count == 2)
        {
            options = options with { ConvChannels1 = channels[0]!.GetValue<int>(), ConvChannels2 = channels[1]!.GetValue<int>() };
        }
        if (o["baseWidth"] is JsonValue baseWidth)
        {
            options = options with { BaseWidth = baseWidth.GetValue<int>() };
        }
        if (o["hidden"] is JsonValue hidden)
        {
            options = options with { Hidden = hidden.GetValue<int>() };
        }
        return options;
    }

    public static ProbeSettings Probe(ProbeSpec spec)
    {
        var kind = spec.Kind switch
        {
            "segment" => ProbeKind.Segment,
            "ray" => ProbeKind.Ray,
            "simplex" => ProbeKind.Simplex,
            "plane" => ProbeKind.Plane,
            _ => throw new InvalidDataException($"probe kind '{spec.Kind}': expected segment, ray, simplex or plane"),
        };
        var settings = new ProbeSettings
        {
            Kind = kind,
            Split = spec.Split == "test" ? ProbeSplit.Test : ProbeSplit.Train,
            Count = spec.Count ?? 100,
        };
        if (spec.PointsPerForward is { } perForward)
        {
            settings = settings with { MaxPointsPerForward = perForward };
        }
        if (spec.Interval is { Count: 2 } interval)
        {
            settings = settings with { Left = interval[0], Right = interval[1] };
        }
        settings = kind switch
        {
            ProbeKind.Segment => settings with { Points = spec.Resolution ?? 200 },
            ProbeKind.Ray => settings with { Points = spec.Resolution ?? 200, RayLength = spec.RayLength ?? 0.1 },
            ProbeKind.Simplex => settings with { SimplexDimension = spec.Dimension, ValuesPerAxis = spec.Resolution },
            _ => settings with { PlaneResolution = spec.Resolution ?? 100 },
        };
        return settings;
    }

    public static TrainingOptions Training(RunConfig config, TorchSharp.torch.Device device, string? checkpoints)
    {
        var h = config.Hyperparameters;
        return new TrainingOptions
        {
            Optimizer = h.Optimizer switch
            {
                "sgd" => OptimizerKind.Sgd,
                "adam" => OptimizerKind.Adam,
                "adagrad" => OptimizerKind.Adagrad,
                _ => throw new InvalidDataException($"optimizer '{h.Optimizer}': expected sgd, adam or adagrad"),
            },
            LearningRate = h.LearningRate,
            Momentum = h.Momentum,
            WeightDecay = h.WeightDecay,
            BatchSize = h.BatchSize,
            Epochs = h.Epochs,
            Seed = config.Seed,
            Schedule = h.Schedule == "constant" ? ScheduleKind.Constant : ScheduleKind.Cosine,
            Augment = h.Augmentation == "crop-flip",
            MixupAlpha = h.MixupAlpha,
            Device = device,
            MeasureAt = config.MeasurementEpochs,
            EvaluateEveryEpoch = false,
            CheckpointDirectory = checkpoints,
            CheckpointEvery = Math.Max(1, h.Epochs / 5),
        };
    }
}
