using System.CommandLine;
using FluentAssertions;
using RegionCount.Cli;
using RegionCount.Cli.Commands;
using Xunit;

namespace RegionCount.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class TrainCommandTests
{
    private sealed class Fakes
    {
        public List<string> Requests { get; } = [];

        public TrainCommand.Seams Seams => new(
            (name, dataDir) =>
            {
                Requests.Add($"dataset {name} {dataDir}");
                return (TinyModels.Separable("fake-train", 40, 4, 1), TinyModels.Separable("fake-test", 20, 4, 2));
            },
            (name, shape, classes, seed) =>
            {
                Requests.Add($"model {name} {shape} {classes} {seed}");
                return TinyModels.Mlp(shape.Features, 8, classes, seed);
            });
    }

    private static (int Exit, string Output, string Error) Run(TrainCommand.Seams seams, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { TrainCommand.Create(output, seams) };
        int exit = CliApp.Invoke(root, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Train_asks_the_seams_for_data_and_model_and_prints_one_plain_line_per_epoch()
    {
        var fakes = new Fakes();
        string dataDir = AppContext.BaseDirectory; // --data-dir must be an existing folder; the fake reads nothing from it

        var (exit, output, error) = Run(fakes.Seams, "train", "--dataset", "blobs", "--model", "mlp", "--data-dir", dataDir,
            "--epochs", "3", "--lr", "0.05", "--batch", "8", "--wd", "1e-4", "--seed", "4", "--device", "cpu", "--mixup", "0.2");

        exit.Should().Be(0, error);
        fakes.Requests.Should().Equal($"dataset blobs {dataDir}", "model mlp 4x1x1 2 4");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.StartsWith("epoch ", StringComparison.Ordinal)).Should().Be(4, "epoch 0 and three epochs");
        lines.Should().Contain(l => l.StartsWith("epoch    1/3  lr 0.05  train loss", StringComparison.Ordinal));
        lines[0].Should().Contain("Sgd lr 0.05 momentum 0.9 wd 0.0001 batch 8 epochs 3 seed 4 Cosine augment False mixup 0.2");
        lines.Should().Contain(l => l.StartsWith("done: train acc", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("measures: distance from init", StringComparison.Ordinal));
        output.Should().NotContain("\u001b[", "redirected output is plain");
    }

    [Fact]
    public void A_diverging_run_exits_with_3_and_says_so()
    {
        var (exit, output, _) = Run(new Fakes().Seams, "train", "--dataset", "blobs", "--model", "mlp", "--epochs", "3",
            "--lr", "1e30", "--device", "cpu");

        exit.Should().Be(3);
        output.Should().Contain("diverged at epoch");
    }

    [Theory]
    [InlineData("--optimizer", "rmsprop", "--optimizer 'rmsprop': expected sgd, adam or adagrad")]
    [InlineData("--schedule", "step", "--schedule 'step': expected cosine, constant or warmup-cosine")]
    [InlineData("--batch", "0", "--batch 0: must be positive")]
    public void Bad_hyperparameters_are_one_error_line(string option, string value, string message)
    {
        var fakes = new Fakes();

        var (exit, _, error) = Run(fakes.Seams, "train", "--dataset", "blobs", "--model", "mlp", "--device", "cpu", option, value);

        exit.Should().Be(2);
        error.Should().Be($"error: {message}{Environment.NewLine}");
        fakes.Requests.Should().BeEmpty("a bad option is rejected before any data or model is asked for");
    }

    [Fact]
    public void Warmup_cosine_trains_with_its_warmup_and_floor_and_without_them_is_one_error_line()
    {
        var fakes = new Fakes();
        var (exit, output, error) = Run(fakes.Seams, "train", "--dataset", "blobs", "--model", "mlp", "--device", "cpu", "--epochs", "3",
            "--optimizer", "adam", "--lr", "0.01", "--schedule", "warmup-cosine", "--warmup-epochs", "1", "--min-lr", "0.001");

        exit.Should().Be(0, error);
        output.Should().Contain("WarmupCosine warmup 1 min lr 0.001")
            .And.Contain("epoch    1/3  lr 0  train loss", "the authors' warmup starts at 0")
            .And.Contain("epoch    2/3  lr 0.01  train loss");

        var missing = Run(new Fakes().Seams, "train", "--dataset", "blobs", "--model", "mlp", "--device", "cpu", "--schedule", "warmup-cosine", "--min-lr", "0.001");
        missing.Exit.Should().Be(2);
        missing.Error.Should().Be($"error: warmup epochs: the warmup-cosine schedule needs 0 ≤ warmup < epochs (200), got nothing{Environment.NewLine}");
        var unread = Run(new Fakes().Seams, "train", "--dataset", "blobs", "--model", "mlp", "--device", "cpu", "--warmup-epochs", "5");
        unread.Exit.Should().Be(2);
        unread.Error.Should().Be($"error: warmup epochs: only the warmup-cosine schedule reads it (schedule Cosine){Environment.NewLine}");
    }

    [Fact]
    public void The_registered_command_uses_the_dataset_catalog_and_names_an_unknown_dataset()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = CliApp.Run(["train", "--dataset", "no-such-set", "--model", "mlp", "--device", "cpu"], output, error);

        exit.Should().Be(2);
        error.ToString().Trim().Should().StartWith("error: --dataset 'no-such-set': expected fashion-mnist, fashion-mnist-subset,");
    }

    [Fact]
    public void The_plain_line_shows_dashes_for_what_epoch_zero_does_not_have()
    {
        var zero = new RegionCount.Training.EpochMetrics(0, 0.1, double.NaN, double.NaN, 0.5, 0.7, 0.25, 0.01,
            new Dictionary<string, double>());

        TrainCommand.Line(zero, 10).Should().Be(
            "epoch    0/10  lr 0.1  train loss NaN  acc -  clean 50.00%  test loss 0.7000  acc 25.00%  0.0s");
    }
}
