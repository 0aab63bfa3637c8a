using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Tests.Training;

/// <summary>Tiny models and synthetic data for the training tests.</summary>
internal static class TinyModels
{
    /// <summary>Flatten → Linear(features, hidden) → ReLU → Linear(hidden, classes), weights from <c>manual_seed(seed)</c>.</summary>
    public static nn.Module<Tensor, Tensor> Mlp(int features, int hidden, int classes, long seed)
    {
        manual_seed(seed);
        return nn.Sequential(nn.Flatten(), nn.Linear(features, hidden), nn.ReLU(), nn.Linear(hidden, classes));
    }

    /// <summary>n points in d dimensions (shape d×1×1), class = [x₀ > 0], with x₀ pushed away from 0 by 0.5.</summary>
    public static ImageDataset Separable(string name, int n, int d, ulong seed)
    {
        using var generator = new Generator(seed);
        using var scope = NewDisposeScope();
        var x = randn([n, d], generator: generator);
        var labels = x[.., 0].gt(0).to(int64);
        var shift = labels.to(float32) - 0.5f;
        x[.., 0] = x[.., 0] + shift;
        return new ImageDataset(name, x.view(n, d, 1, 1), labels, 2);
    }

    /// <summary>n random images of the given shape with random labels.</summary>
    public static ImageDataset Random(string name, int n, InputShape shape, int classes, ulong seed)
    {
        using var generator = new Generator(seed);
        using var scope = NewDisposeScope();
        return new ImageDataset(name, rand(shape.Batch(n), generator: generator),
            randint(0, classes, [n], dtype: int64, generator: generator), classes);
    }

    public static float[] Weights(nn.Module<Tensor, Tensor> model) =>
        [.. model.parameters().SelectMany(p => p.detach().cpu().data<float>().ToArray())];
}
