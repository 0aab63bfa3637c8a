using FluentAssertions;
using RegionCount.Cli;
using Xunit;

namespace RegionCount.Tests.Cli;

[Collection(TorchCollection.Name)]
public sealed class CountCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rc-count");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Train_save_then_count_prints_the_summary_exact_counts_and_writes_json()
    {
        var model = Path.Combine(_folder.FullName, "m.pt");
        var json = Path.Combine(_folder.FullName, "m.json");
        var output = new StringWriter();
        CliApp.Run(["train", "--dataset", "fashion-mnist-subset", "--model", "mlp", "--epochs", "1", "--batch", "256", "--save", model, "--device", "cpu"],
            output, new StringWriter()).Should().Be(0, output.ToString());

        output = new StringWriter();
        int exit = CliApp.Run(["count", "--model-file", model, "--dataset", "fashion-mnist-subset", "--probes", "10", "--exact", "--json", json, "--device", "cpu"],
            output, new StringWriter());

        exit.Should().Be(0, output.ToString());
        output.ToString().Should().Contain("10 segment probes (1-D) from the train split").And.Contain("region count: mean")
            .And.Contain("exact: mean").And.Contain("the grid missed");
        File.ReadAllText(json).Should().Contain("\"schema\":\"regioncount.measurement/1\"");
    }

    [Fact]
    public void A_missing_model_file_is_one_error_line_naming_it()
    {
        var error = new StringWriter();

        int exit = CliApp.Run(["count", "--model-file", "/nonexistent/m.pt", "--dataset", "fashion-mnist-subset"], new StringWriter(), error);

        exit.Should().Be(2);
        error.ToString().Trim().Should().StartWith("error: ").And.Contain("/nonexistent/m.pt");
        error.ToString().Trim().Split('\n').Should().HaveCount(1);
    }
}
