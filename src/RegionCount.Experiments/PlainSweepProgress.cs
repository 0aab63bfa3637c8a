namespace RegionCount.Experiments;

/// <summary>Progress as plain lines (redirected output, CI=true).</summary>
public sealed class PlainSweepProgress(TextWriter output) : ISweepProgress
{
    public void RunStarted(RunSpec run, SweepStatus status) =>
        output.WriteLine($"[{status.Describe()}] start {run.Fingerprint[..12]} {run.Label}");

    public void Epoch(RunSpec run, int epoch, int epochs, string? detail) =>
        output.WriteLine($"  {run.Fingerprint[..12]} epoch {epoch}/{epochs}{(detail is null ? "" : " " + detail)}");

    public void RunFinished(RunRecord record, SweepStatus status) =>
        output.WriteLine($"[{status.Describe()}] {record.Status.ToString().ToLowerInvariant()} {record.Fingerprint[..12]}" +
            (record.Message is null ? "" : $": {record.Message}"));

    public void RunSkipped(RunSpec run, string reason, SweepStatus status) =>
        output.WriteLine($"[{status.Describe()}] skip {run.Fingerprint[..12]} ({reason})");
}
