using System.Diagnostics;
using FluentAssertions;
using RegionCount.Reports.Snapshots;
using Xunit;

namespace RegionCount.Tests.Build;

/// <summary>
/// The real Slurm test, build/slurm/test.sh: the profile build/slurm/tiny.json (12 real training runs) swept as a 4-task
/// job array on a one-node Slurm cluster (started by the script when none is up), one task killed with scancel in the
/// middle of a run, the submission repeated; every run recorded exactly once, with the results, claim tables and
/// verdicts of a single-machine sweep. Opt-in (<c>REGIONCOUNT_SLURM_TEST=1</c>): it takes minutes and needs root and
/// Debian's slurm-wlm and munge; where Slurm cannot start it is skipped with the script's reason.
/// </summary>
public sealed class SlurmArrayTests
{
    public const string Variable = "REGIONCOUNT_SLURM_TEST";

    [Fact]
    public async Task A_job_array_with_a_task_killed_mid_run_and_a_resubmission_records_every_run_once_with_the_single_machine_results()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable(Variable) == "1",
            $"opt-in: {Variable}=1 runs build/slurm/test.sh (a one-node Slurm cluster on this machine; root, slurm-wlm and munge; 3-6 minutes on 2 cores)");
        var start = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Find(), "build", "slurm", "test.sh"));
        start.ArgumentList.Add("--cli");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RegionCount.Cli"));
        using var process = Process.Start(start)!;
        var errorText = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string error = await errorText;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(output);
        Assert.SkipWhen(process.ExitCode == 4, error.Trim().Split('\n')[^1]);
        process.ExitCode.Should().Be(0, output + error);
        output.Trim().Split('\n')[^1].Should().StartWith("slurm test: passed: ").And.Contain("duplicates 0");
    }
}
