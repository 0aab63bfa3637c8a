using System.Globalization;
using BenchmarkDotNet.Running;
using RegionCount.Benchmarks;

if (args.Length > 0 && args[0] == "evaluations")
{
    EvaluationCountReport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
    return 0;
}
if (args.Length > 0 && args[0] == "phases")
{
    PhaseTimings.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return 0;
}
if (args.Length > 0 && args[0] == "cost")
{
    return CostModel.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "memory-counts")
{
    return MeasurementMemory.Counts();
}
if (args.Length > 0 && args[0] == "memory")
{
    return MeasurementMemory.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(MatMulBenchmark).Assembly).Run(args);
return 0;
