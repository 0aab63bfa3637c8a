namespace RegionCount.Experiments;

/// <summary>One region count a run plans: after <see cref="Epoch"/> epochs, with probe setting <see cref="ProbeIndex"/>.</summary>
public readonly record struct PlannedMeasurement(int Epoch, int ProbeIndex);
