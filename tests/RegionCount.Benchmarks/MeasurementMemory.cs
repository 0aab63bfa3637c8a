using System.Diagnostics;
using System.Globalization;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Runtime;
using static TorchSharp.torch;

namespace RegionCount.Benchmarks;

/// <summary>
/// Diagnostic, not a timing benchmark: for each of the paper's nine networks at full width on 3×32×32 inputs, the counted
/// inference and training bytes per input (<see cref="ForwardMemory"/>), the probe chunk a memory budget allows, and the
/// process's peak resident memory growth over one region measurement of 100 segments × 200 points with that chunk
/// (the kernel's high-water mark, reset through /proc/self/clear_refs before the measurement). Exit code 1 when a
/// network's growth exceeds the stated bound (by default the budget itself). Run:
/// dotnet run -c Release --project tests/RegionCount.Benchmarks -- memory [budget, default 2GiB] [bound, default the budget] [segments=N, default 100] [network ...]
/// </summary>
internal static class MeasurementMemory
{
    /// <summary>The paper profile's CIFAR-10 networks: every network its training runs use on CIFAR-10 (read from the
    /// profile, so a network added there is measured here too; CIFAR-100's head variants and ImageNet's ResNet18 aside).</summary>
    private static string[] PaperNetworks => [.. SweepPlanner.Plan(ProfileLoader.Load("paper")).Runs
        .Where(r => r.Config.Study is null && r.Config.Dataset.Name == "cifar10")
        .Select(r => r.Config.Model.Name!).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The counts only (seconds, no measurement), and what they mean on a GPU: training peak at batch 128 and 1024
    /// (activations counted with nothing freed, as a TorchSharp training step holds them, plus weights, gradients and
    /// momentum), and the probe chunk a --memory-budget of 0.9 × the card minus the batch-1024 training peak allows
    /// (libtorch's caching allocator keeps the training memory between epochs). An estimate for the README, from
    /// float32 counts on the CPU; the GPU's own workspaces are what <see cref="MemoryCost.Headroom"/> is for.
    /// Run: dotnet run -c Release --project tests/RegionCount.Benchmarks -- memory-counts
    /// (the nine CIFAR networks at 3×32×32, then resnet18-imagenet at 3×224×224)
    /// </summary>
    public static int Counts()
    {
        TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, 0));
        long[] cards = [24_000_000_000, 48_000_000_000, 80_000_000_000];
        Console.WriteLine("| network | parameters | inference / input | training / input | training peak, batch 128 | batch 1024 | budget (chunk) at 24 GB | 48 GB | 80 GB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        // The CIFAR networks at 3×32×32 and 10 classes; ImageNet's ResNet18 at 3×224×224 and 1,000 classes.
        foreach (var (name, shape, classes) in PaperNetworks.Select(n => (n, InputShape.Cifar, 10)).Append(("resnet18-imagenet", ImageNetCrop.Shape, 1000)))
        {
            using var model = ModelFactory.Create(name, shape, classes, new ModelOptions { Seed = 1 });
            long parameters = model.parameters().Sum(p => p.NumberOfElements);
            var training = ForwardMemory.Training(model, shape, CPU);
            var inference = ForwardMemory.Inference(model, shape, CPU);
            long state = 3 * 4 * parameters; // weights, gradients (in PerPass too: counted once here), momentum
            long Peak(int batch) => (training.PerInput * batch) + state;
            string Chunk(long card)
            {
                long budget = (long)(0.9 * card) - Peak(1024);
                return budget <= 0 ? "batch 1024 does not fit"
                    : string.Create(CultureInfo.InvariantCulture, $"{MemorySize.Format(budget)} ({inference.InputsWithin(budget, 1_000_000)})");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {parameters / 1e6:0.00} M | {MemorySize.Format(inference.PerInput)} | {MemorySize.Format(training.PerInput)} | {MemorySize.Format(Peak(128))} | {MemorySize.Format(Peak(1024))} | {Chunk(cards[0])} | {Chunk(cards[1])} | {Chunk(cards[2])} |"));
        }
        return 0;
    }

    private const string Header = "| network | parameters | inference / input | training / input | chunk | counted chunk | peak RSS growth | seconds | within bound |\n|---|---:|---:|---:|---:|---:|---:|---:|---|";

    public static int Run(string[] args)
    {
        long budget = args.Length > 0 ? MemorySize.TryParse(args[0]) ?? throw new ArgumentException($"budget '{args[0]}': not a size") : 2L << 30;
        long bound = args.Length > 1 ? MemorySize.TryParse(args[1]) ?? throw new ArgumentException($"bound '{args[1]}': not a size") : budget;
        // "segments=N": N segments instead of 100 (the peak is reached at the first chunk; fewer segments cost less time).
        int segments = args.Skip(2).Where(a => a.StartsWith("segments=", StringComparison.Ordinal)).Select(a => int.Parse(a[9..], CultureInfo.InvariantCulture)).LastOrDefault(100);
        var named = args.Skip(2).Where(a => !a.StartsWith("segments=", StringComparison.Ordinal)).ToArray();
        var networks = named.Length > 0 ? named : PaperNetworks;
        if (networks.Length > 1)
        {
            // One process per network: memory a process freed stays in it (the allocator keeps it for reuse), so only
            // the first measurement of a process shows its growth.
            Console.WriteLine($"budget {MemorySize.Format(budget)} per inference chunk, bound {MemorySize.Format(bound)} of peak RSS growth; {segments} segments × 200 points; 3×32×32, 10 classes, CPU float32; one process per network");
            Console.WriteLine(Header);
            bool all = true;
            foreach (var network in networks)
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
                foreach (var a in new[] { "memory", budget.ToString(CultureInfo.InvariantCulture), bound.ToString(CultureInfo.InvariantCulture), $"segments={segments}", network })
                {
                    start.ArgumentList.Add(a);
                }
                using var child = Process.Start(start)!;
                var rows = child.StandardOutput.ReadToEnd().Split('\n').Where(l => l.StartsWith($"| {network} ", StringComparison.Ordinal));
                child.WaitForExit();
                foreach (var row in rows)
                {
                    Console.WriteLine(row);
                }
                all &= child.ExitCode == 0;
            }
            return all ? 0 : 1;
        }
        TorchRuntime.Initialize(new RuntimeOptions(DeviceChoice.Cpu, 0));
        Console.WriteLine($"budget {MemorySize.Format(budget)} per inference chunk, bound {MemorySize.Format(bound)} of peak RSS growth; {segments} segments × 200 points; 3×32×32, 10 classes, CPU float32");
        Console.WriteLine(Header);
        bool ok = true;
        using var data = NoiseImages(200, 5);
        foreach (var name in networks)
        {
            using var model = ModelFactory.Create(name, InputShape.Cifar, 10, new ModelOptions { Seed = 1 });
            long parameters = model.parameters().Sum(p => p.NumberOfElements);
            var training = ForwardMemory.Training(model, InputShape.Cifar, CPU);
            var inference = ForwardMemory.Inference(model, InputShape.Cifar, CPU);
            int chunk = inference.InputsWithin(budget, 4000);
            // Points built at each chunk (no cache), as a measurement whose points do not fit the cache would.
            using var meter = new RegionMeter(new ProbeSettings { Count = segments, Points = 200, MaxPointsPerForward = chunk, PointCacheBytes = 0 }, data, 3, CPU);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = ResetPeak();
            var clock = Stopwatch.StartNew();
            var measured = meter.Measure(model);
            var seconds = clock.Elapsed.TotalSeconds;
            long growth = Status("VmHWM") - before;
            bool within = growth <= bound;
            ok &= within;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {parameters / 1e6:0.00} M | {MemorySize.Format(inference.PerInput)} | {MemorySize.Format(training.PerInput)} | {chunk} | {MemorySize.Format(inference.Of(chunk))} | {MemorySize.Format(growth)} | {seconds:0} | {(within ? "yes" : "NO")} |"));
            _ = measured;
        }
        return ok ? 0 : 1;
    }

    /// <summary>Resets the kernel's high-water mark of this process's resident memory; returns the resident size now.</summary>
    private static long ResetPeak()
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Status("VmRSS");
    }

    /// <summary>A /proc/self/status entry in bytes.</summary>
    private static long Status(string key)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static ImageDataset NoiseImages(int n, int seed)
    {
        using var g = new Generator((ulong)seed);
        using var scope = NewDisposeScope();
        return new ImageDataset("noise32", randn([n, 3, 32, 32], generator: g), randint(10, [n], generator: g), 10);
    }
}
