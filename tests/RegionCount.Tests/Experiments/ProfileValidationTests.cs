using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Execution;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class ProfileValidationTests
{
    /// <summary>The problems of the tiny profile after <paramref name="change"/>: the reader's (a name it does not know,
    /// reported alone) or else the validator's.</summary>
    private static IReadOnlyList<ProfileProblem> Validate(Action<JsonObject> change, IDataAvailability? data = null)
    {
        var json = TestProfiles.Tiny(epochs: 3);
        change(json);
        Profile profile;
        try
        {
            profile = ProfileLoader.Parse(json.ToJsonString(), "t.json");
        }
        catch (ProfileException e)
        {
            return e.Problems;
        }
        return ProfileValidator.Validate(profile, data);
    }

    private static JsonObject Experiment(JsonObject profile) => profile["experiments"]![0]!.AsObject();

    private static JsonObject Grid(JsonObject profile) => Experiment(profile)["grid"]!.AsObject();

    private static JsonObject Options(JsonObject profile) => profile["models"]![0]!["options"]!.AsObject();

    private static readonly (string Name, string Path, string Message)[] CaseList =
    [
        ("unknown model", "$.models[0].name", "unknown model 'resnet1'"),
        ("unknown dataset", "$.datasets[0].name", "unknown dataset 'mooons'"),
        ("empty lr axis", "$.experiments[0].grid.learningRates", "empty"),
        ("zero lr", "$.experiments[0].grid.learningRates[1]", "learning rate must be positive, got 0"),
        ("negative batch", "$.experiments[0].grid.batchSizes[0]", "batch size must be positive, got -16"),
        ("zero epochs", "$.experiments[0].grid.epochs", "must be positive, got 0"),
        ("resolution 1", "$.experiments[0].probes[0].resolution", "at least 2"),
        ("measurement beyond last", "$.experiments[0].measurementEpochs[0]", "epoch 4 is beyond the last epoch (3)"),
        ("claim needs unplanned experiment", "$.claims.C3.experiments[0]", "needs experiment 'lr-sweep', which the profile does not plan"),
        ("unknown model reference", "$.experiments[0].models[0]", "unknown model 'cnn'"),
        ("no seeds", "$.experiments[0].seeds", "empty"),
        ("unknown probe kind", "$.experiments[0].probes[0].kind", "unknown probe kind 'circle' (known: segment, ray, simplex, plane)"),
        ("simplex dimension 7", "$.experiments[0].probes[0].dimension", "dimension 2..5, got 7"),
        ("unknown measure", "$.experiments[0].measures[1]", "unknown parameter measure 'pac-bayes-sharpness'"),
        ("zero points per forward", "$.experiments[0].probes[0].pointsPerForward", "must be at least 1"),
        ("train size beyond the dataset", "$.datasets[1].trainSize", "cifar10 has 50000 training images; 60000 asks for more"),
        ("unknown split", "$.experiments[0].probes[0].split", "unknown probe split 'validation' (known: train, test, augmented-train)"),
        ("unknown optimizer", "$.experiments[0].grid.optimizers[1]", "unknown optimizer kind 'rmsprop' (known: sgd, adam, adagrad)"),
        ("unknown schedule", "$.experiments[0].grid.schedule", "unknown schedule kind 'step' (known: cosine, constant, warmup-cosine)"),
        ("unknown augmentation", "$.experiments[0].grid.augmentations[0]", "unknown augmentation kind 'cutout' (known: none, crop-flip)"),
        ("a name in another case", "$.experiments[0].grid.optimizers[0]", "unknown optimizer kind 'SGD'"),
        ("a number for a name", "$.experiments[0].probes[0].kind", "unknown probe kind 'number'"),
        ("empty optimizer axis", "$.experiments[0].grid.optimizers", "empty: leave it out for the default"),
        ("unknown model option", "$.models[0].options.widht", "'widht' could not be mapped"),
        ("option the model does not read", "$.models[0].options.baseWidth", "not read by mlp (it reads widths)"),
        ("option of a model without options", "$.models[0].options.widths", "not read by senet18 (it reads headInitStd)"),
        ("zero hidden width", "$.models[0].options.widths[1]", "a hidden width must be positive, got 0"),
        ("one channel count", "$.models[0].options.channels", "must be [first, second]: two positive channel counts, got [16]"),
        ("zero base width", "$.models[0].options.baseWidth", "must be positive, got 0"),
        ("unknown crop padding", "$.experiments[0].grid.cropPadding", "unknown crop padding 'grey' (known: zero, black)"),
        ("crop padding without a crop", "$.experiments[0].grid.cropPadding",
            "'black' pads the random crop of crop-flip runs, and the grid's augmentations have no crop-flip"),
        ("zero head init std", "$.models[0].options.headInitStd",
            "the standard deviation of the head's initial weights must be positive and finite, got 0"),
        ("head init std on the mlp", "$.models[0].options.headInitStd", "not read by mlp (it reads widths)"),
        ("warmup without its schedule", "$.experiments[0].grid.warmupEpochs", "only the warmup-cosine schedule reads it (the grid's schedule: cosine)"),
        ("floor without its schedule", "$.experiments[0].grid.minLearningRate", "only the warmup-cosine schedule reads it (the grid's schedule: cosine)"),
        ("warmup-cosine without a warmup", "$.experiments[0].grid.warmupEpochs", "missing: the warmup-cosine schedule needs its warmup epochs (0 = none)"),
        ("warmup-cosine without a floor", "$.experiments[0].grid.minLearningRate", "missing: the warmup-cosine schedule needs the floor of its cosine"),
        ("warmup as long as the training", "$.experiments[0].grid.warmupEpochs", "must be in [0, epochs = 3), got 3"),
        ("floor above a learning rate", "$.experiments[0].grid.minLearningRate", "0.05 is above the learning rate 0.01: the cosine would climb to its floor"),
        ("negative floor", "$.experiments[0].grid.minLearningRate", "must be ≥ 0 and finite, got -1"),
        ("augmented endpoints without crop-flip", "$.experiments[0].probes[0].split",
            "augmented-train passes the endpoints through the runs' crop-flip, and the grid's augmentations are not all crop-flip"),
    ];

    /// <summary>The cases the reader reports (a name or key it does not know): one problem, and the validator does not run.</summary>
    private static readonly string[] ReadErrors =
    [
        "unknown probe kind", "unknown measure", "unknown split", "unknown optimizer", "unknown schedule", "unknown augmentation",
        "a name in another case", "a number for a name", "unknown model option", "unknown crop padding",
    ];

    /// <summary>Cases that change the same field as another (so they cannot all be applied at once).</summary>
    private static readonly string[] Overlapping =
    [
        "empty lr axis", "unknown model reference", "zero epochs", "option of a model without options", "zero hidden width",
        "one channel count", "zero base width", "unknown model", "zero head init std",
        "warmup-cosine without a warmup", "warmup-cosine without a floor", "warmup as long as the training", "floor above a learning rate",
        "negative floor", "augmented endpoints without crop-flip",
    ];

    public static TheoryData<string, string, string> Cases => new(CaseList);

    private static void Apply(string name, JsonObject p)
    {
        switch (name)
        {
            case "unknown model": p["models"]![0]!["name"] = "resnet1"; break;
            case "unknown dataset": p["datasets"]![0]!["name"] = "mooons"; break;
            case "empty lr axis": Grid(p)["learningRates"] = new JsonArray(); break;
            case "zero lr": Grid(p)["learningRates"] = new JsonArray(0.1, 0); break;
            case "negative batch": Grid(p)["batchSizes"] = new JsonArray(-16); break;
            case "zero epochs": Grid(p)["epochs"] = 0; break;
            case "resolution 1": Experiment(p)["probes"]![0]!["resolution"] = 1; break;
            case "measurement beyond last": Experiment(p)["measurementEpochs"] = new JsonArray(4); break;
            case "claim needs unplanned experiment":
                p["claims"]!["C3"] = new JsonObject { ["expectation"] = "recorded", ["experiments"] = new JsonArray("lr-sweep") };
                break;
            case "unknown model reference": Experiment(p)["models"] = new JsonArray("cnn"); break;
            case "no seeds": Experiment(p)["seeds"] = new JsonArray(); break;
            case "unknown probe kind": Experiment(p)["probes"]![0]!["kind"] = "circle"; break;
            case "simplex dimension 7":
                Experiment(p)["probes"]![0]!["kind"] = "simplex";
                Experiment(p)["probes"]![0]!["dimension"] = 7;
                break;
            case "unknown measure": Experiment(p)["measures"] = new JsonArray("margin", "pac-bayes-sharpness"); break;
            case "zero points per forward": Experiment(p)["probes"]![0]!["pointsPerForward"] = 0; break;
            case "train size beyond the dataset":
                p["datasets"]!.AsArray().Add(new JsonObject { ["name"] = "cifar10", ["trainSize"] = 60_000 });
                break;
            case "unknown split": Experiment(p)["probes"]![0]!["split"] = "validation"; break;
            case "unknown optimizer": Grid(p)["optimizers"] = new JsonArray("sgd", "rmsprop"); break;
            case "unknown schedule": Grid(p)["schedule"] = "step"; break;
            case "unknown augmentation": Grid(p)["augmentations"] = new JsonArray("cutout"); break;
            case "a name in another case": Grid(p)["optimizers"] = new JsonArray("SGD"); break;
            case "a number for a name": Experiment(p)["probes"]![0]!["kind"] = 1; break;
            case "empty optimizer axis": Grid(p)["optimizers"] = new JsonArray(); break;
            case "unknown model option": Options(p)["widht"] = 8; break;
            case "option the model does not read": Options(p)["baseWidth"] = 16; break;
            case "option of a model without options": p["models"]![0]!["name"] = "senet18"; break;
            case "zero hidden width": Options(p)["widths"] = new JsonArray(8, 0); break;
            case "one channel count":
                p["models"]![0]!["name"] = "small-cnn";
                p["models"]![0]!["options"] = new JsonObject { ["channels"] = new JsonArray(16) };
                break;
            case "zero base width":
                p["models"]![0]!["name"] = "resnet18";
                p["models"]![0]!["options"] = new JsonObject { ["baseWidth"] = 0 };
                break;
            case "unknown crop padding":
                Grid(p)["augmentations"] = new JsonArray("crop-flip");
                Grid(p)["cropPadding"] = "grey";
                break;
            case "crop padding without a crop": Grid(p)["cropPadding"] = "black"; break;
            case "zero head init std":
                p["models"]![0]!["name"] = "resnet18";
                p["models"]![0]!["options"] = new JsonObject { ["headInitStd"] = 0 };
                break;
            case "head init std on the mlp": Options(p)["headInitStd"] = 0.01; break;
            case "warmup without its schedule": Grid(p)["warmupEpochs"] = 1; break;
            case "floor without its schedule": Grid(p)["minLearningRate"] = 1e-3; break;
            case "warmup-cosine without a warmup":
                Grid(p)["schedule"] = "warmup-cosine";
                Grid(p)["minLearningRate"] = 1e-3;
                break;
            case "warmup-cosine without a floor":
                Grid(p)["schedule"] = "warmup-cosine";
                Grid(p)["warmupEpochs"] = 1;
                break;
            case "warmup as long as the training":
                Grid(p)["schedule"] = "warmup-cosine";
                Grid(p)["warmupEpochs"] = 3;
                Grid(p)["minLearningRate"] = 1e-3;
                break;
            case "floor above a learning rate":
                Grid(p)["schedule"] = "warmup-cosine";
                Grid(p)["warmupEpochs"] = 1;
                Grid(p)["minLearningRate"] = 0.05;
                break;
            case "negative floor":
                Grid(p)["schedule"] = "warmup-cosine";
                Grid(p)["warmupEpochs"] = 1;
                Grid(p)["minLearningRate"] = -1;
                break;
            case "augmented endpoints without crop-flip":
                Grid(p)["augmentations"] = new JsonArray("none", "crop-flip");
                Experiment(p)["probes"]![0]!["split"] = "augmented-train";
                break;
            default: throw new ArgumentException(name);
        }
    }

    [Fact]
    public void The_tiny_profile_is_valid()
    {
        Validate(_ => { }).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_problem_names_the_file_the_json_path_and_what_is_wrong(string name, string path, string message)
    {
        var problems = Validate(p => Apply(name, p));

        problems.Should().ContainSingle(p => p.JsonPath == path, string.Join("\n", problems))
            .Which.Should().Match<ProfileProblem>(p => p.Source == "t.json" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void All_problems_the_validator_finds_are_listed_at_once()
    {
        var cases = CaseList.Where(c => !ReadErrors.Contains(c.Name) && !Overlapping.Contains(c.Name)).ToList();

        var problems = Validate(p =>
        {
            foreach (var c in cases)
            {
                Apply(c.Name, p);
            }
        });

        problems.Select(p => p.JsonPath).Should().Contain(cases.Select(c => c.Path));
        new ProfileException(problems).Message.Should().StartWith($"{problems.Count} problems: t.json: ");
    }

    public static TheoryData<string, string, string> ReadErrorCases => new(CaseList.Where(c => ReadErrors.Contains(c.Name)));

    [Theory]
    [MemberData(nameof(ReadErrorCases))]
    public void A_name_the_reader_does_not_know_is_one_problem_at_its_path_and_the_validator_does_not_run(string name, string path, string message)
    {
        var problems = Validate(p =>
        {
            Apply(name, p);
            Apply("zero lr", p); // a validator problem the reader's error hides until the name is fixed
        });

        problems.Should().ContainSingle().Which.Should().Match<ProfileProblem>(p => p.JsonPath == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_data_files_are_reported_through_the_pluggable_check()
    {
        var problems = Validate(_ => { }, new MissingData("moons"));

        problems.Should().ContainSingle().Which.Should().Be(new ProfileProblem("t.json", "$.datasets[0].name", "moons files missing"));
    }

    [Fact]
    public void The_data_locator_check_finds_missing_cifar_but_never_checks_synthetic_data()
    {
        var empty = Directory.CreateTempSubdirectory("rc-nodata");
        try
        {
            var check = new DataLocatorAvailability(new RegionCount.Data.DataLocator(empty.FullName, null));
            check.Check("moons").Should().BeNull();
            if (Directory.Exists("/usr/share/datasets/cifar-10-batches-bin"))
            {
                Assert.Skip("CIFAR-10 is installed on this machine");
            }
            check.Check("cifar10").Should().StartWith("dataset cifar10 not found");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_size_beyond_the_copy_found_names_the_dataset_the_copy_and_the_field()
    {
        var data = new SmallCopy("cifar10", 300, 100, "/data/cifar-10-batches-bin");

        var problems = Validate(p =>
        {
            p["datasets"]!.AsArray().Add(new JsonObject { ["name"] = "cifar10", ["trainSize"] = 1000, ["testSize"] = 100 });
            p["datasets"]!.AsArray().Add(new JsonObject { ["id"] = "small", ["name"] = "cifar10", ["trainSize"] = 300, ["testSize"] = 101 });
        }, data);

        problems.Should().BeEquivalentTo(new[]
        {
            new ProfileProblem("t.json", "$.datasets[1].trainSize", "cifar10 as found at /data/cifar-10-batches-bin holds 300 training images; 1000 asks for more"),
            new ProfileProblem("t.json", "$.datasets[2].testSize", "cifar10 as found at /data/cifar-10-batches-bin holds 100 test images; 101 asks for more"),
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_size_beyond_the_official_set_is_reported_once_not_again_against_the_copy()
    {
        var problems = Validate(p => Apply("train size beyond the dataset", p), new SmallCopy("cifar10", 300, 100, "/data"));

        problems.Should().ContainSingle().Which.Message.Should().Be("cifar10 has 50000 training images; 60000 asks for more");
    }

    [Fact]
    public void Load_throws_with_every_problem()
    {
        var folder = Directory.CreateTempSubdirectory("rc-profile");
        try
        {
            var json = TestProfiles.Tiny();
            Apply("zero lr", json);
            Apply("negative batch", json);
            string path = TestProfiles.Write(folder, json);

            var act = () => ProfileLoader.Load(path);

            act.Should().Throw<ProfileException>().Which.Problems.Should().HaveCount(2).And.OnlyContain(p => p.Source == path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private sealed class MissingData(string name) : IDataAvailability
    {
        public string? Check(string datasetName) => datasetName == name ? $"{name} files missing" : null;
    }

    /// <summary>Every dataset present; <paramref name="name"/> as a copy of <paramref name="train"/> and <paramref name="test"/> examples.</summary>
    private sealed class SmallCopy(string name, int train, int test, string location) : IDataAvailability
    {
        public string? Check(string datasetName) => null;

        public (int Train, int Test, string Location)? Size(string datasetName) => datasetName == name ? (train, test, location) : null;
    }
}
