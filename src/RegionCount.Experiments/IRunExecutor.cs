namespace RegionCount.Experiments;

/// <summary>The seam to real training: trains and measures one run. The lead implements it with the real trainer and
/// region counter; tests use fakes. Throwing marks the run failed (the message is recorded); a non-finite loss should
/// be returned as <see cref="RunStatus.Diverged"/>; cancellation throws <see cref="OperationCanceledException"/>.</summary>
public interface IRunExecutor
{
    /// <summary>A short name recorded in every record's environment (e.g. "torchsharp-cpu").</summary>
    string Name { get; }

    /// <summary>What every record of this executor also states about how it computed (e.g. the numeric mode).</summary>
    IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>();

    RunResult Execute(RunSpec run, IRunProgress progress, CancellationToken cancellationToken);
}
