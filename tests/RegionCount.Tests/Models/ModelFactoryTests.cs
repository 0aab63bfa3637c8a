using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

[Collection(TorchCollection.Name)]
public sealed class ModelFactoryTests
{
    [Fact]
    public void Knows_the_small_models_the_nine_cifar_architectures_and_the_vision_transformer()
    {
        ModelFactory.Names.Should().BeEquivalentTo(
            "mlp", "small-cnn", "two-layer-relu", "resnet18", "resnet34", "efficientnetb0", "senet18", "vgg19",
            "mobilenet", "shufflenetv2", "regnetx_200mf", "simpledla", "resnet18-imagenet", "vit");
    }

    [Fact]
    public void Names_match_ignoring_case()
    {
        using var model = ModelFactory.Create("Small-CNN", InputShape.Mnist, 10);
        model.Should().BeOfType<SmallCnn>();
        ModelFactory.Normalize(" ResNet18 ").Should().Be("resnet18");
    }

    [Fact]
    public void An_unknown_name_is_an_error_that_lists_the_known_ones()
    {
        var act = () => ModelFactory.Create("resnet50", InputShape.Cifar, 10);

        act.Should().Throw<ArgumentException>()
            .WithMessage("model 'resnet50': unknown; known models: mlp, small-cnn, two-layer-relu, resnet18, *, simpledla*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_class_count_below_one_is_rejected(int classes)
    {
        var act = () => ModelFactory.Create("mlp", InputShape.Mnist, classes);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("classes must be positive*");
    }

    [Fact]
    public void A_bad_hidden_width_is_rejected_with_its_name()
    {
        var act = () => ModelFactory.Create("mlp", InputShape.Mnist, 10, new ModelOptions { HiddenWidths = [32, 0] });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("mlp hidden width must be positive, got 0*");
    }

    [Fact]
    public void The_sequential_models_expose_their_layers_in_forward_order()
    {
        using var mlp = ModelFactory.Create("mlp", InputShape.Mnist, 10, new ModelOptions { HiddenWidths = [64, 32, 16] });
        using var cnn = ModelFactory.Create("small-cnn", InputShape.Cifar, 10);
        using var twoLayer = ModelFactory.Create("two-layer-relu", new InputShape(2, 1, 1), 1, new ModelOptions { Width = 5 });

        Kinds(mlp).Should().Equal("Flatten", "Linear", "ReLU", "Linear", "ReLU", "Linear", "ReLU", "Linear");
        Kinds(cnn).Should().Equal("Conv2d", "ReLU", "MaxPool2d", "Conv2d", "ReLU", "MaxPool2d", "Flatten", "Linear", "ReLU", "Linear");
        Kinds(twoLayer).Should().Equal("Flatten", "Linear", "ReLU", "Linear");
        twoLayer.parameters().Sum(p => p.numel()).Should().Be((2 * 5) + 5 + 5 + 1);
    }

    [Fact]
    public void Applying_the_layers_in_order_is_the_forward_pass()
    {
        using var model = ModelFactory.Create("small-cnn", InputShape.Mnist, 10, new ModelOptions { Seed = 4 });
        using var scope = NewDisposeScope();
        using var generator = new Generator(5);
        var x = rand([3, 1, 28, 28], generator: generator);

        var y = x;
        foreach (var layer in ((ILayerSequence)model).Layers)
        {
            y = layer.call(y);
        }

        allclose(y, model.call(x)).Should().BeTrue();
    }

    [Fact]
    public void The_cifar_architectures_are_not_layer_sequences()
    {
        using var model = ModelFactory.Create("resnet18", InputShape.Mnist, 10);

        model.Should().NotBeAssignableTo<ILayerSequence>();
    }

    [Fact]
    public void The_same_seed_gives_the_same_initial_weights_and_another_seed_does_not()
    {
        using var a = ModelFactory.Create("mlp", InputShape.Mnist, 10, new ModelOptions { Seed = 11 });
        using var b = ModelFactory.Create("mlp", InputShape.Mnist, 10, new ModelOptions { Seed = 11 });
        using var c = ModelFactory.Create("mlp", InputShape.Mnist, 10, new ModelOptions { Seed = 12 });
        using var scope = NewDisposeScope();

        allclose(Flat(a), Flat(b), rtol: 0, atol: 0).Should().BeTrue();
        allclose(Flat(a), Flat(c), rtol: 0, atol: 0).Should().BeFalse();
    }

    private static string[] Kinds(nn.Module<Tensor, Tensor> model) =>
        [.. ((ILayerSequence)model).Layers.Select(l => l.GetType().Name)];

    private static Tensor Flat(nn.Module<Tensor, Tensor> model) =>
        cat(model.parameters().Select(p => p.detach().flatten()).ToList(), 0);
}
