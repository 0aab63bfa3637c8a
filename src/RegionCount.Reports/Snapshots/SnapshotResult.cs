namespace RegionCount.Reports.Snapshots;

/// <summary>The outcome of one snapshot verification.</summary>
/// <param name="Matched">True when the table matches the verified file (or was accepted).</param>
/// <param name="VerifiedPath">expected/&lt;profile&gt;/&lt;claim&gt;/&lt;table&gt;.verified.md</param>
/// <param name="ReceivedPath">Where the new text was written on a mismatch, else null.</param>
/// <param name="Message">A readable diff on a mismatch; what happened otherwise.</param>
/// <param name="Exact">The text is byte-identical to the verified file (false when matched only within tolerances).</param>
public sealed record SnapshotResult(bool Matched, string VerifiedPath, string? ReceivedPath, string Message, bool Exact = false);
