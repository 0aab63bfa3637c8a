namespace RegionCount.Experiments;

/// <summary>The data augmentation of a run (profiles: none, crop-flip).</summary>
public enum AugmentationKind
{
    None,

    /// <summary>Random crop with 4-pixel zero padding + horizontal flip (p 0.5), per image.</summary>
    CropFlip,
}
