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
    [InlineData("auto", DeviceChoice.Auto, null, "auto")]
    [InlineData("CPU", DeviceChoice.Cpu, null, "cpu")]
    [InlineData(" cuda ", DeviceChoice.Cuda, null, "cuda")]
    [InlineData("gpu", DeviceChoice.Cuda, null, "cuda")]
    [InlineData("cuda:1", DeviceChoice.Cuda, 1, "cuda:1")]
    [InlineData("CUDA:12", DeviceChoice.Cuda, 12, "cuda:12")]
    public void Parses_device_names_and_writes_them_back(string text, DeviceChoice kind, int? index, string written)
    {
        var parsed = TorchRuntime.ParseDevice(text);

        parsed.Should().Be(new DeviceRequest(kind, index));
        parsed.ToString().Should().Be(written);
        TorchRuntime.ParseDevice(written).Should().Be(parsed, "a worker process is given the device as written");
    }

    [Theory]
    [InlineData("tpu", "device 'tpu': expected auto, cpu, cuda or cuda:N")]
    [InlineData("cuda:x", "device 'cuda:x': expected cuda:N with N a device number (0, 1, …)")]
    [InlineData("cuda:-1", "device 'cuda:-1': expected cuda:N*")]
    [InlineData("cuda:", "device 'cuda:': expected cuda:N*")]
    public void Rejects_an_unknown_device_name(string text, string message)
    {
        var act = () => TorchRuntime.ParseDevice(text);

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void A_numbered_cuda_device_beyond_the_machine_is_an_error()
    {
        var act = () => TorchRuntime.ResolveDevice(new DeviceRequest(DeviceChoice.Cuda, 64));

        act.Should().Throw<InvalidOperationException>().WithMessage(cuda.is_available() ? "device cuda:64: this machine has * CUDA device(s)*" : "device cuda:64: CUDA is not available*");
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
