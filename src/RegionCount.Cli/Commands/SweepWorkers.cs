using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RegionCount.Experiments;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary>
/// `sweep --jobs N`: N worker processes, each a plain `sweep` of the same profile, shard and store, with the threads
/// and the memory budget split between them (canonical mode: each worker runs canonical:T, T = threads / N, at least 1; native mode: --threads
/// T). The store's run locks keep the workers on different runs, so a slow run never holds the others back. Worker
/// lines are forwarded with a "[job i]" prefix; the exit code is the first nonzero worker exit code, else 0 (a
/// --time-budget is every worker's: one whose budget left runs exits with 3).
/// </summary>
internal static class SweepWorkers
{
    public static int Run(int jobs, ParseResult parse, SweepOptions options, Profile profile, SweepPlan plan, ShardSpec shard, string store, TextWriter output)
    {
        var numerics = CanonicalNumerics.Apply();
        int total = parse.GetValue(options.Threads) is > 0 and var asked ? asked
            : numerics.Mode == NumericsMode.Canonical ? numerics.Threads : Environment.ProcessorCount;
        int threads = Math.Max(1, total / jobs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile {profile.Name}, shard {shard}: {plan.Runs.Count} runs, store {Path.GetFullPath(store)}; {jobs} workers × {threads} thread{(threads == 1 ? "" : "s")} ({(numerics.Mode == NumericsMode.Canonical ? CanonicalNumerics.ModeValue(threads) : "native")})"));
        var gate = new Lock();
        var workers = Enumerable.Range(1, jobs).Select(i => Start(i, Arguments(parse, options, shard, store, numerics, threads, jobs), numerics, threads, output, gate)).ToList();
        var codes = workers.Select(w =>
        {
            w.WaitForExit();
            return w.ExitCode;
        }).ToList();
        var held = new RunStore(store);
        int done = plan.Runs.Count(r => held.TryRead(r.Fingerprint) is { IsFinal: true });
        output.WriteLine($"{jobs} workers finished (exit codes {string.Join(", ", codes)}); the store holds a final record of {done} of the {plan.Runs.Count} planned runs");
        foreach (var w in workers)
        {
            w.Dispose();
        }
        return codes.FirstOrDefault(c => c != 0);
    }

    private static List<string> Arguments(ParseResult parse, SweepOptions options, ShardSpec shard, string store, NumericsRequest numerics, int threads, int jobs)
    {
        string profile = parse.GetValue(options.Profile)!;
        var args = new List<string>
        {
            "sweep",
            "--profile", File.Exists(profile) ? Path.GetFullPath(profile) : profile,
            "--shard", shard.ToString(),
            "--store", Path.GetFullPath(store),
            "--device", parse.GetValue(options.Device).ToString().ToLowerInvariant(),
            // The budget is the sweep's: each worker holds its share.
            "--memory-budget", Math.Max(CommonOptions.MinimumMemoryBudget, parse.GetValue(options.MemoryBudget) / jobs).ToString(CultureInfo.InvariantCulture),
        };
        if (parse.GetValue(options.Experiments) is { } experiments)
        {
            args.AddRange(["--experiments", experiments]);
        }
        if (parse.GetValue(options.DataDir) is { } data)
        {
            args.AddRange(["--data-dir", Path.GetFullPath(data)]);
        }
        if (numerics.Mode != NumericsMode.Canonical)
        {
            args.AddRange(["--threads", threads.ToString(CultureInfo.InvariantCulture)]);
        }
        if (parse.GetValue(options.TimeBudget) is TimeSpan budget)
        {
            args.AddRange(["--time-budget", Seconds(budget)]);
        }
        if (parse.GetValue(options.RunEstimate) is TimeSpan estimate)
        {
            args.AddRange(["--run-estimate", Seconds(estimate)]);
        }
        if (parse.GetValue(options.SimulateMilliseconds) is int milliseconds)
        {
            args.AddRange(["--test-simulated-executor", milliseconds.ToString(CultureInfo.InvariantCulture)]);
        }
        if (parse.GetValue(options.SimulateLog) is { } log)
        {
            args.AddRange(["--test-simulated-log", Path.GetFullPath(log)]);
        }
        return args;
    }

    private static string Seconds(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(duration.TotalSeconds)}s");

    private static Process Start(int index, List<string> args, NumericsRequest numerics, int threads, TextWriter output, Lock gate)
    {
        var host = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "RegionCount.Cli.exe" : "RegionCount.Cli");
        var start = File.Exists(host) ? new ProcessStartInfo(host) : new ProcessStartInfo("dotnet");
        if (!File.Exists(host))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RegionCount.Cli.dll"));
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        if (numerics.Mode == NumericsMode.Canonical)
        {
            start.Environment[CanonicalNumerics.ModeVariable] = CanonicalNumerics.ModeValue(threads);
        }
        var process = new Process { StartInfo = start };
        void Forward(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    output.WriteLine($"[job {index}] {e.Data}");
                }
            }
        }
        process.OutputDataReceived += Forward;
        process.ErrorDataReceived += Forward;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
