namespace RegionCount.Data;

/// <summary>The shape of one input: channels × height × width (a flat vector is C×1×1... use (d, 1, 1)).</summary>
public sealed record InputShape(int Channels, int Height, int Width)
{
    public static readonly InputShape Cifar = new(3, 32, 32);
    public static readonly InputShape Mnist = new(1, 28, 28);

    /// <summary>Features in one flattened input.</summary>
    public int Features => Channels * Height * Width;

    /// <summary>The shape of a batch of <paramref name="n"/> inputs.</summary>
    public long[] Batch(long n) => [n, Channels, Height, Width];

    public override string ToString() => $"{Channels}x{Height}x{Width}";
}
