using System.CommandLine;
using RegionCount.Data;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary>`regioncount info`: versions, devices, threads, the native compatibility step and the datasets found.</summary>
internal static class InfoCommand
{
    public static Command Create(TextWriter output)
    {
        var dataDir = CommonOptions.DataDir();
        var device = CommonOptions.Device();
        var threads = CommonOptions.Threads();
        var command = new Command("info", "Print the runtime environment: .NET, TorchSharp, libtorch, devices, datasets.")
        {
            dataDir, device, threads,
        };
        command.SetAction(parse =>
        {
            var context = CommonOptions.InitializeRuntime(parse.GetValue(device), parse.GetValue(threads), 0, output);
            var report = EnvironmentReport.Capture(DataLocator.FromEnvironment(parse.GetValue(dataDir)));
            foreach (var (key, value) in report.Lines())
            {
                output.WriteLine($"{key,-20} {value}");
            }
            output.WriteLine($"{"device",-20} {context.Device}");
            return 0;
        });
        return command;
    }
}
