using FluentAssertions;
using RegionCount.Runtime;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Runtime;

[Collection(TorchCollection.Name)]
public sealed class TorchRuntimeTests
{
    [Fact]
    public void A_tiny_model_trains_on_cpu_and_its_loss_goes_down()
    {
        var context = TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, Seed: 7));
        using var scope = NewDisposeScope();
        var x = randn(64, 4, device: context.Device);
        var y = (x[.., 0] + x[.., 1] > 0).to(int64);
        var model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2));
        var optimizer = optim.SGD(model.parameters(), 0.1);
        var lossFn = nn.CrossEntropyLoss();

        float first = 0, last = 0;
        for (int step = 0; step < 100; step++)
        {
            optimizer.zero_grad();
            var loss = lossFn.forward(model.forward(x), y);
            loss.backward();
            optimizer.step();
            last = loss.item<float>();
            if (step == 0)
            {
                first = last;
            }
        }

        last.Should().BeLessThan(first * 0.5f);
    }

    [Fact]
    public void The_same_seed_gives_the_same_numbers()
    {
        TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, Seed: 11));
        using var a = randn(5);
        TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, Seed: 11));
        using var b = randn(5);
        TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, Seed: 12));
        using var c = randn(5);

        a.data<float>().ToArray().Should().Equal(b.data<float>().ToArray());
        a.data<float>().ToArray().Should().NotEqual(c.data<float>().ToArray());
    }

    [Fact]
    public void Cpu_resolves_to_the_cpu_device()
    {
        TorchRuntime.ResolveDevice(DeviceChoice.Cpu).type.Should().Be(DeviceType.CPU);
    }

    [Fact]
    public void Cuda_without_cuda_is_an_error_never_a_silent_cpu()
    {
        Assert.SkipWhen(cuda.is_available(), "CUDA is present on this machine");

        var act = () => TorchRuntime.ResolveDevice(DeviceChoice.Cuda);

        act.Should().Throw<InvalidOperationException>().WithMessage("*CUDA is not available*");
    }

    [Fact]
    public void Auto_picks_cuda_exactly_when_it_is_available()
    {
        TorchRuntime.ResolveDevice(DeviceChoice.Auto).type.Should().Be(cuda.is_available() ? DeviceType.CUDA : DeviceType.CPU);
    }

    [Theory]
    [InlineData("auto", DeviceChoice.Auto)]
    [InlineData("CPU", DeviceChoice.Cpu)]
    [InlineData(" cuda ", DeviceChoice.Cuda)]
    public void Parses_device_names(string text, DeviceChoice expected)
    {
        TorchRuntime.ParseDevice(text).Should().Be(expected);
    }

    [Fact]
    public void Rejects_an_unknown_device_name()
    {
        var act = () => TorchRuntime.ParseDevice("tpu");

        act.Should().Throw<FormatException>().WithMessage("device 'tpu': expected auto, cpu or cuda");
    }

    [Fact]
    public void Thread_count_is_applied_pinned_in_the_canonical_mode_and_free_in_the_native_one()
    {
        bool canonical = CanonicalNumerics.Apply().Mode == NumericsMode.Canonical;
        set_num_threads(1);
        try
        {
            var context = TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, Threads: canonical ? 0 : 1));

            int expected = canonical ? CanonicalNumerics.Threads : 1;
            context.Threads.Should().Be(expected);
            get_num_threads().Should().Be(expected);
        }
        finally
        {
            set_num_threads(canonical ? CanonicalNumerics.Threads : Environment.ProcessorCount);
        }
    }
}
