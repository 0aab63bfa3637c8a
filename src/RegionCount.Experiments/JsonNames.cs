using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegionCount.Experiments;

/// <summary>
/// The one spelling of every enum a profile, a run record or the command line names: the member name in kebab case
/// (<c>OptimizerKind.Sgd</c> is "sgd", <c>AugmentationKind.CropFlip</c> is "crop-flip"). Reading is exact (no other
/// case, no numbers), so a name that is not a member is an error naming the known ones.
/// </summary>
public static class JsonNames
{
    /// <summary>The name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a member of <typeparamref name="T"/>.</exception>
    public static string Of<T>(T value) where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a {Names<T>.Noun}");

    /// <summary>Every name of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    /// <summary>The member named <paramref name="text"/> exactly.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Names<T>.ByName.TryGetValue(text, out value);
    }

    /// <summary>"unknown probe kind 'circle' (known: segment, ray, simplex, plane)": the noun is the type's name in words.</summary>
    public static string Unknown<T>(string? text) where T : struct, Enum =>
        $"unknown {Names<T>.Noun} '{text}' (known: {string.Join(", ", Names<T>.InOrder)})";

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = [.. Enum.GetValues<T>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()))];

        public static readonly IReadOnlyDictionary<T, string> ByValue = Enum.GetValues<T>().Zip(InOrder).ToDictionary(p => p.First, p => p.Second);

        public static readonly IReadOnlyDictionary<string, T> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly string Noun = JsonNamingPolicy.KebabCaseLower.ConvertName(typeof(T).Name).Replace('-', ' ');
    }

    /// <summary>The JSON converter of every enum in profiles and records (<see cref="ExperimentJson"/>): strings only,
    /// by <see cref="Of{T}"/>; anything else is a <see cref="JsonException"/> with the message of <see cref="Unknown{T}"/>,
    /// which the serializer gives the JSON path of the value.</summary>
    internal sealed class Converter : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EnumConverter<>).MakeGenericType(typeToConvert))!;

        private sealed class EnumConverter<T> : JsonConverter<T> where T : struct, Enum
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                return TryParse(text, out T value) ? value
                    : throw new UnknownNameException(Unknown<T>(text ?? $"{reader.TokenType}".ToLowerInvariant()));
            }

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
                writer.WriteStringValue(Of(value));
        }
    }

    /// <summary>A name that is not one of its enum's: the loader reports its message as it is, at its JSON path.</summary>
    internal sealed class UnknownNameException(string message) : JsonException(message);
}
