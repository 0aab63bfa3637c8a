using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

/// <summary>Every model maps a batch of 2 to 2 × classes for MNIST-size (1×28×28) inputs; the small ones for CIFAR size too.</summary>
[Collection(TorchCollection.Name)]
public sealed class InputShapeTests
{
    /// <summary>
    /// The CIFAR nets at 1×28×28: only the stem conv (3×3, no bias, except VGG's with bias, whose bias does not
    /// depend on the input channels) changes, by 2 input channels × stem width × 9 weights; stem widths read from
    /// the reference definitions: ResNet/SENet/RegNet/VGG 64, MobileNet/EfficientNet 32, ShuffleNetV2 24, SimpleDLA 16.
    /// </summary>
    public static TheoryData<string, long> MnistCounts => new()
    {
        { "resnet18", 11_173_962 - (2 * 64 * 9) },
        { "resnet34", 21_282_122 - (2 * 64 * 9) },
        { "vgg19", 20_040_522 - (2 * 64 * 9) },
        { "mobilenet", 3_217_226 - (2 * 32 * 9) },
        { "senet18", 11_260_354 - (2 * 64 * 9) },
        { "efficientnetb0", 3_599_686 - (2 * 32 * 9) },
        { "shufflenetv2", 1_263_854 - (2 * 24 * 9) },
        { "regnetx_200mf", 2_321_946 - (2 * 64 * 9) },
        { "simpledla", 15_142_970 - (2 * 16 * 9) },
        // Hand counts with the default options: Flatten, 784→256→256→10 = 200,960 + 65,792 + 2,570.
        { "mlp", 269_322 },
        // conv 1→16 (160) + conv 16→32 (4,640) + fc 32·7·7→128 (200,832) + fc 128→10 (1,290).
        { "small-cnn", 206_922 },
        // 784→100 (78,500) + 100→10 (1,010).
        { "two-layer-relu", 79_510 },
    };

    [Theory]
    [MemberData(nameof(MnistCounts))]
    public void Mnist_size_inputs_give_one_row_of_class_scores_per_image(string name, long parameters)
    {
        using var model = ModelFactory.Create(name, InputShape.Mnist, 10, new ModelOptions { Seed = 2 });
        model.parameters().Sum(p => p.numel()).Should().Be(parameters);
        model.eval();

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var generator = new Generator(3);
        model.call(rand([2, 1, 28, 28], generator: generator)).shape.Should().Equal(2, 10);
    }

    [Theory]
    // conv 3→16 (448) + conv 16→32 (4,640) + fc 32·8·8→128 (262,272) + fc 128→10 (1,290).
    [InlineData("small-cnn", 268_650)]
    // 3072→256 (786,688) + 256→256 (65,792) + 256→10 (2,570).
    [InlineData("mlp", 855_050)]
    // 3072→100 (307,300) + 100→10 (1,010).
    [InlineData("two-layer-relu", 308_310)]
    public void Small_models_adapt_to_cifar_size_inputs(string name, long parameters)
    {
        using var model = ModelFactory.Create(name, InputShape.Cifar, 10, new ModelOptions { Seed = 2 });
        model.parameters().Sum(p => p.numel()).Should().Be(parameters);

        using var scope = NewDisposeScope();
        using var generator = new Generator(3);
        model.call(rand([2, 3, 32, 32], generator: generator)).shape.Should().Equal(2, 10);
    }
}
