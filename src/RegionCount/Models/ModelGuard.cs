using RegionCount.Data;

namespace RegionCount.Models;

/// <summary>Argument checks shared by the model constructors; messages name the field.</summary>
internal static class ModelGuard
{
    public static void Check(InputShape shape, int classes)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Channels <= 0 || shape.Height <= 0 || shape.Width <= 0)
        {
            throw new ArgumentException($"input shape {shape}: every dimension must be positive", nameof(shape));
        }
        Positive(classes, "classes");
    }

    public static void Positive(int value, string field)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(field, value, $"{field} must be positive, got {value}");
        }
    }
}
