using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Cli;
using RegionCount.Execution;
using RegionCount.Experiments;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.DryRun;

/// <summary>
/// The paper profile's dry run (issue 14) in every test run: the `paper-dry` profile (every experiment, network, dataset,
/// probe kind, optimizer, augmentation, mixup and study of `paper`, at tiny size: <see cref="DryProfile"/>) through the
/// CLI's sweep on real CIFAR-format files (the committed CIFAR-10 fixture, synthetic CIFAR-100) and a tiny ImageFolder of
/// JPEGs for ImageNet, its run records, every
/// claim's analysis and the report. It checks that nothing crashes, not what the verdicts say: at this size almost every
/// claim is "too few configurations". The per-run times are written to the test output.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class PaperDryRunTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-paper-dry");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Every_experiment_of_the_paper_profile_runs_through_sweep_records_claims_and_report()
    {
        string data = DryRunData.Create(_root);
        string store = Path.Combine(_root.FullName, DryProfile.Name, "runs");
        var executors = new TemporaryCache(_root.CreateSubdirectory("cache").FullName);
        var clock = Stopwatch.StartNew();

        var sweep = Run(executors, "sweep", "--profile", DryProfile.Name, "--store", store, "--data-dir", data);
        var swept = clock.Elapsed;
        var report = Run(executors, "report", "--profile", DryProfile.Name, "--store", store, "--data-dir", data);

        var profile = ClaimCatalog.LoadProfile(DryProfile.Name);
        var plan = SweepPlanner.Plan(profile);
        var records = new RunStore(store).ReadAll().ToDictionary(r => r.Fingerprint, StringComparer.Ordinal);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sweep {swept.TotalSeconds:F0} s, report {(clock.Elapsed - swept).TotalSeconds:F0} s"));
        foreach (var run in plan.Runs)
        {
            output.WriteLine(records.TryGetValue(run.Fingerprint, out var r)
                ? string.Create(CultureInfo.InvariantCulture, $"{r.Timings.Seconds,7:F1} s  {r.Status,-10} {string.Join("+", run.Experiments),-28} {run.Label}  {r.Message}")
                : $"   none  {string.Join("+", run.Experiments),-28} {run.Label}");
        }

        sweep.Exit.Should().Be(0, sweep.Output + sweep.Error);
        // Every planned run has its record: completed, or diverged (a stated outcome the analyses handle: the loss was
        // not finite at an epoch, which a learning rate of 0.1 for Adam can give). A failed run fails the sweep above.
        plan.Runs.Should().OnlyContain(r => records.ContainsKey(r.Fingerprint) && records[r.Fingerprint].IsFinal);
        var completed = plan.Runs.Where(r => records[r.Fingerprint].Status == RunStatus.Completed).ToList();
        completed.SelectMany(r => r.Experiments).Distinct().Should().BeEquivalentTo(profile.Experiments!.Select(e => e.Id),
            "every experiment has at least one completed run");
        completed.Select(r => r.Config.Model.Name).Distinct().Should().Contain(profile.Models!.Select(m => m.Name).Distinct(),
            "every network completed at least one run (the studies add their own: two-layer-relu, toy-2-5-1)");

        report.Exit.Should().Be(0, report.Output + report.Error);
        string folder = Path.GetDirectoryName(store)!;
        foreach (var file in new[] { "report.md", "report.html", "verdicts.json", "verdicts.csv" })
        {
            File.Exists(Path.Combine(folder, file)).Should().BeTrue(file);
        }
        var verdicts = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "verdicts.json")))!["verdicts"]!.AsArray();
        var judged = verdicts.Select(v => (string)v!["claim"]!).ToHashSet(StringComparer.Ordinal);
        judged.Should().BeEquivalentTo(profile.Claims!.Keys, "every claim of the profile gets at least one verdict line");
        verdicts.Should().OnlyContain(v => !string.IsNullOrEmpty((string?)v!["verdict"]));
    }

    private static (int Exit, string Output, string Error) Run(IRunExecutorFactory executors, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliApp.Run(args, output, error, executors);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The real executor with checkpoints in this test's folder: a cache shared with other test runs on the
    /// machine could be deleted or written under this one.</summary>
    private sealed class TemporaryCache(string cache) : IRunExecutorFactory
    {
        public IRunExecutor Create(ExecutorSettings settings) => new TorchRunExecutorFactory().Create(settings with { CacheDirectory = cache });
    }
}
