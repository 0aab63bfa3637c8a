namespace RegionCount.Experiments;

/// <summary>
/// The parameter-dependent measures the executor records for every run (the engine's Training.ParameterMeasures), each
/// in the record's summary under <see cref="SummaryKeys.Measure"/>; profiles name them in kebab case
/// (distance-from-init, margin, ...). C6 compares the paper's section-3 quantities d, γ and γ/d with the region count
/// (d over all parameters, or over the weights only where a profile names the weight measures), C7 the norm-based rest;
/// the reports' ParamMeasureClaim says which. PAC-Bayes sharpness is not implemented. Records written before the last
/// three members existed hold the first six; γ/d over all parameters is derived for them from margin and distance.
/// </summary>
public enum ParameterMeasure
{
    /// <summary>‖θ − θ₀‖₂ over all parameters.</summary>
    DistanceFromInit,

    /// <summary>The output margin γ over the training set (its 10th percentile, as the authors take it).</summary>
    Margin,

    /// <summary>γ over the product of the weights' spectral norms.</summary>
    NormalizedMargin,

    /// <summary>log of the product of the weights' spectral norms.</summary>
    LogSpectralNormProduct,

    /// <summary>log of the product of the weights' Frobenius norms.</summary>
    LogFrobeniusNormProduct,

    /// <summary>γ over the product of the weights' Frobenius norms.</summary>
    FrobeniusNormalizedMargin,

    /// <summary>‖w − w₀‖₂ over the weight tensors only (linear matrices and conv kernels; no biases, no batch-norm
    /// parameters): the authors' d(W).</summary>
    WeightDistanceFromInit,

    /// <summary>γ / ‖θ − θ₀‖₂: the margin over the distance from initialization of all parameters.</summary>
    DistanceNormalizedMargin,

    /// <summary>γ / ‖w − w₀‖₂: the margin over the weights' distance from initialization, the authors' γ/d(W) (their
    /// column normalized_margin).</summary>
    WeightDistanceNormalizedMargin,
}
