using System.Diagnostics;
using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class RunStoreTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-store");

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    public void Dispose() => _root.Delete(recursive: true);

    private static SweepPlan Plan() => SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json"));

    internal static RunRecord Record(RunSpec run, RunStatus status = RunStatus.Completed) => new(
        RunConfig.CurrentFormatVersion, run.Fingerprint, run.Config, run.Config.Seed, status, null,
        new MetricTable(["epoch", "loss"], [[1, 0.5]]), [new RegionCountMeasurement(3, 0, 2.5, 2, 3)], null,
        new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(2), 2), new Dictionary<string, string> { ["host"] = "h" });

    [Fact]
    public void A_written_record_reads_back_equal_and_leaves_no_temporary_file()
    {
        var store = new RunStore(_root.FullName);
        var run = Plan().Runs[0];

        store.Write(Record(run));

        var back = store.TryRead(run.Fingerprint)!;
        back.Fingerprint.Should().Be(run.Fingerprint);
        back.Metrics.Column("loss").Should().Equal(0.5);
        back.RegionCounts.Should().Equal(new RegionCountMeasurement(3, 0, 2.5, 2, 3));
        Directory.GetFiles(_root.FullName).Should().ContainSingle().Which.Should().EndWith($"{run.Fingerprint}.json");
    }

    [Fact]
    public void Temporary_files_are_made_in_the_store_folder_so_the_final_rename_or_link_stays_on_one_file_system()
    {
        var store = new RunStore(_root.FullName);

        var temp = store.TempPath("abc");

        Path.GetDirectoryName(temp).Should().Be(store.Directory);
        Path.GetFileName(temp).Should().StartWith(".abc.").And.EndWith(".tmp");
    }

    [Fact]
    public void A_record_whose_config_was_edited_is_refused_naming_the_file()
    {
        var store = new RunStore(_root.FullName);
        var run = Plan().Runs[0];
        store.Write(Record(run));
        string path = store.RecordPath(run.Fingerprint);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        node["config"]!["seed"] = 99;
        File.WriteAllText(path, node.ToJsonString());

        var act = () => store.ReadAll();

        act.Should().Throw<StoreException>().WithMessage($"run record {path}: fingerprint {run.Fingerprint} does not match its config*");
    }

    [Fact]
    public void A_record_under_another_name_is_refused()
    {
        var store = new RunStore(_root.FullName);
        var run = Plan().Runs[0];
        store.Write(Record(run));
        string other = Path.Combine(_root.FullName, new string('0', 64) + ".json");
        File.Move(store.RecordPath(run.Fingerprint), other);

        var act = () => store.ReadAll();

        act.Should().Throw<StoreException>().WithMessage($"run record {other}: the file name does not match*");
    }

    [Fact]
    public void A_corrupt_record_is_refused_naming_the_file()
    {
        var store = new RunStore(_root.FullName);
        string path = Path.Combine(_root.FullName, new string('a', 64) + ".json");
        File.WriteAllText(path, """{"formatVersion": 1, "fingerp""");

        var act = () => store.ReadAll();

        act.Should().Throw<StoreException>().WithMessage($"run record {path}: not a valid record*");
    }

    [Fact]
    public void A_torn_temporary_file_of_a_dead_writer_is_ignored_and_cleaned()
    {
        var store = new RunStore(_root.FullName);
        var run = Plan().Runs[0];
        store.Write(Record(run));
        int deadPid = DeadPid();
        string torn = Path.Combine(_root.FullName, $".{run.Fingerprint}.{LockInfo.ThisHost}.{deadPid}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(torn, """{"formatVersion": 1, "finger""");

        store.ReadAll().Should().ContainSingle();
        store.CleanTemporaryFiles().Should().Be(1);
        File.Exists(torn).Should().BeFalse();
    }

    [Fact]
    public void A_temporary_file_of_a_live_writer_is_left_alone()
    {
        var store = new RunStore(_root.FullName);
        string live = Path.Combine(_root.FullName, $".{new string('b', 64)}.{LockInfo.ThisHost}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(live, "{");

        store.CleanTemporaryFiles().Should().Be(0);
        File.Exists(live).Should().BeTrue();
    }

    [Fact]
    public void A_claim_is_exclusive_until_released()
    {
        var store = new RunStore(_root.FullName);
        string fingerprint = Plan().Runs[0].Fingerprint;

        using (var first = store.TryClaim(fingerprint))
        {
            first.Should().NotBeNull();
            store.TryClaim(fingerprint).Should().BeNull();
        }

        using var again = store.TryClaim(fingerprint);
        again.Should().NotBeNull();
    }

    [Fact]
    public void A_lock_of_a_dead_process_on_this_host_is_taken_over()
    {
        var store = new RunStore(_root.FullName);
        string fingerprint = Plan().Runs[0].Fingerprint;
        var dead = new LockInfo(LockInfo.ThisHost, DeadPid(), "dead", DateTimeOffset.UtcNow.AddMinutes(-5));
        File.WriteAllText(store.LockPath(fingerprint), System.Text.Json.JsonSerializer.Serialize(dead, WebJson));

        using var claim = store.TryClaim(fingerprint);

        claim.Should().NotBeNull();
        LockInfo.TryRead(store.LockPath(fingerprint))!.Pid.Should().Be(Environment.ProcessId);
    }

    [Fact]
    public void A_fresh_lock_of_another_host_is_respected_and_an_old_one_is_not()
    {
        var store = new RunStore(_root.FullName) { StaleLockAge = TimeSpan.FromHours(1) };
        string fingerprint = Plan().Runs[0].Fingerprint;
        var other = new LockInfo("elsewhere", 1, "t", DateTimeOffset.UtcNow);
        string path = store.LockPath(fingerprint);
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(other, WebJson));

        store.TryClaim(fingerprint).Should().BeNull();

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-2));
        using var claim = store.TryClaim(fingerprint);
        claim.Should().NotBeNull();
    }

    [Fact]
    public void A_claim_appears_as_a_whole_lock_file_and_leaves_no_temporary_file()
    {
        var store = new RunStore(_root.FullName);
        string fingerprint = Plan().Runs[0].Fingerprint;

        using var claim = store.TryClaim(fingerprint);

        claim.Should().NotBeNull();
        Directory.GetFiles(_root.FullName).Should().Equal(store.LockPath(fingerprint));
        LockInfo.TryRead(store.LockPath(fingerprint)).Should().Be(claim!.Info);
    }

    [Fact]
    public void A_lock_of_another_host_is_stale_only_when_its_heartbeat_is_older_than_ten_minutes()
    {
        var store = new RunStore(_root.FullName);
        string fingerprint = Plan().Runs[0].Fingerprint;
        string path = store.LockPath(fingerprint);
        // A process id that is dead here says nothing about a process on another machine.
        var other = new LockInfo("node-17", DeadPid(), "t", DateTimeOffset.UtcNow.AddHours(-3));
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(other, WebJson));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-9));

        store.TryClaim(fingerprint).Should().BeNull();
        store.CleanStaleLocks().Should().Be(0);

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-11));
        using var claim = store.TryClaim(fingerprint);
        claim.Should().NotBeNull();
    }

    [Fact]
    public void A_torn_empty_lock_is_respected_while_fresh_and_taken_over_after_a_minute()
    {
        var store = new RunStore(_root.FullName);
        string fingerprint = Plan().Runs[0].Fingerprint;
        string path = store.LockPath(fingerprint);
        File.WriteAllText(path, "");

        store.TryClaim(fingerprint).Should().BeNull();

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-2));
        using var claim = store.TryClaim(fingerprint);
        claim.Should().NotBeNull();
    }

    [Fact]
    public void Checkpoints_go_to_the_xdg_cache_or_home_cache_outside_the_repository()
    {
        CachePaths.Root("/x/cache", "/home/u").Should().Be("/x/cache/regioncount");
        CachePaths.Root(null, "/home/u").Should().Be("/home/u/.cache/regioncount");
        CachePaths.Checkpoints("/c", "abc").Should().Be("/c/checkpoints/abc");
    }

    /// <summary>The id of a process that has exited (a short-lived child).</summary>
    internal static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
