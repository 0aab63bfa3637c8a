namespace RegionCount.Theory;

/// <summary>
/// The decision map of the authors' toy for one learning rate: <c>Labels[i, j]</c> is the predicted label (1 when
/// sigmoid(f) &gt; 0.5) at x₁ = <c>Axis[j]</c>, x₂ = <c>Axis[i]</c>; <c>Regions</c> counts its 4-connected
/// components.
/// </summary>
public sealed record ToyMap(double LearningRate, IReadOnlyList<double> Axis, int[,] Labels, int Regions, double FinalLoss, int TrainCorrect);
