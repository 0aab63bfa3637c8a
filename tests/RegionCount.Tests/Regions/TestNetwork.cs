using RegionCount.Data;
using TorchSharp;
using RegionCount.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Tests.Regions;

/// <summary>A tiny sequential network for the region tests; parameters drawn from its own generator.</summary>
internal sealed class TestNetwork : nn.Module<Tensor, Tensor>, ILayerSequence
{
    private readonly ModuleList<nn.Module<Tensor, Tensor>> _layers;

    public TestNetwork(IEnumerable<nn.Module<Tensor, Tensor>> layers) : base(nameof(TestNetwork))
    {
        _layers = nn.ModuleList(layers.ToArray());
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

    /// <summary>Flatten → (Linear → ReLU)* → Linear, weights N(0, 1/fan_in)·gain, biases N(0, 0.1²).</summary>
    public static TestNetwork Mlp(int inputs, int[] hidden, int classes, int seed, ScalarType dtype = ScalarType.Float64)
    {
        var layers = new List<nn.Module<Tensor, Tensor>> { nn.Flatten() };
        var width = inputs;
        foreach (var h in hidden)
        {
            layers.Add(nn.Linear(width, h));
            layers.Add(nn.ReLU());
            width = h;
        }
        layers.Add(nn.Linear(width, classes));
        return Randomized(new TestNetwork(layers), seed, dtype);
    }

    /// <summary>Conv2d → BatchNorm2d → ReLU → MaxPool2d → Conv2d → ReLU → AvgPool2d → Flatten → Linear on 1×8×8.</summary>
    public static TestNetwork Cnn(int classes, int seed)
    {
        var layers = new List<nn.Module<Tensor, Tensor>>
        {
            nn.Conv2d(1, 4, 3, padding: 1),
            nn.BatchNorm2d(4),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(4, 6, 3, stride: 1, padding: 1),
            nn.ReLU(),
            nn.AvgPool2d(2),
            nn.Flatten(),
            nn.Linear(6 * 2 * 2, classes),
        };
        var net = Randomized(new TestNetwork(layers), seed, ScalarType.Float64);
        using var g = new Generator((ulong)seed + 1);
        using (no_grad())
        {
            var norm = (BatchNorm2d)layers[1];
            norm.running_mean!.copy_(randn([4], float64, generator: g) * 0.3);
            norm.running_var!.copy_(rand([4], float64, generator: g) + 0.5);
        }
        net.eval();
        return net;
    }

    /// <summary>Plain data: n points of dimension d as an ImageDataset of shape (d, 1, 1).</summary>
    public static ImageDataset Gaussian(int n, int d, int seed, string name = "gauss")
    {
        using var g = new Generator((ulong)seed);
        using var scope = NewDisposeScope();
        return new ImageDataset(name, randn([n, d, 1, 1], generator: g), zeros(n, int64), 10);
    }

    /// <summary>Plain image data: n points of shape c×h×w.</summary>
    public static ImageDataset Images(int n, int c, int h, int w, int seed)
    {
        using var g = new Generator((ulong)seed);
        using var scope = NewDisposeScope();
        return new ImageDataset("images", randn([n, c, h, w], generator: g), zeros(n, int64), 10);
    }

    private static TestNetwork Randomized(TestNetwork net, int seed, ScalarType dtype)
    {
        net.to(dtype, non_blocking: false);
        using var g = new Generator((ulong)seed);
        var first = true;
        using (no_grad())
        {
            foreach (var (name, p) in net.named_parameters())
            {
                var fanIn = p.dim() > 1 ? p.shape.Skip(1).Aggregate(1L, (a, b) => a * b) : 1;
                var scale = p.dim() > 1 ? 1.5 / Math.Sqrt(fanIn) : 0.1;
                using var r = randn(p.shape, dtype, generator: g) * scale;
                p.copy_(r);
                if (p.dim() > 1 && !first)
                {
                    // Rows summing to zero keep the positive mean of ReLU outputs from favouring one class.
                    using var mean = p.reshape(p.shape[0], -1).mean([1], keepdim: true);
                    p.sub_(mean.reshape([p.shape[0], .. Enumerable.Repeat(1L, (int)p.dim() - 1)]));
                }
                first &= p.dim() <= 1;
            }
        }
        return net;
    }
}
