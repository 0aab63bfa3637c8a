namespace RegionCount.Experiments;

/// <summary>
/// The parameter-dependent measures the executor records for every run (the engine's Training.ParameterMeasures), each
/// in the record's summary under <see cref="SummaryKeys.Measure"/>; profiles name them in kebab case
/// (distance-from-init, margin, ...). C6 compares the first three (the paper's section 3) with the region count, C7 the
/// norm-based rest. PAC-Bayes sharpness is not implemented.
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
}
