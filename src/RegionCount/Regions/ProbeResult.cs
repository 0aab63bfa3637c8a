namespace RegionCount.Regions;

/// <summary>One probe's outcome: the predicted label of every grid cell (row-major, −1 = masked) and its regions.</summary>
public sealed record ProbeResult(Probe Probe, int[] Labels, GridCount Count);
