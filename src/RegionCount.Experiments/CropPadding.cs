namespace RegionCount.Experiments;

/// <summary>What the 4-pixel border of a random crop (augmentation crop-flip) holds (profiles: zero, black).</summary>
public enum CropPadding
{
    /// <summary>0 in the normalized tensor: the channel mean of the dataset's normalization (black when the dataset is not
    /// normalized). What every run did before the setting existed, and the default.</summary>
    Zero,

    /// <summary>A black pixel, raw value 0, normalized like every pixel: (0 − mean) / std per channel (about −2.4 for
    /// CIFAR-10, −1.6 to −1.9 for CIFAR-100). torchvision's RandomCrop(32, padding=4) pads the image before ToTensor and
    /// Normalize, as the authors' training code does.</summary>
    Black,
}
