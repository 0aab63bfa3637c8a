using System.Globalization;
using BenchmarkDotNet.Running;
using RegionCount.Benchmarks;

if (args.Length > 0 && args[0] == "evaluations")
{
    EvaluationCountReport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
    return;
}
if (args.Length > 0 && args[0] == "phases")
{
    PhaseTimings.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return;
}
if (args.Length > 3 && args[0] == "solo")
{
    SoloTimings.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(MatMulBenchmark).Assembly).Run(args);
