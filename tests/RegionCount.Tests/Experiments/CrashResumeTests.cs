using System.Diagnostics;
using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

/// <summary>Kills the real CLI (with the hidden simulated executor) mid-sweep and resumes it.</summary>
public sealed class CrashResumeTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-crash");

    public void Dispose() => _root.Delete(recursive: true);

    private Process Start(string profile, string store, string log, int millisecondsPerEpoch = 25)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "RegionCount.Cli"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "sweep", "--profile", profile, "--store", store, "--test-simulated-executor", millisecondsPerEpoch.ToString(System.Globalization.CultureInfo.InvariantCulture), "--test-simulated-log", log })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["CI"] = "true";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int Records(string store) => Directory.Exists(store) ? Directory.GetFiles(store, "*.json").Count(f => !Path.GetFileName(f).StartsWith('.')) : 0;

    private static void KillWhen(Process process, Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition() && !process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(10);
        }
        // A little later, so that the kill most likely lands inside the next run (its claim held, epochs under way).
        Thread.Sleep(60);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    [Fact]
    public void A_sweep_killed_mid_run_and_restarted_ends_with_every_run_completed_exactly_once()
    {
        string profile = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 5));
        string store = Path.Combine(_root.FullName, "runs");
        string log = Path.Combine(_root.FullName, "executions.log");

        using (var first = Start(profile, store, log))
        {
            KillWhen(first, () => Records(store) >= 2);
        }
        var afterFirstKill = Directory.GetFiles(store, "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        using (var second = Start(profile, store, log))
        {
            KillWhen(second, () => Records(store) >= afterFirstKill.Count + 2);
        }
        var beforeLast = Directory.GetFiles(store, "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        using (var last = Start(profile, store, log))
        {
            last.WaitForExit(60_000).Should().BeTrue();
            last.ExitCode.Should().Be(0);
        }

        var plan = SweepPlanner.Plan(ProfileLoader.Load(profile));
        var records = new RunStore(store).ReadAll();
        records.Select(r => r.Fingerprint).Should().BeEquivalentTo(plan.Runs.Select(r => r.Fingerprint));
        records.Should().OnlyContain(r => r.Status == RunStatus.Completed && r.Metrics.Rows.Count == 5);
        Directory.GetFiles(store).Should().HaveCount(plan.Runs.Count, "no lock or temporary file survives the resume");
        var lines = File.ReadAllLines(log).Select(l => l.Split(' ')).ToList();
        // "Finished" means "its record is in the store": a kill between the executor's end and the record's rename
        // legitimately runs it again, so the check is on the runs that had a record when each restart began.
        var pids = lines.Select(l => l[0]).Distinct().ToList();
        lines.Where(l => l[0] != pids[0] && l[1] == "start").Select(l => l[2]).Should().NotIntersectWith(afterFirstKill!,
            "a run that finished before the first kill is never run again");
        var lastPid = lines[^1][0];
        lines.Where(l => l[0] == lastPid && l[1] == "start").Select(l => l[2]).Should().NotIntersectWith(beforeLast!);
        afterFirstKill.Should().NotBeEmpty();
    }

    [Fact]
    public void Sigterm_as_a_batch_system_sends_it_cancels_the_running_run_and_releases_its_claim()
    {
        string profile = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 20));
        string store = Path.Combine(_root.FullName, "runs");
        string log = Path.Combine(_root.FullName, "executions.log");

        using var sweep = Start(profile, store, log, millisecondsPerEpoch: 100);
        var watch = Stopwatch.StartNew();
        while (!(File.Exists(log) && File.ReadAllText(log).Contains("start", StringComparison.Ordinal)) && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(10);
        }
        using (var kill = Process.Start("kill", ["-TERM", sweep.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        sweep.WaitForExit(30_000).Should().BeTrue("SIGTERM ends the sweep");

        sweep.ExitCode.Should().Be(2, "a cancelled sweep ends with its one error line");
        File.ReadAllLines(log).Should().ContainSingle().Which.Should().Contain("start", "the 2 s run was cancelled, not finished");
        Directory.GetFiles(store).Should().BeEmpty("no record, lock or temporary file of the cancelled run");
    }
}
