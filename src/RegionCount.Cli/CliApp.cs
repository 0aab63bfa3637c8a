using System.CommandLine;
using RegionCount.Cli.Commands;
using RegionCount.Experiments;

namespace RegionCount.Cli;

/// <summary>The `regioncount` command tree; in-process so tests can drive it.</summary>
internal static class CliApp
{
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where the one-line errors go.</param>
    /// <param name="executors">The real training executor; null until the lead wires it (then `sweep` says so and stops).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, IRunExecutorFactory? executors = null)
    {
        var root = new RootCommand("RegionCount: reproduce 'Understanding Nonlinear Implicit Bias via Region Counts in Input Space'");
        root.Subcommands.Add(InfoCommand.Create(output));
        root.Subcommands.Add(AcceptCommand.Create(output));
        root.Subcommands.Add(SweepCommand.Create(output, executors));
        root.Subcommands.Add(ReproduceCommand.Create(output, executors));
        root.Subcommands.Add(MergeCommand.Create(output));
        root.Subcommands.Add(ReportCommand.Create(output));
        root.Subcommands.Add(CountCommand.Create(output));
        root.Subcommands.Add(TrainCommand.Create(output, TrainCommand.Seams.Real));
        root.Subcommands.Add(TablesCommand.Create(output));
        root.Subcommands.Add(TolerancesCommand.Create(output));
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (CliException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}
