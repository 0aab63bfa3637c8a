using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>Builds a model by name: the small models for CPU runs, the paper's CIFAR architectures, its Vision
/// Transformer (C17) and torchvision's ImageNet ResNet18.</summary>
public static class ModelFactory
{
    /// <summary>Every name <see cref="Create"/> accepts (lower case; matching ignores case).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "mlp", "small-cnn", "two-layer-relu",
        "resnet18", "resnet34", "efficientnetb0", "senet18", "vgg19", "mobilenet", "shufflenetv2", "regnetx_200mf", "simpledla",
        "resnet18-imagenet",
        "vit",
    ];

    /// <summary>
    /// A new model on the CPU, in training mode, for inputs of <paramref name="shape"/> and
    /// <paramref name="classes"/> outputs (for two-layer-relu, 1 output = a real-valued network). Initial weights
    /// come from torch's global generator, seeded first when <see cref="ModelOptions.Seed"/> is set.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown name (the message lists the known ones) or bad options.</exception>
    public static nn.Module<Tensor, Tensor> Create(string name, InputShape shape, int classes, ModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Normalize(name);
        ModelGuard.Check(shape, classes);
        options ??= ModelOptions.Default;
        if (options.Seed is { } seed)
        {
            manual_seed(seed);
        }
        var model = Build(key, shape, classes, options);
        // Like the base width, an option only the CIFAR networks read: the others leave it alone (the profile validator
        // rejects it on them).
        if (options.HeadInitStd is { } std && model is IClassifierHead)
        {
            try
            {
                InitializeHead(model, std);
            }
            catch (ArgumentException)
            {
                model.Dispose();
                throw;
            }
        }
        return model;
    }

    private static nn.Module<Tensor, Tensor> Build(string key, InputShape shape, int classes, ModelOptions options) =>
        key switch
        {
            "mlp" => new Mlp(shape, classes, options.HiddenWidths),
            "small-cnn" => new SmallCnn(shape, classes, options.ConvChannels1, options.ConvChannels2, options.Hidden),
            "two-layer-relu" => new TwoLayerRelu(shape, classes, options.Width),
            "resnet18" => new ResNet("resnet18", shape, classes, [2, 2, 2, 2], options.BaseWidth),
            "resnet34" => new ResNet("resnet34", shape, classes, [3, 4, 6, 3], options.BaseWidth),
            "efficientnetb0" => new EfficientNet(shape, classes),
            "senet18" => new SeNet(shape, classes),
            "vgg19" => new Vgg(shape, classes, options.BaseWidth),
            "mobilenet" => new MobileNet(shape, classes),
            "shufflenetv2" => new ShuffleNetV2(shape, classes),
            "regnetx_200mf" => new RegNet(shape, classes),
            "simpledla" => new SimpleDla(shape, classes),
            "resnet18-imagenet" => new ImageNetResNet("resnet18-imagenet", shape, classes, [2, 2, 2, 2]),
            "vit" => new VisionTransformer(shape, classes),
            _ => throw new InvalidOperationException($"model '{key}' is listed but not built"),
        };

    /// <summary>The head's weights from N(0, <paramref name="std"/>²), its bias 0 (the authors' CIFAR-100 head).</summary>
    /// <exception cref="ArgumentException">The model has no classifier head, or the value is not a positive number.</exception>
    public static void InitializeHead(nn.Module<Tensor, Tensor> model, double std)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!(std > 0 && double.IsFinite(std)))
        {
            throw new ArgumentException($"head init std: must be positive and finite, got {std}", nameof(std));
        }
        if (model is not IClassifierHead { Head: var head })
        {
            throw new ArgumentException($"model '{model.GetName()}': no classifier head to re-initialize (the CIFAR networks have one)", nameof(model));
        }
        using var noGrad = no_grad();
        nn.init.normal_(head.weight!, 0, std);
        if (head.bias is { } bias)
        {
            nn.init.zeros_(bias);
        }
    }

    /// <summary>The canonical (lower-case) name.</summary>
    /// <exception cref="ArgumentException">Unknown name; the message lists the known ones.</exception>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant();
        if (!Names.Contains(key))
        {
            throw new ArgumentException($"model '{name}': unknown; known models: {string.Join(", ", Names)}", nameof(name));
        }
        return key;
    }
}
