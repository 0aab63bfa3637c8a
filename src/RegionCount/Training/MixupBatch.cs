using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>A mixed batch: inputs λ·x + (1 − λ)·x[perm], targets y_a = y and y_b = y[perm].</summary>
public sealed record MixupBatch(Tensor Inputs, Tensor TargetsA, Tensor TargetsB, double Lambda);
