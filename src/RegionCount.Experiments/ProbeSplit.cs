namespace RegionCount.Experiments;

/// <summary>The dataset split the probe endpoints are drawn from (profiles: train, test).</summary>
public enum ProbeSplit
{
    Train,
    Test,
}
