using System.CommandLine;
using RegionCount.Experiments;
using RegionCount.Reports.Claims;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary>The options of `sweep`, `reproduce` and `report`.</summary>
internal sealed class SweepOptions
{
    public Option<string> Profile { get; } = new Option<string>("--profile")
    {
        Description = "A built-in profile (smoke, cpu, cifar-cpu, paper, paper-dry) or a profile JSON file.",
        DefaultValueFactory = _ => "smoke",
    }.NotBlank();

    public Option<string?> Shard { get; } = new("--shard") { Description = "Run only shard i of n (e.g. 2/4)." };

    public Option<string?> Experiments { get; } = new("--experiments")
    {
        Description = "Run only the runs these experiments of the profile plan (comma-separated ids, e.g. main: a tier of the paper profile; see README).",
    };

    public Option<string?> Store { get; } = new("--store") { Description = "Result store folder (default reports/<profile>/runs)." };

    public Option<string?> DataDir { get; } = CommonOptions.DataDir();

    public Option<DeviceRequest> Device { get; } = CommonOptions.Device();

    public Option<int> Threads { get; } = CommonOptions.Threads();

    public Option<long> MemoryBudget { get; } = CommonOptions.MemoryBudget();

    public Option<int> Jobs { get; } = new Option<int>("--jobs")
    {
        Description = "Worker processes on one store (its locks keep them apart); the threads are split between them.",
        DefaultValueFactory = _ => 1,
    }.AtLeast(1, "must be at least 1");

    public Option<TimeSpan?> TimeBudget { get; } = CommonOptions.Duration("--time-budget",
        "Start a run only while the time left covers its estimate; then exit with code 3, leaving the rest for a later sweep (e.g. 5h30m, 01:30:00).",
        allowZero: false);

    public Option<TimeSpan?> RunEstimate { get; } = CommonOptions.Duration("--run-estimate",
        "With --time-budget: a run's estimate while the store holds no completed run of the plan to average (default 0: start it).",
        allowZero: true);

    /// <summary>Test only: a simulated executor that trains nothing and sleeps this long per epoch.</summary>
    public Option<int?> SimulateMilliseconds { get; } = new("--test-simulated-executor") { Hidden = true };

    /// <summary>Test only: where the simulated executor logs its starts and ends.</summary>
    public Option<string?> SimulateLog { get; } = new("--test-simulated-log") { Hidden = true };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Profile);
        command.Options.Add(Shard);
        command.Options.Add(Experiments);
        command.Options.Add(Store);
        command.Options.Add(DataDir);
        command.Options.Add(Device);
        command.Options.Add(Threads);
        command.Options.Add(MemoryBudget);
        command.Options.Add(Jobs);
        command.Options.Add(TimeBudget);
        command.Options.Add(RunEstimate);
        command.Options.Add(SimulateMilliseconds);
        command.Options.Add(SimulateLog);
    }

    /// <summary>The profile's plan, cut to --experiments (when given) and then to the shard.</summary>
    public SweepPlan Plan(ParseResult parse, Profile profile, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(profile);
        var plan = SweepPlanner.Plan(profile);
        if (parse.GetValue(Experiments) is { } list)
        {
            var ids = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            try
            {
                plan = plan.Only(ids, (profile.Experiments ?? []).Select(e => e.Id ?? ""));
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--experiments: {e.Message.Split(" (Parameter", 2)[0]}");
            }
        }
        return plan.Shard(shard);
    }

    /// <summary>The time budget of --time-budget (with --run-estimate), or null.</summary>
    public SweepBudget? Budget(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(TimeBudget) is TimeSpan limit ? new SweepBudget(limit, parse.GetValue(RunEstimate) ?? TimeSpan.Zero) : null;
    }

    /// <summary>The validated profile (data files checked through <paramref name="data"/> unless null); a bad one is one
    /// error line listing every problem ("profile P: 2 problems: file: $.path: message; ...").</summary>
    public Profile LoadProfile(ParseResult parse, IDataAvailability? data)
    {
        ArgumentNullException.ThrowIfNull(parse);
        string name = parse.GetValue(Profile)!;
        try
        {
            return ClaimCatalog.LoadProfile(name, data);
        }
        catch (ProfileException e)
        {
            throw new CliException(e.Problems.Count <= 1 ? e.Message : $"profile {name}: {e.Problems.Count} problems: " + string.Join("; ", e.Problems));
        }
    }

    /// <summary>The store folder: --store, else reports/&lt;profile&gt;/runs; <paramref name="label"/> names it in errors
    /// ("--store PATH" or "store PATH").</summary>
    public string StoreDirectory(ParseResult parse, Profile profile, out string label)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(profile);
        var given = parse.GetValue(Store);
        var store = given ?? RunStore.DefaultDirectory(profile.Name!);
        label = (given is null ? "store " : "--store ") + CommonOptions.Show(store);
        return store;
    }
}
