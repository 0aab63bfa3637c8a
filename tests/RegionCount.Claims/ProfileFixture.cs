using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Assembly;
using RegionCount.Execution;
using RegionCount.Reports.Snapshots;
using RegionCount.Runtime;

namespace RegionCount.Claims;

/// <summary>
/// The runs behind every claim test, shared by the whole assembly. The profile comes from $REGIONCOUNT_PROFILE
/// (default smoke). The smoke profile is trained here, into a fresh store (a few minutes on 2 cores), so every
/// `dotnet test` checks the claims end to end; the cpu and paper profiles read their committed records from
/// reports/&lt;profile&gt;/runs and never train inside a test run (set $REGIONCOUNT_TRAIN=1 to resume a sweep from the
/// tests instead). $REGIONCOUNT_STORE overrides the store, $REGIONCOUNT_DEVICE the device (auto).
/// </summary>
public sealed class ProfileFixture : IDisposable
{
    public const string ProfileVariable = "REGIONCOUNT_PROFILE";
    public const string StoreVariable = "REGIONCOUNT_STORE";
    public const string TrainVariable = "REGIONCOUNT_TRAIN";
    public const string DeviceVariable = "REGIONCOUNT_DEVICE";

    private readonly string? _temporaryStore;
    private readonly string? _temporaryCache;

    public ProfileFixture()
    {
        var name = Environment.GetEnvironmentVariable(ProfileVariable) is { Length: > 0 } p ? p : ProfileLoader.DefaultProfile;
        Profile = ClaimCatalog.LoadProfile(name);
        var root = RepositoryRoot.Find();
        var store = Environment.GetEnvironmentVariable(StoreVariable);
        if (string.IsNullOrEmpty(store))
        {
            if (Profile.Name == "smoke")
            {
                _temporaryStore = Directory.CreateTempSubdirectory("regioncount-smoke-").FullName;
                store = _temporaryStore;
            }
            else
            {
                store = Path.Combine(root, RunStore.DefaultDirectory(Profile.Name!));
            }
        }
        StoreDirectory = store;
        var device = Environment.GetEnvironmentVariable(DeviceVariable) is { Length: > 0 } d ? d : "auto";
        Runtime = TorchRuntime.Initialize(new RuntimeOptions(TorchRuntime.ParseDevice(device)));
        Trained = Profile.Name == "smoke" || Environment.GetEnvironmentVariable(TrainVariable) == "1";
        if (Trained)
        {
            // Checkpoints of this test run only: a folder shared with other test runs on the machine could be
            // deleted or written under this one.
            _temporaryCache = Directory.CreateTempSubdirectory("regioncount-claims-cache-").FullName;
            using var executor = new TorchRunExecutor(DataLocator.FromEnvironment(null), Runtime.Device, _temporaryCache);
            Sweep = new SweepRunner(new RunStore(StoreDirectory), executor, new PlainSweepProgress(TextWriter.Null))
                .Run(SweepPlanner.Plan(Profile), CancellationToken.None);
        }
        Analysis = ProfileAnalysis.FromStore(Profile, StoreDirectory);
        Numerics = NumericsState.Read();
        // Tables computed from committed records are pure C# arithmetic on stored numbers: exact on every machine.
        // Tables of runs trained here carry the processor's last bits (README, "Snapshots"): their numbers are
        // compared within the tolerances measured between numeric environments, their text (verdicts) exactly.
        Snapshots = SnapshotVerifier.ForRepository(Trained ? SnapshotMode.Band : SnapshotMode.Exact);
    }

    /// <summary>The numeric environment libtorch runs with in this test process (read back natively).</summary>
    public NumericsState Numerics { get; }

    public Profile Profile { get; }

    public string StoreDirectory { get; }

    public RuntimeContext Runtime { get; }

    /// <summary>Whether this fixture trained (smoke, or $REGIONCOUNT_TRAIN=1) or only read records.</summary>
    public bool Trained { get; }

    public SweepSummary? Sweep { get; }

    public ProfileAnalysis Analysis { get; }

    public SnapshotVerifier Snapshots { get; }

    public void Dispose()
    {
        foreach (var folder in new[] { _temporaryStore, _temporaryCache })
        {
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
