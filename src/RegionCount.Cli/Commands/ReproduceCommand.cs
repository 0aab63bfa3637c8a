using System.CommandLine;
using RegionCount.Experiments;

namespace RegionCount.Cli.Commands;

/// <summary>`regioncount reproduce [--profile P]`: the sweep, then the claims and the report.</summary>
internal static class ReproduceCommand
{
    public static Command Create(TextWriter output, IRunExecutorFactory executors)
    {
        var options = new SweepOptions();
        var command = new Command("reproduce", "Run a profile's sweep (resuming what is stored), then check the claims and write reports/<profile>/report.md and report.html.");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            int exit = SweepCommand.Execute(parse, options, output, executors, out _);
            int report = ReportCommand.Execute(parse, options, null, output);
            return exit != 0 ? exit : report;
        });
        return command;
    }
}
