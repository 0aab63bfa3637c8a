using System.Text.Json.Nodes;

namespace RegionCount.Tests.Experiments;

/// <summary>Small profiles written by hand for the tests.</summary>
internal static class TestProfiles
{
    /// <summary>One experiment: 2 lr × 2 batch × 1 wd × seeds {0, 1} = 8 runs of a tiny MLP on moons.</summary>
    public static JsonObject Tiny(int epochs = 3) => new()
    {
        ["name"] = "tiny",
        ["datasets"] = new JsonArray(new JsonObject { ["name"] = "moons", ["trainSize"] = 64, ["testSize"] = 64 }),
        ["models"] = new JsonArray(new JsonObject { ["name"] = "mlp", ["options"] = new JsonObject { ["widths"] = new JsonArray(8, 8) } }),
        ["experiments"] = new JsonArray(new JsonObject
        {
            ["id"] = "main",
            ["kind"] = "main-grid",
            ["datasets"] = new JsonArray("moons"),
            ["models"] = new JsonArray("mlp"),
            ["grid"] = new JsonObject
            {
                ["learningRates"] = new JsonArray(0.1, 0.01),
                ["batchSizes"] = new JsonArray(16, 32),
                ["weightDecays"] = new JsonArray(1e-5),
                ["epochs"] = epochs,
            },
            ["seeds"] = new JsonArray(0, 1),
            ["measurementEpochs"] = new JsonArray(epochs),
            ["probes"] = new JsonArray(new JsonObject { ["kind"] = "segment", ["count"] = 10, ["resolution"] = 50 }),
        }),
        ["claims"] = new JsonObject
        {
            ["C1"] = new JsonObject { ["expectation"] = "asserted", ["thresholds"] = new JsonObject { ["pearsonR"] = 0.5 }, ["experiments"] = new JsonArray("main") },
        },
    };

    public static string Write(DirectoryInfo folder, JsonObject profile, string name = "tiny.json")
    {
        string path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, profile.ToJsonString());
        return path;
    }
}
