using FluentAssertions;
using RegionCount.Cli.Commands;
using RegionCount.Runtime;
using Xunit;

namespace RegionCount.Tests.Cli;

public sealed class CommonOptionsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-options");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Auto_on_a_cuda_build_without_a_gpu_says_it_uses_the_cpu()
    {
        CommonOptions.AutoDeviceNotice(DeviceChoice.Auto, "cuda", resolvedToCuda: false).Should()
            .Be("device auto: using the CPU because no CUDA device was found (this is a CUDA build; --device cuda makes that an error)");
    }

    [Theory]
    [InlineData(DeviceChoice.Auto, "cpu", false)]
    [InlineData(DeviceChoice.Auto, "cuda", true)]
    [InlineData(DeviceChoice.Cpu, "cuda", false)]
    [InlineData(DeviceChoice.Cuda, "cuda", true)]
    public void Nothing_is_said_when_the_device_is_what_was_asked_for(DeviceChoice device, string backend, bool resolvedToCuda)
    {
        CommonOptions.AutoDeviceNotice(device, backend, resolvedToCuda).Should().BeNull();
    }

    [Fact]
    public void Paths_to_write_may_not_exist_yet_but_nothing_may_be_in_the_way()
    {
        var file = Path.Combine(_root.FullName, "file");
        File.WriteAllText(file, "x");

        CommonOptions.FileToWriteProblem(Path.Combine(_root.FullName, "a", "b", "out.json")).Should().BeNull();
        CommonOptions.FolderToWriteProblem(Path.Combine(_root.FullName, "a", "store")).Should().BeNull();
        CommonOptions.FolderToWriteProblem(_root.FullName).Should().BeNull();
        CommonOptions.FileToWriteProblem(_root.FullName).Should().Be("is a folder, not a file");
        CommonOptions.FolderToWriteProblem(file).Should().Be("is a file, not a folder");
        CommonOptions.FileToWriteProblem(Path.Combine(file, "a", "out.json")).Should().Be($"{file} is a file, not a folder");
        CommonOptions.FolderToWriteProblem("  ").Should().Be("empty path");
    }

    [Fact]
    public void Paths_to_read_must_exist_as_what_they_are_used_for()
    {
        var file = Path.Combine(_root.FullName, "file");
        File.WriteAllText(file, "x");

        CommonOptions.FileToReadProblem(file).Should().BeNull();
        CommonOptions.FolderToReadProblem(_root.FullName).Should().BeNull();
        CommonOptions.FileToReadProblem(_root.FullName).Should().Be("is a folder, not a file");
        CommonOptions.FolderToReadProblem(file).Should().Be("is a file, not a folder");
        CommonOptions.FileToReadProblem(Path.Combine(_root.FullName, "none")).Should().Be("not found");
        CommonOptions.FolderToReadProblem(Path.Combine(file, "sub")).Should().Be($"{file} is a file, not a folder");
        CommonOptions.FileToReadProblem("").Should().Be("empty path");
        CommonOptions.FileToReadProblem("/proc/regioncount-none").Should().Be("not found", "a folder that takes no new files is no reason a file is missing");
    }
}
