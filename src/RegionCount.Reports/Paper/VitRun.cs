namespace RegionCount.Reports.Paper;

/// <summary>One row of <c>cifar10_vit.csv</c>: one training run of the authors' Vision Transformer on CIFAR-10 (C17), its
/// mean region count after training (100 segments × 200 points between augmented training images) and its accuracies as
/// fractions, as their ViT-CIFAR-main/region_count.txt holds them.</summary>
/// <param name="TrainAcc">The running train-mode accuracy of the last epoch (augmented batches), a fraction.</param>
/// <param name="TestAcc">The test accuracy of the last epoch, a fraction.</param>
public sealed record VitRun(double RegionCount, double TrainAcc, double TestAcc, double Lr, int BatchSize, double WeightDecay)
{
    /// <summary>(train − test) · 100, the gap in points (the authors' corr.py correlates the fractions; r is the same).</summary>
    public double Gap => (TrainAcc - TestAcc) * 100;
}
