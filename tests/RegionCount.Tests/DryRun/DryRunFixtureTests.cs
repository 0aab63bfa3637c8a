using System.Security.Cryptography;
using FluentAssertions;
using RegionCount.Reports.Snapshots;
using Xunit;
using Xunit.Sdk;

namespace RegionCount.Tests.DryRun;

/// <summary>The committed CIFAR-10 fixture of the dry run is what its README says (tests/fixtures/cifar10-dry).</summary>
public sealed class DryRunFixtureTests
{
    private const int Record = 1 + (3 * 32 * 32);

    private static string Batches => Path.Combine(DryRunData.Fixture, "cifar-10-batches-bin");

    [Fact]
    public void Its_files_have_the_sha256_of_its_provenance_note()
    {
        var sums = File.ReadAllLines(Path.Combine(DryRunData.Fixture, "SHA256SUMS"))
            .Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);

        sums.Keys.Should().BeEquivalentTo(Directory.GetFiles(Batches).Select(f => "cifar-10-batches-bin/" + Path.GetFileName(f)));
        foreach (var (file, sum) in sums)
        {
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(DryRunData.Fixture, file)))).Should().Be(sum, file);
        }
    }

    [Fact]
    public void It_holds_30_training_and_10_test_images_of_every_class_within_two_megabytes()
    {
        Labels(Enumerable.Range(1, 5).Select(b => $"data_batch_{b}.bin")).GroupBy(l => l).Should().HaveCount(10).And.OnlyContain(g => g.Count() == 30);
        Labels(["test_batch.bin"]).GroupBy(l => l).Should().HaveCount(10).And.OnlyContain(g => g.Count() == 10);
        Directory.GetFiles(DryRunData.Fixture, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length).Should().BeLessThan(2_000_000);
    }

    [Fact]
    public void Every_record_is_the_source_record_its_list_names()
    {
        var source = Source() ?? throw SkipException.ForSkip(
            "the JPEG-decoded CIFAR-10 copy (shared/data/cifar10-jpeg-q75 beside the checkout) is not on this machine");
        var rows = File.ReadAllLines(Path.Combine(DryRunData.Fixture, "records.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        rows.Should().HaveCount(400);
        var fixture = rows.Select(r => r[0]).Distinct().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(Batches, f)), StringComparer.Ordinal);
        var original = rows.Select(r => r[2]).Distinct().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(source, f)), StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var mine = fixture[r[0]].AsSpan(int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture) * Record, Record);
            var theirs = original[r[2]].AsSpan(int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture) * Record, Record);
            mine.SequenceEqual(theirs).Should().BeTrue($"{r[0]} record {r[1]} is {r[2]} record {r[3]}");
            mine[0].ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(r[4]);
        }
        fixture.Values.Sum(b => b.Length).Should().Be(400 * Record, "every record of the fixture is listed");
    }

    private static IEnumerable<byte> Labels(IEnumerable<string> files) =>
        files.SelectMany(f => File.ReadAllBytes(Path.Combine(Batches, f)).Where((_, i) => i % Record == 0));

    /// <summary>shared/data/cifar10-jpeg-q75/cifar-10-batches-bin in the checkout's parent or a folder above it (a
    /// worktree sits deeper than the main checkout).</summary>
    private static string? Source()
    {
        for (var folder = Directory.GetParent(RepositoryRoot.Find()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", "cifar10-jpeg-q75", "cifar-10-batches-bin");
            if (File.Exists(Path.Combine(candidate, "data_batch_1.bin")))
            {
                return candidate;
            }
        }
        return null;
    }
}
