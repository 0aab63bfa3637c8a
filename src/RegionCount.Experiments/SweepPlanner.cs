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

    private static IEnumerable<RunConfig> Expand(ExperimentSpec e, Dictionary<string, DatasetSpec> datasets, Dictionary<string, ModelSpec> models) =>
        e.Study is { } study ? ExpandStudy(e, study, datasets, models) : ExpandGrid(e, datasets, models);

    /// <summary>Stability: one run per input dimension (all seeds and κ levels in it; the data line and the network are
    /// the study's own, named "line" and "two-layer-relu" in the record). Toy: one run (the three points, a 2→5→1 net).
    /// Invariance: the untrained model on each dataset × model × seed, measured with the experiment's probes.
    /// Classifiers: one run per dataset × family × seed (the model named by the family), its rows the family's settings.</summary>
    private static IEnumerable<RunConfig> ExpandStudy(ExperimentSpec e, StudySpec study, Dictionary<string, DatasetSpec> datasets, Dictionary<string, ModelSpec> models)
    {
        var none = RunHyperparameters.None;
        switch (study.Kind)
        {
            case StudyKind.Stability:
                foreach (var dimension in study.Dimensions!)
                {
                    yield return new RunConfig(RunConfig.CurrentFormatVersion, new DatasetSpec { Name = "line" }, new ModelSpec { Name = "two-layer-relu" },
                        none, study.DataSeed!.Value, [], [], Study: study with { Dimensions = [dimension] });
                }
                break;
            case StudyKind.Toy:
                yield return new RunConfig(RunConfig.CurrentFormatVersion, new DatasetSpec { Name = "three-points" }, new ModelSpec { Name = "toy-2-5-1" },
                    none, e.Seeds![0], [], [], Study: study);
                break;
            case StudyKind.Invariance:
                foreach (var datasetId in e.Datasets!)
                {
                    foreach (var modelId in e.Models!)
                    {
                        foreach (var seed in e.Seeds!)
                        {
                            yield return new RunConfig(RunConfig.CurrentFormatVersion, datasets[datasetId] with { Id = null }, models[modelId] with { Id = null },
                                none, seed, [], e.Probes!, Study: study);
                        }
                    }
                }
                break;
            case StudyKind.Classifiers:
                foreach (var datasetId in e.Datasets!)
                {
                    foreach (var classifier in study.Classifiers!)
                    {
                        foreach (var seed in e.Seeds!)
                        {
                            yield return new RunConfig(RunConfig.CurrentFormatVersion, datasets[datasetId] with { Id = null },
                                new ModelSpec { Name = JsonNames.Of(classifier.Family!.Value) }, none, seed, [], e.Probes!,
                                Study: study with { Classifiers = [classifier] });
                        }
                    }
                }
                break;
            default:
                throw new InvalidOperationException($"experiment {e.Id}: study kind {study.Kind} has no plan");
        }
    }

    private static IEnumerable<RunConfig> ExpandGrid(ExperimentSpec e, Dictionary<string, DatasetSpec> datasets, Dictionary<string, ModelSpec> models)
    {
        var g = e.Grid!;
        var measurement = e.MeasurementEpochs!.Distinct().Order().ToList();
        var measures = e.Measures is { Count: > 0 } ? e.Measures.OrderBy(JsonNames.Of, StringComparer.Ordinal).ToList() : null;
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
                            foreach (var optimizer in g.Optimizers ?? [OptimizerKind.Sgd])
                            {
                                foreach (var augmentation in g.Augmentations ?? [AugmentationKind.None])
                                {
                                    foreach (var mixup in g.MixupAlphas ?? [0.0])
                                    {
                                        // The crop border only where there is a crop (a grid's no-augmentation runs stay the ones other
                                        // experiments plan), and zero, the default, as null: the same runs as before the setting existed.
                                        var padding = augmentation == AugmentationKind.CropFlip && g.CropPadding != CropPadding.Zero ? g.CropPadding : null;
                                        var hp = new RunHyperparameters(lr, batch, wd, optimizer, g.Momentum, g.Schedule, g.Epochs!.Value, augmentation, mixup, padding)
                                        {
                                            // Only the schedule that reads them carries them: every other run keeps its fingerprint.
                                            WarmupEpochs = g.Schedule == ScheduleKind.WarmupCosine ? g.WarmupEpochs : null,
                                            MinLearningRate = g.Schedule == ScheduleKind.WarmupCosine ? g.MinLearningRate : null,
                                        };
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
