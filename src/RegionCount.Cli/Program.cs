using RegionCount.Cli;
using RegionCount.Runtime;

// Before anything can load libtorch: its kernels read the numeric mode from the native environment once.
CanonicalNumerics.Apply();

return CliApp.Run(args, Console.Out, Console.Error);
