using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegionCount.Experiments;

/// <summary>The one set of JSON options for profiles and run records: camelCase, unknown fields rejected, enums by
/// their <see cref="JsonNames"/>.</summary>
internal static class ExperimentJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // NaN marks "not measured" in metric tables (e.g. epoch 0 has no train loss); configs never hold one.
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        // Every enum (probe kinds, optimizers, ..., run statuses) by its kebab-case name; an unknown name is an error at its path.
        options.Converters.Add(new JsonNames.Converter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
