namespace RegionCount.Statistics;

/// <summary>The alternative hypothesis of a test. <see cref="Greater"/> means a positive association, an increasing
/// trend across ordered groups, or a positive mean difference; <see cref="Less"/> the opposite.</summary>
public enum Alternative
{
    TwoSided,
    Greater,
    Less,
}
