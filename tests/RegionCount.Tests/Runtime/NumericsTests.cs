using System.Diagnostics;
using FluentAssertions;
using RegionCount.Runtime;
using Xunit;

namespace RegionCount.Tests.Runtime;

/// <summary>
/// The canonical numeric mode is in effect, read back from libtorch itself; it overrides whatever the caller's
/// environment says; and the variables it sets are the ones libtorch honours (shown in a child process whose
/// native mode lets a generic setting through and reads it back).
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class NumericsTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "RegionCount.Cli");

    private static readonly Dictionary<string, string> Generic = new()
    {
        ["ATEN_CPU_CAPABILITY"] = "default",
        ["DNNL_MAX_CPU_ISA"] = "SSE41",
        ["MKL_CBWR"] = "AUTO",
        ["OMP_NUM_THREADS"] = "1",
        ["MKL_NUM_THREADS"] = "1",
    };

    [Fact]
    public void The_canonical_mode_is_in_effect_in_this_test_process()
    {
        var state = NumericsState.Read();
        if (state.Mode == NumericsMode.Native)
        {
            Assert.Skip($"{CanonicalNumerics.ModeVariable}=native: the canonical mode was switched off for this run");
        }

        state.CanonicalInEffect.Should().BeTrue(state.Describe());
        state.AtenCapability.Should().Be("AVX2");
        state.MklBranch.Should().Be("COMPATIBLE");
        state.DnnlMaxIsa.Should().Be("AVX2");
        state.Threads.Should().Be(CanonicalNumerics.Threads);
        state.MklThreads.Should().Be(CanonicalNumerics.Threads);
    }

    [Fact]
    public void The_canonical_mode_overrides_a_generic_environment_before_libtorch_loads()
    {
        var (code, output, _) = RunCli(Generic, "info");

        code.Should().Be(0);
        output.Should().Contain("numerics             canonical (in effect): ATen AVX2, oneDNN max ISA AVX2, MKL COMPATIBLE, 2 threads (MKL 2)");
    }

    [Fact]
    public void In_native_mode_libtorch_reads_the_generic_settings_so_they_are_the_ones_that_matter()
    {
        var variables = new Dictionary<string, string>(Generic) { [CanonicalNumerics.ModeVariable] = "native" };

        var (code, output, _) = RunCli(variables, "info");

        code.Should().Be(0);
        output.Should().Contain("numerics             native: ATen DEFAULT, oneDNN max ISA SSE41, MKL AUTO, 1 threads (MKL 1)");
    }

    [Fact]
    public void An_unknown_mode_is_one_error_line_and_exit_2()
    {
        var (code, output, error) = RunCli(new() { [CanonicalNumerics.ModeVariable] = "fast" }, "info");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be("error: REGIONCOUNT_NUMERICS='fast': expected canonical, canonical:N (N threads, 1-256) or native");
    }

    [Fact]
    public void Canonical_with_another_thread_count_pins_that_count_and_says_so()
    {
        var variables = new Dictionary<string, string>(Generic) { [CanonicalNumerics.ModeVariable] = "canonical:1" };

        var (code, output, _) = RunCli(variables, "info");

        code.Should().Be(0);
        output.Should().Contain("numerics             canonical (in effect): ATen AVX2, oneDNN max ISA AVX2, MKL COMPATIBLE, 1 threads (MKL 1)");
        CanonicalNumerics.ModeValue(1).Should().Be("canonical:1");
        CanonicalNumerics.ModeValue(CanonicalNumerics.DefaultThreads).Should().Be("canonical");
    }

    [Theory]
    [InlineData("canonical:0")]
    [InlineData("canonical:x")]
    [InlineData("canonical:-1")]
    public void A_bad_canonical_thread_count_is_one_error_line(string value)
    {
        var (code, _, error) = RunCli(new() { [CanonicalNumerics.ModeVariable] = value }, "info");

        code.Should().Be(2);
        error.Trim().Should().Be($"error: REGIONCOUNT_NUMERICS='{value}': expected canonical, canonical:N (N threads, 1-256) or native");
    }

    [Fact]
    public void The_canonical_mode_refuses_another_thread_count()
    {
        if (CanonicalNumerics.Apply().Mode == NumericsMode.Native)
        {
            Assert.Skip($"{CanonicalNumerics.ModeVariable}=native: threads are free");
        }

        var act = () => TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, Threads: 1));

        act.Should().Throw<InvalidOperationException>().WithMessage("--threads 1: the canonical numeric mode pins 2 threads*");
    }

    private static (int Code, string Output, string Error) RunCli(Dictionary<string, string> variables, params string[] args)
    {
        var start = new ProcessStartInfo(Cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        // The child starts from this process's environment minus the mode, so only what the test sets is in it.
        start.Environment.Remove(CanonicalNumerics.ModeVariable);
        foreach (var (name, _) in CanonicalNumerics.Variables)
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
