using System.Text.Json;
using RegionCount.Experiments;

namespace RegionCount.Regions;

/// <summary>Writes one measurement as JSON (schema: docs/region-count-json.md, "regioncount.measurement/1").</summary>
public static class RegionMeasurementJson
{
    public const string Schema = "regioncount.measurement/1";

    public static void WriteFile(RegionMeasurement measurement, string path)
    {
        using var stream = File.Create(path);
        Write(measurement, stream);
    }

    public static void Write(RegionMeasurement measurement, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        var s = measurement.Settings;
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("dataset", measurement.Dataset);
        json.WriteString("split", JsonNames.Of(s.Split));
        json.WriteString("kind", JsonNames.Of(s.Kind));
        json.WriteNumber("dimension", s.Dimension);
        json.WriteNumber("seed", measurement.Seed);
        json.WriteString("connectivity", s.EffectiveConnectivity.ToString().ToLowerInvariant());
        json.WriteStartObject("settings");
        json.WriteNumber("count", s.Count);
        json.WriteNumber("points", s.Points);
        json.WriteNumber("left", s.Left);
        json.WriteNumber("right", s.Right);
        json.WriteNumber("rayLength", s.RayLength);
        json.WriteNumber("simplexDimension", s.SimplexDimension);
        json.WriteNumber("valuesPerAxis", s.EffectiveValuesPerAxis);
        json.WriteNumber("planeResolution", s.PlaneResolution);
        json.WriteNumber("planeMargin", s.PlaneMargin);
        json.WriteNumber("maxPointsPerForward", s.MaxPointsPerForward);
        json.WriteEndObject();
        WriteSummary(json, measurement.Summary);
        json.WriteStartArray("probes");
        foreach (var result in measurement.Probes)
        {
            WriteProbe(json, result);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, RegionSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("probes", summary.Probes);
        json.WriteNumber("mean", summary.Mean);
        json.WriteNumber("sd", summary.StandardDeviation);
        json.WriteStartArray("ci95");
        json.WriteNumberValue(summary.Ci95Low);
        json.WriteNumberValue(summary.Ci95High);
        json.WriteEndArray();
        json.WriteNumber("min", summary.Min);
        json.WriteNumber("max", summary.Max);
        json.WriteStartObject("meanPerClass");
        foreach (var (label, mean) in summary.MeanPerClass)
        {
            json.WriteNumber(label.ToString(System.Globalization.CultureInfo.InvariantCulture), mean);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProbe(Utf8JsonWriter json, ProbeResult result)
    {
        var probe = result.Probe;
        json.WriteStartObject();
        json.WriteNumber("index", probe.Index);
        WriteInts(json, "endpoints", probe.EndpointIndices);
        WriteInts(json, "shape", probe.Shape);
        json.WriteStartArray("axes");
        foreach (var axis in probe.Axes)
        {
            json.WriteStartArray();
            foreach (var value in axis)
            {
                json.WriteNumberValue(value);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        if (probe.PlaneCoordinates is { } coordinates)
        {
            json.WriteStartArray("planeCoordinates");
            foreach (var point in coordinates)
            {
                json.WriteStartArray();
                json.WriteNumberValue(point[0]);
                json.WriteNumberValue(point[1]);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WritePropertyName("labels");
        WriteGrid(json, result.Labels, probe.Shape, 0, 0);
        json.WriteNumber("count", result.Count.Total);
        json.WriteStartObject("perClass");
        foreach (var (label, regions) in result.Count.PerClass)
        {
            json.WriteNumber(label.ToString(System.Globalization.CultureInfo.InvariantCulture), regions);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Nested arrays following the grid shape (row-major); a 1-D probe gives a flat sequence.</summary>
    private static int WriteGrid(Utf8JsonWriter json, int[] labels, IReadOnlyList<int> shape, int axis, int offset)
    {
        json.WriteStartArray();
        for (int i = 0; i < shape[axis]; i++)
        {
            if (axis == shape.Count - 1)
            {
                json.WriteNumberValue(labels[offset++]);
            }
            else
            {
                offset = WriteGrid(json, labels, shape, axis + 1, offset);
            }
        }
        json.WriteEndArray();
        return offset;
    }

    private static void WriteInts(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }
        json.WriteEndArray();
    }
}
