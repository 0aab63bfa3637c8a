namespace RegionCount.Statistics;

/// <summary>Input checks shared by every procedure; each failure is one line naming the argument.</summary>
internal static class Guard
{
    public static void MinLength(IReadOnlyList<double> values, int min, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count < min)
        {
            throw new ArgumentException($"{name}: needs at least {min} values, got {values.Count}", name);
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}: value {i} is {values[i]}; every value must be finite", name);
            }
        }
    }

    public static void Paired(IReadOnlyList<double> x, IReadOnlyList<double> y, int min)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x and y: lengths differ ({x.Count} vs {y.Count}); paired samples need equal lengths", nameof(y));
        }

        MinLength(x, min, nameof(x));
        MinLength(y, min, nameof(y));
    }

    public static void NotConstant(IReadOnlyList<double> values, string name)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[0])
            {
                return;
            }
        }

        throw new ArgumentException($"{name}: all {values.Count} values are equal ({values[0]}); the statistic is undefined for constant input", name);
    }

    public static void Level(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"level: must be in (0, 1), got {level}");
        }
    }

    public static void Probability(double p, string name)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(name, p, $"{name}: must be in (0, 1), got {p}");
        }
    }

    public static void Positive(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}: must be at least 1, got {value}");
        }
    }
}
