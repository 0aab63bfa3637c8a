using System.Text.Json;

namespace RegionCount.Training;

/// <summary>
/// What one epoch measured. Epoch 0 is the state before training (no train loss or running accuracy: NaN).
/// Accuracies are fractions in [0, 1]; NaN where not measured.
/// </summary>
/// <param name="Epoch">1-based epoch, 0 = before training.</param>
/// <param name="LearningRate">The rate this epoch trained with.</param>
/// <param name="TrainLoss">Mean cross-entropy over the epoch's batches, weighted by batch size (mixup loss with mixup).</param>
/// <param name="TrainAccuracy">Running train-mode accuracy over the epoch (the authors' "train accuracy"); with
/// mixup λ·[pred = y_a] + (1 − λ)·[pred = y_b], as in the mixup reference code.</param>
/// <param name="CleanTrainAccuracy">Eval-mode accuracy over the full, unaugmented training set after the epoch.</param>
/// <param name="TestLoss">Mean cross-entropy over the test set, eval mode.</param>
/// <param name="TestAccuracy">Accuracy over the test set, eval mode.</param>
/// <param name="Seconds">Wall time of the epoch (training + evaluation + probes).</param>
/// <param name="Probes">Probe values at measurement epochs, keyed "probe/key"; empty elsewhere.</param>
/// <param name="ProbeDetails">At measurement epochs, one entry per probe run, keyed by its name: its
/// <see cref="ProbeReading.Detail"/> (JSON null when it had none). Null elsewhere, and in checkpoints written before
/// details were kept (which therefore cannot be resumed by a run with probes).</param>
public sealed record EpochMetrics(
    int Epoch,
    double LearningRate,
    double TrainLoss,
    double TrainAccuracy,
    double CleanTrainAccuracy,
    double TestLoss,
    double TestAccuracy,
    double Seconds,
    IReadOnlyDictionary<string, double> Probes,
    IReadOnlyDictionary<string, JsonElement>? ProbeDetails = null)
{
    /// <summary>Train accuracy % − test accuracy % with the running train accuracy (the authors' gap).</summary>
    public double Gap => 100 * (TrainAccuracy - TestAccuracy);

    /// <summary>Equal in everything but wall time (which no two runs share).</summary>
    public bool SameResultAs(EpochMetrics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Epoch == other.Epoch && Same(LearningRate, other.LearningRate) && Same(TrainLoss, other.TrainLoss)
            && Same(TrainAccuracy, other.TrainAccuracy) && Same(CleanTrainAccuracy, other.CleanTrainAccuracy)
            && Same(TestLoss, other.TestLoss) && Same(TestAccuracy, other.TestAccuracy)
            && Probes.Count == other.Probes.Count
            && Probes.All(p => other.Probes.TryGetValue(p.Key, out double v) && Same(p.Value, v))
            && SameDetails(ProbeDetails, other.ProbeDetails);
    }

    private static bool Same(double a, double b) => a.Equals(b);

    private static bool SameDetails(IReadOnlyDictionary<string, JsonElement>? a, IReadOnlyDictionary<string, JsonElement>? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Count == b.Count && a.All(d => b.TryGetValue(d.Key, out var e) && JsonElement.DeepEquals(d.Value, e));
}
