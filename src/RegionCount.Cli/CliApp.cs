using System.CommandLine;
using System.CommandLine.Invocation;
using RegionCount.Cli.Commands;
using RegionCount.Execution;
using RegionCount.Experiments;

namespace RegionCount.Cli;

/// <summary>The `regioncount` command tree; in-process so tests can drive it.</summary>
internal static class CliApp
{
    /// <summary>Exit code of every bad input: a parse or validation error, or a <see cref="CliException"/>.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code of a sweep whose --time-budget could not fit every remaining run: what it ran is recorded, no
    /// claim is left, and a sweep on the same store (on any machine) continues.</summary>
    public const int BudgetSpent = 3;

    /// <summary>Runs <paramref name="args"/> with the real training executor (TorchSharp).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where the one-line errors go.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, new TorchRunExecutorFactory());

    /// <summary>Runs <paramref name="args"/> with the executors of <paramref name="executors"/> (a fake in tests).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, IRunExecutorFactory executors)
    {
        ArgumentNullException.ThrowIfNull(executors);
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
        return Invoke(root, args, output, error);
    }

    /// <summary>Parses and runs <paramref name="args"/> against <paramref name="root"/>. A parse or validation error
    /// (unknown command or option, a value the option's rules reject) and a <see cref="CliException"/> are one line
    /// <c>error: ...</c> on <paramref name="error"/> and exit code <see cref="BadInput"/>.</summary>
    public static int Invoke(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(error);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // One line for all of them (System.CommandLine would print each and then the help text).
            error.WriteLine("error: " + string.Join("; ", parse.Errors.Select(e => OneLine(e.Message))));
            return BadInput;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (CliException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
