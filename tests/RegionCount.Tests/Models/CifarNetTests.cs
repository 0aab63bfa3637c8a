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
