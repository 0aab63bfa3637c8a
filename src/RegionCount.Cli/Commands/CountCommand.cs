using System.CommandLine;
using System.Globalization;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary>
/// `regioncount count --model-file M --dataset D`: loads a saved model and a dataset, draws probes from the seed and
/// prints the region-count summary; `--json FILE` writes every probe (docs/region-count-json.md); `--exact` also
/// counts 1-D probes exactly (ReLU networks that are layer sequences) and reports what the grid missed.
/// </summary>
internal static class CountCommand
{
    public static Command Create(TextWriter output)
    {
        var modelFile = new Option<string?>("--model-file") { Description = "A model saved by `train --save`.", Required = true }.ExistingFile();
        var dataset = new Option<string>("--dataset") { Description = "Dataset the probe endpoints come from.", Required = true }
            .OneOf(DatasetCatalog.Names, ignoreCase: false);
        var paper = new ProbeSettings(); // the defaults: the paper's estimator
        var kind = CommonOptions.Named("--probe", paper.Kind);
        var count = new Option<int>("--probes") { Description = "Number of probes.", DefaultValueFactory = _ => paper.Count }.AtLeast(1);
        var points = new Option<int>("--points") { Description = "Grid points per segment/ray.", DefaultValueFactory = _ => paper.Points }.AtLeast(2);
        var dimension = new Option<int>("--dimension") { Description = "k of a simplex probe (2..5).", DefaultValueFactory = _ => paper.SimplexDimension }.Between(2, 5);
        var split = CommonOptions.Named("--split", paper.Split);
        var seed = new Option<int>("--seed") { Description = "Seed of the probe draw.", DefaultValueFactory = _ => 0 };
        var exact = new Option<bool>("--exact") { Description = "Also count 1-D probes exactly and report the grid's misses." };
        var json = new Option<string?>("--json") { Description = "Write every probe's labels and count to this JSON file." }.FileToWrite();
        var dataDir = CommonOptions.DataDir();
        var device = CommonOptions.Device();
        var command = new Command("count", "Count decision regions of a saved model on probes through data points.")
        {
            modelFile, dataset, kind, count, points, dimension, split, seed, exact, json, dataDir, device,
        };
        command.SetAction(parse =>
        {
            var settings = new ProbeSettings
            {
                Kind = parse.GetValue(kind),
                Count = parse.GetValue(count),
                Points = parse.GetValue(points),
                SimplexDimension = parse.GetValue(dimension),
                Split = parse.GetValue(split),
            };
            settings.Validate();
            var context = CommonOptions.InitializeRuntime(parse.GetValue(device), 0, 0, output);
            var (loaded, data) = Load(parse.GetValue(modelFile)!, parse.GetValue(dataset)!, parse.GetValue(dataDir), context);
            using (data)
            using (var model = loaded.Model)
            using (var meter = RegionMeter.ForSplit(settings, data.Train, data.Test, parse.GetValue(seed), context.Device))
            {
                var measured = meter.Measure(model);
                var s = measured.Summary;
                var c = CultureInfo.InvariantCulture;
                output.WriteLine(string.Format(c, "{0} ({1}) on {2}: {3} {4} probes ({5}-D) from the {6} split, seed {7}",
                    loaded.Name, loaded.Shape, data.Name, s.Probes, JsonNames.Of(settings.Kind), s.Dimension,
                    JsonNames.Of(settings.Split), parse.GetValue(seed)));
                output.WriteLine(string.Format(c, "region count: mean {0:F3}, sd {1:F3}, 95% interval [{2:F3}, {3:F3}], min {4}, max {5}, probes {6}",
                    s.Mean, s.StandardDeviation, s.Ci95Low, s.Ci95High, s.Min, s.Max, s.Probes));
                output.WriteLine("regions per class (mean per probe): " + string.Join(", ", s.MeanPerClass.Select(kv => string.Format(c, "{0}: {1:F3}", kv.Key, kv.Value))));
                if (parse.GetValue(exact))
                {
                    var comparison = meter.CompareWithExact(model, measured);
                    output.WriteLine(string.Format(c, "exact: mean {0:F3}; the grid missed {1:F3} regions per probe on average",
                        comparison.Exact.Average(e => (double)e.Count), comparison.MeanMiss));
                }
                if (parse.GetValue(json) is { } path)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                    RegionMeasurementJson.WriteFile(measured, path);
                    output.WriteLine($"wrote {path}");
                }
            }
            return 0;
        });
        return command;
    }

    /// <summary>The dataset, then the model, and a check that the model takes the dataset's inputs.</summary>
    private static (LoadedModel Model, LoadedDataset Data) Load(string modelFile, string dataset, string? dataDir, RuntimeContext context)
    {
        LoadedDataset data;
        try
        {
            data = DatasetCatalog.Load(dataset, DataLocator.FromEnvironment(dataDir));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new CliException(e.Message);
        }
        LoadedModel loaded;
        try
        {
            loaded = ModelFile.Load(modelFile, context.Device);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            data.Dispose();
            throw new CliException(e.Message);
        }
        if (loaded.Shape != data.Train.Shape)
        {
            var message = $"--dataset {dataset}: its inputs are {data.Train.Shape}, but --model-file {modelFile} ({loaded.Name}) takes {loaded.Shape}";
            loaded.Dispose();
            data.Dispose();
            throw new CliException(message);
        }
        return (loaded, data);
    }
}
