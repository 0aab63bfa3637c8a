using RegionCount.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Benchmarks;

/// <summary>The benchmark networks on 1×28×28 inputs: an MLP and a small CNN, seeded through their own generator.</summary>
public sealed class BenchNetwork : nn.Module<Tensor, Tensor>, ILayerSequence
{
    private readonly ModuleList<nn.Module<Tensor, Tensor>> _layers;

    private BenchNetwork(nn.Module<Tensor, Tensor>[] layers) : base(nameof(BenchNetwork))
    {
        _layers = nn.ModuleList(layers);
        RegisterComponents();
    }

    public IReadOnlyList<nn.Module<Tensor, Tensor>> Layers => [.. _layers];

    public override Tensor forward(Tensor input)
    {
        var x = input;
        foreach (var layer in _layers)
        {
            x = layer.call(x);
        }
        return x;
    }

    public static BenchNetwork Create(string kind, int seed)
    {
        nn.Module<Tensor, Tensor>[] layers = kind switch
        {
            "mlp" => [nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10)],
            "cnn" =>
            [
                nn.Conv2d(1, 8, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(8, 16, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
                nn.Flatten(), nn.Linear(16 * 7 * 7, 10),
            ],
            _ => throw new ArgumentException($"BenchNetwork: unknown kind '{kind}'", nameof(kind)),
        };
        var net = new BenchNetwork(layers);
        using var g = new Generator((ulong)seed);
        using (no_grad())
        {
            foreach (var p in net.parameters())
            {
                var fanIn = p.dim() > 1 ? p.shape.Skip(1).Aggregate(1L, (a, b) => a * b) : 1;
                using var r = randn(p.shape, generator: g) * (p.dim() > 1 ? 1.5 / Math.Sqrt(fanIn) : 0.1);
                p.copy_(r);
            }
        }
        net.eval();
        return net;
    }

    /// <summary>The measured probes: 100 segments × 200 points, at most 4,000 points per forward pass.</summary>
    public static RegionCount.Regions.ProbeSettings MeasureSettings { get; } = new() { Count = 100, Points = 200, MaxPointsPerForward = 4000 };

    /// <summary>The meter's points built once (float32, 1×28×28), in its forward chunks, outside any dispose scope.</summary>
    public static List<Tensor> PrebuiltChunks(RegionCount.Regions.RegionMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var all = bmm(meter.Probes.Weights.to(float32), meter.Probes.Anchors).reshape(-1, 1, 28, 28);
        var chunks = all.split(meter.Settings.MaxPointsPerForward).Select(c => c.alias()).ToList();
        chunks.ForEach(c => c.DetachFromDisposeScope());
        return chunks;
    }

    /// <summary>n random 1×28×28 images (normal noise), labels all zero.</summary>
    public static Data.ImageDataset Images(int n, int seed)
    {
        using var g = new Generator((ulong)seed);
        using var scope = NewDisposeScope();
        return new Data.ImageDataset("noise28", randn([n, 1, 28, 28], generator: g), zeros(n, int64), 10);
    }
}
