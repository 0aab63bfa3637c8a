using System.CommandLine;
using RegionCount.Experiments;

namespace RegionCount.Cli.Commands;

/// <summary>`regioncount reproduce [--profile P]`: the sweep, then (once wired) claims and report.</summary>
internal static class ReproduceCommand
{
    public static Command Create(TextWriter output, IRunExecutorFactory? executors)
    {
        var options = new SweepOptions();
        var command = new Command("reproduce", "Run a profile's sweep, then check the claims and write the report (claims and report: not wired yet).");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            int exit = SweepCommand.Execute(parse, options, output, executors, out string store);
            output.WriteLine($"claims and report are not wired yet: the run records are in {Path.GetFullPath(store)}; no claim was checked");
            return exit;
        });
        return command;
    }
}
