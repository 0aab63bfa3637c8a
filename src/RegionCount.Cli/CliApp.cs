using System.CommandLine;
using RegionCount.Cli.Commands;

namespace RegionCount.Cli;

/// <summary>The `regioncount` command tree; in-process so tests can drive it.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("RegionCount: reproduce 'Understanding Nonlinear Implicit Bias via Region Counts in Input Space'");
        root.Subcommands.Add(InfoCommand.Create(output));
        root.Subcommands.Add(TrainCommand.Create(output, TrainCommand.Seams.Unwired));
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
