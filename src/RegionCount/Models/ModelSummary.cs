using System.Globalization;
using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>Parameter counts and one-line descriptions of models.</summary>
public static class ModelSummary
{
    /// <summary>The number of trainable and frozen parameters (batch-norm running statistics are buffers, not counted).</summary>
    public static long CountParameters(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.parameters().Sum(p => p.numel());
    }

    /// <summary>For example "resnet18 (ResNet) for 3x32x32 inputs, 10 classes: 11,173,962 parameters".</summary>
    public static string Describe(string name, InputShape shape, int classes, nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} ({1}) for {2} inputs, {3} {4}: {5:N0} parameters",
            name,
            module.GetType().Name,
            shape,
            classes,
            classes == 1 ? "output" : "classes",
            CountParameters(module));
    }
}
