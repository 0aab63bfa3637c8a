using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RegionCount.Experiments;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>
/// A run's checkpoint folder: state.json (epoch, status, metrics so far with the probes' readings, options
/// fingerprint), initial.bin (θ₀, for the distance from initialization) and one epoch-NNNN/ sub-folder with model.bin
/// (Module.save: parameters and buffers) and optimizer.bin (OptimizerHelper.save_state_dict: options incl. learning
/// rate, SGD momentum buffers, Adam/Adagrad moments and step counts, tensors written bit for bit). The scheduler
/// position is the epoch (the schedule is closed-form). Saving writes the new sub-folder first and then replaces
/// state.json atomically, so an interruption at any point leaves the previous checkpoint intact.
/// </summary>
internal static class Checkpoint
{
    private const string StateFile = "state.json";
    private const string InitialFile = "initial.bin";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, StateFile));

    public static string Fingerprint(TrainingOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"{o.Optimizer} lr={o.LearningRate:R} momentum={o.Momentum:R} wd={o.WeightDecay:R} batch={o.BatchSize} epochs={o.Epochs} seed={o.Seed} schedule={o.Schedule}{Warmup(o)} augment={o.Augment} mixup={o.MixupAlpha:R}");

    /// <summary>The warmup-cosine schedule's settings; nothing for the others, so their fingerprints are as before.</summary>
    private static string Warmup(TrainingOptions o) => o.Schedule == ScheduleKind.WarmupCosine
        ? string.Create(CultureInfo.InvariantCulture, $" warmup={o.WarmupEpochs} min={o.MinLearningRate:R}")
        : "";

    public static void SaveInitial(string directory, IReadOnlyList<Tensor> initial)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, InitialFile);
        using (var writer = new BinaryWriter(File.Create(path + ".tmp")))
        {
            writer.Write(initial.Count);
            foreach (var tensor in initial)
            {
                tensor.Save(writer);
            }
        }
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public static void LoadInitial(string directory, IReadOnlyList<Tensor> initial)
    {
        string path = Path.Combine(directory, InitialFile);
        using var reader = new BinaryReader(File.OpenRead(path));
        int count = reader.ReadInt32();
        if (count != initial.Count)
        {
            throw new InvalidDataException($"{path}: {count} tensors, the model has {initial.Count} parameters");
        }
        foreach (var tensor in initial)
        {
            tensor.Load(reader);
        }
    }

    public static void Save(string directory, CheckpointState state, nn.Module<Tensor, Tensor> model, OptimizerHelper optimizer)
    {
        string folder = Path.Combine(directory, state.Folder);
        Directory.CreateDirectory(folder);
        model.save(Path.Combine(folder, "model.bin"));
        optimizer.save_state_dict(Path.Combine(folder, "optimizer.bin"));
        WriteState(directory, state);
        foreach (var old in Directory.GetDirectories(directory, "epoch-*").Where(d => Path.GetFileName(d) != state.Folder))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Replaces state.json only (used to record a divergence without overwriting the last good weights).</summary>
    public static void WriteState(string directory, CheckpointState state)
    {
        string path = Path.Combine(directory, StateFile);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(state, Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public static CheckpointState ReadState(string directory, string fingerprint)
    {
        string path = Path.Combine(directory, StateFile);
        var state = JsonSerializer.Deserialize<CheckpointState>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty checkpoint state");
        if (state.Fingerprint != fingerprint)
        {
            throw new InvalidOperationException($"{path}: checkpoint of '{state.Fingerprint}' cannot resume '{fingerprint}'");
        }
        return state;
    }

    public static void Load(string directory, CheckpointState state, nn.Module<Tensor, Tensor> model, OptimizerHelper optimizer)
    {
        string folder = Path.Combine(directory, state.Folder);
        model.load(Path.Combine(folder, "model.bin"));
        optimizer.load_state_dict(Path.Combine(folder, "optimizer.bin"));
        // TorchSharp 0.107 loads an SGD momentum buffer into a new CPU tensor (Adam/Adagrad load into tensors made
        // like the parameters); move it beside its parameter, or a CUDA run would fail on resume.
        var device = model.parameters().First().device;
        if (device.type != DeviceType.CPU)
        {
            foreach (var sgd in optimizer.state_dict().State.OfType<SGD.State>().Where(s => s.momentum_buffer is not null))
            {
                var moved = sgd.momentum_buffer.to(device).DetachFromDisposeScope();
                sgd.momentum_buffer.Dispose();
                sgd.momentum_buffer = moved;
            }
        }
    }

    public static string FolderFor(int epoch) => string.Create(CultureInfo.InvariantCulture, $"epoch-{epoch:D4}");
}
