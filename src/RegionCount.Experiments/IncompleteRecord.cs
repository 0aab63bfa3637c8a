namespace RegionCount.Experiments;

/// <summary>A completed run record that lacks planned region counts.</summary>
/// <param name="Run">The planned run (its label names the configuration; its fingerprint names the record file).</param>
/// <param name="Missing">The planned (epoch, probe setting) pairs it has no count for.</param>
public sealed record IncompleteRecord(RunSpec Run, IReadOnlyList<PlannedMeasurement> Missing)
{
    /// <summary>"&lt;fingerprint&gt;.json mlp/fashion-mnist lr=0.05 …: missing epoch 0: probes 0 (segment), …".</summary>
    public override string ToString() =>
        $"{Run.Fingerprint}.json {Run.Label}: missing {PlannedMeasurements.Describe(Run.Config, Missing)}";
}
