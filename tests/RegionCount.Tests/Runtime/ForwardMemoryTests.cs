using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using RegionCount.Runtime;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Runtime;

[Collection(TorchCollection.Name)]
public sealed class ForwardMemoryTests
{
    [Fact]
    public void Inference_of_a_flat_network_is_exactly_its_activations()
    {
        using var model = nn.Sequential(nn.Flatten(), nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 3));

        var cost = ForwardMemory.Inference(model, new InputShape(10, 1, 1), CPU);

        // input 10 + flattened 10 (a view, counted as if it owned its storage) + 20 + 20 + 3 = 63 float32.
        cost.PerInput.Should().Be(63 * 4);
        cost.PerPass.Should().Be(0);
    }

    [Fact]
    public void Training_adds_the_parameter_gradients_once_per_pass()
    {
        using var model = nn.Sequential(nn.Flatten(), nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 3));
        var inference = ForwardMemory.Inference(model, new InputShape(10, 1, 1), CPU);

        var training = ForwardMemory.Training(model, new InputShape(10, 1, 1), CPU);

        training.PerInput.Should().BeGreaterThanOrEqualTo(inference.PerInput);
        long gradients = ((10 * 20) + 20 + (20 * 3) + 3) * 4;
        training.PerPass.Should().BeGreaterThanOrEqualTo(gradients);
        model.parameters().Select(p => p.grad).OfType<Tensor>().All(g => g.abs().sum().item<float>() == 0).Should().BeTrue("the count clears what it accumulated");
    }

    [Fact]
    public void Counting_changes_neither_weights_nor_batch_norm_statistics_nor_the_mode()
    {
        using var model = ModelFactory.Create("resnet18", new InputShape(3, 8, 8), 10, new ModelOptions { Seed = 4, BaseWidth = 4 });
        var before = model.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());
        model.train();

        _ = ForwardMemory.Inference(model, new InputShape(3, 8, 8), CPU);

        model.training.Should().BeTrue();
        foreach (var (name, value) in model.state_dict())
        {
            value.eq(before[name]).all().item<bool>().Should().BeTrue($"{name} is untouched by an eval-mode, no-gradient pass");
        }
    }

    [Theory]
    [InlineData(100, 0, 2_000, 1_000, 10)]   // 2,000 / headroom 2 = 1,000 counted bytes: 10 inputs
    [InlineData(100, 0, 2_000, 4, 4)]        // capped by the profile's size
    [InlineData(100, 500, 2_000, 1_000, 5)]  // the per-pass constant comes first
    [InlineData(100, 0, 10, 1_000, 1)]       // never below one input
    public void Inputs_within_a_budget_leave_the_headroom(long perInput, long perPass, long budget, int cap, int expected)
    {
        new MemoryCost(perInput, perPass).InputsWithin(budget, cap).Should().Be(expected);
    }

    [Theory]
    [InlineData("2GiB", 2L << 30)]
    [InlineData("512MiB", 512L << 20)]
    [InlineData("24GB", 24_000_000_000L)]
    [InlineData("1.5 GiB", 3L << 29)]
    [InlineData("1048576", 1L << 20)]
    [InlineData("16kib", 16L << 10)]
    public void Sizes_parse_in_binary_and_decimal_units(string text, long bytes)
    {
        MemorySize.TryParse(text).Should().Be(bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two GiB")]
    [InlineData("2 GiBs")]
    [InlineData("-1GiB")]
    [InlineData("0")]
    [InlineData("1e30TB")]
    public void Non_sizes_are_refused(string text)
    {
        MemorySize.TryParse(text).Should().BeNull();
    }

    [Theory]
    [InlineData(2L << 30, "2.0 GiB")]
    [InlineData(3L << 29, "1.5 GiB")]
    [InlineData(312L << 20, "312 MiB")]
    [InlineData(512, "512 B")]
    public void Sizes_format_for_people(long bytes, string text)
    {
        MemorySize.Format(bytes).Should().Be(text);
    }
}
