using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

/// <summary>
/// A last training batch of one image (training set size mod batch size = 1): batch norm in training mode needs more
/// than one value per channel, which one image gives wherever a normalized feature map is larger than 1×1. Every
/// network a profile can name trains a step on a batch of one.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class BatchOfOneTests
{
    public static TheoryData<string> Networks() => [.. ModelFactory.Names];

    [Theory]
    [MemberData(nameof(Networks))]
    public void A_network_trains_a_step_on_one_image(string name)
    {
        var (shape, classes) = name switch
        {
            "mlp" or "small-cnn" or "two-layer-relu" => (InputShape.Mnist, 10),
            "resnet18-imagenet" => (ImageNetCrop.Shape, 1000),
            _ => (InputShape.Cifar, 10),
        };
        using var model = ModelFactory.Create(name, shape, classes, new ModelOptions { Seed = 1 });
        using var scope = NewDisposeScope();
        model.train();
        var x = randn(1, shape.Channels, shape.Height, shape.Width);

        var act = () => nn.functional.cross_entropy(model.call(x), tensor(new long[] { 3 })).backward();

        act.Should().NotThrow();
    }
}
