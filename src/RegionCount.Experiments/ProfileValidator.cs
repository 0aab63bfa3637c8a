using System.Globalization;
using System.Text.Json;

namespace RegionCount.Experiments;

/// <summary>Checks a whole profile before any training and lists every problem, each with its JSON path.</summary>
public static partial class ProfileValidator
{
    /// <summary>All problems of <paramref name="profile"/>; empty when it can run. Data files are checked through
    /// <paramref name="data"/> (skipped when null).</summary>
    public static IReadOnlyList<ProfileProblem> Validate(Profile profile, IDataAvailability? data = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new List<ProfileProblem>();
        void Add(string path, string message) => problems.Add(new ProfileProblem(profile.Source, path, message));

        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            Add("$.name", "missing");
        }
        var datasets = ValidateDatasets(profile.Datasets, data, Add);
        var models = ValidateModels(profile.Models, Add);
        var experiments = new HashSet<string>(StringComparer.Ordinal);
        if (profile.Experiments is not { Count: > 0 })
        {
            Add("$.experiments", "no experiments planned");
        }
        else
        {
            for (int i = 0; i < profile.Experiments.Count; i++)
            {
                var id = ValidateExperiment(profile.Experiments[i], $"$.experiments[{i}]", datasets, models, Add);
                if (id is not null && !experiments.Add(id))
                {
                    Add($"$.experiments[{i}].id", $"duplicate experiment id '{id}'");
                }
            }
        }
        ValidateClaims(profile.Claims, experiments, Add);
        return problems;
    }

    private static HashSet<string> ValidateDatasets(IReadOnlyList<DatasetSpec>? datasets, IDataAvailability? data, Action<string, string> add)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (datasets is not { Count: > 0 })
        {
            add("$.datasets", "no datasets");
            return ids;
        }
        for (int i = 0; i < datasets.Count; i++)
        {
            var d = datasets[i];
            string path = $"$.datasets[{i}]";
            if (string.IsNullOrWhiteSpace(d.Name))
            {
                add($"{path}.name", "missing");
            }
            else if (!KnownNames.Datasets.Contains(d.Name))
            {
                add($"{path}.name", $"unknown dataset '{d.Name}' (known: {Join(KnownNames.Datasets)})");
            }
            else if (data?.Check(d.Name) is string missing)
            {
                add($"{path}.name", missing);
            }
            if (d.TrainSize is <= 0)
            {
                add($"{path}.trainSize", $"must be positive, got {d.TrainSize}");
            }
            if (d.TestSize is <= 0)
            {
                add($"{path}.testSize", $"must be positive, got {d.TestSize}");
            }
            if (d.Name is not null && KnownNames.DatasetSizes.TryGetValue(d.Name, out var size))
            {
                CheckSize(d.Name, d.TrainSize, size.Train, "training", $"{path}.trainSize", null, add);
                CheckSize(d.Name, d.TestSize, size.Test, "test", $"{path}.testSize", null, add);
                // The copy found may hold fewer than the official set (a subset, a test fixture): a size beyond it is
                // one line here, naming the dataset, the copy and the field, instead of a failure of every run.
                if ((d.TrainSize <= size.Train || d.TestSize <= size.Test) && data?.Size(d.Name) is { } found)
                {
                    CheckSize(d.Name, d.TrainSize <= size.Train ? d.TrainSize : null, found.Train, "training", $"{path}.trainSize", found.Location, add);
                    CheckSize(d.Name, d.TestSize <= size.Test ? d.TestSize : null, found.Test, "test", $"{path}.testSize", found.Location, add);
                }
            }
            if (d.Normalization is { } n)
            {
                if (n.Mean is not { Count: > 0 } || n.Std is not { Count: > 0 } || n.Mean.Count != n.Std.Count)
                {
                    add($"{path}.normalization", "needs mean and std lists of the same, non-zero length");
                }
                else if (n.Std.Any(s => s <= 0))
                {
                    add($"{path}.normalization.std", "every std must be positive");
                }
            }
            if (!ids.Add(d.Key))
            {
                add($"{path}.id", $"duplicate dataset id '{d.Key}'");
            }
        }
        return ids;
    }

    /// <summary>A requested size within what the dataset (or, with <paramref name="location"/>, the copy found there) holds.</summary>
    private static void CheckSize(string name, int? requested, int available, string split, string path, string? location, Action<string, string> add)
    {
        if (requested > available)
        {
            add(path, location is null
                ? $"{name} has {available} {split} images; {requested} asks for more"
                : $"{name} as found at {location} holds {available} {split} images; {requested} asks for more");
        }
    }

    private static HashSet<string> ValidateModels(IReadOnlyList<ModelSpec>? models, Action<string, string> add)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (models is not { Count: > 0 })
        {
            add("$.models", "no models");
            return ids;
        }
        for (int i = 0; i < models.Count; i++)
        {
            var m = models[i];
            if (string.IsNullOrWhiteSpace(m.Name))
            {
                add($"$.models[{i}].name", "missing");
            }
            else if (!KnownNames.ModelOptions.TryGetValue(m.Name, out var reads))
            {
                add($"$.models[{i}].name", $"unknown model '{m.Name}' (known: {Join(KnownNames.Models)})");
            }
            else if (m.Options is { } options)
            {
                ValidateModelOptions(m.Name, reads, options, $"$.models[{i}].options", add);
            }
            if (!ids.Add(m.Key))
            {
                add($"$.models[{i}].id", $"duplicate model id '{m.Key}'");
            }
        }
        return ids;
    }

    /// <summary>Only options the model reads (a misplaced one would change the fingerprint and nothing else), each
    /// positive.</summary>
    private static void ValidateModelOptions(string model, IReadOnlyList<string> reads, ModelSpecOptions o, string path, Action<string, string> add)
    {
        // The keys as the record will hold them: unset options are dropped.
        foreach (var (name, _) in JsonSerializer.SerializeToNode(o, ExperimentJson.Compact)!.AsObject().Where(p => !reads.Contains(p.Key)))
        {
            add($"{path}.{name}", reads.Count == 0 ? $"not read by {model}, which takes no options" : $"not read by {model} (it reads {Join(reads)})");
        }
        for (int i = 0; i < (o.Widths?.Count ?? 0); i++)
        {
            if (o.Widths![i] < 1)
            {
                add($"{path}.widths[{i}]", $"a hidden width must be positive, got {o.Widths[i]}");
            }
        }
        if (o.Width is < 1)
        {
            add($"{path}.width", $"must be positive, got {o.Width}");
        }
        if (o.Channels is { } channels && (channels.Count != 2 || channels.Any(c => c < 1)))
        {
            add($"{path}.channels", $"must be [first, second]: two positive channel counts, got [{string.Join(", ", channels)}]");
        }
        if (o.Hidden is < 1)
        {
            add($"{path}.hidden", $"must be positive, got {o.Hidden}");
        }
        if (o.BaseWidth is < 1)
        {
            add($"{path}.baseWidth", $"must be positive, got {o.BaseWidth}");
        }
        if (o.HeadInitStd is double std && !(std > 0 && double.IsFinite(std)))
        {
            add($"{path}.headInitStd", $"the standard deviation of the head's initial weights must be positive and finite, got {Number(std)}");
        }
    }

    private static void ValidateClaims(IReadOnlyDictionary<string, ClaimExpectation>? claims, HashSet<string> experiments, Action<string, string> add)
    {
        if (claims is null)
        {
            return;
        }
        foreach (var (id, claim) in claims.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            string path = $"$.claims.{id}";
            if (claim.Expectation is null || !KnownNames.Expectations.Contains(claim.Expectation))
            {
                add($"{path}.expectation", $"must be asserted or recorded, got '{claim.Expectation}'");
            }
            var needed = claim.Experiments ?? [];
            for (int j = 0; j < needed.Count; j++)
            {
                if (!experiments.Contains(needed[j]))
                {
                    add($"{path}.experiments[{j}]", $"needs experiment '{needed[j]}', which the profile does not plan");
                }
            }
        }
    }

    private static string Join(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
