namespace RegionCount.Regions;

/// <summary>The dataset split the probe endpoints are drawn from.</summary>
public enum ProbeSplit
{
    Train,
    Test,
}
