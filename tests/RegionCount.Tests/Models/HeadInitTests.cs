using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

/// <summary>The authors' CIFAR-100 head (net.py: nn.init.normal_(net.linear.weight, 0, 0.01); nn.init.zeros_(net.linear.bias)):
/// weights from N(0, 0.01²), bias 0, every other parameter as the same seed builds it.</summary>
[Collection(TorchCollection.Name)]
public sealed class HeadInitTests
{
    private static nn.Module<Tensor, Tensor> Build(string name, double? std) =>
        ModelFactory.Create(name, InputShape.Cifar, 100, new ModelOptions { Seed = 3, BaseWidth = 16, HeadInitStd = std });

    [Fact]
    public void The_head_is_drawn_from_a_normal_with_standard_deviation_0_01_and_a_zero_bias()
    {
        using var model = Build("resnet18", 0.01);
        var head = ((IClassifierHead)model).Head;
        var weights = head.weight!.data<float>().Select(w => (double)w).ToArray();   // 100 × 128 = 12,800 draws
        double mean = weights.Average();
        double std = Math.Sqrt(weights.Sum(w => (w - mean) * (w - mean)) / (weights.Length - 1));

        weights.Should().HaveCount(12_800);
        // Sampling error of 12,800 draws: the mean's SE is 0.01/√12800 = 8.8e-5, the std's relative SE 1/√25600 = 0.6 %;
        // the bounds are 5 SE. Torch's default (uniform ±1/√128) would give a std of 0.051.
        mean.Should().BeInRange(-4.4e-4, 4.4e-4);
        std.Should().BeInRange(0.0097, 0.0103);
        head.bias!.data<float>().ToArray().Should().OnlyContain(b => b == 0);
    }

    [Fact]
    public void Only_the_head_differs_from_the_network_the_same_seed_builds_without_the_option()
    {
        using var plain = Build("vgg19", null);
        using var initialized = Build("vgg19", 0.01);
        var before = plain.named_parameters().ToList();
        var after = initialized.named_parameters().ToList();

        after.Select(p => p.name).Should().Equal(before.Select(p => p.name));
        var changed = before.Zip(after).Where(p => !p.First.parameter.allclose(p.Second.parameter, 0, 0)).Select(p => p.First.name).ToList();
        changed.Should().Equal("_classifier.weight", "_classifier.bias");
        ((IClassifierHead)plain).Head.weight!.std().item<float>().Should().BeGreaterThan(0.02f, "torch's default is uniform ±1/√128 (std 0.051)");
    }

    [Fact]
    public void Re_initializing_a_model_without_a_head_or_with_a_standard_deviation_that_is_not_positive_is_refused()
    {
        using var mlp = ModelFactory.Create("mlp", InputShape.Cifar, 100);
        using var resnet = ModelFactory.Create("resnet18", InputShape.Cifar, 100, new ModelOptions { BaseWidth = 4 });

        mlp.Should().NotBeAssignableTo<IClassifierHead>("the small models do not read the option, as the validator says");
        FluentActions.Invoking(() => ModelFactory.InitializeHead(mlp, 0.01)).Should().Throw<ArgumentException>().WithMessage("*no classifier head*");
        FluentActions.Invoking(() => ModelFactory.InitializeHead(resnet, 0)).Should().Throw<ArgumentException>()
            .WithMessage("head init std: must be positive and finite, got 0*");
    }
}
