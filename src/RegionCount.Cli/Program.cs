using RegionCount.Cli;
using RegionCount.Harness.Execution;

return CliApp.Run(args, Console.Out, Console.Error, new TorchRunExecutorFactory());
