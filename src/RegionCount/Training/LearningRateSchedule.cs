using RegionCount.Experiments;

namespace RegionCount.Training;

/// <summary>
/// Learning rate per epoch in closed form. Epoch e (1-based) trains with η(t = e − 1), as with a PyTorch scheduler
/// stepped once at the end of every epoch. Cosine (CosineAnnealingLR):
/// η_t = η_min + (η₀ − η_min)(1 + cos(π t / T)) / 2, with T = T_max = the number of epochs and η_min = 0.
/// Warmup-cosine (the authors' ViT, C17: warmup_scheduler's GradualWarmupScheduler with multiplier 1 and total_epoch W,
/// wrapping CosineAnnealingLR(T_max = epochs, eta_min), stepped per epoch by PyTorch Lightning):
/// η_t = η₀ · t / W for t ≤ W (so the first epoch trains at 0, and epoch W + 1 at η₀), then
/// η_t = η_min + (η₀ − η_min)(1 + cos(π (t − W − 1) / T)) / 2 for t &gt; W (epoch W + 2 trains at η₀ again: the wrapped
/// scheduler starts at its own step 0; with T = epochs the cosine is not finished at the last epoch, which trains at
/// η_min + (η₀ − η_min)(1 + cos(π (T − W − 2) / T)) / 2). W = 0 is no warmup: η_t = η_min + (η₀ − η_min)(1 + cos(π t / T)) / 2.
/// The closed form (rather than PyTorch's recursive update) makes the schedule position a pure function of the
/// epoch, so a resumed run sets exactly the same rate; the two agree to rounding (see the tests).
/// </summary>
public static class LearningRateSchedule
{
    /// <summary>The rate after <paramref name="t"/> scheduler steps (<paramref name="warmup"/> is read by warmup-cosine only).</summary>
    public static double At(ScheduleKind kind, double initial, int t, int tMax, double minimum = 0, int warmup = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tMax);
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        return kind switch
        {
            ScheduleKind.Constant => initial,
            ScheduleKind.Cosine => Cosine(initial, minimum, t, tMax),
            ScheduleKind.WarmupCosine when warmup == 0 => Cosine(initial, minimum, t, tMax),
            ScheduleKind.WarmupCosine when t <= warmup => initial * t / warmup,
            ScheduleKind.WarmupCosine => Cosine(initial, minimum, t - warmup - 1, tMax),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown schedule"),
        };
    }

    /// <summary>The rate used while training epoch <paramref name="epoch"/> (1-based) of <paramref name="epochs"/>.</summary>
    public static double ForEpoch(ScheduleKind kind, double initial, int epoch, int epochs) =>
        At(kind, initial, epoch - 1, epochs);

    /// <summary>The rate used while training epoch <paramref name="epoch"/> (1-based) by <paramref name="options"/>'s
    /// schedule (its warmup and floor where it has them).</summary>
    public static double ForEpoch(TrainingOptions options, int epoch)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Schedule == ScheduleKind.WarmupCosine
            ? At(options.Schedule, options.LearningRate, epoch - 1, options.Epochs, options.MinLearningRate ?? 0, options.WarmupEpochs ?? 0)
            : ForEpoch(options.Schedule, options.LearningRate, epoch, options.Epochs);
    }

    private static double Cosine(double initial, double minimum, int t, int tMax) =>
        minimum + ((initial - minimum) * (1 + Math.Cos(Math.PI * t / tMax)) / 2);
}
