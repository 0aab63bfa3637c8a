using System.CommandLine;
using System.Globalization;
using RegionCount.Data;
using RegionCount.Models;
using RegionCount.Training;
using Spectre.Console;
using static TorchSharp.torch;

namespace RegionCount.Cli.Commands;

/// <summary>
/// `regioncount train`: trains one model on one dataset with the paper's recipe (or the given hyperparameters) and
/// prints a line per epoch. Datasets and models come through two seams the lead wires to the real catalog and factory.
/// Exit codes: 0 completed, 3 diverged (reported, not a crash), 2 bad input.
/// </summary>
internal static class TrainCommand
{
    /// <summary>Returns the training and test split of a named dataset (data directory as given, may be null).</summary>
    public delegate (ImageDataset Train, ImageDataset Test) DatasetProvider(string name, string? dataDir);

    /// <summary>Builds a named model for inputs of a shape and a class count; initial weights drawn from the seed.</summary>
    public delegate nn.Module<Tensor, Tensor> ModelProvider(string name, InputShape shape, int classes, long seed);

    /// <summary>The two seams: the dataset catalog and the model factory (<see cref="Real"/>), or fakes in tests.</summary>
    public sealed record Seams(DatasetProvider Datasets, ModelProvider Models)
    {
        /// <summary>The dataset catalog and the model factory.</summary>
        public static Seams Real { get; } = new(
            (name, dataDir) =>
            {
                var loaded = DatasetCatalog.Load(name, DataLocator.FromEnvironment(dataDir));
                return (loaded.Train, loaded.Test);
            },
            (name, shape, classes, seed) => ModelFactory.Create(name, shape, classes, new ModelOptions { Seed = seed }));
    }

    public static Command Create(TextWriter output, Seams seams)
    {
        var dataset = new Option<string>("--dataset") { Description = "Dataset name.", Required = true }.OneOf(DatasetCatalog.Names, ignoreCase: false);
        var model = new Option<string>("--model") { Description = "Model name.", Required = true }.OneOf(ModelFactory.Names);
        var recipe = new TrainingOptions(); // the defaults: the paper's recipe
        var optimizer = CommonOptions.Named("--optimizer", recipe.Optimizer);
        var lr = new Option<double>("--lr") { Description = "Initial learning rate.", DefaultValueFactory = _ => recipe.LearningRate }.Positive();
        var momentum = new Option<double>("--momentum") { Description = "SGD momentum.", DefaultValueFactory = _ => recipe.Momentum }.Fraction();
        var wd = new Option<double>("--wd") { Description = "Weight decay (L2).", DefaultValueFactory = _ => recipe.WeightDecay }.NotNegative();
        var batch = new Option<int>("--batch") { Description = "Batch size.", DefaultValueFactory = _ => recipe.BatchSize }.AtLeast(1);
        var epochs = new Option<int>("--epochs") { Description = "Epochs (also the cosine T_max).", DefaultValueFactory = _ => recipe.Epochs }.AtLeast(1);
        var seed = new Option<long>("--seed") { Description = "Seed of weights, data order, augmentation, mixup.", DefaultValueFactory = _ => 0 };
        var schedule = CommonOptions.Named("--schedule", recipe.Schedule);
        var warmup = new Option<int?>("--warmup-epochs") { Description = "warmup-cosine: epochs of the linear warmup (0 = none; the authors' ViT: 5)." };
        var minLr = new Option<double?>("--min-lr") { Description = "warmup-cosine: the floor of the cosine (the authors' ViT: 1e-5)." };
        var augment = new Option<bool>("--augment") { Description = "Random crop (padding 4) + horizontal flip." };
        var mixup = new Option<double>("--mixup") { Description = "Mixup alpha (0 = off).", DefaultValueFactory = _ => recipe.MixupAlpha }.NotNegative("must be 0 (off) or positive, and finite");
        var evalBatch = new Option<int>("--eval-batch") { Description = "Evaluation batch size.", DefaultValueFactory = _ => recipe.EvalBatchSize }.AtLeast(1);
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint folder (resumed if it holds one)." }.FolderToWrite();
        var save = new Option<string?>("--save") { Description = "Save the trained model here (with a .json description), for `count`." }.FileToWrite();
        var dataDir = CommonOptions.DataDir();
        var device = CommonOptions.Device();
        var threads = CommonOptions.Threads();
        var command = new Command("train", "Train one model with the paper's recipe and print per-epoch metrics.")
        {
            dataset, model, optimizer, lr, momentum, wd, batch, epochs, seed, schedule, warmup, minLr, augment, mixup, evalBatch,
            checkpoint, save, dataDir, device, threads,
        };
        command.SetAction(parse =>
        {
            var context = CommonOptions.InitializeRuntime(parse.GetValue(device), parse.GetValue(threads), parse.GetValue(seed), output);
            var options = new TrainingOptions
            {
                Optimizer = parse.GetValue(optimizer),
                LearningRate = parse.GetValue(lr),
                Momentum = parse.GetValue(momentum),
                WeightDecay = parse.GetValue(wd),
                BatchSize = parse.GetValue(batch),
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                Schedule = parse.GetValue(schedule),
                WarmupEpochs = parse.GetValue(warmup),
                MinLearningRate = parse.GetValue(minLr),
                Augment = parse.GetValue(augment),
                MixupAlpha = parse.GetValue(mixup),
                EvalBatchSize = parse.GetValue(evalBatch),
                CheckpointDirectory = parse.GetValue(checkpoint),
                Device = context.Device,
            };
            if (options.Problems() is { Count: > 0 } problems)
            {
                // The options the schedule reads (or does not) are checked together: one line, exit 2.
                throw new CliException(string.Join("; ", problems));
            }

            ImageDataset train, test;
            try
            {
                (train, test) = seams.Datasets(parse.GetValue(dataset)!, parse.GetValue(dataDir));
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                throw new CliException(e.Message);
            }
            using (train)
            using (test)
            using (var network = CreateModel(seams, parse.GetValue(model)!, parse.GetValue(dataset)!, train, options.Seed))
            {
                var printer = Printer(output, options.Epochs);
                output.WriteLine(Invariant($"train {train.Name} ({train.Count}, {train.Shape}) test {test.Count} on {context.Device}, {context.Threads} threads: {Describe(options)}"));
                var result = Trainer.Train(network, train, test, options, progress: printer);
                if (parse.GetValue(save) is { } path && result.Status == TrainingStatus.Completed)
                {
                    ModelFile.Save(path, parse.GetValue(model)!, train.Shape, train.Classes, new ModelOptions { Seed = options.Seed }, network);
                    output.WriteLine($"saved {path} (+ {ModelFile.SidecarPath(path)})");
                }
                return Summarize(output, result);
            }
        });
        return command;
    }

    /// <summary>The model for the dataset's inputs; a model that cannot take them (a CNN on 2-D points) is an error
    /// naming both, raised before any training.</summary>
    private static nn.Module<Tensor, Tensor> CreateModel(Seams seams, string model, string dataset, ImageDataset train, long seed)
    {
        try
        {
            return seams.Models(model, train.Shape, train.Classes, seed);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--model {model} cannot take --dataset {dataset} ({train.Shape}, {train.Classes} classes): {CliException.Describe(e)}");
        }
    }

    private static string Describe(TrainingOptions o) => Invariant(
        $"{o.Optimizer} lr {o.LearningRate} momentum {o.Momentum} wd {o.WeightDecay} batch {o.BatchSize} epochs {o.Epochs} seed {o.Seed} {o.Schedule}{(o.Schedule == Experiments.ScheduleKind.WarmupCosine ? $" warmup {o.WarmupEpochs} min lr {o.MinLearningRate}" : "")} augment {o.Augment} mixup {o.MixupAlpha}");

    private static int Summarize(TextWriter output, TrainingResult result)
    {
        if (result.Status == TrainingStatus.Diverged)
        {
            output.WriteLine(Invariant($"diverged at epoch {result.DivergedEpoch}: the training loss is {result.Last.TrainLoss}"));
            return 3;
        }
        var last = result.Last;
        output.WriteLine(Invariant($"done: train acc {100 * last.TrainAccuracy:F2}% (clean {100 * last.CleanTrainAccuracy:F2}%), test acc {100 * last.TestAccuracy:F2}%, gap {last.Gap:F2}"));
        if (result.Measures is { } m)
        {
            output.WriteLine(Invariant($"measures: distance from init {m.DistanceFromInit:G6} (weights only {m.WeightDistanceFromInit:G6}), margin {m.Margin:G6}, margin / weights' distance {m.WeightDistanceNormalizedMargin:G6}, normalized margin (spectral) {m.NormalizedMargin:G6}"));
        }
        return 0;
    }

    /// <summary>Spectre.Console markup on an interactive terminal; plain lines when redirected or CI=true.</summary>
    private static Action<EpochMetrics> Printer(TextWriter output, int epochs)
    {
        bool rich = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!rich)
        {
            return m => output.WriteLine(Line(m, epochs));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        return m => console.MarkupLine(Invariant(
            $"[bold]epoch {m.Epoch,4}/{epochs}[/] lr [grey]{m.LearningRate:G4}[/] train loss [yellow]{m.TrainLoss:F4}[/] acc [green]{Percent(m.TrainAccuracy)}[/] clean {Percent(m.CleanTrainAccuracy)} test loss [yellow]{m.TestLoss:F4}[/] acc [cyan]{Percent(m.TestAccuracy)}[/] [grey]{m.Seconds:F1}s[/]"));
    }

    internal static string Line(EpochMetrics m, int epochs) => Invariant(
        $"epoch {m.Epoch,4}/{epochs}  lr {m.LearningRate:G4}  train loss {m.TrainLoss:F4}  acc {Percent(m.TrainAccuracy)}  clean {Percent(m.CleanTrainAccuracy)}  test loss {m.TestLoss:F4}  acc {Percent(m.TestAccuracy)}  {m.Seconds:F1}s");

    private static string Percent(double fraction) => double.IsNaN(fraction) ? "-" : Invariant($"{100 * fraction:F2}%");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
