namespace RegionCount.Reports.Paper;

/// <summary>One row of <c>cifar10_param_measures_Resnet18.csv</c>: parameter-dependent measures of one run (C6).</summary>
public sealed record ParamMeasureRun(
    double DistanceFromInit,
    double Margin,
    double NormalizedMargin,
    double TestAcc,
    double WeightDecay,
    double Lr,
    int BatchSize)
{
    /// <summary>100 − test accuracy, the quantity C6 correlates against.</summary>
    public double TestError => 100 - TestAcc;
}
