namespace RegionCount.Experiments;

/// <summary>The optimizer a run uses (profiles: sgd, adam, adagrad). The paper's main runs use SGD; Adam and Adagrad are
/// its ablation (claim C11).</summary>
public enum OptimizerKind
{
    /// <summary>SGD with heavy-ball momentum (no Nesterov, no dampening) and L2 weight decay added to the gradient.</summary>
    Sgd,

    /// <summary>Adam (β = 0.9, 0.999; ε = 1e-8) with L2 weight decay added to the gradient (not AdamW).</summary>
    Adam,

    /// <summary>Adagrad with L2 weight decay added to the gradient.</summary>
    Adagrad,
}
