namespace RegionCount.Training;

/// <summary>
/// Parameter-based measures of a trained network (paper claim C6), computed by <see cref="ParameterMeasuresCalculator"/>.
/// θ = all parameters, θ₀ = the same at initialization; "weight tensors" = parameters with ≥ 2 dimensions (linear
/// matrices, conv kernels), which excludes biases and BatchNorm scales like the authors' name filter ('bias', 'bn').
/// </summary>
/// <param name="DistanceFromInit">‖θ − θ₀‖₂ over all parameters (flattened and concatenated).</param>
/// <param name="WeightDistanceFromInit">‖w − w₀‖₂ over the weight tensors only: the authors' d(W) (their L2_DIST before their √
/// adjustment; they fold batch norm into the preceding convolution first, this does not).</param>
/// <param name="Margin">γ = the ⌊m/10⌋-th smallest (1-based, at least the 1st) of f_y(x) − max_{j≠y} f_j(x) over the m training
/// points, eval mode, no augmentation: the authors' kthvalue(m // 10) (they then take |γ|; this keeps the sign).</param>
/// <param name="SpectralProduct">∏ σ_max(W) over weight tensors, each reshaped to out × (everything else) as the authors do.</param>
/// <param name="FrobeniusProduct">∏ ‖W‖_F over the same weight tensors.</param>
/// <param name="NormalizedMargin">γ / ∏ σ_max(W) (spectrally normalized margin, Bartlett et al. 2017 without the
/// (Σ ‖W‖₂,₁^{2/3}/‖W‖₂^{2/3})^{3/2} factor); BatchNorm is not folded into the preceding layer (the authors fold it).</param>
/// <param name="FrobeniusNormalizedMargin">γ / ∏ ‖W‖_F.</param>
public sealed record ParameterMeasures(
    double DistanceFromInit,
    double WeightDistanceFromInit,
    double Margin,
    double SpectralProduct,
    double FrobeniusProduct,
    double NormalizedMargin,
    double FrobeniusNormalizedMargin)
{
    /// <summary>γ / ‖θ − θ₀‖₂ (all parameters).</summary>
    public double DistanceNormalizedMargin => Margin / DistanceFromInit;

    /// <summary>γ / ‖w − w₀‖₂ (weight tensors only): the authors' γ/d(W), their column normalized_margin.</summary>
    public double WeightDistanceNormalizedMargin => Margin / WeightDistanceFromInit;
}
