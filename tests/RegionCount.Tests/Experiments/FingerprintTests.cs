using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Snapshots;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class FingerprintTests
{
    private static RunSpec FirstRun(JsonObject profile) =>
        SweepPlanner.Plan(ProfileLoader.Parse(profile.ToJsonString(), "t.json")).Runs[0];

    private static JsonObject Reversed(JsonObject obj)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in obj.Reverse().ToList())
        {
            copy[key] = value switch
            {
                JsonObject o => Reversed(o),
                JsonArray a => new JsonArray(a.Select(i => i is JsonObject io ? (JsonNode)Reversed(io) : i?.DeepClone()).ToArray()),
                _ => value?.DeepClone(),
            };
        }
        return copy;
    }

    [Fact]
    public void Same_config_gives_the_same_fingerprint_whatever_the_property_order()
    {
        var plain = SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "a.json"));
        var reordered = SweepPlanner.Plan(ProfileLoader.Parse(Reversed(TestProfiles.Tiny()).ToJsonString(), "b.json"));

        reordered.Runs.Select(r => r.Fingerprint).Should().Equal(plain.Runs.Select(r => r.Fingerprint));
        plain.Runs.Select(r => r.Fingerprint).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_canonical_form_sorts_keys_and_its_hash_matches_an_independent_sha256()
    {
        var node = JsonNode.Parse("""{"b": 1, "a": [0.5, 2.0, "x"], "c": null}""");

        // Canonical text written by hand from the rules (sorted keys, nulls dropped, integral numbers as integers);
        // its SHA-256 computed independently: printf '%s' '{"a":[0.5,2,"x"],"b":1}' | sha256sum
        Fingerprint.Canonical(node).Should().Be("""{"a":[0.5,2,"x"],"b":1}""");
        Fingerprint.Of(node).Should().Be("d9e1c944d88df523cd3c2224769e68698a1ca3379ccdfed8818f77989287bf8d");
    }

    public static TheoryData<string> ResultChangingFields => new()
    {
        "lr", "batch", "weight decay", "epochs", "seed", "train size", "widths", "resolution", "interval", "probe split",
        "measurement epochs", "optimizer", "mixup", "normalization",
    };

    [Theory]
    [MemberData(nameof(ResultChangingFields))]
    public void Any_result_changing_field_changes_the_fingerprint(string field)
    {
        var changed = TestProfiles.Tiny();
        var e = changed["experiments"]![0]!.AsObject();
        var grid = e["grid"]!.AsObject();
        var probe = e["probes"]![0]!.AsObject();
        switch (field)
        {
            case "lr": grid["learningRates"] = new JsonArray(0.2, 0.01); break;
            case "batch": grid["batchSizes"] = new JsonArray(17, 32); break;
            case "weight decay": grid["weightDecays"] = new JsonArray(1e-6); break;
            case "epochs": grid["epochs"] = 4; break;
            case "seed": e["seeds"] = new JsonArray(5, 1); break;
            case "train size": changed["datasets"]![0]!["trainSize"] = 65; break;
            case "widths": changed["models"]![0]!["options"]!["widths"] = new JsonArray(8, 9); break;
            case "resolution": probe["resolution"] = 51; break;
            case "interval": probe["interval"] = new JsonArray(-0.5, 1.5); break;
            case "probe split": probe["split"] = "test"; break;
            case "measurement epochs": e["measurementEpochs"] = new JsonArray(1, 3); break;
            case "optimizer": grid["optimizers"] = new JsonArray("adam"); break;
            case "mixup": grid["mixupAlphas"] = new JsonArray(1.0); break;
            case "normalization":
                changed["datasets"]![0]!["normalization"] = new JsonObject { ["mean"] = new JsonArray(0.5), ["std"] = new JsonArray(0.25) };
                break;
            default: throw new ArgumentException(field);
        }

        FirstRun(changed).Fingerprint.Should().NotBe(FirstRun(TestProfiles.Tiny()).Fingerprint);
    }

    [Fact]
    public void A_black_crop_border_changes_the_crop_flip_runs_only_and_zero_is_the_default_it_always_was()
    {
        static IReadOnlyList<RunSpec> Runs(string? padding)
        {
            var profile = TestProfiles.Tiny();
            var grid = profile["experiments"]![0]!["grid"]!.AsObject();
            grid["augmentations"] = new JsonArray("none", "crop-flip");
            if (padding is not null)
            {
                grid["cropPadding"] = padding;
            }
            return SweepPlanner.Plan(ProfileLoader.Parse(profile.ToJsonString(), "t.json")).Runs;
        }
        var plain = Runs(null);
        var black = Runs("black");

        Runs("zero").Select(r => r.Fingerprint).Should().Equal(plain.Select(r => r.Fingerprint));
        black.Should().HaveCount(plain.Count);
        foreach (var (before, after) in plain.Zip(black))
        {
            bool crop = before.Config.Hyperparameters.Augmentation == AugmentationKind.CropFlip;
            after.Config.Hyperparameters.CropPadding.Should().Be(crop ? CropPadding.Black : null);
            (after.Fingerprint == before.Fingerprint).Should().Be(!crop, before.Label);
        }
        JsonSerializer.Serialize(plain[0].Config, ExperimentJson.Compact).Should().NotContain("cropPadding");
    }

    [Fact]
    public void The_warmup_cosine_settings_are_written_only_into_the_runs_whose_schedule_reads_them()
    {
        var cosine = TestProfiles.Tiny();
        var warm = TestProfiles.Tiny();
        var grid = warm["experiments"]![0]!["grid"]!.AsObject();
        grid["schedule"] = "warmup-cosine";
        grid["warmupEpochs"] = 1;
        grid["minLearningRate"] = 1e-3;
        var other = warm.DeepClone().AsObject();
        other["experiments"]![0]!["grid"]!["warmupEpochs"] = 2;

        var plain = FirstRun(cosine);
        var run = FirstRun(warm);

        plain.Config.Hyperparameters.WarmupEpochs.Should().BeNull();
        JsonSerializer.Serialize(plain.Config, ExperimentJson.Compact).Should().NotContain("warmupEpochs").And.NotContain("minLearningRate");
        run.Config.Hyperparameters.Should().Match<RunHyperparameters>(h => h.Schedule == ScheduleKind.WarmupCosine && h.WarmupEpochs == 1 && h.MinLearningRate == 1e-3);
        JsonSerializer.Serialize(run.Config, ExperimentJson.Compact).Should().Contain("\"warmupEpochs\":1").And.Contain("\"minLearningRate\":0.001");
        run.Fingerprint.Should().NotBe(plain.Fingerprint).And.NotBe(FirstRun(other).Fingerprint);
    }

    [Fact]
    public void A_head_init_option_changes_the_fingerprint_of_the_network_that_reads_it()
    {
        static string Of(JsonObject? options)
        {
            var profile = TestProfiles.Tiny();
            profile["models"]![0]!["name"] = "resnet18";
            profile["models"]![0]!["options"] = options;
            profile["experiments"]![0]!["models"] = new JsonArray("resnet18");
            return FirstRun(profile).Fingerprint;
        }

        Of(new JsonObject { ["headInitStd"] = 0.01 }).Should().NotBe(Of(null));
    }

    [Fact]
    public void Labels_that_do_not_change_results_leave_the_fingerprint_alone()
    {
        var renamed = TestProfiles.Tiny();
        renamed["name"] = "other";
        renamed["description"] = "other words";
        renamed["experiments"]![0]!["id"] = "grid";
        renamed["experiments"]![0]!["description"] = "text";
        renamed["claims"]!["C1"]!["experiments"] = new JsonArray("grid");
        renamed["models"]![0]!["id"] = "net";
        renamed["experiments"]![0]!["models"] = new JsonArray("net");

        FirstRun(renamed).Fingerprint.Should().Be(FirstRun(TestProfiles.Tiny()).Fingerprint);
    }

    [Fact]
    public void The_format_version_is_part_of_the_fingerprint()
    {
        var run = FirstRun(TestProfiles.Tiny());

        Fingerprint.Of(run.Config with { FormatVersion = run.Config.FormatVersion + 1 }).Should().NotBe(run.Fingerprint);
        Fingerprint.Of(run.Config).Should().Be(run.Fingerprint);
    }

    /// <summary>Every committed record (reports/*/runs/*.json), read into the typed <see cref="RunConfig"/> and written
    /// back: the canonical JSON is the one in the file, character for character, so its fingerprint is the record's
    /// (and its file name). A change to the configuration types that changed a name, a default or a dropped null would
    /// orphan every committed record; this is the test that says so.</summary>
    [Fact]
    public void Every_committed_record_keeps_its_fingerprint_through_the_typed_configuration()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "reports"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "runs" && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        files.Should().HaveCountGreaterThan(300, "the smoke and cpu profiles' records are committed");

        var wrong = new List<string>();
        foreach (var file in files)
        {
            var stored = JsonNode.Parse(File.ReadAllText(file))!["config"];
            var config = stored.Deserialize<RunConfig>(ExperimentJson.Options)!;
            string recomputed = Fingerprint.Of(config);
            if (recomputed != Path.GetFileNameWithoutExtension(file)
                || Fingerprint.Canonical(JsonSerializer.SerializeToNode(config, ExperimentJson.Compact)) != Fingerprint.Canonical(stored))
            {
                wrong.Add($"{file}: recomputed {recomputed}");
            }
        }
        wrong.Should().BeEmpty();
    }
}
