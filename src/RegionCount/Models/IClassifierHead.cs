namespace RegionCount.Models;

/// <summary>A network whose output is one linear layer, the classifier head (the CIFAR networks' <c>linear</c>, VGG's
/// <c>classifier</c>): what <see cref="ModelOptions.HeadInitStd"/> re-initializes.</summary>
public interface IClassifierHead
{
    TorchSharp.Modules.Linear Head { get; }
}
