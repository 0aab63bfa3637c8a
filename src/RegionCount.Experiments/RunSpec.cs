namespace RegionCount.Experiments;

/// <summary>One planned run: its configuration, its fingerprint and the experiments of the profile that plan it.</summary>
public sealed record RunSpec(RunConfig Config, string Fingerprint, IReadOnlyList<string> Experiments)
{
    /// <summary>A short, human label: model, dataset, lr, batch, wd, seed.</summary>
    public string Label => Config.Study is { } study
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{(study.Kind is { } kind ? JsonNames.Of(kind) : "?")} study{(study.Dimensions is [var d] ? $" {d}-D" : "")} {Config.Model.Key}/{Config.Dataset.Key} seed={Config.Seed}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Config.Model.Key}/{Config.Dataset.Key} lr={Config.Hyperparameters.LearningRate} bs={Config.Hyperparameters.BatchSize} " +
        $"wd={Config.Hyperparameters.WeightDecay} seed={Config.Seed}");
}
