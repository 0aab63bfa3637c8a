namespace RegionCount.Regions;

/// <summary>
/// The exact regions along a line: the count, the parameter values where the predicted label changes, the label
/// of each region in order, and how many linear pieces (forward passes of value and slope) the walk took.
/// </summary>
public sealed record ExactLineResult(int Count, IReadOnlyList<double> Boundaries, IReadOnlyList<int> Labels, int Pieces);
