using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

/// <summary>
/// The paper's CIFAR architectures at CIFAR-10 size (3×32×32, 10 classes), each built once per case: its
/// parameter count against the reference PyTorch definition, its output shape, batch norm in train vs eval
/// mode, and a forward pass that leaves no tensor behind.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class CifarNetTests
{
    /// <summary>
    /// sum(p.numel() for p in net.parameters()) of kuangliu/pytorch-cifar's models/*.py (identical in the authors'
    /// lijingwei0502/implicit_bias copy) for 3 input channels and 10 classes. Provenance: counted by a separate
    /// Python script that walks each reference definition layer by layer (conv = out·in/groups·k² [+ out if bias],
    /// batch norm = 2·channels, linear = in·out + out), written from the Python files, not from this code.
    /// Cross-checks: ResNet18 11,173,962, ResNet34 21,282,122 and MobileNet 3,217,226 are the widely quoted
    /// values. VGG19 is 20,040,522, not the sometimes quoted 20,035,018: the reference's convs keep their default
    /// bias (5,504 = 2·64 + 2·128 + 4·256 + 8·512 bias terms), hand-checked: conv weights 20,018,880 + conv
    /// biases 5,504 + batch norm 11,008 + linear 5,130.
    /// </summary>
    public static TheoryData<string, long> ReferenceCounts => new()
    {
        { "resnet18", 11_173_962 },
        { "resnet34", 21_282_122 },
        { "vgg19", 20_040_522 },
        { "mobilenet", 3_217_226 },
        { "senet18", 11_260_354 },
        { "efficientnetb0", 3_599_686 },
        { "shufflenetv2", 1_263_854 },
        { "regnetx_200mf", 2_321_946 },
        { "simpledla", 15_142_970 },
    };

    [Theory]
    [MemberData(nameof(ReferenceCounts))]
    public void Matches_the_reference_and_behaves_in_train_and_eval_mode(string name, long parameters)
    {
        using var model = ModelFactory.Create(name, InputShape.Cifar, 10, new ModelOptions { Seed = 1 });
        model.parameters().Sum(p => p.numel()).Should().Be(parameters, "the reference {0} has that many", name);

        using var generator = new Generator(7);
        using var x = randn([2, 3, 32, 32], generator: generator);
        model.eval();
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        using (NewDisposeScope())
        {
            using var noGrad = no_grad();
            var batch = model.call(x);
            batch.shape.Should().Equal(2, 10);
            var alone = model.call(x[..1]);
            allclose(batch[..1], alone, rtol: 1e-4, atol: 1e-4).Should().BeTrue("eval mode normalizes with the running statistics, image by image");

            var means = RunningMeans(model);
            model.train();
            var trained = model.call(x);
            model.eval();
            allclose(trained, batch, rtol: 1e-3, atol: 1e-3).Should().BeFalse("train mode normalizes with the batch's statistics");
            allclose(RunningMeans(model), means).Should().BeFalse("a train-mode forward updates the running means");
        }
        DisposeScopeManager.Statistics.ThreadTotalLiveCount.Should().Be(before, "a forward pass in a dispose scope leaves no tensor behind");
    }

    private static Tensor RunningMeans(nn.Module<Tensor, Tensor> model) =>
        cat(model.named_buffers().Where(b => b.name.EndsWith("running_mean", StringComparison.Ordinal)).Select(b => b.buffer.flatten()).ToList(), 0).clone();
}

/// <summary>
/// The base-width knob of ResNet18 and VGG19 (the cifar-cpu profile's CPU-scale networks): the parameter count
/// of the reference topology with every channel count scaled, from a layer-by-layer formula that is first checked
/// against the reference count at the paper's width 64.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class CifarNetWidthTests
{
    [Theory]
    [InlineData("resnet18", 16)]
    [InlineData("resnet18", 8)]
    [InlineData("vgg19", 16)]
    public void Every_layer_scales_with_the_base_width(string name, int width)
    {
        Func<long, long> formula = name == "resnet18" ? ResNet18 : Vgg19;
        formula(64).Should().Be(name == "resnet18" ? 11_173_962 : 20_040_522, "the formula gives the reference count at width 64");

        using var model = ModelFactory.Create(name, InputShape.Cifar, 10, new ModelOptions { Seed = 1, BaseWidth = width });
        model.parameters().Sum(p => p.numel()).Should().Be(formula(width));
        using var x = zeros(2, 3, 32, 32);
        model.eval();
        using var noGrad = no_grad();
        using var y = model.call(x);
        y.shape.Should().Equal(2, 10);
    }

    [Fact]
    public void A_width_below_one_is_refused()
    {
        var act = () => ModelFactory.Create("resnet18", InputShape.Cifar, 10, new ModelOptions { BaseWidth = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static long Conv(long inputs, long outputs, long kernel, bool bias = false) => (inputs * outputs * kernel * kernel) + (bias ? outputs : 0);

    private static long ResNet18(long w)
    {
        long Block(long inputs, long outputs) =>
            Conv(inputs, outputs, 3) + (2 * outputs) + Conv(outputs, outputs, 3) + (2 * outputs)
            + (inputs != outputs ? Conv(inputs, outputs, 1) + (2 * outputs) : 0);
        long total = Conv(3, w, 3) + (2 * w);
        long inputs = w;
        foreach (var planes in new[] { w, 2 * w, 4 * w, 8 * w })
        {
            total += Block(inputs, planes) + Block(planes, planes);
            inputs = planes;
        }
        return total + (8 * w * 10) + 10;
    }

    private static long Vgg19(long w)
    {
        long total = 0;
        long inputs = 3;
        foreach (var factor in new[] { 1, 1, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 8, 8, 8, 8 })
        {
            total += Conv(inputs, factor * w, 3, bias: true) + (2 * factor * w);
            inputs = factor * w;
        }
        return total + (8 * w * 10) + 10;
    }
}
