using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegionCount.Reports.Exporters;

/// <summary>The verdicts of a report as machine-readable files: verdicts.json (profile, environment, one object per
/// verdict) and verdicts.csv (one row per verdict, RFC 4180 quoting with LF line ends, invariant culture, round-trip numbers).</summary>
public static class VerdictDataExporter
{
    public const string JsonFileName = "verdicts.json";
    public const string CsvFileName = "verdicts.csv";

    private static readonly string[] Header =
        ["claim", "subject", "paper", "statistic", "value", "low", "high", "n", "p", "p_holm", "p_opposite", "p_opposite_holm", "power_reproduced", "power_not_reproduced_at_0", "needed_for_power_80", "rule", "expectation", "verdict", "evidence"];

    public static string RenderJson(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var environment = new JsonObject();
        foreach (var (key, value) in model.Environment)
        {
            environment[key] = value;
        }
        var verdicts = new JsonArray();
        foreach (var v in model.VerdictRows)
        {
            verdicts.Add(new JsonObject
            {
                ["claim"] = v.Claim, ["subject"] = v.Subject, ["paper"] = v.Paper, ["statistic"] = v.Statistic,
                ["value"] = Number(v.Value), ["low"] = Number(v.Low), ["high"] = Number(v.High), ["n"] = v.N,
                ["p"] = Number(v.P), ["p_holm"] = Number(v.AdjustedP),
                ["p_opposite"] = Number(v.POpposite), ["p_opposite_holm"] = Number(v.AdjustedPOpposite),
                ["power_reproduced"] = Number(v.PowerReproduced), ["power_not_reproduced_at_0"] = Number(v.PowerNotReproduced),
                ["needed_for_power_80"] = v.NeededFor80,
                ["rule"] = v.Rule, ["expectation"] = v.Expectation, ["verdict"] = v.Verdict, ["evidence"] = v.Evidence,
            });
        }
        var root = new JsonObject { ["profile"] = model.Profile, ["environment"] = environment, ["verdicts"] = verdicts };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    public static string RenderCsv(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Header)).Append('\n');
        foreach (var v in model.VerdictRows)
        {
            string[] fields = [v.Claim, v.Subject, v.Paper, v.Statistic, Text(v.Value), Text(v.Low), Text(v.High),
                v.N.ToString(CultureInfo.InvariantCulture), Text(v.P), Text(v.AdjustedP), Text(v.POpposite), Text(v.AdjustedPOpposite),
                Text(v.PowerReproduced), Text(v.PowerNotReproduced), v.NeededFor80 ?? "", v.Rule, v.Expectation, v.Verdict, v.Evidence];
            csv.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }
        return csv.ToString();
    }

    /// <returns>The path of verdicts.json (verdicts.csv is written beside it).</returns>
    public static string Write(ReportModel model, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, CsvFileName), RenderCsv(model));
        var path = Path.Combine(folder, JsonFileName);
        File.WriteAllText(path, RenderJson(model));
        return path;
    }

    private static JsonValue? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static string Text(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
