using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegionCount.Experiments;

/// <summary>SHA-256 of a canonical JSON form (object keys sorted ordinally, no whitespace, nulls dropped): the same
/// configuration gives the same fingerprint in every process and on every machine, whatever the property order.</summary>
public static class Fingerprint
{
    /// <summary>The fingerprint of a run configuration (64 lower-case hex digits).</summary>
    public static string Of(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Of(JsonSerializer.SerializeToNode(config, ExperimentJson.Compact));
    }

    /// <summary>The fingerprint of any JSON value.</summary>
    public static string Of(JsonNode? node) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(node))));

    /// <summary>The canonical text: keys sorted, nulls dropped, no whitespace, numbers as System.Text.Json writes them.</summary>
    public static string Canonical(JsonNode? node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            Write(writer, node);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                WriteValue(writer, node.AsValue());
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonValue value)
    {
        // Numbers are normalized through double so that 1e-5, 0.00001 and 1E-05 agree; integers stay integers.
        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                var element = value.GetValue<JsonElement>();
                if (element.TryGetInt64(out long integer))
                {
                    writer.WriteNumberValue(integer);
                }
                else
                {
                    double d = element.GetDouble();
                    if (Math.Floor(d) == d && Math.Abs(d) < 1e15)
                    {
                        writer.WriteNumberValue((long)d);
                    }
                    else
                    {
                        writer.WriteNumberValue(d);
                    }
                }
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
