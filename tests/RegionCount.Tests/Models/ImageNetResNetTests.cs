using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using RegionCount.Runtime;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

/// <summary>
/// torchvision's ImageNet ResNet18 (resnet18-imagenet). Its parameter count is torchvision's published one (the
/// "num_params" of ResNet18_Weights.IMAGENET1K_V1: 11,689,512), derived layer by layer as a cross-check: stem conv
/// 3·64·7² = 9,408 + batch norm 128; stage 1, two blocks of 2 · (64·64·3² + 2·64) = 147,968; stage 2, 525,568 (the first
/// block's 1×1 shortcut 64·128 + its batch norm 256 included); stage 3, 2,099,712; stage 4, 8,393,728; the linear layer
/// 512·1000 + 1000 = 513,000.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class ImageNetResNetTests
{
    private static readonly InputShape Shape = new(3, 224, 224);

    [Fact]
    public void Has_torchvision_s_parameter_count_for_1000_classes()
    {
        using var model = ModelFactory.Create("resnet18-imagenet", Shape, 1000, new ModelOptions { Seed = 1 });

        model.parameters().Sum(p => p.numel()).Should().Be(11_689_512);
        model.Should().BeOfType<ImageNetResNet>().Which.Head.weight!.shape.Should().Equal(1000, 512);
    }

    [Fact]
    public void Maps_224_pixel_images_to_logits_and_evaluates_image_by_image()
    {
        using var model = ModelFactory.Create("resnet18-imagenet", Shape, 5, new ModelOptions { Seed = 2 });
        using var scope = NewDisposeScope();
        using var generator = new Generator(3);
        var x = randn([2, 3, 224, 224], generator: generator);
        model.eval();
        using var noGrad = no_grad();

        var batch = model.call(x);

        batch.shape.Should().Equal(2, 5);
        allclose(batch[..1], model.call(x[..1]), rtol: 1e-4, atol: 1e-4).Should().BeTrue();
    }

    [Fact]
    public void Convolutions_start_from_kaiming_normal_with_fan_out_and_batch_norm_from_one_and_zero()
    {
        using var model = ModelFactory.Create("resnet18-imagenet", Shape, 1000, new ModelOptions { Seed = 4 });
        var parameters = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);

        // Kaiming normal, fan-out, ReLU gain: std √(2 / (out · k²)). Stem: √(2 / (64 · 49)) = 0.02525 over 9,408 weights (the
        // sampling error of the std is about 0.7 %); torch's default (uniform, gain √(1/3) on fan-in 147) would give 0.0476.
        parameters["_conv1.weight"].std().item<float>().Should().BeApproximately(0.02525f, 0.001f);
        var last = parameters.Single(p => p.Key.StartsWith("_layer4.1._conv2", StringComparison.Ordinal)).Value;
        last.std().item<float>().Should().BeApproximately((float)Math.Sqrt(2.0 / (512 * 9)), 0.0005f);
        parameters.Where(p => p.Key.StartsWith("_bn1", StringComparison.Ordinal) || p.Key.Contains("._bn", StringComparison.Ordinal))
            .Should().OnlyContain(p => p.Value.eq(p.Key.EndsWith("weight", StringComparison.Ordinal) ? 1f : 0f).all().item<bool>());
    }

    [Fact]
    public void An_inference_pass_at_224_costs_more_than_its_stem_and_the_budget_sets_the_chunk()
    {
        using var model = ModelFactory.Create("resnet18-imagenet", Shape, 1000, new ModelOptions { Seed = 5 });

        var cost = ForwardMemory.Inference(model, Shape, CPU);

        // The input (3·224² floats) and the stem's convolution, batch norm and ReLU outputs (3 · 64·112² floats) alone.
        cost.PerInput.Should().BeGreaterThan(((3L * 224 * 224) + (3L * 64 * 112 * 112)) * 4);
        int chunk = cost.InputsWithin(2L << 30, 4000);
        (cost.Of(chunk) * MemoryCost.Headroom).Should().BeLessThanOrEqualTo(2L << 30);
        (cost.Of(chunk + 1) * MemoryCost.Headroom).Should().BeGreaterThan(2L << 30, "the chunk is the largest within the budget");
        TestContext.Current.SendDiagnosticMessage($"resnet18-imagenet at 3x224x224: {cost}; chunk at 2 GiB: {chunk}");
    }
}
