using System.CommandLine;

namespace RegionCount.Cli.Commands;

/// <summary>The options of `sweep` and `reproduce`.</summary>
internal sealed class SweepOptions
{
    public Option<string> Profile { get; } = new("--profile")
    {
        Description = "A built-in profile (smoke, cpu, paper) or a profile JSON file.",
        DefaultValueFactory = _ => "smoke",
    };

    public Option<string?> Shard { get; } = new("--shard") { Description = "Run only shard i of n (e.g. 2/4)." };

    public Option<string?> Store { get; } = new("--store") { Description = "Result store folder (default reports/<profile>/runs)." };

    public Option<string?> DataDir { get; } = CommonOptions.DataDir();

    public Option<string> Device { get; } = CommonOptions.Device();

    public Option<int> Threads { get; } = CommonOptions.Threads();

    /// <summary>Test only: a simulated executor that trains nothing and sleeps this long per epoch.</summary>
    public Option<int?> SimulateMilliseconds { get; } = new("--test-simulated-executor") { Hidden = true };

    /// <summary>Test only: where the simulated executor logs its starts and ends.</summary>
    public Option<string?> SimulateLog { get; } = new("--test-simulated-log") { Hidden = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Shard);
        command.Options.Add(Store);
        command.Options.Add(DataDir);
        command.Options.Add(Device);
        command.Options.Add(Threads);
        command.Options.Add(SimulateMilliseconds);
        command.Options.Add(SimulateLog);
    }
}
