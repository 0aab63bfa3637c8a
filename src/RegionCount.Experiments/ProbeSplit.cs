namespace RegionCount.Experiments;

/// <summary>The dataset split the probe endpoints are drawn from (profiles: train, test, augmented-train).</summary>
public enum ProbeSplit
{
    Train,
    Test,

    /// <summary>Training images, each endpoint passed once through the training augmentation (random crop with 4-pixel
    /// padding + horizontal flip, the run's crop border) with offsets and flips from the run's seed, fixed for the run:
    /// the authors' ViT draws its endpoints from its augmented training set (C17). Only for experiments whose runs all
    /// train with crop-flip.</summary>
    AugmentedTrain,
}
