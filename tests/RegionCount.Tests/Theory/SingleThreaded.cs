using static TorchSharp.torch;

namespace RegionCount.Tests.Theory;

/// <summary>
/// Base for tests that run many tiny tensor operations: libtorch runs single-threaded while the test runs (its thread
/// pool costs more than the work on a loaded 2-core machine) and the previous count is restored afterwards.
/// </summary>
public abstract class SingleThreaded : IDisposable
{
    private readonly int _threads = get_num_threads();

    protected SingleThreaded() => set_num_threads(1);

    public void Dispose()
    {
        set_num_threads(_threads);
        GC.SuppressFinalize(this);
    }
}
