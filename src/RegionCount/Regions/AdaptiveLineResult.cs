namespace RegionCount.Regions;

/// <summary>
/// The adaptive 1-D count: 1 + the number of final intervals (width ≤ <see cref="Resolution"/>) whose ends carry
/// different labels; <see cref="Boundaries"/> are their midpoints; <see cref="Evaluations"/> counts model
/// evaluations (points). It misses regions that start and end between two coarse points with equal labels.
/// </summary>
public sealed record AdaptiveLineResult(int Count, IReadOnlyList<double> Boundaries, double Resolution, int Evaluations);
