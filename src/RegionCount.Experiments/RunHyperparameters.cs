using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegionCount.Experiments;

/// <summary>One point of a grid: the training settings of one run.</summary>
/// <param name="Optimizer">Null for a study run, which trains nothing by the main recipe (written "none").</param>
/// <param name="Schedule">Null for a study run (written "none").</param>
/// <param name="CropPadding">The border of a crop-flip run's random crop; null = <see cref="Experiments.CropPadding.Zero"/>,
/// and not written, so the runs made before the setting existed keep their fingerprints.</param>
/// <param name="WarmupEpochs">The warmup-cosine schedule's warmup epochs; null (not written) for every other schedule.</param>
/// <param name="MinLearningRate">The warmup-cosine schedule's floor; null (not written) for every other schedule.</param>
public sealed record RunHyperparameters(
    double LearningRate,
    int BatchSize,
    double WeightDecay,
    [property: JsonConverter(typeof(RunHyperparameters.NoneWhenNull<OptimizerKind>)), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    OptimizerKind? Optimizer,
    double Momentum,
    [property: JsonConverter(typeof(RunHyperparameters.NoneWhenNull<ScheduleKind>)), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    ScheduleKind? Schedule,
    int Epochs,
    AugmentationKind Augmentation,
    double MixupAlpha,
    CropPadding? CropPadding = null,
    int? WarmupEpochs = null,
    double? MinLearningRate = null)
{
    /// <summary>How a record spells the optimizer and the schedule of a study run (records have always said so).</summary>
    public const string NotTrained = "none";

    /// <summary>The settings of a study run: nothing is trained by the main recipe (epochs 0).</summary>
    public static RunHyperparameters None { get; } = new(0, 0, 0, null, 0, null, 0, AugmentationKind.None, 0);

    /// <summary>A name (<see cref="JsonNames"/>), or <see cref="NotTrained"/> for null: only a record's study runs hold it,
    /// a profile's grid cannot (its lists are of the plain enums).</summary>
    internal sealed class NoneWhenNull<T> : JsonConverter<T?> where T : struct, Enum
    {
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(NotTrained) ? null : JsonSerializer.Deserialize<T>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (value is { } name)
            {
                JsonSerializer.Serialize(writer, name, options);
            }
            else
            {
                writer.WriteStringValue(NotTrained);
            }
        }
    }
}
