using System.Diagnostics;
using System.Globalization;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Runtime;
using static TorchSharp.torch;

namespace RegionCount.Benchmarks;

/// <summary>
/// The cost model of a profile (README "Cost of the paper profile"): per experiment, the runs it plans first, their
/// epochs, training image passes and probe-point evaluations, and estimated GPU-hours. The estimate has one stated
/// assumption, the seconds of one 50,000-image training epoch of ResNet18 on the GPU (default 15); every other network
/// is scaled by its cost relative to ResNet18 measured here on the CPU in the same process (one training step of 32
/// images, and one inference pass of 64, median of 3), and a probe-point evaluation costs what an inference image costs.
/// ImageNet runs (224×224 inputs) have their own stated assumption, the seconds of one ImageNet-1k training epoch
/// (1,281,167 images) of the 224×224 ResNet18 on one GPU with its JPEGs decoded (default 1,200: 20 minutes), their
/// probe points and evaluations scaled by that network's inference/training ratio measured here at 224; the model also
/// prints what decoding one ImageNet-sized JPEG costs one core here, to size the CPU cores a GPU needs.
/// Run: dotnet run -c Release --project tests/RegionCount.Benchmarks -- cost [profile, default paper] [resnet18 epoch seconds, default 15] [imagenet epoch seconds, default 1200]
/// </summary>
internal static class CostModel
{
    public static int Run(string[] args)
    {
        string name = args.Length > 0 ? args[0] : "paper";
        double anchor = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        double imagenetEpoch = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : ImageNetCost.DefaultEpochSeconds;
        TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, 0));
        var profile = ProfileLoader.Load(name);
        var plan = SweepPlanner.Plan(profile);
        var models = plan.Runs.Where(r => r.Config.Study is null).Select(r => r.Config.Model.Name!).Distinct().ToList();
        var cost = models.Prepend("resnet18").Distinct().ToDictionary(m => m, m => ImageNetCost.IsImageNet(m)
            ? Measure(m, ImageNetCrop.Shape, ImageNetCost.TrainBatch, ImageNetCost.InferBatch)
            : Measure(m, InputShape.Cifar));
        var (resnetTrain, resnetInfer) = cost["resnet18"];
        double gpuTrainPerImage = anchor / 50_000;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile {profile.Name}: {plan.Runs.Count} runs; assumed ResNet18 training epoch of 50,000 images: {anchor:0.#} s on the GPU"));
        if (models.Any(ImageNetCost.IsImageNet))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"assumed ImageNet-1k training epoch ({ImageNetCost.TrainImages:N0} images) of the 224x224 ResNet18, JPEG decoding included: {imagenetEpoch:0.#} s on the GPU"));
            Console.WriteLine(ImageNetCost.DecodeReport());
        }
        Console.WriteLine("relative cost per image measured on this CPU (training step, inference), ResNet18 = 1:");
        foreach (var (model, (train, infer)) in cost)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {model}: {train / resnetTrain:0.00}, {infer / resnetInfer:0.00}"));
        }
        Console.WriteLine();
        Console.WriteLine("| experiment | runs | epochs per run | training images × epochs | probe-point evaluations | GPU-hours (est.) |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|");
        double total = 0;
        long totalRuns = 0;
        foreach (var group in plan.Runs.GroupBy(r => r.Experiments[0]))
        {
            var runs = group.ToList();
            double hours = 0;
            long passes = 0, points = 0;
            foreach (var run in runs.Where(r => r.Config.Study is null))
            {
                var c = run.Config;
                long train = c.Dataset.TrainSize ?? 50_000;
                long runPasses = train * c.Hyperparameters.Epochs;
                long measurements = c.MeasurementEpochs.Append(0).Distinct().Count();
                long runPoints = measurements * c.Probes.Sum(PointsOf);
                // Evaluation of the train and test sets after every epoch (10,000 test images), as inference.
                long evaluations = c.Hyperparameters.Epochs * (train + (c.Dataset.TestSize ?? 10_000));
                var (t, i) = cost[c.Model.Name!];
                hours += ImageNetCost.IsImageNet(c.Model.Name!)
                    ? imagenetEpoch / ImageNetCost.TrainImages * (runPasses + ((runPoints + evaluations) * i / t)) / 3600
                    : gpuTrainPerImage * ((runPasses * t / resnetTrain) + ((runPoints + evaluations) * i / resnetTrain)) / 3600;
                passes += runPasses;
                points += runPoints;
            }
            var epochs = string.Join(", ", runs.Select(r => r.Config.Hyperparameters.Epochs).Distinct().Order());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {runs.Count} | {epochs} | {passes:N0} | {points:N0} | {hours:N0} |"));
            total += hours;
            totalRuns += runs.Count;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {totalRuns} | | | | {total:N0} |"));
        return 0;
    }

    /// <summary>Points one probe setting evaluates per measurement: segments and rays their resolution, planes R², a k-simplex
    /// with v values per axis C(v − 1 + k, k) lattice points.</summary>
    private static long PointsOf(ProbeSpec p)
    {
        long count = p.Count ?? 100;
        return p.Kind switch
        {
            ProbeKind.Plane => count * (long)Math.Pow(p.Resolution ?? 100, 2),
            ProbeKind.Simplex => count * Binomial((p.Resolution ?? (p.Dimension == 2 ? 10 : 5)) - 1 + p.Dimension, p.Dimension),
            _ => count * (p.Resolution ?? 200),
        };
    }

    private static double ProcessorSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static long Binomial(int n, int k)
    {
        long r = 1;
        for (int i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    /// <summary>Processor seconds per image of a training step (batch 32) and an inference pass (batch 64), median of 5 after a
    /// warm-up. Processor time of this process, not wall time, so that other work on a shared machine does not shift one
    /// network's figure against another's (wall time under a load of 10–16 moved EfficientNetB0's ratio from 2.41 to 0.48).</summary>
    private static (double Train, double Infer) Measure(string name, InputShape shape, int trainBatch = 32, int inferBatch = 64)
    {
        using var model = ModelFactory.Create(name, shape, 10, new ModelOptions { Seed = 1 });
        using var optimizer = optim.SGD(model.parameters(), 0.01, 0.9);
        double Step()
        {
            using var scope = NewDisposeScope();
            model.train();
            var start = ProcessorSeconds();
            var loss = nn.functional.cross_entropy(model.forward(randn(shape.Batch(trainBatch))), zeros(trainBatch, int64));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            return (ProcessorSeconds() - start) / trainBatch;
        }
        double Infer()
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            model.eval();
            var start = ProcessorSeconds();
            _ = model.forward(randn(shape.Batch(inferBatch))).argmax(1).cpu();
            return (ProcessorSeconds() - start) / inferBatch;
        }
        Step();
        Infer();
        double train = Enumerable.Range(0, 5).Select(_ => Step()).Order().ElementAt(2);
        double infer = Enumerable.Range(0, 5).Select(_ => Infer()).Order().ElementAt(2);
        return (train, infer);
    }
}
