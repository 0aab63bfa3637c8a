using System.Globalization;

namespace RegionCount.Experiments;

/// <summary>How long a run is expected to take, and what the estimate rests on ("mean of 4 completed runs of main,
/// resnet18 on cifar10").</summary>
public sealed record RunEstimate(TimeSpan Duration, string Basis)
{
    public override string ToString() => $"{Format(Duration)} ({Basis})";

    /// <summary>Whole seconds as [d.]hh:mm:ss (budgets of batch systems run for days).</summary>
    public static string Format(TimeSpan duration) =>
        TimeSpan.FromSeconds(Math.Round(duration.TotalSeconds)).ToString("c", CultureInfo.InvariantCulture);
}
