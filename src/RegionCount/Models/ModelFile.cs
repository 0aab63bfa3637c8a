using System.Runtime.InteropServices;
using System.Text.Json;
using RegionCount.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// Saves a model's state dict (parameters and batch-norm buffers, TorchSharp's format) to a file and its
/// architecture (name, input shape, classes, options) to a JSON sidecar beside it (<c>&lt;file&gt;.json</c>), so
/// <see cref="Load"/> rebuilds the model by name and reads the weights back.
/// </summary>
public static class ModelFile
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The sidecar that describes the weights file <paramref name="path"/>.</summary>
    public static string SidecarPath(string path) => path + ".json";

    public static void Save(string path, string name, InputShape shape, int classes, ModelOptions? options, nn.Module<Tensor, Tensor> model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(model);
        var header = new ModelFileHeader(
            ModelFileHeader.CurrentFormat, ModelFactory.Normalize(name), shape.Channels, shape.Height, shape.Width, classes,
            options ?? ModelOptions.Default);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        model.save(path);
        var sidecar = SidecarPath(path);
        var temporary = sidecar + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(header, Json));
        File.Move(temporary, sidecar, overwrite: true);
    }

    /// <summary>
    /// Rebuilds the model named in the sidecar, loads the weights, moves it to <paramref name="device"/> and puts it
    /// in evaluation mode. Torch's global generator is left as it was (the throw-away initial weights are drawn
    /// between saving and restoring its state).
    /// </summary>
    /// <exception cref="FileNotFoundException">The weights file or its sidecar is missing.</exception>
    /// <exception cref="InvalidDataException">The sidecar or the weights do not describe a model this code builds.</exception>
    public static LoadedModel Load(string path, Device device)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(device);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"model file {path}: not found", path);
        }
        var header = ReadHeader(path);
        var shape = new InputShape(header.Channels, header.Height, header.Width);
        var options = header.Options with { Seed = null };
        nn.Module<Tensor, Tensor> model;
        var state = get_rng_state();
        try
        {
            model = ModelFactory.Create(header.Name, shape, header.Classes, options);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"model file {SidecarPath(path)}: {e.Message}", e);
        }
        finally
        {
            set_rng_state(state);
            state.Dispose();
        }
        try
        {
            model.load(path, strict: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException or ExternalException)
        {
            model.Dispose();
            throw new InvalidDataException($"model file {path}: weights do not fit {header.Name} for {shape}, {header.Classes} classes ({e.Message})", e);
        }
        model.to(device);
        model.eval();
        return new LoadedModel(header.Name, shape, header.Classes, options, model);
    }

    private static ModelFileHeader ReadHeader(string path)
    {
        var sidecar = SidecarPath(path);
        if (!File.Exists(sidecar))
        {
            throw new FileNotFoundException($"model file {path}: its description {sidecar} is missing", sidecar);
        }
        ModelFileHeader? header;
        try
        {
            header = JsonSerializer.Deserialize<ModelFileHeader>(File.ReadAllText(sidecar), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"model file {sidecar}: not a model description ({e.Message})", e);
        }
        if (header is null || header.Format != ModelFileHeader.CurrentFormat)
        {
            throw new InvalidDataException($"model file {sidecar}: format is '{header?.Format}', expected '{ModelFileHeader.CurrentFormat}'");
        }
        if (header.Name is null || header.Options is null)
        {
            throw new InvalidDataException($"model file {sidecar}: name and options are required");
        }
        return header;
    }
}
