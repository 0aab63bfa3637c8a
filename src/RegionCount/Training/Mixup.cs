using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>
/// Mixup (Zhang et al. 2018): one λ ~ Beta(α, α) per batch and one random pairing; loss = λ·CE(y_a) + (1 − λ)·CE(y_b).
/// λ comes from a seeded System.Random (Beta as X/(X+Y) with X, Y ~ Gamma(α), Marsaglia–Tsang), the pairing from a
/// seeded torch generator; nothing touches the global generators.
/// </summary>
public sealed class Mixup : IDisposable
{
    private readonly double _alpha;
    private readonly Random _random;
    private readonly Generator _generator;

    public Mixup(double alpha, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alpha);
        _alpha = alpha;
        _random = new Random(unchecked((int)(seed ^ (seed >> 32))));
        _generator = new Generator(seed);
    }

    /// <summary>The next λ ~ Beta(α, α).</summary>
    public double NextLambda()
    {
        double x = Gamma(_alpha), y = Gamma(_alpha);
        return x + y == 0 ? 0.5 : x / (x + y);
    }

    /// <summary>Mixes one batch (inputs and labels on the same device).</summary>
    public MixupBatch Mix(Tensor inputs, Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        double lambda = NextLambda();
        var perm = randperm(inputs.shape[0], generator: _generator).to(inputs.device);
        var mixed = (inputs * lambda) + (inputs.index_select(0, perm) * (1 - lambda));
        return new MixupBatch(mixed, labels, labels.index_select(0, perm), lambda);
    }

    public void Dispose() => _generator.Dispose();

    private double Gamma(double shape)
    {
        if (shape < 1)
        {
            // Gamma(a) = Gamma(a + 1) · U^(1/a).
            return Gamma(shape + 1) * Math.Pow(1 - _random.NextDouble(), 1 / shape);
        }
        double d = shape - (1.0 / 3), c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double z, v;
            do
            {
                z = Normal();
                v = 1 + (c * z);
            }
            while (v <= 0);
            v = v * v * v;
            double u = 1 - _random.NextDouble();
            if (Math.Log(u) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private double Normal()
    {
        double u1 = 1 - _random.NextDouble(), u2 = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
