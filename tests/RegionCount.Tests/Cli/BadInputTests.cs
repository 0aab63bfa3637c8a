using FluentAssertions;
using RegionCount.Cli;
using RegionCount.Data;
using RegionCount.Models;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Cli;

/// <summary>
/// Every command with wrong values: one line on stderr naming the option or file, exit code 2, no stack trace.
/// Each input fails before any training (the longest case loads the shipped Fashion-MNIST subset). Placeholders in
/// the command lines: {dir} an empty folder, {file} a regular file, {missing} a path that does not exist, {model} a
/// saved 2-D MLP, {garbage} that model's description with garbage weights, {badstore} a store with a torn record,
/// {badjson} a profile file that is not JSON; /proc stands for a folder that takes no new files (even for root).
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-bad-input");

    public void Dispose() => _root.Delete(recursive: true);

    public static TheoryData<string, string> BadCommandLines { get; } = new()
    {
        // command line, what the error line must name
        { "", "command" },
        { "bogus", "bogus" },
        { "info --bogus", "--bogus" },
        { "info --device tpu", "device 'tpu'" },
        { "info --device cuda", "device cuda" },
        { "info --threads -1", "--threads -1" },
        { "info --threads x", "--threads" },
        { "info --data-dir {missing}", "--data-dir {missing}" },
        { "info --data-dir {file}", "--data-dir {file}" },
        { "accept --expected {missing}", "--expected {missing}" },
        { "accept --expected {file}", "--expected {file}" },
        { "accept --profile nosuch --expected {dir}", "--profile nosuch" },
        { "sweep --profile nosuch --store {dir}/runs", "nosuch" },
        { "sweep --profile {badjson} --store {dir}/runs", "{badjson}" },
        { "sweep --shard 0/2 --store {dir}/runs", "shard '0/2'" },
        { "sweep --shard 3/2 --store {dir}/runs", "shard '3/2'" },
        { "sweep --shard x/y --store {dir}/runs", "shard 'x/y'" },
        { "sweep --store {file}", "--store {file}" },
        { "sweep --store {file}/runs", "--store {file}/runs" },
        { "sweep --store /proc/regioncount-runs", "--store /proc/regioncount-runs" },
        { "sweep --store {badstore} --test-simulated-executor 0", "{badstore}/0000.json" },
        { "sweep --device tpu --store {dir}/runs", "device 'tpu'" },
        { "sweep --device cuda:two --store {dir}/runs", "device 'cuda:two': expected cuda:N" },
        { "sweep --device cuda --store {dir}/runs", "device cuda" },
        { "sweep --threads -2 --store {dir}/runs", "--threads -2" },
        { "sweep --data-dir {missing} --store {dir}/runs", "--data-dir {missing}" },
        { "sweep --time-budget soon --store {dir}/runs", "--time-budget 'soon': expected a duration" },
        { "sweep --time-budget 0h --store {dir}/runs", "--time-budget '0h': must be longer than 0" },
        { "sweep --time-budget 01:75:00 --store {dir}/runs", "--time-budget '01:75:00'" },
        { "sweep --time-budget -5m --store {dir}/runs", "--time-budget" },
        { "sweep --time-budget 1h --run-estimate x --store {dir}/runs", "--run-estimate 'x'" },
        { "sweep --experiments main,nope --store {dir}/runs", "--experiments: experiment 'nope': profile smoke has none by that id; it has main, lr-sweep" },
        { "sweep --memory-budget lots --store {dir}/runs", "--memory-budget 'lots': expected a size such as 2GiB" },
        { "sweep --memory-budget 2048 --store {dir}/runs", "--memory-budget '2048': must be at least 16 MiB" },
        { "sweep --run-estimate 5m --store {dir}/runs --test-simulated-executor 0", "--run-estimate: only means something with --time-budget" },
        { "reproduce --device cuda --store {dir}/runs", "device cuda" },
        { "reproduce --store {file}", "--store {file}" },
        { "merge {missing} --into {dir}/all", "source store {missing}" },
        { "merge {file} --into {dir}/all", "source store {file}" },
        { "merge {dir} --into {file}", "--into {file}" },
        { "merge {badstore} --into {dir}/all", "{badstore}/0000.json" },
        { "merge --into {dir}/all", "merge" },
        { "report --profile nosuch --store {dir}", "nosuch" },
        { "report --store {missing}", "--store {missing}" },
        { "tables --store {missing} --out {dir}/tables", "--store {missing}" },
        { "tables --profile nosuch --store {dir} --out {dir}/tables", "nosuch" },
        { "tables --store {dir}", "--out" },
        { "tolerances --reference {missing} --compare {dir} --out {dir}/t.json", "--reference {missing}" },
        { "tolerances --reference {dir} --compare {missing} --out {dir}/t.json", "--compare {missing}" },
        { "report --store {dir}", "--store {dir}" },
        { "report --store {file}", "--store {file}" },
        { "report --store {dir} --output {file}", "--output {file}" },
        { "report --store {dir} --threads -1", "--threads -1" },
        { "count --model-file {missing} --dataset moons", "--model-file {missing}" },
        { "count --model-file {dir} --dataset moons", "--model-file {dir}" },
        { "count --model-file {file} --dataset moons", "{file}" },
        { "count --model-file {garbage} --dataset moons", "{garbage}" },
        { "count --model-file {model} --dataset nosuch", "--dataset 'nosuch'" },
        { "count --model-file {model} --dataset fashion-mnist-subset", "--model-file {model}" },
        { "count --model-file {model} --dataset moons --probe cube", "--probe 'cube'" },
        { "count --model-file {model} --dataset moons --probes 0", "--probes 0" },
        { "count --model-file {model} --dataset moons --probes -3", "--probes -3" },
        { "count --model-file {model} --dataset moons --points 1", "--points 1" },
        { "count --model-file {model} --dataset moons --probe simplex --dimension 9", "--dimension 9" },
        { "count --model-file {model} --dataset moons --split val", "--split 'val'" },
        { "count --model-file {model} --dataset moons --json {dir}", "--json {dir}" },
        { "count --model-file {model} --dataset moons --json {file}/x.json", "--json {file}/x.json" },
        { "count --model-file {model} --dataset moons --device cuda", "device cuda" },
        { "train --dataset moons --model cnn", "--model 'cnn'" },
        { "train --dataset nosuch --model mlp", "--dataset 'nosuch'" },
        { "train --dataset moons", "--model" },
        { "train --dataset moons --model small-cnn --epochs 1", "--model small-cnn" },
        { "train --dataset mnist --model mlp --epochs 1 --data-dir {dir}", "dataset mnist" },
        { "train --dataset imagenet --model resnet18-imagenet --epochs 1 --data-dir {dir}", "dataset imagenet: not found; looked for train/, val/" },
        { "train --dataset moons --model mlp --optimizer rmsprop", "--optimizer 'rmsprop'" },
        { "train --dataset moons --model mlp --optimizer SGD", "--optimizer 'SGD': expected sgd, adam or adagrad" },
        { "train --dataset moons --model mlp --schedule step", "--schedule 'step'" },
        { "train --dataset moons --model mlp --lr 0", "--lr 0" },
        { "train --dataset moons --model mlp --lr -0.1", "--lr -0.1" },
        { "train --dataset moons --model mlp --lr NaN", "--lr NaN" },
        { "train --dataset moons --model mlp --lr x", "--lr" },
        { "train --dataset moons --model mlp --batch 0", "--batch 0" },
        { "train --dataset moons --model mlp --batch -5", "--batch -5" },
        { "train --dataset moons --model mlp --epochs 0", "--epochs 0" },
        { "train --dataset moons --model mlp --momentum 1", "--momentum 1" },
        { "train --dataset moons --model mlp --wd -1", "--wd -1" },
        { "train --dataset moons --model mlp --mixup -1", "--mixup -1" },
        { "train --dataset moons --model mlp --eval-batch 0", "--eval-batch 0" },
        { "train --dataset moons --model mlp --threads -1", "--threads -1" },
        { "train --dataset moons --model mlp --device tpu", "device 'tpu'" },
        { "train --dataset moons --model mlp --device cuda", "device cuda" },
        { "train --dataset moons --model mlp --save {dir}", "--save {dir}" },
        { "train --dataset moons --model mlp --save {file}/m.pt", "--save {file}/m.pt" },
        { "train --dataset moons --model mlp --checkpoint {file}", "--checkpoint {file}" },
        { "train --dataset moons --model mlp --save /proc/regioncount/m.pt", "--save /proc/regioncount/m.pt" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void A_bad_input_is_one_error_line_naming_it_and_exit_code_2(string commandLine, string names)
    {
        Assert.SkipWhen(commandLine.Contains("--device cuda", StringComparison.Ordinal) && cuda.is_available(),
            "CUDA is present on this machine, so --device cuda is valid");
        Assert.SkipWhen(commandLine.Contains("--dataset mnist", StringComparison.Ordinal)
            && new DataLocator(InRoot("dir"), Environment.GetEnvironmentVariable(DataLocator.EnvironmentVariable)).Find(DatasetKind.Mnist) is not null,
            "MNIST is installed on this machine, so it cannot be missing");
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Substitute).ToArray();
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = CliApp.Run(args, output, error);

        var text = error.ToString();
        exit.Should().Be(2, text + output);
        text.Should().NotContain("   at ", "no stack trace");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle().Which.Should().StartWith("error: ").And.Contain(Substitute(names));
    }

    [Fact]
    public void An_empty_profile_name_is_one_error_line()
    {
        var error = new StringWriter();

        int exit = CliApp.Run(["sweep", "--profile", "", "--store", InRoot("runs")], new StringWriter(), error);

        exit.Should().Be(2);
        error.ToString().Should().Be($"error: --profile '': must not be empty{Environment.NewLine}");
    }

    [Theory]
    [InlineData("train --dataset moons --model mlp --epochs 1 --save {dir}/models/m.pt")]
    [InlineData("count --model-file {model} --dataset moons --probes 3 --json {dir}/new/counts.json")]
    public void Output_paths_that_do_not_exist_yet_are_fine(string commandLine)
    {
        var args = commandLine.Split(' ').Select(Substitute).ToArray();
        var error = new StringWriter();

        int exit = CliApp.Run([.. args, "--device", "cpu"], new StringWriter(), error);

        exit.Should().Be(0, error.ToString());
        File.Exists(Substitute(commandLine.Split(' ')[^1])).Should().BeTrue();
    }

    private string InRoot(string name) => Path.Combine(_root.FullName, name);

    /// <summary>Replaces the placeholders, creating what they stand for on first use.</summary>
    private string Substitute(string text)
    {
        if (text.Contains("{dir}", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(InRoot("dir"));
        }
        if (text.Contains("{file}", StringComparison.Ordinal))
        {
            File.WriteAllText(InRoot("file"), "not a folder");
        }
        if (text.Contains("{model}", StringComparison.Ordinal) || text.Contains("{garbage}", StringComparison.Ordinal))
        {
            SaveModel();
        }
        if (text.Contains("{badstore}", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(InRoot("badstore"));
            File.WriteAllText(InRoot("badstore/0000.json"), "{}");
        }
        if (text.Contains("{badjson}", StringComparison.Ordinal))
        {
            File.WriteAllText(InRoot("bad.json"), "{ not json");
        }
        return text.Replace("{dir}", InRoot("dir"), StringComparison.Ordinal)
            .Replace("{file}", InRoot("file"), StringComparison.Ordinal)
            .Replace("{missing}", InRoot("missing"), StringComparison.Ordinal)
            .Replace("{model}", InRoot("m.pt"), StringComparison.Ordinal)
            .Replace("{garbage}", InRoot("garbage.pt"), StringComparison.Ordinal)
            .Replace("{badstore}", InRoot("badstore"), StringComparison.Ordinal)
            .Replace("{badjson}", InRoot("bad.json"), StringComparison.Ordinal);
    }

    /// <summary>An untrained MLP for 2-D points (what `train --dataset moons --model mlp --save` writes), and the same
    /// description beside a weights file of garbage.</summary>
    private void SaveModel()
    {
        if (File.Exists(InRoot("m.pt")))
        {
            return;
        }
        var shape = new InputShape(2, 1, 1);
        var options = new ModelOptions { Seed = 0 };
        using (var model = ModelFactory.Create("mlp", shape, 2, options))
        {
            ModelFile.Save(InRoot("m.pt"), "mlp", shape, 2, options, model);
        }
        File.Copy(ModelFile.SidecarPath(InRoot("m.pt")), ModelFile.SidecarPath(InRoot("garbage.pt")));
        File.WriteAllText(InRoot("garbage.pt"), "not torch weights");
    }
}
