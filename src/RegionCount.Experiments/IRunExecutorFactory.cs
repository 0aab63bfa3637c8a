namespace RegionCount.Experiments;

/// <summary>How `sweep` and `reproduce` obtain their executor once the options are parsed: the real one
/// (RegionCount.Execution.TorchRunExecutorFactory, the CLI's default) or a fake in tests.</summary>
public interface IRunExecutorFactory
{
    IRunExecutor Create(ExecutorSettings settings);
}
