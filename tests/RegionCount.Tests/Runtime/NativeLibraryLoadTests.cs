using System.Runtime.InteropServices;
using FluentAssertions;
using RegionCount.NativeCompat;
using RegionCount.Runtime;
using Xunit;

namespace RegionCount.Tests.Runtime;

/// <summary>The build output's libLibTorchSharp.so loads on this host, patched exactly when the host needs it.</summary>
public sealed class NativeLibraryLoadTests
{
    private static readonly string Library = Path.Combine(AppContext.BaseDirectory, NativeCompatStatus.Library);

    [Fact]
    public void The_output_copy_loads()
    {
        File.Exists(Library).Should().BeTrue("the native library must sit beside the test assembly");

        var handle = NativeLibrary.Load(Library);

        handle.Should().NotBe(IntPtr.Zero);
        NativeLibrary.TryGetExport(handle, "THSTensor_zeros", out var export).Should().BeTrue();
        export.Should().NotBe(IntPtr.Zero);
    }

    [Fact]
    public void The_requirement_is_weak_exactly_when_the_host_lacks_the_version()
    {
        var status = NativeCompatStatus.Read(AppContext.BaseDirectory);

        status.HostProvidesVersion.Should().NotBeNull("this test needs the host's libstdc++ to be found");
        status.RequirementWeak.Should().Be(!status.HostProvidesVersion!.Value);
    }

    [Fact]
    public void The_package_cache_copy_is_never_modified()
    {
        var home = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cached = Path.Combine(home, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", NativeCompatStatus.Library);
        File.Exists(cached).Should().BeTrue($"TorchSharp's package should be in the cache at {cached}");

        var need = ElfVersionNeeds.ReadNeeds(File.ReadAllBytes(cached), cached)
            .Single(n => n.File == NativeCompatStatus.Provider && n.Name == NativeCompatStatus.Version);

        need.IsWeak.Should().BeFalse();
    }
}
