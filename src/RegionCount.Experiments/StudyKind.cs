namespace RegionCount.Experiments;

/// <summary>What a <see cref="StudySpec"/> computes (kebab-case in JSON: an unknown name is a profile error).</summary>
public enum StudyKind
{
    /// <summary>T1: linear stability and sign changes along the data line vs step size.</summary>
    Stability,

    /// <summary>T1: the authors' three-point toy, decision maps per learning rate.</summary>
    Toy,

    /// <summary>C8: a function-preserving rescaling of a ReLU layer leaves region counts unchanged.</summary>
    Invariance,

    /// <summary>C16: classifiers that are not neural networks (trees, forests, linear models, k-NN) on flattened
    /// pixels, one run per family and seed, one row per complexity setting.</summary>
    Classifiers,
}
