using Microsoft.ML;
using Microsoft.ML.Data;
using static TorchSharp.torch;

namespace RegionCount.Classifiers;

/// <summary>
/// Images as ML.NET sees them: one row per image, its pixels flattened (channel, row, column: the tensor's order) into a
/// float32 vector column "Features" of the image's size, its label a key column "Label" over the dataset's classes
/// (key k is label k − 1, as ML.NET stores it). The vector size and key count are set at run time, so one row type serves every dataset.
/// </summary>
internal static class PixelRows
{
    public const string Features = nameof(PixelRow.Features);
    public const string Label = nameof(PixelRow.Label);
    public const string PredictedLabel = "PredictedLabel";

    /// <summary>The rows of <paramref name="images"/> (N×C×H×W, any device and float type) with their labels (0-based;
    /// null for points without one, such as probe points, which get label 0).</summary>
    public static IDataView Of(MLContext ml, Tensor images, IReadOnlyList<int>? labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var flat = Flatten(images, out int n, out int features);
        if (labels is not null && labels.Count != n)
        {
            throw new ArgumentException($"PixelRows: {labels.Count} labels for {n} images", nameof(labels));
        }
        var schema = SchemaDefinition.Create(typeof(PixelRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        schema[Label].ColumnType = new KeyDataViewType(typeof(uint), classes);
        var rows = Enumerable.Range(0, n).Select(i => new PixelRow
        {
            Features = flat.AsSpan(i * features, features).ToArray(),
            // LoadFromEnumerable reads a key column's value as 0-based (it stores key value + 1; 0 is "missing"),
            // while GetColumn reads keys back 1-based: PredictedLabels subtracts the 1 again.
            Label = (uint)(labels is null ? 0 : labels[i]),
        }).ToList();
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>The predicted labels (0-based) of a transformed view's key column "PredictedLabel".</summary>
    public static int[] PredictedLabels(IDataView scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var keys = scored.GetColumn<uint>(PredictedLabel).ToArray();
        if (Array.IndexOf(keys, 0u) is var missing and >= 0)
        {
            throw new InvalidOperationException($"PixelRows: row {missing} has no predicted label (a missing key)");
        }
        return [.. keys.Select(k => (int)k - 1)];
    }

    /// <summary>N×C×H×W → N·F floats, row after row, on the CPU.</summary>
    public static float[] Flatten(Tensor images, out int n, out int features)
    {
        ArgumentNullException.ThrowIfNull(images);
        using var scope = NewDisposeScope();
        n = (int)images.shape[0];
        features = n == 0 ? 0 : (int)(images.numel() / n);
        return images.reshape(n, features).to(float32).cpu().contiguous().data<float>().ToArray();
    }

    /// <summary>One image (a public row type: ML.NET builds its getters by reflection).</summary>
    public sealed class PixelRow
    {
        public float[] Features { get; set; } = [];

        public uint Label { get; set; }
    }
}
