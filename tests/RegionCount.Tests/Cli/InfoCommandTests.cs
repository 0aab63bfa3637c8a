using FluentAssertions;
using RegionCount.Cli;
using Xunit;

namespace RegionCount.Tests.Cli;

[Collection(TorchCollection.Name)]
public sealed class InfoCommandTests
{
    [Fact]
    public void Info_prints_versions_devices_threads_native_compat_and_datasets()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = CliApp.Run(["info", "--device", "cpu"], output, error);

        exit.Should().Be(0, error.ToString());
        var text = output.ToString();
        text.Should().Contain(".NET").And.Contain("TorchSharp           0.107.0").And.Contain("libtorch             2.10.0");
        text.Should().Contain("CUDA").And.Contain("threads").And.Contain("native compat").And.Contain("data: fashion-mnist");
        text.Should().Contain("device               cpu");
    }

    [Fact]
    public void A_bad_device_is_one_error_line_and_a_nonzero_exit()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = CliApp.Run(["info", "--device", "tpu"], output, error);

        exit.Should().NotBe(0);
        error.ToString().Trim().Should().Be("error: device 'tpu': expected auto, cpu, cuda or cuda:N");
    }
}
