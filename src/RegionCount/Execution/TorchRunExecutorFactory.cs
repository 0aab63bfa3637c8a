using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Runtime;

namespace RegionCount.Execution;

/// <summary>What the CLI and the claim fixtures use to get the real executor.</summary>
public sealed class TorchRunExecutorFactory : IRunExecutorFactory
{
    public IRunExecutor Create(ExecutorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var context = TorchRuntime.Initialize(new RuntimeOptions(TorchRuntime.ParseDevice(settings.Device), settings.Threads));
        return new TorchRunExecutor(DataLocator.FromEnvironment(settings.DataDirectory), context.Device, settings.CacheDirectory, settings.MemoryBudget);
    }
}
