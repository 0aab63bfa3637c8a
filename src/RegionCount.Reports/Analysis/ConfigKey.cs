using System.Globalization;

namespace RegionCount.Reports.Analysis;

/// <summary>A configuration: everything but the seed.</summary>
public sealed record ConfigKey(string Model, string Dataset, double LearningRate, int BatchSize, double WeightDecay,
    string Optimizer, string Augmentation, double MixupAlpha)
{
    /// <summary>"lr 0.1, bs 32, wd 5e-4" (plus optimizer/augmentation/mixup when not the defaults).</summary>
    public string Label()
    {
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"lr {LearningRate:G4}"),
            string.Create(CultureInfo.InvariantCulture, $"bs {BatchSize}"),
            string.Create(CultureInfo.InvariantCulture, $"wd {WeightDecay:G3}"),
        };
        if (Optimizer != "sgd")
        {
            parts.Add(Optimizer);
        }
        if (Augmentation != "none")
        {
            parts.Add(Augmentation);
        }
        if (MixupAlpha > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"mixup {MixupAlpha:G3}"));
        }
        return string.Join(", ", parts);
    }
}
