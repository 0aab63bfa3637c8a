using FluentAssertions;
using RegionCount.Cli;
using Xunit;

namespace RegionCount.Tests.Cli;

public sealed class AcceptCommandTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-accept");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Accept_moves_received_snapshots_of_the_profile_only()
    {
        var smoke = Directory.CreateDirectory(Path.Combine(_root.FullName, "smoke", "C1"));
        var cpu = Directory.CreateDirectory(Path.Combine(_root.FullName, "cpu", "C1"));
        File.WriteAllText(Path.Combine(smoke.FullName, "t.received.md"), "new");
        File.WriteAllText(Path.Combine(cpu.FullName, "t.received.md"), "other");
        var output = new StringWriter();

        int exit = CliApp.Run(["accept", "--profile", "smoke", "--expected", _root.FullName], output, new StringWriter());

        exit.Should().Be(0);
        File.ReadAllText(Path.Combine(smoke.FullName, "t.verified.md")).Should().Be("new");
        File.Exists(Path.Combine(cpu.FullName, "t.received.md")).Should().BeTrue();
        output.ToString().Should().Contain("1 snapshot(s) accepted");
    }
}
