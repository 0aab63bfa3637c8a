namespace RegionCount.Regions;

/// <summary>The regions of one labelled grid: the total and, per predicted label, how many regions carry it.</summary>
public sealed record GridCount(int Total, IReadOnlyDictionary<int, int> PerClass);
