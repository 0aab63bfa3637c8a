namespace RegionCount.Experiments;

/// <summary>Expands a validated profile into runs: per experiment, datasets × models × learning rates × batch sizes ×
/// weight decays × optimizers × augmentations × mixup × seeds. A run two experiments share is planned once.</summary>
public static class SweepPlanner
{
    public static SweepPlan Plan(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = ProfileValidator.Validate(profile);
        if (problems.Count > 0)
        {
            throw new ProfileException(problems);
        }
        var datasets = profile.Datasets!.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var models = profile.Models!.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var runs = new List<RunSpec>();
        var byFingerprint = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var experiment in profile.Experiments!)
        {
            foreach (var config in Expand(experiment, datasets, models))
            {
                string fingerprint = Fingerprint.Of(config);
                if (byFingerprint.TryGetValue(fingerprint, out int index))
                {
                    var existing = runs[index];
                    if (!existing.Experiments.Contains(experiment.Id!))
                    {
                        runs[index] = existing with { Experiments = [.. existing.Experiments, experiment.Id!] };
                    }
                    continue;
                }
                byFingerprint[fingerprint] = runs.Count;
                runs.Add(new RunSpec(config, fingerprint, [experiment.Id!]));
            }
        }
        return new SweepPlan(profile.Name!, runs);
    }

    private static IEnumerable<RunConfig> Expand(ExperimentSpec e, Dictionary<string, DatasetSpec> datasets, Dictionary<string, ModelSpec> models)
    {
        var g = e.Grid!;
        var measurement = e.MeasurementEpochs!.Distinct().Order().ToList();
        var measures = e.Measures is { Count: > 0 } ? e.Measures.Order(StringComparer.Ordinal).ToList() : null;
        foreach (var datasetId in e.Datasets!)
        {
            foreach (var modelId in e.Models!)
            {
                foreach (var lr in g.LearningRates!)
                {
                    foreach (var batch in g.BatchSizes!)
                    {
                        foreach (var wd in g.WeightDecays!)
                        {
                            foreach (var optimizer in g.Optimizers ?? ["sgd"])
                            {
                                foreach (var augmentation in g.Augmentations ?? ["none"])
                                {
                                    foreach (var mixup in g.MixupAlphas ?? [0.0])
                                    {
                                        var hp = new RunHyperparameters(lr, batch, wd, optimizer, g.Momentum, g.Schedule, g.Epochs!.Value, augmentation, mixup);
                                        foreach (var seed in e.Seeds!)
                                        {
                                            yield return new RunConfig(RunConfig.CurrentFormatVersion, datasets[datasetId] with { Id = null },
                                                models[modelId] with { Id = null }, hp, seed, measurement, e.Probes!, measures);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
