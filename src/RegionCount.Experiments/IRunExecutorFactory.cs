namespace RegionCount.Experiments;

/// <summary>How the CLI obtains the real executor. Until the lead registers one, `sweep` stops with one line saying
/// training is not wired yet.</summary>
public interface IRunExecutorFactory
{
    IRunExecutor Create(ExecutorSettings settings);
}
