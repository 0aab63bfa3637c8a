using RegionCount.Experiments;

namespace RegionCount.Training;

/// <summary>
/// Learning rate per epoch in closed form. Epoch e (1-based) trains with η(t = e − 1), as with PyTorch's
/// CosineAnnealingLR stepped once at the end of every epoch:
/// η_t = η_min + (η₀ − η_min)(1 + cos(π t / T)) / 2, with T = T_max = the number of epochs and η_min = 0.
/// The closed form (rather than PyTorch's recursive update) makes the schedule position a pure function of the
/// epoch, so a resumed run sets exactly the same rate; the two agree to rounding (see the tests).
/// </summary>
public static class LearningRateSchedule
{
    /// <summary>The rate after <paramref name="t"/> scheduler steps.</summary>
    public static double At(ScheduleKind kind, double initial, int t, int tMax, double minimum = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tMax);
        return kind switch
        {
            ScheduleKind.Constant => initial,
            ScheduleKind.Cosine => minimum + ((initial - minimum) * (1 + Math.Cos(Math.PI * t / tMax)) / 2),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown schedule"),
        };
    }

    /// <summary>The rate used while training epoch <paramref name="epoch"/> (1-based) of <paramref name="epochs"/>.</summary>
    public static double ForEpoch(ScheduleKind kind, double initial, int epoch, int epochs) =>
        At(kind, initial, epoch - 1, epochs);
}
